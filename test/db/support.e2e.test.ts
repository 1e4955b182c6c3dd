import { LedgerWorld } from '../support/ledger-world';
import { testDbKind } from '../support/test-database';
import { expectError, startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';
import type {
  FundingSource,
  RecordSupportEntryInput,
  SupportScopeFilter,
  SupportTotalsDimension,
} from '../graphql/graphql';

// Selections several operations of this file read alike.
graphql(`
  fragment SupportSupportEntryFields on SupportEntry {
    id
    kind
    projectId
    siteId
    occurredOn
    amount
    fundingSource
    itemName
    quantity
    quantityUnit
    estimatedValue
    note
    recordedById
    recordedByAccountId
    recordedByName
    voidedAt
    voidReason
  }
`);

const RECORD = graphql(`
  mutation SupportRecord($input: RecordSupportEntryInput!) {
    recordSupportEntry(input: $input) {
      ...SupportSupportEntryFields
    }
  }
`);
const UPDATE = graphql(`
  mutation SupportUpdate($id: ID!, $input: UpdateSupportEntryInput!) {
    updateSupportEntry(id: $id, input: $input) {
      ...SupportSupportEntryFields
    }
  }
`);
const VOID = graphql(`
  mutation SupportVoid($id: ID!, $reason: String!) {
    voidSupportEntry(id: $id, reason: $reason) {
      ...SupportSupportEntryFields
    }
  }
`);
const LIST = graphql(`
  query SupportList($filter: SupportEntryFilter) {
    supportEntries(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
          amount
          estimatedValue
        }
      }
    }
  }
`);
const TOTALS = graphql(`
  query SupportTotals($filter: SupportScopeFilter, $groupBy: [SupportTotalsDimension!]) {
    supportTotals(filter: $filter, groupBy: $groupBy) {
      groupBy
      rows {
        year
        quarter
        month
        unitId
        projectId
        siteId
        kind
        fundingSource
        entryCount
        fundsAmount
        materialsValue
        totalValue
        project {
          name
        }
        site {
          name
        }
        unit {
          name
        }
      }
      total {
        entryCount
        fundsAmount
        materialsValue
        totalValue
      }
    }
  }
`);

describe(`support ledger over HTTP (${testDbKind()})`, () => {
  let server: TestServer;
  let world: LedgerWorld;

  const funds = (overrides: Partial<RecordSupportEntryInput> = {}): RecordSupportEntryInput => ({
    kind: 'FUNDS',
    projectId: String(world.heze.projectId),
    occurredOn: '2019-05-10',
    amount: '1000.00',
    fundingSource: 'UNION_FUNDS',
    ...overrides,
  });
  const materials = (overrides: Partial<RecordSupportEntryInput> = {}): RecordSupportEntryInput => ({
    kind: 'MATERIALS',
    projectId: String(world.heze.projectId),
    occurredOn: '2019-05-10',
    itemName: '课外读物',
    quantity: '200',
    quantityUnit: '册',
    estimatedValue: '3600.00',
    ...overrides,
  });

  async function record(input: RecordSupportEntryInput, token?: string) {
    const response = await server.gql(RECORD, { input }, token ? { token } : {});
    expect(response.errors).toBeUndefined();
    return response.data!.recordSupportEntry;
  }

  async function totals(filter: SupportScopeFilter, groupBy?: SupportTotalsDimension[], token?: string) {
    const response = await server.gql(TOTALS, { filter, groupBy }, token ? { token } : {});
    expect(response.errors).toBeUndefined();
    return response.data!.supportTotals;
  }

  beforeAll(async () => {
    server = await startTestServer();
    world = await new LedgerWorld(server).build();
  });

  afterAll(() => server.stop());

  describe('recording', () => {
    it('records funds for the project’s site with the recorder, as exact decimals', async () => {
      const entry = await record(funds({ amount: '1200.5', note: '购买学习用品' }), world.tokens.hezeLeader);
      expect(entry).toMatchObject({
        kind: 'FUNDS',
        siteId: String(world.heze.siteId),
        occurredOn: '2019-05-10',
        amount: '1200.50',
        fundingSource: 'UNION_FUNDS',
        itemName: null,
        quantity: null,
        estimatedValue: null,
        recordedById: String(world.heze.leader.id),
        recordedByName: 'heze-leader',
        voidedAt: null,
      });
      expect(entry.recordedByAccountId).not.toBeNull();
    });

    it('records goods with quantity, unit and estimated value; a gift may be valued at 0', async () => {
      const entry = await record(
        materials({ quantity: '12.5', quantityUnit: '箱', estimatedValue: '0', fundingSource: 'DONATION' }),
        world.tokens.hezeCoordinator,
      );
      expect(entry).toMatchObject({
        kind: 'MATERIALS',
        amount: null,
        itemName: '课外读物',
        quantity: '12.50',
        quantityUnit: '箱',
        estimatedValue: '0.00',
        fundingSource: 'DONATION',
        recordedById: null,
        recordedByName: 'heze',
      });
    });

    it.each([
      ['no amount for funds', () => funds({ amount: null }), 'amount'],
      ['a zero amount', () => funds({ amount: '0.00' }), 'amount'],
      ['a negative amount', () => funds({ amount: '-5' }), 'amount'],
      ['three decimals', () => funds({ amount: '10.005' }), 'amount'],
      ['an amount over 1亿', () => funds({ amount: '100000000.01' }), 'amount'],
      ['an amount beyond the column', () => funds({ amount: '10000000000000' }), 'amount'],
      ['an amount in exponent notation', () => funds({ amount: 1e21 as never }), 'amount'], // deliberately a number
      ['funds without a source', () => funds({ fundingSource: null }), 'fundingSource'],
      ['funds with an item', () => funds({ itemName: '书' }), 'itemName'],
      ['funds with a quantity', () => funds({ quantity: '3' }), 'quantity'],
      ['funds with a unit', () => funds({ quantityUnit: '册' }), 'quantityUnit'],
      ['funds with an estimated value', () => funds({ estimatedValue: '3' }), 'estimatedValue'],
      ['goods with an amount', () => materials({ amount: '3' }), 'amount'],
      ['goods without an item', () => materials({ itemName: '  ' }), 'itemName'],
      ['goods with a long item name', () => materials({ itemName: '书'.repeat(101) }), 'itemName'],
      ['goods without a quantity', () => materials({ quantity: null }), 'quantity'],
      ['goods with a zero quantity', () => materials({ quantity: '0' }), 'quantity'],
      ['goods with a negative quantity', () => materials({ quantity: '-1' }), 'quantity'],
      ['goods without a unit', () => materials({ quantityUnit: null }), 'quantityUnit'],
      ['goods without an estimated value', () => materials({ estimatedValue: null }), 'estimatedValue'],
      ['goods with a negative value', () => materials({ estimatedValue: '-0.01' }), 'estimatedValue'],
      ['goods valued over 1亿', () => materials({ estimatedValue: '200000000' }), 'estimatedValue'],
      ['a date that does not exist', () => funds({ occurredOn: '2019-02-30' }), 'occurredOn'],
      ['a date in the future', () => funds({ occurredOn: '2999-01-01' }), 'occurredOn'],
      ['a note over 500 characters', () => funds({ note: '注'.repeat(501) }), 'note'],
      ['another site than the project’s', () => funds({ siteId: String(world.jinan.siteId) }), 'siteId'],
      ['a project that does not exist', () => funds({ projectId: '999999' }), 'projectId'],
      ['a malformed project id', () => funds({ projectId: 'abc' }), 'projectId'],
    ])('rejects %s, naming the field and changing nothing', async (_why, input, field) => {
      const code = field === 'projectId' && _why.includes('not exist') ? 'NOT_FOUND' : 'BAD_USER_INPUT';
      await server.expectRejected(RECORD, { input: input() }, code, field);
    });

    it('refuses a coordinator of another unit, a volunteer and a site contact', async () => {
      for (const token of [world.tokens.jinanCoordinator, world.tokens.hezeMember, world.tokens.hezeSite]) {
        await server.as(token).expectRejected(RECORD, { input: funds() }, 'FORBIDDEN', 'projectId');
      }
    });

    it('lets the coordinator of a parent unit record for a sub-unit’s project', async () => {
      const entry = await record(
        funds({ projectId: String(world.caoxian.projectId), amount: '10' }),
        world.tokens.hezeCoordinator,
      );
      expect(entry.siteId).toBe(String(world.heze.siteId));
    });
  });

  describe('correcting and voiding', () => {
    it('updates a line, checking it whole, and switches its kind when the other fields are cleared', async () => {
      const entry = await record(funds({ amount: '50' }));
      const changed = await server.gql(UPDATE, { id: entry.id, input: { amount: '55.5' } });
      expect(changed.data!.updateSupportEntry.amount).toBe('55.50');
      await server.expectRejected(
        UPDATE,
        { id: entry.id, input: { kind: 'MATERIALS' } },
        'BAD_USER_INPUT',
        'amount',
      );
      const switched = await server.gql(UPDATE, {
        id: entry.id,
        input: {
          kind: 'MATERIALS',
          amount: null,
          fundingSource: null,
          itemName: '文具',
          quantity: '10',
          quantityUnit: '套',
          estimatedValue: '55.50',
        },
      });
      expect(switched.errors).toBeUndefined();
      expect(switched.data!.updateSupportEntry).toMatchObject({
        kind: 'MATERIALS',
        amount: null,
        quantity: '10.00',
      });
    });

    it('voids a line with a reason: it is kept, listed on request, and cannot change again', async () => {
      const entry = await record(funds({ amount: '77.77', occurredOn: '2019-06-01' }));
      await server.expectRejected(VOID, { id: entry.id, reason: '   ' }, 'BAD_USER_INPUT', 'reason');
      await server
        .as(world.tokens.jinanCoordinator)
        .expectRejected(VOID, { id: entry.id, reason: '重复录入' }, 'FORBIDDEN', 'id');
      const voided = await server.gql(VOID, { id: entry.id, reason: '重复录入' });
      expect(voided.data!.voidSupportEntry).toMatchObject({ voidReason: '重复录入', amount: '77.77' });
      expect(voided.data!.voidSupportEntry.voidedAt).not.toBeNull();
      await server.expectRejected(VOID, { id: entry.id, reason: '再次' }, 'CONFLICT', 'id');
      await server.expectRejected(UPDATE, { id: entry.id, input: { amount: '1' } }, 'CONFLICT', 'id');
      const listed = await server.gql(LIST, { filter: { includeVoided: true } });
      const hidden = await server.gql(LIST, {});
      const ids = (r: any) => r.data.supportEntries.edges.map((e: any) => e.node.id);
      expect(ids(listed)).toContain(entry.id);
      expect(ids(hidden)).not.toContain(entry.id);
      const trail = await server.gql(
        graphql(`
          query SupportAuditTrail($id: ID!) {
            auditEvents(filter: { entityType: "SupportEntry", entityId: $id }) {
              edges {
                node {
                  action
                }
              }
            }
          }
        `),
        { id: entry.id },
      );
      expect(trail.data!.auditEvents.edges.map((e: any) => e.node.action)).toEqual(['CREATE', 'UPDATE']);
    });
  });

  describe('totals', () => {
    // A project of its own (济南), so the sums below are exactly what these tests record.
    const jinanFunds = (occurredOn: string, amount: string, fundingSource: FundingSource = 'UNION_FUNDS') =>
      funds({ projectId: String(world.jinan.projectId), occurredOn, amount, fundingSource });

    beforeAll(async () => {
      const token = world.tokens.jinanCoordinator;
      await record(jinanFunds('2019-03-31', '0.10'), token); // Q1
      await record(jinanFunds('2019-04-01', '0.20'), token); // Q2
      await record(jinanFunds('2019-06-30', '0.10', 'DONATION'), token); // Q2
      await record(jinanFunds('2019-07-01', '99999999.99'), token); // Q3
      await record(jinanFunds('2019-09-30', '99999999.99'), token); // Q3
      await record(jinanFunds('2019-09-30', '99999999.99'), token); // Q3
      await record(jinanFunds('2019-10-01', '0.01'), token); // Q4
      await record(
        materials({
          projectId: String(world.jinan.projectId),
          occurredOn: '2019-12-31',
          estimatedValue: '0.07',
        }),
        token,
      ); // Q4
      const wrong = await record(jinanFunds('2019-05-05', '5000'), token);
      await server.gql(VOID, { id: wrong.id, reason: '金额录错' }, { token });
    });

    it('sums per China-time quarter exactly (0.1 + 0.2 is 0.30, three times 99999999.99 is 299999999.97)', async () => {
      const result = await totals({ projectId: String(world.jinan.projectId) });
      expect(result.groupBy).toEqual(['QUARTER']);
      expect(
        result.rows.map((r: any) => [
          r.year,
          r.quarter,
          r.entryCount,
          r.fundsAmount,
          r.materialsValue,
          r.totalValue,
        ]),
      ).toEqual([
        [2019, 1, 1, '0.10', '0.00', '0.10'],
        [2019, 2, 2, '0.30', '0.00', '0.30'],
        [2019, 3, 3, '299999999.97', '0.00', '299999999.97'],
        [2019, 4, 2, '0.01', '0.07', '0.08'],
      ]);
      expect(result.total).toEqual({
        entryCount: 8,
        fundsAmount: '300000000.38',
        materialsValue: '0.07',
        totalValue: '300000000.45',
      });
    });

    it('groups by several dimensions and names them', async () => {
      const result = await totals({ projectId: String(world.jinan.projectId), kind: 'FUNDS' }, [
        'FUNDING_SOURCE',
        'PROJECT',
      ]);
      expect(result.rows.map((r: any) => [r.fundingSource, r.project.name, r.fundsAmount, r.year])).toEqual([
        ['DONATION', '孝直镇中心小学助学', '0.10', null],
        ['UNION_FUNDS', '孝直镇中心小学助学', '300000000.28', null],
      ]);
      const byMonth = await totals(
        { projectId: String(world.jinan.projectId), from: '2019-09-01', to: '2019-10-31' },
        ['MONTH'],
      );
      expect(byMonth.rows.map((r: any) => [r.month, r.fundsAmount])).toEqual([
        [9, '199999999.98'],
        [10, '0.01'],
      ]);
    });

    it('totals a unit with its sub-units, and only what the reader may see', async () => {
      const heze = await totals(
        { unitId: String(world.heze.unitId) },
        ['UNIT'],
        world.tokens.hezeCoordinator,
      );
      expect(heze.rows.map((r: any) => r.unit.name).sort()).toEqual(
        ['曹县教育工会', '菏泽市教育工会'].sort(),
      );
      const mine = await totals({}, ['UNIT'], world.tokens.jinanCoordinator);
      expect(mine.rows.map((r: any) => r.unit.name)).toEqual(['济南市教育工会']);
      expect(mine.total.totalValue).toBe('300000000.45');
      const site = await totals({}, ['SITE'], world.tokens.hezeSite);
      expect(site.rows.map((r: any) => r.siteId)).toEqual([String(world.heze.siteId)]);
      const leader = await totals({}, ['PROJECT'], world.tokens.hezeLeader);
      expect(leader.rows.map((r: any) => r.projectId)).toEqual([String(world.heze.projectId)]);
      const other = await server.gql(
        TOTALS,
        { filter: { unitId: String(world.heze.unitId) } },
        {
          token: world.tokens.jinanCoordinator,
        },
      );
      expectError(other, 'FORBIDDEN', 'unitId');
      const volunteer = await server.gql(TOTALS, {}, { token: world.tokens.hezeMember });
      expectError(volunteer, 'FORBIDDEN');
    });

    it('rejects a bad grouping or range naming the field', async () => {
      expectError(await server.gql(TOTALS, { groupBy: ['YEAR', 'YEAR'] }), 'BAD_USER_INPUT', 'groupBy');
      expectError(
        await server.gql(TOTALS, { groupBy: ['YEAR', 'UNIT', 'SITE', 'KIND', 'PROJECT'] }),
        'BAD_USER_INPUT',
        'groupBy',
      );
      expectError(
        await server.gql(TOTALS, { filter: { from: '2019-05-01', to: '2019-04-01' } }),
        'BAD_USER_INPUT',
        'to',
      );
    });

    it('shows a project’s counting lines to those who may read its ledger', async () => {
      const query = graphql(`
        query SupportQuery($id: ID!) {
          serviceProject(id: $id) {
            supportEntries {
              amount
            }
          }
        }
      `);
      const id = String(world.jinan.projectId);
      const coordinator = await server.gql(query, { id }, { token: world.tokens.jinanCoordinator });
      expect(coordinator.data!.serviceProject!.supportEntries).toHaveLength(8);
      const outsider = await server.gql(query, { id }, { token: world.tokens.hezeCoordinator });
      expect(outsider.data!.serviceProject!.supportEntries).toEqual([]);
    });
  });
});
