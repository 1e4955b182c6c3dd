import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
const README = path.join(ROOT, 'client-sdk/README.md');

/** The README's ```ts blocks, each as a module: imports on top, the rest in an async function. */
function readmeExamples(): { name: string; source: string }[] {
  const text = fs.readFileSync(README, 'utf8');
  const blocks = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.map((block, i) => {
    const lines = block.split('\n');
    const imports = lines.filter((l) => /^import\s/.test(l));
    const body = lines.filter((l) => !/^import\s/.test(l));
    return {
      name: `readme-example-${i + 1}.ts`,
      source: `${imports.join('\n')}\nexport async function example(): Promise<void> {\n${body.join('\n')}\n}\n`,
    };
  });
}

/**
 * Every code example of the SDK's README compiles against the SDK as it is, under strict
 * TypeScript: an example that drifts from the API fails here, not in a reader's editor.
 */
describe('client SDK README', () => {
  it('has examples, and every one type-checks against the SDK', () => {
    const examples = readmeExamples();
    expect(examples.length).toBeGreaterThanOrEqual(2);
    const dir = path.join(ROOT, 'client-sdk/.readme-check');
    fs.mkdirSync(dir, { recursive: true });
    try {
      const files = examples.map((e) => {
        const file = path.join(dir, e.name);
        fs.writeFileSync(file, e.source);
        return file;
      });
      const program = ts.createProgram(files, {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.CommonJS,
        moduleResolution: ts.ModuleResolutionKind.Node10,
        esModuleInterop: true,
        skipLibCheck: true,
        types: ['node'],
        baseUrl: ROOT,
        paths: {
          '@union-volunteer/client-sdk': ['client-sdk/src/index.ts'],
          '@union-volunteer/client-sdk/node': ['client-sdk/src/node.ts'],
        },
      });
      const problems = ts
        .getPreEmitDiagnostics(program)
        .filter((d) => d.file && d.file.fileName.startsWith(dir))
        .map((d) => {
          const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
          return `${path.basename(d.file!.fileName)}:${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
        });
      expect(problems).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
