import { Role } from '../../server/src/core/actor';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seeds/seed';
import { databaseSnapshot, testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';
import type { PostServiceNeedInput } from '../graphql/graphql';

// Selections several operations of this file read alike.
graphql(`
  fragment MatchingAssignmentConnectionFields on AssignmentConnection {
    edges {
      node {
        id
        volunteerId
        needId
      }
    }
  }
`);

const SUGGESTIONS = graphql(`
  query MatchingSuggestions($needId: ID!, $limit: Int) {
    matchingSuggestions(needId: $needId, limit: $limit) {
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
      volunteer {
        id
        unitId
        safetyTrainedOn
        active
        serviceCategories
      }
      need {
        id
        category
      }
    }
  }
`);
const PLAN = graphql(`
  query MatchingPlan($campaignId: ID!, $scope: MatchingScopeInput, $weights: MatchingWeightsInput) {
    matchingPlan(campaignId: $campaignId, scope: $scope, weights: $weights) {
      assignments {
        score
        volunteerId
        needId
        volunteer {
          unitId
        }
        need {
          startsAt
          endsAt
        }
      }
      metrics {
        openPlaces
        plannedPlaces
        fillRate
        cadreCoverage
        meanDistanceKm
        p95DistanceKm
        loadGini
        totalScore
        candidateEdges
        solveMillis
        solver
        objective
        objectiveBound
        optimalityGap
      }
      weights {
        skill
        load
      }
    }
  }
`);

describe(`matching over HTTP (${testDbKind()})`, () => {
  let server: TestServer;
  let coordinator: string;
  let campaignId: string;
  let jinanUnitId: string;
  let jinanNeedId: string;

  beforeAll(async () => {
    server = await startTestServer({ seed: { volunteers: 600 } });
    coordinator = await server.login(DEMO_ACCOUNTS.coordinator.username, DEMO_PASSWORD);
    const me = await server.gql(
      graphql(`
        query MatchingMeCampaign {
          me {
            unitId
          }
          campaign(year: 2019) {
            id
          }
        }
      `),
      {},
      { token: coordinator },
    );
    jinanUnitId = me.data!.me.unitId!;
    campaignId = me.data!.campaign!.id;
    // Any open need will do (the candidates are the coordinator's own); city teachers offer tutoring.
    const needs = await server.gql(
      graphql(`
        query MatchingServiceNeeds {
          serviceNeeds(first: 1, filter: { status: OPEN, category: TUTORING }) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
    );
    jinanNeedId = needs.data!.serviceNeeds.edges[0]!.node.id;
  });

  afterAll(() => server.stop());

  /** A new need ends in the future and lies within its campaign: next year's, created once by the admin. */
  const NEXT_YEAR = new Date().getUTCFullYear() + 1;
  let nextCampaign: Promise<string> | null = null;
  function nextYearCampaign(): Promise<string> {
    nextCampaign ??= server
      .gql(
        graphql(`
          mutation MatchingCreateCampaign($input: CreateCampaignInput!) {
            createCampaign(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            year: NEXT_YEAR,
            name: `${NEXT_YEAR}年助力乡村振兴教职工志愿服务活动`,
            startsOn: `${NEXT_YEAR}-03-01`,
            endsOn: `${NEXT_YEAR}-10-31`,
            phases: [],
            milestones: [],
          },
        },
      )
      .then((response) => {
        expect(response.errors).toBeUndefined();
        return response.data!.createCampaign.id as string;
      });
    return nextCampaign;
  }

  it("suggests the coordinator's own eligible volunteers, best first, each score explained", async () => {
    const response = await server.gql(
      SUGGESTIONS,
      { needId: jinanNeedId, limit: 10 },
      { token: coordinator },
    );
    expect(response.errors).toBeUndefined();
    const suggestions = response.data!.matchingSuggestions;
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(10);
    const scores = suggestions.map((s: any) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const s of suggestions) {
      expect(s.volunteer!.unitId).toBe(jinanUnitId);
      expect(s.volunteer!.active).toBe(true);
      expect(s.volunteer!.safetyTrainedOn).not.toBeNull();
      expect(s.volunteer!.serviceCategories).toContain(s.need.category);
      for (const part of Object.values(s.parts) as number[]) {
        expect(part).toBeGreaterThanOrEqual(0);
        expect(part).toBeLessThanOrEqual(1);
      }
    }
  });

  it('refuses suggestions for a need that is no longer open, and a limit over 100', async () => {
    const filled = await server.gql(
      graphql(`
        query MatchingServiceNeeds2 {
          serviceNeeds(first: 1, filter: { status: FILLED }) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
    );
    const needId = filled.data!.serviceNeeds.edges[0]!.node.id;
    await server.expectRejected(SUGGESTIONS, { needId }, 'BAD_USER_INPUT', 'needId');
    await server.expectRejected(SUGGESTIONS, { needId: jinanNeedId, limit: 101 }, 'BAD_USER_INPUT', 'limit');
  });

  it('plans the province without writing anything, nobody on two needs that overlap, places respected', async () => {
    const before = await databaseSnapshot(server.dataSource);
    const response = await server.gql(PLAN, { campaignId });
    expect(response.errors).toBeUndefined();
    const plan = response.data!.matchingPlan;
    expect(await databaseSnapshot(server.dataSource)).toBe(before);
    const byVolunteer = new Map<string, { startsAt: string; endsAt: string }[]>();
    for (const a of plan.assignments)
      byVolunteer.set(a.volunteerId, [...(byVolunteer.get(a.volunteerId) ?? []), a.need]);
    for (const needs of byVolunteer.values()) {
      for (const x of needs) {
        for (const y of needs) {
          if (x !== y) expect(x.startsAt < y.endsAt && y.startsAt < x.endsAt).toBe(false);
        }
      }
    }
    // Some people serve several needs at different times: the plan is not one place per person.
    expect([...byVolunteer.values()].some((needs) => needs.length > 1)).toBe(true);
    expect(plan.metrics.solver).toMatch(/^(MIN_COST_FLOW|HIGHS)$/);
    expect(plan.metrics.optimalityGap).toBeLessThanOrEqual(1e-4);
    expect(plan.metrics.objective).toBeCloseTo(plan.metrics.totalScore, 8); // no cadre bonus asked
    expect(plan.metrics.objectiveBound).toBeGreaterThanOrEqual(plan.metrics.objective - 1e-9);
    expect(plan.metrics.plannedPlaces).toBe(plan.assignments.length);
    expect(plan.metrics.plannedPlaces).toBeLessThanOrEqual(plan.metrics.openPlaces);
    expect(plan.metrics.fillRate).toBeCloseTo(plan.metrics.plannedPlaces / plan.metrics.openPlaces, 10);
    expect(plan.metrics.totalScore).toBeCloseTo(
      plan.assignments.reduce((sum: number, a: any) => sum + a.score, 0),
      8,
    );
    expect(plan.metrics.p95DistanceKm).toBeGreaterThanOrEqual(plan.metrics.meanDistanceKm! * 0.5);
  });

  it("plans a coordinator's unit with only that unit's volunteers", async () => {
    const response = await server.gql(
      PLAN,
      { campaignId, scope: { unitId: jinanUnitId } },
      { token: coordinator },
    );
    expect(response.errors).toBeUndefined();
    for (const a of response.data!.matchingPlan.assignments) expect(a.volunteer!.unitId).toBe(jinanUnitId);
  });

  it('uses the weights set for the campaign, and weights given with the request over them', async () => {
    const set = await server.gql(
      graphql(`
        mutation MatchingSetMatchingWeights($c: ID!) {
          setMatchingWeights(campaignId: $c, weights: { load: 0.4 }) {
            load
            skill
          }
        }
      `),
      { c: campaignId },
    );
    expect(set.errors).toBeUndefined();
    expect(set.data!.setMatchingWeights.load).toBe(0.4);
    const campaign = await server.gql(
      graphql(`
        query MatchingCampaign($c: ID) {
          campaign(id: $c) {
            matchingWeights {
              load
            }
          }
        }
      `),
      { c: campaignId },
    );
    expect(campaign.data!.campaign!.matchingWeights.load).toBe(0.4);
    const plan = await server.gql(PLAN, { campaignId, weights: { skill: 0.9 } });
    expect(plan.data!.matchingPlan.weights).toEqual({ skill: 0.9, load: 0.4 });
    await server.expectRejected(
      PLAN,
      { campaignId, weights: { skill: 2 } },
      'BAD_USER_INPUT',
      'weights.skill',
    );
  });

  it('proposes a plan, and after a decline proposes only the repair, keeping every other proposal', async () => {
    const propose = graphql(`
      mutation MatchingProposePlan($c: ID!, $u: ID) {
        proposeMatchingPlan(campaignId: $c, scope: { unitId: $u }) {
          assignments {
            volunteerId
            needId
          }
          metrics {
            heldPlaces
            plannedPlaces
          }
        }
      }
    `);
    const live = async () => {
      const response = await server.gql(
        graphql(`
          query MatchingAssignments2 {
            assignments(first: 100, filter: { status: PROPOSED }) {
              ...MatchingAssignmentConnectionFields
            }
          }
        `),
        {},
        { token: coordinator },
      );
      expect(response.errors).toBeUndefined();
      return response.data!.assignments.edges.map((e: any) => e.node);
    };
    const before = await live();
    const first = await server.gql(propose, { c: campaignId, u: jinanUnitId }, { token: coordinator });
    expect(first.errors).toBeUndefined();
    const planned = first.data!.proposeMatchingPlan.assignments;
    expect(planned.length).toBeGreaterThan(0);
    const afterFirst = await live();
    expect(afterFirst.length).toBe(before.length + planned.length);

    const dropped = afterFirst.find(
      (a: any) => a.needId === planned[0]!.needId && a.volunteerId === planned[0]!.volunteerId,
    );
    const volunteerToken = await server.signInAs({
      username: 'planned-volunteer',
      role: Role.VOLUNTEER,
      volunteerId: String(dropped.volunteerId),
    });
    const declined = await server.gql(
      graphql(`
        mutation MatchingRespondToAssignment3($id: ID!) {
          respondToAssignment(id: $id, accept: false, reason: "家中有事") {
            status
          }
        }
      `),
      { id: dropped.id },
      { token: volunteerToken },
    );
    expect(declined.data!.respondToAssignment.status).toBe('DECLINED');

    const repair = await server.gql(propose, { c: campaignId, u: jinanUnitId }, { token: coordinator });
    expect(repair.errors).toBeUndefined();
    const afterRepair = await live();
    const kept = afterFirst.filter((a: any) => a.id !== dropped.id);
    for (const assignment of kept) expect(afterRepair.map((a: any) => a.id)).toContain(assignment.id);
    expect(afterRepair.length).toBe(kept.length + repair.data!.proposeMatchingPlan.assignments.length);
    // It says what it kept on the needs it repaired: at least the places of the declined one's colleagues.
    const { heldPlaces, plannedPlaces } = repair.data!.proposeMatchingPlan.metrics;
    expect(plannedPlaces).toBe(repair.data!.proposeMatchingPlan.assignments.length);
    const colleagues = kept.filter((a: any) => a.needId === dropped.needId).length;
    expect(heldPlaces).toBeGreaterThanOrEqual(colleagues);
    // The volunteer who declined is never put back on that need by the repair.
    expect(
      repair.data!.proposeMatchingPlan.assignments.some(
        (a: any) => a.needId === dropped.needId && a.volunteerId === dropped.volunteerId,
      ),
    ).toBe(false);
  });

  it('does not put back on its own someone the coordinator cancelled for that need', async () => {
    const propose = graphql(`
      mutation MatchingProposePlan2($c: ID!, $u: ID) {
        proposeMatchingPlan(campaignId: $c, scope: { unitId: $u }) {
          assignments {
            volunteerId
            needId
          }
        }
      }
    `);
    const live = await server.gql(
      graphql(`
        query MatchingAssignments3 {
          assignments(first: 1, filter: { status: PROPOSED }) {
            ...MatchingAssignmentConnectionFields
          }
        }
      `),
      {},
      { token: coordinator },
    );
    const target = live.data!.assignments.edges[0]!.node;
    const cancelled = await server.gql(
      graphql(`
        mutation MatchingCancelAssignment($id: ID!) {
          cancelAssignment(id: $id, reason: "另有安排") {
            status
          }
        }
      `),
      { id: target.id },
      { token: coordinator },
    );
    expect(cancelled.data!.cancelAssignment.status).toBe('CANCELLED');
    const repair = await server.gql(propose, { c: campaignId, u: jinanUnitId }, { token: coordinator });
    expect(repair.errors).toBeUndefined();
    expect(
      repair.data!.proposeMatchingPlan.assignments.some(
        (a: any) => a.needId === target.needId && a.volunteerId === target.volunteerId,
      ),
    ).toBe(false);
  });

  it('gives a team-served need one whole serving team, and leaves every other member out of the plan', async () => {
    const unit = await server.gql(
      graphql(`
        query MatchingUnit($id: ID!) {
          unit(id: $id) {
            pairings {
              siteId
              endedOn
            }
          }
        }
      `),
      {
        id: jinanUnitId,
      },
    );
    expect(unit.errors).toBeUndefined();
    const siteId = unit.data!.unit!.pairings.find((p: any) => p.endedOn === null)!.siteId;
    const nextCampaignId = await nextYearCampaign();
    const post = async (input: Partial<PostServiceNeedInput>) => {
      const posted = await server.gql(
        graphql(`
          mutation MatchingPostServiceNeed($input: PostServiceNeedInput!) {
            postServiceNeed(input: $input) {
              id
              servedByTeam
            }
          }
        `),
        {
          input: {
            siteId,
            campaignId: nextCampaignId,
            category: 'TUTORING',
            ...input,
          } as PostServiceNeedInput,
        },
      );
      expect(posted.errors).toBeUndefined();
      return posted.data!.postServiceNeed.id as string;
    };
    // Far from any seeded booking, so every member of a trained team is free.
    const needId = await post({
      title: '暑期支教服务队',
      headcount: 12,
      servedByTeam: true,
      startsAt: `${NEXT_YEAR}-07-10T00:00:00.000Z`,
      endsAt: `${NEXT_YEAR}-07-20T00:00:00.000Z`,
    });
    // A need of single places during the team's: whoever the plan puts there is not one of the team.
    const singleId = await post({
      title: '暑期个别辅导',
      headcount: 2,
      startsAt: `${NEXT_YEAR}-07-12T01:00:00.000Z`,
      endsAt: `${NEXT_YEAR}-07-12T04:00:00.000Z`,
    });
    // Nobody stated availability for next year: the team step is what this test is about, so everyone is weighed.
    const plan = await server.gql(
      graphql(`
        query MatchingMatchingPlan($c: ID!, $u: ID) {
          matchingPlan(campaignId: $c, scope: { unitId: $u }, includeUnavailable: true) {
            assignments {
              volunteerId
              needId
              teamId
              need {
                startsAt
                endsAt
              }
            }
            metrics {
              heldPlaces
            }
          }
        }
      `),
      { c: nextCampaignId, u: jinanUnitId },
      { token: coordinator },
    );
    expect(plan.errors).toBeUndefined();
    const onNeed = plan.data!.matchingPlan.assignments.filter((a: any) => a.needId === needId);
    expect(onNeed.length).toBeGreaterThan(0);
    const teamIds = new Set(onNeed.map((a: any) => a.teamId));
    expect(teamIds.size).toBe(1);
    const teamId = [...teamIds][0];
    expect(teamId).not.toBeNull();
    const team = await server.gql(
      graphql(`
        query MatchingServiceTeam($id: ID!) {
          serviceTeam(id: $id) {
            status
            unitId
            members {
              volunteer {
                id
                role
              }
            }
          }
        }
      `),
      { id: teamId },
    );
    expect(team.errors).toBeUndefined();
    const members = team.data!.serviceTeam!.members.map((m: any) => m.volunteer);
    expect(team.data!.serviceTeam!.status).toBe('ACTIVE');
    // All of the team goes, nobody else, and the team meets the 7–10 + 1–2 rule.
    expect(onNeed.map((a: any) => a.volunteerId).sort()).toEqual(members.map((m: any) => m.id).sort());
    const cadres = members.filter((m: any) => m.role === 'UNION_CADRE').length;
    expect(cadres).toBeGreaterThanOrEqual(1);
    expect(cadres).toBeLessThanOrEqual(2);
    expect(members.length - cadres).toBeGreaterThanOrEqual(7);
    expect(members.length - cadres).toBeLessThanOrEqual(10);
    // Members sent with their team are placed elsewhere only at times that do not overlap it.
    const memberIds = new Set(members.map((m: any) => m.id));
    const teamNeed = onNeed[0]!.need;
    const elsewhere = plan.data!.matchingPlan.assignments.filter(
      (a: any) =>
        memberIds.has(a.volunteerId) &&
        a.needId !== needId &&
        a.need.startsAt < teamNeed.endsAt &&
        teamNeed.startsAt < a.need.endsAt,
    );
    expect(elsewhere).toEqual([]);
    expect(plan.data!.matchingPlan.assignments.some((a: any) => a.needId === singleId)).toBe(true);
  });

  it('refuses a team-served need whose headcount no team can have', async () => {
    const unit = await server.gql(
      graphql(`
        query MatchingUnit2($id: ID!) {
          unit(id: $id) {
            pairings {
              siteId
            }
          }
        }
      `),
      {
        id: jinanUnitId,
      },
    );
    const input: PostServiceNeedInput = {
      siteId: unit.data!.unit!.pairings[0]!.siteId,
      campaignId: await nextYearCampaign(),
      title: '服务队',
      category: 'TUTORING',
      headcount: 5,
      servedByTeam: true,
      startsAt: `${NEXT_YEAR}-07-10T00:00:00.000Z`,
      endsAt: `${NEXT_YEAR}-07-20T00:00:00.000Z`,
    };
    await server.expectRejected(
      graphql(`
        mutation MatchingPostServiceNeed2($input: PostServiceNeedInput!) {
          postServiceNeed(input: $input) {
            id
          }
        }
      `),
      { input },
      'BAD_USER_INPUT',
      'headcount',
    );
  });
});
