import { ServiceCategory } from '../code-lists/service-category';
import { VolunteerRole } from '../volunteers/volunteer.entity';
import { TEAM_RULE, teamComposition } from '../teams/team-composition';

/**
 * The team formation assistant (issue 4): proposes teams for a unit from its free volunteers that
 * meet the composition rule and between them cover the categories its paired sites ask for. Pure:
 * the service loads the facts, tests feed it random ones.
 */

/** A volunteer free to join a team: active, safety-trained, in no team that is not disbanded. */
export interface VolunteerForTeam {
  id: number;
  /** createServiceTeam takes members of the team's own unit only, so teams never mix units. */
  unitId: number;
  isCadre: boolean;
  categories: readonly ServiceCategory[];
  /** Carried for the caller's display; coverage is judged by category only. */
  skills?: readonly string[];
  /** Proposed, confirmed or accepted assignments this campaign. */
  load: number;
}

export interface TeamFormationInput {
  volunteers: readonly VolunteerForTeam[];
  neededCategories: readonly ServiceCategory[];
  maxTeams?: number;
}

export interface ProposedTeamPlan {
  unitId: number;
  cadreIds: number[];
  volunteerIds: number[];
  /** Needed categories some member offers, in ServiceCategory order. */
  covers: ServiceCategory[];
}

export interface TeamFormationResult {
  teams: ProposedTeamPlan[];
  /** Needed categories no proposed team covers. */
  uncovered: ServiceCategory[];
  /** People of the input (cadres included) left out of every proposed team. */
  unplacedVolunteers: number;
}

const CATEGORY_ORDER: readonly ServiceCategory[] = Object.values(ServiceCategory);

/**
 * Strategy, and why:
 * - Count first. Each team needs at least one cadre and seven volunteers, so a unit gets
 *   min(cadres, ⌊volunteers / 7⌋) teams (capped by maxTeams): as many as the people allow, because
 *   every team formed is a team that can serve, and the sizes are spread evenly (each team gets
 *   ⌊n/t⌋ or ⌈n/t⌉ of the n ≤ 10t volunteers used), so the rule holds by construction.
 * - Coverage next. Each team in turn is seeded with the needed categories no earlier team covers
 *   (all needed categories again once every one is covered, so later teams are versatile too);
 *   its cadre and then its volunteers are picked greedily by how many of those categories they add.
 *   Greedy set cover is simple, explainable to a coordinator, and covers every category some free
 *   volunteer offers as long as there are places (one pick per category at most).
 * - Fill last, by lower campaign load then id, round-robin over the teams, so work is shared and
 *   the answer is deterministic. A second cadre joins a team only when cadres are left over.
 * Every team is checked against TEAM_RULE before it is returned; a failure is a bug, not an answer.
 */
export function proposeTeams(input: TeamFormationInput): TeamFormationResult {
  const needed = CATEGORY_ORDER.filter((c) => input.neededCategories.includes(c));
  const people = uniqueById(input.volunteers);
  let teamsLeft = input.maxTeams === undefined ? Infinity : Math.max(0, Math.floor(input.maxTeams));
  const uncovered = new Set(needed);
  const teams: ProposedTeamPlan[] = [];

  for (const [unitId, members] of byUnit(people)) {
    const cadres = members.filter((v) => v.isCadre).sort(byLoadThenId);
    const crew = members.filter((v) => !v.isCadre).sort(byLoadThenId);
    const count = Math.min(cadres.length, Math.floor(crew.length / TEAM_RULE.minVolunteers), teamsLeft);
    if (count <= 0) continue;
    teamsLeft -= count;
    const used = Math.min(crew.length, TEAM_RULE.maxVolunteers * count);
    const sizes = Array.from(
      { length: count },
      (_, i) => Math.floor(used / count) + (i < used % count ? 1 : 0),
    );
    const formed: Forming[] = [];

    for (let t = 0; t < count; t++) {
      const goal = new Set(uncovered.size > 0 ? uncovered : needed);
      const team: Forming = { cadres: [], crew: [] };
      const take = (v: VolunteerForTeam) => {
        for (const c of v.categories) {
          goal.delete(c);
          uncovered.delete(c);
        }
      };
      const cadre = pickBest(cadres, goal, true)!;
      team.cadres.push(cadre);
      take(cadre);
      while (team.crew.length < sizes[t]! && goal.size > 0) {
        const next = pickBest(crew, goal, false);
        if (!next) break;
        team.crew.push(next);
        take(next);
      }
      formed.push(team);
    }

    // The rest of the places, lowest load first, one team at a time in turn.
    let t = 0;
    for (const v of crew.splice(0)) {
      if (formed.every((team, i) => team.crew.length >= sizes[i]!)) {
        crew.push(v);
        continue;
      }
      while (formed[t]!.crew.length >= sizes[t]!) t = (t + 1) % count;
      formed[t]!.crew.push(v);
      t = (t + 1) % count;
    }

    // Cadres left over: a second one for the first teams, each chosen for what the team lacks.
    for (const team of formed) {
      if (cadres.length === 0) break;
      const lacking = new Set(needed);
      for (const m of [...team.cadres, ...team.crew]) for (const c of m.categories) lacking.delete(c);
      team.cadres.push(pickBest(cadres, lacking, true)!);
    }

    for (const team of formed) teams.push(finish(unitId, team, needed));
  }

  const covered = new Set(teams.flatMap((team) => team.covers));
  const placed = teams.reduce((sum, team) => sum + team.cadreIds.length + team.volunteerIds.length, 0);
  return {
    teams,
    uncovered: needed.filter((c) => !covered.has(c)),
    unplacedVolunteers: people.length - placed,
  };
}

