import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '../..');

describe('web console generated documents', () => {
  it('match what codegen makes from the committed schema and console/src/graphql', () => {
    const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'console-codegen-')), 'generated.ts');
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'console/codegen.js'],
      { cwd: root, env: { ...process.env, CONSOLE_CODEGEN_OUTPUT: output }, stdio: 'pipe' },
    );
    const committed = fs.readFileSync(path.join(root, 'console/src/graphql/generated.ts'), 'utf8');
    // Stale after a schema or document change: run `npm run console:generate` and commit the result.
    expect(fs.readFileSync(output, 'utf8')).toBe(committed);
  }, 120_000);
});
