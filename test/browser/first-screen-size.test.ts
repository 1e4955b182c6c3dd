import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The first screen's JavaScript budget (500 KB gzipped, split by route), on the build the browser
 * tests drive: console/scripts/first-screen-size.mjs fails when any screen is over it, or when a
 * screen's chunk is missing from the build.
 */
it('keeps every first screen within 500 KB of gzipped JavaScript', () => {
  const root = path.resolve(__dirname, '../..');
  const output = execFileSync(process.execPath, ['console/scripts/first-screen-size.mjs'], {
    cwd: root,
    encoding: 'utf8',
  });
  const screens = [...output.matchAll(/^(\S.*?): ([\d.]+) KB gzipped/gm)].map((m) => [m[1], Number(m[2])]);
  expect(screens.length).toBeGreaterThanOrEqual(19);
  for (const [, kb] of screens) expect(kb).toBeLessThanOrEqual(500);
});
