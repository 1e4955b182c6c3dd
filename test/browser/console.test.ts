import { waitFor } from '../support/subscriptions';
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import {
  SERVICE_CATEGORY_LABELS,
  SERVICE_NEED_STATUS_LABELS,
} from '../../server/src/modules/code-lists/labels';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seeds/seed';
import { startTestServer, type TestServer } from '../support/test-server';
import { chinaDay, chinaTime, docsScreenshot, launchChromium, newContext, openAs, step } from './support';
import { graphql } from '../graphql';

/**
 * The web console in a real browser (Debian's Chromium), against a real server on the demo data:
 * sign-in, the session across reloads and after 退出登录, and the needs board (服务需求) with its
 * live updates and its 发布需求 form.
 */

const JINAN = DEMO_ACCOUNTS.coordinator.username;
const QINGDAO = { username: 'qingdao', password: 'qingdao-coordinator-pw', unit: '青岛市教育工会' };
const WAIT = { timeout: 15_000 };

let server: TestServer;
let browser: Browser;
let origin: string;
/** The campaign under way (the demo's current-year one): the board shows it by default. */
let campaignId: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startTestServer({
      seed: { volunteers: 200, now: new Date() },
      // Three wrong passwords lock a username (the throttling test); the address keeps its budget.
      config: { login: { maxFailuresPerUsername: 3, maxFailuresPerAddress: 1000, lockSeconds: 600 } },
    }),
    launchChromium(),
  ]);
  origin = new URL(server.url).origin;
  const year = Number(chinaDay(1).slice(0, 4));
  const found = await server.gql(
    graphql(`
      query ConsoleCampaignUnits($y: Int) {
        campaign(year: $y) {
          id
        }
        units(filter: { search: "青岛市教育工会" }) {
          edges {
            node {
              id
            }
          }
        }
      }
    `),
    { y: year },
  );
  campaignId = found.data!.campaign!.id;
  const created = await server.gql(
    graphql(`
      mutation ConsoleCreateAccount($input: CreateAccountInput!) {
        createAccount(input: $input) {
          id
        }
      }
    `),
    {
      input: {
        username: QINGDAO.username,
        password: QINGDAO.password,
        displayName: '青岛市教育工会协调员',
        role: 'UNIT_COORDINATOR',
        unitId: found.data!.units.edges[0]!.node.id,
      },
    },
  );
  expect(created.errors).toBeUndefined();
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

/** Signed in as `username`, on the needs board with its rows and live updates on. */
async function openBoard(page: Page, username: string = JINAN, password = DEMO_PASSWORD): Promise<void> {
  await openAs(page, username, password, '/needs');
  await page.locator('tbody tr[data-row-key]').first().waitFor(WAIT);
  await page.locator('[data-testid=realtime][data-state=live]').waitFor(WAIT);
}

async function unitIdOf(name: string): Promise<string> {
  const found = await server.gql(
    graphql(`
      query ConsoleUnitByName($s: String) {
        units(filter: { search: $s }) {
          edges {
            node {
              id
            }
          }
        }
      }
    `),
    { s: name },
  );
  return found.data!.units.edges[0]!.node.id;
}

/**
 * A need posted for the current campaign through the API, by the test's provincial admin, at a site
 * 济南 owns: 济南's board (the needs open to its unit) lists it.
 */
async function postNeedThroughApi(title: string): Promise<string> {
  const site = await server.gql(
    graphql(`
      query ConsoleSites($u: ID!) {
        sites(filter: { ownerUnitId: $u }, first: 1) {
          edges {
            node {
              id
            }
          }
        }
      }
    `),
    { u: await unitIdOf('济南市教育工会') },
  );
  const day = chinaDay(2);
  const posted = await server.gql(
    graphql(`
      mutation ConsolePostServiceNeed($input: PostServiceNeedInput!) {
        postServiceNeed(input: $input) {
          id
        }
      }
    `),
    {
      input: {
        siteId: site.data!.sites.edges[0]!.node.id,
        campaignId,
        title,
        category: 'CULTURE',
        headcount: 3,
        startsAt: `${day}T09:00:00+08:00`,
        endsAt: `${day}T11:00:00+08:00`,
      },
    },
  );
  expect(posted.errors).toBeUndefined();
  return posted.data!.postServiceNeed.id;
}

