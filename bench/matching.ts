/**
 * Matching benchmark: seeds a fresh SQLite database per size from the seed generator, then plans
 * the province with the optimal planner and with the greedy baseline in the same process, and
 * writes the table to docs/benchmarks.md (section "Matching") and bench/results/matching.json.
 *   npm run bench:matching [-- --sizes 1000x100,5000x500,20000x2000]
 * Each size runs in its own child process so its peak memory is its own.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SYSTEM_ACTOR } from '../server/src/core/actor';
import { openDatabase } from '../server/src/database';
import { MatchingService } from '../server/src/modules/matching/matching.service';
import { seedDatabase } from '../seeds/seed';
import { writeSection } from './report';

interface Row {
  size: string;
  method: 'optimal' | 'greedy';
  millis: number;
  peakRssMb: number;
  openPlaces: number;
  plannedPlaces: number;
  fillRate: number;
  totalScore: number;
  loadGini: number;
  p95DistanceKm: number | null;
  candidateEdges: number;
}

const REPLAN_SIZE = { volunteers: 5000 } as const;
let replan: Replan | null = null;

interface Replan {
  unitReplanMillis: number;
  unitOpenPlaces: number;
  oneNeedMillis: number;
}

/**
 * After a change (a decline frees a place, a need is posted) a coordinator re-plans their own
 * unit, or asks for the best people for the one need: both measured on the 5,000 × 500 world.
 */
async function measureReplan(service: MatchingService): Promise<Replan> {
  let started = performance.now();
  const plan = await service.plan('1', { unitId: '2' });
  const unitReplanMillis = performance.now() - started;
  const needId = plan.assignments[0]?.needId ?? 1;
  started = performance.now();
  await service.suggestions(String(needId), 10);
  return {
    unitReplanMillis,
    unitOpenPlaces: plan.metrics.openPlaces,
    oneNeedMillis: performance.now() - started,
  };
}

async function runOne(size: string): Promise<Row[]> {
  const [volunteers, needs] = size.split('x').map(Number) as [number, number];
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-matching-')), 'bench.sqlite');
  const dataSource = await openDatabase({ kind: 'sqlite', path: file });
  try {
    await seedDatabase(dataSource, { volunteers, needs, seed: 2019 });
    const service = new MatchingService(dataSource, SYSTEM_ACTOR);
    const rows: Row[] = [];
    for (const method of ['optimal', 'greedy'] as const) {
      const started = performance.now();
      const plan = await service.plan('1', {}, null, method);
      const millis = performance.now() - started;
      rows.push({
        size,
        method,
        millis,
        peakRssMb: process.resourceUsage().maxRSS / 1024,
        ...plan.metrics,
      });
    }
    if (volunteers === REPLAN_SIZE.volunteers) replan = await measureReplan(service);
    return rows;
  } finally {
    await dataSource.destroy();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

function table(rows: Row[]): string {
  const lines = [
    '| volunteers × needs | method | time (ms) | peak RSS (MB) | open places | planned | fill rate | total score | load Gini | p95 distance (km) | candidate pairs |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.size.replace('x', ' × ')} | ${r.method} | ${r.millis.toFixed(0)} | ${r.peakRssMb.toFixed(0)} | ${r.openPlaces} | ${r.plannedPlaces} | ${(r.fillRate * 100).toFixed(1)} % | ${r.totalScore.toFixed(2)} | ${r.loadGini.toFixed(3)} | ${r.p95DistanceKm?.toFixed(1) ?? '–'} | ${r.candidateEdges} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const child = process.argv.indexOf('--child');
  if (child >= 0) {
    const rows = await runOne(process.argv[child + 1]!);
    process.stdout.write(JSON.stringify({ rows, replan }));
    return;
  }
  const sizesArg = process.argv.indexOf('--sizes');
  const sizes = (sizesArg >= 0 ? process.argv[sizesArg + 1]! : '1000x100,5000x500,20000x2000').split(',');
  const rows: Row[] = [];
  let replanned: Replan | null = null;
  for (const size of sizes) {
    console.error(`matching ${size} …`);
    const output = execFileSync(process.execPath, [__filename, '--child', size], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    const result = JSON.parse(output) as { rows: Row[]; replan: Replan | null };
    rows.push(...result.rows);
    replanned = result.replan ?? replanned;
  }
  fs.mkdirSync(path.resolve('bench/results'), { recursive: true });
  fs.writeFileSync(path.resolve('bench/results/matching.json'), `${JSON.stringify(rows, null, 2)}\n`);
  const optimal = rows.filter((r) => r.method === 'optimal');
  const verdict = optimal
    .map((r) => {
      const greedy = rows.find((g) => g.size === r.size && g.method === 'greedy')!;
      return `- ${r.size.replace('x', ' × ')}: optimal ${r.millis.toFixed(0)} ms; score ${(r.totalScore / greedy.totalScore).toFixed(4)}× greedy, fill rate ${(r.fillRate * 100).toFixed(1)} % vs ${(greedy.fillRate * 100).toFixed(1)} %`;
    })
    .join('\n');
  const replanLine = replanned
    ? `\n- re-plan after a change, 5,000 × 500 world (target under 100 ms): one city union's scope (${replanned.unitOpenPlaces} open places) ${replanned.unitReplanMillis.toFixed(0)} ms; best people for one need ${replanned.oneNeedMillis.toFixed(0)} ms`
    : '';
  writeSection(
    'Matching',
    `Planner over the whole province (seed generator, SQLite, one process per size; time includes loading from the database, scoring and solving). Targets: 5,000 × 500 under 2 s; never worse than greedy on score or fill rate.\n\n${table(rows)}\n\n${verdict}${replanLine}`,
  );
  console.log(table(rows));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
