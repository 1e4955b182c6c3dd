import type { Candidate, CandidateTeam, OpenNeed } from './matching-data';
import { offersCategory } from './scoring';
import { isOpenForTeam, teamScore } from './team-placement';
import { candidateEdges } from './candidate-pairs';
import type { PlanInput } from './planner';

/**
 * The joint planning model: team-served and individual needs together, one integer program.
 *
 * Columns are the choices: a volunteer for an individual need (a "pair"), or a whole team for a
 * team-served need. Rows are the rules that tie choices together:
 *  - a need takes at most its open places (a team-served need: at most one team);
 *  - a person's bookings never overlap: for every set of the person's choices whose needs share
 *    a moment (a maximal clique of their time intervals) at most one is taken. Intervals that
 *    pairwise overlap share a point, so these rows are exactly "no two overlap" — and a person in
 *    two teams, or in a team and an individual need, is covered by the same rows;
 *  - union cadres: a bonus per need (or per site and day) with at least one cadre among its
 *    people (a goal), or none of them served without one (a requirement).
 * Blocks are the independent parts (no row joins two of them), solved one by one.
 */

/** How the plan weighs union cadres (the notice wants them with the volunteers). */
export interface CadreRule {
  /** Added to the objective for each need (or site and day) served with at least one union cadre. */
  bonus: number;
  /** Serve a need (or a site on a day) only with at least one union cadre among its people. */
  required: boolean;
  /** What must have a cadre: each need, or each site on each China-time day (its needs together). */
  per?: 'NEED' | 'SITE_DAY';
}

export const NO_CADRE_RULE: CadreRule = { bonus: 0, required: false };

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The cadre group of each need: itself, or its site and the China-time day it starts on. */
function cadreGroupsOf(needs: readonly OpenNeed[], rule: CadreRule): { groupOf: Int32Array; count: number } {
  if (rule.per !== 'SITE_DAY') return { groupOf: Int32Array.from(needs.keys()), count: needs.length };
  const ids = new Map<string, number>();
  const groupOf = Int32Array.from(needs, (need) => {
    const key = `${need.siteId}:${Math.floor((need.startsAt + CHINA_OFFSET_MS) / DAY_MS)}`;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  });
  return { groupOf, count: ids.size };
}

export interface JointModel {
  needs: readonly OpenNeed[];
  candidates: readonly Candidate[];
  teams: readonly CandidateTeam[];
  /** Places a need may take in the plan: its open places, or 1 team. */
  needCapacity: Int32Array;
  /** Team members as candidate indices (−1 for a member who is not a candidate). */
  teamMembers: readonly Int32Array[];
  columnCount: number;
  /** Column c chooses need colNeed[c] … */
  colNeed: Int32Array;
  /** … with volunteer colVolunteer[c] (candidate index), or −1 for a team column … */
  colVolunteer: Int32Array;
  /** … or with team colTeam[c] (team index), −1 for a pair. */
  colTeam: Int32Array;
  /** The pair's score, or the sum of the members' scores. */
  colScore: Float64Array;
  /** Union cadres the column places (0 or 1 for a pair). */
  colCadres: Int32Array;
  /** The cadre group of each need (see CadreRule.per), and the columns of each group. */
  cadreGroupOf: Int32Array;
  byCadreGroup: readonly Int32Array[];
  /** Columns of each need. */
  byNeed: readonly Int32Array[];
  /** Columns of each volunteer, pairs and teams alike. */
  byVolunteer: readonly Int32Array[];
  /** "At most one of these" rows of the no-overlap rule (only rows of two or more columns). */
  conflictRows: readonly Int32Array[];
  /** Block of each column, and the columns of each block. */
  colBlock: Int32Array;
  blocks: readonly Int32Array[];
  cadres: CadreRule;
  /** Candidate pairs weighed, individual and team (for the metrics). */
  candidatePairs: number;
}

