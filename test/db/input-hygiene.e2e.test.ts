import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SYSTEM_ACTOR } from '../../server/src/core/actor';
import { ServiceRecord } from '../../server/src/modules/service-records/service-record.entity';
import { ServiceRecordService } from '../../server/src/modules/service-records/service-record.service';
import { AccessWorld, type PastProject, type UnitSide } from '../support/access-world';
import { databaseSnapshot, testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';

/**
 * What enters as free text, search text or a date is checked by one rule wherever it enters, and
 * what leaves in an export says the same in its CSV and its XLSX.
 */

const RLO = '\u202E';
const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

describe(`input hygiene (${testDbKind()})`, () => {
  let server: TestServer;
  let world: AccessWorld;
  let jinan: UnitSide;

  beforeAll(async () => {
    server = await startTestServer();
    world = await new AccessWorld(server).build();
    jinan = world.units.in;
  });

  afterAll(() => server.stop());

  /** The request fails with `code` on `field` and leaves every table as it was. */
  async function refused(
    token: string,
    query: string,
    variables: Record<string, unknown>,
    code: string,
    field: string,
  ): Promise<string[]> {
    const before = await databaseSnapshot(server.dataSource);
    const response = await server.gql(query, variables, { token });
    const problems: string[] = [];
    const error = response.errors?.[0];
    const label = `${query.slice(9, 60)} ${JSON.stringify(variables).slice(0, 80)}`;
    if (!error) problems.push(`${label}: accepted`);
    else if (error.extensions?.code !== code || error.extensions?.field !== field) {
      problems.push(`${label}: ${String(error.extensions?.code)} on ${String(error.extensions?.field)}`);
    }
    if ((await databaseSnapshot(server.dataSource)) !== before)
      problems.push(`${label}: changed the database`);
    return problems;
  }

  it('refuses a 50,000-character search with BAD_USER_INPUT on the field, and takes 100 characters', async () => {
    const long = 'x'.repeat(50_000);
    const lists: [string, string][] = [
      ['sites', 'search'],
      ['units', 'search'],
      ['serviceTeams', 'search'],
      ['volunteers', 'search'],
      ['volunteers', 'skill'],
      ['accounts', 'search'],
    ];
    for (const [list, field] of lists) {
      for (const token of [world.tokens.admin, world.tokens.coordinator]) {
        const query = `query($filter: ${list === 'serviceTeams' ? 'ServiceTeamFilter' : `${list[0]!.toUpperCase()}${list.slice(1, -1)}Filter`}) {
          ${list}(filter: $filter, first: 5) { edges { node { id } } } }`;
        const tooLong = await server.gql(query, { filter: { [field]: long } }, { token });
        expect([list, field, tooLong.errors?.[0]?.extensions]).toEqual([
          list,
          field,
          expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
        ]);
        const fits = await server.gql(query, { filter: { [field]: '%'.repeat(100) } }, { token });
        expect([list, field, fits.errors]).toEqual([list, field, undefined]);
      }
    }
  });

  it('stores free text in NFC, so either spelling finds it', async () => {
    const decomposed = '\u1112\u1161\u11AB\u1100\u116E\u11A8 Cafe\u0301 服务点';
    const created = await server.gql(
      graphql(`
        mutation InputHygieneCreateSite($input: CreateSiteInput!) {
          createSite(input: $input) {
            id
            name
          }
        }
      `),
      {
        input: {
          name: decomposed,
          kind: 'VILLAGE',
          areaCode: '371721',
          latitude: 35.0,
          longitude: 115.5,
          description: '第一行\r\n第二行\t含制表符',
        },
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createSite.name).toBe('한국 Café 服务点');
    for (const search of ['Cafe\u0301', 'Café', '\u1112\u1161\u11AB']) {
      const found = await server.gql(
        graphql(`
          query InputHygieneSites($s: String) {
            sites(filter: { search: $s }, first: 5) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `),
        { s: search },
      );
      expect(found.data!.sites.edges.map((e) => e.node.id)).toEqual([created.data!.createSite.id]);
    }
    const site = await server.gql(
      graphql(`
        query InputHygieneSite($id: ID!) {
          site(id: $id) {
            description
          }
        }
      `),
      { id: created.data!.createSite.id },
    );
    expect(site.data!.site!.description).toBe('第一行\n第二行\t含制表符');
  });

  it('refuses control characters, bidi controls and invisible-only text wherever free text enters', async () => {
    const { admin, coordinator } = world.tokens;
    const past = await world.recordsProject(jinan);
    const cases: [string, string, Record<string, unknown>, string][] = [
      [
        admin,
        `mutation($id: ID!, $input: UpdateSiteInput!) { updateSite(id: $id, input: $input) { id } }`,
        { id: jinan.siteId, input: { name: `发票${RLO}fdp.exe` } },
        'name',
      ],
      [
        admin,
        `mutation($id: ID!, $input: UpdateSiteInput!) { updateSite(id: $id, input: $input) { id } }`,
        { id: jinan.siteId, input: { address: '\u200B\u200D\u2060' } },
        'address',
      ],
      [
        admin,
        `mutation($id: ID!, $input: UpdateSiteInput!) { updateSite(id: $id, input: $input) { id } }`,
        { id: jinan.siteId, input: { contactName: '王\n芳' } },
        'contactName',
      ],
      [
        coordinator,
        `mutation($id: ID!, $input: UpdateServiceTeamInput!) { updateServiceTeam(id: $id, input: $input) { id } }`,
        { id: jinan.teamId, input: { name: '\u3164\u3164' } },
        'name',
      ],
      [
        coordinator,
        `mutation($id: ID!, $input: UpdateServiceTeamInput!) { updateServiceTeam(id: $id, input: $input) { id } }`,
        { id: jinan.teamId, input: { description: '介绍\u0000' } },
        'description',
      ],
      [
        coordinator,
        `mutation($id: ID!, $input: UpdateServiceProjectInput!) { updateServiceProject(id: $id, input: $input) { id } }`,
        { id: jinan.projectId, input: { name: `项目\u2066名\u2069` } },
        'name',
      ],
      [
        coordinator,
        `mutation($id: ID!, $input: UpdateServiceNeedInput!) { updateServiceNeed(id: $id, input: $input) { id } }`,
        { id: jinan.needId, input: { title: '\u200B' } },
        'title',
      ],
      [
        coordinator,
        `mutation($id: ID!, $input: UpdateServiceNeedInput!) { updateServiceNeed(id: $id, input: $input) { id } }`,
        { id: jinan.needId, input: { requiredSkills: ['钢琴\u0085'] } },
        'requiredSkills[0]',
      ],
      [
        coordinator,
        `mutation($input: RecordSupportEntryInput!) { recordSupportEntry(input: $input) { id } }`,
        {
          input: {
            projectId: past.projectId,
            kind: 'MATERIALS',
            itemName: `书包${RLO}`,
            quantity: '10',
            quantityUnit: '个',
            estimatedValue: '500.00',
            occurredOn: `${world.pastYear}-05-01`,
          },
        },
        'itemName',
      ],
      [
        coordinator,
        `mutation($input: WriteServiceLogInput!) { writeServiceLog(input: $input) { id } }`,
        {
          input: { projectId: past.projectId, loggedOn: `${world.pastYear}-05-01`, content: '日志\u001B[2J' },
        },
        'content',
      ],
      [
        coordinator,
        `mutation($projectId: ID!, $input: SafetyPlanInput!) { setSafetyPlan(projectId: $projectId, input: $input) { projectId } }`,
        {
          projectId: jinan.projectId,
          input: {
            responsiblePerson: '王建国',
            responsiblePhone: '0531-81916597',
            emergencyPlan: `拨打120${RLO}`,
            insured: true,
          },
        },
        'emergencyPlan',
      ],
      [
        coordinator,
        `mutation($key: StatusReportKeyInput!, $text: String) { saveStatusReportDraft(key: $key, progressText: $text) { id } }`,
        {
          key: { campaignId: world.campaignId, milestone: 'LAUNCH', unitId: jinan.unitId },
          text: '进展\u0007',
        },
        'progressText',
      ],
      [
        admin,
        `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
        {
          input: {
            year: 2099,
            name: '\u00AD',
            startsOn: '2099-01-01',
            endsOn: '2099-12-31',
            phases: [],
            milestones: [],
          },
        },
        'name',
      ],
      [
        coordinator,
        `mutation($input: RecordServiceInput!) { recordService(input: $input) { id } }`,
        {
          input: {
            projectId: past.projectId,
            postId: past.postIds[0],
            volunteerId: jinan.members[0]!.id,
            startsAt: `${world.pastYear}-06-01T09:00:00+08:00`,
            endsAt: `${world.pastYear}-06-01T10:00:00+08:00`,
            remark: '备注\uD800',
          },
        },
        'remark',
      ],
    ];
    const problems: string[] = [];
    for (const [token, query, variables, field] of cases) {
      problems.push(...(await refused(token, query, variables, 'BAD_USER_INPUT', field)));
    }
    expect(problems).toEqual([]);
  });

  it('refuses dates before 2000-01-01 or after 2100-12-31 with DATE_OUT_OF_RANGE on the field', async () => {
    const { admin, coordinator } = world.tokens;
    const past = await world.recordsProject(jinan);
    const Y = world.pastYear;
    const cases: [string, string, Record<string, unknown>, string][] = [
      [
        admin,
        `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
        {
          input: {
            year: 2000,
            name: '活动',
            startsOn: '1999-12-31',
            endsOn: '2000-12-31',
            phases: [],
            milestones: [],
          },
        },
        'startsOn',
      ],
      [
        admin,
        `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
        {
          input: {
            year: 2100,
            name: '活动',
            startsOn: '2100-01-01',
            endsOn: '2100-12-31',
            phases: [],
            milestones: [{ kind: 'LAUNCH', dueOn: '2101-03-30' }],
          },
        },
        'milestones[0].dueOn',
      ],
      [
        coordinator,
        `mutation($id: ID!, $input: UpdateServiceProjectInput!) { updateServiceProject(id: $id, input: $input) { id } }`,
        { id: jinan.projectId, input: { endsOn: '2101-01-01' } },
        'endsOn',
      ],
      [
        coordinator,
        `mutation($id: ID!, $input: UpdateServiceNeedInput!) { updateServiceNeed(id: $id, input: $input) { id } }`,
        { id: jinan.needId, input: { endsAt: '2500-01-01T00:00:00Z' } },
        'endsAt',
      ],
      [
        coordinator,
        `mutation($id: ID!, $input: UpdateVolunteerInput!) { updateVolunteer(id: $id, input: $input) { id } }`,
        { id: jinan.loner.id, input: { safetyTrainedOn: '1900-01-01' } },
        'safetyTrainedOn',
      ],
      [
        coordinator,
        `mutation($id: ID!, $input: UpdateVolunteerInput!) { updateVolunteer(id: $id, input: $input) { id } }`,
        {
          id: jinan.loner.id,
          input: { availability: [{ startsAt: '1970-01-01T00:00:00Z', endsAt: `${Y}-01-01T00:00:00Z` }] },
        },
        'availability[0].startsAt',
      ],
      [
        coordinator,
        `mutation($input: RecordSupportEntryInput!) { recordSupportEntry(input: $input) { id } }`,
        {
          input: {
            projectId: past.projectId,
            kind: 'FUNDS',
            amount: '100.00',
            fundingSource: 'UNION_FUNDS',
            occurredOn: '1999-12-31',
          },
        },
        'occurredOn',
      ],
      [
        coordinator,
        `mutation($input: RecordTrainingInput!) { recordTraining(input: $input) { id } }`,
        {
          input: {
            unitId: jinan.unitId,
            covers: ['SAFETY'],
            heldOn: '1999-12-31',
            hours: '2.00',
            topic: '安全培训',
            trainer: '李老师',
            attendeeIds: [jinan.loner.id],
          },
        },
        'heldOn',
      ],
      [
        coordinator,
        `mutation($input: RecordServiceInput!) { recordService(input: $input) { id } }`,
        {
          input: {
            projectId: past.projectId,
            postId: past.postIds[0],
            volunteerId: jinan.members[0]!.id,
            startsAt: '1999-06-01T09:00:00+08:00',
            endsAt: '1999-06-01T10:00:00+08:00',
          },
        },
        'startsAt',
      ],
      [
        coordinator,
        `mutation($input: WriteServiceLogInput!) { writeServiceLog(input: $input) { id } }`,
        { input: { projectId: past.projectId, loggedOn: '0201-05-01', content: '日志' } },
        'loggedOn',
      ],
      [
        coordinator,
        `mutation($since: LocalDate!, $siteId: ID!) { markLongTermBase(since: $since, siteId: $siteId) { id } }`,
        { since: '1999-06-01', siteId: jinan.siteId },
        'since',
      ],
      [
        admin,
        `mutation($id: ID!, $input: UpdateSiteInput!) { updateSite(id: $id, input: $input) { id } }`,
        { id: jinan.siteId, input: { longTermBaseSince: '2101-01-01' } },
        'longTermBaseSince',
      ],
      [
        coordinator,
        `mutation($input: PairUnitWithSiteInput!) { pairUnitWithSite(input: $input) { id } }`,
        {
          input: {
            unitId: jinan.unitId,
            siteId: world.units.out.siteId,
            kind: 'SELF_PAIRED',
            startedOn: '1999-09-01',
          },
        },
        'startedOn',
      ],
      [
        coordinator,
        `mutation($id: ID!, $endedOn: LocalDate!) { endPairing(id: $id, endedOn: $endedOn) { id } }`,
        { id: jinan.pairingId, endedOn: '2101-01-01' },
        'endedOn',
      ],
      [
        coordinator,
        `mutation($input: CreateArchiveExportInput!) { createArchiveExport(input: $input) { id } }`,
        {
          input: {
            scope: 'PROJECT',
            scopeId: past.projectId,
            rangeStart: '1999-01-01',
            rangeEnd: `${Y}-12-31`,
          },
        },
        'rangeStart',
      ],
    ];
    const problems: string[] = [];
    for (const [token, query, variables, field] of cases) {
      problems.push(...(await refused(token, query, variables, 'DATE_OUT_OF_RANGE', field)));
    }
    expect(problems).toEqual([]);

    // The bounds themselves are taken.
    const marked = await server.gql(
      graphql(`
        mutation InputHygieneMarkLongTermBase($since: LocalDate!, $siteId: ID!) {
          markLongTermBase(since: $since, siteId: $siteId) {
            longTermBaseSince
          }
        }
      `),
      { since: '2000-01-01', siteId: jinan.siteId },
      { token: coordinator },
    );
    expect(marked.errors).toBeUndefined();
  });

  describe('one export, two files', () => {
    let project: PastProject;

    async function download(path: string): Promise<Buffer> {
      const response = await fetch(new URL(path, server.url), {
        headers: { authorization: `Bearer ${world.tokens.coordinator}` },
      });
      expect(response.status).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    }

    it('carries the same text in the CSV files and the XLSX sheets, cell for cell', async () => {
      project = await world.pastProject(jinan);
      const records = new ServiceRecordService(server.dataSource, SYSTEM_ACTOR);
      // Legal but tricky: formula starters (ASCII and full-width), quotes, commas, line breaks, tabs,
      // emoji with joiners, rare characters outside the BMP, XML's own specials.
      const remarks = [
        '=HYPERLINK("http://evil.example","点我")',
        '＋1 全角加号',
        '-2+3',
        '@SUM(A1:A2)',
        '他说："今天很开心"，然后走了',
        '第一行\n第二行\t制表符, 逗号',
        "家庭👨\u200D👩\u200D👧 𠮷 <b>&amp;</b> '单引号'",
        'Cafe\u0301',
        '旧数据',
      ];
      const made: ServiceRecord[] = [];
      for (const [i, remark] of remarks.entries()) {
        const day = `${world.pastYear}-07-${String(10 + i).padStart(2, '0')}`;
        const record = await records.record({
          projectId: String(project.projectId),
          postId: String(project.postIds[0]),
          volunteerId: String(jinan.members[i % 3]!.id),
          startsAt: new Date(`${day}T09:00:00+08:00`),
          endsAt: new Date(`${day}T10:00:00+08:00`),
          remark,
          submit: true,
        });
        made.push(await records.approve(record.id));
      }
      // A row written before the text rule existed: control characters the API now refuses.
      await server.dataSource
        .getRepository(ServiceRecord)
        .update(made.at(-1)!.id, { remark: '旧数据\u0001含\u000B控制符\u007F' });

      const created = await server.gql(
        graphql(`
          mutation InputHygieneCreateArchiveExport($input: CreateArchiveExportInput!) {
            createArchiveExport(input: $input) {
              recordCount
              downloads {
                xlsx
                records
                people
                projects
                report
              }
            }
          }
        `),
        {
          input: {
            scope: 'PROJECT',
            scopeId: project.projectId,
            rangeStart: `${world.pastYear}-07-01`,
            rangeEnd: `${world.pastYear}-07-31`,
          },
        },
        { token: world.tokens.coordinator },
      );
      expect(created.errors).toBeUndefined();
      const { downloads } = created.data!.createArchiveExport;

      const xlsx = await download(downloads.xlsx!);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx as never);
      const sheets: [string, string][] = [
        ['records', '服务记录'],
        ['people', '系统外成员'],
        ['projects', '项目信息'],
        ['report', '校验报告'],
      ];
      for (const [file, sheetName] of sheets) {
        const csv: string[][] = parse(await download(downloads[file as keyof typeof downloads]), {
          bom: true,
        });
        const sheet = workbook.getWorksheet(sheetName)!;
        const cells: string[][] = [];
        sheet.eachRow({ includeEmpty: true }, (row) => {
          cells.push(
            Array.from({ length: csv[0]!.length }, (_, i) => {
              const cell = row.getCell(i + 1);
              const value = cell.value;
              // Hours are number cells shown with two places (docs/archive-format.md); the CSV
              // writes the same two places. The values are exact to the hundredth.
              if (typeof value === 'number' && cell.numFmt === '0.00') return value.toFixed(2);
              return value === null || value === undefined ? '' : String(value);
            }),
          );
        });
        // exceljs's reader decodes the entities of a `t="str"` cell a second time (`&amp;amp;` in the
        // file comes back as `&`, where Excel, WPS and LibreOffice read `&amp;`): compare like for like
        // here, and check those cells in the sheet's XML itself below.
        const readBack = csv.map((line) =>
          line.map((v) => v.replace(/&(lt|gt|amp|apos|quot);/g, (_, e: string) => ENTITY[e]!)),
        );
        expect([file, cells]).toEqual([file, readBack]);
      }

      // The sheet's XML holds the CSV's text exactly, escaped once.
      const zip = await JSZip.loadAsync(xlsx);
      const recordsXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      expect(recordsXml).toContain(
        '<v>家庭👨\u200D👩\u200D👧 𠮷 &lt;b&gt;&amp;amp;&lt;/b&gt; &apos;单引号&apos;</v>',
      );
      expect(recordsXml).toContain(
        '<v>&apos;=HYPERLINK(&quot;http://evil.example&quot;,&quot;点我&quot;)</v>',
      );
      expect(recordsXml).not.toMatch(/[\u0001\u000B\u007F]/);

      const csv: string[][] = parse(await download(downloads.records!), { bom: true });
      const remarkColumn = csv[0]!.indexOf('服务内容（备注）');
      expect(csv.slice(1).map((row) => row[remarkColumn])).toEqual([
        `'${remarks[0]}`,
        `'${remarks[1]}`,
        `'${remarks[2]}`,
        `'${remarks[3]}`,
        remarks[4],
        remarks[5],
        remarks[6],
        'Café',
        '旧数据含控制符',
      ]);
    });
  });
});
