import type { AssignmentHistory } from '../../server/src/modules/assignments/assignment.rules';
import { ServiceCategory } from '../../server/src/modules/code-lists/service-category';
import type { CandidateTeam, OpenNeed } from '../../server/src/modules/matching/matching-data';
import { DEFAULT_WEIGHTS } from '../../server/src/modules/matching/matching-weights';
import { planAssignments, type Plan, type PlanInput } from '../../server/src/modules/matching/planner';
import { exhaustiveBest } from './support/exhaustive-plan';
import { DAY0, HOUR, mulberry32, person } from './support/matching-world';

const { TUTORING, SAFETY_TALK } = ServiceCategory;

function need(id: number, overrides: Partial<OpenNeed> = {}): OpenNeed {
  return {
    id,
    siteId: id,
    category: TUTORING,
    requiredSkills: [],
    startsAt: DAY0 + 8 * HOUR,
    endsAt: DAY0 + 16 * HOUR,
    latitude: 36.6,
    longitude: 117,
    pairedUnitIds: new Set([1]),
    openPlaces: 2,
    ...overrides,
  };
}

/** Team-served and individual needs over people shared between teams, cadre rules now and then. */
function randomWorld(seed: number): PlanInput {
  const rand = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const people = Array.from({ length: int(9, 12) }, (_, i) =>
    person(i + 1, {
      isCadre: i < 3 ? true : rand() < 0.1,
      serviceCategories: rand() < 0.5 ? [TUTORING, SAFETY_TALK] : [rand() < 0.6 ? TUTORING : SAFETY_TALK],
      latitude: 36 + rand(),
      longitude: 116.5 + rand(),
      load: int(0, 2),
      windows: rand() < 0.97 ? [[DAY0, DAY0 + (rand() < 0.97 ? 24 : int(6, 20)) * HOUR]] : [],
      safetyTrainedOn: rand() < 0.98 ? '2019-03-20' : null,
    }),
  );
  const cadres = people.filter((p) => p.isCadre);
  const others = people.filter((p) => !p.isCadre);
  const teams: CandidateTeam[] = [];
  for (let t = 0; t < int(1, 3); t++) {
    // A team of one or two cadres and seven or eight others, drawn from the same people: members are shared.
    const pick = <T>(from: T[], n: number) =>
      from
        .map((x) => [rand(), x] as const)
        .sort((a, b) => a[0] - b[0])
        .slice(0, n)
        .map(([, x]) => x);
    const members = [...pick(cadres, int(1, 2)), ...pick(others, Math.min(others.length, int(7, 8)))];
    teams.push({ id: t + 1, unitId: 1, memberIds: members.map((m) => m.id).sort((a, b) => a - b) });
  }
  const window = () => {
    const startsAt = DAY0 + int(0, 3) * 4 * HOUR;
    return { startsAt, endsAt: startsAt + int(2, 8) * HOUR };
  };
  const needs: OpenNeed[] = [];
  for (let i = 0; i < int(seed % 7 === 0 ? 0 : 1, 2); i++) {
    const places = int(9, 11);
    needs.push(
      need(needs.length + 1, {
        ...window(),
        siteId: int(1, 2), // needs share sites, so a site and day can have several
        category: rand() < 0.7 ? TUTORING : SAFETY_TALK,
        servedByTeam: true,
        openPlaces: places,
        headcount: rand() < 0.9 ? places : places + 1,
      }),
    );
  }
  for (let i = 0; i < int(1, 2); i++) {
    needs.push(
      need(needs.length + 1, {
        ...window(),
        siteId: int(1, 2),
        category: rand() < 0.5 ? TUTORING : SAFETY_TALK,
        openPlaces: int(1, 2),
      }),
    );
  }
  const histories = new Map<number, AssignmentHistory>();
  for (const p of people) {
    if (rand() < 0.92) continue;
    const other = window();
    histories.set(p.id, {
      declinedNeedIds: new Set(),
      assignedNeedIds: new Set(),
      booked: [{ needId: 99, startsAt: new Date(other.startsAt), endsAt: new Date(other.endsAt) }],
    });
  }
  return {
    needs,
    candidates: people,
    histories,
    weights: DEFAULT_WEIGHTS,
    teams,
    includeUnavailable: rand() < 0.3,
    cadres: {
      bonus: rand() < 0.5 ? 0 : 0.3,
      required: rand() < 0.25,
      per: rand() < 0.4 ? 'SITE_DAY' : 'NEED',
    },
  };
}

