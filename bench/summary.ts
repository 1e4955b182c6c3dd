/**
 * The last step of `npm run bench`: one table of every benchmark's goal, what was measured and
 * whether it was met, from bench/results/*.json, written to docs/benchmarks.md ("Summary").
 * A benchmark that has not been run yet shows as "not run".
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeSection } from './report';

interface Goal {
  benchmark: string;
  goal: string;
  measured: string;
  met: boolean | null;
}

function read<T>(name: string): T | null {
  const file = path.resolve('bench/results', `${name}.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : null;
}

interface MatchingRow {
  variant: string;
  millis: number;
  optimalityGap: number | null;
  solver: string;
}

function matchingGoals(): Goal[] {
  const results = read<Record<string, { rows: MatchingRow[] }>>('matching');
  const joint = (size: string) => results?.[size]?.rows.find((r) => r.variant === 'joint plan');
  const gap = (r: MatchingRow) =>
    r.optimalityGap === null ? 'no bound' : `gap ${(r.optimalityGap * 100).toFixed(2)} %`;
  const mid = joint('5000x500');
  const big = joint('20000x2000');
  return [
    {
      benchmark: 'matching',
      goal: '5,000 × 500 joint plan under 2 s, proven gap ≤ 0.1 %',
      measured: mid ? `${mid.millis.toFixed(0)} ms, ${mid.solver}, ${gap(mid)}` : 'not run',
      met: mid ? mid.millis < 2000 && mid.optimalityGap !== null && mid.optimalityGap <= 0.001 : null,
    },
    {
      benchmark: 'matching',
      goal: '20,000 × 2,000 joint plan under 30 s',
      measured: big ? `${big.millis.toFixed(0)} ms, ${big.solver}, ${gap(big)}` : 'not run',
      met: big ? big.millis < 30_000 : null,
    },
  ];
}

function apiGoals(): Goal[] {
  const rows = read<{ db: string; workload: string; server: string; requestsPerSecond: number }[]>('api');
  if (!rows)
    return [{ benchmark: 'API', goal: '≥ 0.5 × bare handler requests/s', measured: 'not run', met: null }];
  return (
    rows
      // The empty query measures the fixed cost of a request; the goal is set for real work.
      .filter((r) => r.server === 'GraphQL' && r.workload !== 'empty query')
      .map((r) => {
        const bare = rows.find(
          (b) => b.db === r.db && b.workload === r.workload && b.server === 'bare handler',
        );
        const ratio = bare ? r.requestsPerSecond / bare.requestsPerSecond : NaN;
        return {
          benchmark: `API, ${r.db}, ${r.workload}`,
          goal: '≥ 0.5 × bare handler requests/s',
          measured: `${ratio.toFixed(2)} × (${r.requestsPerSecond.toFixed(0)} vs ${bare?.requestsPerSecond.toFixed(0)} req/s)`,
          met: Number.isFinite(ratio) ? ratio >= 0.5 : null,
        };
      })
  );
}

function subscriptionGoals(): Goal[] {
  const rows = read<{ transport: string; p99: number; lost: number }[]>('subscriptions');
  if (!rows)
    return [
      { benchmark: 'subscriptions', goal: 'p99 delivery under 100 ms', measured: 'not run', met: null },
    ];
  return rows.map((r) => ({
    benchmark: `subscriptions, ${r.transport} bus`,
    goal: 'p99 delivery to 1,000 subscribers under 100 ms, none lost',
    measured: `p99 ${r.p99.toFixed(1)} ms, lost ${r.lost}`,
    met: r.p99 < 100 && r.lost === 0,
  }));
}

function exportGoals(): Goal[] {
  const result = read<{
    records: number;
    steps: { step: string; rowsPerSecond: number; peakRssMb: number }[];
  }>('export');
  if (!result)
    return [{ benchmark: 'export', goal: 'peak RSS under 200 MB', measured: 'not run', met: null }];
  const raw = result.steps.find((s) => s.step === 'mysql --batch');
  return result.steps
    .filter((s) => s.step !== 'mysql --batch')
    .flatMap((s) => [
      {
        benchmark: `export ${s.step}, ${result.records.toLocaleString('en')} records`,
        goal: 'peak RSS under 200 MB',
        measured: `${s.peakRssMb.toFixed(0)} MB`,
        met: s.peakRssMb < 200,
      },
      {
        benchmark: `export ${s.step}, ${result.records.toLocaleString('en')} records`,
        goal: '≥ 0.5 × the raw mysql --batch dump rows/s',
        measured: raw
          ? `${(s.rowsPerSecond / raw.rowsPerSecond).toFixed(2)} × (${s.rowsPerSecond.toFixed(0)} vs ${raw.rowsPerSecond.toFixed(0)} rows/s)`
          : 'no raw dump measured',
        met: raw ? s.rowsPerSecond / raw.rowsPerSecond >= 0.5 : null,
      },
    ]);
}

function consoleGoals(): Goal[] {
  const result = read<{
    firstScreenJavaScript: { budgetBytes: number; screens: { screen: string; gzippedBytes: number }[] };
    requests: { db: string; on: string; role: string; path: string; requests: number; p95: number }[];
  }>('console');
  // The budget is a screen's opening; work a button starts is reported in its section.
  const rows = result?.requests.filter((r) => r.on === 'open') ?? null;
  if (!result || !rows)
    return [
      {
        benchmark: 'console screens',
        goal: '≤ 2 requests per screen, p95 < 200 ms; first screen ≤ 500 KB of JavaScript gzipped',
        measured: 'not run',
        met: null,
      },
    ];
  const sizes = result.firstScreenJavaScript;
  const largest = sizes.screens.reduce((a, b) => (b.gzippedBytes > a.gzippedBytes ? b : a));
  const javaScript: Goal = {
    benchmark: `console, ${sizes.screens.length} first screens`,
    goal: `JavaScript at most ${(sizes.budgetBytes / 1024).toFixed(0)} KB gzipped`,
    measured: `largest ${(largest.gzippedBytes / 1024).toFixed(1)} KB (${largest.screen})`,
    met: largest.gzippedBytes <= sizes.budgetBytes,
  };
  return [
    javaScript,
    ...[...new Set(rows.map((r) => r.db))].flatMap((db) => {
      const mine = rows.filter((r) => r.db === db);
      const screens = new Set(mine.map((r) => `${r.role} ${r.path}`)).size;
      const most = Math.max(...mine.map((r) => r.requests));
      const slowest = mine.reduce((a, b) => (b.p95 > a.p95 ? b : a));
      return [
        {
          benchmark: `console, ${screens} screens, ${db}`,
          goal: 'at most 2 GraphQL requests to open a screen',
          measured: `at most ${most}`,
          met: most <= 2,
        },
        {
          benchmark: `console, ${screens} screens, ${db}`,
          goal: 'each of those requests p95 under 200 ms',
          measured: `slowest ${slowest.p95.toFixed(1)} ms (${slowest.path})`,
          met: slowest.p95 < 200,
        },
      ];
    }),
  ];
}

function main(): void {
  const goals = [
    ...matchingGoals(),
    ...apiGoals(),
    ...subscriptionGoals(),
    ...exportGoals(),
    ...consoleGoals(),
  ];
  const mark = (met: boolean | null) => (met === null ? '–' : met ? 'met' : '**not met**');
  const table = [
    '| benchmark | goal | measured | |',
    '| --- | --- | --- | --- |',
    ...goals.map((g) => `| ${g.benchmark} | ${g.goal} | ${g.measured} | ${mark(g.met)} |`),
  ].join('\n');
  writeSection(
    'Summary',
    `Every benchmark's goal against its last run (bench/results/*.json); the sections below give the details, the machine and what was tried where a goal is missed.\n\n${table}`,
  );
  console.log(table);
}

main();
