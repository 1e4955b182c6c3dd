import { testDbKind } from '../support/test-database';
import { expectError, startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';
import type { CreateCampaignInput, CreateUnitInput, UnitFilter } from '../graphql/graphql';

// Selections several operations of this file read alike.
graphql(`
  fragment UnitsCampaignsUnitFields on Unit {
    id
    code
    name
    kind
    parentId
    cityCode
  }
`);
graphql(`
  fragment UnitsCampaignsCampaignFields on Campaign {
    id
    year
    name
    startsOn
    endsOn
    phases {
      kind
      startsOn
      endsOn
    }
    milestones {
      kind
      dueOn
    }
  }
`);

const CREATE_UNIT = graphql(`
  mutation UnitsCampaignsCreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      ...UnitsCampaignsUnitFields
    }
  }
`);
const UPDATE_UNIT = graphql(`
  mutation UnitsCampaignsUpdateUnit($id: ID!, $input: UpdateUnitInput!) {
    updateUnit(id: $id, input: $input) {
      ...UnitsCampaignsUnitFields
    }
  }
`);
const UNITS = graphql(`
  query UnitsCampaignsUnits($filter: UnitFilter) {
    units(filter: $filter) {
      totalCount
      edges {
        node {
          ...UnitsCampaignsUnitFields
        }
      }
    }
  }
`);
const UNIT_TREE = graphql(`
  query UnitsCampaignsUnitTree($id: ID!) {
    unit(id: $id) {
      code
      parent {
        code
      }
      children {
        code
        kind
      }
    }
  }
`);

const CREATE_CAMPAIGN = graphql(`
  mutation UnitsCampaignsCreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      ...UnitsCampaignsCampaignFields
    }
  }
`);
const CAMPAIGN_BY_YEAR = graphql(`
  query UnitsCampaignsCampaignByYear($year: Int) {
    campaign(year: $year) {
      ...UnitsCampaignsCampaignFields
    }
  }
`);

interface UnitRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  cityCode: string;
}

/** The 2019 calendar of the notice: launch by end of March, serve April–September, summarise in early October. */
const CAMPAIGN_2019: CreateCampaignInput = {
  year: 2019,
  name: '2019年“践行新思想·奋进新时代”助力脱贫攻坚教职工志愿服务活动',
  startsOn: '2019-03-01',
  endsOn: '2019-10-31',
  phases: [
    { kind: 'LAUNCH', startsOn: '2019-03-01', endsOn: '2019-03-31' },
    { kind: 'SERVICE', startsOn: '2019-04-01', endsOn: '2019-09-30' },
    { kind: 'SUMMARY', startsOn: '2019-10-01', endsOn: '2019-10-11' },
  ],
  milestones: [
    { kind: 'LAUNCH', dueOn: '2019-03-30' },
    { kind: 'MID_TERM', dueOn: '2019-06-30' },
    { kind: 'SUMMARY', dueOn: '2019-09-30' },
    { kind: 'FINAL_MATERIALS', dueOn: '2019-10-11' },
  ],
};

