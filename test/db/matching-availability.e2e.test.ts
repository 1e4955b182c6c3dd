import { Role } from '../../server/src/core/actor';
import { testDbKind } from '../support/test-database';
import { startDemoWorld } from '../support/demo-world';
import type { TestServer } from '../support/test-server';
import { graphql } from '../graphql';

const PLAN = graphql(`
  query MatchingAvailabilityPlan($c: ID!, $u: ID, $all: Boolean) {
    matchingPlan(campaignId: $c, scope: { unitId: $u }, includeUnavailable: $all) {
      assignments {
        volunteerId
        needId
        parts {
          availability
        }
      }
      metrics {
        openPlaces
        plannedPlaces
        fillRate
        availablePlaces
        availableFillRate
      }
    }
  }
`);
const PROPOSE = graphql(`
  mutation MatchingAvailabilityPropose($c: ID!, $u: ID, $all: Boolean) {
    proposeMatchingPlan(campaignId: $c, scope: { unitId: $u }, includeUnavailable: $all) {
      assignments {
        volunteerId
        needId
        parts {
          availability
        }
      }
      metrics {
        plannedPlaces
        availablePlaces
      }
    }
  }
`);

/**
 * Availability is a rule of planning, not only a part of the score: people whose stated windows do
 * not cover a need's time are left out unless the coordinator asks for them, explicitly, and then
 * their proposals are marked and the request is in the audit trail.
 */
