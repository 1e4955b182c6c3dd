import fs from 'node:fs';
import path from 'node:path';
import { DatabaseOpenError, openDatabase, pendingMigrations } from '../../server/src/database';
import { freshDatabaseConfig, testDbKind } from '../support/test-database';
import type { DatabaseConfig } from '../../server/src/core/config';

// Servers that connect as a rows-only account start with MIGRATE_ON_START=false; `npm run migrate`
// (the schema owner) applies the migrations. A server must never start on a schema older than its code.
describe(`MIGRATE_ON_START=false (${testDbKind()})`, () => {
  let config: DatabaseConfig;

  beforeAll(async () => {
    config = await freshDatabaseConfig();
  });

  afterAll(async () => {
    if (config.kind === 'sqlite') fs.rmSync(path.dirname(config.path), { recursive: true, force: true });
    else {
      const ds = await openDatabase(config, { migrate: false }).catch(() => null);
      await ds?.query(`DROP DATABASE \`${config.database}\``);
      await ds?.destroy();
    }
  });

  it('refuses an empty database, naming the migrations it lacks, and applies none of them', async () => {
    const error = await openDatabase(config, { migrate: false }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as Error).message).toMatch(/lacks 1[0-9] migration\(s\) \(InitialSchema\d+, /);
    expect((error as Error).message).toContain('npm run migrate');

    const migrated: string[][] = [];
    const ds = await openDatabase(config, { onMigrated: (names) => migrated.push(names) });
    try {
      // The refused open wrote nothing: the first migration was still to run.
      expect(migrated[0]![0]).toMatch(/^InitialSchema/);
      expect(migrated[0]).toEqual(ds.migrations.map((m) => m.name));
      expect(await pendingMigrations(ds)).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });

  it('opens a database that is up to date, and applies nothing', async () => {
    const migrated: string[][] = [];
    const ds = await openDatabase(config, { migrate: false, onMigrated: (names) => migrated.push(names) });
    try {
      expect(ds.isInitialized).toBe(true);
      expect(migrated).toEqual([]);
      expect(await pendingMigrations(ds)).toEqual([]);
    } finally {
      await ds.destroy();
    }
    const again: string[][] = [];
    await (await openDatabase(config, { onMigrated: (names) => again.push(names) })).destroy();
    expect(again).toEqual([[]]);
  });
});
