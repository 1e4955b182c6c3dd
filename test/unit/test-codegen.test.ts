import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '../..');

describe("the tests' typed operations (test/graphql)", () => {
  it('match what codegen makes from the committed schema and the graphql() documents in test/', () => {
    const output = fs.mkdtempSync(path.join(os.tmpdir(), 'test-codegen-'));
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'test/codegen.js'],
      { cwd: root, env: { ...process.env, TEST_CODEGEN_OUTPUT: output }, stdio: 'pipe' },
    );
    const committedDir = path.join(root, 'test/graphql');
    const files = fs.readdirSync(committedDir).sort();
    expect(fs.readdirSync(output).sort()).toEqual(files);
    for (const file of files) {
      // Stale after a schema or test document change: run `npm run test:generate` and commit the result.
      expect({ file, text: fs.readFileSync(path.join(output, file), 'utf8') }).toEqual({
        file,
        text: fs.readFileSync(path.join(committedDir, file), 'utf8'),
      });
    }
  }, 120_000);
});
