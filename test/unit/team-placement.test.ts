import type { AssignmentHistory } from '../../server/src/modules/assignments/assignment.rules';
import { ServiceCategory } from '../../server/src/modules/code-lists/service-category';
import type { Candidate, CandidateTeam, OpenNeed } from '../../server/src/modules/matching/matching-data';
import { DEFAULT_WEIGHTS } from '../../server/src/modules/matching/matching-weights';
import { planAssignments, type PlanInput } from '../../server/src/modules/matching/planner';
import { teamScore } from '../../server/src/modules/matching/team-placement';
import { DAY0, HOUR, mulberry32, person } from './support/matching-world';

function teamNeed(id: number, startsAt: number, overrides: Partial<OpenNeed> = {}): OpenNeed {
  return {
    id,
    siteId: id,
    category: ServiceCategory.TUTORING,
    requiredSkills: [],
    startsAt,
    endsAt: startsAt + 8 * HOUR,
    latitude: 36.6,
    longitude: 117,
    pairedUnitIds: new Set([1]),
    openPlaces: 12,
    headcount: 12,
    servedByTeam: true,
    ...overrides,
  };
}

/** A world of a few teams (some invalid or overlapping) and team-served needs, some overlapping in time. */
function randomWorld(seed: number): PlanInput & { teams: CandidateTeam[] } {
  const rand = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const candidates: Candidate[] = [];
  const teams: CandidateTeam[] = [];
  let nextId = 1;
  for (let t = 0; t < int(1, 4); t++) {
    // Mostly valid teams, with now and then one just outside the rule.
    const cadres = rand() < 0.85 ? int(1, 2) : [0, 3][int(0, 1)]!;
    const volunteers = rand() < 0.85 ? int(7, 10) : [6, 11][int(0, 1)]!;
    const memberIds: number[] = [];
    for (let i = 0; i < cadres + volunteers; i++) {
      const id = nextId++;
      memberIds.push(id);
      candidates.push(
        person(id, {
          isCadre: i < cadres,
          latitude: 35 + rand() * 2,
          longitude: 116 + rand() * 2,
          load: int(0, 3),
          safetyTrainedOn: rand() < 0.99 ? '2019-03-20' : null,
          serviceCategories: rand() < 0.8 ? [ServiceCategory.TUTORING] : [ServiceCategory.SAFETY_TALK],
        }),
      );
    }
    // Now and then someone belongs to two teams: the plan must not send them twice.
    if (t > 0 && rand() < 0.2) memberIds[memberIds.length - 1] = teams[0]!.memberIds[0]!;
    teams.push({ id: t + 1, unitId: 1, memberIds });
  }
  const needs = Array.from({ length: int(1, 3) }, (_, i) =>
    teamNeed(100 + i, DAY0 + int(0, 2) * 4 * HOUR, { openPlaces: int(9, 12), headcount: 12 }),
  );
  needs.forEach((need) => (need.headcount = need.openPlaces));
  const histories = new Map<number, AssignmentHistory>();
  for (const c of candidates) {
    if (rand() < 0.97) continue;
    const other = needs[int(0, needs.length - 1)]!;
    histories.set(c.id, {
      declinedNeedIds: new Set(rand() < 0.5 ? [other.id] : []),
      assignedNeedIds: new Set(),
      booked: [{ needId: 1, startsAt: new Date(other.startsAt), endsAt: new Date(other.endsAt) }],
    });
  }
  return { needs, candidates, histories, weights: DEFAULT_WEIGHTS, teams };
}

describe('team placement', () => {
  const seeds = Array.from({ length: 300 }, (_, i) => i + 1);

  it('sends whole valid teams only, nobody to two needs that overlap, never to a need they are barred from', async () => {
    let worldsWithTeamsPlaced = 0;
    for (const seed of seeds) {
      const world = randomWorld(seed);
      const byId = new Map(world.candidates.map((c) => [c.id, c]));
      const plan = await planAssignments(world);
      if (plan.pairs.length > 0) worldsWithTeamsPlaced++;
      const seen = new Map<number, OpenNeed[]>();
      const byNeed = new Map<number, Set<number>>();
      for (const pair of plan.pairs) {
        const need = world.needs.find((n) => n.id === pair.needId)!;
        for (const other of seen.get(pair.volunteerId) ?? []) {
          expect(other.startsAt < need.endsAt && need.startsAt < other.endsAt).toBe(false);
        }
        seen.set(pair.volunteerId, [...(seen.get(pair.volunteerId) ?? []), need]);
        expect(pair.teamId).toBeDefined();
        byNeed.set(pair.needId, (byNeed.get(pair.needId) ?? new Set()).add(pair.teamId!));
      }
      for (const [needId, teamIds] of byNeed) {
        expect(teamIds.size).toBe(1);
        const team = world.teams.find((t) => t.id === [...teamIds][0])!;
        const need = world.needs.find((n) => n.id === needId)!;
        // teamScore is null whenever a member is untrained, booked, has declined, or the rule fails.
        expect(teamScore(team, need, byId, world)).not.toBeNull();
        const onNeed = plan.pairs.filter((p) => p.needId === needId).map((p) => p.volunteerId);
        expect(onNeed.sort()).toEqual([...team.memberIds].sort());
      }
    }
    // The worlds must exercise placement, not only refusals.
    expect(worldsWithTeamsPlaced).toBeGreaterThan(seeds.length / 3);
  });

  it('refuses a team that breaks the composition rule or does not fit the places', () => {
    const members = (cadres: number, volunteers: number) =>
      Array.from({ length: cadres + volunteers }, (_, i) => person(i + 1, { isCadre: i < cadres }));
    const check = (cadres: number, volunteers: number, openPlaces = 12) => {
      const people = members(cadres, volunteers);
      const team = { id: 1, unitId: 1, memberIds: people.map((p) => p.id) };
      const need = teamNeed(1, DAY0, { openPlaces, headcount: openPlaces });
      return teamScore(team, need, new Map(people.map((p) => [p.id, p])), {
        histories: new Map(),
        weights: DEFAULT_WEIGHTS,
      });
    };
    expect(check(1, 7)).not.toBeNull();
    expect(check(2, 10)).not.toBeNull();
    expect(check(0, 8)).toBeNull();
    expect(check(3, 8)).toBeNull();
    expect(check(1, 6)).toBeNull();
    expect(check(1, 11, 12)).toBeNull();
    expect(check(2, 10, 11)).toBeNull();
  });

  it('leaves a team-served need alone once anyone holds a place in it', async () => {
    const people = Array.from({ length: 9 }, (_, i) => person(i + 1, { isCadre: i === 0 }));
    const team = { id: 1, unitId: 1, memberIds: people.map((p) => p.id) };
    const partly = teamNeed(1, DAY0, { openPlaces: 10, headcount: 12 });
    const input = { needs: [partly], candidates: people, histories: new Map(), weights: DEFAULT_WEIGHTS };
    expect((await planAssignments({ ...input, teams: [team] })).pairs).toEqual([]);
    expect(
      (await planAssignments({ ...input, needs: [{ ...partly, headcount: 10 }], teams: [team] })).pairs,
    ).toHaveLength(9);
  });

  it('never fills a team-served need with individuals', async () => {
    const people = Array.from({ length: 5 }, (_, i) => person(i + 1));
    const plan = await planAssignments({
      needs: [teamNeed(1, DAY0)],
      candidates: people,
      histories: new Map(),
      weights: DEFAULT_WEIGHTS,
      teams: [],
    });
    expect(plan.pairs).toEqual([]);
    expect(plan.metrics.openPlaces).toBe(12);
  });
});
