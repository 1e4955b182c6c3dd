import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SERVICE_PROJECT_STATUS_LABELS } from '../../server/src/modules/code-lists/labels';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SIZE } from '../../seeds/seed';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  chinaDay,
  docsScreenshot,
  launchChromium,
  newContext,
  otherCityCoordinator,
  signIn,
  step,
} from './support';
import { graphql } from '../graphql';

/**
 * 服务记录 › 服务项目 and 归档导出 in a real browser on the demo data: 济南's coordinator creates a
 * project for their team (the server's refusal of dates outside the campaign beside 结束日期), sets
 * its safety plan (a missing field, then the server's word on the phone, beside the field), starts
 * it and finds it listed; exports the unit's approved records and downloads the files from the page,
 * parsed back with csv-parse and exceljs; another city's coordinator sees none of it.
 */

const JINAN = DEMO_ACCOUNTS.coordinator.username;
const WAIT = { timeout: 15_000 };
const PROJECT_NAME = `浏览器测试防溺水宣讲项目${Date.now() % 100000}`;

let server: TestServer;
let browser: Browser;
let origin: string;
const contexts: BrowserContext[] = [];
let other: Awaited<ReturnType<typeof otherCityCoordinator>>;
let jinanUnitId: string;
let campaign: { id: string; startsOn: string; endsOn: string; year: number };
let siteName: string;
let volunteerName: string;
/** The approved records (through the API) the export must hold: id, China day, slot and hours. */
let approved: { id: string; day: string; start: string; end: string; hours: string }[];
/** Set by the first test: the project created in the browser, and the batch exported. */
let projectId: string;
let batchId: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startTestServer({ seed: { volunteers: DEMO_SIZE.volunteers, now: new Date() } }),
    launchChromium(),
  ]);
  origin = new URL(server.url).origin;
  // support.ts types its server loosely; the test server's gql answers { data, errors }.
  other = await otherCityCoordinator(server);
  const units = await server.gql(
    graphql(`
      query ProjectsUnitsCampaigns {
        units(filter: { search: "济南市教育工会" }) {
          edges {
            node {
              id
            }
          }
        }
        campaigns {
          id
          year
          startsOn
          endsOn
        }
      }
    `),
  );
  jinanUnitId = units.data!.units.edges[0]!.node.id;
  campaign = [...units.data!.campaigns].sort((a: any, b: any) => b.year - a.year)[0]!;
  const sites = await server.gql(
    graphql(`
      query ProjectsSites($u: ID) {
        sites(filter: { ownerUnitId: $u }, first: 1) {
          edges {
            node {
              name
            }
          }
        }
      }
    `),
    {
      u: jinanUnitId,
    },
  );
  siteName = sites.data!.sites.edges[0]!.node.name;

  // The demo volunteer's time in a started project of a 济南 team, submitted, then approved by 济南.
  const token = await server.login(DEMO_ACCOUNTS.volunteer.username, DEMO_PASSWORD);
  const coordinator = await server.login(JINAN, DEMO_PASSWORD);
  const me = await server.gql(
    graphql(`
      query ProjectsMe {
        me {
          volunteerId
          volunteer {
            name
          }
        }
      }
    `),
    undefined,
    { token },
  );
  volunteerName = me.data!.me.volunteer!.name;
  const teams = await server.gql(
    graphql(`
      query ProjectsServiceTeams($v: ID) {
        serviceTeams(filter: { memberId: $v }) {
          edges {
            node {
              unitId
              projects {
                id
                status
                startsOn
                endsOn
                posts {
                  id
                }
              }
            }
          }
        }
      }
    `),
    { v: me.data!.me.volunteerId },
  );
  const yesterday = chinaDay(-1);
  const project = teams
    .data!.serviceTeams.edges.filter(({ node }: any) => node.unitId === jinanUnitId)
    .flatMap(({ node }: any) => node.projects)
    .filter((p: any) => p.status === 'ACTIVE' && p.startsOn <= yesterday && p.endsOn >= yesterday)[0];
  expect(project).toBeDefined();
  approved = [];
  for (const [start, end, hours] of [
    ['08:00', '10:30', '2.50'],
    ['14:00', '15:15', '1.25'],
  ] as const) {
    const entered = await server.gql(
      graphql(`
        mutation ProjectsRecordService($input: RecordServiceInput!) {
          recordService(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          projectId: project.id,
          postId: project.posts[0].id,
          startsAt: `${yesterday}T${start}:00+08:00`,
          endsAt: `${yesterday}T${end}:00+08:00`,
          remark: `导出测试 ${start}`,
          submit: true,
        },
      },
      { token },
    );
    expect(entered.errors).toBeUndefined();
    const id: string = entered.data!.recordService.id;
    const done = await server.gql(
      graphql(`
        mutation ProjectsApproveServiceRecord($id: ID!) {
          approveServiceRecord(id: $id) {
            status
          }
        }
      `),
      { id },
      {
        token: coordinator,
      },
    );
    expect(done.data?.approveServiceRecord.status).toBe('APPROVED');
    approved.push({ id, day: yesterday, start, end, hours });
  }
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

/** Picks `label` in the antd Select whose input has this id. */
async function choose(page: Page, inputId: string, label: string): Promise<void> {
  await page.locator(`.ant-select:has(#${inputId})`).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label })
    .first()
    .click();
}

/** Types a date into an antd DatePicker and commits it. */
async function typeDate(page: Page, inputId: string, date: string): Promise<void> {
  const input = page.locator(`#${inputId}`);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** The docs pictures without the passing "saved" messages (only when they are being taken). */
async function picture(page: Page, name: string): Promise<void> {
  if (process.env.CONSOLE_DOCS_SCREENSHOTS) {
    await page
      .locator('.ant-message-notice')
      .first()
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => undefined);
  }
  await docsScreenshot(page, name);
}

async function projectOf(id: string) {
  const result = await server.gql(
    graphql(`
      query ProjectsServiceProject($id: ID!) {
        serviceProject(id: $id) {
          name
          status
          startsOn
          endsOn
          team {
            unitId
          }
          posts {
            name
          }
          safetyPlan {
            responsiblePerson
            responsiblePhone
            emergencyPlan
            insured
          }
        }
      }
    `),
    { id },
  );
  return result.data!.serviceProject;
}

async function projectsNamed(name: string): Promise<number> {
  const result = await server.gql(
    graphql(`
      query ProjectsServiceProjects($u: ID) {
        serviceProjects(filter: { unitId: $u }, first: 100) {
          edges {
            node {
              name
            }
          }
        }
      }
    `),
    { u: jinanUnitId },
  );
  return result.data!.serviceProjects.edges.filter(({ node }: any) => node.name === name).length;
}

describe('服务记录 › 服务项目 and 归档导出', () => {
  it('creates a project for a 济南 team, sets its safety plan, starts it and lists it', async () => {
    const page = await openPage();
    await step(page, 'the projects tab from the navigation', async () => {
      await signIn(page, JINAN, DEMO_PASSWORD);
      await page.locator('[aria-label=主导航]').getByText('服务记录').click();
      await page.waitForURL('**/records', WAIT);
      await page.getByRole('tab', { name: '服务项目' }).click();
      await page.waitForURL('**/records/projects', WAIT);
      await page.locator('tbody tr[data-row-key]').first().waitFor(WAIT);
    });
    await step(
      page,
      'dates outside the campaign are refused beside 结束日期, nothing is created',
      async () => {
        await page.locator('[data-action=new-project]').click();
        await page.locator('#project_name').waitFor(WAIT);
        await choose(page, 'project_siteId', siteName);
        await page.locator('#project_name').fill(PROJECT_NAME);
        await typeDate(page, 'project_startsOn', campaign.startsOn);
        await typeDate(page, 'project_endsOn', `${campaign.year + 1}-01-15`);
        await page.locator('#project_posts_0_name').fill('安全宣讲员');
        await page.locator('[data-action=save-project]').click();
        await page.locator('#project_endsOn_help', { hasText: '项目日期须在所属活动期间' }).waitFor(WAIT);
        expect(await projectsNamed(PROJECT_NAME)).toBe(0);
      },
    );
    await step(
      page,
      'within the campaign it is created, and its page opens with no safety plan',
      async () => {
        await typeDate(page, 'project_endsOn', campaign.endsOn);
        await page.locator('[data-action=save-project]').click();
        await page.waitForURL('**/records/projects/*', WAIT);
        projectId = new URL(page.url()).pathname.split('/').pop()!;
        await page.locator('[data-testid=project-name]', { hasText: PROJECT_NAME }).waitFor(WAIT);
        expect(await page.locator('[data-testid=project-status]').innerText()).toBe(
          SERVICE_PROJECT_STATUS_LABELS.PLANNED,
        );
        expect(await page.locator('[data-testid=safety-status]').innerText()).toBe('未制定');
        await page
          .locator('[data-testid=project-details] [data-field=dates]', {
            hasText: `${campaign.startsOn} 至 ${campaign.endsOn}`,
          })
          .waitFor(WAIT);
        // The rule is on the page, and the project cannot start without its plan.
        await page.locator('[data-testid=safety-plan]').getByText('才能开始').first().waitFor(WAIT);
        expect(await page.locator('[data-action=status-ACTIVE]').isDisabled()).toBe(true);
        const saved = await projectOf(projectId);
        expect(saved).toMatchObject({
          name: PROJECT_NAME,
          status: 'PLANNED',
          startsOn: campaign.startsOn,
          endsOn: campaign.endsOn,
          team: { unitId: jinanUnitId },
          posts: [{ name: '安全宣讲员' }],
          safetyPlan: null,
        });
      },
    );
    await step(page, 'the safety plan: a missing phone is told beside 责任人电话', async () => {
      await page.locator('[data-action=edit-safety-plan]').click();
      await page.locator('#safetyPlan_responsiblePerson').fill('张安全');
      await page
        .locator('#safetyPlan_emergencyPlan')
        .fill('遇溺水、受伤立即拨打 120，并报告带队负责人和学校。');
      await page.locator('[data-action=save-safety-plan]').click();
      await page.locator('#safetyPlan_responsiblePhone_help', { hasText: '请填写责任人电话' }).waitFor(WAIT);
      expect((await projectOf(projectId))!.safetyPlan).toBeNull();
    });
    await step(page, 'a phone the server refuses: its word beside the field, nothing saved', async () => {
      await page.locator('#safetyPlan_responsiblePhone').fill('12345');
      await page.locator('[data-action=save-safety-plan]').click();
      await page
        .locator('#safetyPlan_responsiblePhone_help', { hasText: '请填写手机号或带区号的固定电话' })
        .waitFor(WAIT);
      expect((await projectOf(projectId))!.safetyPlan).toBeNull();
    });
    await step(page, 'a good plan is saved and shown', async () => {
      await page.locator('#safetyPlan_responsiblePhone').fill('0531-81916597');
      await page.locator('#safetyPlan_insured').click();
      await page.locator('[data-action=save-safety-plan]').click();
      await page.locator('[data-testid=safety-plan-view]').getByText('张安全').waitFor(WAIT);
      expect(await page.locator('[data-testid=safety-status]').innerText()).toBe('已制定');
      expect((await projectOf(projectId))!.safetyPlan).toEqual({
        responsiblePerson: '张安全',
        responsiblePhone: '0531-81916597',
        emergencyPlan: '遇溺水、受伤立即拨打 120，并报告带队负责人和学校。',
        insured: true,
      });
      await picture(page, 'safety-plan');
    });
    await step(page, '开始项目 now goes through', async () => {
      await page.locator('[data-action=status-ACTIVE]:not([disabled])').click();
      await page
        .locator('[data-testid=project-status]', { hasText: SERVICE_PROJECT_STATUS_LABELS.ACTIVE })
        .waitFor(WAIT);
      expect((await projectOf(projectId))!.status).toBe('ACTIVE');
    });
    await step(page, 'listed with its team, dates, status and plan', async () => {
      await page.getByRole('tab', { name: '服务项目' }).click();
      await page.waitForURL('**/records/projects', WAIT);
      const row = page.locator(`tbody tr[data-row-key="${projectId}"]`);
      await row.waitFor(WAIT);
      expect(await row.locator('[data-field=name]').innerText()).toBe(PROJECT_NAME);
      expect(await row.locator('[data-field=dates]').innerText()).toBe(
        `${campaign.startsOn} 至 ${campaign.endsOn}`,
      );
      expect(await row.locator('[data-field=status]').innerText()).toBe(SERVICE_PROJECT_STATUS_LABELS.ACTIVE);
      expect(await row.locator('[data-field=safety]').innerText()).toBe('已制定');
      await picture(page, 'projects');
    });
    await step(page, '编辑 adds a post and keeps the one there', async () => {
      await page.locator(`tbody tr[data-row-key="${projectId}"] [data-action=edit]`).click();
      await page.getByRole('button', { name: '添加新岗位' }).click();
      await page.locator('#project_posts_0_name').fill('急救员');
      await page.locator('[data-action=save-project]').click();
      await page.locator('.ant-message').getByText('服务项目已保存').waitFor(WAIT);
      expect((await projectOf(projectId))!.posts).toEqual([{ name: '安全宣讲员' }, { name: '急救员' }]);
      await page.locator(`tbody tr[data-row-key="${projectId}"]`, { hasText: '急救员' }).waitFor(WAIT);
    });
  }, 90_000);

  it("exports 济南's approved records and downloads the files from the page", async () => {
    const page = await openPage();
    await step(page, 'the exports tab', async () => {
      await signIn(page, JINAN, DEMO_PASSWORD);
      await page.goto('/records/exports');
      await page.getByText('还没有导出过').waitFor(WAIT);
    });
    await step(page, 'a project with nothing approved: told beside 服务日期, no batch', async () => {
      await choose(page, 'archiveExport_scope', '服务项目');
      await choose(page, 'archiveExport_scopeId', PROJECT_NAME);
      await page.locator('[data-action=export]').click();
      await page
        .locator('#archiveExport_range_help', { hasText: '没有等待导出的已审核服务记录' })
        .waitFor(WAIT);
      const batches = await server.gql(
        graphql(`
          query ProjectsArchiveExports {
            archiveExports {
              totalCount
            }
          }
        `),
      );
      expect(batches.data!.archiveExports.totalCount).toBe(0);
    });
    await step(page, 'the whole unit: the approved records are exported', async () => {
      await choose(page, 'archiveExport_scope', '整个单位');
      await page.locator('[data-action=export]').click();
      const made = page.locator('[data-testid=export-made]');
      await made.getByText(`已导出 ${approved.length} 条服务记录`).waitFor(WAIT);
      const batches = await server.gql(
        graphql(`
          query ProjectsArchiveExports2 {
            archiveExports {
              edges {
                node {
                  id
                  unitId
                  scope
                  recordCount
                }
              }
            }
          }
        `),
      );
      const [batch] = batches.data!.archiveExports.edges.map((e: any) => e.node);
      expect(batch).toMatchObject({ unitId: jinanUnitId, scope: 'UNIT', recordCount: approved.length });
      batchId = batch.id;
      for (const record of approved) {
        const r = await server.gql(
          graphql(`
            query ProjectsServiceRecord($id: ID!) {
              serviceRecord(id: $id) {
                archiveExportId
              }
            }
          `),
          {
            id: record.id,
          },
        );
        expect(r.data!.serviceRecord!.archiveExportId).toBe(batchId);
      }
      const row = page.locator(`tbody tr[data-row-key="${batchId}"]`);
      await row.waitFor(WAIT);
      expect(await row.locator('[data-field=records]').innerText()).toBe(String(approved.length));
      await picture(page, 'archive-export');
    });
    await step(page, 'records.csv downloads and holds each record with its hours', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download', WAIT),
        page.locator('[data-testid=export-made] [data-file=records]').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const rows: Record<string, string>[] = parse(fs.readFileSync((await download.path())!), {
        bom: true,
        columns: true,
      });
      expect(rows).toHaveLength(approved.length);
      for (const record of approved) {
        const found = rows.find((r) => r['开始时间'] === `${record.day} ${record.start}:00`);
        expect(found).toMatchObject({
          姓名: volunteerName,
          结束时间: `${record.day} ${record.end}:00`,
          '服务时长（小时）': record.hours,
          '服务内容（备注）': `导出测试 ${record.start}`,
        });
      }
    });
    await step(page, 'the Excel workbook downloads and its 服务记录 sheet says the same', async () => {
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
      expect(rows).toHaveLength(approved.length);
      for (const record of approved) {
        expect(rows).toContainEqual({
          name: volunteerName,
          start: `${record.day} ${record.start}:00`,
          hours: Number(record.hours),
        });
      }
    });
  }, 60_000);

  it("shows another city's coordinator none of 济南's projects or exports", async () => {
    expect(projectId).toBeDefined();
    expect(batchId).toBeDefined();
    const jinanProjects = await server.gql(
      graphql(`
        query ProjectsServiceProjects2($u: ID) {
          serviceProjects(filter: { unitId: $u }, first: 100) {
            edges {
              node {
                id
                name
              }
            }
          }
        }
      `),
      { u: jinanUnitId },
    );
    const names: string[] = jinanProjects.data!.serviceProjects.edges.map((e: any) => e.node.name);
    expect(names).toContain(PROJECT_NAME);
    const page = await openPage();
    await step(page, '青岛 lists its own projects only', async () => {
      await signIn(page, other.username, other.password);
      await page.goto('/records/projects?campaign=all');
      await page
        .locator('[data-testid=pager]')
        .getByText(/共 \d+ 个/)
        .waitFor(WAIT);
      await page.locator('.ant-table .ant-spin-spinning').waitFor({ state: 'detached', ...WAIT });
      const shown = await page.locator('tbody tr[data-row-key] [data-field=name]').allInnerTexts();
      for (const name of names) expect(shown).not.toContain(name);
      for (const id of jinanProjects.data!.serviceProjects.edges.map((e: any) => e.node.id))
        expect(await page.locator(`tbody tr[data-row-key="${id}"]`).count()).toBe(0);
    });
    await step(page, "济南's project by its address: refused in Chinese, nothing of it shown", async () => {
      await page.goto(`/records/projects/${projectId}`);
      await page.getByText('无权查看这个服务项目').waitFor(WAIT);
      expect(await page.getByText(PROJECT_NAME).count()).toBe(0);
      expect(await page.getByText('张安全').count()).toBe(0);
    });
    await step(page, "no batch of 济南's, and its files are not found", async () => {
      await page.goto('/records/exports');
      await page.getByText('还没有导出过').waitFor(WAIT);
      expect(await page.locator(`tbody tr[data-row-key="${batchId}"]`).count()).toBe(0);
      const response = await page.request.get(`/archive-exports/${batchId}/records.csv`);
      expect(response.status()).toBe(404);
    });
  }, 60_000);
});