describe(`matching keeps to stated availability (${testDbKind()})`, () => {
  let server: TestServer;
  let coordinator: string;
  let campaignId: string;
  let unitId: string;

  beforeAll(async () => {
    ({ server, coordinator, unitId, campaignId } = await startDemoWorld());
  }, 120_000);

  afterAll(() => server.stop());

  const plan = async (includeUnavailable: boolean | null) => {
    const response = await server.gql(
      PLAN,
      { c: campaignId, u: unitId, all: includeUnavailable },
      { token: coordinator },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.matchingPlan;
  };

  it('plans only people whose stated availability covers the need, unless asked; fill rate both ways', async () => {
    const strict = await plan(null);
    for (const pair of strict.assignments) expect(pair.parts.availability).toBe(1);
    expect(strict.metrics.availablePlaces).toBe(strict.metrics.plannedPlaces);
    expect(strict.metrics.availableFillRate).toBeCloseTo(strict.metrics.fillRate, 12);

    const asked = await plan(true);
    const outside = asked.assignments.filter((p: any) => p.parts.availability < 1);
    // The demo world has people who said nothing or something else: asking for them plans more places.
    expect(outside.length).toBeGreaterThan(0);
    expect(asked.metrics.plannedPlaces).toBeGreaterThan(strict.metrics.plannedPlaces);
    expect(asked.metrics.availablePlaces).toBe(asked.metrics.plannedPlaces - outside.length);
    expect(asked.metrics.fillRate).toBeCloseTo(asked.metrics.plannedPlaces / asked.metrics.openPlaces, 12);
    expect(asked.metrics.availableFillRate).toBeCloseTo(
      asked.metrics.availablePlaces / asked.metrics.openPlaces,
      12,
    );
    expect(asked.metrics.availableFillRate).toBeLessThan(asked.metrics.fillRate);
  });

  it('suggests only people free for the need, unless asked', async () => {
    const needs = await server.gql(
      graphql(`
        query MatchingAvailabilityServiceNeeds {
          serviceNeeds(first: 10, filter: { status: OPEN }) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
      {},
      { token: coordinator },
    );
    const SUGGEST = graphql(`
      query MatchingAvailabilitySuggest($n: ID!, $all: Boolean) {
        matchingSuggestions(needId: $n, limit: 100, includeUnavailable: $all) {
          parts {
            availability
          }
        }
      }
    `);
    let widened = 0;
    for (const edge of needs.data!.serviceNeeds.edges) {
      const strict = await server.gql(SUGGEST, { n: edge.node.id }, { token: coordinator });
      expect(strict.errors).toBeUndefined();
      for (const s of strict.data!.matchingSuggestions) expect(s.parts.availability).toBe(1);
      const asked = await server.gql(SUGGEST, { n: edge.node.id, all: true }, { token: coordinator });
      expect(asked.data!.matchingSuggestions.length).toBeGreaterThanOrEqual(
        strict.data!.matchingSuggestions.length,
      );
      if (asked.data!.matchingSuggestions.some((s: any) => s.parts.availability < 1)) widened++;
    }
    expect(widened).toBeGreaterThan(0);
  });

  it('marks the proposals made outside availability and records who asked for them', async () => {
    const response = await server.gql(
      PROPOSE,
      { c: campaignId, u: unitId, all: true },
      { token: coordinator },
    );
    expect(response.errors).toBeUndefined();
    const planned = response.data!.proposeMatchingPlan.assignments;
    const outside = new Set(
      planned.filter((p: any) => p.parts.availability < 1).map((p: any) => `${p.needId}:${p.volunteerId}`),
    );
    expect(outside.size).toBeGreaterThan(0);
    const stored: { needId: number; volunteerId: number; outsideAvailability: number | boolean }[] =
      await server.dataSource.query(
        `SELECT needId, volunteerId, outsideAvailability FROM assignment WHERE status = 'PROPOSED'`,
      );
    const byPair = new Map(
      stored.map((a) => [`${a.needId}:${a.volunteerId}`, Boolean(a.outsideAvailability)]),
    );
    for (const pair of planned) {
      const key = `${pair.needId}:${pair.volunteerId}`;
      expect(byPair.get(key)).toBe(outside.has(key));
    }
    const [audit] = await server.dataSource.query(
      `SELECT actorName, entityId, ${server.dataSource.driver.escape('after')} AS after FROM audit_event
        WHERE entityType = 'MatchingPlanProposal' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit.entityId).toBe(campaignId);
    expect(JSON.parse(audit.after)).toMatchObject({
      includeUnavailable: true,
      plannedPlaces: planned.length,
      outsideAvailability: outside.size,
    });
  });

  it('lets a coordinator propose by hand someone outside their availability, marked', async () => {
    // A volunteer of the unit with no assignment yet, who (as set up here) said nothing about when they are free.
    const [volunteer] = await server.dataSource.query(
      `SELECT v.id AS id FROM volunteer v WHERE v.unitId = ? AND v.active = ? AND v.safetyTrainedOn IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.volunteerId = v.id)
       ORDER BY v.id LIMIT 1`,
      [Number(unitId), testDbKind() === 'sqlite' ? 1 : true],
    );
    await server.dataSource.query('DELETE FROM volunteer_availability WHERE volunteerId = ?', [volunteer.id]);
    const needs = await server.gql(
      graphql(`
        query MatchingAvailabilityServiceNeeds2 {
          serviceNeeds(first: 20, filter: { status: OPEN }) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
      {},
      { token: coordinator },
    );
    let proposed: any = null;
    for (const edge of needs.data!.serviceNeeds.edges) {
      const response = await server.gql(
        graphql(`
          mutation MatchingAvailabilityProposeAssignments($n: ID!, $v: [ID!]!) {
            proposeAssignments(needId: $n, volunteerIds: $v) {
              outsideAvailability
            }
          }
        `),
        { n: edge.node.id, v: [String(volunteer.id)] },
        { token: coordinator },
      );
      if (!response.errors) {
        proposed = response.data!.proposeAssignments;
        break;
      }
    }
    expect(proposed).toEqual([{ outsideAvailability: true }]);
  });

  it('does not let anyone who may not plan use the override', async () => {
    const volunteerToken = await server.signInAs({
      username: 'availability-volunteer',
      role: Role.VOLUNTEER,
      volunteerId: '1',
    });
    const response = await server.gql(
      PLAN,
      { c: campaignId, u: unitId, all: true },
      { token: volunteerToken },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
