/**
 * Brings the configured database (DATABASE_URL, DATABASE_PASSWORD) up to date, then stops:
 *   npm run migrate
 * Run it as the account that owns the schema (it creates and alters tables) before servers that
 * connect with MIGRATE_ON_START=false as an account that may only read and write rows. With
 * SEED_DEMO_DATA=true it also fills an empty database with the demo campaign, so that those servers
 * need no right to do that either.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../core/config';
import { DatabaseOpenError, describeDatabase, openDatabase } from '../database';
import { seedDemoDataIfEmpty } from '../../../seeds/demo';

async function main(): Promise<void> {
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

main().catch((error) => {
  console.error(error instanceof ConfigError || error instanceof DatabaseOpenError ? error.message : error);
  process.exit(1);
});
