import { Document, Packer, Paragraph } from 'docx';
import mammoth from 'mammoth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seeds/seed';
import { startTestServer, TEST_ADMIN, type TestServer } from '../support/test-server';
import { chinaDay, launchChromium, newContext, otherCityCoordinator, signIn, step } from './support';
import { graphql } from '../graphql';

/**
 * 活动总结材料 in a real browser: 济南's coordinator downloads the draft the system writes, is told
 * why a .doc is refused, hands in a .docx and sees it received; the province finds it in its list and
 * downloads the same bytes; another city's coordinator cannot download 济南's draft.
 */

const JINAN = DEMO_ACCOUNTS.coordinator.username;
const WAIT = { timeout: 15_000 };

let server: TestServer;
let browser: Browser;
let origin: string;
const contexts: BrowserContext[] = [];
let jinanUnitId: string;
let final: Buffer;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startTestServer({ seed: { volunteers: 60, now: new Date() } }),
    launchChromium(),
  ]);
  origin = new URL(server.url).origin;
  const units = await server.gql(
    graphql(`
      query SummaryMaterialsUnits {
        units(filter: { search: "济南市教育工会" }) {
          edges {
            node {
              id
            }
          }
        }
      }
    `),
  );
  jinanUnitId = units.data!.units.edges[0]!.node.id;
  final = await Packer.toBuffer(
    new Document({ sections: [{ children: [new Paragraph('济南市教育工会活动总结材料（定稿）')] }] }),
  );
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

it('济南 downloads the draft, is told why a .doc is refused, and hands in the .docx', async () => {
  const page = await openPage();
  const card = page.locator('[data-testid=unit-materials]');
  // The demo campaign's dates are this year's: before 10-11 nothing is late yet, after it is.
  const late = chinaDay(0) > (await dueOn());
  await step(page, `the card says ${late ? '已逾期' : '未报送'}`, async () => {
    await signIn(page, JINAN, DEMO_PASSWORD);
    await page.goto('/dashboard');
    const state = late ? '已逾期' : '未报送';
    await card.locator('[data-field=materials-state]', { hasText: state }).waitFor(WAIT);
    await page
      .locator('[data-milestone=FINAL_MATERIALS] [data-field=materials-step]', { hasText: state })
      .waitFor(WAIT);
  });
  await step(page, 'the draft is a Word document about 济南', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download', WAIT),
      card.locator('[data-action=materials-draft]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^活动总结材料-济南市教育工会-\d{4}\.docx$/);
    const path = await download.path();
    const { value } = await mammoth.extractRawText({ path: path! });
    expect(value).toContain('济南市教育工会');
  });
  await step(page, 'a .doc is refused with the reason beside the button, nothing received', async () => {
    await card.locator('input[type=file]').setInputFiles({
      name: '总结.doc',
      mimeType: 'application/msword',
      buffer: Buffer.from('not a docx'),
    });
    await card.locator('[data-field=materials-error]', { hasText: '.docx' }).waitFor(WAIT);
    const state = await server.gql(
      graphql(`
        query SummaryMaterialsSummaryMaterials($u: ID!, $c: ID!) {
          summaryMaterials(unitId: $u, campaignId: $c) {
            received
          }
        }
      `),
      { u: jinanUnitId, c: await campaignId() },
    );
    expect(state.data!.summaryMaterials.received).toBe(false);
  });
  await step(page, 'the .docx is received and shown', async () => {
    await card.locator('input[type=file]').setInputFiles({
      name: '济南市活动总结材料.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: final,
    });
    const state = late ? '逾期报送' : '已报送';
    await card.locator('[data-field=materials-state]', { hasText: state }).waitFor(WAIT);
    await card.locator('[data-field=materials-file]', { hasText: '济南市活动总结材料.docx' }).waitFor(WAIT);
    await page
      .locator('[data-milestone=FINAL_MATERIALS] [data-field=materials-step]', { hasText: state })
      .waitFor(WAIT);
  });
}, 90_000);

it('the province finds 济南 received and downloads the same file; 青岛 cannot read 济南’s draft', async () => {
  const page = await openPage();
  await step(page, 'the province’s list shows 济南 已报送 with its file', async () => {
    await signIn(page, TEST_ADMIN.username, TEST_ADMIN.password);
    await page.goto('/dashboard');
    const overview = page.locator('[data-testid=materials-overview]');
    const row = overview.locator(`tr[data-row-key="${jinanUnitId}"]`);
    const late = chinaDay(0) > (await dueOn());
    await row
      .locator('[data-field=materials-state]', { hasText: late ? '逾期报送' : '已报送' })
      .waitFor(WAIT);
    const href = await row.locator('[data-action=materials-download]').getAttribute('href');
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(Buffer.from(await response.body()).equals(final)).toBe(true);
  });
  const other = await otherCityCoordinator(server);
  const qingdao = await openPage();
  await step(qingdao, '青岛’s coordinator is refused 济南’s draft', async () => {
    await signIn(qingdao, other.username, other.password);
    const response = await qingdao.request.get(
      `/summary-materials/${await campaignId()}/${jinanUnitId}/draft.docx`,
    );
    expect(response.status()).toBe(403);
  });
}, 90_000);

/** The current campaign: the one the 工作台 opens on (the demo's campaign of this year). */
async function currentCampaign(): Promise<{ id: string; milestones: { kind: string; dueOn: string }[] }> {
  const found = await server.gql(
    graphql(`
      query SummaryMaterialsCampaigns {
        campaigns {
          id
          year
          milestones {
            kind
            dueOn
          }
        }
      }
    `),
  );
  return [...found.data!.campaigns].sort((a, b) => b.year - a.year)[0]!;
}

async function campaignId(): Promise<string> {
  return (await currentCampaign()).id;
}

/** Its FINAL_MATERIALS due date. */
async function dueOn(): Promise<string> {
  return (await currentCampaign()).milestones.find((m) => m.kind === 'FINAL_MATERIALS')!.dueOn;
}