describe(`units and campaigns over HTTP (${testDbKind()})`, () => {
  let server: TestServer;
  let province: UnitRow;
  let jinan: UnitRow;
  let sdu: UnitRow;
  /** A union below the Jinan city union, so that union has a child to be moved under. */
  let jinanCollege: UnitRow;

  async function createUnit(input: CreateUnitInput): Promise<UnitRow> {
    const response = await server.gql(CREATE_UNIT, { input });
    expect(response.errors).toBeUndefined();
    return response.data!.createUnit;
  }

  async function listUnits(filter: UnitFilter): Promise<{ totalCount: number; codes: string[] }> {
    const response = await server.gql(UNITS, {
      filter,
    });
    expect(response.errors).toBeUndefined();
    const { totalCount, edges } = response.data!.units;
    return { totalCount, codes: edges.map((edge) => edge.node.code) };
  }

  beforeAll(async () => {
    server = await startTestServer();
    province = await createUnit({
      code: 'SD',
      name: '中国教育工会山东省委员会',
      kind: 'PROVINCE',
      cityCode: '370100',
    });
    jinan = await createUnit({
      code: 'SD-370100',
      name: '济南市教育工会',
      kind: 'CITY',
      parentId: province.id,
      cityCode: '370100',
    });
    sdu = await createUnit({
      code: 'SD-U01',
      name: '山东大学工会',
      kind: 'UNIVERSITY',
      parentId: province.id,
      cityCode: '370100',
    });
    jinanCollege = await createUnit({
      code: 'SD-370100-01',
      name: '济南职业学院工会',
      kind: 'UNIVERSITY',
      parentId: jinan.id,
      cityCode: '370100',
    });
  });

  afterAll(() => server.stop());

  describe('units', () => {
    it('creates the province union without a parent and the city and university unions under it', () => {
      expect(province).toMatchObject({ code: 'SD', kind: 'PROVINCE', parentId: null, cityCode: '370100' });
      expect(jinan).toMatchObject({
        code: 'SD-370100',
        name: '济南市教育工会',
        kind: 'CITY',
        parentId: province.id,
      });
      expect(sdu).toMatchObject({
        code: 'SD-U01',
        name: '山东大学工会',
        kind: 'UNIVERSITY',
        parentId: province.id,
      });
      expect(new Set([province.id, jinan.id, sdu.id, jinanCollege.id]).size).toBe(4);
    });

    it('filters units by kind', async () => {
      expect(await listUnits({ kind: 'PROVINCE' })).toEqual({ totalCount: 1, codes: ['SD'] });
      expect(await listUnits({ kind: 'CITY' })).toEqual({ totalCount: 1, codes: ['SD-370100'] });
      expect(await listUnits({ kind: 'UNIVERSITY' })).toEqual({
        totalCount: 2,
        codes: ['SD-U01', 'SD-370100-01'],
      });
    });

    it('filters units by parentId to the direct children only', async () => {
      expect(await listUnits({ parentId: province.id })).toEqual({
        totalCount: 2,
        codes: ['SD-370100', 'SD-U01'],
      });
      expect(await listUnits({ parentId: jinan.id })).toEqual({ totalCount: 1, codes: ['SD-370100-01'] });
      expect(await listUnits({ parentId: sdu.id })).toEqual({ totalCount: 0, codes: [] });
    });

    it('searches units by part of the name', async () => {
      expect(await listUnits({ search: '济南' })).toEqual({
        totalCount: 2,
        codes: ['SD-370100', 'SD-370100-01'],
      });
      expect(await listUnits({ search: '山东大学' })).toEqual({ totalCount: 1, codes: ['SD-U01'] });
      expect(await listUnits({ search: '青岛' })).toEqual({ totalCount: 0, codes: [] });
    });

    it('combines filters: universities under the province', async () => {
      expect(await listUnits({ kind: 'UNIVERSITY', parentId: province.id })).toEqual({
        totalCount: 1,
        codes: ['SD-U01'],
      });
    });

    it('resolves unit { parent children } both ways along the tree', async () => {
      const top = await server.gql(UNIT_TREE, { id: province.id });
      expect(top.errors).toBeUndefined();
      expect(top.data!.unit).toEqual({
        code: 'SD',
        parent: null,
        children: [
          { code: 'SD-370100', kind: 'CITY' },
          { code: 'SD-U01', kind: 'UNIVERSITY' },
        ],
      });
      const city = await server.gql(UNIT_TREE, { id: jinan.id });
      expect(city.data!.unit).toEqual({
        code: 'SD-370100',
        parent: { code: 'SD' },
        children: [{ code: 'SD-370100-01', kind: 'UNIVERSITY' }],
      });
    });

    it('rejects a city union without parentId (BAD_USER_INPUT, parentId) and writes nothing', async () => {
      await server.expectRejected(
        CREATE_UNIT,
        { input: { code: 'SD-370200', name: '青岛市教育工会', kind: 'CITY', cityCode: '370200' } },
        'BAD_USER_INPUT',
        'parentId',
      );
    });

    it('rejects a province union with a parent (BAD_USER_INPUT, parentId) and writes nothing', async () => {
      await server.expectRejected(
        CREATE_UNIT,
        {
          input: {
            code: 'SD2',
            name: '另一个省教育工会',
            kind: 'PROVINCE',
            parentId: province.id,
            cityCode: '370100',
          },
        },
        'BAD_USER_INPUT',
        'parentId',
      );
    });

    it('rejects a duplicate code (CONFLICT, code) and writes nothing', async () => {
      await server.expectRejected(
        CREATE_UNIT,
        {
          input: {
            code: 'SD-370100',
            name: '济南市教育工会（重复）',
            kind: 'CITY',
            parentId: province.id,
            cityCode: '370100',
          },
        },
        'CONFLICT',
        'code',
      );
    });

    it.each([
      ['five digits', '37020'],
      ['letters', 'QD0200'],
      ['seven digits', '3702000'],
    ])('rejects a cityCode of %s (BAD_USER_INPUT, cityCode) and writes nothing', async (_label, cityCode) => {
      await server.expectRejected(
        CREATE_UNIT,
        {
          input: { code: 'SD-370200', name: '青岛市教育工会', kind: 'CITY', parentId: province.id, cityCode },
        },
        'BAD_USER_INPUT',
        'cityCode',
      );
    });

    it('rejects an unknown parentId (NOT_FOUND, parentId) and writes nothing', async () => {
      await server.expectRejected(
        CREATE_UNIT,
        {
          input: {
            code: 'SD-370200',
            name: '青岛市教育工会',
            kind: 'CITY',
            parentId: '999999',
            cityCode: '370200',
          },
        },
        'NOT_FOUND',
        'parentId',
      );
    });

    it('rejects moving a unit under its own child (BAD_USER_INPUT, parentId) and writes nothing', async () => {
      await server.expectRejected(
        UPDATE_UNIT,
        { id: jinan.id, input: { parentId: jinanCollege.id } },
        'BAD_USER_INPUT',
        'parentId',
      );
    });

    it('rejects moving a unit under itself (BAD_USER_INPUT, parentId) and writes nothing', async () => {
      await server.expectRejected(
        UPDATE_UNIT,
        { id: jinan.id, input: { parentId: jinan.id } },
        'BAD_USER_INPUT',
        'parentId',
      );
    });

    it('rejects a code differing only in letter case (CONFLICT, code), as the unique index does on MariaDB', async () => {
      await server.expectRejected(
        CREATE_UNIT,
        {
          input: {
            code: 'sd-370100',
            name: '济南市教育工会（小写）',
            kind: 'CITY',
            parentId: province.id,
            cityCode: '370100',
          },
        },
        'CONFLICT',
        'code',
      );
    });

    it('creates a code once when it is submitted three times at the same moment: the others get CONFLICT code', async () => {
      const input: CreateUnitInput = {
        code: 'SD-370200',
        name: '青岛市教育工会',
        kind: 'CITY',
        parentId: province.id,
        cityCode: '370200',
      };
      const responses = await Promise.all([1, 2, 3].map(() => server.gql(CREATE_UNIT, { input })));
      const created = responses.filter((r) => r.data?.createUnit);
      expect(created).toHaveLength(1);
      for (const response of responses.filter((r) => !r.data?.createUnit))
        expectError(response, 'CONFLICT', 'code');
      expect(await listUnits({ search: '青岛' })).toEqual({ totalCount: 1, codes: ['SD-370200'] });
    });

    it('moves a unit under another unit that is not below it', async () => {
      const response = await server.gql(UPDATE_UNIT, {
        id: jinanCollege.id,
        input: { parentId: province.id },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.updateUnit.parentId).toBe(province.id);
      expect(await listUnits({ parentId: jinan.id })).toEqual({ totalCount: 0, codes: [] });
      // Put it back so the tree is as the other tests expect.
      const back = await server.gql(UPDATE_UNIT, { id: jinanCollege.id, input: { parentId: jinan.id } });
      expect(back.data!.updateUnit.parentId).toBe(jinan.id);
    });

    it('treats % and _ in a search as plain characters', async () => {
      // Last of the unit tests: the extra unit would change the counts above.
      await createUnit({
        code: 'SD-TEST-01',
        name: '测试_工会100%',
        kind: 'UNIVERSITY',
        parentId: province.id,
        cityCode: '370100',
      });
      expect(await listUnits({ search: '_' })).toEqual({ totalCount: 1, codes: ['SD-TEST-01'] });
      expect(await listUnits({ search: '100%' })).toEqual({ totalCount: 1, codes: ['SD-TEST-01'] });
      expect(await listUnits({ search: '%' })).toEqual({ totalCount: 1, codes: ['SD-TEST-01'] });
    });
  });

  describe('campaigns', () => {
    let created: any;

    beforeAll(async () => {
      const response = await server.gql(CREATE_CAMPAIGN, { input: CAMPAIGN_2019 });
      expect(response.errors).toBeUndefined();
      created = response.data!.createCampaign;
    });

    it('creates the 2019 campaign with its three phases and four milestones (3/30, 6/30, 9/30, 10/11)', () => {
      expect(created).toMatchObject({
        year: 2019,
        name: CAMPAIGN_2019.name,
        startsOn: '2019-03-01',
        endsOn: '2019-10-31',
      });
      expect(created.id).toEqual(expect.any(String));
    });

    it('reads the campaign back by campaign(year: 2019) with the same phases and milestones', async () => {
      const response = await server.gql(CAMPAIGN_BY_YEAR, { year: 2019 });
      expect(response.errors).toBeUndefined();
      const campaign = response.data!.campaign;
      expect(campaign).toMatchObject({
        id: created.id,
        year: 2019,
        startsOn: '2019-03-01',
        endsOn: '2019-10-31',
      });
      const byKind = <T extends { kind: string }>(rows: T[]) =>
        [...rows].sort((a, b) => a.kind.localeCompare(b.kind));
      expect(byKind(campaign!.phases)).toEqual(byKind(CAMPAIGN_2019.phases));
      expect(byKind(campaign!.milestones)).toEqual(byKind(CAMPAIGN_2019.milestones));
      expect(campaign!.milestones.map((m: { dueOn: string }) => m.dueOn).sort()).toEqual([
        '2019-03-30',
        '2019-06-30',
        '2019-09-30',
        '2019-10-11',
      ]);
    });

    it('answers null for a year without a campaign', async () => {
      const response = await server.gql(CAMPAIGN_BY_YEAR, { year: 2020 });
      expect(response.errors).toBeUndefined();
      expect(response.data!.campaign).toBeNull();
    });

    it('rejects a second campaign for 2019 (CONFLICT, year) and writes nothing', async () => {
      await server.expectRejected(
        CREATE_CAMPAIGN,
        { input: { ...CAMPAIGN_2019, name: '2019年重复活动' } },
        'CONFLICT',
        'year',
      );
    });

    it('rejects a phase outside the campaign dates (BAD_USER_INPUT, phases[0].startsOn) and writes nothing', async () => {
      await server.expectRejected(
        CREATE_CAMPAIGN,
        {
          input: {
            ...CAMPAIGN_2019,
            year: 2020,
            startsOn: '2020-03-01',
            endsOn: '2020-10-31',
            phases: [{ kind: 'LAUNCH', startsOn: '2020-02-15', endsOn: '2020-03-31' }],
            milestones: [],
          },
        },
        'BAD_USER_INPUT',
        'phases[0].startsOn',
      );
    });

    it('rejects a campaign whose endsOn is before its startsOn (BAD_USER_INPUT, endsOn) and writes nothing', async () => {
      await server.expectRejected(
        CREATE_CAMPAIGN,
        {
          input: {
            ...CAMPAIGN_2019,
            year: 2020,
            startsOn: '2020-10-31',
            endsOn: '2020-03-01',
            phases: [],
            milestones: [],
          },
        },
        'BAD_USER_INPUT',
        'endsOn',
      );
    });

    it('lists campaigns newest first', async () => {
      const next = {
        ...CAMPAIGN_2019,
        year: 2020,
        name: '2020年活动',
        startsOn: '2020-03-01',
        endsOn: '2020-10-31',
        phases: [],
        milestones: [],
      };
      const response = await server.gql(CREATE_CAMPAIGN, { input: next });
      expect(response.errors).toBeUndefined();
      const list = await server.gql(
        graphql(`
          query UnitsCampaignsCampaigns {
            campaigns {
              year
            }
          }
        `),
      );
      expect(list.data!.campaigns).toEqual([{ year: 2020 }, { year: 2019 }]);
    });
  });
});
