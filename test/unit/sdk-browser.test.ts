import path from 'node:path';
import { builtinModules } from 'node:module';
import { build } from 'esbuild';

const ROOT = path.resolve(__dirname, '../..');

/**
 * The SDK's core entry bundled for a browser, as a web console would: any Node built-in (or the
 * `ws` package) reached from it fails the build or this test.
 */
describe('client SDK in a browser', () => {
  it('bundles the core entry for the browser with no Node built-in and no ws', async () => {
    const result = await build({
      entryPoints: [path.join(ROOT, 'client-sdk/src/index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((file) => file.includes('client-sdk/src/client.ts'))).toBe(true);
    expect(inputs.filter((file) => /node_modules\/ws\//.test(file))).toEqual([]);
    const nodeOnly = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const imported = Object.values(result.metafile.inputs).flatMap((input) =>
      input.imports.map((i) => i.path),
    );
    expect(imported.filter((p) => nodeOnly.has(p))).toEqual([]);
  }, 60_000);

  it('refuses the Node entry for the browser, so the split is real', async () => {
    const failure = await build({
      entryPoints: [path.join(ROOT, 'client-sdk/src/node.ts')],
      bundle: true,
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    }).catch((error: { errors?: { text: string }[] }) => error);
    const texts = ((failure as { errors?: { text: string }[] }).errors ?? []).map((e) => e.text).join('\n');
    expect(texts).toMatch(/node:fs|node:stream|"fs"|"stream"/);
  }, 60_000);
});
