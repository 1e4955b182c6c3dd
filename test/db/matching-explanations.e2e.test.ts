import { In } from 'typeorm';
import { Role, SYSTEM_ACTOR } from '../../server/src/core/actor';
import { AssignmentService } from '../../server/src/modules/assignments/assignment.service';
import { CampaignService } from '../../server/src/modules/campaigns/campaign.service';
import { ServiceCategory } from '../../server/src/modules/code-lists/service-category';
import { ServiceNeedStatus } from '../../server/src/modules/needs/service-need.entity';
import { ServiceNeedService } from '../../server/src/modules/needs/service-need.service';
import { SiteKind } from '../../server/src/modules/sites/site.entity';
import { SiteService } from '../../server/src/modules/sites/site.service';
import { UnitService } from '../../server/src/modules/units/unit.service';
import { Honour, Volunteer } from '../../server/src/modules/volunteers/volunteer.entity';
import { VolunteerService } from '../../server/src/modules/volunteers/volunteer.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seeds/seed';
import { mobile, residentId } from '../support/fixtures';
import { testDbKind } from '../support/test-database';
import { startTestServer, type TestServer, type VariablesOf } from '../support/test-server';
import { graphql } from '../graphql';

// Selections several operations of this file read alike.
graphql(`
  fragment MatchingExplanationsMatchSuggestionFields on MatchSuggestion {
    volunteerId
    needId
    score
    distanceKm
    parts {
      skill
      availability
      distance
      pairing
      load
      honour
    }
  }
`);
graphql(`
  fragment MatchingExplanationsMatchingWeightsFields on MatchingWeights {
    skill
    availability
    distance
    pairing
    load
    honour
  }
`);
graphql(`
  fragment MatchingExplanationsScorePartsViewFields on ScorePartsView {
    skill
    availability
    distance
    pairing
    load
    honour
  }
`);

const EXPLAINED = graphql(`
  query MatchingExplanationsExplained($n: ID!, $w: MatchingWeightsInput, $all: Boolean) {
    matchingSuggestionsExplained(needId: $n, limit: 100, weights: $w, includeUnavailable: $all) {
      suggestions {
        ...MatchingExplanationsMatchSuggestionFields
      }
      weights {
        ...MatchingExplanationsMatchingWeightsFields
      }
      refused {
        volunteerId
        rules
      }
    }
  }
`);
const PLAIN = graphql(`
  query MatchingExplanationsPlain($n: ID!, $w: MatchingWeightsInput, $all: Boolean) {
    matchingSuggestions(needId: $n, limit: 100, weights: $w, includeUnavailable: $all) {
      ...MatchingExplanationsMatchSuggestionFields
    }
  }
`);
const EXPLAIN = graphql(`
  query MatchingExplanationsExplain($n: ID!, $v: ID!, $w: MatchingWeightsInput, $all: Boolean) {
    matchingExplanation(needId: $n, volunteerId: $v, weights: $w, includeUnavailable: $all) {
      volunteerId
      needId
      eligible
      rules
      score
      distanceKm
      parts {
        ...MatchingExplanationsScorePartsViewFields
      }
      weights {
        ...MatchingExplanationsMatchingWeightsFields
      }
    }
  }
`);
const HONOUR_ONLY = { skill: 0, availability: 0, distance: 0, pairing: 0, load: 0, honour: 1 };

type Rule = string;
interface Explained {
  suggestions: {
    volunteerId: string;
    needId: string;
    score: number;
    distanceKm: number | null;
    parts: object;
  }[];
  weights: Record<string, number>;
  refused: { volunteerId: string; rules: Rule[] }[];
}

/**
 * Explanations must say what the planner did: the weights it used, and for each person left out
 * the rules that left them out, worked out by the same functions. One crafted volunteer breaks
 * each rule; the demo volunteers of the unit give the lists some variety.
 */
