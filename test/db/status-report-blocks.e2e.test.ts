import mammoth from 'mammoth';
import { parse } from 'csv-parse/sync';
import { SYSTEM_ACTOR } from '../../server/src/core/actor';
import { chinaToday } from '../../server/src/core/time';
import { MilestoneKind } from '../../server/src/modules/campaigns/campaign.entity';
import { CampaignService } from '../../server/src/modules/campaigns/campaign.service';
import { ServiceProject } from '../../server/src/modules/projects/service-project.entity';
import { ServiceProjectService } from '../../server/src/modules/projects/service-project.service';
import { StatusReport, StatusReportStatus } from '../../server/src/modules/reports/status-report.entity';
import { SiteKind } from '../../server/src/modules/sites/site.entity';
import { SiteService } from '../../server/src/modules/sites/site.service';
import { FundingSource, SupportKind } from '../../server/src/modules/support/support-entry.entity';
import { SupportService } from '../../server/src/modules/support/support.service';
import { ServiceRecordService } from '../../server/src/modules/service-records/service-record.service';
import { Volunteer } from '../../server/src/modules/volunteers/volunteer.entity';
import { AccessWorld, type PastProject } from '../support/access-world';
import { testDbKind } from '../support/test-database';
import { startTestServer, type TestServer, type TokenClient } from '../support/test-server';
import { graphql } from '../graphql';
import type { StatusReportKeyInput, TypedDocumentString } from '../graphql/graphql';

// Selections several operations of this file read alike.
graphql(`
  fragment StatusReportBlocksStatusReportRowFields on StatusReportRow {
    teamName
    projectId
    projectName
    teamSize
    startsOn
    endsOn
    personTimes
    supportSummary
    leaderName
    leaderTitle
    leaderPhone
    pairedWith
    peopleServed
    progressText
  }
`);

const TITLE = '全省教育系统工会助力脱贫攻坚教职工志愿服务活动情况调度表';
const PROGRESS_LABEL = '志愿服务进展情况（500字以内，主要做法、特色内容等）';

const PREVIEW = graphql(`
  query StatusReportBlocksPreview($k: StatusReportKeyInput!) {
    statusReportPreview(key: $k) {
      ...StatusReportBlocksStatusReportRowFields
    }
  }
`);
const REPORT = graphql(`
  query StatusReportBlocksReport($k: StatusReportKeyInput!) {
    statusReport(key: $k) {
      id
      status
      progressText
      filledOn
      downloadPath
      wordDownloadPath
      rows {
        ...StatusReportBlocksStatusReportRowFields
      }
    }
  }
`);
const SAVE = graphql(`
  mutation StatusReportBlocksSave($k: StatusReportKeyInput!, $p: [StatusReportProgressInput!], $t: String) {
    saveStatusReportDraft(key: $k, progress: $p, progressText: $t) {
      id
      rows {
        projectId
        progressText
      }
    }
  }
`);
const SUBMIT = graphql(`
  mutation StatusReportBlocksSubmit($k: StatusReportKeyInput!) {
    submitStatusReport(key: $k) {
      status
      filledOn
    }
  }
`);

/** 2019-04-01 → 2019年4月1日, as the Word form writes dates. */
const chinese = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

const stripTags = (html: string) =>
  html
    .replace(/<\/p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .trim();

/** The Word file's tables, each as its rows of cell texts, read back with mammoth. */
async function wordTables(bytes: Buffer): Promise<{ tables: string[][][]; text: string }> {
  const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
  const { value: text } = await mammoth.extractRawText({ buffer: bytes });
  const tables = (html.match(/<table>.*?<\/table>/gs) ?? []).map((table) =>
    (table.match(/<tr>.*?<\/tr>/gs) ?? []).map((row) =>
      (row.match(/<td[^>]*>.*?<\/td>/gs) ?? []).map(stripTags),
    ),
  );
  return { tables, text };
}

/** A block's label → value, from its rows of (label, value) pairs. */
function blockFields(rows: string[][]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const row of rows) {
    for (let i = 0; i + 1 < row.length; i += 2) fields[row[i]!] = row[i + 1]!;
  }
  return fields;
}

