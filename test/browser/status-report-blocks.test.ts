import fs from 'node:fs';
import mammoth from 'mammoth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SYSTEM_ACTOR } from '../../server/src/core/actor';
import { MilestoneKind } from '../../server/src/modules/campaigns/campaign.entity';
import { CampaignService } from '../../server/src/modules/campaigns/campaign.service';
import { ServiceProjectService } from '../../server/src/modules/projects/service-project.service';
import { AccessWorld, type PastProject } from '../support/access-world';
import { startTestServer, type TestServer } from '../support/test-server';
import { launchChromium, newContext, signIn, step } from './support';
import { graphql } from '../graphql';
import type { StatusReportKeyInput } from '../graphql/graphql';

/**
 * 情况调度表 with one 志愿服务进展情况 per project: 济南's coordinator writes each project's text,
 * saves the draft (kept over a reload), is told beside the project left empty when filing, files it,
 * reads each text back as filed, and downloads the notice's Word form with the session cookie.
 */

const WAIT = { timeout: 15_000 };
const TEXTS = ['每周两次课后辅导，结对留守儿童（浏览器测试）。', '暑期安全知识宣讲三场（浏览器测试）。'];

let server: TestServer;
let browser: Browser;
let origin: string;
const contexts: BrowserContext[] = [];
let world: AccessWorld;
let projects: PastProject[];
let key: StatusReportKeyInput;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
  origin = new URL(server.url).origin;
  world = await new AccessWorld(server).build();
  const side = world.units.in;
  projects = [await world.recordsProject(side), await world.pastProject(side)];
  // 服务对象人数 entered on the second project only; nobody entered one for the first.
  await new ServiceProjectService(server.dataSource, SYSTEM_ACTOR).update(projects[1]!.projectId, {
    peopleServed: 37,
  });
  const campaignId = await world.pastCampaign();
  await new CampaignService(server.dataSource, SYSTEM_ACTOR).update(campaignId, {
    milestones: [{ kind: MilestoneKind.SUMMARY, dueOn: `${world.pastYear}-09-30` }],
  });
  await world.serviceRecord(side, side.members[0]!, 'APPROVED');
  key = { unitId: String(side.unitId), campaignId: String(campaignId), milestone: 'SUMMARY' };
}, 120_000);

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

const report = async () =>
  (
    await server.gql(
      graphql(`
        query StatusReportBlocksStatusReport($k: StatusReportKeyInput!) {
          statusReport(key: $k) {
            status
            wordDownloadPath
            rows {
              projectId
              progressText
            }
          }
        }
      `),
      { k: key },
      { token: world.tokens.coordinator },
    )
  ).data!.statusReport;

const field = (page: Page, i: number) => page.locator(`#status-report_progress_${projects[i]!.projectId}`);

it('writes, saves, files and downloads a progress text per project', async () => {
  const page = await openPage();
  await signIn(page, 'jinan-coordinator', 'jinan-coordinator-password');
  await page.goto(`/dashboard/reports/${key.campaignId}/SUMMARY`);

  await step(page, '服务对象人数 as entered, 未填写 where nobody entered one, and not counted', async () => {
    await page.locator(`tbody tr[data-row-key="${projects[1]!.projectId}"]`).waitFor(WAIT);
    const column = await page
      .locator('thead th')
      .evaluateAll((ths) => ths.findIndex((th) => th.textContent === '服务对象人数'));
    expect(column).toBeGreaterThan(0);
    const served = (i: number) =>
      page.locator(`tbody tr[data-row-key="${projects[i]!.projectId}"] > td`).nth(column);
    expect([await served(0).innerText(), await served(1).innerText()]).toEqual(['未填写', '37']);
    await page.getByText('服务对象 37 人（1 个项目未填写）').waitFor(WAIT);
  });

  await step(page, 'each project has its own text box; the draft keeps them over a reload', async () => {
    await field(page, 0).fill(TEXTS[0]!);
    await page.getByRole('button', { name: /保存草稿/ }).click();
    await page.locator('.ant-message').getByText('草稿已保存').waitFor(WAIT);
    expect((await report())!.rows).toEqual([
      { projectId: String(projects[0]!.projectId), progressText: TEXTS[0] },
      { projectId: String(projects[1]!.projectId), progressText: null },
    ]);
    await page.reload();
    await field(page, 0).waitFor(WAIT);
    expect(await field(page, 0).inputValue()).toBe(TEXTS[0]);
  });

  await step(page, '提交 with a project left empty is told beside that project', async () => {
    await page.getByRole('button', { name: /提\s*交/ }).click();
    await page
      .locator(`#status-report_progress_${projects[1]!.projectId}_help`, { hasText: '提交前请填写' })
      .waitFor(WAIT);
    expect((await report())!.status).toBe('DRAFT');
  });

  await step(page, 'filed with both texts, shown as filed', async () => {
    await field(page, 1).fill(TEXTS[1]!);
    await page.getByRole('button', { name: /提\s*交/ }).click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await page.locator('.ant-message').getByText('调度表已提交').waitFor(WAIT);
    const filed = await report();
    expect(filed!.status).toBe('SUBMITTED');
    expect(filed!.rows.map((r: any) => r.progressText)).toEqual(TEXTS);
    for (const [i, text] of TEXTS.entries()) {
      await page
        .locator(`[data-project="${projects[i]!.projectId}"] [data-field=projectProgress]`, { hasText: text })
        .waitFor(WAIT);
    }
  });

  await step(page, 'the Word form downloads with the session cookie', async () => {
    const link = page.locator('[data-action=download-word]');
    expect(await link.getAttribute('href')).toBe((await report())!.wordDownloadPath);
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), link.click()]);
    expect(download.suggestedFilename()).toBe('情况调度表-济南市教育工会-活动总结.docx');
    const bytes = fs.readFileSync((await download.path())!);
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    for (const t of TEXTS) expect(text).toContain(t);
  });
}, 120_000);
