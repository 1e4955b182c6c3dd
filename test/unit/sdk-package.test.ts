import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const SDK = path.join(ROOT, 'client-sdk');

/**
 * `npm pack` of the SDK from a checkout that was never built: the package must build itself
 * first (prepack), or it ships without dist/ and an outside tool installs nothing it can load.
 */
describe('client SDK package', () => {
  it('builds before it packs, so the tarball holds the compiled entry points and their types', () => {
    // A fresh copy without dist/, inside the repository so its dependencies resolve from node_modules.
    const copy = fs.mkdtempSync(path.join(ROOT, '.pack-'));
    try {
      for (const entry of ['package.json', 'tsconfig.json', 'README.md', 'src', 'examples']) {
        fs.cpSync(path.join(SDK, entry), path.join(copy, entry), { recursive: true });
      }
      const output = execFileSync('npm', ['pack', '--dry-run', '--json'], {
        cwd: copy,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const [packed] = JSON.parse(output) as { files: { path: string }[] }[];
      const files = packed!.files.map((f) => f.path);
      for (const expected of [
        'dist/src/index.js',
        'dist/src/index.d.ts',
        'dist/src/generated/graphql.js',
        'dist/examples/import-roster.js',
        'README.md',
        'package.json',
      ]) {
        expect(files).toContain(expected);
      }
      expect(files.some((f) => f.startsWith('src/'))).toBe(false); // sources stay out
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  }, 120_000);
});
