// Builds the web console (console/dist) before the browser tests when it is missing or older than
// any of its sources, so `npx jest --selectProjects browser` tests what the sources say.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const SOURCES = [
  'console/src',
  'console/public',
  'console/index.html',
  'console/vite.config.mts',
  'client-sdk/src',
  // Server files the console bundles too (each imports nothing).
  'server/src/modules/code-lists/labels.ts',
  'server/src/modules/volunteers/document-check.ts',
  'server/src/modules/volunteers/volunteer-messages.ts',
  'seeds/data/shandong-areas.ts',
  'package-lock.json',
];

function newest(file) {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(file).map((name) => newest(path.join(file, name))));
}

module.exports = async function buildConsoleIfStale() {
  const dist = process.env.CONSOLE_DIST
    ? path.resolve(ROOT, 'console', process.env.CONSOLE_DIST)
    : path.join(ROOT, 'console/dist');
  const index = path.join(dist, 'index.html');
  const built = fs.statSync(index, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const changed = Math.max(...SOURCES.map((source) => newest(path.join(ROOT, source))));
  if (built > changed) return;
  const started = Date.now();
  const vite = path.join(path.dirname(require.resolve('vite/package.json')), 'bin/vite.js');
  execFileSync(
    process.execPath,
    [vite, 'build', '--config', 'console/vite.config.mts', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      // Jest sets NODE_ENV=test, and Vite would then build React's development bundle (StrictMode
      // running every effect twice): the tests must drive the build users get.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  process.stdout.write(`\nbuilt the console for the browser tests in ${Date.now() - started} ms\n`);
};