/** Every rule of a plan, checked from its pairs. */
function expectKeepsTheRules(input: PlanInput, plan: Plan): void {
  const needById = new Map(input.needs.map((n) => [n.id, n]));
  const byNeed = new Map<number, typeof plan.pairs>();
  for (const pair of plan.pairs) byNeed.set(pair.needId, [...(byNeed.get(pair.needId) ?? []), pair]);
  for (const [needId, pairs] of byNeed) {
    const n = needById.get(needId)!;
    expect(pairs.length).toBeLessThanOrEqual(n.openPlaces);
    if (n.servedByTeam) {
      const teamIds = new Set(pairs.map((p) => p.teamId));
      expect(teamIds.size).toBe(1);
      const team = input.teams!.find((t) => t.id === [...teamIds][0])!;
      expect(pairs.map((p) => p.volunteerId).sort((a, b) => a - b)).toEqual(
        [...team.memberIds].sort((a, b) => a - b),
      );
    } else {
      expect(pairs.every((p) => p.teamId === undefined)).toBe(true);
    }
  }
  if (input.cadres?.required) {
    // Every need — or every site on every China-time day — served has a union cadre among its people.
    const groupOf = (n: OpenNeed) =>
      input.cadres!.per === 'SITE_DAY'
        ? `${n.siteId}/${new Date(n.startsAt + 8 * HOUR).toISOString().slice(0, 10)}`
        : `need ${n.id}`;
    const covered = new Map<string, boolean>();
    for (const pair of plan.pairs) {
      const group = groupOf(needById.get(pair.needId)!);
      const cadre = input.candidates.find((c) => c.id === pair.volunteerId)!.isCadre;
      covered.set(group, (covered.get(group) ?? false) || cadre);
    }
    expect([...covered.values()].every(Boolean)).toBe(true);
  }
  const byPerson = new Map<number, OpenNeed[]>();
  for (const pair of plan.pairs) {
    byPerson.set(pair.volunteerId, [...(byPerson.get(pair.volunteerId) ?? []), needById.get(pair.needId)!]);
  }
  for (const needs of byPerson.values()) {
    for (const a of needs) {
      for (const b of needs) {
        if (a !== b) expect(a.startsAt < b.endsAt && b.startsAt < a.endsAt).toBe(false);
      }
    }
  }
}