/** Builds the joint model; throws SCOPE_TOO_LARGE (from candidateEdges) past `maxPairs`. */
export function buildJointModel(input: PlanInput, cadres: CadreRule = NO_CADRE_RULE): JointModel {
  const individualNeeds: number[] = [];
  input.needs.forEach((need, index) => {
    if (!need.servedByTeam) individualNeeds.push(index);
  });
  const pairs = candidateEdges({ ...input, needs: individualNeeds.map((i) => input.needs[i]!) });
  const candidateIndex = new Map(input.candidates.map((c, i) => [c.id, i]));
  const candidateById = new Map(input.candidates.map((c) => [c.id, c]));
  const teams = input.teams ?? [];
  const teamMembers = teams.map((team) =>
    Int32Array.from(team.memberIds, (id) => candidateIndex.get(id) ?? -1),
  );

  const teamCols: { team: number; need: number; score: number; cadres: number }[] = [];
  let teamPairs = 0;
  input.needs.forEach((need, needIndex) => {
    if (!isOpenForTeam(need)) return;
    teams.forEach((team, teamIndex) => {
      // A team goes only where at least one of its members offers the service.
      if (!team.memberIds.some((id) => candidateById.has(id) && offersCategory(candidateById.get(id)!, need)))
        return;
      const score = teamScore(team, need, candidateById, input);
      if (score === null) return;
      teamPairs += team.memberIds.length;
      const cadreCount = team.memberIds.filter((id) => candidateById.get(id)!.isCadre).length;
      teamCols.push({ team: teamIndex, need: needIndex, score, cadres: cadreCount });
    });
  });

  const pairCount = pairs.score.length;
  const columnCount = pairCount + teamCols.length;
  const colNeed = new Int32Array(columnCount);
  const colVolunteer = new Int32Array(columnCount).fill(-1);
  const colTeam = new Int32Array(columnCount).fill(-1);
  const colScore = new Float64Array(columnCount);
  const colCadres = new Int32Array(columnCount);
  for (let c = 0; c < pairCount; c++) {
    colNeed[c] = individualNeeds[pairs.need[c]!]!;
    colVolunteer[c] = pairs.volunteer[c]!;
    colScore[c] = pairs.score[c]!;
    colCadres[c] = input.candidates[pairs.volunteer[c]!]!.isCadre ? 1 : 0;
  }
  teamCols.forEach((col, i) => {
    const c = pairCount + i;
    colNeed[c] = col.need;
    colTeam[c] = col.team;
    colScore[c] = col.score;
    colCadres[c] = col.cadres;
  });

  const byNeed = groupBy(input.needs.length, columnCount, (c, push) => push(colNeed[c]!));
  const byVolunteer = groupBy(input.candidates.length, columnCount, (c, push) => {
    if (colVolunteer[c]! >= 0) push(colVolunteer[c]!);
    else for (const m of teamMembers[colTeam[c]!]!) push(m);
  });
  const conflictRows: Int32Array[] = [];
  for (const columns of byVolunteer) {
    if (columns.length > 1) conflictRows.push(...overlapCliques(columns, colNeed, input.needs));
  }
  const needCapacity = Int32Array.from(input.needs, (need) => (need.servedByTeam ? 1 : need.openPlaces));
  const groups = cadreGroupsOf(input.needs, cadres);
  const byCadreGroup = groupBy(groups.count, columnCount, (c, push) => push(groups.groupOf[colNeed[c]!]!));
  const cadreRulesApply = cadres.required || cadres.bonus > 0;
  const colBlock = blocksOf(columnCount, [
    ...byNeed,
    ...conflictRows,
    ...(cadreRulesApply ? byCadreGroup : []),
  ]);
  const blockIds = new Map<number, number>();
  const blockSizes: number[] = [];
  for (let c = 0; c < columnCount; c++) {
    let b = blockIds.get(colBlock[c]!);
    if (b === undefined) {
      blockIds.set(colBlock[c]!, (b = blockSizes.length));
      blockSizes.push(0);
    }
    colBlock[c] = b;
    blockSizes[b]!++;
  }
  const blocks = groupBy(blockSizes.length, columnCount, (c, push) => push(colBlock[c]!));
  return {
    needs: input.needs,
    candidates: input.candidates,
    teams,
    needCapacity,
    teamMembers,
    columnCount,
    colNeed,
    colVolunteer,
    colTeam,
    colScore,
    colCadres,
    cadreGroupOf: groups.groupOf,
    byCadreGroup,
    byNeed,
    byVolunteer,
    conflictRows,
    colBlock,
    blocks,
    cadres,
    candidatePairs: pairCount + teamPairs,
  };
}

