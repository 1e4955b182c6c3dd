import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { seedDatabase } from '../../seeds/seed';
import { exportFileName } from '../../server/src/cli/export-files';
import { EXPORT_FILES, type ExportFile } from '../../server/src/modules/archive-exports/archive-export.files';
import type { DatabaseConfig } from '../../server/src/core/config';
import { databaseUrl, openTestDatabase, type TestDatabase, testDbKind } from '../support/test-database';

const ROOT = path.join(__dirname, '../..');

/** The export CLI as a real process on the test database, from the TypeScript sources. */
function exportProcess(
  config: DatabaseConfig,
  out: string,
  args = ['--unit-id', '1', '--from', '2019-01-01', '--to', '2019-12-31'],
) {
  return spawn(
    process.execPath,
    [
      '-r',
      path.join(ROOT, 'test/support/swc-register.js'),
      path.join(ROOT, 'server/src/cli/export.ts'),
      ...args,
      '--out',
      out,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl(config), NODE_ENV: 'development' },
      stdio: 'pipe',
    },
  );
}

/**
 * What must hold whenever the exporter stops, even killed mid-batch: a record is marked exported only
 * by a batch that exists and holds it, and every batch holds exactly the rows it counts.
 */
async function checkInvariant(ds: DataSource): Promise<{ batches: number; marked: number }> {
  const [orphans] = await ds.query(
    `SELECT COUNT(*) AS n FROM service_record r LEFT JOIN archive_export b ON b.id = r.archiveExportId
     WHERE r.archiveExportId IS NOT NULL AND b.id IS NULL`,
  );
  expect(Number(orphans.n)).toBe(0);
  const batches: { id: number; recordCount: number; reexportOfId: number | null }[] = await ds.query(
    'SELECT id, recordCount, reexportOfId FROM archive_export ORDER BY id',
  );
  let marked = 0;
  for (const batch of batches) {
    const [items] = await ds.query('SELECT COUNT(*) AS n FROM archive_export_item WHERE exportId = ?', [
      batch.id,
    ]);
    expect(Number(items.n)).toBe(Number(batch.recordCount));
    if (batch.reexportOfId === null) {
      const [held] = await ds.query('SELECT COUNT(*) AS n FROM service_record WHERE archiveExportId = ?', [
        batch.id,
      ]);
      expect(Number(held.n)).toBe(Number(batch.recordCount));
      marked += Number(held.n);
    }
  }
  return { batches: batches.length, marked };
}

describe(`killing the exporter mid-export (${testDbKind()})`, () => {
  let db: TestDatabase;
  let approved: number;

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedDatabase(db.dataSource, { volunteers: 800, records: 12000, seed: 7 });
    const [row] = await db.dataSource.query(
      `SELECT COUNT(*) AS n FROM service_record WHERE status = 'APPROVED'`,
    );
    approved = Number(row.n);
  }, 180_000);

  afterAll(() => db.drop());

  it('never leaves a record marked exported without its batch, and a finished export has its files', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'export-faults-'));
    // Kill at a spread of moments: while starting, while reading, while writing the batch, while writing files.
    const killed: string[] = [];
    for (const delayMs of [300, 900, 1400, 1900, 2400, 3000, 3600]) {
      const child = exportProcess(db.config, out);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
      const code = await exited;
      clearTimeout(timer);
      killed.push(code === null ? `killed after ${delayMs} ms` : `finished (${code}) before ${delayMs} ms`);
      await checkInvariant(db.dataSource);
    }
    // The kills were real: at least some runs died before they could finish.
    expect(killed.filter((k) => k.startsWith('killed')).length).toBeGreaterThanOrEqual(3);
    // Then let one run to the end: the batch is whole and its files are on disk.
    const child = exportProcess(db.config, out);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    const { batches, marked } = await checkInvariant(db.dataSource);
    expect(batches).toBeGreaterThanOrEqual(1);
    if (code !== 0) expect(stderr).toMatch(/waiting for export|NOTHING_TO_EXPORT/);
    // Every batch has its files: written by the run that made it, or rebuilt from the batch's stored
    // rows when that run was killed while writing them.
    const all: { id: number; recordCount: number }[] = await db.dataSource.query(
      'SELECT id, recordCount FROM archive_export',
    );
    let rebuilt = 0;
    const [unit] = await db.dataSource.query('SELECT name FROM unit WHERE id = 1');
    const unitName = String(unit.name);
    for (const batch of all) {
      const dir = path.join(out, `archive-export-${batch.id}`);
      const complete = () =>
        fs.existsSync(dir) && fs.readdirSync(dir).filter((f) => !f.endsWith('.tmp')).length === 5;
      if (!complete()) {
        const again = exportProcess(db.config, out, ['--batch', String(batch.id)]);
        expect(await new Promise((resolve) => again.once('exit', resolve))).toBe(0);
        rebuilt++;
      }
      const name = (file: ExportFile) => exportFileName(batch.id, unitName, file);
      expect(fs.readdirSync(dir).sort()).toEqual(EXPORT_FILES.map(name).sort());
      const lines = fs
        .readFileSync(path.join(dir, name('records.csv')), 'utf8')
        .trimEnd()
        .split('\r\n').length;
      expect(lines - 1).toBe(Number(batch.recordCount));
    }
    // No approved record vanished: each is exported once, or still waiting with the rule it fails.
    const [waiting] = await db.dataSource.query(
      `SELECT COUNT(*) AS n FROM service_record WHERE status = 'APPROVED' AND archiveExportId IS NULL
       AND id NOT IN (SELECT serviceRecordId FROM archive_export_issue)`,
    );
    expect(Number(waiting.n)).toBe(0);
    expect(marked).toBeLessThanOrEqual(approved);
    console.log(
      `export faults: ${killed.join('; ')}; ${batches} batch(es), ${rebuilt} with files rebuilt from stored rows, ${marked} of ${approved} records marked`,
    );
  }, 300_000);
});
