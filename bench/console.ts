/**
 * Console budget benchmark: what each screen of the web console asks the server for when it opens,
 * in a real browser (Debian's Chromium through playwright-core), on a world of 100,000 volunteers,
 * on SQLite and MariaDB.
 *   npm run bench:console [-- --volunteers 100000 --repeats 200 --db sqlite,mariadb]
 * For every screen: the GraphQL requests the page sends from navigation until the network is idle
 * (budget: at most 2), then each of those very requests (same body, same session cookie and CSRF
 * header) replayed sequentially, for p50/p95 (budget: p95 under 200 ms). Results go to
 * docs/benchmarks.md ("Console screens") and bench/results/console.json.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../server/src/core/actor';
import { sqlStatementCount } from '../server/src/core/data-source';
import { openDatabase } from '../server/src/database';
import { Campaign } from '../server/src/modules/campaigns/campaign.entity';
import { ServiceNeedStatus } from '../server/src/modules/needs/service-need.entity';
import { ServiceNeedService } from '../server/src/modules/needs/service-need.service';
import { ServiceProject } from '../server/src/modules/projects/service-project.entity';
import { ServiceTeam } from '../server/src/modules/teams/service-team.entity';
import { Unit } from '../server/src/modules/units/unit.entity';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDatabase } from '../seeds/seed';
import { benchDatabase, startBenchServer } from './database';
import { writeSection } from './report';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
}

const VOLUNTEERS = Number(option('volunteers', '100000'));
const REPEATS = Number(option('repeats', '200'));
const KINDS = option('db', 'sqlite,mariadb').split(',') as ('mariadb' | 'sqlite')[];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REQUEST_BUDGET = 2;
const P95_BUDGET_MS = 200;

/** Ids the addresses of one thing's page need, read from the seeded world (the 济南 coordinator's). */
interface WorldIds {
  campaignId: number;
  needId: number;
  teamId: number;
  projectId: number;
}

/**
 * The screens as each role opens them, with their default filters: every route of the console
 * (docs/console.md, "Screens") and every phone tab, one thing's page opened on one of 济南's.
 */
const SCREENS: readonly {
  account: keyof typeof DEMO_ACCOUNTS;
  path: string | ((ids: WorldIds) => string);
  name: string;
  /** A button whose work is measured too, apart from the screen's opening (not in its budget). */
  click?: string;
}[] = [
  { account: 'coordinator', path: '/dashboard', name: '工作台' },
  {
    account: 'coordinator',
    path: (ids) => `/dashboard/reports/${ids.campaignId}/LAUNCH`,
    name: '工作台 · 调度表',
  },
  { account: 'coordinator', path: '/volunteers', name: '志愿者' },
  { account: 'coordinator', path: '/teams', name: '服务队' },
  { account: 'coordinator', path: (ids) => `/teams/${ids.teamId}`, name: '服务队 · 一支队伍' },
  { account: 'coordinator', path: '/teams/proposal', name: '服务队 · 组建建议' },
  { account: 'coordinator', path: '/sites', name: '结对帮扶点' },
  { account: 'coordinator', path: '/needs', name: '服务需求' },
  { account: 'coordinator', path: '/matching', name: '匹配 · 需求列表' },
  { account: 'coordinator', path: (ids) => `/matching/needs/${ids.needId}`, name: '匹配 · 一条需求' },
  { account: 'coordinator', path: '/matching/plan', name: '匹配 · 单位方案', click: '生成方案' },
  { account: 'coordinator', path: '/records', name: '服务记录 · 审核' },
  { account: 'coordinator', path: '/records/projects', name: '服务记录 · 服务项目' },
  {
    account: 'coordinator',
    path: (ids) => `/records/projects/${ids.projectId}`,
    name: '服务记录 · 一个项目',
  },
  { account: 'coordinator', path: '/records/exports', name: '服务记录 · 归档导出' },
  { account: 'admin', path: '/dashboard', name: '工作台（省）' },
  { account: 'admin', path: '/volunteers', name: '志愿者（省）' },
  { account: 'volunteer', path: '/field/tasks', name: '手机 · 任务' },
  { account: 'volunteer', path: '/field/record', name: '手机 · 记录' },
  { account: 'volunteer', path: '/field/me', name: '手机 · 我的' },
  { account: 'leader', path: '/field/team', name: '手机 · 服务队（队长）' },
  { account: 'site', path: '/field/site', name: '手机 · 需求（帮扶点）' },
  { account: 'site', path: '/field/code', name: '手机 · 服务码' },
  { account: 'site', path: '/field/served', name: '手机 · 服务情况' },
];

