import { testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';
import type {
  CreateServiceProjectInput,
  CreateSiteInput,
  CreateUnitInput,
  PostServiceNeedInput,
  ServiceNeedFilter,
  SiteFilter,
  TypedDocumentString,
} from '../graphql/graphql';

// Selections several operations of this file read alike.
graphql(`
  fragment SitesNeedsProjectsSiteFields on Site {
    id
    name
    kind
    areaCode
    cityCode
    latitude
    longitude
    contactPhone
    isLongTermBase
    longTermBaseSince
  }
`);
graphql(`
  fragment SitesNeedsProjectsServiceNeedFields on ServiceNeed {
    id
    title
    category
    status
    headcount
    startsAt
    endsAt
    beneficiaryGroups
    siteId
    site {
      name
    }
  }
`);
graphql(`
  fragment SitesNeedsProjectsServiceProjectFields on ServiceProject {
    id
    name
    status
    startsOn
    endsOn
    nationalCategoryCodes
    beneficiaryCodes
    areaCode
    peopleServed
    team {
      name
    }
    site {
      name
    }
    campaign {
      year
    }
    posts {
      name
    }
    needs {
      title
    }
  }
`);

/** A list answer as names() reads it. */
interface Connection {
  totalCount: number;
  edges: { node: { name?: string; title?: string } }[];
}

const CREATE_SITE = graphql(`
  mutation SitesNeedsProjectsCreateSite($input: CreateSiteInput!) {
    createSite(input: $input) {
      ...SitesNeedsProjectsSiteFields
    }
  }
`);
const UPDATE_SITE = graphql(`
  mutation SitesNeedsProjectsUpdateSite($id: ID!, $input: UpdateSiteInput!) {
    updateSite(id: $id, input: $input) {
      ...SitesNeedsProjectsSiteFields
    }
  }
`);
const SITES = graphql(`
  query SitesNeedsProjectsSites2($filter: SiteFilter) {
    sites(filter: $filter) {
      totalCount
      edges {
        node {
          name
        }
      }
    }
  }
`);
const PAIR = graphql(`
  mutation SitesNeedsProjectsPair($input: PairUnitWithSiteInput!) {
    pairUnitWithSite(input: $input) {
      id
      unitId
      siteId
      kind
      startedOn
      endedOn
      unit {
        name
      }
      site {
        name
      }
    }
  }
`);
const END_PAIRING = graphql(`
  mutation SitesNeedsProjectsEndPairing($id: ID!, $endedOn: LocalDate!) {
    endPairing(id: $id, endedOn: $endedOn) {
      id
      endedOn
    }
  }
`);

const POST_NEED = graphql(`
  mutation SitesNeedsProjectsPostNeed($input: PostServiceNeedInput!) {
    postServiceNeed(input: $input) {
      ...SitesNeedsProjectsServiceNeedFields
    }
  }
`);
const UPDATE_NEED = graphql(`
  mutation SitesNeedsProjectsUpdateNeed($id: ID!, $input: UpdateServiceNeedInput!) {
    updateServiceNeed(id: $id, input: $input) {
      ...SitesNeedsProjectsServiceNeedFields
    }
  }
`);
const NEEDS = graphql(`
  query SitesNeedsProjectsNeeds($filter: ServiceNeedFilter) {
    serviceNeeds(filter: $filter) {
      totalCount
      edges {
        node {
          title
        }
      }
    }
  }
`);

const CREATE_PROJECT = graphql(`
  mutation SitesNeedsProjectsCreateProject($input: CreateServiceProjectInput!) {
    createServiceProject(input: $input) {
      ...SitesNeedsProjectsServiceProjectFields
    }
  }
`);
const UPDATE_PROJECT = graphql(`
  mutation SitesNeedsProjectsUpdateProject($id: ID!, $input: UpdateServiceProjectInput!) {
    updateServiceProject(id: $id, input: $input) {
      ...SitesNeedsProjectsServiceProjectFields
    }
  }
`);
const PROJECT = graphql(`
  query SitesNeedsProjectsProject($id: ID!) {
    serviceProject(id: $id) {
      ...SitesNeedsProjectsServiceProjectFields
    }
  }
`);

/** Needs must lie in the future, so the campaign is next year's; its calendar follows the 2019 notice. */
const YEAR = new Date().getUTCFullYear() + 1;
const day = (monthDay: string) => `${YEAR}-${monthDay}`;
/** A service window on a day of the campaign, 09:00–12:00 China time. */
const morning = (monthDay: string) => ({
  startsAt: `${day(monthDay)}T01:00:00.000Z`,
  endsAt: `${day(monthDay)}T04:00:00.000Z`,
});

describe(`sites, needs and projects over HTTP (${testDbKind()})`, () => {
  let server: TestServer;
  let heze: string; // 菏泽市教育工会: its team serves the 曹县 and 单县 sites
  let jinan: string; // 济南市教育工会: paired with the 平阴县 site only
  let campaignId: string;
  let teamId: string;
  let wangzhuang: any; // 曹县青岗镇王庄村, a long-term base
  let shanxian: any; // 单县实验小学
  let pingyin: any; // 平阴县孝直镇中心小学 (济南)
  let hezePairingId: string;
  const needs: Record<string, any> = {};

  /** The one root field of a successful response. */
  async function send<R, V>(query: TypedDocumentString<R, V>, variables: NoInfer<V>): Promise<R[keyof R]> {
    const response = await server.gql(query, variables);
    expect(response.errors).toBeUndefined();
    return Object.values(response.data!)[0] as R[keyof R];
  }

  async function names(
    query: typeof SITES | typeof NEEDS,
    filter: SiteFilter & ServiceNeedFilter,
    key: 'name' | 'title',
  ): Promise<string[]> {
    const response = await server.gql<Record<string, Connection>, { filter: typeof filter }>(
      query as TypedDocumentString<Record<string, Connection>, { filter: typeof filter }>,
      { filter },
    );
    expect(response.errors).toBeUndefined();
    const connection = Object.values(response.data!)[0]!;
    expect(connection.totalCount).toBe(connection.edges.length);
    return connection.edges.map((edge) => edge.node[key]!);
  }

  const siteInput = (overrides: Partial<CreateSiteInput> = {}): CreateSiteInput => ({
    name: '曹县青岗镇李庄村',
    kind: 'VILLAGE',
    areaCode: '371721',
    latitude: 34.8,
    longitude: 115.5,
    ...overrides,
  });

  const needInput = (overrides: Partial<PostServiceNeedInput> = {}): PostServiceNeedInput => ({
    siteId: wangzhuang.id,
    campaignId,
    title: '暑期数学辅导',
    category: 'TUTORING',
    headcount: 3,
    ...morning('07-10'),
    ...overrides,
  });

  const projectInput = (overrides: Partial<CreateServiceProjectInput> = {}): CreateServiceProjectInput => ({
    name: '王庄村暑期助学',
    teamId,
    siteId: wangzhuang.id,
    campaignId,
    startsOn: day('04-01'),
    endsOn: day('09-30'),
    posts: [{ name: '学习辅导员' }],
    ...overrides,
  });

  beforeAll(async () => {
    server = await startTestServer();
    const unit = async (input: CreateUnitInput) =>
      (
        await send(
          graphql(`
            mutation SitesNeedsProjectsCreateUnit($input: CreateUnitInput!) {
              createUnit(input: $input) {
                id
              }
            }
          `),
          { input },
        )
      ).id as string;
    const province = await unit({
      code: 'SD',
      name: '中国教育工会山东省委员会',
      kind: 'PROVINCE',
      cityCode: '370100',
    });
    heze = await unit({
      code: 'SD-371700',
      name: '菏泽市教育工会',
      kind: 'CITY',
      parentId: province,
      cityCode: '371700',
    });
    jinan = await unit({
      code: 'SD-370100',
      name: '济南市教育工会',
      kind: 'CITY',
      parentId: province,
      cityCode: '370100',
    });
    campaignId = (
      await send(
        graphql(`
          mutation SitesNeedsProjectsCreateCampaign($input: CreateCampaignInput!) {
            createCampaign(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            year: YEAR,
            name: `${YEAR}年教职工志愿服务活动`,
            startsOn: day('03-01'),
            endsOn: day('10-31'),
            phases: [],
            milestones: [],
          },
        },
      )
    ).id;
    teamId = (
      await send(
        graphql(`
          mutation SitesNeedsProjectsCreateServiceTeam($input: CreateServiceTeamInput!) {
            createServiceTeam(input: $input) {
              id
            }
          }
        `),
        {
          input: { name: '牡丹助学志愿服务队', unitId: heze },
        },
      )
    ).id;
  });

  afterAll(() => server.stop());

  describe('sites', () => {
    it('creates a site in a county, derives its city and marks a long-term base via longTermBaseSince', async () => {
      wangzhuang = await send(CREATE_SITE, {
        input: siteInput({
          name: '曹县青岗镇王庄村',
          contactPhone: '0530-5551234',
          longTermBaseSince: '2018-06-01',
          peopleServed: 320,
        }),
      });
      expect(wangzhuang).toMatchObject({
        areaCode: '371721',
        cityCode: '371700',
        contactPhone: '0530-5551234',
        isLongTermBase: true,
        longTermBaseSince: '2018-06-01',
        latitude: 34.8,
        longitude: 115.5,
      });
      shanxian = await send(CREATE_SITE, {
        input: siteInput({
          name: '单县实验小学',
          kind: 'SCHOOL',
          areaCode: '371722',
          latitude: 34.79,
          longitude: 116.08,
        }),
      });
      expect(shanxian).toMatchObject({
        cityCode: '371700',
        isLongTermBase: false,
        longTermBaseSince: null,
        contactPhone: null,
      });
      pingyin = await send(CREATE_SITE, {
        input: siteInput({
          name: '平阴县孝直镇中心小学',
          kind: 'SCHOOL',
          areaCode: '370124',
          latitude: 36.28,
          longitude: 116.45,
          contactPhone: '13800001234',
        }),
      });
      expect(pingyin).toMatchObject({ cityCode: '370100', contactPhone: '13800001234' });
    });

    it('rejects a whole-city area code such as 371700 (BAD_USER_INPUT, areaCode) and writes nothing', async () => {
      await server.expectRejected(
        CREATE_SITE,
        { input: siteInput({ areaCode: '371700' }) },
        'BAD_USER_INPUT',
        'areaCode',
      );
    });

    it('rejects latitude 91 (BAD_USER_INPUT, latitude) and writes nothing', async () => {
      await server.expectRejected(
        CREATE_SITE,
        { input: siteInput({ latitude: 91 }) },
        'BAD_USER_INPUT',
        'latitude',
      );
    });

    it('rejects contactPhone 12345 (BAD_USER_INPUT, contactPhone) and writes nothing', async () => {
      await server.expectRejected(
        CREATE_SITE,
        { input: siteInput({ contactPhone: '12345' }) },
        'BAD_USER_INPUT',
        'contactPhone',
      );
    });

    it('pairs units with sites and resolves the pairing’s unit and site', async () => {
      const pairing = await send(PAIR, {
        input: { unitId: heze, siteId: wangzhuang.id, kind: 'BUREAU_PAIRED', startedOn: day('03-15') },
      });
      expect(pairing).toMatchObject({
        unitId: heze,
        siteId: wangzhuang.id,
        kind: 'BUREAU_PAIRED',
        startedOn: day('03-15'),
        endedOn: null,
        unit: { name: '菏泽市教育工会' },
        site: { name: '曹县青岗镇王庄村' },
      });
      hezePairingId = pairing.id;
      await send(PAIR, {
        input: { unitId: heze, siteId: shanxian.id, kind: 'SELF_PAIRED', startedOn: day('03-15') },
      });
      await send(PAIR, {
        input: { unitId: jinan, siteId: pingyin.id, kind: 'BUREAU_PAIRED', startedOn: day('03-15') },
      });
    });

    it('rejects pairing the same unit and site twice (CONFLICT, siteId) and writes nothing', async () => {
      await server.expectRejected(
        PAIR,
        { input: { unitId: heze, siteId: wangzhuang.id, kind: 'SELF_PAIRED', startedOn: day('04-01') } },
        'CONFLICT',
        'siteId',
      );
    });

    it('rejects ending a pairing before it started (BAD_USER_INPUT, endedOn) and writes nothing', async () => {
      await server.expectRejected(
        END_PAIRING,
        { id: hezePairingId, endedOn: day('03-14') },
        'BAD_USER_INPUT',
        'endedOn',
      );
    });

    it('filters sites by cityCode, pairedUnitId and isLongTermBase', async () => {
      expect(await names(SITES, { cityCode: '371700' }, 'name')).toEqual([
        '曹县青岗镇王庄村',
        '单县实验小学',
      ]);
      expect(await names(SITES, { cityCode: '370100' }, 'name')).toEqual(['平阴县孝直镇中心小学']);
      expect(await names(SITES, { pairedUnitId: heze }, 'name')).toEqual([
        '曹县青岗镇王庄村',
        '单县实验小学',
      ]);
      expect(await names(SITES, { pairedUnitId: jinan }, 'name')).toEqual(['平阴县孝直镇中心小学']);
      expect(await names(SITES, { isLongTermBase: true }, 'name')).toEqual(['曹县青岗镇王庄村']);
      expect(await names(SITES, { isLongTermBase: false }, 'name')).toEqual([
        '单县实验小学',
        '平阴县孝直镇中心小学',
      ]);
      expect(await names(SITES, { pairedUnitId: heze, isLongTermBase: false }, 'name')).toEqual([
        '单县实验小学',
      ]);
    });

    it('marks a site a long-term base by updateSite(longTermBaseSince) and ends it with null', async () => {
      const marked = await send(UPDATE_SITE, { id: shanxian.id, input: { longTermBaseSince: day('05-01') } });
      expect(marked).toMatchObject({
        isLongTermBase: true,
        longTermBaseSince: day('05-01'),
        cityCode: '371700',
      });
      expect(await names(SITES, { isLongTermBase: true }, 'name')).toEqual([
        '曹县青岗镇王庄村',
        '单县实验小学',
      ]);
      const unmarked = await send(UPDATE_SITE, { id: shanxian.id, input: { longTermBaseSince: null } });
      expect(unmarked).toMatchObject({ isLongTermBase: false, longTermBaseSince: null });
    });
  });

  describe('service needs', () => {
    beforeAll(async () => {
      const post = async (key: string, overrides: Record<string, unknown>) => {
        needs[key] = await send(POST_NEED, { input: needInput(overrides) });
      };
      await post('tutoring', {
        beneficiaryGroups: ['POOR_RURAL_STUDENTS', 'CHILDREN'],
        beneficiaryCount: 40,
      });
      await post('medical', {
        title: '老年人义诊',
        category: 'MEDICAL_SERVICE',
        beneficiaryGroups: ['ELDERLY'],
        beneficiaryCount: 60,
        ...morning('07-12'),
      });
      await post('culture', {
        title: '乡村文艺汇演',
        category: 'CULTURE',
        beneficiaryGroups: ['RURAL_RESIDENTS'],
        ...morning('08-01'),
      });
      await post('science', {
        title: '科普大篷车',
        category: 'SCIENCE_POPULARISATION',
        beneficiaryGroups: ['CHILDREN'],
        ...morning('08-05'),
      });
      await post('safety', {
        siteId: pingyin.id,
        title: '防溺水安全宣讲',
        category: 'SAFETY_TALK',
        ...morning('06-20'),
      });
      await post('mentoring', {
        siteId: shanxian.id,
        title: '青年教师课堂指导',
        category: 'TEACHER_MENTORING',
        beneficiaryGroups: ['TEACHERS_IN_WEAK_AREAS'],
      });
    });

    it('posts needs as OPEN with their site', () => {
      expect(needs.tutoring).toMatchObject({
        title: '暑期数学辅导',
        category: 'TUTORING',
        status: 'OPEN',
        headcount: 3,
        siteId: wangzhuang.id,
        site: { name: '曹县青岗镇王庄村' },
        beneficiaryGroups: ['POOR_RURAL_STUDENTS', 'CHILDREN'],
        ...morning('07-10'),
      });
    });

    it('rejects headcount 0 (BAD_USER_INPUT, headcount) and writes nothing', async () => {
      await server.expectRejected(
        POST_NEED,
        { input: needInput({ headcount: 0 }) },
        'BAD_USER_INPUT',
        'headcount',
      );
    });

    it('rejects a window ending before it starts (BAD_USER_INPUT, endsAt) and writes nothing', async () => {
      const { startsAt, endsAt } = morning('07-10');
      await server.expectRejected(
        POST_NEED,
        { input: needInput({ startsAt: endsAt, endsAt: startsAt }) },
        'BAD_USER_INPUT',
        'endsAt',
      );
    });

    it('rejects a window already in the past (BAD_USER_INPUT, endsAt) and writes nothing', async () => {
      await server.expectRejected(
        POST_NEED,
        { input: needInput({ startsAt: '2019-07-10T01:00:00.000Z', endsAt: '2019-07-10T04:00:00.000Z' }) },
        'BAD_USER_INPUT',
        'endsAt',
      );
    });

    it('rejects an unknown site (NOT_FOUND, siteId) and writes nothing', async () => {
      await server.expectRejected(
        POST_NEED,
        { input: needInput({ siteId: '999999' }) },
        'NOT_FOUND',
        'siteId',
      );
    });

    it('filters needs by category, status, cityCode and pairedUnitId', async () => {
      expect(await names(NEEDS, { category: 'TUTORING' }, 'title')).toEqual(['暑期数学辅导']);
      expect(await names(NEEDS, { status: 'OPEN' }, 'title')).toHaveLength(6);
      expect(await names(NEEDS, { cityCode: '370100' }, 'title')).toEqual(['防溺水安全宣讲']);
      expect(await names(NEEDS, { pairedUnitId: jinan }, 'title')).toEqual(['防溺水安全宣讲']);
      expect(await names(NEEDS, { pairedUnitId: heze }, 'title')).toEqual([
        '暑期数学辅导',
        '老年人义诊',
        '乡村文艺汇演',
        '科普大篷车',
        '青年教师课堂指导',
      ]);
      expect(await names(NEEDS, { cityCode: '371700', category: 'TEACHER_MENTORING' }, 'title')).toEqual([
        '青年教师课堂指导',
      ]);
    });

    it('lists the needs posted since an instant, to the second (postedSince: what a live board missed)', async () => {
      const before = await send(POST_NEED, {
        input: needInput({ title: '断线前发布', ...morning('07-20') }),
      });
      // A second boundary between the two posts: postedAt is kept to the second.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const since = new Date();
      const missed = await send(POST_NEED, {
        input: needInput({ title: '断线期间发布', ...morning('07-21') }),
      });
      const seen = await names(NEEDS, { postedSince: since.toISOString() }, 'title');
      expect(seen).toEqual(['断线期间发布']);
      // Whole seconds: an instant late in the second the need was posted in still finds it.
      const { postedAt } = (
        await server.gql(
          graphql(`
            query SitesNeedsProjectsServiceNeed($id: ID!) {
              serviceNeed(id: $id) {
                postedAt
              }
            }
          `),
          { id: missed.id },
        )
      ).data!.serviceNeed!;
      const sameSecond = new Date(Math.floor(new Date(postedAt).getTime() / 1000) * 1000 + 999).toISOString();
      expect(await names(NEEDS, { postedSince: sameSecond }, 'title')).toEqual(['断线期间发布']);
      for (const need of [before, missed]) {
        await send(UPDATE_NEED, { id: need.id, input: { status: 'CANCELLED' } });
      }
    });

    it('closes a need with updateServiceNeed(status: CLOSED)', async () => {
      const closed = await send(UPDATE_NEED, { id: needs.mentoring.id, input: { status: 'CLOSED' } });
      expect(closed.status).toBe('CLOSED');
      expect(await names(NEEDS, { status: 'CLOSED' }, 'title')).toEqual(['青年教师课堂指导']);
      expect(await names(NEEDS, { status: 'OPEN' }, 'title')).toHaveLength(5);
    });

    it("lists a site's needs of one status, several statuses in one request", async () => {
      const { sites } = await server
        .gql(
          graphql(`
            query SitesNeedsProjectsSites {
              sites(first: 100) {
                edges {
                  node {
                    id
                    open: needs(status: OPEN) {
                      title
                    }
                    closed: needs(status: CLOSED) {
                      title
                    }
                    all: needs {
                      title
                    }
                  }
                }
              }
            }
          `),
        )
        .then((r) => r.data!);
      const site = (id: string) => sites.edges.find((e) => e.node.id === id)!.node;
      const titles = (list: { title: string }[]) => list.map((n) => n.title);
      expect(site(shanxian.id)).toMatchObject({ open: [], closed: [{ title: '青年教师课堂指导' }] });
      expect(titles(site(shanxian.id).all)).toEqual(['青年教师课堂指导']);
      expect(titles(site(wangzhuang.id).open)).toEqual([
        '暑期数学辅导',
        '老年人义诊',
        '乡村文艺汇演',
        '科普大篷车',
      ]);
      expect(site(wangzhuang.id).closed).toEqual([]);
      expect(titles(site(pingyin.id).all)).toEqual(['防溺水安全宣讲']);
    });

    it('rejects setting FILLED by hand (BAD_USER_INPUT, status) and writes nothing', async () => {
      await server.expectRejected(
        UPDATE_NEED,
        { id: needs.tutoring.id, input: { status: 'FILLED' } },
        'BAD_USER_INPUT',
        'status',
      );
    });

    describe("a need lies within its campaign's dates, whole days in China time", () => {
      /** The campaign runs from 03-01 00:00 to 10-31 24:00 China time (UTC+8). */
      const opens = `${day('02-28')}T16:00:00.000Z`;
      const closes = `${day('10-31')}T16:00:00.000Z`;
      const outside = (what: string) =>
        `a need must lie within its campaign (${day('03-01')} – ${day('10-31')}, China time): it ${what}`;

      /** Refused with the code and field, nothing written (expectRejected); returns the message. */
      async function refused<R, V>(query: TypedDocumentString<R, V>, variables: NoInfer<V>, field: string) {
        await server.expectRejected(query, variables, 'BAD_USER_INPUT', field);
        const again = await server.gql(query, variables);
        return again.errors![0]!.message;
      }

      it('rejects a need ending a millisecond after the last day (BAD_USER_INPUT, endsAt) and writes nothing', async () => {
        const input = needInput({
          title: '结束晚于活动',
          startsAt: `${day('10-31')}T08:00:00.000Z`,
          endsAt: `${day('10-31')}T16:00:00.001Z`,
        });
        expect(await refused(POST_NEED, { input }, 'endsAt')).toBe(outside(`ends after ${day('10-31')}`));
      });

      it('rejects a need wholly after the campaign, such as one dated next year (endsAt)', async () => {
        const input = needInput({ title: '次年需求', ...morning('11-10') });
        expect(await refused(POST_NEED, { input }, 'endsAt')).toBe(outside(`ends after ${day('10-31')}`));
        const nextYear = needInput({
          title: '次年需求',
          startsAt: `${YEAR + 1}-07-10T01:00:00.000Z`,
          endsAt: `${YEAR + 1}-07-10T04:00:00.000Z`,
        });
        await refused(POST_NEED, { input: nextYear }, 'endsAt');
      });

      it('rejects a need starting a millisecond before the first day (BAD_USER_INPUT, startsAt) and writes nothing', async () => {
        const input = needInput({
          title: '开始早于活动',
          startsAt: `${day('02-28')}T15:59:59.999Z`,
          endsAt: `${day('03-01')}T04:00:00.000Z`,
        });
        expect(await refused(POST_NEED, { input }, 'startsAt')).toBe(
          outside(`starts before ${day('03-01')}`),
        );
      });

      it('stored none of the refused needs', async () => {
        const titles = await names(NEEDS, {}, 'title');
        for (const title of ['结束晚于活动', '次年需求', '开始早于活动']) expect(titles).not.toContain(title);
      });

      it('accepts a need from the first day 00:00 to the last day 24:00 China time', async () => {
        needs.wholeCampaign = await send(POST_NEED, {
          input: needInput({ siteId: shanxian.id, title: '全程结对帮扶', startsAt: opens, endsAt: closes }),
        });
        expect(needs.wholeCampaign).toMatchObject({ status: 'OPEN', startsAt: opens, endsAt: closes });
        const { serviceNeed } = (
          await server.gql(
            graphql(`
              query SitesNeedsProjectsServiceNeed2($id: ID!) {
                serviceNeed(id: $id) {
                  startsAt
                  endsAt
                }
              }
            `),
            {
              id: needs.wholeCampaign.id,
            },
          )
        ).data!;
        expect(serviceNeed).toEqual({ startsAt: opens, endsAt: closes });
      });

      it('rejects moving a need past either end (startsAt, endsAt) and changes nothing', async () => {
        const id = needs.wholeCampaign.id;
        expect(
          await refused(UPDATE_NEED, { id, input: { endsAt: `${day('10-31')}T16:00:00.001Z` } }, 'endsAt'),
        ).toBe(outside(`ends after ${day('10-31')}`));
        expect(
          await refused(
            UPDATE_NEED,
            { id, input: { startsAt: `${day('02-28')}T15:59:59.999Z` } },
            'startsAt',
          ),
        ).toBe(outside(`starts before ${day('03-01')}`));
        await refused(UPDATE_NEED, { id, input: morning('11-10') }, 'endsAt');
      });

      it('moves a need within the campaign, up to its last day 24:00', async () => {
        const moved = await send(UPDATE_NEED, {
          id: needs.tutoring.id,
          input: { startsAt: `${day('10-31')}T10:00:00.000Z`, endsAt: closes },
        });
        expect(moved).toMatchObject({ startsAt: `${day('10-31')}T10:00:00.000Z`, endsAt: closes });
        const back = await send(UPDATE_NEED, { id: needs.tutoring.id, input: morning('07-10') });
        expect(back).toMatchObject(morning('07-10'));
      });

      it("refuses moving the campaign's dates past one of its needs (startsOn, endsOn); cancelled needs do not count", async () => {
        const UPDATE_CAMPAIGN = graphql(`
          mutation SitesNeedsProjectsUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {
            updateCampaign(id: $id, input: $input) {
              startsOn
              endsOn
            }
          }
        `);
        const dates = (startsOn: string, endsOn: string) => ({ id: campaignId, input: { startsOn, endsOn } });
        // The whole-campaign need holds both ends.
        const shorter = await refused(UPDATE_CAMPAIGN, dates(day('03-01'), day('10-30')), 'endsOn');
        expect(shorter).toMatch(
          /^1 need\(s\) of this campaign would fall outside .*e\.g\. need \d+ "全程结对帮扶"/,
        );
        await refused(UPDATE_CAMPAIGN, dates(day('03-02'), day('10-31')), 'startsOn');
        // Longer is always fine.
        expect(await send(UPDATE_CAMPAIGN, dates(day('02-01'), day('11-30')))).toEqual({
          startsOn: day('02-01'),
          endsOn: day('11-30'),
        });
        // Cancelled, it no longer holds the campaign; every other need still lies inside.
        await send(UPDATE_NEED, { id: needs.wholeCampaign.id, input: { status: 'CANCELLED' } });
        expect(await send(UPDATE_CAMPAIGN, dates(day('03-02'), day('10-30')))).toEqual({
          startsOn: day('03-02'),
          endsOn: day('10-30'),
        });
        await send(UPDATE_CAMPAIGN, dates(day('03-01'), day('10-31')));
      });
    });
  });

  describe('service projects', () => {
    let project: any;

    it('creates a project with needs of its site and posts, deriving 0002 plus the needs’ codes', async () => {
      project = await send(CREATE_PROJECT, {
        input: projectInput({
          needIds: [needs.tutoring.id, needs.medical.id],
          posts: [{ name: '学习辅导员' }, { name: '义诊医生', description: '测血压、问诊' }],
        }),
      });
      expect(project).toMatchObject({
        name: '王庄村暑期助学',
        status: 'PLANNED',
        startsOn: day('04-01'),
        endsOn: day('09-30'),
        areaCode: '371721',
        peopleServed: 100,
      });
      // TUTORING → 0003 支教助学, MEDICAL_SERVICE → 0004 卫生健康, plus 0002 扶贫减贫.
      expect([...project.nationalCategoryCodes].sort()).toEqual(['0002', '0003', '0004']);
      // POOR_RURAL_STUDENTS → 06, CHILDREN → 01, ELDERLY → 03.
      expect(project.beneficiaryCodes).toEqual(['01', '03', '06']);
    });

    it('leaves 服务对象人数 not entered when no figure is given and no need is served, not its site’s', async () => {
      const bare = await send(CREATE_PROJECT, {
        input: projectInput({ name: '王庄村安全讲座', posts: [{ name: '宣讲员' }] }),
      });
      // The site serves 320 people in all; that is not whom this project serves.
      expect(bare.peopleServed).toBeNull();
      const entered = await send(UPDATE_PROJECT, { id: bare.id, input: { peopleServed: 45 } });
      expect(entered.peopleServed).toBe(45);
      const cleared = await send(UPDATE_PROJECT, { id: bare.id, input: { peopleServed: null } });
      expect(cleared.peopleServed).toBeNull();
    });

    it('resolves serviceProject { team site campaign posts needs }', async () => {
      const read = await send(PROJECT, { id: project.id });
      expect(read).toMatchObject({
        team: { name: '牡丹助学志愿服务队' },
        site: { name: '曹县青岗镇王庄村' },
        campaign: { year: YEAR },
      });
      expect(read!.posts.map((p: { name: string }) => p.name).sort()).toEqual(
        ['义诊医生', '学习辅导员'].sort(),
      );
      expect(read!.needs.map((n: { title: string }) => n.title).sort()).toEqual(
        ['暑期数学辅导', '老年人义诊'].sort(),
      );
    });

    it('keeps derived national category codes to at most 4, always including 0002', async () => {
      const wide = await send(CREATE_PROJECT, {
        input: projectInput({
          name: '王庄村综合服务',
          needIds: [needs.tutoring.id, needs.medical.id, needs.culture.id, needs.science.id],
        }),
      });
      // Five candidates (0002, 0003, 0004, 0008, 0007): the limit keeps four.
      expect(wide.nationalCategoryCodes).toHaveLength(4);
      expect(wide.nationalCategoryCodes).toContain('0002');
      expect(new Set(wide.nationalCategoryCodes).size).toBe(4);
      for (const code of wide.nationalCategoryCodes)
        expect(['0002', '0003', '0004', '0007', '0008']).toContain(code);
    });

    it('moves PLANNED → ACTIVE → COMPLETED once the project has a safety plan', async () => {
      await send(
        graphql(`
          mutation SitesNeedsProjectsSetSafetyPlan($id: ID!, $input: SafetyPlanInput!) {
            setSafetyPlan(projectId: $id, input: $input) {
              id
            }
          }
        `),
        {
          id: project.id,
          input: {
            responsiblePerson: '王建国',
            responsiblePhone: '0530-5612345',
            emergencyPlan: '突发情况立即联系负责人并拨打120。',
            insured: true,
          },
        },
      );
      expect((await send(UPDATE_PROJECT, { id: project.id, input: { status: 'ACTIVE' } })).status).toBe(
        'ACTIVE',
      );
      expect((await send(UPDATE_PROJECT, { id: project.id, input: { status: 'COMPLETED' } })).status).toBe(
        'COMPLETED',
      );
    });

    it('rejects COMPLETED → ACTIVE (BAD_USER_INPUT, status) and writes nothing', async () => {
      await server.expectRejected(
        UPDATE_PROJECT,
        { id: project.id, input: { status: 'ACTIVE' } },
        'BAD_USER_INPUT',
        'status',
      );
    });

    describe('rejected input names the field and writes nothing', () => {
      const reject = (overrides: Record<string, unknown>, code: string, field: string) =>
        server.expectRejected(CREATE_PROJECT, { input: projectInput(overrides) }, code, field);

      it("a site not paired with the team's unit (siteId)", async () => {
        await reject({ siteId: pingyin.id }, 'BAD_USER_INPUT', 'siteId');
      });

      it('a need of another site (needIds)', async () => {
        await reject({ needIds: [needs.tutoring.id, needs.mentoring.id] }, 'BAD_USER_INPUT', 'needIds');
      });

      it('an unknown need (NOT_FOUND, needIds)', async () => {
        await reject({ needIds: ['999999'] }, 'NOT_FOUND', 'needIds');
      });

      it('5 national category codes (nationalCategoryCodes)', async () => {
        await reject(
          { nationalCategoryCodes: ['0002', '0003', '0004', '0007', '0008'] },
          'BAD_USER_INPUT',
          'nationalCategoryCodes',
        );
      });

      it('服务类别 without 0002 扶贫减贫 (nationalCategoryCodes)', async () => {
        await reject({ nationalCategoryCodes: ['0003', '0004'] }, 'BAD_USER_INPUT', 'nationalCategoryCodes');
      });

      it('the unknown national category code 0042 (nationalCategoryCodes)', async () => {
        await reject({ nationalCategoryCodes: ['0002', '0042'] }, 'BAD_USER_INPUT', 'nationalCategoryCodes');
      });

      it('a start before the campaign (startsOn)', async () => {
        await reject({ startsOn: day('02-28') }, 'BAD_USER_INPUT', 'startsOn');
      });

      it('an end after the campaign (endsOn)', async () => {
        await reject({ endsOn: day('11-01') }, 'BAD_USER_INPUT', 'endsOn');
      });

      it('an end before the start (endsOn)', async () => {
        await reject({ startsOn: day('06-01'), endsOn: day('05-31') }, 'BAD_USER_INPUT', 'endsOn');
      });

      it('a name over 50 characters (name)', async () => {
        await reject({ name: '王'.repeat(51) }, 'BAD_USER_INPUT', 'name');
      });

      it('no posts (posts)', async () => {
        await reject({ posts: [] }, 'BAD_USER_INPUT', 'posts');
      });

      it('two posts with the same name (posts)', async () => {
        await reject({ posts: [{ name: '学习辅导员' }, { name: '学习辅导员' }] }, 'BAD_USER_INPUT', 'posts');
      });

      it('adding a post whose name the project already has (addPosts)', async () => {
        await server.expectRejected(
          UPDATE_PROJECT,
          { id: project.id, input: { addPosts: [{ name: '义诊医生' }] } },
          'BAD_USER_INPUT',
          'addPosts',
        );
      });

      it('changing the 服务类别 to a list without 0002 (nationalCategoryCodes)', async () => {
        await server.expectRejected(
          UPDATE_PROJECT,
          { id: project.id, input: { nationalCategoryCodes: ['0003'] } },
          'BAD_USER_INPUT',
          'nationalCategoryCodes',
        );
      });
    });

    it('accepts a name of exactly 50 characters', async () => {
      const named = await send(CREATE_PROJECT, { input: projectInput({ name: '𠮷'.repeat(50) }) });
      expect(named.name).toBe('𠮷'.repeat(50));
    });
  });
});
