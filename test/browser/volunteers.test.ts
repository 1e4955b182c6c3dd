import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seeds/seed';
import { ROSTER_COLUMNS } from '../../server/src/modules/volunteers/volunteer-messages';
import { residentId } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/test-server';
import { docsScreenshot, launchChromium, newContext, otherCityCoordinator, signIn, step } from './support';
import { graphql } from '../graphql';

/**
 * 志愿者, the roster, in a real browser over the demo data: 济南's coordinator filters it by team and
 * training, by skill and by stated availability (each as the API filters it), adds a volunteer (a wrong ID number told as typed, then fixed), edits the mobile, imports
 * a roster with a bad row (told by line and column, nothing written) and then a good one; another
 * city's coordinator sees none of 济南's volunteers.
 */

const JINAN = DEMO_ACCOUNTS.coordinator.username;
const WAIT = { timeout: 15_000 };

let server: TestServer;
let browser: Browser;
let origin: string;
let jinanUnitId: string;
/** 济南's coordinator's token: the API shows them their volunteers' personal data unmasked. */
let jinanToken: string;
let team: { id: string; name: string; memberIds: string[] };
const contexts: BrowserContext[] = [];

/** The new volunteer: an ID whose check character is wrong, then the right one. */
const NEW_ID = residentId('370102', '19820704', 37);
const WRONG_ID = NEW_ID.slice(0, 17) + (NEW_ID.endsWith('1') ? '2' : '1');
/** A valid ID of a 7-year-old: the server refuses volunteers under 16, and so does the form. */
const CHILD_ID = residentId('370102', `${new Date().getUTCFullYear() - 7}0601`, 37);

const ROSTER = [
  {
    姓名: '测试甲',
    证件号码: residentId('370103', '19900212', 41),
    手机号码: '13912340001',
    服务类别: '学习辅导',
  },
  {
    姓名: '测试乙',
    证件号码: residentId('370103', '19910313', 42),
    手机号码: '13912340002',
    服务类别: '科学普及、安全知识宣讲',
  },
];