/** One open need of 济南's in the campaign under way, a 济南 team and its project: pages to open. */
async function worldIds(dataSource: DataSource): Promise<WorldIds> {
  const today = new Date().toISOString().slice(0, 10);
  const campaigns = await dataSource.getRepository(Campaign).find({ order: { year: 'DESC' } });
  const campaign = campaigns.find((c) => c.startsOn <= today && today <= c.endsOn) ?? campaigns[0];
  const jinan = await dataSource.getRepository(Unit).findOneByOrFail({ name: '济南市教育工会' });
  if (!campaign) throw new Error('the seeded world has no campaign');
  const needs = await new ServiceNeedService(dataSource, SYSTEM_ACTOR).list(
    { unitId: String(jinan.id), campaignId: String(campaign.id), status: ServiceNeedStatus.OPEN },
    { first: 100 },
  );
  const need = needs.edges.map((e) => e.node).find((n) => !n.servedByTeam);
  const team = await dataSource.getRepository(ServiceTeam).findOne({ where: { unitId: jinan.id } });
  const project = team
    ? await dataSource.getRepository(ServiceProject).findOne({ where: { teamId: team.id } })
    : null;
  if (!need || !team || !project) throw new Error('济南 has no open need, team or project to open');
  return { campaignId: campaign.id, needId: need.id, teamId: team.id, projectId: project.id };
}

interface Captured {
  operation: string;
  body: string;
  headers: Record<string, string>;
}

