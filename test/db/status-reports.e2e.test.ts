import { parse } from 'csv-parse/sync';
import { SYSTEM_ACTOR } from '../../server/src/core/actor';
import { MilestoneKind } from '../../server/src/modules/campaigns/campaign.entity';
import { CampaignService } from '../../server/src/modules/campaigns/campaign.service';
import { ServiceRecordService } from '../../server/src/modules/service-records/service-record.service';
import { Site } from '../../server/src/modules/sites/site.entity';
import { SupportService } from '../../server/src/modules/support/support.service';
import { AccessWorld } from '../support/access-world';
import { testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';
import type { StatusReportKeyInput } from '../graphql/graphql';

const PREVIEW = graphql(`
  query StatusReportsPreview($k: StatusReportKeyInput!) {
    statusReportPreview(key: $k) {
      teamName
      projectName
      teamSize
      startsOn
      endsOn
      personTimes
      hours
      funds
      materialsValue
      supportSummary
      leaderName
      leaderPhone
      pairedWith
      peopleServed
    }
  }
`);
const REPORT = graphql(`
  query StatusReportsReport($k: StatusReportKeyInput!) {
    statusReport(key: $k) {
      status
      progressText
      filledOn
      rows {
        projectId
        personTimes
        hours
      }
    }
  }
`);
const SAVE = graphql(`
  mutation StatusReportsSave($k: StatusReportKeyInput!, $t: String) {
    saveStatusReportDraft(key: $k, progressText: $t) {
      status
    }
  }
`);
const SUBMIT = graphql(`
  mutation StatusReportsSubmit($k: StatusReportKeyInput!) {
    submitStatusReport(key: $k) {
      status
      filledOn
    }
  }
`);
const OVERVIEW = graphql(`
  query StatusReportsOverview($c: ID!) {
    statusReportOverview(campaignId: $c, milestone: SUMMARY) {
      dueOn
      submitted
      overdue
      units {
        unitId
        state
        overdue
        late
      }
      byCity {
        key
        hours
        personTimes
      }
    }
  }
`);

describe(`status reports (调度表) (${testDbKind()})`, () => {
  let server: TestServer;
  let world: AccessWorld;
  let key: StatusReportKeyInput;
  let projectId: number;

  beforeAll(async () => {
    server = await startTestServer();
    world = await new AccessWorld(server).build();
    const side = world.units.in;
    const project = await world.recordsProject(side);
    projectId = project.projectId;
    const campaignId = await world.pastCampaign();
    await new CampaignService(server.dataSource, SYSTEM_ACTOR).update(campaignId, {
      milestones: [
        { kind: MilestoneKind.MID_TERM, dueOn: `${world.pastYear}-06-30` },
        { kind: MilestoneKind.SUMMARY, dueOn: `${world.pastYear}-09-30` },
      ],
    });
    // Two approved hours of one member on two days (2 人次), one draft that must not count.
    await world.serviceRecord(side, side.members[0]!, 'APPROVED');
    await world.serviceRecord(side, side.members[0]!, 'APPROVED');
    await world.serviceRecord(side, side.members[1]!, 'DRAFT');
    const support = new SupportService(server.dataSource, SYSTEM_ACTOR);
    await support.record({
      kind: 'FUNDS' as never,
      projectId: String(projectId),
      occurredOn: `${world.pastYear}-01-05`,
      amount: '1200.10',
      fundingSource: 'UNION_FUNDS' as never,
    });
    await support.record({
      kind: 'MATERIALS' as never,
      projectId: String(projectId),
      occurredOn: `${world.pastYear}-01-06`,
      itemName: '课外读物',
      quantity: '200',
      quantityUnit: '册',
      estimatedValue: '0.20',
    });
    key = { unitId: String(side.unitId), campaignId: String(campaignId), milestone: 'SUMMARY' };
  });

  afterAll(() => server.stop());

  it('computes each row from the team, the project, approved records and the support ledger', async () => {
    const response = await server.gql(PREVIEW, { k: key }, { token: world.tokens.coordinator });
    expect(response.errors).toBeUndefined();
    const rows = response.data!.statusReportPreview;
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(row!.personTimes).toBe(2);
    expect(row!.hours).toBe('2.00');
    expect(row!.funds).toBe('1200.10');
    expect(row!.materialsValue).toBe('0.20');
    expect(row!.supportSummary).toBe('资金 1200.10 元；物资：课外读物 200册（折合 0.20 元）');
    expect(row!.teamSize).toBe(1 + world.units.in.members.length);
    expect(row!.leaderName).toBe(world.units.in.cadre.name);
    expect(row!.leaderPhone).toBe(world.units.in.cadre.mobile);
    expect(row!.startsOn).toBe(`${world.pastYear}-01-01`);
  });

  it('refuses a progress text over 500 characters and a report filed without one', async () => {
    await server
      .as(world.tokens.coordinator)
      .expectRejected(SAVE, { k: key, t: '进'.repeat(501) }, 'BAD_USER_INPUT', 'progressText');
    await server
      .as(world.tokens.coordinator)
      .expectRejected(SUBMIT, { k: key }, 'BAD_USER_INPUT', 'milestone');
    const saved = await server.as(world.tokens.coordinator).gql(SAVE, { k: key, t: null });
    expect(saved.errors).toBeUndefined();
    // Each project's block needs its text (or, as reports began before, the unit-wide one).
    await server
      .as(world.tokens.coordinator)
      .expectRejected(SUBMIT, { k: key }, 'BAD_USER_INPUT', 'progress');
  });

  it('freezes the rows when filed: later records change the preview, not the report', async () => {
    const token = world.tokens.coordinator;
    const text = '进'.repeat(500);
    expect((await server.gql(SAVE, { k: key, t: text }, { token })).errors).toBeUndefined();
    const filed = await server.gql(SUBMIT, { k: key }, { token });
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.submitStatusReport.status).toBe('SUBMITTED');
    await world.serviceRecord(world.units.in, world.units.in.members[2]!, 'APPROVED');
    const report = await server.gql(REPORT, { k: key }, { token });
    expect(report.data!.statusReport!.rows).toEqual([
      { projectId: String(projectId), personTimes: 2, hours: '2.00' },
    ]);
    expect(report.data!.statusReport!.progressText).toBe(text);
    const preview = await server.gql(PREVIEW, { k: key }, { token });
    expect(preview.data!.statusReportPreview[0]!.personTimes).toBe(3);
    await server.as(token).expectRejected(SUBMIT, { k: key }, 'CONFLICT', 'milestone');
    await server.as(token).expectRejected(SAVE, { k: key, t: '改' }, 'CONFLICT', 'milestone');
  });

  it('files once when the same report is submitted twice at once', async () => {
    const token = world.tokens.coordinator;
    const midTerm: StatusReportKeyInput = { ...key, milestone: 'MID_TERM' };
    expect((await server.gql(SAVE, { k: midTerm, t: '半程推进' }, { token })).errors).toBeUndefined();
    const responses = await Promise.all([1, 2, 3].map(() => server.gql(SUBMIT, { k: midTerm }, { token })));
    const filed = responses.filter((r) => r.data?.submitStatusReport?.status === 'SUBMITTED');
    const refused = responses.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(filed).toHaveLength(1);
    expect(refused).toHaveLength(2);
  });

  it('downloads the filed report as the form’s spreadsheet, to its unit and the province only', async () => {
    const report = await server.gql(
      graphql(`
        query StatusReportsStatusReport($k: StatusReportKeyInput!) {
          statusReport(key: $k) {
            id
            downloadPath
            progressText
          }
        }
      `),
      { k: key },
      { token: world.tokens.coordinator },
    );
    const { downloadPath, progressText } = report.data!.statusReport!;
    const get = (token: string | null) =>
      fetch(new URL(downloadPath, server.url), {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    const response = await get(world.tokens.coordinator);
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows: string[][] = parse(bytes.toString('utf8'), { bom: true, relax_column_count: true });
    expect(rows[0]).toEqual(['全省教育系统工会助力脱贫攻坚教职工志愿服务活动情况调度表', '活动总结']);
    expect(rows[2]).toEqual(
      expect.arrayContaining(['志愿服务队名称', '参与项目总人次', '负责人电话', '志愿服务进展情况']),
    );
    // As filed: the 2 人次 frozen at filing, not the 3 there are now.
    expect(rows[3]![5]).toBe('2');
    // A report with the unit-wide text only shows it in its project's block.
    expect(rows).toHaveLength(4);
    expect(rows[3]!.at(-1)).toBe(progressText);
    expect((await get(world.tokens.admin)).status).toBe(200);
    expect((await get(world.tokens.leader)).status).toBe(403);
    expect((await get(null)).status).toBe(401);
    const unknown = await fetch(new URL('/status-reports/999999/report.csv', server.url), {
      headers: { authorization: `Bearer ${world.tokens.coordinator}` },
    });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('shows the province who has filed, who is overdue, and totals by city', async () => {
    const response = await server.gql(OVERVIEW, { c: key.campaignId });
    expect(response.errors).toBeUndefined();
    const overview = response.data!.statusReportOverview;
    const byUnit = new Map(overview.units.map((u: any) => [u.unitId, u]));
    // Filed today, long after last year's deadline: on record, but late.
    expect(byUnit.get(key.unitId)).toMatchObject({ state: 'SUBMITTED', overdue: false, late: true });
    expect(byUnit.get(String(world.units.out.unitId))).toMatchObject({ state: 'NOT_STARTED', overdue: true });
    expect(overview.submitted).toBe(1);
    expect(overview.overdue).toBe(overview.units.length - 1);
    // By the city of the served site, where the service happened.
    const site = await server.dataSource.getRepository(Site).findOneByOrFail({ id: world.units.in.siteId });
    expect(overview.byCity).toEqual([{ key: site.cityCode, hours: '3.00', personTimes: 3 }]);
  });

  it('counts a tie of hours (1 h 0 min 54 s = 1.015 h) as 1.02, as the record and the export do', async () => {
    const preview = async () =>
      (await server.gql(PREVIEW, { k: key }, { token: world.tokens.coordinator })).data!
        .statusReportPreview[0]!;
    const byCity = async () =>
      (await server.gql(OVERVIEW, { c: key.campaignId })).data!.statusReportOverview.byCity[0]!.hours;
    const [rowBefore, cityBefore] = [(await preview()).hours, await byCity()];
    const side = world.units.in;
    const { projectId, postIds } = await world.recordsProject(side);
    const { startsAt } = world.slot();
    const records = new ServiceRecordService(server.dataSource, SYSTEM_ACTOR);
    const record = await records.record({
      projectId: String(projectId),
      postId: String(postIds[0]),
      volunteerId: String(side.members[2]!.id),
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3654_000),
      submit: true,
    });
    const approved = await records.approve(record.id);
    expect(approved.hours).toBe('1.02');
    // Sums of rounded records, in hundredths so no float creeps in.
    const plus = (hours: string) => ((Math.round(Number(hours) * 100) + 102) / 100).toFixed(2);
    expect((await preview()).hours).toBe(plus(rowBefore));
    expect(await byCity()).toBe(plus(cityBefore));
  });
});
