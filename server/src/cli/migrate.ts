/**
 * Brings the configured database (DATABASE_URL, DATABASE_PASSWORD) up to date, then stops:
 *   npm run migrate            (npm run migrate -- --help: what it does)
 * Run it as the account that owns the schema (it creates and alters tables) before servers that
 * connect with MIGRATE_ON_START=false as an account that may only read and write rows. With
 * SEED_DEMO_DATA=true it also fills an empty database with the demo campaign, so that those servers
 * need no right to do that either.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../core/config';
import { DatabaseOpenError, describeDatabase, openDatabase } from '../database';
import { seedDemoDataIfEmpty } from '../../../seeds/demo';
import { parseCli, UsageError, type CliSpec } from './args';

export const MIGRATE_CLI = {
  command: 'npm run migrate --',
  script: 'dist/server/src/cli/migrate.js',
  summary:
    'Brings the configured database up to date (applies pending migrations), then stops. Run it as the\n' +
    'account that owns the schema, before servers that connect with MIGRATE_ON_START=false. It creates a\n' +
    'SQLite database that is not there yet.',
  usage: [''],
  options: {},
  environment: [
    [
      'DATABASE_URL',
      'the database, as for the server (default data/volunteer.sqlite, from the current folder)',
    ],
    ['DATABASE_PASSWORD', 'the MariaDB/MySQL password, when not in DATABASE_URL'],
    ['SEED_DEMO_DATA', 'true: also fill an empty database with the demo campaign (published passwords)'],
  ],
  examples: [
    'npm run migrate',
    'DATABASE_URL=mariadb://volunteer_owner@db:3306/volunteer DATABASE_PASSWORD=… node dist/server/src/cli/migrate.js',
  ],
} as const satisfies CliSpec;

async function main(): Promise<void> {
  if (!parseCli(MIGRATE_CLI)) return;
  const config = loadConfig();
  const where = describeDatabase(config.database);
  const dataSource = await openDatabase(config.database, {
    migrate: true,
    onMigrated: (applied) =>
      console.log(
        applied.length === 0
          ? `${where}: up to date, no migration to apply`
          : `${where}: applied ${applied.length} migration(s): ${applied.join(', ')}`,
      ),
  });
  try {
    if (config.seedDemoData) {
      const seeded = await seedDemoDataIfEmpty(dataSource);
      console.log(
        seeded
          ? `SEEDED DEMO DATA, whose accounts have published passwords, into ${where} ` +
              `(${seeded.volunteers} volunteers): not for real use`
          : `${where} holds data already: no demo data added`,
      );
    }
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(
      error instanceof ConfigError || error instanceof DatabaseOpenError || error instanceof UsageError
        ? error.message
        : error,
    );
    process.exit(1);
  });
}
