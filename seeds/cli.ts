/**
 * Seeds the configured database (DATABASE_URL, default the embedded SQLite file):
 *   npm run seed -- [--volunteers 100000] [--needs 2000] [--sites 600] [--records 1000000] [--seed 2019] [--reset]
 * --reset empties the database first (deletes the SQLite file or drops the MariaDB/MySQL database).
 * Like the demo on first start, it adds the campaign of the current year to 2019's.
 * `npm run seed -- --help` lists every option.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../server/src/core/config';
import { ensureMysqlDatabase } from '../server/src/core/mysql-database';
import { openDatabase } from '../server/src/database';
import { parseCli, UsageError, type CliSpec } from '../server/src/cli/args';
import { DEMO_SIZE, seedDatabase } from './seed';

const count = (what: string) => ({ type: 'string', value: 'N', description: what }) as const;

export const SEED_CLI = {
  command: 'npm run seed --',
  script: 'dist/seeds/cli.js',
  summary:
    'Seeds the configured database with deterministic demo and benchmark data (the 2019 campaign and the\n' +
    "current year's), creating it if it is not there.",
  usage: ['[--volunteers N] [--needs N] [--sites N] [--records N] [--seed N] [--reset]'],
  options: {
    volunteers: count(`volunteers to create (default ${DEMO_SIZE.volunteers})`),
    needs: count('service needs to create'),
    sites: count('sites to create'),
    records: count('approved service records to add'),
    seed: count('the random seed: the same seed gives the same data'),
    reset: {
      type: 'boolean',
      description: 'empty the database first (deletes the SQLite file, or drops the MariaDB/MySQL database)',
    },
  },
  environment: [
    [
      'DATABASE_URL',
      'the database, as for the server (default data/volunteer.sqlite, from the current folder)',
    ],
    ['DATABASE_PASSWORD', 'the MariaDB/MySQL password, when not in DATABASE_URL'],
  ],
  examples: ['npm run seed -- --volunteers 100000 --needs 2000 --records 1000000 --reset'],
} as const satisfies CliSpec;

function positive(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

async function main(): Promise<void> {
  const parsed = parseCli(SEED_CLI);
  if (!parsed) return;
  const { values } = parsed;
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

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error || error instanceof UsageError ? error.message : error);
    process.exit(1);
  });
}
