import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  ASSIGNMENT_STATUS_LABELS,
  MILESTONE_KIND_LABELS,
  REPORT_FILING_STATE_LABELS,
  SERVICE_CATEGORY_LABELS,
  SERVICE_NEED_STATUS_LABELS,
  SERVICE_RECORD_STATUS_LABELS,
} from '../../server/src/modules/code-lists/labels';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SIZE } from '../../seeds/seed';
import { startTestServer, type TestServer } from '../support/test-server';
import { chinaDay, chinaTime, chooseOption, launchChromium, newContext, signIn, step } from './support';
import { graphql } from '../graphql';
import type { TypedDocumentString } from '../graphql/graphql';
import type { ResultOf } from '../support/test-server';

/**
 * The coordinator's whole workflow, end to end, in a real browser on the demo data with a current
 * campaign: 济南's coordinator posts a need (服务需求 › 发布需求), opens its matching page from the
 * board's 匹配 link, proposes two of the suggestions (one of them the demo volunteer, who is in a 济南
 * team with a started project) and confirms the demo volunteer; the volunteer accepts (through the
 * API with their own token: this test follows the coordinator, and field-volunteer.test.ts the same
 * steps on the volunteer's phone pages) and the coordinator's page shows it without a reload; the
 * volunteer records their time (API, same reason); the coordinator approves
 * it in 服务记录, files the current milestone's 调度表 from the 工作台, exports the project's
 * approved records in 归档导出 and downloads every file, from the new batch and from its row in the
 * list, parsed back with csv-parse and exceljs.
 * After each step the API is asked whether it holds what the screen says.
 */

const JINAN = DEMO_ACCOUNTS.coordinator.username;
const WAIT = { timeout: 15_000 };
const STAMP = Date.now() % 100_000;
const NEED_TITLE = `流程测试：青年教师教学指导 ${STAMP}`;
const PROGRESS = `本阶段发布服务需求、匹配志愿者并审核服务时长，按期归档（流程测试 ${STAMP}）。`;
const REMARK = `流程测试服务 ${STAMP}`;
/** The volunteer's slot: 19:00–20:30 China time, 1.5 hours. */
const SLOT = { start: '19:00', end: '20:30', hours: '1.5', csvHours: '1.50' };

let server: TestServer;
let browser: Browser;
let origin: string;
const contexts: BrowserContext[] = [];
let jinanToken: string;
let jinanUnitId: string;
const CAMPAIGN = graphql(`
  query WorkflowMeCampaign($year: Int) {
    me {
      unitId
    }
    campaign(year: $year) {
      id
      name
      endsOn
      milestones {
        kind
        dueOn
      }
    }
  }
`);
let campaign: NonNullable<ResultOf<typeof CAMPAIGN>['campaign']>;
/** The demo volunteer: their account's token, volunteer id and name, and a category they offer. */
let volunteer: { token: string; id: string; name: string; category: keyof typeof SERVICE_CATEGORY_LABELS };
/** A started project of a 济南 team of the volunteer's, with a safety plan and a post; its site. */
let project: { id: string; name: string; postId: string; siteId: string; siteName: string; day: string };

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startTestServer({ seed: { volunteers: DEMO_SIZE.volunteers, now: new Date() } }),
    launchChromium(),
  ]);
  origin = new URL(server.url).origin;
  jinanToken = await server.login(JINAN, DEMO_PASSWORD);
  const found = await server.gql(CAMPAIGN, { year: Number(chinaDay(0).slice(0, 4)) }, { token: jinanToken });
  expect(found.errors).toBeUndefined();
  jinanUnitId = found.data!.me.unitId!;
  campaign = found.data!.campaign!;

  const token = await server.login(DEMO_ACCOUNTS.volunteer.username, DEMO_PASSWORD);
  const me = await server.gql(
    graphql(`
      query WorkflowMe {
        me {
          volunteerId
          volunteer {
            name
            serviceCategories
          }
        }
      }
    `),
    undefined,
    {
      token,
    },
  );
  volunteer = {
    token,
    id: me.data!.me.volunteerId!,
    name: me.data!.me.volunteer!.name,
    category: me.data!.me.volunteer!.serviceCategories[0]!,
  };
  // As records.test.ts finds one: a started project of a 济南 team the volunteer is in, on a past
  // day within its dates; here also with its safety plan (no service without one).
  const teams = await server.gql(
    graphql(`
      query WorkflowServiceTeams($v: ID) {
        serviceTeams(filter: { memberId: $v }) {
          edges {
            node {
              unitId
              projects {
                id
                name
                status
                startsOn
                endsOn
                posts {
                  id
                }
                safetyPlan {
                  insured
                }
                site {
                  id
                  name
                }
              }
            }
          }
        }
      }
    `),
    { v: volunteer.id },
    { token: jinanToken },
  );
  expect(teams.errors).toBeUndefined();
  const yesterday = chinaDay(-1);
  const started = teams
    .data!.serviceTeams.edges.filter(({ node }: any) => node.unitId === jinanUnitId)
    .flatMap(({ node }: any) => node.projects)
    .filter(
      (p: any) =>
        p.status === 'ACTIVE' &&
        p.safetyPlan &&
        p.posts.length > 0 &&
        p.startsOn <= yesterday &&
        p.endsOn >= yesterday,
    )[0];
  expect(started).toBeDefined();
  project = {
    id: started.id,
    name: started.name,
    postId: started.posts[0].id,
    siteId: started.site.id,
    siteName: started.site.name,
    day: yesterday,
  };
}, 180_000);

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
  await browser?.close();
  await server?.stop();
});

