import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  MILESTONE_KIND_LABELS,
  REPORT_FILING_STATE_LABELS,
} from '../../server/src/modules/code-lists/labels';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SIZE } from '../../seeds/seed';
import { startTestServer, TEST_ADMIN, type TestServer } from '../support/test-server';
import {
  chinaDay,
  chinaTime,
  docsScreenshot,
  launchChromium,
  newContext,
  otherCityCoordinator,
  signIn,
  step,
} from './support';
import { graphql } from '../graphql';
import type { MilestoneKind } from '../graphql/graphql';

/**
 * 工作台 in a real browser on the demo data with a current campaign: 济南's coordinator lands on it,
 * sees the campaign's milestones with their deadlines and the unit's report states, and counts that
 * equal the API's, each a link to the screen that acts on it; fills the 启动 调度表, saves a draft
 * (kept over a reload), downloads it with the session cookie, submits it, and finds it 已提交 on the
 * 工作台. Another city's coordinator finds none of it; the province sees 济南 filed.
 */

const JINAN = DEMO_ACCOUNTS.coordinator.username;
const WAIT = { timeout: 15_000 };
const MILESTONES = ['LAUNCH', 'MID_TERM', 'SUMMARY'] as const;
const PROGRESS = '组建支教、安全宣讲服务队，每周到结对学校开展课后辅导（浏览器测试）。';