/** Column lists keyed 0..keys−1, each ascending. */
function groupBy(
  keys: number,
  columns: number,
  each: (column: number, push: (key: number) => void) => void,
): Int32Array[] {
  const counts = new Int32Array(keys);
  for (let c = 0; c < columns; c++) each(c, (key) => counts[key]!++);
  const lists = Array.from(counts, (n) => new Int32Array(n));
  const filled = new Int32Array(keys);
  for (let c = 0; c < columns; c++) each(c, (key) => (lists[key]![filled[key]!++] = c));
  return lists;
}

/**
 * The maximal sets of the columns whose needs' times share a moment (half-open intervals: one
 * that ends when another starts does not overlap it), each of two or more columns.
 */
export function overlapCliques(
  columns: Int32Array,
  colNeed: Int32Array,
  needs: readonly { startsAt: number; endsAt: number }[],
): Int32Array[] {
  // Events e < k start columns[e], e ≥ k end columns[e − k]; typed arrays, since a province plan
  // has millions. Ends sort before starts at the same instant, so touching intervals never meet.
  const k = columns.length;
  const time = new Float64Array(2 * k);
  for (let i = 0; i < k; i++) {
    const need = needs[colNeed[columns[i]!]!]!;
    time[i] = need.startsAt;
    time[k + i] = need.endsAt;
  }
  const order = Int32Array.from({ length: 2 * k }, (_, e) => e).sort(
    (a, b) => time[a]! - time[b]! || Number(a < k) - Number(b < k) || (a % k) - (b % k),
  );
  const active = new Set<number>();
  const cliques: Int32Array[] = [];
  let grew = false;
  for (const e of order) {
    const c = columns[e % k]!;
    if (e < k) {
      active.add(c);
      grew = true;
    } else {
      // The set just before the first end after a start is maximal.
      if (grew && active.size > 1) cliques.push(Int32Array.from(active).sort());
      grew = false;
      active.delete(c);
    }
  }
  return cliques;
}

/** Union–find over columns: columns sharing a row end up in one block (the returned root). */
function blocksOf(columns: number, rows: readonly Int32Array[]): Int32Array {
  const parent = Int32Array.from({ length: columns }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const row of rows) {
    if (row.length < 2) continue;
    const root = find(row[0]!);
    for (let k = 1; k < row.length; k++) {
      const other = find(row[k]!);
      if (other !== root) parent[other] = root;
    }
  }
  for (let c = 0; c < columns; c++) parent[c] = find(c);
  return parent;
}

/** The people a column places, as candidate indices. */
export function membersOf(model: JointModel, column: number): ArrayLike<number> {
  const v = model.colVolunteer[column]!;
  return v >= 0 ? [v] : model.teamMembers[model.colTeam[column]!]!;
}

/** Objective of a set of chosen columns: their scores plus the cadre bonus per cadre group with a cadre. */
export function objectiveOf(model: JointModel, chosen: Iterable<number>): number {
  let total = 0;
  const withCadre = new Set<number>();
  for (const c of chosen) {
    total += model.colScore[c]!;
    if (model.colCadres[c]! > 0) withCadre.add(model.cadreGroupOf[model.colNeed[c]!]!);
  }
  return total + model.cadres.bonus * withCadre.size;
}

/**
 * With the cadre requirement, the chosen columns less those of cadre groups served without a
 * cadre (always feasible: leaving places open breaks no rule); the choice as it is otherwise.
 */
export function withoutUncoveredGroups(model: JointModel, chosen: number[]): number[] {
  if (!model.cadres.required) return chosen;
  const covered = new Set(
    chosen.filter((c) => model.colCadres[c]! > 0).map((c) => model.cadreGroupOf[model.colNeed[c]!]!),
  );
  return chosen.filter((c) => covered.has(model.cadreGroupOf[model.colNeed[c]!]!));
}