async function openPage(): Promise<Page> {
  const context = await newContext(browser, origin);
  contexts.push(context);
  return context.newPage();
}

/** The data of a request as 济南's coordinator that must succeed. */
async function gql<R, V>(query: TypedDocumentString<R, V>, variables?: NoInfer<V>): Promise<R> {
  const result = await server.gql(query, variables, { token: jinanToken });
  expect(result.errors).toBeUndefined();
  return result.data!;
}

async function assignmentsOf(needId: string): Promise<Record<string, { id: string; status: string }>> {
  const data = await gql(
    graphql(`
      query WorkflowAssignments($id: ID) {
        assignments(filter: { needId: $id }, first: 100) {
          edges {
            node {
              id
              volunteerId
              status
            }
          }
        }
      }
    `),
    { id: needId },
  );
  return Object.fromEntries(
    data.assignments.edges.map(({ node }: any) => [node.volunteerId, { id: node.id, status: node.status }]),
  );
}

describe('the coordinator’s workflow', () => {
  it('posts a need, matches, proposes, confirms, approves the time, files the report and exports it', async () => {
    const page = await openPage();
    const nav = page.locator('[aria-label=主导航]');
    // Two days ahead, inside the campaign (its last day at the latest).
    const day = chinaDay(2) < campaign.endsOn ? chinaDay(2) : campaign.endsOn;
    let needId = '';
    let otherVolunteer = { id: '', name: '' };
    let recordId = '';
    let batchId = '';

    await step(page, 'signed in, 服务需求 from the navigation', async () => {
      await signIn(page, JINAN, DEMO_PASSWORD);
      await nav.getByText('服务需求').click();
      await page.waitForURL('**/needs', WAIT);
      await page.locator('tbody tr[data-row-key]').first().waitFor(WAIT);
    });

    await step(page, '发布需求 in the current campaign', async () => {
      await page
        .getByRole('button', { name: /发布需求/ })
        .first()
        .click();
      await page.locator('#postNeed_title').waitFor(WAIT);
      await chooseOption(page, 'postNeed_siteId', project.siteName);
      await chooseOption(page, 'postNeed_campaignId', campaign.name);
      await page.locator('#postNeed_title').fill(NEED_TITLE);
      await chooseOption(page, 'postNeed_category', SERVICE_CATEGORY_LABELS[volunteer.category]);
      await page.locator('#postNeed_headcount').fill('2');
      for (const [field, time] of [
        ['startsAt', '09:00'],
        ['endsAt', '11:00'],
      ] as const) {
        const input = page.locator(`#postNeed_${field}`);
        await input.click();
        await input.fill(`${day} ${time}`);
        await input.press('Enter');
      }
      await page.getByRole('button', { name: /^发\s*布$/ }).click();
      const row = page.locator('tbody tr[data-row-key]', { hasText: NEED_TITLE });
      await row.waitFor(WAIT);
      needId = (await row.getAttribute('data-row-key'))!;
      expect(await row.innerText()).toContain(SERVICE_NEED_STATUS_LABELS.OPEN);
      expect(await row.locator('time[data-field=startsAt]').innerText()).toBe(`${day} 09:00`);
      expect(await row.locator('[data-field=places]').innerText()).toBe('0/2');
      const { serviceNeed } = await gql(
        graphql(`
          query WorkflowServiceNeed($id: ID!) {
            serviceNeed(id: $id) {
              title
              siteId
              campaignId
              category
              headcount
              status
              startsAt
              endsAt
            }
          }
        `),
        { id: needId },
      );
      // Typed in China time by a browser in Los Angeles.
      expect(serviceNeed).toEqual({
        title: NEED_TITLE,
        siteId: project.siteId,
        campaignId: campaign.id,
        category: volunteer.category,
        headcount: 2,
        status: 'OPEN',
        startsAt: new Date(`${day}T09:00:00+08:00`).toISOString(),
        endsAt: new Date(`${day}T11:00:00+08:00`).toISOString(),
      });
    });

    const suggestion = (id: string) =>
      page.locator(`[data-testid=suggestions] tbody tr[data-row-key="${id}"]`);
    const assignmentRow = (name: string) =>
      page.locator('[data-testid=assignments] tbody tr[data-row-key]', { hasText: name });

    await step(page, 'its 匹配 link opens its suggestions, the demo volunteer among them', async () => {
      await page
        .locator('tbody tr[data-row-key]', { hasText: NEED_TITLE })
        .locator(`a[href="/matching/needs/${needId}"]`, { hasText: '匹配' })
        .click();
      await page.waitForURL(`**/matching/needs/${needId}`, WAIT);
      await page.locator('[data-testid=need-title]', { hasText: NEED_TITLE }).waitFor(WAIT);
      // The demo volunteer can record time in a 济南 project, so they are the one to propose.
      await suggestion(volunteer.id).waitFor(WAIT);
      expect(await suggestion(volunteer.id).innerText()).toContain(volunteer.name);
      const otherId = (await page
        .locator('[data-testid=suggestions] tbody tr[data-row-key]')
        .evaluateAll(
          (rows, own) => rows.map((r) => r.getAttribute('data-row-key')).find((k) => k !== own),
          volunteer.id,
        ))!;
      expect(otherId).toBeTruthy();
      const { volunteer: found } = await gql(
        graphql(`
          query WorkflowVolunteer($id: ID!) {
            volunteer(id: $id) {
              name
            }
          }
        `),
        {
          id: otherId,
        },
      );
      otherVolunteer = { id: otherId, name: found!.name };
    });

    await step(page, '提出邀请 to the demo volunteer and one more', async () => {
      await suggestion(volunteer.id).locator('input[type=checkbox]').check();
      await suggestion(otherVolunteer.id).locator('input[type=checkbox]').check();
      await page.locator('[data-testid=propose-bar]').getByText('已选 2 人').waitFor(WAIT);
      await page.locator('[data-action=propose]').click();
      await page.locator('.ant-message').getByText('已向 2 位志愿者提出邀请').waitFor(WAIT);
      for (const { name } of [volunteer, otherVolunteer]) {
        await assignmentRow(name).locator('[data-status=PROPOSED]').waitFor(WAIT);
      }
      const stored = await assignmentsOf(needId);
      expect(Object.keys(stored).sort()).toEqual([volunteer.id, otherVolunteer.id].sort());
      expect(stored[volunteer.id]!.status).toBe('PROPOSED');
      expect(stored[otherVolunteer.id]!.status).toBe('PROPOSED');
    });

    await step(page, '确认 the demo volunteer', async () => {
      await assignmentRow(volunteer.name).locator('[data-action=confirm]').click();
      await assignmentRow(volunteer.name).locator('[data-status=CONFIRMED]').waitFor(WAIT);
      expect(await assignmentRow(volunteer.name).locator('[data-field=status]').innerText()).toBe(
        ASSIGNMENT_STATUS_LABELS.CONFIRMED,
      );
      expect((await assignmentsOf(needId))[volunteer.id]!.status).toBe('CONFIRMED');
    });

    await step(page, 'the volunteer accepts (their token): the page shows it without a reload', async () => {
      await page.locator('[data-testid=realtime][data-state=live]').waitFor(WAIT);
      await page.evaluate(() => ((globalThis as any).__sameDocument = true));
      const assignment = (await assignmentsOf(needId))[volunteer.id]!;
      const answered = await server.gql(
        graphql(`
          mutation WorkflowRespondToAssignment($id: ID!) {
            respondToAssignment(id: $id, accept: true) {
              status
            }
          }
        `),
        { id: assignment.id },
        { token: volunteer.token },
      );
      expect(answered.errors).toBeUndefined();
      expect(answered.data!.respondToAssignment.status).toBe('ACCEPTED');
      await assignmentRow(volunteer.name).locator('[data-status=ACCEPTED]').waitFor(WAIT);
      expect(await assignmentRow(volunteer.name).locator('[data-field=status]').innerText()).toBe(
        ASSIGNMENT_STATUS_LABELS.ACCEPTED,
      );
      expect(await page.evaluate(() => (globalThis as any).__sameDocument)).toBe(true);
      expect(await page.locator('[data-testid=places]').innerText()).toMatch(/^1\/2/);
      const stored = await assignmentsOf(needId);
      expect(stored[volunteer.id]!.status).toBe('ACCEPTED');
      expect(stored[otherVolunteer.id]!.status).toBe('PROPOSED');
      const { serviceNeed } = await gql(
        graphql(`
          query WorkflowServiceNeed2($id: ID!) {
            serviceNeed(id: $id) {
              confirmedCount
            }
          }
        `),
        {
          id: needId,
        },
      );
      expect(serviceNeed!.confirmedCount).toBe(1);
    });

    // The volunteer records their time in their team's project (their own token; no phone page yet).
    const entered = await server.gql(
      graphql(`
        mutation WorkflowRecordService($input: RecordServiceInput!) {
          recordService(input: $input) {
            id
            status
          }
        }
      `),
      {
        input: {
          projectId: project.id,
          postId: project.postId,
          startsAt: `${project.day}T${SLOT.start}:00+08:00`,
          endsAt: `${project.day}T${SLOT.end}:00+08:00`,
          remark: REMARK,
          submit: true,
        },
      },
      { token: volunteer.token },
    );
    expect(entered.errors).toBeUndefined();
    expect(entered.data!.recordService.status).toBe('SUBMITTED');
    recordId = entered.data!.recordService.id;

    await step(page, '服务记录: the submitted time waits in the queue and is approved', async () => {
      await nav.getByText('服务记录').click();
      await page.waitForURL('**/records', WAIT);
      const row = page.locator(`tbody tr[data-row-key="${recordId}"]`);
      await row.waitFor(WAIT);
      expect(await row.locator('[data-field=volunteer]').innerText()).toBe(volunteer.name);
      expect(await row.locator('[data-field=project]').innerText()).toBe(project.name);
      expect(await row.locator('[data-field=date]').innerText()).toBe(project.day);
      expect(await row.locator('[data-field=slot]').innerText()).toBe(`${SLOT.start}–${SLOT.end}`);
      expect(await row.locator('[data-field=hours]').innerText()).toBe(SLOT.hours);
      expect(await row.locator('[data-field=status]').innerText()).toBe(
        SERVICE_RECORD_STATUS_LABELS.SUBMITTED,
      );
      await row.locator('[data-action=approve]').click();
      await row.waitFor({ state: 'detached', ...WAIT });
      const { serviceRecord } = await gql(
        graphql(`
          query WorkflowServiceRecord($id: ID!) {
            serviceRecord(id: $id) {
              status
              volunteerId
              hours
              archiveExportId
            }
          }
        `),
        { id: recordId },
      );
      expect(serviceRecord).toMatchObject({
        status: 'APPROVED',
        volunteerId: volunteer.id,
        archiveExportId: null,
      });
      expect(Number(serviceRecord!.hours)).toBe(Number(SLOT.hours));
    });

    // The milestone the 工作台 marks current; after the last report's deadline, that last report.
    const today = chinaDay(0);
    const reported = campaign.milestones
      .filter((m) => ['LAUNCH', 'MID_TERM', 'SUMMARY'].includes(m.kind))
      .sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1));
    const milestone = (reported.find((m) => m.dueOn >= today) ?? reported[reported.length - 1]!).kind;
    const report = async () =>
      (
        await gql(
          graphql(`
            query WorkflowStatusReport($key: StatusReportKeyInput!) {
              statusReport(key: $key) {
                status
                progressText
                submittedAt
              }
            }
          `),
          { key: { campaignId: campaign.id, unitId: jinanUnitId, milestone } },
        )
      ).statusReport;

    await step(page, `工作台: the ${milestone} 调度表 filled and submitted`, async () => {
      await nav.getByText('工作台').click();
      await page.waitForURL('**/dashboard', WAIT);
      const item = page.locator(`[data-milestone=${milestone}]`);
      await item
        .locator('[data-field=state]', { hasText: REPORT_FILING_STATE_LABELS.NOT_STARTED })
        .waitFor(WAIT);
      expect(await report()).toBeNull();
      await item.locator('[data-action=open-report]').click();
      await page.waitForURL(`**/dashboard/reports/${campaign.id}/${milestone}`, WAIT);
      await page.locator('[data-testid=report-header]').getByText('济南市教育工会').waitFor(WAIT);
      await page.locator('#status-report_progressText').fill(PROGRESS);
      await page.getByRole('button', { name: /提\s*交/ }).click();
      await page.locator('.ant-modal-confirm').getByText('提交后不能再修改', { exact: false }).waitFor(WAIT);
      await page.locator('.ant-modal-confirm .ant-btn-primary').click();
      await page.locator('.ant-message').getByText('调度表已提交').waitFor(WAIT);
      const header = page.locator('[data-testid=report-header]');
      await header
        .locator('[data-field=state]', { hasText: REPORT_FILING_STATE_LABELS.SUBMITTED })
        .waitFor(WAIT);
      const filed = await report();
      expect(filed).toMatchObject({ status: 'SUBMITTED', progressText: PROGRESS });
      expect(await header.locator('[data-field=time]').innerText()).toBe(chinaTime(filed!.submittedAt!));
      await page.locator('[data-field=progressText]', { hasText: PROGRESS }).waitFor(WAIT);
    });

    await step(
      page,
      `back on the 工作台, ${MILESTONE_KIND_LABELS[milestone as 'LAUNCH']} is 已提交`,
      async () => {
        await page.locator('.ant-breadcrumb').getByText('工作台').click();
        await page.waitForURL('**/dashboard', WAIT);
        await page
          .locator(`[data-milestone=${milestone}] [data-field=state]`, {
            hasText: REPORT_FILING_STATE_LABELS.SUBMITTED,
          })
          .waitFor(WAIT);
      },
    );

    await step(page, '归档导出 of the project: the approved record in one batch', async () => {
      await nav.getByText('服务记录').click();
      await page.waitForURL('**/records', WAIT);
      await page.locator('[aria-label=服务记录] .ant-tabs-tab', { hasText: '归档导出' }).click();
      await page.waitForURL('**/records/exports', WAIT);
      await chooseOption(page, 'archiveExport_scope', '服务项目');
      await chooseOption(page, 'archiveExport_scopeId', project.name);
      await page.locator('[data-action=export]').click();
      const made = page.locator('[data-testid=export-made]');
      await made.getByText('已导出 1 条服务记录').waitFor(WAIT);
      const { archiveExports } = await gql(
        graphql(`
          query WorkflowArchiveExports {
            archiveExports {
              edges {
                node {
                  id
                  unitId
                  scope
                  scopeId
                  recordCount
                  issueCount
                }
              }
            }
          }
        `),
      );
      expect(archiveExports.edges).toHaveLength(1);
      const batch = archiveExports.edges[0]!.node;
      expect(batch).toMatchObject({
        unitId: jinanUnitId,
        scope: 'PROJECT',
        scopeId: project.id,
        recordCount: 1,
        issueCount: 0,
      });
      batchId = batch.id;
      const { serviceRecord } = await gql(
        graphql(`
          query WorkflowServiceRecord2($id: ID!) {
            serviceRecord(id: $id) {
              archiveExportId
            }
          }
        `),
        {
          id: recordId,
        },
      );
      expect(serviceRecord!.archiveExportId).toBe(batchId);
      const listed = page.locator(`tbody tr[data-row-key="${batchId}"]`);
      await listed.waitFor(WAIT);
      expect(await listed.locator('[data-field=records]').innerText()).toBe('1');
    });

    await step(page, 'the records CSV, downloaded from the page, holds the volunteer’s hours', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download', WAIT),
        page.locator('[data-testid=export-made] [data-file=records]').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const rows: Record<string, string>[] = parse(fs.readFileSync((await download.path())!), {
        bom: true,
        columns: true,
      });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        姓名: volunteer.name,
        开始时间: `${project.day} ${SLOT.start}:00`,
        结束时间: `${project.day} ${SLOT.end}:00`,
        '服务时长（小时）': SLOT.csvHours,
        '服务内容（备注）': REMARK,
      });
    });

    await step(page, 'the Excel workbook, downloaded from the page, says the same', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download', WAIT),
        page.locator('[data-testid=export-made] [data-file=xlsx]').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile((await download.path())!);
      const sheet = workbook.getWorksheet('服务记录')!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
      const col = (name: string) => header.indexOf(name) + 1;
      const rows = [];
      for (let i = 2; i <= sheet.rowCount; i++) {
        const row = sheet.getRow(i);
        if (!row.getCell(col('姓名')).value) continue;
        rows.push({
          name: String(row.getCell(col('姓名')).value),
          start: String(row.getCell(col('开始时间')).value),
          hours: Number(row.getCell(col('服务时长（小时）')).value),
        });
      }
      expect(rows).toEqual([
        { name: volunteer.name, start: `${project.day} ${SLOT.start}:00`, hours: Number(SLOT.hours) },
      ]);
    });

    await step(page, 'every file of the batch downloads from its row in the list, too', async () => {
      const row = page.locator(`tbody tr[data-row-key="${batchId}"] [data-testid=downloads-${batchId}]`);
      const fetched = async (file: string) => {
        const [download] = await Promise.all([
          page.waitForEvent('download', WAIT),
          row.locator(`[data-file=${file}]`).click(),
        ]);
        return fs.readFileSync((await download.path())!);
      };
      expect(
        await row.locator('[data-file]').evaluateAll((links) => links.map((a) => a.dataset.file)),
      ).toEqual(['xlsx', 'records', 'people', 'projects', 'report']);
      const csv = (bytes: Buffer): Record<string, string>[] => parse(bytes, { bom: true, columns: true });
      expect(csv(await fetched('records')).map((r) => r['姓名'])).toEqual([volunteer.name]);
      // The volunteer is not known to be registered nationally: one 系统外成员 row, on the project.
      expect(csv(await fetched('people')).map((r) => [r['姓名'], r['项目名称']])).toEqual([
        [volunteer.name, project.name],
      ]);
      expect(csv(await fetched('projects')).map((r) => r['项目名称'])).toEqual([project.name]);
      expect(csv(await fetched('report'))).toEqual([]); // the batch broke no rule
    });
  }, 120_000);
});