interface Measured {
  db: string;
  /** 'open' for the requests the screen sends when it opens; `click …` for a button's. */
  on: string;
  role: string;
  screen: string;
  path: string;
  requests: number;
  operation: string;
  p50: number;
  p95: number;
  max: number;
  statements: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The GraphQL requests the page sends while `act` runs and until the network is idle after it. */
async function captureWhile(page: Page, act: () => Promise<unknown>): Promise<Captured[]> {
  const seen: Captured[] = [];
  const listener = (request: import('playwright-core').Request) => {
    if (request.method() !== 'POST' || new URL(request.url()).pathname !== '/graphql') return;
    const body = request.postData() ?? '';
    let operation = '?';
    try {
      const parsed = JSON.parse(body) as { operationName?: string; query?: string };
      operation = parsed.operationName ?? /(?:query|mutation)\s+(\w+)/.exec(parsed.query ?? '')?.[1] ?? '?';
    } catch {
      // not JSON: counted all the same
    }
    seen.push({ operation, body, headers: request.headers() });
  };
  page.on('request', listener);
  await act();
  // A request may wait for another one's answer: let the page settle.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  await page.waitForLoadState('networkidle');
  page.off('request', listener);
  return seen;
}

/** The GraphQL requests the page sends while opening `target`, until the network is idle. */
async function capture(page: Page, target: string): Promise<Captured[]> {
  const seen = await captureWhile(page, () => page.goto(target, { waitUntil: 'networkidle' }));
  if (new URL(page.url()).pathname === '/login') throw new Error(`${target}: sent back to the login page`);
  return seen;
}

async function replay(url: string, captured: Captured, cookie: string): Promise<number[]> {
  const headers: Record<string, string> = { 'content-type': 'application/json', cookie };
  for (const [name, value] of Object.entries(captured.headers)) {
    if (name.toLowerCase().startsWith('x-')) headers[name] = value;
  }
  const once = async () => {
    const started = process.hrtime.bigint();
    const response = await fetch(url, { method: 'POST', headers, body: captured.body });
    const answer = (await response.json()) as { errors?: unknown[] };
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (!response.ok || answer.errors)
      throw new Error(`${captured.operation}: ${response.status} ${JSON.stringify(answer.errors)}`);
    return ms;
  };
  for (let i = 0; i < 10; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) times.push(await once());
  return times.sort((a, b) => a - b);
}

async function benchmark(kind: 'mariadb' | 'sqlite'): Promise<Measured[]> {
  const database = await benchDatabase(kind, 'console');
  const seeding = await openDatabase(database);
  console.error(`console ${kind}: seeding ${VOLUNTEERS} volunteers …`);
  await seedDatabase(seeding, {
    volunteers: VOLUNTEERS,
    needs: Math.max(100, VOLUNTEERS / 50),
    seed: 2019,
    now: new Date(),
  });
  await seeding.destroy();

  const server = await startBenchServer(database);
  const origin = new URL(server.url).origin;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const results: Measured[] = [];
  const ids = await worldIds(server.dataSource);
  try {
    for (const account of [...new Set(SCREENS.map((s) => s.account))]) {
      const context = await browser.newContext({ baseURL: origin, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto('/login');
      await page.locator('#login_username').fill(DEMO_ACCOUNTS[account].username);
      await page.locator('#login_password').fill(DEMO_PASSWORD);
      await page.locator('form#login button[type=submit]').click();
      await page.waitForURL((url) => url.pathname !== '/login', { timeout: 30_000 });
      const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
      for (const screen of SCREENS.filter((s) => s.account === account)) {
        const target = typeof screen.path === 'string' ? screen.path : screen.path(ids);
        console.error(`console ${kind}: ${DEMO_ACCOUNTS[account].username} ${target} …`);
        const requests = await capture(page, target);
        const db = kind === 'mariadb' ? 'MariaDB' : 'SQLite';
        const base = { db, role: DEMO_ACCOUNTS[account].username, screen: screen.name, path: target };
        if (requests.length === 0) {
          results.push({
            ...base,
            on: 'open',
            requests: 0,
            operation: '—',
            p50: 0,
            p95: 0,
            max: 0,
            statements: 0,
          });
        }
        const measure = async (on: string, sent: Captured[]) => {
          for (const request of sent) {
            const before = sqlStatementCount(server.dataSource);
            const times = await replay(server.url, request, cookie);
            results.push({
              ...base,
              on,
              requests: sent.length,
              operation: request.operation,
              p50: percentile(times, 50),
              p95: percentile(times, 95),
              max: times[times.length - 1]!,
              statements: (sqlStatementCount(server.dataSource) - before) / (REPEATS + 10),
            });
          }
        };
        await measure('open', requests);
        if (screen.click) {
          const button = page.getByRole('button', { name: screen.click });
          await measure(`click ${screen.click}`, await captureWhile(page, () => button.click()));
        }
      }
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
    await server.stop();
    if (database.kind === 'sqlite') fs.rmSync(path.dirname(database.path), { recursive: true, force: true });
  }
}

/** A screen that sent nothing did not load its data (or is not built): not within budget. */
function withinBudget(r: Measured): boolean {
  return r.requests >= 1 && r.requests <= REQUEST_BUDGET && r.p95 < P95_BUDGET_MS;
}

const opening = (r: Measured) => r.on === 'open';

function table(rows: Measured[]): string {
  const lines = [
    '| database | signed in as | screen | route | when | requests | request | p50 (ms) | p95 (ms) | max (ms) | SQL statements | within budget |',
    '| --- | --- | --- | --- | --- | ---: | --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of rows) {
    const ok = opening(r) ? (withinBudget(r) ? 'yes' : '**no**') : '(not a load)';
    lines.push(
      `| ${r.db} | ${r.role} | ${r.screen} | \`${r.path}\` | ${opening(r) ? 'opening' : r.on.replace('click ', '点击「') + '」'} | ${r.requests} | ${r.operation} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} | ${r.statements.toFixed(1)} | ${ok} |`,
    );
  }
  return lines.join('\n');
}

interface FirstScreenSizes {
  budgetBytes: number;
  screens: { screen: string; gzippedBytes: number; files: number }[];
}

/** Each first screen's JavaScript, gzipped, in the build this run serves (console/scripts/first-screen-size.mjs). */
function firstScreenSizes(): FirstScreenSizes {
  let out: string;
  try {
    out = execFileSync(process.execPath, ['console/scripts/first-screen-size.mjs', '--json'], {
      encoding: 'utf8',
    });
  } catch (error) {
    // Over the budget the script exits 1 and still prints its figures.
    out = String((error as { stdout?: string }).stdout ?? '');
    if (!out) throw error;
  }
  return JSON.parse(out) as FirstScreenSizes;
}

function sizeTable(sizes: FirstScreenSizes): string {
  const lines = [
    '| first screen | JavaScript, gzipped (KB) | files | within budget |',
    '| --- | ---: | ---: | --- |',
  ];
  for (const s of sizes.screens) {
    const ok = s.gzippedBytes <= sizes.budgetBytes ? 'yes' : '**no**';
    lines.push(`| ${s.screen} | ${(s.gzippedBytes / 1024).toFixed(1)} | ${s.files} | ${ok} |`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  const sizes = firstScreenSizes();
  const rows: Measured[] = [];
  for (const kind of KINDS) rows.push(...(await benchmark(kind)));
  fs.mkdirSync(path.resolve('bench/results'), { recursive: true });
  fs.writeFileSync(
    path.resolve('bench/results/console.json'),
    `${JSON.stringify({ firstScreenJavaScript: sizes, requests: rows }, null, 2)}\n`,
  );
  const largest = Math.max(...sizes.screens.map((s) => s.gzippedBytes));
  const over = rows.filter((r) => opening(r) && !withinBudget(r));
  const actions = rows.filter((r) => !opening(r));
  writeSection(
    'Console screens',
    `${VOLUNTEERS.toLocaleString('en')} seeded volunteers (the demo world with a campaign in the current year). Each screen is opened in Chromium, signed in through the login page, with its default filters; every GraphQL request it sends until the network is idle is counted, then replayed ${REPEATS} times one after another (after 10 to warm up) with the same body, session cookie and CSRF header. Budgets: at most ${REQUEST_BUDGET} requests per screen, p95 under ${P95_BUDGET_MS} ms. ${over.length === 0 ? 'Every screen is within both.' : `Over budget: ${over.map((r) => `${r.db} ${r.path} ${r.operation}`).join(', ')}.`}${actions.length ? ` Work a button starts is measured the same way but is not part of a screen's opening (docs/console.md, "Budgets", says why): ${actions.map((r) => `${r.operation} (${r.on.replace('click ', '')}) p95 ${r.p95.toFixed(0)} ms on ${r.db}`).join(', ')}.` : ''} The first screen's JavaScript (the entry chunk, the route's chunks and what they import, gzipped at level 9; budget ${(sizes.budgetBytes / 1024).toFixed(0)} KB): largest ${(largest / 1024).toFixed(1)} KB, ${largest <= sizes.budgetBytes ? 'every screen within it' : '**over the budget**'}.\n\n${table(rows)}\n\n${sizeTable(sizes)}`,
  );
  console.error(table(rows));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