describe(`matching explains who it leaves out, and why (${testDbKind()})`, () => {
  let server: TestServer;
  let coordinator: string;
  let campaignId: string;
  let unitId: number;
  let scope: number[];
  let needId: string;
  let fullNeedId: string;
  let siteId: number;
  /** The crafted volunteers by the rule each breaks ('' for the eligible ones). */
  const crafted: Record<string, number> = {};
  let outsider: number;
  let counter = 9000;

  /** A new need ends in the future and lies within its campaign: these go in one of next year's. */
  const year = new Date().getUTCFullYear() + 1;
  const day = `${year}-07-10`;
  const at = (time: string) => new Date(`${day}T${time}:00+08:00`);

  beforeAll(async () => {
    server = await startTestServer({ seed: { volunteers: 600 } });
    coordinator = await server.login(DEMO_ACCOUNTS.coordinator.username, DEMO_PASSWORD);
    const me = await server.gql(
      graphql(`
        query MatchingExplanationsMe {
          me {
            unitId
          }
        }
      `),
      {},
      { token: coordinator },
    );
    unitId = Number(me.data!.me.unitId);
    const ds = server.dataSource;
    const campaign = await new CampaignService(ds, SYSTEM_ACTOR).create({
      year,
      name: `${year}年助力乡村振兴教职工志愿服务活动`,
      startsOn: `${year}-03-01`,
      endsOn: `${year}-10-31`,
      phases: [],
      milestones: [],
    });
    campaignId = String(campaign.id);
    scope = await new UnitService(ds, SYSTEM_ACTOR).subtreeIds(unitId);

    const site = await new SiteService(ds, SYSTEM_ACTOR).create({
      ownerUnitId: String(unitId),
      name: '平阴县孝直镇解释村',
      kind: SiteKind.VILLAGE,
      areaCode: '370124',
      latitude: 36.28,
      longitude: 116.45,
    });
    siteId = site.id;
    const needs = new ServiceNeedService(ds, SYSTEM_ACTOR);
    const post = async (title: string, headcount: number, startsAt: Date, endsAt: Date) =>
      String(
        (
          await needs.post({
            siteId: String(site.id),
            campaignId,
            title,
            category: ServiceCategory.TUTORING,
            headcount,
            startsAt,
            endsAt,
          })
        ).id,
      );
    needId = await post('暑期学习辅导（解释）', 5, at('09:00'), at('12:00'));
    const overlapping = await post('暑期学习辅导（重叠）', 5, at('11:00'), at('13:00'));
    fullNeedId = await post('暑期学习辅导（名额已满）', 1, at('14:00'), at('16:00'));

    const person = async (
      rule: string,
      overrides: Partial<{
        serviceCategories: ServiceCategory[];
        safetyTrainedOn: string | null;
        honours: Honour[];
        availability: { startsAt: Date; endsAt: Date }[];
      }> = {},
    ) => {
      const n = ++counter;
      const volunteer = await new VolunteerService(ds, SYSTEM_ACTOR).create({
        name: `解释${'甲乙丙丁戊己庚辛壬癸'[n % 10]}${'子丑寅卯辰巳午未申酉戌亥'[Math.floor(n / 10) % 12]}`,
        documentNumber: residentId('370124', '19860101', n % 1000),
        mobile: mobile(n),
        unitId: String(unitId),
        homeAreaCode: '370124',
        homeLatitude: 36.2 + (n % 10) / 100,
        homeLongitude: 116.4,
        serviceCategories: [ServiceCategory.TUTORING],
        honours: [Honour.MODEL_WORKER],
        safetyTrainedOn: '2019-03-20',
        availability: [{ startsAt: at('00:00'), endsAt: at('23:00') }],
        ...overrides,
      });
      crafted[rule] = volunteer.id;
      return volunteer.id;
    };
    await person('');
    await person('ZERO_SCORE', { honours: [] }); // eligible unless only honours count
    await person('FILLER');
    await person('INACTIVE');
    await person('NO_SAFETY_TRAINING', { safetyTrainedOn: null });
    await person('DECLINED_BEFORE');
    await person('ALREADY_ASSIGNED');
    await person('DOUBLE_BOOKED');
    await person('CANCELLED_BY_COORDINATOR');
    await person('OUTSIDE_AVAILABILITY', { availability: [{ startsAt: at('10:00'), endsAt: at('23:00') }] });
    await person('CATEGORY_NOT_OFFERED', { serviceCategories: [ServiceCategory.MEDICAL_SERVICE] });
    await ds.getRepository(Volunteer).update(crafted.INACTIVE!, { active: false });

    const assignments = new AssignmentService(ds, SYSTEM_ACTOR);
    await assignments.propose(Number(needId), [crafted.ALREADY_ASSIGNED!]);
    await assignments.propose(Number(overlapping), [crafted.DOUBLE_BOOKED!]);
    await assignments.propose(Number(fullNeedId), [crafted.FILLER!]);
    const [toCancel] = await assignments.propose(Number(needId), [crafted.CANCELLED_BY_COORDINATOR!]);
    await assignments.cancel(toCancel!.id, '另有安排');
    const [toDecline] = await assignments.propose(Number(needId), [crafted.DECLINED_BEFORE!]);
    const decliner = await server.signInAs({
      username: 'explained-decliner',
      role: Role.VOLUNTEER,
      volunteerId: String(crafted.DECLINED_BEFORE),
    });
    const declined = await server.gql(
      graphql(`
        mutation MatchingExplanationsRespondToAssignment($id: ID!) {
          respondToAssignment(id: $id, accept: false, reason: "家中有事") {
            status
          }
        }
      `),
      { id: String(toDecline!.id) },
      { token: decliner },
    );
    expect(declined.data!.respondToAssignment.status).toBe('DECLINED');

    const [other] = await ds
      .getRepository(Volunteer)
      .query(
        `SELECT id FROM volunteer WHERE unitId NOT IN (${scope.map(() => '?').join(', ')}) ORDER BY id LIMIT 1`,
        scope,
      );
    outsider = Number(other.id);
  }, 120_000);

  afterAll(() => server.stop());

  const explained = async (
    need: string,
    variables: { w?: object; all?: boolean } = {},
    token: string = coordinator,
  ): Promise<Explained> => {
    const response = await server.gql(EXPLAINED, { n: need, ...variables }, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.matchingSuggestionsExplained;
  };

  const explain = async (volunteerId: number, variables: { w?: object; all?: boolean } = {}) => {
    const response = await server.gql(
      EXPLAIN,
      { n: needId, v: String(volunteerId), ...variables },
      { token: coordinator },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.matchingExplanation;
  };

  /** Everyone in the coordinator's scope (stopped or not) who offers tutoring. */
  const offering = async (): Promise<string[]> => {
    const volunteers = await server.dataSource.getRepository(Volunteer).findBy({ unitId: In(scope) });
    return volunteers
      .filter((v) => v.serviceCategories.includes(ServiceCategory.TUTORING))
      .map((v) => String(v.id))
      .sort();
  };

  it('returns the suggestions matchingSuggestions gives, and the weights they were scored with', async () => {
    const campaign = await server.gql(
      graphql(`
        query MatchingExplanationsCampaign($c: ID) {
          campaign(id: $c) {
            matchingWeights {
              ...MatchingExplanationsMatchingWeightsFields
            }
          }
        }
      `),
      { c: campaignId },
    );
    const asked: { w?: Record<string, number>; all?: boolean }[] = [
      {},
      { all: true },
      { w: HONOUR_ONLY },
      { w: { load: 0.5 } },
    ];
    for (const variables of asked) {
      const result = await explained(needId, variables);
      const plain = await server.gql(PLAIN, { n: needId, ...variables }, { token: coordinator });
      expect(plain.errors).toBeUndefined();
      expect(result.suggestions).toEqual(plain.data!.matchingSuggestions);
      expect(result.weights).toEqual({ ...campaign.data!.campaign!.matchingWeights, ...variables.w });
    }
    // The campaign's own weights, once set, are the ones used.
    const set = await server.gql(
      graphql(`
        mutation MatchingExplanationsSetMatchingWeights($c: ID!) {
          setMatchingWeights(campaignId: $c, weights: { pairing: 0.3 }) {
            ...MatchingExplanationsMatchingWeightsFields
          }
        }
      `),
      { c: campaignId },
    );
    expect(set.errors).toBeUndefined();
    expect((await explained(needId)).weights).toEqual(set.data!.setMatchingWeights);
    expect((await explain(crafted['']!))!.weights).toEqual(set.data!.setMatchingWeights);
  });

  it('names the one rule each crafted volunteer breaks, and none for the eligible', async () => {
    const { suggestions, refused } = await explained(needId);
    const rulesOf = new Map(refused.map((r) => [Number(r.volunteerId), r.rules]));
    const suggested = new Set(suggestions.map((s) => Number(s.volunteerId)));
    for (const [rule, id] of Object.entries(crafted)) {
      if (rule === 'CATEGORY_NOT_OFFERED') {
        // Not one of those who offer the category: not in the list, but explained on request.
        expect(rulesOf.has(id)).toBe(false);
        expect(suggested.has(id)).toBe(false);
      } else if (rule === '' || rule === 'ZERO_SCORE' || rule === 'FILLER') {
        expect({ rule, suggested: suggested.has(id), rules: rulesOf.get(id) }).toEqual({
          rule,
          suggested: true,
          rules: undefined,
        });
      } else {
        expect({ rule, suggested: suggested.has(id), rules: rulesOf.get(id) }).toEqual({
          rule,
          suggested: false,
          rules: [rule],
        });
      }
      const one = await explain(id);
      const expected = rule === '' || rule === 'ZERO_SCORE' || rule === 'FILLER' ? [] : [rule];
      expect({ rule, eligible: one!.eligible, rules: one!.rules }).toEqual({
        rule,
        eligible: expected.length === 0,
        rules: expected,
      });
    }
    // A score of 0 refuses only when the weights make it 0: here, only honours count.
    const honours = await explained(needId, { w: HONOUR_ONLY });
    expect(honours.refused.find((r) => Number(r.volunteerId) === crafted.ZERO_SCORE)?.rules).toEqual([
      'ZERO_SCORE',
    ]);
    expect(honours.suggestions.map((s) => Number(s.volunteerId))).toContain(crafted['']);
    expect((await explain(crafted.ZERO_SCORE!, { w: HONOUR_ONLY }))!.rules).toEqual(['ZERO_SCORE']);
    // Asked to, suggestions include people outside their stated availability.
    const all = await explained(needId, { all: true });
    expect(all.suggestions.map((s) => Number(s.volunteerId))).toContain(crafted.OUTSIDE_AVAILABILITY);
    expect(await explain(crafted.OUTSIDE_AVAILABILITY!, { all: true })).toMatchObject({
      eligible: true,
      rules: [],
    });
  });

  it('says a need with no open place leaves everyone out, for that reason first', async () => {
    const { suggestions, refused } = await explained(fullNeedId);
    expect(suggestions).toEqual([]);
    expect(refused.map((r) => r.volunteerId).sort()).toEqual(await offering());
    for (const r of refused) expect(r.rules[0]).toBe('NO_OPEN_PLACES');
    const byId = new Map(refused.map((r) => [Number(r.volunteerId), r.rules]));
    expect(byId.get(crafted['']!)).toEqual(['NO_OPEN_PLACES']);
    expect(byId.get(crafted.FILLER!)).toEqual(['NO_OPEN_PLACES', 'ALREADY_ASSIGNED']);
    const response = await server.gql(
      EXPLAIN,
      { n: fullNeedId, v: String(crafted['']) },
      { token: coordinator },
    );
    expect(response.data!.matchingExplanation).toMatchObject({
      eligible: false,
      rules: ['NO_OPEN_PLACES'],
      score: null,
      parts: null,
    });
  });

  it.each([
    ['stated availability', {}],
    ['anyone asked for', { all: true }],
    ['only honours weighed', { w: HONOUR_ONLY }],
  ])(
    'refuses exactly the people in scope offering the category who are not candidates (%s)',
    async (_, variables) => {
      const { suggestions, refused } = await explained(needId, variables);
      expect(suggestions.length).toBeLessThan(100); // so every candidate is listed
      const candidates = new Set(suggestions.map((s) => s.volunteerId));
      const everyone = await offering();
      expect(refused.map((r) => r.volunteerId)).toEqual(
        [...refused.map((r) => r.volunteerId)].sort((a, b) => Number(a) - Number(b)),
      );
      expect(refused.map((r) => r.volunteerId).sort()).toEqual(everyone.filter((id) => !candidates.has(id)));
      for (const r of refused) expect(r.rules.length).toBeGreaterThan(0);
      // The variety the demo volunteers bring: more than one kind of refusal.
      expect(new Set(refused.flatMap((r) => r.rules)).size).toBeGreaterThan(1);
    },
  );

  it('explains each person as the suggestions treated them', async () => {
    const asked: { w?: Record<string, number>; all?: boolean }[] = [{}, { all: true }, { w: HONOUR_ONLY }];
    for (const variables of asked) {
      const { suggestions, refused, weights } = await explained(needId, variables);
      const suggestedById = new Map(suggestions.map((s) => [s.volunteerId, s]));
      const refusedById = new Map(refused.map((r) => [r.volunteerId, r.rules]));
      const people = [...(await offering()), String(crafted.CATEGORY_NOT_OFFERED)];
      for (const id of people) {
        const one = await explain(Number(id), variables);
        expect(one!.volunteerId).toBe(id);
        expect(one!.needId).toBe(needId);
        expect(one!.weights).toEqual(weights);
        const suggestion = suggestedById.get(id);
        if (suggestion) {
          expect(one).toMatchObject({ eligible: true, rules: [] });
          expect({ score: one!.score, distanceKm: one!.distanceKm, parts: one!.parts }).toEqual({
            score: suggestion.score,
            distanceKm: suggestion.distanceKm,
            parts: suggestion.parts,
          });
        } else {
          expect(one!.eligible).toBe(false);
          expect(one!.rules).toEqual(refusedById.get(id) ?? ['CATEGORY_NOT_OFFERED']);
        }
      }
    }
  });

  it('rounds distances as suggestions do for those who may not know where the volunteer lives', async () => {
    const admin = await explained(needId, {}, server.adminToken!);
    expect(admin.suggestions.length).toBeGreaterThan(0);
    const response = await server.gql(EXPLAIN, { n: needId, v: String(crafted['']) });
    const one = response.data!.matchingExplanation;
    expect(Number.isInteger(one!.distanceKm)).toBe(true);
    const suggestion = admin.suggestions.find((s) => Number(s.volunteerId) === crafted['']);
    expect({ score: one!.score, distanceKm: one!.distanceKm, parts: one!.parts }).toEqual({
      score: suggestion!.score,
      distanceKm: suggestion!.distanceKm,
      parts: suggestion!.parts,
    });
  });

  it("answers a coordinator asking about another unit's volunteer as about an unknown one", async () => {
    const ask = (v: string, token: string | undefined = coordinator) =>
      server.gql(EXPLAIN, { n: needId, v }, token === undefined ? {} : { token });
    const foreign = await ask(String(outsider));
    const unknown = await ask('99999999');
    expect(foreign).toEqual({ data: { matchingExplanation: null } });
    expect(unknown).toEqual(foreign);
    // The province sees them: the null was the coordinator's reach, not a missing volunteer.
    const admin = await ask(String(outsider), server.adminToken!);
    expect(admin.errors).toBeUndefined();
    expect(admin.data!.matchingExplanation!.volunteerId).toBe(String(outsider));
    // Roles that may not plan are refused outright, whoever they ask about.
    const volunteerToken = await server.signInAs({
      username: 'explained-volunteer',
      role: Role.VOLUNTEER,
      volunteerId: String(crafted['']),
    });
    for (const v of [String(crafted['']), String(outsider)]) {
      const refused = await ask(v, volunteerToken);
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });

  it('refuses bad ids, a need that is not open and a bad limit with BAD_USER_INPUT on the field', async () => {
    /** Nullable, so a refusal answers `{ matchingExplanation: null }` with the error. */
    const refusedExplanation = async (variables: VariablesOf<typeof EXPLAIN>, field: string) => {
      const response = await server.gql(EXPLAIN, variables);
      expect(response.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
        ['BAD_USER_INPUT', field],
      ]);
      expect(response.data ?? { matchingExplanation: null }).toEqual({ matchingExplanation: null });
    };
    const volunteer = String(crafted['']);
    await refusedExplanation({ n: 'abc', v: volunteer }, 'needId');
    await refusedExplanation({ n: needId, v: 'x1' }, 'volunteerId');
    await refusedExplanation({ n: needId, v: '-3' }, 'volunteerId');
    await refusedExplanation({ n: needId, v: volunteer, w: { skill: 2 } }, 'weights.skill');
    await server.expectRejected(EXPLAINED, { n: 'abc' }, 'BAD_USER_INPUT', 'needId');
    await server.expectRejected(
      graphql(`
        query MatchingExplanationsMatchingSuggestionsExplained($n: ID!) {
          matchingSuggestionsExplained(needId: $n, limit: 101) {
            weights {
              skill
            }
          }
        }
      `),
      { n: needId },
      'BAD_USER_INPUT',
      'limit',
    );
    const needs = new ServiceNeedService(server.dataSource, SYSTEM_ACTOR);
    const closed = await needs.post({
      siteId: String(siteId),
      campaignId,
      title: '暑期学习辅导（已关闭）',
      category: ServiceCategory.TUTORING,
      headcount: 2,
      startsAt: at('18:00'),
      endsAt: at('19:00'),
    });
    await needs.update(closed.id, { status: ServiceNeedStatus.CLOSED });
    const closedId = String(closed.id);
    await refusedExplanation({ n: closedId, v: volunteer }, 'needId');
    await server.expectRejected(EXPLAINED, { n: closedId }, 'BAD_USER_INPUT', 'needId');
    // A bad volunteer id is refused before anything is read of the need.
    await refusedExplanation({ n: '99999999', v: 'x1' }, 'volunteerId');
  });
});