function rosterCsv(rows: Record<string, string>[]): Buffer {
  const line = (r: Record<string, string>) =>
    ROSTER_COLUMNS.map((c) => r[c] ?? (c === '常住地区代码' ? '370103' : '')).join(',');
  return Buffer.from(`\uFEFF${ROSTER_COLUMNS.join(',')}\r\n${rows.map(line).join('\r\n')}\r\n`, 'utf8');
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ seed: { volunteers: 120 } }), launchChromium()]);
  origin = new URL(server.url).origin;
  const units = await server.gql(
    graphql(`
      query VolunteersUnits {
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
  // A team of three of 济南's volunteers, to filter by.
  const some = await server.gql(
    graphql(`
      query VolunteersVolunteers($u: ID) {
        volunteers(filter: { unitId: $u }, first: 3) {
          edges {
            node {
              id
            }
          }
        }
      }
    `),
    { u: jinanUnitId },
  );
  const memberIds = some.data!.volunteers.edges.map((e: any) => e.node.id);
  const created = await server.gql(
    graphql(`
      mutation VolunteersCreateServiceTeam($input: CreateServiceTeamInput!) {
        createServiceTeam(input: $input) {
          id
          name
        }
      }
    `),
    { input: { name: '名册测试服务队', unitId: jinanUnitId, memberIds } },
  );
  expect(created.errors).toBeUndefined();
  team = { ...created.data!.createServiceTeam, memberIds };
  jinanToken = await server.login(JINAN, DEMO_PASSWORD);
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

/** 济南's volunteers through the API: how many, and those with this name. */
async function jinanVolunteers(search?: string): Promise<{ total: number; nodes: any[] }> {
  const result = await server.gql(
    graphql(`
      query VolunteersVolunteers2($f: VolunteerFilter) {
        volunteers(filter: $f, first: 100) {
          totalCount
          edges {
            node {
              id
              name
              mobile
              unitId
              documentNumber
              serviceCategories
            }
          }
        }
      }
    `),
    { f: { unitId: jinanUnitId, ...(search ? { search } : {}) } },
    { token: jinanToken },
  );
  expect(result.errors).toBeUndefined();
  return {
    total: result.data!.volunteers.totalCount,
    nodes: result.data!.volunteers.edges.map((e: any) => e.node),
  };
}

const rows = (page: Page) => page.locator('tbody tr[data-row-key]');
const rowOf = (page: Page, id: string) => page.locator(`tbody tr[data-row-key="${id}"]`);

async function search(page: Page, text: string) {
  const box = page.locator('input[aria-label=搜索]');
  await box.fill(text);
  await box.press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === text, WAIT);
}

/** 济南's volunteers through the API as `filter` narrows them: the count, and each one's skills and availability. */
async function jinanFiltered(filter: {
  skill?: string;
  availableFrom?: string;
  availableUntil?: string;
}): Promise<{ total: number; nodes: { id: string; skills: string[]; availability: Window[] }[] }> {
  const result = await server.gql(
    graphql(`
      query VolunteersFiltered($f: VolunteerFilter) {
        volunteers(filter: $f, first: 100) {
          totalCount
          edges {
            node {
              id
              skills
              availability {
                startsAt
                endsAt
              }
            }
          }
        }
      }
    `),
    { f: { unitId: jinanUnitId, ...filter } },
    { token: jinanToken },
  );
  expect(result.errors).toBeUndefined();
  expect(result.data!.volunteers.totalCount).toBeLessThanOrEqual(100);
  return {
    total: result.data!.volunteers.totalCount,
    nodes: result.data!.volunteers.edges.map((e) => e.node),
  };
}

interface Window {
  startsAt: string;
  endsAt: string;
}

/** The China date an instant falls on. */
function chinaDateOf(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The instants a range of China dates spans, worked out here: its first day's start, the day after its last. */
function chinaDays(from: string, to: string): { availableFrom: string; availableUntil: string } {
  const start = Date.parse(`${from}T00:00:00+08:00`);
  const end = Date.parse(`${to}T00:00:00+08:00`) + 86_400_000;
  return { availableFrom: new Date(start).toISOString(), availableUntil: new Date(end).toISOString() };
}

/** Whether a stated window overlaps the range. */
function overlaps(window: Window, range: { availableFrom: string; availableUntil: string }): boolean {
  return (
    Date.parse(window.endsAt) > Date.parse(range.availableFrom) &&
    Date.parse(window.startsAt) < Date.parse(range.availableUntil)
  );
}

/** The keys of the rows the roster shows, sorted. */
async function shownIds(page: Page): Promise<string[]> {
  const ids = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-key') ?? ''));
  return ids.sort();
}

describe('志愿者 (the roster)', () => {
  it('filters, adds with the ID number checked as typed, edits, and imports all or nothing', async () => {
    const page = await openPage();
    await step(page, 'the roster from the navigation', async () => {
      await signIn(page, JINAN, DEMO_PASSWORD);
      await page.locator('[aria-label=主导航]').getByText('志愿者').click();
      await page.waitForURL('**/volunteers', WAIT);
      await rows(page).first().waitFor(WAIT);
      const { total } = await jinanVolunteers();
      await page.locator('[data-testid=pager]').getByText(`共 ${total} 人`).waitFor(WAIT);
    });
    await step(page, 'filtered by team: its members only, the filter in the URL', async () => {
      await page.locator('.ant-select', { has: page.locator('[aria-label=所在服务队]') }).click();
      await page.locator('.ant-select-dropdown').getByText(team.name).click();
      await page.waitForURL((url) => url.searchParams.get('team') === team.id, WAIT);
      await page.locator('[data-testid=pager]').getByText('共 3 人').waitFor(WAIT);
      const shown = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-key')));
      expect(shown.sort()).toEqual([...team.memberIds].sort());
      for (const id of team.memberIds) {
        expect(await rowOf(page, id).locator('[data-field=teams]').innerText()).toContain(team.name);
      }
    });
    await step(page, 'filtered by training (from the URL): every row untrained', async () => {
      await page.goto('/volunteers?trained=no');
      await rows(page).first().waitFor(WAIT);
      const tags = await page.locator('tbody [data-field=training]').allInnerTexts();
      expect(tags.length).toBeGreaterThan(0);
      expect(new Set(tags)).toEqual(new Set(['未培训']));
    });

    await step(page, 'a wrong ID number, or a child’s, is told as it is typed', async () => {
      await page.goto('/volunteers');
      await page.locator('.ant-card-extra').getByText('添加志愿者').click();
      await page.locator('#volunteer_name').fill('路明远');
      await page.locator('#volunteer_documentNumber').pressSequentially(WRONG_ID);
      await page.locator('#volunteer_documentNumber_help', { hasText: '校验位不对' }).waitFor(WAIT);
      await page.locator('#volunteer_documentNumber').fill(CHILD_ID);
      await page.locator('#volunteer_documentNumber_help', { hasText: '须年满 16 周岁' }).waitFor(WAIT);
      await page.locator('#volunteer_mobile').pressSequentially('1391234');
      await page.locator('#volunteer_mobile_help', { hasText: '11 位' }).waitFor(WAIT);
    });
    await step(
      page,
      'fixed: the message goes, the gender is read from it; saved, the row appears',
      async () => {
        await page.locator('#volunteer_documentNumber').fill(NEW_ID);
        await page.locator('#volunteer_documentNumber_help').waitFor({ state: 'detached', ...WAIT });
        await page.getByText('出生日期 1982-07-04').waitFor(WAIT);
        await docsScreenshot(page, 'volunteers-add');
        await page.locator('#volunteer_mobile').fill('13912345678');
        await page.locator('#volunteer_mobile_help').waitFor({ state: 'detached', ...WAIT });
        await page.locator('#volunteer_homeAreaCode').fill('370102');
        await page.locator('.ant-drawer-footer .ant-btn-primary').click();
        await page.locator('.ant-message').getByText('已添加 路明远').waitFor(WAIT);
        await search(page, '路明远');
        const [added] = (await jinanVolunteers('路明远')).nodes;
        expect(added).toMatchObject({
          name: '路明远',
          mobile: '13912345678',
          unitId: jinanUnitId,
          documentNumber: NEW_ID,
        });
        await rowOf(page, added.id).waitFor(WAIT);
        expect(await rowOf(page, added.id).locator('[data-field=gender]').innerText()).toBe('男');
        expect(await rowOf(page, added.id).locator('[data-field=documentNumber]').innerText()).toBe(
          `${NEW_ID.slice(0, 6)}********${NEW_ID.slice(-4)}`,
        );
      },
    );
    await step(page, 'the mobile edited', async () => {
      const [added] = (await jinanVolunteers('路明远')).nodes;
      await rowOf(page, added.id).locator('[data-action=edit]').click();
      await page.locator('#volunteer_mobile').fill('13800138000');
      await page.locator('.ant-drawer-footer .ant-btn-primary').click();
      await page.locator('.ant-message').getByText('已保存 路明远').waitFor(WAIT);
      await rowOf(page, added.id).locator('[data-field=mobile]', { hasText: '13800138000' }).waitFor(WAIT);
      expect((await jinanVolunteers('路明远')).nodes[0].mobile).toBe('13800138000');
    });

    const before = (await jinanVolunteers()).total;
    await step(page, 'a roster with a bad row: told by line and column, nothing written', async () => {
      await page.locator('.ant-card-extra').getByText('导入名册').click();
      const bad = [ROSTER[0]!, { ...ROSTER[1]!, 证件号码: ROSTER[1]!.证件号码.slice(0, 16) }];
      await page.locator('.ant-modal input[type=file]').setInputFiles({
        name: '名册.csv',
        mimeType: 'text/csv',
        buffer: rosterCsv(bad),
      });
      const problems = page.locator('[data-testid=import-problems]');
      await problems.getByText('发现 1 处问题，名册未导入').waitFor(WAIT);
      const cells = await page.locator('.ant-modal tbody tr').first().locator('td').allInnerTexts();
      expect(cells[0]).toBe('3');
      expect(cells[1]).toBe('证件号码');
      expect(cells[2]).toContain('18 位');
      expect(await page.locator('[data-action=confirm-import]').isDisabled()).toBe(true);
      await docsScreenshot(page, 'volunteers-import');
      expect((await jinanVolunteers()).total).toBe(before);
      expect((await jinanVolunteers('测试甲')).total).toBe(0);
    });
    await step(page, 'the good roster: checked, confirmed, its rows appear', async () => {
      await page.locator('.ant-modal input[type=file]').setInputFiles({
        name: '名册.csv',
        mimeType: 'text/csv',
        buffer: rosterCsv(ROSTER),
      });
      await page.locator('[data-testid=import-ready]').getByText('2 名志愿者可以导入').waitFor(WAIT);
      expect((await jinanVolunteers()).total).toBe(before);
      await page.locator('[data-action=confirm-import]').click();
      await page.locator('.ant-message').getByText('已导入 2 名志愿者').waitFor(WAIT);
      expect((await jinanVolunteers()).total).toBe(before + 2);
      await search(page, '测试');
      await page.locator('[data-testid=pager]').getByText('共 2 人').waitFor(WAIT);
      const [yi] = (await jinanVolunteers('测试乙')).nodes;
      expect(yi.serviceCategories).toEqual(['SCIENCE_POPULARISATION', 'SAFETY_TALK']);
      await rowOf(page, yi.id).locator('[data-field=categories]', { hasText: '科学普及' }).waitFor(WAIT);
    });
    await step(
      page,
      'the server’s refusal beside the field it names: an ID number already registered',
      async () => {
        await page.locator('.ant-card-extra .ant-btn-primary').click();
        await page.locator('#volunteer_name').fill('重复登记');
        await page.locator('#volunteer_documentNumber').fill(ROSTER[0]!.证件号码);
        await page.locator('#volunteer_mobile').fill('13912349999');
        await page.locator('#volunteer_homeAreaCode').fill('370103');
        await page.locator('.ant-drawer-footer .ant-btn-primary').click();
        await page
          .locator('#volunteer_documentNumber_help', { hasText: '已有志愿者用这个证件号码登记' })
          .waitFor(WAIT);
        expect((await jinanVolunteers('重复登记')).total).toBe(0);
        await page.locator('.ant-drawer-close').click();
      },
    );
    await step(page, 'the docs picture', async () => {
      await page.goto('/volunteers');
      await rows(page).first().waitFor(WAIT);
      await docsScreenshot(page, 'volunteers');
    });
  }, 90_000);

  it('filters by skill and by stated availability (可服务时间) as the API does', async () => {
    const everyone = (await jinanFiltered({})).nodes;
    // A skill some of 济南's volunteers have and some do not.
    const holders = (skill: string) => everyone.filter((v) => v.skills.includes(skill)).map((v) => v.id);
    const skill = [...new Set(everyone.flatMap((v) => v.skills))]
      .filter((s) => holders(s).length < everyone.length)
      .sort((a, b) => holders(b).length - holders(a).length)[0]!;
    expect(skill).toBeDefined();
    // A range of China days from the day one volunteer's window ends to the day another's starts,
    // each the only window of theirs in it (so either end taken a day short drops someone), that
    // leaves out someone who did state when they are free.
    const windows = everyone.flatMap((v) => v.availability.map((w) => ({ ...w, volunteerId: v.id })));
    const onlyWindowIn = (w: (typeof windows)[number], range: ReturnType<typeof chinaDays>) =>
      windows.filter((o) => o.volunteerId === w.volunteerId && overlaps(o, range)).length === 1;
    const ranges = windows
      .flatMap((ending) => windows.map((starting) => ({ ending, starting })))
      .map(({ ending, starting }) => {
        const from = chinaDateOf(ending.endsAt);
        const to = chinaDateOf(starting.startsAt);
        const range = chinaDays(from, to);
        const inRange = everyone
          .filter((v) => v.availability.some((w) => overlaps(w, range)))
          .map((v) => v.id);
        const ok =
          from <= to &&
          ending.volunteerId !== starting.volunteerId &&
          onlyWindowIn(ending, range) &&
          onlyWindowIn(starting, range) &&
          everyone.some((v) => v.availability.length > 0 && !inRange.includes(v.id));
        return { from, to, range, inRange, ok, days: Date.parse(to) - Date.parse(from) };
      })
      .filter((r) => r.ok)
      .sort((a, b) => a.days - b.days);
    const period = ranges[0]!;
    expect(period).toBeDefined();

    const page = await openPage();
    await step(page, 'the roster, unfiltered', async () => {
      await signIn(page, JINAN, DEMO_PASSWORD);
      await page.goto('/volunteers');
      await page.locator('[data-testid=pager]').getByText(`共 ${everyone.length} 人`).waitFor(WAIT);
    });
    await step(page, `技能 ${skill}: exactly the API’s volunteers with that skill`, async () => {
      const box = page.locator('input[aria-label=技能]');
      await box.fill(skill);
      await box.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('skill') === skill, WAIT);
      const api = await jinanFiltered({ skill });
      expect(api.nodes.map((v) => v.id).sort()).toEqual(holders(skill).sort());
      await page.locator('[data-testid=pager]').getByText(`共 ${api.total} 人`).waitFor(WAIT);
      expect(await shownIds(page)).toEqual(api.nodes.map((v) => v.id).sort());
      for (const id of holders(skill)) {
        expect(await rowOf(page, id).locator('[data-field=skills]').innerText()).toContain(skill);
      }
      const without = everyone.find((v) => !v.skills.includes(skill))!;
      expect(await rowOf(page, without.id).count()).toBe(0);
    });
    await step(
      page,
      `可服务时间 ${period.from} 至 ${period.to}: exactly the API’s volunteers free then`,
      async () => {
        const box = page.locator('input[aria-label=技能]');
        await box.fill('');
        await box.press('Enter');
        await page.waitForURL((url) => !url.searchParams.has('skill'), WAIT);
        await page.locator('[data-testid=pager]').getByText(`共 ${everyone.length} 人`).waitFor(WAIT);
        for (const [placeholder, date] of [
          ['可服务日期从', period.from],
          ['至', period.to],
        ] as const) {
          const input = page.locator(`.ant-picker-range input[placeholder="${placeholder}"]`);
          await input.click();
          await input.fill(date);
          await input.press('Enter');
        }
        await page.waitForURL(
          (url) => url.searchParams.get('from') === period.from && url.searchParams.get('to') === period.to,
          WAIT,
        );
        const api = await jinanFiltered(period.range);
        expect(api.nodes.map((v) => v.id).sort()).toEqual([...period.inRange].sort());
        await page.locator('[data-testid=pager]').getByText(`共 ${api.total} 人`).waitFor(WAIT);
        expect(await shownIds(page)).toEqual(api.nodes.map((v) => v.id).sort());
        const notFree = everyone.find((v) => v.availability.length > 0 && !period.inRange.includes(v.id))!;
        expect(await rowOf(page, notFree.id).count()).toBe(0);
      },
    );
  }, 60_000);

  it("shows another city's coordinator none of 济南's volunteers", async () => {
    const other = await otherCityCoordinator(server);
    const jinan = new Set((await jinanVolunteers()).nodes.map((v) => v.id));
    const page = await openPage();
    await step(page, '青岛 opens the roster', async () => {
      await signIn(page, other.username, other.password);
      await page.goto('/volunteers');
      await page
        .locator('[data-testid=pager]')
        .getByText(/共 \d+ 人/)
        .waitFor(WAIT);
      await page.waitForLoadState('networkidle');
      const shown = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-key')));
      expect(shown.filter((id) => jinan.has(id!))).toEqual([]);
    });
    await step(page, '济南’s new volunteer is not found by name', async () => {
      await search(page, '路明远');
      await page.getByText('没有符合筛选条件的志愿者').waitFor(WAIT);
      expect(await rows(page).count()).toBe(0);
    });
  }, 45_000);
});
