import {
  PROPOSALS_PER_TRANSACTION,
  proposalBatches,
} from '../../server/src/modules/matching/matching.service';
import { testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';

// Everyone weighed, available or not, so that the province plan spans several transactions.
const PLAN = graphql(`
  query PlanProposalPlan {
    matchingPlan(campaignId: "1", includeUnavailable: true) {
      assignments {
        volunteerId
        needId
      }
      metrics {
        plannedPlaces
      }
    }
  }
`);
const PROPOSE = graphql(`
  mutation PlanProposalPropose {
    proposeMatchingPlan(campaignId: "1", includeUnavailable: true) {
      metrics {
        heldPlaces
        plannedPlaces
      }
    }
  }
`);

/**
 * A province plan is written need by need in transactions of about PROPOSALS_PER_TRANSACTION
 * proposals. When the world changes between the solve and a later transaction, the transactions
 * before it stay, the error says how many proposals they made, and proposing again fills the rest.
 */
describe(`proposing a plan in transactions (${testDbKind()})`, () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ seed: { volunteers: 600 } });
  }, 120_000);

  afterAll(() => server.stop());

  async function proposedCount(): Promise<number> {
    const [{ count }] = await server.dataSource.query(
      `SELECT COUNT(*) AS count FROM assignment WHERE status = 'PROPOSED'`,
    );
    return Number(count);
  }

  it('keeps the transactions before a refused one, says how many, and fills the rest when asked again', async () => {
    const plan = (await server.gql(PLAN)).data!.matchingPlan;
    const proposedBefore = await proposedCount();
    const byNeed = new Map<string, { needId: string; volunteerIds: string[] }>();
    for (const pair of plan.assignments) {
      const group = byNeed.get(pair.needId) ?? { needId: pair.needId, volunteerIds: [] as string[] };
      group.volunteerIds.push(pair.volunteerId);
      byNeed.set(pair.needId, group);
    }
    const batches = proposalBatches([...byNeed.values()], PROPOSALS_PER_TRANSACTION);
    expect(batches.length).toBeGreaterThanOrEqual(2);
    const firstBatchSize = batches[0]!.reduce((sum, g) => sum + g.volunteerIds.length, 0);
    const firstNeed = Number(batches[0]![0]!.needId);
    // Someone the second transaction proposes and the first does not (people may serve several needs).
    const inFirst = new Set(batches[0]!.flatMap((g) => g.volunteerIds.map(Number)));
    const victim = Number(batches[1]!.flatMap((g) => g.volunteerIds).find((id) => !inFirst.has(Number(id))));
    const assignmentsOf = async (volunteerId: number) => {
      const [{ count }] = await server.dataSource.query(
        `SELECT COUNT(*) AS count FROM assignment WHERE volunteerId = ${volunteerId}`,
      );
      return Number(count);
    };
    const victimBefore = await assignmentsOf(victim);
    // The world changes while the plan is written: the first transaction's first proposal stops a
    // volunteer the second transaction proposes (as a coordinator might at that very moment).
    await server.dataSource.query(
      testDbKind() === 'sqlite'
        ? `CREATE TRIGGER stop_volunteer AFTER INSERT ON assignment WHEN NEW.needId = ${firstNeed}
             BEGIN UPDATE volunteer SET active = 0 WHERE id = ${victim}; END`
        : `CREATE TRIGGER stop_volunteer AFTER INSERT ON assignment FOR EACH ROW
             UPDATE volunteer SET active = 0 WHERE id = ${victim} AND NEW.needId = ${firstNeed}`,
    );

    const refused = await server.gql(PROPOSE);
    expect(refused.errors).toHaveLength(1);
    const error = refused.errors![0]!;
    expect(error.extensions).toMatchObject({
      code: 'ASSIGNMENT_NOT_ALLOWED',
      field: 'volunteerIds',
      proposedBefore: firstBatchSize,
      exclusions: [{ volunteerId: String(victim), reasons: ['INACTIVE'] }],
    });
    expect(error.message).toContain(`first ${firstBatchSize} proposals were made`);
    expect(await proposedCount()).toBe(proposedBefore + firstBatchSize);

    await server.dataSource.query('DROP TRIGGER stop_volunteer');
    const repair = await server.gql(PROPOSE);
    expect(repair.errors).toBeUndefined();
    const { plannedPlaces } = repair.data!.proposeMatchingPlan.metrics;
    // The first transaction's proposals stay; the repair proposes the rest, without the stopped volunteer.
    expect(plannedPlaces).toBeGreaterThan(0);
    expect(await proposedCount()).toBe(proposedBefore + firstBatchSize + plannedPlaces);
    expect(await assignmentsOf(victim)).toBe(victimBefore); // nothing new for the stopped volunteer
  }, 120_000);
});
