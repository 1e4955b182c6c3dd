import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '../..');

describe('client SDK generated code', () => {
  it('matches what codegen makes from the committed schema and the SDK operations', () => {
    const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sdk-codegen-')), 'graphql.ts');
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'client-sdk/codegen.js'],
      {
        cwd: root,
        env: { ...process.env, SDK_CODEGEN_OUTPUT: output },
        stdio: 'pipe',
      },
    );
    const committed = fs.readFileSync(path.join(root, 'client-sdk/src/generated/graphql.ts'), 'utf8');
    // Stale after a schema or operation change: run `npm run sdk:generate` and commit the result.
    expect(fs.readFileSync(output, 'utf8')).toBe(committed);
  }, 120_000);
});