describe('the joint plan: teams and individuals together', () => {
  const seeds = Array.from({ length: 150 }, (_, i) => i + 1);

  it('finds the exhaustive optimum on random worlds with shared members, several needs per person and cadre rules', async () => {
    let withTeams = 0;
    let withSharedMembers = 0;
    let solvedByHighs = 0;
    for (const seed of seeds) {
      const input = randomWorld(seed);
      const plan = await planAssignments(input);
      const best = exhaustiveBest(input);
      expect({ seed, objective: plan.metrics.objective }).toEqual({
        seed,
        objective: expect.closeTo(best, 9),
      });
      expect(plan.metrics.optimalityGap).toBeLessThanOrEqual(1e-4);
      expect(plan.metrics.objectiveBound).toBeGreaterThanOrEqual(best - 1e-9);
      expectKeepsTheRules(input, plan);
      if (plan.pairs.some((p) => p.teamId !== undefined)) withTeams++;
      if (plan.metrics.solver === 'HIGHS') solvedByHighs++;
      const members = input.teams!.flatMap((t) => t.memberIds);
      if (new Set(members).size < members.length) withSharedMembers++;
    }
    // The worlds must exercise teams and shared members, not only refusals.
    expect(withTeams).toBeGreaterThan(seeds.length / 4);
    expect(withSharedMembers).toBeGreaterThan(seeds.length / 4);
    expect(solvedByHighs).toBeGreaterThan(seeds.length / 10); // and the MIP path, not only the flow
  });

  it('keeps the rules and a true bound when the mixed-integer solver may not run', async () => {
    let unproven = 0;
    for (const seed of seeds) {
      const input = {
        ...randomWorld(seed),
        limits: { timeLimitSeconds: 10, maxMipColumns: 0, relativeGap: 1e-4 },
      };
      const plan = await planAssignments(input);
      const best = exhaustiveBest(input);
      expectKeepsTheRules(input, plan);
      expect(plan.metrics.objective).toBeLessThanOrEqual(best + 1e-9);
      expect(plan.metrics.objectiveBound).toBeGreaterThanOrEqual(best - 1e-9);
      if (plan.metrics.solver === 'HEURISTIC') {
        unproven++;
        const { objective, objectiveBound } = plan.metrics;
        expect(plan.metrics.optimalityGap).toBeCloseTo((objectiveBound - objective) / objectiveBound, 12);
      } else {
        expect(plan.metrics.solver).toBe('MIN_COST_FLOW');
        expect(plan.metrics.objective).toBeCloseTo(best, 9);
      }
    }
    expect(unproven).toBeGreaterThan(0);
  });

  it('gives the near team the individual need when the far team can take the team-served one', async () => {
    // T1 is near and offers tutoring and safety talks; T2 is 100 km away and offers tutoring only.
    const t1 = Array.from({ length: 9 }, (_, i) =>
      person(i + 1, { isCadre: i === 0, serviceCategories: [TUTORING, SAFETY_TALK] }),
    );
    const t2 = Array.from({ length: 9 }, (_, i) => person(i + 11, { isCadre: i === 0, latitude: 37.5 }));
    const input: PlanInput = {
      needs: [
        need(1, { servedByTeam: true, openPlaces: 9, headcount: 9 }),
        need(2, { category: SAFETY_TALK, openPlaces: 9 }),
      ],
      candidates: [...t1, ...t2],
      histories: new Map(),
      weights: DEFAULT_WEIGHTS,
      teams: [
        { id: 1, unitId: 1, memberIds: t1.map((p) => p.id) },
        { id: 2, unitId: 1, memberIds: t2.map((p) => p.id) },
      ],
    };
    const plan = await planAssignments(input);
    expect(plan.metrics.plannedPlaces).toBe(18);
    expect(plan.metrics.objective).toBeCloseTo(exhaustiveBest(input), 9);
    expect(new Set(plan.pairs.filter((p) => p.needId === 1).map((p) => p.teamId))).toEqual(new Set([2]));
    expectKeepsTheRules(input, plan);
  });

  it('sends another team when two of the best share a member', async () => {
    const a = Array.from({ length: 9 }, (_, i) => person(i + 1, { isCadre: i === 0 }));
    const b = [a[0]!, ...Array.from({ length: 8 }, (_, i) => person(i + 11))]; // shares a's cadre
    const c = Array.from({ length: 9 }, (_, i) => person(i + 21, { isCadre: i === 0, latitude: 37.2 }));
    const input: PlanInput = {
      needs: [
        need(1, { servedByTeam: true, openPlaces: 10, headcount: 10 }),
        need(2, { servedByTeam: true, openPlaces: 10, headcount: 10 }),
      ],
      candidates: [...a, ...b.slice(1), ...c],
      histories: new Map(),
      weights: DEFAULT_WEIGHTS,
      teams: [
        { id: 1, unitId: 1, memberIds: a.map((p) => p.id) },
        { id: 2, unitId: 1, memberIds: b.map((p) => p.id) },
        { id: 3, unitId: 1, memberIds: c.map((p) => p.id) },
      ],
    };
    const plan = await planAssignments(input);
    expect(plan.metrics.plannedPlaces).toBe(18);
    expect(plan.metrics.objective).toBeCloseTo(exhaustiveBest(input), 9);
    expect(new Set(plan.pairs.map((p) => p.teamId))).toContain(3);
    expectKeepsTheRules(input, plan);
  });

  it('gives one person several needs whose times do not overlap, and never two that do', async () => {
    const morning = need(1, { openPlaces: 1, startsAt: DAY0 + 8 * HOUR, endsAt: DAY0 + 12 * HOUR });
    const afternoon = need(2, { openPlaces: 1, startsAt: DAY0 + 12 * HOUR, endsAt: DAY0 + 17 * HOUR });
    const lunch = need(3, { openPlaces: 1, startsAt: DAY0 + 11 * HOUR, endsAt: DAY0 + 13 * HOUR });
    const input: PlanInput = {
      needs: [morning, afternoon],
      candidates: [person(1)],
      histories: new Map(),
      weights: DEFAULT_WEIGHTS,
    };
    const both = await planAssignments(input);
    expect(both.pairs.map((p) => p.needId)).toEqual([1, 2]);
    expect(both.metrics.solver).toBe('MIN_COST_FLOW');
    expect(both.metrics.optimalityGap).toBe(0);
    // Lunch overlaps both: the best is still morning and afternoon, never lunch with either.
    const chain = await planAssignments({ ...input, needs: [morning, afternoon, lunch] });
    expect(chain.pairs.map((p) => p.needId)).toEqual([1, 2]);
    expect(chain.metrics.optimalityGap).toBeLessThanOrEqual(1e-4);
  });

  it('weighs union cadres as a goal or a requirement, as asked', async () => {
    // Two one-place needs; the cadre scores a little lower than the volunteer on each.
    const volunteer = person(1);
    const cadre = person(2, { isCadre: true, latitude: 36.9 });
    const input: PlanInput = {
      needs: [
        need(1, { openPlaces: 1 }),
        need(2, { openPlaces: 1, startsAt: DAY0 + 30 * HOUR, endsAt: DAY0 + 34 * HOUR }),
      ],
      candidates: [volunteer, cadre],
      histories: new Map(),
      weights: DEFAULT_WEIGHTS,
    };
    const plain = await planAssignments(input);
    expect(plain.metrics.cadreCoverage).toBe(0);
    expect(plain.pairs.every((p) => p.volunteerId === 1)).toBe(true);
    const goal = await planAssignments({ ...input, cadres: { bonus: 0.5, required: false } });
    expect(goal.metrics.cadreCoverage).toBe(1);
    expect(goal.metrics.objective).toBeCloseTo(
      exhaustiveBest({ ...input, cadres: { bonus: 0.5, required: false } }),
      9,
    );
    const needsFilled = (plan: Plan) => new Set(plan.pairs.map((p) => p.needId)).size;
    expect(needsFilled(goal)).toBe(2);
    const required = await planAssignments({
      ...input,
      needs: [need(1, { openPlaces: 2 })],
      cadres: { bonus: 0, required: true },
    });
    expect(required.pairs.map((p) => p.volunteerId).sort()).toEqual([1, 2]);
    const noCadre = await planAssignments({
      ...input,
      candidates: [volunteer],
      cadres: { bonus: 0, required: true },
    });
    expect(noCadre.pairs).toEqual([]);
  });

  it('requires a cadre per site and day instead of per need, when asked', async () => {
    // One site, one day, two needs: a morning need the cadre can serve and an afternoon need only a volunteer can.
    const cadre = person(1, { isCadre: true });
    const volunteer = person(2, { serviceCategories: [SAFETY_TALK] });
    const input: PlanInput = {
      needs: [
        need(1, { siteId: 7, openPlaces: 1, startsAt: DAY0 + 1 * HOUR, endsAt: DAY0 + 4 * HOUR }),
        need(2, {
          siteId: 7,
          category: SAFETY_TALK,
          openPlaces: 1,
          startsAt: DAY0 + 5 * HOUR,
          endsAt: DAY0 + 8 * HOUR,
        }),
      ],
      candidates: [cadre, volunteer],
      histories: new Map(),
      weights: DEFAULT_WEIGHTS,
    };
    const perNeed = await planAssignments({ ...input, cadres: { bonus: 0, required: true, per: 'NEED' } });
    expect(perNeed.pairs.map((p) => p.needId)).toEqual([1]);
    const perSiteDay = await planAssignments({
      ...input,
      cadres: { bonus: 0, required: true, per: 'SITE_DAY' },
    });
    expect(perSiteDay.pairs.map((p) => p.needId)).toEqual([1, 2]);
    // On another day the afternoon need has no cadre of its own day, and stays open.
    const nextDay = input.needs.map((n) =>
      n.id === 2 ? { ...n, startsAt: n.startsAt + 24 * HOUR, endsAt: n.endsAt + 24 * HOUR } : n,
    );
    const apart = await planAssignments({
      ...input,
      needs: nextDay,
      cadres: { bonus: 0, required: true, per: 'SITE_DAY' },
    });
    expect(apart.pairs.map((p) => p.needId)).toEqual([1]);
    for (const plan of [perNeed, perSiteDay, apart])
      expect(plan.metrics.optimalityGap).toBeLessThanOrEqual(1e-4);
  });

  it('never sends a team to a need none of its members offers', async () => {
    const members = Array.from({ length: 9 }, (_, i) =>
      person(i + 1, { isCadre: i === 0, serviceCategories: [ServiceCategory.CULTURE] }),
    );
    const plan = await planAssignments({
      needs: [
        need(1, {
          category: ServiceCategory.MEDICAL_SERVICE,
          servedByTeam: true,
          openPlaces: 9,
          headcount: 9,
        }),
      ],
      candidates: members,
      histories: new Map(),
      weights: DEFAULT_WEIGHTS,
      teams: [{ id: 1, unitId: 1, memberIds: members.map((p) => p.id) }],
    });
    expect(plan.pairs).toEqual([]);
  });
});
