import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ASSIGNMENT_STATUS_LABELS } from '../../server/src/modules/code-lists/labels';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SIZE } from '../../seeds/seed';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  chinaDay,
  chinaTime,
  chooseOption,
  docsScreenshot,
  horizontalOverflow,
  launchChromium,
  newPhoneContext,
  signIn,
  smallTapTargets,
  step,
} from './support';
import { graphql } from '../graphql';
import type { TypedDocumentString } from '../graphql/graphql';

/**
 * The site contact's phone pages (需求, 服务码, 服务情况) on the demo world, as `site` on a 375 px
 * WeChat browser far from China: sign-in lands on 需求; a need posted with a rule broken gets the
 * server's reason in Chinese under the field, then goes through and the API has it; a need's
 * assignments show their states but not who the volunteers are; a service code shows in large
 * characters equal to the code the database now holds, and its QR code decodes to the volunteer's
 * presence page with that code; 服务情况 shows the API's figures. No page scrolls sideways or has a
 * tap target under 44 px.
 */

const SITE = DEMO_ACCOUNTS.site.username;
const WAIT = { timeout: 15_000 };

let server: TestServer;
let browser: Browser;
let origin: string;
const contexts: BrowserContext[] = [];
let siteToken: string;
let siteId: string;
let campaign: { id: string; startsOn: string; endsOn: string };
/** A need of the site that 济南 put two volunteers forward for: one confirmed, one proposed. */
let assigned: { needId: string; names: string[] };
/** The site's started project this year, with one approved and one submitted record. */
let project: { id: string; name: string };

const gqlAs = async <R, V>(token: string, query: TypedDocumentString<R, V>, variables?: NoInfer<V>) => {
  const result = await server.gql(query, variables, { token });
  expect(result.errors).toBeUndefined();
  return result.data!;
};

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startTestServer({ seed: { volunteers: DEMO_SIZE.volunteers, now: new Date() } }),
    launchChromium(),
  ]);
  origin = new URL(server.url).origin;
  siteToken = await server.login(SITE, DEMO_PASSWORD);
  const jinanToken = await server.login(DEMO_ACCOUNTS.coordinator.username, DEMO_PASSWORD);
  const options = await gqlAs(
    siteToken,
    graphql(`
      query FieldSiteMeCampaigns {
        me {
          siteId
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
  siteId = options.me.siteId!;
  const current = options.campaigns.find((c) => String(c.year) === chinaDay(0).slice(0, 4));
  expect(current).toBeDefined();
  campaign = current!;

  // 济南 (the site's owner) proposes two of its volunteers for an open need of the site, confirms one.
  const needs = await gqlAs(
    siteToken,
    graphql(`
      query FieldSiteServiceNeeds($s: ID!, $c: ID!) {
        serviceNeeds(filter: { siteId: $s, campaignId: $c, status: OPEN }) {
          edges {
            node {
              id
            }
          }
        }
      }
    `),
    { s: siteId, c: campaign.id },
  );
  for (const { node } of needs.serviceNeeds.edges) {
    const suggested = await gqlAs(
      jinanToken,
      graphql(`
        query FieldSiteMatchingSuggestions($id: ID!) {
          matchingSuggestions(needId: $id) {
            volunteerId
          }
        }
      `),
      {
        id: node.id,
      },
    );
    const ids = suggested.matchingSuggestions.slice(0, 2).map((s: any) => s.volunteerId);
    if (ids.length < 2) continue;
    const proposed = await gqlAs(
      jinanToken,
      graphql(`
        mutation FieldSiteProposeAssignments($n: ID!, $v: [ID!]!) {
          proposeAssignments(needId: $n, volunteerIds: $v) {
            id
            volunteer {
              name
            }
          }
        }
      `),
      { n: node.id, v: ids },
    );
    await gqlAs(
      jinanToken,
      graphql(`
        mutation FieldSiteConfirmAssignment($id: ID!) {
          confirmAssignment(id: $id) {
            status
          }
        }
      `),
      {
        id: proposed.proposeAssignments[0]!.id,
      },
    );
    assigned = { needId: node.id, names: proposed.proposeAssignments.map((a: any) => a.volunteer.name) };
    break;
  }
  expect(assigned).toBeDefined();

  // The test admin enters two segments of a team member's time yesterday and approves one.
  const projects = await gqlAs(
    siteToken,
    graphql(`
      query FieldSiteServiceProjects($s: ID!, $c: ID!) {
        serviceProjects(filter: { siteId: $s, campaignId: $c, status: ACTIVE }) {
          edges {
            node {
              id
              name
              posts {
                id
              }
              team {
                id
              }
            }
          }
        }
      }
    `),
    { s: siteId, c: campaign.id },
  );
  const found = projects.serviceProjects.edges[0]?.node;
  if (!found) throw new Error('the site has no active project in the current campaign');
  project = { id: found.id, name: found.name };
  const team = await server.gql(
    graphql(`
      query FieldSiteServiceTeam($id: ID!) {
        serviceTeam(id: $id) {
          members {
            volunteer {
              id
            }
          }
        }
      }
    `),
    {
      id: found.team.id,
    },
  );
  const volunteerId = team.data!.serviceTeam!.members[0]!.volunteer.id;
  const day = chinaDay(-1);
  const ids: string[] = [];
  for (const [start, end] of [
    ['09:00', '11:15'],
    ['14:00', '16:30'],
  ]) {
    const entered = await server.gql(
      graphql(`
        mutation FieldSiteRecordService($input: RecordServiceInput!) {
          recordService(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          projectId: found.id,
          postId: found.posts[0]!.id,
          volunteerId,
          startsAt: `${day}T${start}:00+08:00`,
          endsAt: `${day}T${end}:00+08:00`,
          submit: true,
        },
      },
    );
    expect(entered.errors).toBeUndefined();
    ids.push(entered.data!.recordService.id);
  }
  const approved = await server.gql(
    graphql(`
      mutation FieldSiteApproveServiceRecord($id: ID!) {
        approveServiceRecord(id: $id) {
          status
        }
      }
    `),
    {
      id: ids[0]!,
    },
  );
  expect(approved.errors).toBeUndefined();
}, 180_000);

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
  await browser?.close();
  await server?.stop();
});

