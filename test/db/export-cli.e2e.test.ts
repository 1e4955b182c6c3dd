import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { SYSTEM_ACTOR, Role } from '../../server/src/core/actor';
import { exportFileName, writeBatchFiles, XLSX_NOTE_ROWS } from '../../server/src/cli/export-files';
import { EXPORT_FILES, type ExportFile } from '../../server/src/modules/archive-exports/archive-export.files';
import { EXPORT_LABEL } from '../../server/src/modules/archive-exports/archive-export.rules';
import { ArchiveExportService } from '../../server/src/modules/archive-exports/archive-export.service';
import { downloadPaths } from '../../server/src/modules/archive-exports/archive-export.http';
import { Unit } from '../../server/src/modules/units/unit.entity';
import { databaseUrl, testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

const ROOT = path.resolve(__dirname, '../..');
const DOWNLOAD_KEY: Record<ExportFile, keyof ReturnType<typeof downloadPaths>> = {
  'records.csv': 'records',
  'people.csv': 'people',
  'projects.csv': 'projects',
  'report.csv': 'report',
  'export.xlsx': 'xlsx',
};

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run export -- …` as a real process from the TypeScript sources, without the build step. */
function runExport(args: string[], options: { cwd: string; databaseUrl: string }): Promise<Run> {
  const child = spawn(
    process.execPath,
    [
      '-r',
      path.join(ROOT, 'test/support/swc-register.js'),
      path.join(ROOT, 'server/src/cli/export.ts'),
      ...args,
    ],
    { cwd: options.cwd, env: { ...process.env, DATABASE_URL: options.databaseUrl, NODE_ENV: 'development' } },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

/** Rows of a written file, headers excluded: CSV lines, or the rows of every sheet of the workbook. */
async function rowsIn(file: string): Promise<number> {
  if (file.endsWith('.xlsx')) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    return workbook.worksheets.reduce((sum, sheet) => sum + sheet.actualRowCount - 1, 0);
  }
  // Quoted cells may hold line breaks: count records, not lines (the CSV ends each record with CRLF).
  const text = fs.readFileSync(file, 'utf8');
  let records = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (!quoted && text[i] === '\r' && text[i + 1] === '\n') records++;
  }
  return records - 1;
}

describe(`npm run export as a process (${testDbKind()})`, () => {
  let server: TestServer;
  let url: string;
  let coordinator: string;
  let unitName: string;
  let firstBatch: number;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'export-cli-'));

  beforeAll(async () => {
    // More records than a page (SQLite) or a cursor batch (MariaDB) holds, so files are written in many batches.
    server = await startTestServer({ seed: { volunteers: 300, records: 5000, seed: 11 } });
    const config = (server.dataSource.options as { database: string }).database;
    url =
      server.dataSource.options.type === 'better-sqlite3'
        ? `sqlite:${config}`
        : databaseUrl({
            kind: 'mariadb',
            host: (server.dataSource.options as { host: string }).host,
            port: (server.dataSource.options as { port: number }).port,
            username: (server.dataSource.options as { username: string }).username,
            password: (server.dataSource.options as { password?: string }).password ?? '',
            database: config,
          });
    unitName = (await server.dataSource.getRepository(Unit).findOneByOrFail({ id: 1 })).name;
    coordinator = await server.signInAs({
      username: 'export-cli-coordinator',
      role: Role.UNIT_COORDINATOR,
      unitId: '1',
    });
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('exports a unit, writing five files named with the label, the unit and the batch, as the download names them', async () => {
    const run = await runExport(
      ['--unit-id', '1', '--from', '2019-01-01', '--to', '2019-12-31', '--out', out],
      {
        cwd: ROOT,
        databaseUrl: url,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const batch = /^batch (\d+) in /m.exec(run.stdout);
    expect(batch).not.toBeNull();
    firstBatch = Number(batch![1]);
    const dir = path.join(out, `archive-export-${firstBatch}`);
    const names = EXPORT_FILES.map((file) => exportFileName(firstBatch, unitName, file));
    expect(fs.readdirSync(dir).sort()).toEqual([...names].sort());
    for (const name of names) {
      expect(name.startsWith(`${EXPORT_LABEL}-${unitName}-批次${firstBatch}-`)).toBe(true);
      // The rows the command reports are the rows in the file.
      const reported = new RegExp(
        `^  ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}  \\((\\d+) rows\\)$`,
        'm',
      ).exec(run.stdout);
      expect(reported).not.toBeNull();
      expect(Number(reported![1])).toBe(await rowsIn(path.join(dir, name)));
    }
    // The HTTP download of the same file is named the same, less the unit.
    for (const file of EXPORT_FILES) {
      const response = await fetch(new URL(downloadPaths(firstBatch)[DOWNLOAD_KEY[file]], server.url), {
        headers: { authorization: `Bearer ${coordinator}` },
      });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      const disposition = response.headers.get('content-disposition') ?? '';
      const httpName = decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!);
      expect(exportFileName(firstBatch, unitName, file).replace(`-${unitName}-`, '-')).toBe(httpName);
    }
  });

  it('counts each file in rows written, up to the rows that file gets', async () => {
    const service = new ArchiveExportService(server.dataSource, SYSTEM_ACTOR);
    const dir = fs.mkdtempSync(path.join(out, 'progress-'));
    const seen: { file: ExportFile; total: number; updates: number[]; finished?: number }[] = [];
    const files = await writeBatchFiles(server.dataSource, service, firstBatch, dir, {
      start: (file, total) => seen.push({ file, total, updates: [] }),
      update: (rows) => seen.at(-1)!.updates.push(rows),
      finish: (rows) => (seen.at(-1)!.finished = rows),
    });
    expect(seen.map((s) => s.file)).toEqual([...EXPORT_FILES]);
    const rows: Partial<Record<ExportFile, number>> = {};
    for (const [i, s] of seen.entries()) {
      const inFile = await rowsIn(files[i]!.path);
      rows[s.file] = inFile;
      // The bar's total is what the file gets, and the bar ends there, having moved row batch by batch.
      expect({ file: s.file, total: s.total, finished: s.finished }).toEqual({
        file: s.file,
        total: inFile,
        finished: inFile,
      });
      expect(s.updates.at(-1) ?? 0).toBe(inFile);
      for (let k = 1; k < s.updates.length; k++) expect(s.updates[k]!).toBeGreaterThan(s.updates[k - 1]!);
    }
    // Thousands of records: the records bar (and the workbook's) passed through values between 0 and the end.
    expect(rows['records.csv']).toBeGreaterThan(2000);
    for (const file of ['records.csv', 'export.xlsx'] as const) {
      const { updates, total } = seen.find((s) => s.file === file)!;
      expect(updates.filter((u) => u > 0 && u < total).length).toBeGreaterThanOrEqual(2);
    }
    // The small files have totals of their own, not the record count.
    expect(seen.find((s) => s.file === 'people.csv')!.total).not.toBe(rows['records.csv']);
    expect(seen.find((s) => s.file === 'projects.csv')!.total).toBeLessThan(rows['records.csv']!);
    expect(rows['export.xlsx']).toBe(
      rows['records.csv']! +
        rows['people.csv']! +
        rows['projects.csv']! +
        rows['report.csv']! +
        XLSX_NOTE_ROWS,
    );
    // Nothing half-written is left beside the files.
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  (hasScript ? it : it.skip)(
    'draws each bar on a terminal against the rows its file gets',
    async () => {
      // util-linux `script` gives the process a terminal, so cli-progress draws its bars as a user sees them.
      const command = [
        process.execPath,
        '-r',
        path.join(ROOT, 'test/support/swc-register.js'),
        path.join(ROOT, 'server/src/cli/export.ts'),
        '--batch',
        String(firstBatch),
        '--out',
        path.join(out, 'terminal'),
      ]
        .map((part) => `'${part.replace(/'/g, `'\\''`)}'`)
        .join(' ');
      const result = spawnSync('script', ['-qec', command, '/dev/null'], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'development' },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(result.status).toBe(0);
      const frames = [
        ...result.stdout.matchAll(/([a-z]+\.(?:csv|xlsx)) +\[[^\]]*\] +\d+% \| (\d+)\/(\d+) rows/g),
      ];
      const dir = path.join(out, 'terminal', `archive-export-${firstBatch}`);
      for (const file of EXPORT_FILES) {
        const mine = frames
          .filter((f) => f[1] === file)
          .map((f) => ({ value: Number(f[2]), total: Number(f[3]) }));
        const inFile = await rowsIn(path.join(dir, exportFileName(firstBatch, unitName, file)));
        expect(mine.length).toBeGreaterThanOrEqual(2);
        expect(new Set(mine.map((f) => f.total))).toEqual(new Set([inFile]));
        expect(mine[0]!.value).toBe(0);
        expect(mine.at(-1)!.value).toBe(inFile);
      }
    },
    180_000,
  );

  it('refuses a SQLite file that is not there, run from another folder, and creates none', async () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'export-cli-elsewhere-'));
    const run = await runExport(['--batch', String(firstBatch)], {
      cwd: elsewhere,
      databaseUrl: 'sqlite:data/volunteer.sqlite',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`no database at ${path.join(elsewhere, 'data/volunteer.sqlite')}`);
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });

  (testDbKind() === 'sqlite' ? it : it.skip)(
    'reads a relative SQLite path from the current folder, as the server does',
    async () => {
      const file = url.slice('sqlite:'.length);
      const cwd = path.dirname(path.dirname(file));
      const relative = path.relative(cwd, file);
      const run = await runExport(['--batch', String(firstBatch), '--out', path.join(out, 'relative')], {
        cwd,
        databaseUrl: `sqlite:${relative}`,
      });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(fs.readdirSync(path.join(out, 'relative', `archive-export-${firstBatch}`))).toHaveLength(5);
    },
  );

  (testDbKind() === 'mariadb' ? it : it.skip)(
    'refuses a MariaDB database that is not there, and creates none',
    async () => {
      const missing = `t_export_cli_missing_${process.pid}`;
      const run = await runExport(['--batch', String(firstBatch)], {
        cwd: ROOT,
        databaseUrl: url.replace(/\/[^/]+$/, `/${missing}`),
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`cannot open mariadb`);
      const found = await server.dataSource.query('SHOW DATABASES LIKE ?', [missing]);
      expect(found).toEqual([]);
    },
  );
});
