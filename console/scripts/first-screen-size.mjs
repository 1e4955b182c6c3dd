// The JavaScript a browser loads for each first screen of the built console (console/dist), gzipped:
// the entry chunk and what it imports statically, plus a route's lazy chunk and its static imports.
// Run after `npm run console:build`: `node console/scripts/first-screen-size.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '..',
  process.env.CONSOLE_DIST ?? 'dist',
);
const assets = path.join(dist, 'assets');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const entry = /<script type="module"[^>]*src="\/assets\/([^"]+)"/.exec(html)?.[1];
if (!entry) throw new Error('no entry script in console/dist/index.html');
const files = fs.readdirSync(assets).filter((f) => f.endsWith('.js'));
const text = (file) => fs.readFileSync(path.join(assets, file), 'utf8');
const gz = (file) => zlib.gzipSync(text(file), { level: 9 }).length;

/** The file and every chunk it imports statically, transitively. */
function closure(start) {
  const seen = new Set();
  const walk = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of text(file).matchAll(
      /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      walk(m[1]);
    }
  };
  walk(start);
  return seen;
}

const routeChunk = (name) => files.find((f) => f.startsWith(`${name}-`));
// Each screen as it first opens (its own pages that load later, like a form's drawer, are not counted).
const screens = {
  '登录 (/login)': ['LoginPage'],
  '工作台 (/dashboard)': ['ConsoleLayout', 'Dashboard'],
  '调度表 (/dashboard/reports/…)': ['ConsoleLayout', 'Dashboard', 'StatusReportPage'],
  '志愿者 (/volunteers)': ['ConsoleLayout', 'VolunteerRoster'],
  '服务队 (/teams)': ['ConsoleLayout', 'TeamsPage'],
  '结对帮扶点 (/sites)': ['ConsoleLayout', 'SitesPage'],
  '服务需求 (/needs)': ['ConsoleLayout', 'NeedsBoard'],
  '匹配 (/matching/needs/…)': ['ConsoleLayout', 'MatchingPage', 'NeedMatching'],
  '匹配 (/matching/plan)': ['ConsoleLayout', 'MatchingPage', 'PlanPage'],
  '服务记录 (/records)': ['ConsoleLayout', 'RecordsQueue'],
  '服务项目 (/records/projects/…)': ['ConsoleLayout', 'RecordsQueue', 'ProjectPage'],
  '归档导出 (/records/exports)': ['ConsoleLayout', 'RecordsQueue', 'ExportsPage'],
  // The phone pages (/field): volunteers, team leaders and site contacts open these first.
  '任务 (/field/tasks)': ['FieldLayout', 'TasksPage'],
  '记录 (/field/record)': ['FieldLayout', 'RecordPage'],
  '服务队·手机 (/field/team)': ['FieldLayout', 'TeamPage'],
  '需求 (/field/site)': ['FieldLayout', 'SiteNeedsPage'],
  '服务码 (/field/code)': ['FieldLayout', 'ServiceCodePage'],
  '服务情况 (/field/served)': ['FieldLayout', 'ServedPage'],
  '我的 (/field/me)': ['FieldLayout', 'MePage'],
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
// --json: one line of JSON (the console benchmark puts it in docs/benchmarks.md) instead of the listing.
const json = process.argv.includes('--json');
const BUDGET = 500 * 1024;
let worst = 0;
const measured = [];
for (const [screen, chunks] of Object.entries(screens)) {
  const all = new Set(closure(entry));
  for (const chunk of chunks) {
    const file = routeChunk(chunk);
    if (!file) throw new Error(`no ${chunk} chunk in console/dist/assets`);
    for (const f of closure(file)) all.add(f);
  }
  const total = [...all].reduce((sum, f) => sum + gz(f), 0);
  worst = Math.max(worst, total);
  measured.push({ screen, gzippedBytes: total, files: all.size });
  if (json) continue;
  console.log(`${screen}: ${kb(total)} gzipped in ${all.size} files`);
  for (const f of [...all].sort((a, b) => gz(b) - gz(a))) console.log(`  ${f.padEnd(36)} ${kb(gz(f))}`);
}
if (json) console.log(JSON.stringify({ budgetBytes: BUDGET, screens: measured }));
else console.log(`largest first screen ${kb(worst)} of the ${kb(BUDGET)} budget`);
if (worst > BUDGET) process.exitCode = 1;