async function needCount(): Promise<number> {
  const result = await server.gql(
    graphql(`
      query ConsoleServiceNeeds($c: ID) {
        serviceNeeds(filter: { campaignId: $c }) {
          totalCount
        }
      }
    `),
    {
      c: campaignId,
    },
  );
  return result.data!.serviceNeeds.totalCount;
}

describe('web console', () => {
  it('signs in: a wrong password is told beside the password field; the right one opens the needs board in Chinese and China time', async () => {
    const page = await openPage();
    await step(page, 'a signed-out visit goes to the login page', async () => {
      await page.goto('/needs');
      await page.waitForURL('**/login', WAIT);
      await page.locator('#login_username').waitFor(WAIT);
      await docsScreenshot(page, 'login');
    });
    await step(page, 'wrong password', async () => {
      await page.locator('#login_username').fill(JINAN);
      await page.locator('#login_password').fill('not-the-password');
      await page.locator('form#login button[type=submit]').click();
      await page.locator('#login_password_help', { hasText: '用户名或密码不正确' }).waitFor(WAIT);
      expect(new URL(page.url()).pathname).toBe('/login');
      expect(await page.locator('#login_username_help').count()).toBe(0);
    });
    await step(page, 'right password: the board the visit asked for', async () => {
      await page.locator('#login_password').fill(DEMO_PASSWORD);
      await page.locator('form#login button[type=submit]').click();
      await page.waitForURL('**/needs', WAIT);
      await page.locator('tbody tr[data-row-key]').first().waitFor(WAIT);
      expect(await page.locator('[data-testid=account-unit]').innerText()).toBe('济南市教育工会');
      expect(await page.locator('[data-testid=account-name]').innerText()).toBe('济南市教育工会协调员');
    });
    await step(page, 'labels in Chinese, times in China time', async () => {
      const row = page.locator('tbody tr[data-row-key]').first();
      const id = await row.getAttribute('data-row-key');
      const need = await server.gql(
        graphql(`
          query ConsoleServiceNeed($id: ID!) {
            serviceNeed(id: $id) {
              startsAt
              endsAt
              category
              status
              headcount
              confirmedCount
            }
          }
        `),
        { id: id! },
      );
      const { startsAt, endsAt, category, status, headcount, confirmedCount } = need.data!.serviceNeed!;
      // The browser is in Los Angeles: only China time gives these strings.
      expect(await row.locator('time[data-field=startsAt]').innerText()).toBe(chinaTime(startsAt));
      expect(await row.locator('time[data-field=endsAt]').innerText()).toBe(chinaTime(endsAt));
      const cells = await row.innerText();
      expect(cells).toContain(SERVICE_CATEGORY_LABELS[category as keyof typeof SERVICE_CATEGORY_LABELS]);
      expect(cells).toContain(SERVICE_NEED_STATUS_LABELS[status as keyof typeof SERVICE_NEED_STATUS_LABELS]);
      expect(await row.locator('[data-field=places]').innerText()).toBe(`${confirmedCount}/${headcount}`);
      const table = await page.locator('table').innerText();
      const codes = [...Object.keys(SERVICE_CATEGORY_LABELS), ...Object.keys(SERVICE_NEED_STATUS_LABELS)];
      expect(codes.filter((code) => new RegExp(`\\b${code}\\b`).test(table))).toEqual([]);
      await page.locator('[data-testid=realtime][data-state=live]').waitFor(WAIT);
      await docsScreenshot(page, 'needs-board');
    });
  });

  it('keeps the session across a reload; 退出登录 ends it, and its cookie no longer works on /graphql', async () => {
    const page = await openPage();
    await step(page, 'sign in', () => openBoard(page));
    const { csrfToken, cookie } = await step(
      page,
      'the session cookie: HttpOnly, SameSite=Strict',
      async () => {
        const session = (await page.evaluate(() => fetch('/session').then((r) => r.json()))) as {
          csrfToken: string;
        };
        const sessionCookie = (await page.context().cookies()).find((c) => c.name === 'uvp_session');
        expect(sessionCookie?.httpOnly).toBe(true);
        expect(sessionCookie?.sameSite).toBe('Strict');
        return { csrfToken: session.csrfToken, cookie: sessionCookie };
      },
    );
    const asOldSession = () =>
      fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: `uvp_session=${cookie!.value}`,
          'x-csrf-token': csrfToken,
        },
        body: JSON.stringify({ query: '{ me { username } }' }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
    expect((await asOldSession()).body.data?.me.username).toBe(JINAN);
    await step(page, 'reload keeps the session', async () => {
      await page.reload();
      await page.locator('tbody tr[data-row-key]').first().waitFor(WAIT);
      expect(new URL(page.url()).pathname).toBe('/needs');
      expect(await page.locator('[data-testid=account-unit]').innerText()).toBe('济南市教育工会');
    });
    // A second tab of the same browser, on the board too: signed out with the first.
    const other = await page.context().newPage();
    await step(other, 'a second tab on the board', async () => {
      await other.goto('/needs');
      await other.locator('tbody tr[data-row-key]').first().waitFor(WAIT);
    });
    await step(page, '退出登录', async () => {
      await page.getByRole('button', { name: '退出登录' }).click();
      await page.waitForURL('**/login', WAIT);
    });
    await step(other, 'the other tab goes to the login page at its next request (401)', async () => {
      // Its socket may have been closed already (then it is on its way); else 刷新 asks the server.
      await other
        .getByRole('button', { name: /刷\s*新/ })
        .click({ timeout: 3_000 })
        .catch(() => undefined);
      await other.waitForURL('**/login', WAIT);
      await other.getByText('登录已失效，请重新登录。').waitFor(WAIT);
    });
    await step(page, 'the board now sends the visit to the login page', async () => {
      await page.goto('/needs');
      await page.waitForURL('**/login', WAIT);
      await page.locator('#login_username').waitFor(WAIT);
    });
    const after = await asOldSession();
    expect(after.body.data?.me ?? null).toBeNull();
    expect(after.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows a need posted elsewhere at the top of the board, without a reload', async () => {
    const page = await openPage();
    await step(page, 'board open', async () => {
      await openBoard(page);
      await page.evaluate(() => ((globalThis as unknown as { notReloaded: boolean }).notReloaded = true));
    });
    const title = `实时到达的需求 ${Date.now()}`;
    const id = await postNeedThroughApi(title);
    await step(page, 'the need appears at the top', async () => {
      const first = page.locator('tbody tr[data-row-key]').first();
      await page.locator(`tbody tr[data-row-key="${id}"]`, { hasText: title }).waitFor(WAIT);
      expect(await first.getAttribute('data-row-key')).toBe(id);
      expect(await first.innerText()).toContain('新');
      expect(await first.innerText()).toContain(SERVICE_CATEGORY_LABELS.CULTURE);
      expect(
        await page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded),
      ).toBe(true);
    });
  });

  it('after its socket was away, shows the needs posted meanwhile at the top (delivery is at most once)', async () => {
    const page = await openPage();
    // The page's socket goes through the test: it can be cut, and refused while "the network is down"
    // (1012, service restart: a code graphql-ws retries, as it does a dropped connection).
    let down = false;
    const sockets: WebSocketRoute[] = [];
    await page.routeWebSocket('**/graphql', (socket) => {
      if (down) {
        void socket.close({ code: 1012, reason: 'network down (test)' });
        return;
      }
      socket.connectToServer();
      sockets.push(socket);
    });
    await step(page, 'board open', () => openBoard(page));
    const title = `断线期间发布的需求 ${Date.now()}`;
    let id = '';
    await step(page, 'the socket drops; a need is posted meanwhile', async () => {
      down = true;
      for (const socket of sockets) await socket.close({ code: 1012, reason: 'network down (test)' });
      await page.locator('[data-testid=realtime][data-state=offline]').waitFor(WAIT);
      id = await postNeedThroughApi(title);
      // The event went out while no socket listened: it is not coming.
      await new Promise((resolve) => setTimeout(resolve, 500));
      down = false;
    });
    await step(page, 'reconnected, the missed need is at the top', async () => {
      await page.locator('[data-testid=realtime][data-state=live]').waitFor({ timeout: 30_000 });
      const row = page.locator(`tbody tr[data-row-key="${id}"]`, { hasText: title });
      await row.waitFor(WAIT);
      expect(await row.innerText()).toContain('新');
      expect(await page.locator('tbody tr[data-row-key]').first().getAttribute('data-row-key')).toBe(id);
    });
  });

  it('发布需求: a bad value is refused beside its field and posts nothing; a good need appears in the table', async () => {
    const page = await openPage();
    await step(page, 'board open', () => openBoard(page));
    const before = await needCount();
    const day = chinaDay(3);
    const title = `控制台发布的需求 ${Date.now()}`;
    /** Picks an option (the first, or the one with this text) of a select of the form. */
    const choose = async (field: string, text?: string) => {
      // Under load a click can land while the dropdown still animates open: check that it took.
      const select = page.locator('.ant-select', { has: page.locator(`#postNeed_${field}`) });
      for (let attempt = 1; (await select.locator('[title]').count()) === 0; attempt++) {
        if (attempt > 3) throw new Error(`could not choose a value of ${field} in 发布需求`);
        await page.locator(`#postNeed_${field}`).click();
        const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option', {
          ...(text ? { hasText: text } : {}),
        });
        await options.first().click();
        await select
          .locator('[title]')
          .first()
          .waitFor({ timeout: 2000 })
          .catch(() => undefined);
      }
    };
    const pickTime = async (field: 'startsAt' | 'endsAt', value: string) => {
      const input = page.locator(`#postNeed_${field}`);
      await input.click();
      await input.fill(value);
      await input.press('Enter');
    };
    await step(page, 'fill the form with the end before the start', async () => {
      await page
        .getByRole('button', { name: /发布需求/ })
        .first()
        .click();
      await page.locator('#postNeed_title').waitFor(WAIT);
      await choose('siteId');
      await page.locator('#postNeed_title').fill(title);
      await choose('category', SERVICE_CATEGORY_LABELS.TUTORING);
      await page.locator('#postNeed_headcount').fill('4');
      await pickTime('startsAt', `${day} 11:00`);
      await pickTime('endsAt', `${day} 09:00`);
      await page.getByRole('button', { name: /^发\s*布$/ }).click();
    });
    await step(page, "the server's refusal beside 结束时间", async () => {
      await page.locator('#postNeed_endsAt_help', { hasText: '结束时间须晚于开始时间' }).waitFor(WAIT);
      expect(await page.locator('#postNeed_startsAt_help').count()).toBe(0);
      expect(await needCount()).toBe(before);
      await docsScreenshot(page, 'post-need');
    });
    await step(page, 'a good end time posts it', async () => {
      await pickTime('endsAt', `${day} 12:00`);
      // By its place, not its name: a button that is still busy is named "loading 发布".
      await page.locator('.ant-drawer-footer .ant-btn-primary').click();
      await page.locator('tbody tr[data-row-key]', { hasText: title }).first().waitFor(WAIT);
      expect(await needCount()).toBe(before + 1);
    });
    const id = await page
      .locator('tbody tr[data-row-key]', { hasText: title })
      .first()
      .getAttribute('data-row-key');
    const posted = await server.gql(
      graphql(`
        query ConsoleServiceNeed2($id: ID!) {
          serviceNeed(id: $id) {
            title
            startsAt
            endsAt
            category
            headcount
          }
        }
      `),
      {
        id: id!,
      },
    );
    // Picked in China time by a browser in Los Angeles.
    expect(posted.data!.serviceNeed).toEqual({
      title,
      startsAt: `${day}T03:00:00.000Z`,
      endsAt: `${day}T04:00:00.000Z`,
      category: 'TUTORING',
      headcount: 4,
    });
  });

  it("a coordinator of another city works as their unit: none of Jinan's sites to post for", async () => {
    const page = await openPage();
    await step(page, 'board open as 青岛', async () => {
      await openBoard(page, QINGDAO.username, QINGDAO.password);
      expect(await page.locator('[data-testid=account-unit]').innerText()).toBe(QINGDAO.unit);
    });
    const sites = await server.gql(
      graphql(`
        query ConsoleSitesSites($qd: ID!, $jn: ID!) {
          own: sites(filter: { ownerUnitId: $qd }, first: 100) {
            edges {
              node {
                name
              }
            }
          }
          paired: sites(filter: { pairedUnitId: $qd }, first: 100) {
            edges {
              node {
                name
              }
            }
          }
          jinan: sites(filter: { ownerUnitId: $jn }, first: 100) {
            edges {
              node {
                name
              }
            }
          }
        }
      `),
      {
        qd: (
          await server.gql(
            graphql(`
              query ConsoleUnits {
                units(filter: { search: "青岛市教育工会" }) {
                  edges {
                    node {
                      id
                    }
                  }
                }
              }
            `),
          )
        ).data!.units.edges[0]!.node.id,
        jn: (
          await server.gql(
            graphql(`
              query ConsoleUnits2 {
                units(filter: { search: "济南市教育工会" }) {
                  edges {
                    node {
                      id
                    }
                  }
                }
              }
            `),
          )
        ).data!.units.edges[0]!.node.id,
      },
    );
    const names = (key: 'own' | 'paired' | 'jinan') =>
      sites.data![key].edges.map((e: { node: { name: string } }) => e.node.name) as string[];
    const expected = [...new Set([...names('own'), ...names('paired')])].sort();
    const jinans = names('jinan');
    expect(jinans.length).toBeGreaterThan(0);
    await step(page, "the board lists the needs open to 青岛, none of 济南's", async () => {
      const open = await server.gql(
        graphql(`
          query ConsoleNeedsOpenToUnit($u: ID!, $c: ID!) {
            serviceNeeds(filter: { unitId: $u, campaignId: $c }, first: 20) {
              totalCount
              edges {
                node {
                  id
                  site {
                    name
                  }
                  postedByUnit {
                    name
                  }
                }
              }
            }
          }
        `),
        { u: await unitIdOf(QINGDAO.unit), c: campaignId },
      );
      const apiRows = open.data!.serviceNeeds.edges.map((e) => e.node);
      // 济南 has needs in this campaign: the board leaves them out, not merely lacks them.
      const jinanNeeds = await server.gql(
        graphql(`
          query ConsoleJinanNeeds($u: ID!, $c: ID!) {
            serviceNeeds(filter: { unitId: $u, campaignId: $c }, first: 100) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `),
        { u: await unitIdOf('济南市教育工会'), c: campaignId },
      );
      const jinanIds = jinanNeeds.data!.serviceNeeds.edges.map((e) => e.node.id);
      expect(jinanIds.length).toBeGreaterThan(0);
      const shown = await page
        .locator('tbody tr[data-row-key]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key')));
      expect([...shown].sort()).toEqual(apiRows.map((r) => r.id).sort());
      await page.getByText(`共 ${open.data!.serviceNeeds.totalCount} 条`).first().waitFor(WAIT);
      for (const row of apiRows) {
        expect(expected).toContain(row.site.name);
        expect(row.postedByUnit?.name ?? '').not.toContain('济南');
      }
      expect(shown.filter((id) => jinanIds.includes(id!))).toEqual([]);
      await page.getByText('显示青岛市教育工会可以安排志愿者的需求').waitFor(WAIT);
    });
    const offered = await step(page, 'the sites 发布需求 offers', async () => {
      await page
        .getByRole('button', { name: /发布需求/ })
        .first()
        .click();
      await page.locator('#postNeed_siteId').click();
      const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
      await options.first().waitFor(WAIT);
      // The dropdown may render again while it opens (once seen empty in CI): read until every
      // expected site is listed or the wait ends, then compare below.
      let titles: string[] = [];
      await waitFor(
        async () => {
          titles = (
            await options.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('title') ?? ''))
          ).sort();
          return titles.length >= expected.length;
        },
        'the site options',
        WAIT.timeout,
      ).catch(() => undefined);
      return titles;
    });
    expect(offered).toEqual(expected);
    expect(offered.filter((name) => jinans.includes(name) && !expected.includes(name))).toEqual([]);
  });

  it('after too many wrong passwords, says how long to wait and refuses meanwhile', async () => {
    const page = await openPage();
    await step(page, 'the login page', () => page.goto('/login'));
    const throttled = page.locator('[data-testid=login-throttled]');
    await step(page, 'wrong passwords until throttled', async () => {
      for (let attempt = 1; attempt <= 5; attempt++) {
        await page.locator('#login_username').fill(DEMO_ACCOUNTS.volunteer.username);
        await page.locator('#login_password').fill(`wrong-${attempt}`);
        const [response] = await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/session') && r.request().method() === 'POST', WAIT),
          page.locator('form#login button[type=submit]').click(),
        ]);
        if (response.status() === 429) break;
        expect(response.status()).toBe(401);
        await page.locator('#login_password_help', { hasText: '用户名或密码不正确' }).waitFor(WAIT);
      }
      await throttled.waitFor(WAIT);
      expect(await throttled.innerText()).toMatch(/请 \d+ 秒后再试/);
      expect(await page.locator('form#login button[type=submit]').isDisabled()).toBe(true);
      expect(new URL(page.url()).pathname).toBe('/login');
    });
  });
});
