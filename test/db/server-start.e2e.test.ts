import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseConfig } from '../../server/src/core/config';
import { openDatabase } from '../../server/src/database';
import { databaseUrl, freshDatabaseConfig, testDbKind } from '../support/test-database';

const ROOT = path.resolve(__dirname, '../..');
const READY = /^open (http:\/\/127\.0\.0\.1:\d+\/) and sign in as jinan \(password volunteer-demo-2019\)$/m;

describe(`the server's entry point on an empty database (${testDbKind()})`, () => {
  let config: DatabaseConfig;
  let child: ChildProcessWithoutNullStreams | undefined;
  const consoleDist = fs.mkdtempSync(path.join(os.tmpdir(), 'console-dist-'));

  beforeAll(async () => {
    config = await freshDatabaseConfig();
    // The console's own build is not this test's concern: a page of ours stands in for it.
    fs.writeFileSync(path.join(consoleDist, 'index.html'), '<!doctype html><title>控制台</title>');
  });

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    fs.rmSync(consoleDist, { recursive: true, force: true });
    if (config.kind === 'sqlite') {
      fs.rmSync(path.dirname(config.path), { recursive: true, force: true });
    } else {
      const dataSource = await openDatabase(config, { migrate: false }).catch(() => null);
      await dataSource?.query(`DROP DATABASE \`${config.database}\``);
      await dataSource?.destroy();
    }
  });

  it('seeds the demo data and ends its output with the console to open and who to sign in as', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl(config),
      SEED_DEMO_DATA: 'true',
      HOST: '127.0.0.1',
      PORT: '0',
      NODE_ENV: 'test',
      CONSOLE_DIST: consoleDist,
    };
    delete env.REDIS_URL;
    const started = spawn(
      process.execPath,
      ['-r', path.join(ROOT, 'test/support/swc-register.js'), path.join(ROOT, 'server/src/main.ts')],
      { cwd: ROOT, env, stdio: 'pipe' },
    );
    child = started;
    let out = '';
    let err = '';
    started.stderr.on('data', (chunk) => (err += chunk));
    const consoleUrl = await new Promise<string>((resolve, reject) => {
      started.stdout.on('data', (chunk) => {
        out += chunk;
        const ready = READY.exec(out);
        if (ready) resolve(ready[1]!);
      });
      started.on('exit', (code) => reject(new Error(`exited ${code} before it was ready:\n${out}\n${err}`)));
    });
    expect(out.trimEnd().split('\n').at(-1)).toMatch(READY);

    const page = await fetch(consoleUrl, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>控制台</title>');
    // The sign-in it names works, as the console's login page sends it.
    const signIn = await fetch(new URL('/session', consoleUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'jinan', password: 'volunteer-demo-2019' }),
    });
    expect(signIn.status).toBe(200);
    expect(((await signIn.json()) as { account: { username: string } }).account.username).toBe('jinan');

    const exited = new Promise<number | null>((resolve) => started.on('exit', resolve));
    started.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 180_000);
});
