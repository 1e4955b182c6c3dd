import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Polls GET /healthz from a separate process, one request after another on a kept-alive socket,
 * until stopped. A separate process, because a poller in the server's own process stops with the
 * server's event loop: it could never see a request waiting on a held loop, only the time after.
 */
const POLLER = `
const http = require('node:http');
const { performance } = require('node:perf_hooks');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const latencies = [];
let stopped = false;
let ready = false;
function poll() {
  if (stopped) return finish();
  const started = performance.now();
  http.get({ host: '127.0.0.1', port: Number(process.argv[1]), path: '/healthz', agent }, (response) => {
    response.resume();
    response.on('end', () => {
      if (response.statusCode !== 200) { console.log(JSON.stringify({ error: 'status ' + response.statusCode })); process.exit(1); }
      if (ready) latencies.push(performance.now() - started);
      else { ready = true; console.log('ready'); }
      setTimeout(poll, 5);
    });
  }).on('error', (error) => { console.log(JSON.stringify({ error: String(error) })); process.exit(1); });
}
function finish() {
  agent.destroy();
  console.log(JSON.stringify({ polls: latencies.length, worstMillis: latencies.length ? Math.max(...latencies) : 0 }));
  process.exit(0);
}
process.stdin.on('end', () => { stopped = true; });
process.stdin.resume();
poll();
`;

export interface HealthPolls {
  polls: number;
  /** The slowest answer seen from the sending of the request. */
  worstMillis: number;
}

export interface HealthPoller {
  /** Stops polling and gives what was seen since the poller was ready. */
  stop(): Promise<HealthPolls>;
}

/** Starts polling the server on `port`; resolves once the first answer came back. */
export function startHealthPoller(port: number): Promise<HealthPoller> {
  const child: ChildProcess = spawn(process.execPath, ['-e', POLLER, String(port)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let output = '';
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    let newline: number;
    while ((newline = output.indexOf('\n')) >= 0) {
      const line = output.slice(0, newline);
      output = output.slice(newline + 1);
      const waiter = waiting.shift();
      if (waiter) waiter(line);
      else lines.push(line);
    }
  });
  const nextLine = () =>
    new Promise<string>((resolve, reject) => {
      const queued = lines.shift();
      if (queued !== undefined) return resolve(queued);
      waiting.push(resolve);
      child.once('exit', (code) =>
        reject(new Error(`the health poller exited (${code}): ${lines.join(' ')}`)),
      );
    });
  return nextLine().then((line) => {
    if (line !== 'ready') throw new Error(`the health poller failed: ${line}`);
    return {
      async stop() {
        child.stdin!.end();
        const result = JSON.parse(await nextLine()) as HealthPolls & { error?: string };
        if (result.error) throw new Error(`the health poller failed: ${result.error}`);
        return result;
      },
    };
  });
}
