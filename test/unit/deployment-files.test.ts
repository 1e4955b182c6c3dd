import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../../server/src/core/config';

// docker-compose.yml cannot be run here (no container engine); deploy/local-stack.sh runs the same
// topology and test/deploy runs through it. This keeps the compose file saying what that test proves.
const ROOT = path.resolve(__dirname, '../..');

interface Service {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  ports?: string[];
}
const compose = parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
};
const services = compose.services;
const replicas = Object.keys(services).filter((name) => /^server-\d+$/.test(name));
// Compose's own interpolation, enough for ${NAME}, ${NAME:-default} and ${NAME:?message}.
const interpolate = (value: string, env: Record<string, string>) =>
  value.replace(/\$\{(\w+)(?::[-?][^}]*)?\}/g, (_, name: string) => env[name] ?? '');

describe('docker-compose.yml', () => {
  it('runs the database the tests run on: MariaDB 10.11 (test/deploy checks the running version)', () => {
    expect(services.mariadb?.image).toBe('mariadb:10.11');
    expect(Object.keys(services).filter((name) => /mysql/i.test(services[name]!.image ?? ''))).toEqual([]);
  });

  it('connects every replica as the rows-only account, with the password as a setting of its own', () => {
    expect(replicas).toEqual(['server-1', 'server-2']);
    for (const name of replicas) {
      const env = services[name]!.environment!;
      const url = new URL(env.DATABASE_URL!);
      expect(url.username).toBe('volunteer_app');
      expect(url.password).toBe('');
      expect(env.DATABASE_PASSWORD).toMatch(/^\$\{DB_APP_PASSWORD:\?/);
      expect(env.MIGRATE_ON_START).toBe('false');
      expect(env.SEED_DEMO_DATA).toBe('false');
      expect(services[name]!.depends_on?.migrate).toEqual({ condition: 'service_completed_successfully' });
      expect(services[name]!.ports).toBeUndefined(); // reachable through nginx only (TRUST_PROXY)
    }
    // The account the init script creates is the one the replicas use.
    expect(services.mariadb!.environment!.APP_DB_USER).toBe('volunteer_app');
    expect(services.mariadb!.environment!.APP_DB_PASSWORD).toBe(
      services['server-1']!.environment!.DATABASE_PASSWORD,
    );
    expect(services.mariadb!.environment!.MARIADB_RANDOM_ROOT_PASSWORD).toBe('1');
  });

  it('loads a working server configuration from a replica environment whose password breaks URLs', () => {
    const password = `p@ss/word#50%'"`;
    const env = Object.fromEntries(
      Object.entries(services['server-1']!.environment!).map(([key, value]) => [
        key,
        interpolate(value, { DB_APP_PASSWORD: password, AUTH_SECRET: 'x'.repeat(40) }),
      ]),
    );
    const config = loadConfig(env);
    expect(config.database).toMatchObject({
      kind: 'mariadb',
      host: 'mariadb',
      port: 3306,
      username: 'volunteer_app',
      password,
      database: 'volunteer',
    });
    expect(config.migrateOnStart).toBe(false);
  });

  it('migrates once, as the owner, before any replica starts', () => {
    const migrate = services.migrate!;
    expect(migrate.command).toEqual(['node', 'dist/server/src/cli/migrate.js']);
    expect(new URL(migrate.environment!.DATABASE_URL!).username).toBe(
      services.mariadb!.environment!.MARIADB_USER,
    );
    expect(migrate.environment!.DATABASE_PASSWORD).toBe(services.mariadb!.environment!.MARIADB_PASSWORD);
    expect(migrate.depends_on?.mariadb).toEqual({ condition: 'service_healthy' });
    expect(fs.existsSync(path.join(ROOT, 'server/src/cli/migrate.ts'))).toBe(true);
  });

  it('mounts files that exist, the init script not executable (the image sources it then)', () => {
    const mounts = Object.values(services).flatMap((service) => service.volumes ?? []);
    const files = mounts.filter((mount) => mount.startsWith('./')).map((mount) => mount.split(':')[0]!);
    expect(files.sort()).toEqual([
      './deploy/mariadb/10-app-account.sh',
      './deploy/nginx/upstream.conf',
      './deploy/nginx/volunteer.conf',
    ]);
    for (const file of files) expect(fs.statSync(path.join(ROOT, file)).isFile()).toBe(true);
    // An executable init script is run, not sourced, and would find no root connection to use.
    expect(fs.statSync(path.join(ROOT, 'deploy/mariadb/10-app-account.sh')).mode & 0o111).toBe(0);
  });

  it('puts an nginx that re-resolves the replicas in front of exactly the replicas compose runs', () => {
    const [, version] = /^nginx:(\d+\.\d+)/.exec(services.proxy!.image!) ?? [];
    const [major, minor] = version!.split('.').map(Number) as [number, number];
    expect(major > 1 || (major === 1 && minor >= 28)).toBe(true); // `resolve`: 1.27.3+; 1.28 is stable
    const upstream = fs.readFileSync(path.join(ROOT, 'deploy/nginx/upstream.conf'), 'utf8');
    const servers = [...upstream.matchAll(/^\s*server\s+(\S+):4000\s+resolve\b/gm)].map((m) => m[1]);
    expect(servers).toEqual(replicas);
    expect(upstream).toMatch(/^\s*zone\s+volunteer_api\s/m);
    expect(upstream).toMatch(/^resolver\s+127\.0\.0\.11\b/m);
  });
});
