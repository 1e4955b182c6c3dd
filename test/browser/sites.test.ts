import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seeds/seed';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  chinaDay,
  docsScreenshot,
  launchChromium,
  motionsSettled,
  newContext,
  otherCityCoordinator,
  signIn,
  step,
} from './support';
import { graphql } from '../graphql';

// Selections several operations of this file read alike.
graphql(`
  fragment SitesSiteConnectionFields on SiteConnection {
    edges {
      node {
        id
        name
      }
    }
  }
`);

/**
 * 结对帮扶点 in a real browser on the demo data: 济南's coordinator registers a site in the Drawer
 * (the server's word on a bad phone number beside 联系电话), approves 青岛's request to pair with it,
 * refuses another with a reason 青岛 can read, asks to pair with a site of 青岛's and
 * withdraws the request on a China date; 淄博's coordinator
 * sees none of 济南's sites.
 */

const JINAN = DEMO_ACCOUNTS.coordinator.username;
const WAIT = { timeout: 15_000 };
const SITE_NAME = '平阴县测试帮扶村';

let server: TestServer;
let browser: Browser;
let origin: string;
const contexts: BrowserContext[] = [];
let jinanUnitId: string;
let jinanSites: { id: string; name: string }[];
let qingdao: { username: string; password: string; unitId: string; token: string };
let qingdaoSite: { id: string; name: string };

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startTestServer({ seed: { volunteers: 120, now: new Date() } }),
    launchChromium(),
  ]);
  origin = new URL(server.url).origin;
  const units = await server.gql(
    graphql(`
      query SitesUnits {
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
  const owned = await server.gql(
    graphql(`
      query SitesSites($u: ID) {
        sites(filter: { ownerUnitId: $u }) {
          ...SitesSiteConnectionFields
        }
      }
    `),
    { u: jinanUnitId },
  );
  jinanSites = owned.data!.sites.edges.map((e: any) => e.node);
  expect(jinanSites.length).toBeGreaterThan(0);
  const other = await otherCityCoordinator(server);
  qingdao = { ...other, token: await server.login(other.username, other.password) };
  const theirs = await server.gql(
    graphql(`
      query SitesSites($u: ID) {
        sites(filter: { ownerUnitId: $u }) {
          ...SitesSiteConnectionFields
        }
      }
    `),
    { u: qingdao.unitId },
  );
  qingdaoSite = theirs.data!.sites.edges[0]!.node;
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

const row = (page: Page, name: string) => page.locator('tbody tr.ant-table-row', { hasText: name });

async function pairingsOf(siteId: string): Promise<any[]> {
  const result = await server.gql(
    graphql(`
      query SitesSite($id: ID!) {
        site(id: $id) {
          pairings {
            id
            unitId
            status
            kind
            startedOn
            endedOn
            refusalReason
          }
        }
      }
    `),
    { id: siteId },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.site!.pairings;
}

describe('结对帮扶点', () => {
  let createdId = '';

  it('registers a site in the Drawer, with the server’s word beside the field it names', async () => {
    const page = await openPage();
    await step(page, "the unit's sites from the navigation", async () => {
      await signIn(page, JINAN, DEMO_PASSWORD);
      await page.locator('[aria-label=主导航]').getByText('结对帮扶点').click();
      await page.waitForURL('**/sites', WAIT);
      await row(page, jinanSites[0]!.name).waitFor(WAIT);
      expect(await row(page, jinanSites[0]!.name).locator('[data-field=area]').innerText()).toMatch(
        /^济南市/,
      );
    });
    await step(page, '登记帮扶点: a county from the list fills the map position', async () => {
      await page.locator('[data-action=create-site]').click();
      await page.locator('#site_name').fill(SITE_NAME);
      await page.locator('#site_areaCode').fill('平阴');
      await page.locator('.ant-select-item-option', { hasText: '370124 济南市平阴县' }).click();
      expect(await page.locator('#site_latitude').inputValue()).toBe('36.289');
      await page.locator('#site_contactName').fill('李村长');
      await page.locator('#site_contactPhone').fill('12345');
      await page.locator('#site_peopleServed').fill('320');
      await page.locator('[data-action=save-site]').click();
      await page
        .locator('#site_contactPhone_help', { hasText: '须为手机号或带区号的固定电话' })
        .waitFor(WAIT);
      const none = await server.gql(
        graphql(`
          query SitesSites2($s: String) {
            sites(filter: { search: $s }) {
              totalCount
            }
          }
        `),
        {
          s: SITE_NAME,
        },
      );
      expect(none.data!.sites.totalCount).toBe(0);
    });
    await step(page, 'a good phone number: the site is registered as 济南’s', async () => {
      await page.locator('#site_contactPhone').fill('0531-81916597');
      await page.locator('[data-action=save-site]').click();
      await row(page, SITE_NAME).waitFor(WAIT);
      expect(await row(page, SITE_NAME).locator('[data-field=area]').innerText()).toBe('济南市平阴县');
      const found = await server.gql(
        graphql(`
          query SitesSites3($s: String) {
            sites(filter: { search: $s }) {
              edges {
                node {
                  id
                  ownerUnitId
                  areaCode
                  contactPhone
                  peopleServed
                }
              }
            }
          }
        `),
        { s: SITE_NAME },
      );
      const site = found.data!.sites.edges[0]!.node;
      expect(site).toMatchObject({
        ownerUnitId: jinanUnitId,
        areaCode: '370124',
        contactPhone: '0531-81916597',
        peopleServed: 320,
      });
      createdId = site.id;
    });
  }, 60_000);

  it("approves 青岛's request to pair with it, asks to pair with 青岛's site and withdraws", async () => {
    const requested = await server.gql(
      graphql(`
        mutation SitesPairUnitWithSite($input: PairUnitWithSiteInput!) {
          pairUnitWithSite(input: $input) {
            id
            status
          }
        }
      `),
      { input: { unitId: qingdao.unitId, siteId: createdId, kind: 'SELF_PAIRED', startedOn: chinaDay(0) } },
      { token: qingdao.token },
    );
    expect(requested.errors).toBeUndefined();
    expect(requested.data!.pairUnitWithSite.status).toBe('REQUESTED');
    const refusedSite = jinanSites[0]!;
    const second = await server.gql(
      graphql(`
        mutation SitesPairUnitWithSite($input: PairUnitWithSiteInput!) {
          pairUnitWithSite(input: $input) {
            id
            status
          }
        }
      `),
      {
        input: {
          unitId: qingdao.unitId,
          siteId: refusedSite.id,
          kind: 'SELF_PAIRED',
          startedOn: chinaDay(0),
        },
      },
      { token: qingdao.token },
    );
    expect(second.errors).toBeUndefined();
    const page = await openPage();
    await step(page, 'the request waits for 济南’s answer', async () => {
      await signIn(page, JINAN, DEMO_PASSWORD);
      await page.goto('/sites');
      const request = page.locator('[data-testid=pairing-requests] tbody tr', { hasText: SITE_NAME });
      await request.waitFor(WAIT);
      await page
        .locator('[data-testid=pairing-requests] tbody tr', { hasText: refusedSite.name })
        .waitFor(WAIT);
      expect(await request.locator('[data-field=unit]').innerText()).toBe('青岛市教育工会');
      await docsScreenshot(page, 'sites');
      await request.locator('[data-action=approve]').click();
      await page.locator('.ant-message').getByText('已同意').waitFor(WAIT);
      await request.waitFor({ state: 'detached', ...WAIT });
      const pairing = (await pairingsOf(createdId)).find((p) => p.unitId === qingdao.unitId);
      expect(pairing).toMatchObject({ status: 'ACTIVE', endedOn: null });
      await row(page, SITE_NAME).getByText('结对单位：青岛市教育工会').waitFor(WAIT);
    });
    await step(page, '拒绝 with a reason 青岛 can read', async () => {
      const request = page.locator('[data-testid=pairing-requests] tbody tr', { hasText: refusedSite.name });
      await request.locator('[data-action=refuse]').click();
      await page.locator('#refusePairing_reason').fill('该村今年已由本单位服务队全覆盖，建议选择邻近的村');
      await motionsSettled(page);
      await page.locator('.ant-modal-footer button.ant-btn-dangerous:visible').click();
      await page.locator('.ant-message').getByText('已拒绝青岛市教育工会的结对申请').waitFor(WAIT);
      await request.waitFor({ state: 'detached', ...WAIT });
      const pairing = (await pairingsOf(refusedSite.id)).find((p) => p.unitId === qingdao.unitId);
      expect(pairing).toMatchObject({
        status: 'REFUSED',
        refusalReason: '该村今年已由本单位服务队全覆盖，建议选择邻近的村',
      });
    });
    await step(page, '申请结对 with a site 青岛 owns: it waits for 青岛', async () => {
      await page.locator('[data-action=request-pairing]').click();
      await page.locator('#pairing_siteId').click();
      await page.keyboard.type(qingdaoSite.name);
      await page.locator('.ant-select-item-option', { hasText: qingdaoSite.name }).first().click();
      await motionsSettled(page);
      await page.locator('.ant-modal-footer button.ant-btn-primary:visible').click();
      await page.locator('.ant-message').getByText('已提交结对申请').waitFor(WAIT);
      await row(page, qingdaoSite.name)
        .locator('[data-field=my-pairing]', { hasText: '待对方同意' })
        .waitFor(WAIT);
      const mine = (await pairingsOf(qingdaoSite.id)).find((p) => p.unitId === jinanUnitId);
      expect(mine).toMatchObject({ status: 'REQUESTED', kind: 'SELF_PAIRED', startedOn: chinaDay(0) });
    });
    await step(page, '?rel=requested lists it; 撤回申请 on today’s China date', async () => {
      await page.goto('/sites?rel=requested');
      await row(page, qingdaoSite.name).waitFor(WAIT);
      expect(await row(page, SITE_NAME).count()).toBe(0);
      await row(page, qingdaoSite.name).locator('[data-action=end-pairing]').click();
      expect(await page.locator('#endPairing_endedOn').inputValue()).toBe(chinaDay(0));
      await motionsSettled(page);
      await page.locator('.ant-modal-footer button.ant-btn-dangerous:visible').click();
      await page.locator('.ant-message').getByText('已撤回结对申请').waitFor(WAIT);
      const mine = (await pairingsOf(qingdaoSite.id)).find((p) => p.unitId === jinanUnitId);
      expect(mine.endedOn).toBe(chinaDay(0));
    });
    const theirs = await openPage();
    await step(theirs, '青岛 reads the refusal and its reason on their screen', async () => {
      await signIn(theirs, qingdao.username, qingdao.password);
      await theirs.goto('/sites');
      await row(theirs, refusedSite.name)
        .locator('[data-field=refusal-reason]', { hasText: '拒绝理由：该村今年已由本单位服务队全覆盖' })
        .waitFor(WAIT);
      expect(await row(theirs, refusedSite.name).locator('[data-field=my-pairing]').innerText()).toBe(
        '已拒绝',
      );
    });
  }, 60_000);

  it("shows another city's coordinator none of 济南's sites", async () => {
    const zibo = await otherCityCoordinator(
      server as unknown as Parameters<typeof otherCityCoordinator>[0],
      '淄博市教育工会',
    );
    const page = await openPage();
    await step(page, "淄博's sites only", async () => {
      await signIn(page, zibo.username, zibo.password);
      await page.goto('/sites');
      await page.locator('tbody tr.ant-table-row').first().waitFor(WAIT);
      const text = await page.locator('.ant-table').first().innerText();
      for (const site of [...jinanSites, { name: SITE_NAME }]) expect(text).not.toContain(site.name);
      expect(text).not.toContain('济南市');
      expect(text).toContain('淄博市');
      expect(await page.locator('[data-testid=pairing-requests] tbody tr').count()).toBe(0);
    });
  }, 60_000);
});
