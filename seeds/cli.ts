/**
 * Seeds the configured database (DATABASE_URL, default the embedded SQLite file):
 *   npm run seed -- [--volunteers 100000] [--needs 2000] [--sites 600] [--records 1000000] [--seed 2019] [--reset]
 * --reset empties the database first (deletes the SQLite file or drops the MariaDB/MySQL database).
 * Like the demo on first start, it adds the campaign of the current year to 2019's.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../server/src/core/config';
import { ensureMysqlDatabase } from '../server/src/core/mysql-database';
import { openDatabase } from '../server/src/database';
import { DEMO_SIZE, seedDatabase } from './seed';

function positive(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      volunteers: { type: 'string' },
      needs: { type: 'string' },
      sites: { type: 'string' },
      records: { type: 'string' },
      seed: { type: 'string' },
      reset: { type: 'boolean', default: false },
    },
  });
  const config = loadConfig();
  const db = config.database;
  if (values.reset) {
    if (db.kind === 'sqlite')
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db.path + suffix, { force: true });
    else await ensureMysqlDatabase(db, { recreate: true });
  }
  const dataSource = await openDatabase(db);
  const volunteers = positive('volunteers', values.volunteers) ?? DEMO_SIZE.volunteers;
  const bar = new SingleBar(
    { format: 'seeding [{bar}] {percentage}% | {value}/{total} rows | {eta}s left' },
    Presets.shades_classic,
  );
  let started = false;
  const startedAt = Date.now();
  try {
    const summary = await seedDatabase(dataSource, {
      volunteers,
      needs: positive('needs', values.needs),
      sites: positive('sites', values.sites),
      records: positive('records', values.records),
      seed: positive('seed', values.seed),
      now: new Date(),
      progress: (done, total) => {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
    });
    if (started) bar.stop();
    console.log(`seeded in ${((Date.now() - startedAt) / 1000).toFixed(1)} s:`, summary);
  } finally {
    if (started) bar.stop();
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