async function phonePage(): Promise<Page> {
  const context = await newPhoneContext(browser, origin);
  contexts.push(context);
  return context.newPage();
}

async function expectPhoneFriendly(page: Page): Promise<void> {
  expect(await horizontalOverflow(page)).toBe(0);
  expect(await smallTapTargets(page)).toEqual([]);
}

/** The error antd shows under the form item holding the control with this id. */
const errorOf = (page: Page, id: string) =>
  page.locator('.ant-form-item', { has: page.locator(`#${id}`) }).locator('.ant-form-item-explain-error');

describe('the site contact on a phone', () => {
  let page: Page;

  beforeAll(async () => {
    page = await phonePage();
  });

  it('lands on 需求 and posts a need: the server’s reason under the field first, then the need', async () => {
    await step(page, 'sign in lands on 需求', async () => {
      await signIn(page, SITE, DEMO_PASSWORD);
      await page.waitForURL('**/field/site', WAIT);
      await page.locator('[data-testid=need]').first().waitFor(WAIT);
      expect(await page.getByTestId('field-title').innerText()).toBe('需求');
      await expectPhoneFriendly(page);
    });
    const title = `手机发布测试 ${Date.now() % 100000}`;
    await step(page, 'a need that ends in the past is refused under 结束', async () => {
      await page.getByRole('button', { name: /发布需求/ }).click();
      await page.waitForURL('**/field/site/new', WAIT);
      await page.locator('#siteNeed_title').fill(title);
      await chooseOption(page, 'siteNeed_category', '学习辅导');
      await page.locator('#siteNeed_headcount').fill('3');
      const yesterday = chinaDay(-1);
      await page.getByLabel('开始日期').fill(yesterday);
      await page.getByLabel('开始时间').fill('09:00');
      await page.getByLabel('结束日期').fill(yesterday);
      await page.getByLabel('结束时间').fill('11:30');
      await page.locator('#siteNeed_requiredSkills').fill('数学');
      await page.locator('#siteNeed_requiredSkills').press('Enter');
      // 服务对象 in Chinese, as the labels table names them.
      await chooseOption(page, 'siteNeed_beneficiaryGroups', '农村困难家庭学生');
      await page.keyboard.press('Escape');
      await page.locator('#siteNeed_beneficiaryCount').fill('40');
      await page.getByTestId('post-need').click();
      await errorOf(page, 'siteNeed_endsAt').filter({ hasText: '结束时间须晚于现在' }).waitFor(WAIT);
      await expectPhoneFriendly(page);
      await docsScreenshot(page, 'field-site-post');
    });
    const day = chinaDay(1) <= campaign.endsOn ? chinaDay(1) : chinaDay(0);
    const needId = await step(page, 'fixed, it is posted and the API has it', async () => {
      await page.getByLabel('开始日期').fill(day);
      await page.getByLabel('开始时间').fill('23:00');
      await page.getByLabel('结束日期').fill(day);
      await page.getByLabel('结束时间').fill('23:50');
      await page.getByTestId('post-need').click();
      await page.waitForURL(/\/field\/site\/needs\/\d+$/, WAIT);
      return page.url().split('/').pop()!;
    });
    const posted = await gqlAs(
      siteToken,
      graphql(`
        query FieldSiteServiceNeed($id: ID!) {
          serviceNeed(id: $id) {
            title
            category
            headcount
            startsAt
            endsAt
            requiredSkills
            beneficiaryGroups
            beneficiaryCount
            siteId
            campaignId
            postedByUnitId
          }
        }
      `),
      { id: needId },
    );
    expect(posted.serviceNeed).toEqual({
      title,
      category: 'TUTORING',
      headcount: 3,
      startsAt: new Date(`${day}T23:00:00+08:00`).toISOString(),
      endsAt: new Date(`${day}T23:50:00+08:00`).toISOString(),
      requiredSkills: ['数学'],
      beneficiaryGroups: ['POOR_RURAL_STUDENTS'],
      beneficiaryCount: 40,
      siteId,
      campaignId: campaign.id,
      postedByUnitId: null,
    });
    await step(page, 'the new need’s page, nobody on it yet', async () => {
      await page.getByTestId('need-detail').waitFor(WAIT);
      expect(await page.getByTestId('need-detail').innerText()).toContain(title);
      await expectPhoneFriendly(page);
    });
  }, 60_000);

  it('shows who is coming to a need as the API shows a site contact: states, not names', async () => {
    await step(page, 'the need from the list', async () => {
      await page.goto('/field/site');
      await page.locator(`[data-testid=need][data-need-id="${assigned.needId}"]`).click();
      await page.waitForURL(`**/field/site/needs/${assigned.needId}`, WAIT);
      await page.getByTestId('assignment').first().waitFor(WAIT);
    });
    await step(page, 'two assignments, masked, with their states in Chinese', async () => {
      const items = page.getByTestId('assignment');
      expect(await items.count()).toBe(2);
      const shown = [];
      for (const item of await items.all()) {
        shown.push([
          await item.locator('[data-field=volunteer]').innerText(),
          await item.locator('[data-field=status]').innerText(),
        ]);
      }
      expect(shown).toEqual([
        ['志愿者 1', ASSIGNMENT_STATUS_LABELS.CONFIRMED],
        ['志愿者 2', ASSIGNMENT_STATUS_LABELS.PROPOSED],
      ]);
      const text = await page.getByTestId('need-detail').innerText();
      for (const name of assigned.names) expect(text).not.toContain(name);
      await expectPhoneFriendly(page);
      await docsScreenshot(page, 'field-site-assignments');
    });
  }, 30_000);

  it('issues a service code in large characters and as a QR code of the presence page', async () => {
    const today = chinaDay(0);
    const heldCode = async () => {
      const rows: { serviceCode: string; serviceCodeExpiresAt: string | Date }[] =
        await server.dataSource.query(
          'SELECT serviceCode, serviceCodeExpiresAt FROM service_occasion WHERE projectId = ? AND date = ?',
          [Number(project.id), today],
        );
      expect(rows).toHaveLength(1);
      return rows[0]!;
    };
    const shownCode = async () => (await page.getByTestId('service-code').innerText()).replace(/\s/g, '');
    const decodedQr = async () => {
      // From the top, where nothing (the sticky title bar) covers the code.
      await page.evaluate('window.scrollTo(0, 0)');
      // The confirmation's mask, fading out, dims the code below it past reading.
      await page.locator('.ant-modal-mask').waitFor({ state: 'hidden', ...WAIT });
      const png = PNG.sync.read(await page.getByTestId('service-code-qr').screenshot());
      return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
    };

    const first = await step(page, 'the code shown is the one the database holds', async () => {
      await page.locator('.field-tabs').getByText('服务码').click();
      await page.waitForURL('**/field/code', WAIT);
      expect(await page.getByTestId('code-project').innerText()).toContain(project.name);
      await expectPhoneFriendly(page);
      await page.getByTestId('issue-code').click();
      await page.getByTestId('service-code-qr').waitFor(WAIT);
      const held = await heldCode();
      expect(await shownCode()).toBe(held.serviceCode);
      expect(await page.getByTestId('code-expires').innerText()).toBe(
        `有效期至 ${chinaTime(new Date(held.serviceCodeExpiresAt).toISOString())}（北京时间）`,
      );
      const size: string = await page
        .getByTestId('service-code')
        .evaluate((el: unknown) => (globalThis as any).getComputedStyle(el).fontSize);
      expect(parseFloat(size)).toBeGreaterThanOrEqual(48);
      return held.serviceCode;
    });
    await step(page, 'its QR code opens the presence page with the code', async () => {
      expect(await decodedQr()).toBe(`${origin}/field/record/presence?code=${first}`);
      await expectPhoneFriendly(page);
      await docsScreenshot(page, 'field-site-code');
    });
    await step(page, 'a new code replaces it', async () => {
      await page.getByTestId('issue-code').click();
      await page.locator('.ant-modal-confirm').getByRole('button', { name: '重新生成' }).click();
      await page.waitForFunction(
        (old) => {
          const el = (globalThis as any).document.querySelector('[data-testid=service-code]');
          return el && el.getAttribute('data-code') !== old;
        },
        first,
        WAIT,
      );
      const held = await heldCode();
      expect(held.serviceCode).not.toBe(first);
      expect(await shownCode()).toBe(held.serviceCode);
      await page.waitForFunction(
        (code) =>
          (globalThis as any).document
            .querySelector('[data-testid=service-code-qr]')
            ?.getAttribute('data-url')
            ?.endsWith(code),
        held.serviceCode,
        WAIT,
      );
      expect(await decodedQr()).toBe(`${origin}/field/record/presence?code=${held.serviceCode}`);
    });
    await step(page, 'the code is still shown after visiting another tab', async () => {
      const held = await heldCode();
      await page.locator('.field-tabs').getByText('需求').click();
      await page.waitForURL('**/field/site', WAIT);
      await page.locator('.field-tabs').getByText('服务码').click();
      await page.getByTestId('service-code').waitFor(WAIT);
      expect(await shownCode()).toBe(held.serviceCode);
    });
  }, 30_000);

  it('shows what was served at the site as the API totals it', async () => {
    const totals = await gqlAs(
      siteToken,
      graphql(`
        query FieldSiteServiceTotalsServiceTotals($s: ID!, $c: ID!, $p: ID!) {
          site: serviceTotals(groupBy: SITE, filter: { siteId: $s, campaignId: $c }) {
            hours
            personTimes
            volunteers
            records
          }
          project: serviceTotals(groupBy: PROJECT, filter: { projectId: $p }) {
            hours
            personTimes
            volunteers
            records
          }
          pending: serviceRecords(filter: { projectId: $p, status: SUBMITTED }) {
            totalCount
            edges {
              node {
                id
                hours
              }
            }
          }
        }
      `),
      { s: siteId, c: campaign.id, p: project.id },
    );
    const hours = (h: string) => h.replace(/^(\d+\.\d)0$/, '$1');
    const figures = (t: any) => [
      String(t.personTimes),
      `${t.volunteers} 人`,
      `${hours(t.hours)} 小时`,
      `${t.records} 条`,
    ];
    const shown = async (scope: string) =>
      Promise.all(
        ['personTimes', 'volunteers', 'hours', 'records'].map((f) =>
          page.locator(`${scope} [data-field=${f}]`).first().innerText(),
        ),
      );
    await step(page, '服务情况 from the tab bar', async () => {
      await page.locator('.field-tabs').getByText('服务情况').click();
      await page.waitForURL('**/field/served', WAIT);
      await page.getByTestId('site-total').waitFor(WAIT);
    });
    await step(page, 'the site’s and the project’s figures, and what waits for approval', async () => {
      expect(totals.site).toHaveLength(1);
      expect(await shown('[data-testid=site-total]')).toEqual(figures(totals.site[0]!));
      const card = `[data-testid=served-project][data-project-id="${project.id}"]`;
      expect(totals.project[0]!.records).toBeGreaterThanOrEqual(1);
      expect(await shown(card)).toEqual(figures(totals.project[0]!));
      expect(totals.pending.totalCount).toBe(1);
      expect(await page.locator(`${card} [data-field=pending]`).innerText()).toContain('待审核 1 条');
      const pending = page.locator(`${card} [data-testid=pending-record]`);
      expect(await pending.getAttribute('data-record-id')).toBe(totals.pending.edges[0]!.node.id);
      expect(await pending.locator('[data-field=hours]').innerText()).toBe(
        hours(totals.pending.edges[0]!.node.hours),
      );
      await expectPhoneFriendly(page);
      await docsScreenshot(page, 'field-site-served');
    });
  }, 30_000);
});
