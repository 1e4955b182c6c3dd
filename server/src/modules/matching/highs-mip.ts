import { performance } from 'node:perf_hooks';
import type { Highs } from 'highs';
import type { JointModel } from './joint-model';

/**
 * One block of the joint model (joint-model.ts) solved as a mixed-integer program by HiGHS
 * (the `highs` package: HiGHS compiled to WebAssembly, single-threaded). Planning runs in a
 * heavy-work thread, so a long solve holds that thread, never the server's event loop.
 */

let loading: Promise<Highs> | null = null;

/** HiGHS is loaded once per thread: the first load compiles the WebAssembly (about half a second). */
export function loadHighs(): Promise<Highs> {
  loading ??= (require('highs') as (settings?: object) => Promise<Highs>)();
  return loading;
}

export interface MipAnswer {
  /** Chosen columns of the model (not of the block). */
  chosen: number[];
  objective: number;
  /** The best bound HiGHS proved on the block's objective. */
  bound: number;
  /** Whether HiGHS proved the answer optimal within `relativeGap`. */
  optimal: boolean;
  millis: number;
}

/**
 * Maximises the objective over the columns of `block` (one block of the model, or several whole
 * blocks: the benchmark gives HiGHS the whole model) from `start`, a feasible choice passed to
 * HiGHS as its first incumbent, stopping after `timeLimitSeconds` or once the proven gap is
 * within `relativeGap`. Returns null when HiGHS ends without a solution better than `start`.
 */
export async function solveBlockMip(
  model: JointModel,
  block: Int32Array,
  start: readonly number[],
  timeLimitSeconds: number,
  relativeGap: number,
  /** A bound proven elsewhere (the relaxation): an incumbent within the gap of it ends the search. */
  knownBound = Infinity,
): Promise<MipAnswer | null> {
  const highs = await loadHighs();
  const started = performance.now();
  const local = new Map<number, number>();
  block.forEach((c, i) => local.set(c, i));
  const needs = [...new Set(Array.from(block, (c) => model.colNeed[c]!))].sort((a, b) => a - b);
  const groups = [...new Set(needs.map((n) => model.cadreGroupOf[n]!))].sort((a, b) => a - b);
  const bonus = model.cadres.bonus;
  // Columns: the block's choices, then (with a cadre bonus) one "has a cadre" indicator per cadre group.
  const cadreColumn = new Map<number, number>();
  if (bonus > 0) groups.forEach((g, i) => cadreColumn.set(g, block.length + i));
  const numCols = block.length + cadreColumn.size;
  const colCost = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols).fill(1);
  const integrality = new Int32Array(numCols);
  block.forEach((c, i) => {
    colCost[i] = model.colScore[c]!;
    integrality[i] = highs.constants.variableType.integer;
  });
  for (const j of cadreColumn.values()) colCost[j] = bonus;

  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const addRow = (entries: [number, number][], upper: number) => {
    for (const [j, a] of entries) {
      indices.push(j);
      values.push(a);
    }
    starts.push(indices.length);
    rowLower.push(-highs.infinity);
    rowUpper.push(upper);
  };
  for (const n of needs) {
    addRow(
      Array.from(model.byNeed[n]!, (c): [number, number] => [local.get(c)!, 1]),
      model.needCapacity[n]!,
    );
  }
  for (const g of groups) {
    const columns = model.byCadreGroup[g]!;
    const withCadre = columns.filter((c) => model.colCadres[c]! > 0);
    const indicator = cadreColumn.get(g);
    if (indicator !== undefined) {
      // has-cadre ≤ cadres placed: the bonus is earned only with a cadre.
      addRow(
        [
          [indicator, 1],
          ...Array.from(withCadre, (c): [number, number] => [local.get(c)!, -model.colCadres[c]!]),
        ],
        0,
      );
    }
    const others = columns.filter((c) => model.colCadres[c]! === 0);
    if (model.cadres.required && others.length > 0) {
      // People without a cadre ≤ (as many as could go) × cadres: nobody goes unless a cadre goes.
      const places = needs
        .filter((n) => model.cadreGroupOf[n] === g && !model.needs[n]!.servedByTeam)
        .reduce((sum, n) => sum + model.needCapacity[n]!, 0);
      const room = Math.min(others.length, places);
      addRow(
        [
          ...Array.from(others, (c): [number, number] => [local.get(c)!, 1]),
          ...Array.from(withCadre, (c): [number, number] => [local.get(c)!, -room]),
        ],
        0,
      );
    }
  }
  for (const row of model.conflictRows) {
    if (!local.has(row[0]!)) continue; // a row lies in one block: all its columns are in or out
    addRow(
      Array.from(row, (c): [number, number] => [local.get(c)!, 1]),
      1,
    );
  }

  const mip = highs.createModel({
    numCols,
    numRows: rowUpper.length,
    sense: highs.constants.objectiveSense.maximize,
    colCost,
    colLower: new Float64Array(numCols),
    colUpper,
    rowLower,
    rowUpper,
    matrix: {
      format: 'csr',
      numRows: rowUpper.length,
      numCols,
      starts: Int32Array.from(starts),
      indices: Int32Array.from(indices),
      values: Float64Array.from(values),
    },
    integrality,
  });
  try {
    mip.options.set({
      output_flag: false,
      time_limit: Math.max(0.05, timeLimitSeconds),
      mip_rel_gap: relativeGap,
      // Measured on the benchmark worlds: presolve costs more than it saves on these models
      // (5,000 × 500: 1.5 s → 1.1 s; with people outside their availability 9.5 s → 2.9 s).
      presolve: 'off',
    });
    const warm = new Float64Array(numCols);
    for (const c of start) {
      warm[local.get(c)!] = 1;
      const indicator = cadreColumn.get(model.cadreGroupOf[model.colNeed[c]!]!);
      if (indicator !== undefined && model.colCadres[c]! > 0) warm[indicator] = 1;
    }
    mip.setSolution({ colValue: warm });
    const enough = knownBound - relativeGap * Math.abs(knownBound);
    mip.run({
      [highs.constants.callbackType.mipInterrupt](event) {
        if ((event.data.mip_primal_bound ?? -Infinity) >= enough) event.interrupt();
      },
    });
    const status = mip.getModelStatus();
    const solution = mip.getSolution();
    const objective = mip.getObjectiveValue();
    const bound = Number(mip.info.get('mip_dual_bound'));
    const chosen: number[] = [];
    if (solution.colValue && solution.colValue.length === numCols) {
      block.forEach((c, i) => {
        if (solution.colValue[i]! > 0.5) chosen.push(c);
      });
    }
    if (chosen.length === 0 && start.length > 0) return null;
    return {
      chosen,
      objective,
      bound: Number.isFinite(bound) ? Math.min(bound, knownBound) : knownBound,
      optimal: status === highs.constants.modelStatus.optimal,
      millis: performance.now() - started,
    };
  } finally {
    mip.dispose();
  }
}
