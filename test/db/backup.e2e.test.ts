import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseConfig } from '../../server/src/core/config';
import { ensureMysqlDatabase } from '../../server/src/core/mysql-database';
import { openDatabase } from '../../server/src/database';
import { databaseSnapshot, databaseUrl, testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';

const ROOT = path.resolve(__dirname, '../..');
const CREATE_UNIT = graphql(`
  mutation BackupCreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
    }
  }
`);

/** `npm run backup -- <target>` as a real process, without the build step. */
function runBackup(
  config: DatabaseConfig,
  args: string[],
): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(
    process.execPath,
    [
      '-r',
      path.join(ROOT, 'test/support/swc-register.js'),
      path.join(ROOT, 'server/src/cli/backup.ts'),
      ...args,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl(config), NODE_ENV: 'test' },
      stdio: 'pipe',
    },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (err += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out, err })));
}

describe(`npm run backup (${testDbKind()})`, () => {
  let server: TestServer;
  let config: DatabaseConfig;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'volunteer-backup-'));

  beforeAll(async () => {
    server = await startTestServer();
    config =
      server.server.dataSource.options.type === 'better-sqlite3' ? sqliteConfig(server) : mysqlConfig(server);
  });

  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const createUnit = async (code: string, parentId?: string) => {
    const response = await server.gql(CREATE_UNIT, {
      input: parentId
        ? { code, name: `备份测试${code}`, kind: 'CITY', cityCode: '370100', parentId }
        : { code, name: '中国教育工会山东省委员会', kind: 'PROVINCE', cityCode: '370000' },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.createUnit.id as string;
  };

  (testDbKind() === 'sqlite' ? it : it.skip)(
    'copies a running SQLite server: the restored copy holds exactly what was committed at backup time',
    async () => {
      const province = await createUnit('SD');
      for (let i = 0; i < 30; i++) await createUnit(`B-${i}`, province);
      const atBackup = await databaseSnapshot(server.dataSource);
      const target = path.join(dir, 'nested', 'volunteer-backup.sqlite');

      const backup = await runBackup(config, [target]);
      expect(backup.err).toBe('');
      expect(backup.code).toBe(0);
      expect(backup.out).toContain(`to ${target}`);

      // The server goes on after the backup; these must not be in it.
      for (let i = 0; i < 5; i++) await createUnit(`AFTER-${i}`, province);

      // Restore: the backup file, alone, as a fresh database file.
      const restored = path.join(fs.mkdtempSync(path.join(dir, 'restore-')), 'volunteer.sqlite');
      fs.copyFileSync(target, restored);
      const copy = await openDatabase({ kind: 'sqlite', path: restored });
      try {
        expect(await databaseSnapshot(copy)).toBe(atBackup);
        const [after] = await copy.query(`SELECT COUNT(*) AS n FROM unit WHERE code LIKE 'AFTER-%'`);
        expect(Number(after.n)).toBe(0);
      } finally {
        await copy.destroy();
      }
      expect(await databaseSnapshot(server.dataSource)).not.toBe(atBackup);

      // A backup never overwrites: the same target again is refused and the file stays as it was.
      const before = fs.readFileSync(target);
      const again = await runBackup(config, [target]);
      expect(again.code).toBe(1);
      expect(again.err).toContain('exists already');
      expect(fs.readFileSync(target).equals(before)).toBe(true);
    },
  );

  (testDbKind() === 'mariadb' ? it : it.skip)(
    'names mariadb-dump --single-transaction for MariaDB and copies nothing',
    async () => {
      const target = path.join(dir, 'never.sqlite');
      const backup = await runBackup(config, [target]);
      expect(backup.code).toBe(2);
      expect(backup.err).toContain('mariadb-dump --single-transaction');
      expect(backup.err).toContain('docs/deployment.md');
      expect(fs.existsSync(target)).toBe(false);
    },
  );

  (testDbKind() === 'mariadb' ? it : it.skip)(
    'the documented mariadb-dump backup of a running server restores exactly what was committed at backup time',
    async () => {
      const db = config as Extract<DatabaseConfig, { kind: 'mariadb' | 'mysql' }>;
      const province = await createUnit('SD2');
      for (let i = 0; i < 20; i++) await createUnit(`M-${i}`, province);
      const atBackup = await databaseSnapshot(server.dataSource);
      const login = [
        '-h',
        db.host,
        '-P',
        String(db.port),
        '-u',
        db.username,
        ...(db.password ? [`-p${db.password}`] : []),
      ];
      const dump = spawnSync(
        'mariadb-dump',
        [
          '--single-transaction',
          '--routines',
          '--triggers',
          '--default-character-set=utf8mb4',
          ...login,
          db.database,
        ],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      expect(dump.status).toBe(0);
      for (let i = 0; i < 5; i++) await createUnit(`MAFTER-${i}`, province);

      const restoredDb = { ...db, database: `${db.database.slice(0, 50)}_r` };
      await ensureMysqlDatabase(restoredDb, { recreate: true });
      const restore = spawnSync('mariadb', [...login, restoredDb.database], {
        input: dump.stdout,
        encoding: 'utf8',
      });
      expect(restore.stderr).toBe('');
      expect(restore.status).toBe(0);
      const copy = await openDatabase(restoredDb);
      try {
        expect(await databaseSnapshot(copy)).toBe(atBackup);
      } finally {
        await copy.query(`DROP DATABASE \`${restoredDb.database}\``);
        await copy.destroy();
      }
    },
  );
});

function sqliteConfig(server: TestServer): DatabaseConfig {
  return { kind: 'sqlite', path: (server.dataSource.options as { database: string }).database };
}

function mysqlConfig(server: TestServer): DatabaseConfig {
  const o = server.dataSource.options as {
    type: 'mariadb' | 'mysql';
    host: string;
    port: number;
    username: string;
    password?: string;
    database: string;
  };
  return {
    kind: o.type,
    host: o.host,
    port: o.port,
    username: o.username,
    password: o.password ?? '',
    database: o.database,
  };
}