interface Forming {
  cadres: VolunteerForTeam[];
  crew: VolunteerForTeam[];
}

function finish(unitId: number, team: Forming, needed: readonly ServiceCategory[]): ProposedTeamPlan {
  const roles = [
    ...team.cadres.map(() => VolunteerRole.UNION_CADRE),
    ...team.crew.map(() => VolunteerRole.VOLUNTEER),
  ];
  const composition = teamComposition(roles);
  if (!composition.valid) {
    throw new Error(
      `team formation produced ${composition.volunteers} volunteers and ${composition.cadres} cadres`,
    );
  }
  const offered = new Set([...team.cadres, ...team.crew].flatMap((m) => m.categories));
  return {
    unitId,
    cadreIds: team.cadres.map((m) => m.id),
    volunteerIds: team.crew.map((m) => m.id),
    covers: needed.filter((c) => offered.has(c)),
  };
}

/**
 * Removes and returns the member of `pool` (sorted by load, then id) adding most of `goal`; the
 * first of the pool when `orFirst` and nobody adds anything, else null.
 */
function pickBest(
  pool: VolunteerForTeam[],
  goal: ReadonlySet<ServiceCategory>,
  orFirst: boolean,
): VolunteerForTeam | null {
  let best = -1;
  let bestGain = 0;
  // Nobody adds more than the whole goal: the first who does is the pick, as a full scan would find.
  for (let i = 0; i < pool.length && bestGain < goal.size; i++) {
    const gain = gainOf(pool[i]!, goal);
    if (gain > bestGain) {
      best = i;
      bestGain = gain;
    }
  }
  if (best < 0) {
    if (!orFirst || pool.length === 0) return null;
    best = 0;
  }
  return pool.splice(best, 1)[0]!;
}

/** Distinct categories of the goal the volunteer offers; called for every person of a pool per pick, so no allocation. */
function gainOf(volunteer: VolunteerForTeam, goal: ReadonlySet<ServiceCategory>): number {
  const categories = volunteer.categories;
  let gain = 0;
  for (let i = 0; i < categories.length; i++) {
    const c = categories[i]!;
    if (goal.has(c) && categories.indexOf(c) === i) gain++;
  }
  return gain;
}

function byLoadThenId(a: VolunteerForTeam, b: VolunteerForTeam): number {
  return a.load - b.load || a.id - b.id;
}

function uniqueById(volunteers: readonly VolunteerForTeam[]): VolunteerForTeam[] {
  const seen = new Set<number>();
  return volunteers.filter((v) => !seen.has(v.id) && (seen.add(v.id), true));
}

/** Units in id order, each with its people. */
function byUnit(people: readonly VolunteerForTeam[]): [number, VolunteerForTeam[]][] {
  const units = new Map<number, VolunteerForTeam[]>();
  for (const v of people) {
    const list = units.get(v.unitId);
    if (list) list.push(v);
    else units.set(v.unitId, [v]);
  }
  return [...units].sort((a, b) => a[0] - b[0]);
}