describe(`status report blocks: per-project text, Word form, deadline (${testDbKind()})`, () => {
  let server: TestServer;
  let world: AccessWorld;
  let key: StatusReportKeyInput;
  let whole: PastProject; // the whole past year
  let summer: ServiceProject; // 07-01 – 09-30, after the mid-term deadline
  let late: ServiceProject; // 10-01 – 10-31, after the summary deadline
  let siteName: string;

  beforeAll(async () => {
    server = await startTestServer();
    world = await new AccessWorld(server).build();
    const side = world.units.in;
    const ds = server.dataSource;
    await ds.getRepository(Volunteer).update(side.cadre.id, { title: '工会主席' });
    whole = await world.recordsProject(side);
    const campaignId = await world.pastCampaign();
    await new CampaignService(ds, SYSTEM_ACTOR).update(campaignId, {
      milestones: [
        { kind: MilestoneKind.LAUNCH, dueOn: `${world.pastYear}-03-30` },
        { kind: MilestoneKind.MID_TERM, dueOn: `${world.pastYear}-06-30` },
        { kind: MilestoneKind.SUMMARY, dueOn: `${world.pastYear}-09-30` },
      ],
    });
    // A village of 419 people the unit serves: not the 服务对象人数 of any one project there.
    const site = await new SiteService(ds, SYSTEM_ACTOR).create({
      ownerUnitId: String(side.unitId),
      name: '曹县青岗镇李庄村',
      kind: SiteKind.VILLAGE,
      areaCode: '371721',
      latitude: 34.83,
      longitude: 115.54,
      peopleServed: 419,
    });
    siteName = site.name;
    const projects = new ServiceProjectService(ds, SYSTEM_ACTOR);
    const base = { teamId: String(side.teamId), siteId: String(site.id), campaignId: String(campaignId) };
    summer = await projects.create({
      ...base,
      name: '李庄村暑期助学',
      startsOn: `${world.pastYear}-07-01`,
      endsOn: `${world.pastYear}-09-30`,
      posts: [{ name: '辅导员' }],
      peopleServed: 37,
    });
    late = await projects.create({
      ...base,
      name: '李庄村秋季讲座',
      startsOn: `${world.pastYear}-10-01`,
      endsOn: `${world.pastYear}-10-31`,
      posts: [{ name: '宣讲员' }],
    });
    // Two approved records in January (2 人次), and one served after the summary deadline.
    await world.serviceRecord(side, side.members[0]!, 'APPROVED');
    await world.serviceRecord(side, side.members[1]!, 'APPROVED');
    const records = new ServiceRecordService(ds, SYSTEM_ACTOR);
    const october = await records.record({
      projectId: String(whole.projectId),
      postId: String(whole.postIds[0]),
      volunteerId: String(side.members[3]!.id),
      startsAt: new Date(`${world.pastYear}-10-15T20:00:00+08:00`),
      endsAt: new Date(`${world.pastYear}-10-15T21:00:00+08:00`),
      submit: true,
    });
    await records.approve(october.id);
    key = { unitId: String(side.unitId), campaignId: String(campaignId), milestone: 'SUMMARY' };
  });

  afterAll(() => server.stop());

  const asCoordinator = <R, V>(query: TypedDocumentString<R, V>, variables: NoInfer<V>) =>
    server.gql(query, variables, { token: world.tokens.coordinator });

  /** Runs `action` with a client that sends the coordinator's token. */
  async function withCoordinator(action: (coordinator: TokenClient) => Promise<void>): Promise<void> {
    await action(server.as(world.tokens.coordinator));
  }

  it('counts only projects that start by the deadline and records served by it', async () => {
    const summary = await asCoordinator(PREVIEW, { k: key });
    expect(summary.errors).toBeUndefined();
    const rows = summary.data!.statusReportPreview;
    // The October project belongs to no report of a campaign whose last deadline is in September.
    expect(rows.map((r: any) => r.projectId)).toEqual([String(whole.projectId), String(summer.id)]);
    // The record served on 10-15 is not counted: 2 人次, not 3.
    expect(rows[0]!.personTimes).toBe(2);
    const midTerm = await asCoordinator(PREVIEW, { k: { ...key, milestone: 'MID_TERM' } });
    expect(midTerm.data!.statusReportPreview.map((r: any) => r.projectId)).toEqual([String(whole.projectId)]);
    // 部署启动 reports what was deployed: every planned project, the October one too, none served yet
    // by its deadline.
    const launch = await asCoordinator(PREVIEW, { k: { ...key, milestone: 'LAUNCH' } });
    expect(launch.data!.statusReportPreview.map((r: any) => r.projectId)).toEqual(
      [String(whole.projectId), String(summer.id), String(late.id)].sort((a, b) => Number(a) - Number(b)),
    );
  });

  it('shows the 服务对象人数 entered on the project, and none where nobody entered one', async () => {
    const rows = (await asCoordinator(PREVIEW, { k: key })).data!.statusReportPreview;
    expect(rows.find((r: any) => r.projectId === String(summer.id))!.peopleServed).toBe(37);
    // Created without a figure and serving no need: not entered, not its site's 419.
    expect(late.peopleServed).toBeNull();
    const launch = (await asCoordinator(PREVIEW, { k: { ...key, milestone: 'LAUNCH' } })).data!
      .statusReportPreview;
    expect(launch.find((r: any) => r.projectId === String(late.id))!.peopleServed).toBeNull();
  });

  it('keeps one progress text per project, saved with the draft, each at most 500 characters', async () => {
    const first = await asCoordinator(SAVE, {
      k: key,
      p: [
        { projectId: String(whole.projectId), text: '全年学习辅导，每周两次。' },
        { projectId: String(summer.id), text: '暑期助学。' },
      ],
    });
    expect(first.errors).toBeUndefined();
    // Naming one project leaves the other's text as saved.
    const second = await asCoordinator(SAVE, {
      k: key,
      p: [{ projectId: String(summer.id), text: '暑期助学，覆盖全村留守儿童。' }],
    });
    expect(second.errors).toBeUndefined();
    const report = (await asCoordinator(REPORT, { k: key })).data!.statusReport;
    expect(report!.rows.map((r: any) => [r.projectId, r.progressText])).toEqual([
      [String(whole.projectId), '全年学习辅导，每周两次。'],
      [String(summer.id), '暑期助学，覆盖全村留守儿童。'],
    ]);
    expect(report!.progressText).toBeNull();
    // 500 characters, each four bytes in UTF-8 and two UTF-16 units: counted as 500.
    const rare = '𠮷'.repeat(500);
    const saved = await asCoordinator(SAVE, { k: key, p: [{ projectId: String(summer.id), text: rare }] });
    expect(saved.errors).toBeUndefined();
    const tooLong = await asCoordinator(SAVE, {
      k: key,
      p: [
        { projectId: String(whole.projectId), text: '好' },
        { projectId: String(summer.id), text: '进'.repeat(501) },
      ],
    });
    expect(tooLong.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'progress[1].text',
      projectId: String(summer.id),
    });
    expect(tooLong.errors![0]!.message).toContain(`project ${summer.id}`);
    // Refused whole: the first project's text did not change either.
    const after = (await asCoordinator(REPORT, { k: key })).data!.statusReport;
    expect(after!.rows.map((r: any) => r.progressText)).toEqual(['全年学习辅导，每周两次。', rare]);
    await withCoordinator(async (coordinator) => {
      // A project that starts after the deadline has no block in this report, nor another unit's.
      await coordinator.expectRejected(
        SAVE,
        { k: key, p: [{ projectId: String(late.id), text: '讲座' }] },
        'BAD_USER_INPUT',
        'progress[0].projectId',
      );
      await coordinator.expectRejected(
        SAVE,
        { k: key, p: [{ projectId: String(world.units.out.projectId), text: '讲座' }] },
        'BAD_USER_INPUT',
        'progress[0].projectId',
      );
      await coordinator.expectRejected(
        SAVE,
        {
          k: key,
          p: [
            { projectId: String(summer.id), text: '一' },
            { projectId: String(summer.id), text: '二' },
          ],
        },
        'BAD_USER_INPUT',
        'progress',
      );
    });
  });

  it('refuses to file until every project has its text, naming the projects without one', async () => {
    // An empty text removes the project's text.
    const cleared = await asCoordinator(SAVE, { k: key, p: [{ projectId: String(summer.id), text: '' }] });
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.saveStatusReportDraft.rows[1]).toEqual({
      projectId: String(summer.id),
      progressText: null,
    });
    const refused = await asCoordinator(SUBMIT, { k: key });
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'progress',
      projectIds: [String(summer.id)],
    });
    expect(refused.errors![0]!.message).toContain('李庄村暑期助学');
    const report = (await asCoordinator(REPORT, { k: key })).data!.statusReport;
    expect(report!.status).toBe('DRAFT');
  });

  it('files the texts frozen with the rows and serves the notice’s Word form, as filed', async () => {
    const texts = {
      whole: '全年学习辅导，每周两次。\n主要做法：结对帮扶。',
      summer: '暑期助学，覆盖全村留守儿童。',
    };
    const saved = await asCoordinator(SAVE, {
      k: key,
      p: [
        { projectId: String(whole.projectId), text: texts.whole },
        { projectId: String(summer.id), text: texts.summer },
      ],
    });
    expect(saved.errors).toBeUndefined();
    // Funds the union gave the summer project: its block says so instead of 无.
    await new SupportService(server.dataSource, SYSTEM_ACTOR).record({
      kind: SupportKind.FUNDS,
      projectId: String(summer.id),
      occurredOn: `${world.pastYear}-08-01`,
      amount: '300.50',
      fundingSource: FundingSource.UNION_FUNDS,
    });
    const live = (await asCoordinator(REPORT, { k: key })).data!.statusReport;
    const filed = await asCoordinator(SUBMIT, { k: key });
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.submitStatusReport.filledOn).toBe(chinaToday());
    // Frozen: texts cannot change, and later records and renames do not reach the filed form.
    await withCoordinator((coordinator) =>
      coordinator.expectRejected(
        SAVE,
        { k: key, p: [{ projectId: String(summer.id), text: '改' }] },
        'CONFLICT',
        'milestone',
      ),
    );
    await world.serviceRecord(world.units.in, world.units.in.members[2]!, 'APPROVED');
    await new ServiceProjectService(server.dataSource, SYSTEM_ACTOR).update(summer.id, { name: '改名项目' });
    const report = (await asCoordinator(REPORT, { k: key })).data!.statusReport;
    expect(report!.rows).toEqual(live!.rows);
    expect(report!.rows.map((r: any) => r.progressText)).toEqual([texts.whole, texts.summer]);

    const response = await fetch(new URL(report!.wordDownloadPath, server.url), {
      headers: { authorization: `Bearer ${world.tokens.coordinator}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('情况调度表-济南市教育工会-活动总结.docx')}`,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const { tables, text } = await wordTables(bytes);
    expect(text).toContain(TITLE);
    expect(text).toContain('（活动总结）');
    expect(text).toMatch(new RegExp(`填表单位：济南市教育工会\\s*填表日期：${chinese(chinaToday())}`));
    expect(tables).toHaveLength(2);
    const cadre = world.units.in.cadre;
    const teamSize = 1 + world.units.in.members.length;
    const expected = [
      {
        row: live!.rows[0],
        fields: {
          志愿服务项目名称: live!.rows[0]!.projectName,
          项目执行时间: `${world.pastYear}年1月1日至${world.pastYear}年12月31日`,
          参与项目总人次: '2',
          物质或资金支持情况: '无',
          '结对志愿服务单位、社区': live!.rows[0]!.pairedWith,
          // Nobody entered one: blank, for the unit to fill in.
          服务对象人数: '',
          [PROGRESS_LABEL]: texts.whole,
        },
      },
      {
        row: live!.rows[1],
        fields: {
          志愿服务项目名称: '李庄村暑期助学',
          项目执行时间: `${world.pastYear}年7月1日至${world.pastYear}年9月30日`,
          参与项目总人次: '0',
          物质或资金支持情况: '资金 300.50 元',
          '结对志愿服务单位、社区': siteName,
          服务对象人数: '37',
          [PROGRESS_LABEL]: texts.summer,
        },
      },
    ];
    tables.forEach((table, i) => {
      // Laid out as the attachment: label cells left of their values, several pairs to a row.
      expect(table.map((row) => row.filter((_, j) => j % 2 === 0))).toEqual([
        ['志愿服务队名称'],
        ['志愿服务项目名称', '志愿服务队组成人数'],
        ['项目执行时间', '参与项目总人次'],
        ['物质或资金支持情况'],
        ['负责人姓名', '职务', '电话'],
        ['结对志愿服务单位、社区', '服务对象人数'],
        [PROGRESS_LABEL],
      ]);
      expect(blockFields(table)).toEqual({
        志愿服务队名称: expected[i]!.row!.teamName,
        志愿服务队组成人数: String(teamSize),
        负责人姓名: cadre.name,
        职务: '工会主席',
        电话: cadre.mobile,
        ...expected[i]!.fields,
      });
    });

    // The same access as the CSV: the province reads it, a team leader may not, nobody unsigned.
    const get = (headers: Record<string, string>) =>
      fetch(new URL(report!.wordDownloadPath, server.url), { headers });
    expect((await get({ authorization: `Bearer ${world.tokens.admin}` })).status).toBe(200);
    expect((await get({ authorization: `Bearer ${world.tokens.leader}` })).status).toBe(403);
    expect((await get({})).status).toBe(401);
    const unknown = await fetch(new URL('/status-reports/999999/report.docx', server.url), {
      headers: { authorization: `Bearer ${world.tokens.coordinator}` },
    });
    expect(unknown.status).toBe(404);
    // The console downloads with its session cookie.
    const session = await fetch(new URL('/session', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'jinan-coordinator', password: 'jinan-coordinator-password' }),
    });
    expect(session.status).toBe(200);
    const cookie = session.headers.get('set-cookie')!.split(';')[0]!;
    const byCookie = await get({ cookie });
    expect(byCookie.status).toBe(200);
    expect(
      Buffer.from(await byCookie.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('writes the form’s title, the milestone in Chinese and each project’s text in the CSV', async () => {
    const report = (await asCoordinator(REPORT, { k: key })).data!.statusReport;
    const response = await fetch(new URL(report!.downloadPath, server.url), {
      headers: { authorization: `Bearer ${world.tokens.coordinator}` },
    });
    expect(response.status).toBe(200);
    const rows: string[][] = parse(Buffer.from(await response.arrayBuffer()).toString('utf8'), {
      bom: true,
      relax_column_count: true,
    });
    expect(rows[0]).toEqual([TITLE, '活动总结']);
    expect(rows[1]).toEqual(['填表单位', '济南市教育工会', '填表日期', report!.filledOn]);
    expect(rows[2]!.at(-1)).toBe('志愿服务进展情况');
    // 服务对象人数: 37 as entered, blank where nobody entered one.
    const served = rows[2]!.indexOf('服务对象人数');
    expect(rows.slice(3).map((row) => [row[2], row[served]])).toEqual(
      report!.rows.map((r: any) => [r.projectName, r.peopleServed === null ? '' : String(r.peopleServed)]),
    );
    expect(report!.rows.map((r: any) => r.peopleServed)).toEqual([null, 37]);
    expect(rows.slice(3).map((row) => [row[2], row.at(-1)])).toEqual(
      report!.rows.map((r: any) => [r.projectName, r.progressText]),
    );
  });

  it('keeps the single text of a report filed before per-project texts, shown in each block', async () => {
    // As a report filed before this change stands in the database: one text, rows without theirs.
    const old = {
      unitId: world.units.in.unitId,
      campaignId: Number(key.campaignId),
      milestone: MilestoneKind.MID_TERM,
      status: StatusReportStatus.SUBMITTED,
      progressText: '上半年工作顺利推进。',
      filledOn: `${world.pastYear}-06-28`,
      submittedAt: new Date(`${world.pastYear}-06-28T02:00:00Z`),
    };
    const ds = server.dataSource;
    const rows = (await asCoordinator(PREVIEW, { k: { ...key, milestone: 'MID_TERM' } })).data!
      .statusReportPreview;
    const frozen = rows.map(({ progressText: _dropped, ...row }: any) => ({
      ...row,
      projectId: Number(row.projectId),
    }));
    const saved = await ds.getRepository(StatusReport).save({ ...old, snapshot: frozen });
    const read = await asCoordinator(REPORT, { k: { ...key, milestone: 'MID_TERM' } });
    expect(read.data!.statusReport!.progressText).toBe('上半年工作顺利推进。');
    expect(read.data!.statusReport!.rows.map((r: any) => r.progressText)).toEqual([null]);
    const response = await fetch(new URL(`/status-reports/${saved.id}/report.docx`, server.url), {
      headers: { authorization: `Bearer ${world.tokens.coordinator}` },
    });
    expect(response.status).toBe(200);
    const { tables, text } = await wordTables(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain('（半程推进）');
    expect(text).toContain(`填表日期：${chinese(`${world.pastYear}-06-28`)}`);
    expect(tables).toHaveLength(1);
    expect(blockFields(tables[0]!)[PROGRESS_LABEL]).toBe('上半年工作顺利推进。');
  });
});
