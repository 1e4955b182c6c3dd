import { ServiceCategory } from '../../server/src/modules/code-lists/service-category';
import {
  proposeTeams,
  type TeamFormationResult,
  type VolunteerForTeam,
} from '../../server/src/modules/matching/team-formation';
import { TEAM_RULE, teamComposition } from '../../server/src/modules/teams/team-composition';
import { VolunteerRole } from '../../server/src/modules/volunteers/volunteer.entity';

/** Tiny seeded PRNG so a failing random case reproduces from its seed. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = Object.values(ServiceCategory);

function randomCase(seed: number) {
  const random = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const units = int(1, 3);
  const volunteers: VolunteerForTeam[] = [];
  const size = int(0, 70);
  for (let i = 0; i < size; i++) {
    const categories = CATEGORIES.filter(() => random() < 0.15);
    volunteers.push({
      id: int(1, 5) * 1000 + i,
      unitId: int(1, units),
      isCadre: random() < int(0, 3) / 10,
      categories,
      skills: [],
      load: int(0, 3),
    });
  }
  const neededCategories = CATEGORIES.filter(() => random() < 0.35);
  const maxTeams = random() < 0.2 ? int(0, 4) : undefined;
  return { volunteers, neededCategories, maxTeams };
}

function expectWellFormed(
  input: { volunteers: VolunteerForTeam[]; neededCategories: ServiceCategory[]; maxTeams?: number },
  result: TeamFormationResult,
) {
  const byId = new Map(input.volunteers.map((v) => [v.id, v]));
  const seen = new Set<number>();
  const covered = new Set<ServiceCategory>();
  for (const team of result.teams) {
    const members = [...team.cadreIds, ...team.volunteerIds].map((id) => byId.get(id)!);
    expect(members.every(Boolean)).toBe(true);
    for (const m of members) {
      expect(seen.has(m.id)).toBe(false);
      seen.add(m.id);
      expect(m.unitId).toBe(team.unitId);
    }
    for (const id of team.cadreIds) expect(byId.get(id)!.isCadre).toBe(true);
    for (const id of team.volunteerIds) expect(byId.get(id)!.isCadre).toBe(false);
    const roles = members.map((m) => (m.isCadre ? VolunteerRole.UNION_CADRE : VolunteerRole.VOLUNTEER));
    expect(teamComposition(roles).valid).toBe(true);
    const offered = new Set(members.flatMap((m) => m.categories));
    expect(team.covers).toEqual(
      CATEGORIES.filter((c) => input.neededCategories.includes(c) && offered.has(c)),
    );
    for (const c of team.covers) covered.add(c);
  }
  expect(result.uncovered).toEqual(
    CATEGORIES.filter((c) => input.neededCategories.includes(c) && !covered.has(c)),
  );
  expect(result.unplacedVolunteers).toBe(input.volunteers.length - seen.size);
}

describe('proposeTeams', () => {
  it.each(Array.from({ length: 200 }, (_, i) => i + 1))(
    'random case %i: valid teams, nobody twice, as many teams as people allow',
    (seed) => {
      const input = randomCase(seed);
      const result = proposeTeams(input);
      expectWellFormed(input, result);
      // As many teams as cadres and volunteers allow, unit by unit, up to maxTeams.
      const possible = [...new Set(input.volunteers.map((v) => v.unitId))]
        .map((unitId) => {
          const people = input.volunteers.filter((v) => v.unitId === unitId);
          const cadres = people.filter((v) => v.isCadre).length;
          return Math.min(cadres, Math.floor((people.length - cadres) / TEAM_RULE.minVolunteers));
        })
        .reduce((a, b) => a + b, 0);
      expect(result.teams.length).toBe(Math.min(possible, input.maxTeams ?? Infinity));
      // Deterministic, whatever the order of the input.
      expect(proposeTeams({ ...input, volunteers: [...input.volunteers].reverse() })).toEqual(result);
      // With at most seven needed categories, one forming team per unit is enough room to cover every
      // category some free volunteer of such a unit offers.
      if (input.neededCategories.length <= TEAM_RULE.minVolunteers) {
        const teamedUnits = new Set(result.teams.map((t) => t.unitId));
        const offered = new Set(
          input.volunteers
            .filter((v) => !v.isCadre && teamedUnits.has(v.unitId))
            .flatMap((v) => v.categories),
        );
        for (const c of result.uncovered) expect(offered.has(c)).toBe(false);
      }
    },
  );

  it('covers every needed category when the people allow it, even against the load order', () => {
    let id = 0;
    const person = (categories: ServiceCategory[], load: number, isCadre = false): VolunteerForTeam => ({
      id: ++id,
      unitId: 7,
      isCadre,
      categories,
      skills: [],
      load,
    });
    const cadres = [person([], 0, true), person([ServiceCategory.POLICY_CONSULTING], 5, true)];
    const common = Array.from({ length: 22 }, () => person([ServiceCategory.TUTORING], 0));
    // The rare ones carry the most load: filling by load alone would leave every one of them out.
    const rare = [
      person([ServiceCategory.MEDICAL_SERVICE], 9),
      person([ServiceCategory.CULTURE, ServiceCategory.TECH_SERVICE], 9),
      person([ServiceCategory.SAFETY_TALK], 9),
    ];
    const input = {
      volunteers: [...cadres, ...common, ...rare],
      neededCategories: [
        ServiceCategory.TUTORING,
        ServiceCategory.MEDICAL_SERVICE,
        ServiceCategory.CULTURE,
        ServiceCategory.TECH_SERVICE,
        ServiceCategory.SAFETY_TALK,
        ServiceCategory.POLICY_CONSULTING,
      ],
    };
    const result = proposeTeams(input);
    expectWellFormed(input, result);
    expect(result.teams).toHaveLength(2);
    expect(result.uncovered).toEqual([]);
    const placed = result.teams.flatMap((t) => [...t.cadreIds, ...t.volunteerIds]);
    for (const v of [...rare, cadres[1]!]) expect(placed).toContain(v.id);
    // 25 volunteers, room for 20: spread 10 and 10, five left over.
    expect(result.teams.map((t) => t.volunteerIds.length)).toEqual([10, 10]);
    expect(result.unplacedVolunteers).toBe(5);
  });

  describe('with too few people', () => {
    const make = (cadres: number, volunteers: number, unitOf = (_i: number, _cadre: boolean) => 1) => {
      const people: VolunteerForTeam[] = [];
      for (let i = 0; i < cadres + volunteers; i++) {
        const isCadre = i < cadres;
        people.push({ id: i + 1, unitId: unitOf(i, isCadre), isCadre, categories: [], load: 0 });
      }
      return people;
    };

    it('forms no team without a cadre, or without seven volunteers', () => {
      for (const volunteers of [make(0, 30), make(3, 6), make(0, 0)]) {
        const result = proposeTeams({ volunteers, neededCategories: [ServiceCategory.TUTORING] });
        expect(result.teams).toEqual([]);
        expect(result.uncovered).toEqual([ServiceCategory.TUTORING]);
        expect(result.unplacedVolunteers).toBe(volunteers.length);
      }
    });

    it('forms as many teams as the scarcer of cadres and volunteers allows', () => {
      // One cadre: one team of ten, the other twenty volunteers wait.
      const fewCadres = proposeTeams({ volunteers: make(1, 30), neededCategories: [] });
      expect(fewCadres.teams.map((t) => [t.cadreIds.length, t.volunteerIds.length])).toEqual([[1, 10]]);
      expect(fewCadres.unplacedVolunteers).toBe(20);
      // Five cadres but fifteen volunteers: two teams (8 + 7), each with a second cadre, one cadre left.
      const fewVolunteers = proposeTeams({ volunteers: make(5, 15), neededCategories: [] });
      expect(fewVolunteers.teams.map((t) => [t.cadreIds.length, t.volunteerIds.length])).toEqual([
        [2, 8],
        [2, 7],
      ]);
      expect(fewVolunteers.unplacedVolunteers).toBe(1);
    });

    it('never mixes units, and stops at maxTeams', () => {
      // The cadre is in one unit and the volunteers in another: no team.
      const split = make(1, 10, (_i, cadre) => (cadre ? 1 : 2));
      expect(proposeTeams({ volunteers: split, neededCategories: [] }).teams).toEqual([]);
      const capped = proposeTeams({ volunteers: make(4, 40), neededCategories: [], maxTeams: 2 });
      expect(capped.teams).toHaveLength(2);
      expect(proposeTeams({ volunteers: make(4, 40), neededCategories: [], maxTeams: 0 }).teams).toEqual([]);
    });
  });
});