let server: TestServer;
let browser: Browser;
let origin: string;
const contexts: BrowserContext[] = [];
let jinanToken: string;
let jinanUnitId: string;
let campaign: { id: string; name: string; milestones: { kind: string; dueOn: string }[] };

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startTestServer({ seed: { volunteers: DEMO_SIZE.volunteers, records: 600, now: new Date() } }),
    launchChromium(),
  ]);
  origin = new URL(server.url).origin;
  const found = await server.gql(
    graphql(`
      query DashboardCampaignUnits($year: Int) {
        campaign(year: $year) {
          id
          name
          milestones {
            kind
            dueOn
          }
        }
        units(filter: { search: "济南市教育工会" }) {
          edges {
            node {
              id
            }
          }
        }
      }
    `),
    { year: Number(chinaDay(0).slice(0, 4)) },
  );
  expect(found.errors).toBeUndefined();
  campaign = found.data!.campaign!;
  jinanUnitId = found.data!.units.edges[0]!.node.id;
  jinanToken = await server.login(JINAN, DEMO_PASSWORD);

  // Something waiting in each count: 济南 proposes a volunteer for one of its open needs, and the
  // demo volunteer submits time in a started project of a 济南 team (as records.test.ts does).
  const needs = await server.gql(
    graphql(`
      query DashboardServiceNeeds($f: ServiceNeedFilter!) {
        serviceNeeds(filter: $f, first: 20) {
          edges {
            node {
              id
              servedByTeam
            }
          }
        }
      }
    `),
    { f: { campaignId: campaign.id, status: 'OPEN', cityCode: '370100' } },
    { token: jinanToken },
  );
  let proposed = false;
  for (const { node } of needs.data!.serviceNeeds.edges.filter((e: any) => !e.node.servedByTeam)) {
    const suggested = await server.gql(
      graphql(`
        query DashboardMatchingSuggestions($n: ID!) {
          matchingSuggestions(needId: $n, limit: 1) {
            volunteerId
          }
        }
      `),
      { n: node.id },
      { token: jinanToken },
    );
    const volunteerId = suggested.data?.matchingSuggestions[0]?.volunteerId;
    if (!volunteerId) continue;
    const made = await server.gql(
      graphql(`
        mutation DashboardProposeAssignments($n: ID!, $v: [ID!]!) {
          proposeAssignments(needId: $n, volunteerIds: $v) {
            id
            status
          }
        }
      `),
      { n: node.id, v: [volunteerId] },
      { token: jinanToken },
    );
    expect(made.errors).toBeUndefined();
    proposed = true;
    break;
  }
  expect(proposed).toBe(true);
  const token = await server.login(DEMO_ACCOUNTS.volunteer.username, DEMO_PASSWORD);
  const me = await server.gql(
    graphql(`
      query DashboardMe {
        me {
          volunteerId
        }
      }
    `),
    undefined,
    { token },
  );
  const teams = await server.gql(
    graphql(`
      query DashboardServiceTeams($v: ID) {
        serviceTeams(filter: { memberId: $v }) {
          edges {
            node {
              unitId
              projects {
                id
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
    .filter((p: any) => p.startsOn <= yesterday && p.posts.length > 0)
    .sort((a: any, b: any) => (a.endsOn < b.endsOn ? 1 : -1))[0];
  const day = project.endsOn < yesterday ? project.endsOn : yesterday;
  const entered = await server.gql(
    graphql(`
      mutation DashboardRecordService($input: RecordServiceInput!) {
        recordService(input: $input) {
          id
          status
        }
      }
    `),
    {
      input: {
        projectId: project.id,
        postId: project.posts[0].id,
        startsAt: `${day}T19:00:00+08:00`,
        endsAt: `${day}T20:30:00+08:00`,
        submit: true,
      },
    },
    { token },
  );
  expect(entered.errors).toBeUndefined();
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

function dueOf(kind: string): string {
  return campaign.milestones.find((m) => m.kind === kind)!.dueOn;
}

const milestone = (page: Page, kind: string) => page.locator(`[data-milestone=${kind}]`);

/** The counts the 工作台 shows, as the API gives them to the unit's coordinator (the province: null). */
async function apiCounts(token: string, unitId: string | null) {
  const result = await server.gql(
    graphql(`
      query DashboardServiceNeedsAssignments($needs: ServiceNeedFilter!) {
        openNeeds: serviceNeeds(filter: $needs, first: 1) {
          totalCount
        }
        proposed: assignments(filter: { status: PROPOSED }, first: 1) {
          totalCount
        }
        confirmed: assignments(filter: { status: CONFIRMED }, first: 1) {
          totalCount
        }
        submittedRecords: serviceRecords(filter: { status: SUBMITTED }, first: 1) {
          totalCount
        }
      }
    `),
    { needs: { campaignId: campaign.id, status: 'OPEN', ...(unitId ? { unitId } : {}) } },
    { token },
  );
  expect(result.errors).toBeUndefined();
  return Object.fromEntries(
    Object.entries(result.data as Record<string, { totalCount: number }>).map(([k, v]) => [k, v.totalCount]),
  ) as Record<'openNeeds' | 'proposed' | 'confirmed' | 'submittedRecords', number>;
}

async function shownCount(page: Page, key: string): Promise<number> {
  const text = await page.locator(`[data-count=${key}] .ant-statistic-content-value`).innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

/** The state tags the 工作台 shows for each milestone, against what we expect. */
async function expectStates(page: Page, states: Record<string, string>): Promise<void> {
  const today = chinaDay(0);
  for (const kind of MILESTONES) {
    const item = milestone(page, kind);
    await item.locator('[data-field=state]').filter({ hasText: states[kind]! }).waitFor(WAIT);
    expect(await item.locator('[data-field=due]').innerText()).toBe(dueOf(kind));
    const overdue = states[kind] !== REPORT_FILING_STATE_LABELS.SUBMITTED && today > dueOf(kind);
    expect(await item.locator('[data-field=overdue]').count()).toBe(overdue ? 1 : 0);
  }
}

async function reportOf(token: string, kind: MilestoneKind, unitId = jinanUnitId) {
  const result = await server.gql(
    graphql(`
      query DashboardStatusReport($key: StatusReportKeyInput!) {
        statusReport(key: $key) {
          id
          status
          progressText
          submittedAt
          downloadPath
        }
      }
    `),
    { key: { campaignId: campaign.id, unitId, milestone: kind } },
    { token },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.statusReport;
}

interface Total {
  label: string;
  hours: string;
  personTimes: number;
}

describe('工作台', () => {
  it('shows 济南 its milestones and counts, and files the launch report from it', async () => {
    const page = await openPage();
    const notStarted = REPORT_FILING_STATE_LABELS.NOT_STARTED;
    await step(page, 'signing in lands on the 工作台 with the current campaign', async () => {
      await signIn(page, JINAN, DEMO_PASSWORD);
      await page.waitForURL('**/dashboard', WAIT);
      await page.locator('[data-field=campaign]', { hasText: campaign.name }).waitFor(WAIT);
      for (const kind of MILESTONES) await page.getByText(MILESTONE_KIND_LABELS[kind]).first().waitFor(WAIT);
    });
    await step(page, 'the 工作台 loads in two GraphQL requests', async () => {
      const sent: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST') {
          const { query } = request.postDataJSON() as { query: string };
          sent.push(/^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? query.slice(0, 40));
        }
      });
      await page.reload();
      await page.locator('[data-count=openNeeds]:not([data-value=""])').waitFor(WAIT);
      await page.waitForTimeout(500);
      expect(sent).toEqual(['DashboardCampaigns', 'DashboardUnit']);
      page.removeAllListeners('request');
    });
    await step(page, 'each milestone: its deadline and 未填报, overdue in red when past', async () => {
      await expectStates(page, { LAUNCH: notStarted, MID_TERM: notStarted, SUMMARY: notStarted });
      for (const kind of MILESTONES) expect(await reportOf(jinanToken, kind)).toBeNull();
    });
    const counts = await apiCounts(jinanToken, jinanUnitId);
    await step(page, 'the counts are what the API says', async () => {
      await page.locator('[data-count=openNeeds]:not([data-value=""])').waitFor(WAIT);
      for (const key of Object.keys(counts) as (keyof typeof counts)[]) {
        expect([key, await shownCount(page, key)]).toEqual([key, counts[key]]);
      }
      // Each has something waiting in 济南 (the demo data and the setup above): its link is there.
      expect(counts.openNeeds).toBeGreaterThan(0);
      expect(counts.proposed).toBeGreaterThan(0);
      expect(counts.submittedRecords).toBeGreaterThan(0);
    });
    await step(page, 'open needs link to the needs board filtered to them', async () => {
      await page.locator('[data-count=openNeeds] [data-action=go]').click();
      await page.waitForURL('**/needs?**', WAIT);
      const url = new URL(page.url());
      expect(url.searchParams.get('status')).toBe('OPEN');
      expect(url.searchParams.get('campaign')).toBe(campaign.id);
      await page.getByText(`共 ${counts.openNeeds} 条`).first().waitFor(WAIT);
      await page.goBack();
      await page.waitForURL('**/dashboard', WAIT);
    });
    await step(page, 'records and proposals link to their screens, or say there is nothing', async () => {
      for (const [key, path] of [
        ['submittedRecords', '/records'],
        ['proposed', '/matching'],
        ['confirmed', '/matching'],
      ] as const) {
        const card = page.locator(`[data-count=${key}][data-value="${counts[key]}"]`);
        await card.waitFor(WAIT);
        if (counts[key] === 0) {
          expect(await card.locator('[data-action=go]').count()).toBe(0);
          expect(await card.innerText()).toMatch(/没有/);
          continue;
        }
        await card.locator('[data-action=go]').click();
        await page.waitForURL((u) => u.pathname === path, WAIT);
        await page.goBack();
        await page.waitForURL('**/dashboard', WAIT);
      }
      await docsScreenshot(page, 'dashboard');
    });

    const preview = await server.gql(
      graphql(`
        query DashboardStatusReportPreview($key: StatusReportKeyInput!) {
          statusReportPreview(key: $key) {
            projectId
            personTimes
          }
        }
      `),
      { key: { campaignId: campaign.id, unitId: jinanUnitId, milestone: 'LAUNCH' } },
      { token: jinanToken },
    );
    expect(preview.errors).toBeUndefined();
    await step(page, 'the milestone opens its report with the figures the server computes', async () => {
      await milestone(page, 'LAUNCH').locator('[data-action=open-report]').click();
      await page.waitForURL(`**/dashboard/reports/${campaign.id}/LAUNCH`, WAIT);
      await page.locator('[data-testid=report-header]').getByText('济南市教育工会').waitFor(WAIT);
      const rows = preview.data!.statusReportPreview as { projectId: string; personTimes: number }[];
      if (rows.length === 0) {
        await page.getByText('还没有服务项目').waitFor(WAIT);
      } else {
        for (const row of rows) {
          const tr = page.locator(`tbody tr[data-row-key="${row.projectId}"]`);
          expect(await tr.locator('[data-field=personTimes]').innerText()).toBe(String(row.personTimes));
        }
      }
      await page.getByText('保存草稿后可下载').waitFor(WAIT);
    });
    await step(page, '提交 with no progress text is told beside the field and files nothing', async () => {
      await page.getByRole('button', { name: /提\s*交/ }).click();
      await page.locator('#status-report_progressText_help', { hasText: '提交前请填写' }).waitFor(WAIT);
      expect(await reportOf(jinanToken, 'LAUNCH')).toBeNull();
    });
    await step(page, 'a draft is saved and kept over a reload', async () => {
      await page.locator('#status-report_progressText').fill(PROGRESS);
      await page.getByRole('button', { name: /保存草稿/ }).click();
      await page.locator('.ant-message').getByText('草稿已保存').waitFor(WAIT);
      const saved = await reportOf(jinanToken, 'LAUNCH');
      expect(saved).toMatchObject({ status: 'DRAFT', progressText: PROGRESS });
      await page.reload();
      await page.locator('[data-testid=report-header] [data-field=state]', { hasText: '草稿' }).waitFor(WAIT);
      expect(await page.locator('#status-report_progressText').inputValue()).toBe(PROGRESS);
      await docsScreenshot(page, 'status-report');
    });
    await step(page, 'the draft downloads as the form’s CSV with the session cookie', async () => {
      const link = page.locator('[data-action=download]');
      const saved = await reportOf(jinanToken, 'LAUNCH');
      expect(await link.getAttribute('href')).toBe(saved!.downloadPath);
      const [download] = await Promise.all([page.waitForEvent('download', WAIT), link.click()]);
      const file = await download.path();
      const text = fs.readFileSync(file!, 'utf8');
      expect(text).toContain('情况调度表');
      expect(text).toContain('济南市教育工会');
      expect(text).toContain('（草稿，未报送）');
      expect(text).toContain(PROGRESS);
    });
    await step(page, '提交 asks first, then the report is read-only with its China time', async () => {
      await page.getByRole('button', { name: /提\s*交/ }).click();
      await page.locator('.ant-modal-confirm').getByText('提交后不能再修改', { exact: false }).waitFor(WAIT);
      expect((await reportOf(jinanToken, 'LAUNCH'))!.status).toBe('DRAFT');
      await page.locator('.ant-modal-confirm .ant-btn-primary').click();
      await page.locator('.ant-message').getByText('调度表已提交').waitFor(WAIT);
      const filed = await reportOf(jinanToken, 'LAUNCH');
      expect(filed!.status).toBe('SUBMITTED');
      const header = page.locator('[data-testid=report-header]');
      await header.locator('[data-field=state]', { hasText: '已提交' }).waitFor(WAIT);
      expect(await header.locator('[data-field=time]').innerText()).toBe(chinaTime(filed!.submittedAt!));
      expect(await page.locator('#status-report_progressText').count()).toBe(0);
      await page.locator('[data-field=progressText]', { hasText: PROGRESS }).waitFor(WAIT);
    });
    await step(page, 'the filed report downloads with its date filled', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download', WAIT),
        page.locator('[data-action=download]').click(),
      ]);
      const text = fs.readFileSync((await download.path())!, 'utf8');
      expect(text).toContain(chinaDay(0));
      expect(text).not.toContain('草稿');
    });
    await step(page, 'back on the 工作台 the launch report is 已提交', async () => {
      await page.locator('.ant-breadcrumb').getByText('工作台').click();
      await page.waitForURL('**/dashboard', WAIT);
      await expectStates(page, {
        LAUNCH: REPORT_FILING_STATE_LABELS.SUBMITTED,
        MID_TERM: notStarted,
        SUMMARY: notStarted,
      });
    });
  }, 120_000);

  it("shows another city's coordinator their own states and counts, and none of 济南's report", async () => {
    const other = await otherCityCoordinator(server);
    const token = await server.login(other.username, other.password);
    const page = await openPage();
    const notStarted = REPORT_FILING_STATE_LABELS.NOT_STARTED;
    await step(page, '青岛 lands on its own 工作台', async () => {
      await signIn(page, other.username, other.password);
      await page.waitForURL('**/dashboard', WAIT);
      await page.getByText(`工作台 · ${other.unitName}`).waitFor(WAIT);
      await expectStates(page, { LAUNCH: notStarted, MID_TERM: notStarted, SUMMARY: notStarted });
    });
    await step(page, 'its counts are its own, as the API gives them', async () => {
      const counts = await apiCounts(token, other.unitId);
      await page.locator('[data-count=openNeeds]:not([data-value=""])').waitFor(WAIT);
      for (const key of Object.keys(counts) as (keyof typeof counts)[]) {
        expect([key, await shownCount(page, key)]).toEqual([key, counts[key]]);
      }
      expect(await page.locator('main').innerText()).not.toContain('济南');
    });
    await step(page, "济南's report, asked for by address, is refused in words", async () => {
      await page.goto(`/dashboard/reports/${campaign.id}/LAUNCH?unit=${jinanUnitId}`);
      await page.getByText('没有权限').waitFor(WAIT);
      expect(await page.locator('main').innerText()).not.toContain(PROGRESS);
    });
  }, 60_000);

  it('shows the province every unit’s state, 济南 filed', async () => {
    const page = await openPage();
    await step(page, 'the overview lists 济南 as 已提交', async () => {
      await signIn(page, TEST_ADMIN.username, TEST_ADMIN.password);
      await page.waitForURL('**/dashboard', WAIT);
      await page
        .locator('[data-testid=overview] .ant-tabs-tab', { hasText: MILESTONE_KIND_LABELS.LAUNCH })
        .click();
      const row = page.locator(`[data-testid=overview] tr[data-row-key="${jinanUnitId}"]`);
      await row
        .locator('[data-field=state]', { hasText: REPORT_FILING_STATE_LABELS.SUBMITTED })
        .waitFor(WAIT);
      const overview = await server.gql(
        graphql(`
          query DashboardStatusReportOverview($c: ID!) {
            statusReportOverview(campaignId: $c, milestone: LAUNCH) {
              submitted
              units {
                unitId
              }
            }
          }
        `),
        { c: campaign.id },
      );
      expect(overview.data!.statusReportOverview.submitted).toBe(1);
      await milestone(page, 'LAUNCH')
        .locator('[data-field=submitted]', {
          hasText: `已提交 1 / ${overview.data!.statusReportOverview.units.length}`,
        })
        .waitFor(WAIT);
    });
    await step(
      page,
      'each unit shown says 已逾期 or 逾期提交 exactly when the API does (China dates)',
      async () => {
        const { units } = (
          await server.gql(
            graphql(`
              query DashboardOverviewDeadlines($c: ID!) {
                statusReportOverview(campaignId: $c, milestone: LAUNCH) {
                  units {
                    unitId
                    overdue
                    late
                  }
                }
              }
            `),
            { c: campaign.id },
          )
        ).data!.statusReportOverview;
        let shown = 0;
        for (const unit of units) {
          const row = page.locator(`[data-testid=overview] tr[data-row-key="${unit.unitId}"]`);
          if ((await row.count()) === 0) continue; // on another page of the table
          shown += 1;
          const text = await row.innerText();
          expect({
            unit: unit.unitId,
            overdue: text.includes('已逾期'),
            late: text.includes('逾期提交'),
          }).toEqual({
            unit: unit.unitId,
            overdue: unit.overdue,
            late: unit.late,
          });
        }
        expect(shown).toBeGreaterThan(1);
      },
    );
    await step(page, "the province reads 济南's filed report", async () => {
      await page
        .locator(`[data-testid=overview] tr[data-row-key="${jinanUnitId}"]`)
        .getByText('查看调度表')
        .click();
      await page.locator('[data-field=progressText]', { hasText: PROGRESS }).waitFor(WAIT);
      expect(await page.locator('#status-report_progressText').count()).toBe(0);
    });
    await step(page, 'the charts draw the totals by city and by category the API gives', async () => {
      // The demo data's approved service falls in the 2019 campaign of the notice: find a milestone
      // whose totals up to its deadline have something to draw.
      const campaigns = await server.gql(
        graphql(`
          query DashboardCampaigns {
            campaigns {
              id
              milestones {
                kind
              }
            }
          }
        `),
      );
      let shown: { campaignId: string; kind: string; byCity: Total[]; byCategory: Total[] } | null = null;
      for (const c of campaigns.data!.campaigns) {
        for (const { kind } of c.milestones) {
          if (shown || !['LAUNCH', 'MID_TERM', 'SUMMARY'].includes(kind)) continue;
          const result = await server.gql(
            graphql(`
              query DashboardStatusReportOverview2($c: ID!, $m: MilestoneKind!) {
                statusReportOverview(campaignId: $c, milestone: $m) {
                  byCity {
                    label
                    hours
                    personTimes
                  }
                  byCategory {
                    label
                    hours
                    personTimes
                  }
                }
              }
            `),
            { c: c.id, m: kind },
          );
          const overview = result.data!.statusReportOverview;
          if (overview.byCity.length > 0) shown = { campaignId: c.id, kind, ...overview };
        }
      }
      expect(shown).not.toBeNull();
      await page.goto(`/dashboard?campaign=${shown!.campaignId}`);
      await page
        .locator('[data-testid=overview] .ant-tabs-tab', {
          hasText: MILESTONE_KIND_LABELS[shown!.kind as keyof typeof MILESTONE_KIND_LABELS],
        })
        .click();
      for (const [tab, testId, rows] of [
        ['按城市统计', 'totals-by-city', shown!.byCity],
        ['按服务类别统计', 'totals-by-category', shown!.byCategory],
      ] as const) {
        await page.locator('[data-testid=overview] .ant-tabs-tab', { hasText: tab }).click();
        const chart = page.locator(`[data-testid=${testId}] svg`);
        await chart.waitFor(WAIT);
        await page.waitForFunction(
          `(document.querySelector('[data-testid=${testId}] svg')?.textContent ?? '').includes('人次')`,
        );
        const text = await chart.textContent();
        for (const row of rows) {
          expect(text).toContain(row.label);
          expect(text).toContain(`${row.hours} 小时 · ${row.personTimes} 人次`);
        }
        if (testId === 'totals-by-city') {
          await page.locator('[data-testid=overview]').scrollIntoViewIfNeeded();
          await docsScreenshot(page, 'province-by-city');
        }
      }
    });
  }, 90_000);
});
