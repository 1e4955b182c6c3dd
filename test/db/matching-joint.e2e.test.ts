import { testDbKind } from '../support/test-database';
import { startDemoWorld } from '../support/demo-world';
import type { TestServer } from '../support/test-server';
import { graphql } from '../graphql';

const PLAN = graphql(`
  query MatchingJointPlan($c: ID!, $u: ID, $cadres: CadreRuleInput, $all: Boolean) {
    matchingPlan(campaignId: $c, scope: { unitId: $u }, cadres: $cadres, includeUnavailable: $all) {
      assignments {
        volunteerId
        needId
        score
        volunteer {
          role
        }
        need {
          siteId
          startsAt
        }
      }
      metrics {
        openPlaces
        heldPlaces
        plannedPlaces
        cadreCoverage
        totalScore
        objective
        objectiveBound
        optimalityGap
        solver
        solverMillis
      }
    }
  }
`);
const PROPOSE = graphql(`
  mutation MatchingJointPropose($c: ID!, $u: ID) {
    proposeMatchingPlan(campaignId: $c, scope: { unitId: $u }, includeUnavailable: true) {
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

/**
 * The joint plan over the API: what it says it proved, union cadres as a goal or a requirement,
 * what a re-plan keeps, and proposals counting in the load part.
 */
describe(`the joint matching plan over HTTP (${testDbKind()})`, () => {
  let server: TestServer;
  let coordinator: string;
  let campaignId: string;
  let unitId: string;

  beforeAll(async () => {
    ({ server, coordinator, unitId, campaignId } = await startDemoWorld());
  }, 120_000);

  afterAll(() => server.stop());

  const plan = async (variables: Record<string, unknown> = {}, token: string | null = coordinator) => {
    const response = await server.gql(
      PLAN,
      { c: campaignId, u: unitId, all: true, ...variables },
      token ? { token } : undefined,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.matchingPlan;
  };
  /** The whole province, as the provincial admin plans it. */
  const province = (variables: Record<string, unknown> = {}) => plan({ u: null, ...variables }, null);

  /** Served needs and whether each has a union cadre among its people. */
  const cadreByNeed = (assignments: any[]) => {
    const byNeed = new Map<string, boolean>();
    for (const a of assignments)
      byNeed.set(a.needId, (byNeed.get(a.needId) ?? false) || a.volunteer.role === 'UNION_CADRE');
    return byNeed;
  };

  it('says which solver ran and the bound it proved', async () => {
    const { metrics } = await plan();
    expect(['MIN_COST_FLOW', 'HIGHS']).toContain(metrics.solver);
    expect(metrics.optimalityGap).toBeLessThanOrEqual(1e-4);
    expect(metrics.objective).toBeCloseTo(metrics.totalScore, 8);
    expect(metrics.objectiveBound).toBeGreaterThanOrEqual(metrics.objective - 1e-9);
    expect(metrics.solverMillis).toBeGreaterThan(0);
  });

  it('weighs union cadres as a goal, or requires one on every need it fills, as asked', async () => {
    const plain = await province();
    const plainCadres = cadreByNeed(plain.assignments);
    // The province has needs the plain plan serves without a cadre: the rule has something to change.
    expect([...plainCadres.values()].some((has) => !has)).toBe(true);

    const goal = await province({ cadres: { bonus: 0.5 } });
    const goalCadres = cadreByNeed(goal.assignments);
    const withCadre = [...goalCadres.values()].filter(Boolean).length;
    expect(goal.metrics.cadreCoverage).toBeGreaterThan(plain.metrics.cadreCoverage);
    expect(goal.metrics.cadreCoverage).toBeCloseTo(withCadre / goalCadres.size, 12);
    expect(goal.metrics.objective).toBeCloseTo(goal.metrics.totalScore + 0.5 * withCadre, 8);
    expect(goal.metrics.optimalityGap).toBeLessThanOrEqual(1e-4);

    const required = await province({ cadres: { required: true } });
    expect(required.assignments.length).toBeGreaterThan(0);
    expect([...cadreByNeed(required.assignments).values()].every(Boolean)).toBe(true);
    expect(required.metrics.cadreCoverage).toBe(1);
    // Requiring a cadre can only cost score, never gain it.
    expect(required.metrics.totalScore).toBeLessThanOrEqual(plain.metrics.totalScore + 1e-9);

    // Per site and day: each site served on a China-time day has a cadre among that day's people there.
    const perSiteDay = await province({ cadres: { required: true, per: 'SITE_DAY' } });
    const chinaDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
    const covered = new Map<string, boolean>();
    for (const a of perSiteDay.assignments) {
      const key = `${a.need.siteId}/${chinaDay(a.need.startsAt)}`;
      covered.set(key, (covered.get(key) ?? false) || a.volunteer!.role === 'UNION_CADRE');
    }
    expect(covered.size).toBeGreaterThan(0);
    expect([...covered.values()].every(Boolean)).toBe(true);
    // A site's needs of one day share a cadre: at least as many places as one cadre per need.
    expect(perSiteDay.metrics.plannedPlaces).toBeGreaterThanOrEqual(required.metrics.plannedPlaces);
    expect(perSiteDay.metrics.optimalityGap).toBeLessThanOrEqual(1e-4);
  });

  it('refuses a cadre bonus outside 0–10, naming the field, and writes nothing', async () => {
    for (const bonus of [-0.1, 10.5]) {
      await server.expectRejected(
        PLAN,
        { c: campaignId, u: unitId, cadres: { bonus } },
        'BAD_USER_INPUT',
        'cadres.bonus',
      );
    }
  });

  it('counts the places of fully held needs in heldPlaces, and proposals in the load part', async () => {
    const first = await server.gql(PROPOSE, { c: campaignId, u: unitId }, { token: coordinator });
    expect(first.errors).toBeUndefined();
    const proposed = first.data!.proposeMatchingPlan;
    expect(proposed.metrics.plannedPlaces).toBeGreaterThan(0);
    const again = await plan();
    // Every proposal just made is held now, including those that filled their need completely.
    expect(again.metrics.heldPlaces).toBe(proposed.metrics.heldPlaces + proposed.metrics.plannedPlaces);

    // Someone just proposed: their load part now counts the proposals they hold.
    const someone = proposed.assignments[0]!.volunteerId;
    const [{ count }] = await server.dataSource.query(
      `SELECT COUNT(*) AS count FROM assignment a JOIN service_need n ON n.id = a.needId
        WHERE a.volunteerId = ${Number(someone)} AND n.campaignId = ${Number(campaignId)}
          AND a.status IN ('PROPOSED', 'CONFIRMED', 'ACCEPTED')`,
    );
    const needs = await server.gql(
      graphql(`
        query MatchingJointServiceNeeds {
          serviceNeeds(first: 50, filter: { status: OPEN }) {
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
    let seen = false;
    for (const edge of needs.data!.serviceNeeds.edges) {
      const suggestions = await server.gql(
        graphql(`
          query MatchingJointMatchingSuggestions($n: ID!) {
            matchingSuggestions(needId: $n, limit: 100, includeUnavailable: true) {
              volunteerId
              parts {
                load
              }
            }
          }
        `),
        { n: edge.node.id },
        { token: coordinator },
      );
      const mine = suggestions.data?.matchingSuggestions.find((s: any) => s.volunteerId === someone);
      if (!mine) continue;
      expect(mine.parts.load).toBeCloseTo(1 / (1 + Number(count)), 12);
      seen = true;
      break;
    }
    expect(seen).toBe(true);
  });
});
