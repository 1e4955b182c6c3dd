import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A MariaDB server of a test's own, on a free port with a throwaway data directory, that the test
 * may kill and start again: the shared server at :3306 must never be stopped under other tests.
 */
export class PrivateMariaDb {
  private process: ChildProcess | null = null;

  private constructor(
    readonly dataDir: string,
    readonly port: number,
  ) {}

  static async create(): Promise<PrivateMariaDb> {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'private-mariadb-'));
    const dataDir = path.join(root, 'data');
    await run('mariadb-install-db', [
      '--no-defaults',
      `--datadir=${dataDir}`,
      '--user=root',
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ]);
    const server = new PrivateMariaDb(dataDir, await freePort());
    await server.start();
    return server;
  }

  get url(): string {
    return `mariadb://root@127.0.0.1:${this.port}/faults`;
  }

  /** Starts mariadbd on the same data and port, and waits until it accepts connections. */
  async start(): Promise<void> {
    const child = spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${this.dataDir}`,
        `--port=${this.port}`,
        `--socket=${path.join(this.dataDir, '..', 'mysqld.sock')}`,
        '--user=root',
        '--skip-grant-tables',
        '--bind-address=127.0.0.1',
        '--innodb-buffer-pool-size=32M',
        '--character-set-server=utf8mb4',
        '--collation-server=utf8mb4_unicode_ci',
        `--log-error=${path.join(this.dataDir, '..', 'error.log')}`,
      ],
      { stdio: 'ignore' },
    );
    this.process = child;
    for (let i = 0; i < 200; i++) {
      if (await accepts(this.port)) return;
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(
      `private MariaDB did not start: ${fs.readFileSync(path.join(this.dataDir, '..', 'error.log'), 'utf8').slice(-500)}`,
    );
  }

  /** Kills the server at once, as a crash or a power cut would (SIGKILL: no clean shutdown). */
  async kill(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.process = null;
  }

  async destroy(): Promise<void> {
    await this.kill();
    fs.rmSync(path.dirname(this.dataDir), { recursive: true, force: true });
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}
