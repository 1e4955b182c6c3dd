import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AccessWorld } from '../support/access-world';
import { testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';

const ROOT = path.resolve(__dirname, '../..');

/** The program of the SDK README's "A small app" section, made runnable against the SDK's sources. */
function readmeApp(): string {
  const readme = fs.readFileSync(path.join(ROOT, 'client-sdk/README.md'), 'utf8');
  const section = readme.split(/^## A small app\n/m)[1];
  const block = /```ts\n([\s\S]*?)```/.exec(section ?? '')?.[1];
  if (!block) throw new Error('client-sdk/README.md has no "## A small app" section with a ts block');
  const lines = block.split('\n');
  const imports = lines
    .filter((l) => /^import\s/.test(l))
    .map((l) =>
      l.replace("'@union-volunteer/client-sdk/node'", JSON.stringify(path.join(ROOT, 'client-sdk/src/node'))),
    );
  const body = lines.filter((l) => !/^import\s/.test(l));
  return `${imports.join('\n')}\n(async () => {\n${body.join('\n')}\n})().catch((error) => {\n  console.error(error);\n  process.exit(1);\n});\n`;
}

describe(`the SDK README's small app, run against a live server (${testDbKind()})`, () => {
  let server: TestServer;
  let world: AccessWorld;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sdk-readme-app-'));

  beforeAll(async () => {
    server = await startTestServer();
    world = await new AccessWorld(server).build();
  });

  afterAll(async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("lists a coordinator's open needs in China time, then prints a need posted while it listens, and exits", async () => {
    const file = path.join(dir, 'board.ts');
    fs.writeFileSync(file, readmeApp());
    const child = spawn(process.execPath, ['-r', path.join(ROOT, 'test/support/swc-register.js'), file], {
      cwd: ROOT,
      env: {
        ...process.env,
        UVP_URL: server.url,
        UVP_USERNAME: 'jinan-coordinator',
        UVP_PASSWORD: 'jinan-coordinator-password',
        UVP_CAMPAIGN: String(world.campaignId),
        UVP_LISTEN_FOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    const deadline = Date.now() + 30_000;
    while (!stdout.includes('listening for new ones') && Date.now() < deadline && child.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(stderr).toBe('');
    expect(stdout).toContain('listening for new ones');
    // Posted over the API after the app listed (as a site would): the app must hear it, not re-list it.
    const posted = await server.gql(
      graphql(`
        mutation SdkReadmeAppPostServiceNeed($input: PostServiceNeedInput!) {
          postServiceNeed(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          siteId: String(world.units.in.siteId),
          campaignId: String(world.campaignId),
          title: '教师信息技术培训',
          category: 'PROFESSIONAL_TRAINING',
          headcount: 4,
          startsAt: `${world.year}-08-01T02:30:00Z`,
          endsAt: `${world.year}-08-01T05:30:00Z`,
        },
      },
    );
    expect(posted.errors).toBeUndefined();
    const code = await Promise.race([
      exited,
      new Promise((resolve) => setTimeout(() => resolve('timeout'), 30_000)),
    ]);
    if (code === 'timeout') child.kill();
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    // Every open need of the campaign (announcements any signed-in user reads); 01:00 UTC is 09:00 in China.
    expect(stdout.trim().split('\n')).toEqual([
      '07/10 09:00  济南留守儿童暑期辅导  (0/3)',
      '07/10 09:00  青岛留守儿童暑期辅导  (0/3)',
      '2 open needs; listening for new ones',
      'new: 08/01 10:30  教师信息技术培训  (0/4)',
    ]);
  }, 90_000);
});
