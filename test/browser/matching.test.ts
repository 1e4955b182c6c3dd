import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { Role } from '../../server/src/core/actor';
import { ASSIGNMENT_STATUS_LABELS, MATCHING_RULE_LABELS } from '../../server/src/modules/code-lists/labels';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SIZE } from '../../seeds/seed';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  docsScreenshot,
  launchChromium,
  motionsSettled,
  newContext,
  otherCityCoordinator,
  signIn,
  step,
} from './support';
import { graphql } from '../graphql';

/**
 * 匹配 in a real browser on the demo data: 济南's coordinator opens one of its open needs, sees the
 * ranked suggestions with each part of the score and who was left out and why (in Chinese), proposes
 * two people, confirms one, and sees that volunteer's answer (given through the API) arrive without a
 * reload; then reviews the unit's plan, removes a pair and proposes the rest (checked in the API);
 * another city's coordinator finds none of it. Two other cities' coordinators propose their units'
 * plans: 淄博's whole as shown (全部提出), 枣庄's with one pair's volunteer replaced (更换) — each unit's
 * own needs and people, so neither depends on what the other tests proposed.
 */

const JINAN = DEMO_ACCOUNTS.coordinator.username;
const WAIT = { timeout: 15_000 };

let server: TestServer;
let browser: Browser;
let origin: string;
const contexts: BrowserContext[] = [];
let jinanToken: string;
let campaignId: string;
/** A need of 济南's with at least two suggestions, two open places and someone left out. */
let need: {
  id: string;
  title: string;
  suggestions: { volunteerId: string; name: string }[];
  refused: { volunteerId: string; rules: string[] };
};

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startTestServer({ seed: { volunteers: DEMO_SIZE.volunteers, now: new Date() } }),
    launchChromium(),
  ]);
  origin = new URL(server.url).origin;
  jinanToken = await server.login(JINAN, DEMO_PASSWORD);
  const me = await server.gql(
    graphql(`
      query MatchingMeCampaigns {
        me {
          unitId
        }
        campaigns {
          id
          startsOn
          endsOn
          year
        }
      }
    `),
    undefined,
    {
      token: jinanToken,
    },
  );
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  campaignId = me.data!.campaigns.find((c: any) => c.startsOn <= today && today <= c.endsOn)!.id;
  const sites = await server.gql(
    graphql(`
      query MatchingSites($u: ID) {
        sites(filter: { ownerUnitId: $u }, first: 40) {
          edges {
            node {
              needs(status: OPEN) {
                id
                title
                campaignId
                headcount
                postedByUnitId
              }
            }
          }
        }
      }
    `),
    { u: me.data!.me.unitId },
    { token: jinanToken },
  );
  const needs = sites
    .data!.sites.edges.flatMap(({ node }: any) => node.needs)
    .filter((n: any) => n.campaignId === campaignId && n.headcount >= 2 && !n.postedByUnitId);
  for (const candidate of needs) {
    const explained = await server.gql(
      graphql(`
        query MatchingMatchingSuggestionsExplained($id: ID!) {
          matchingSuggestionsExplained(needId: $id) {
            suggestions {
              volunteerId
              volunteer {
                name
              }
            }
            refused {
              volunteerId
              rules
            }
          }
        }
      `),
      { id: candidate.id },
      { token: jinanToken },
    );
    const { suggestions, refused } = explained.data!.matchingSuggestionsExplained;
    if (suggestions.length >= 2 && refused.length >= 1) {
      need = {
        id: candidate.id,
        title: candidate.title,
        suggestions: suggestions.map((s: any) => ({ volunteerId: s.volunteerId, name: s.volunteer.name })),
        refused: refused[0]!,
      };
      break;
    }
  }
  expect(need).toBeDefined();
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

async function assignmentsOf(needId: string): Promise<{ id: string; volunteerId: string; status: string }[]> {
  const result = await server.gql(
    graphql(`
      query MatchingAssignments($id: ID) {
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
  expect(result.errors).toBeUndefined();
  return result.data!.assignments.edges.map((e: any) => e.node);
}

/** Every PROPOSED assignment in the province (as the test admin), as `needId:volunteerId`. */
async function proposedPairs(): Promise<Set<string>> {
  const keys = new Set<string>();
  // A page at a time: each page read adds the cursor of the next, if any.
  const cursors: (string | null)[] = [null];
  for (const after of cursors) {
    const result = await server.gql(
      graphql(`
        query MatchingProposedPairs($after: String) {
          assignments(filter: { status: PROPOSED }, first: 100, after: $after) {
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                needId
                volunteerId
              }
            }
          }
        }
      `),
      { after },
    );
    expect(result.errors).toBeUndefined();
    const { edges, pageInfo } = result.data!.assignments;
    for (const { node } of edges) keys.add(`${node.needId}:${node.volunteerId}`);
    if (pageInfo.hasNextPage) cursors.push(pageInfo.endCursor);
  }
  return keys;
}

/** What proposing added: the PROPOSED pairs now that were not before. */
function added(before: Set<string>, now: Set<string>): string[] {
  return [...now].filter((key) => !before.has(key)).sort();
}

/** Signs in as `account`, opens 整体方案 and makes the plan (生成方案); its rows' keys, all on one page. */
async function makePlan(page: Page, account: { username: string; password: string }): Promise<string[]> {
  await signIn(page, account.username, account.password);
  await page.goto('/matching/plan');
  await page.locator('[data-testid=plan-not-made]').waitFor(WAIT);
  await page.getByRole('button', { name: '生成方案' }).click();
  await page.locator('[data-testid=plan] tbody tr[data-row-key]').first().waitFor({ timeout: 30_000 });
  const keys = await page
    .locator('[data-testid=plan] tbody tr[data-row-key]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key') ?? ''));
  // One page (50 a page): the table shows every pair of the plan, as its title counts them.
  expect(keys.length).toBeGreaterThanOrEqual(2);
  expect(keys.length).toBeLessThanOrEqual(50);
  await page.getByText(`（${keys.length} 对）`, { exact: true }).waitFor(WAIT);
  return keys;
}

/** The keys of the 已提出的邀请 table, each checked to show 待确认 (PROPOSED). */
async function proposedRows(page: Page): Promise<string[]> {
  const rows = page.locator('[data-testid=proposed] tbody tr[data-row-key]');
  const keys = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-key') ?? ''));
  expect(
    await page.locator('[data-testid=proposed] tbody tr[data-row-key] [data-status=PROPOSED]').count(),
  ).toBe(keys.length);
  return keys.sort();
}

describe('匹配 (matching)', () => {
  /** Rows of the plan as first shown: `needId:volunteerId`. */
  let jinanPlan: string[] = [];

  it('shows a need’s scored suggestions and who was left out, proposes two and follows their answers live', async () => {
    const page = await openPage();
    // The page's socket goes through the test, so it can be cut (1012: graphql-ws retries).
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
    const [first, second] = need.suggestions as [
      { volunteerId: string; name: string },
      { volunteerId: string; name: string },
    ];
    const suggestion = (id: string) =>
      page.locator(`[data-testid=suggestions] tbody tr[data-row-key="${id}"]`);
    const assignmentRow = (name: string) =>
      page.locator('[data-testid=assignments] tbody tr[data-row-key]', { hasText: name });
    await step(page, 'the need from the 匹配 screen’s list', async () => {
      await signIn(page, JINAN, DEMO_PASSWORD);
      // The needs board links each open need to its page here.
      await page.goto('/needs');
      await page.locator('tbody a[href^="/matching/needs/"]').first().waitFor(WAIT);
      await page.locator('[aria-label=主导航]').getByText('匹配').click();
      await page.waitForURL('**/matching', WAIT);
      await page.locator(`tbody tr[data-row-key="${need.id}"] a`, { hasText: need.title }).click();
      await page.waitForURL(`**/matching/needs/${need.id}`, WAIT);
      await suggestion(first.volunteerId).waitFor(WAIT);
    });
    await step(page, 'each part of the score drawn, under its Chinese name', async () => {
      for (const label of ['技能匹配', '距离', '时间', '服务均衡', '结对关系', '荣誉']) {
        await page.locator('[data-testid=suggestions] thead').getByText(label, { exact: true }).waitFor(WAIT);
      }
      const row = suggestion(first.volunteerId);
      expect(await row.innerText()).toContain(first.name);
      for (const part of ['skill', 'distance', 'availability', 'load', 'pairing', 'honour']) {
        expect(await row.locator(`[data-part=${part}] .ant-progress`).count()).toBe(1);
      }
      expect(await row.locator('[data-field=score]').innerText()).toMatch(/\d+\.\d/);
    });
    await step(page, 'someone left out, with the reason in Chinese', async () => {
      const left = page.locator(
        `[data-testid=left-out] tbody tr[data-row-key="${need.refused.volunteerId}"]`,
      );
      await left.waitFor(WAIT);
      const rule = need.refused.rules[0] as keyof typeof MATCHING_RULE_LABELS;
      expect(await left.locator(`[data-rule=${rule}]`).innerText()).toBe(MATCHING_RULE_LABELS[rule]);
      expect(await left.locator('[data-field=volunteer]').innerText()).not.toMatch(/^志愿者 \d+$/);
    });
    await step(page, '提出邀请 to the two selected', async () => {
      await suggestion(first.volunteerId).locator('input[type=checkbox]').check();
      await suggestion(second.volunteerId).locator('input[type=checkbox]').check();
      await page.locator('[data-testid=propose-bar]').getByText('已选 2 人').waitFor(WAIT);
      await page.locator('[data-action=propose]').click();
      await page.locator('.ant-message').getByText('已向 2 位志愿者提出邀请').waitFor(WAIT);
      for (const { name } of [first, second]) {
        await assignmentRow(name).locator('[data-status=PROPOSED]').waitFor(WAIT);
        expect(await assignmentRow(name).locator('[data-field=status]').innerText()).toBe(
          ASSIGNMENT_STATUS_LABELS.PROPOSED,
        );
      }
      const stored = await assignmentsOf(need.id);
      expect(
        stored
          .filter((a) => a.status === 'PROPOSED')
          .map((a) => a.volunteerId)
          .sort(),
      ).toEqual([first.volunteerId, second.volunteerId].sort());
      // Proposed, they are no longer suggested.
      await suggestion(first.volunteerId).waitFor({ state: 'detached', ...WAIT });
    });
    await step(page, '确认 one, and its volunteer’s acceptance shows without a reload', async () => {
      await page.locator('[data-testid=realtime][data-state=live]').waitFor(WAIT);
      await assignmentRow(first.name).locator('[data-action=confirm]').click();
      await assignmentRow(first.name).locator('[data-status=CONFIRMED]').waitFor(WAIT);
      await page.evaluate(() => ((globalThis as any).__sameDocument = true));
      const assignment = (await assignmentsOf(need.id)).find((a) => a.volunteerId === first.volunteerId)!;
      expect(assignment.status).toBe('CONFIRMED');
      const volunteerToken = await server.signInAs({
        username: `matching-volunteer-${first.volunteerId}`,
        role: Role.VOLUNTEER,
        volunteerId: first.volunteerId,
      });
      const answered = await server.gql(
        graphql(`
          mutation MatchingRespondToAssignment($id: ID!) {
            respondToAssignment(id: $id, accept: true) {
              status
            }
          }
        `),
        { id: assignment.id },
        { token: volunteerToken },
      );
      expect(answered.errors).toBeUndefined();
      expect(answered.data!.respondToAssignment.status).toBe('ACCEPTED');
      await assignmentRow(first.name).locator('[data-status=ACCEPTED]').waitFor(WAIT);
      expect(await assignmentRow(first.name).locator('[data-field=status]').innerText()).toBe(
        ASSIGNMENT_STATUS_LABELS.ACCEPTED,
      );
      expect(await page.evaluate(() => (globalThis as any).__sameDocument)).toBe(true);
      expect(await page.locator('[data-testid=places]').innerText()).toMatch(/^1\//);
    });
    await step(page, 'an answer given while the socket was away shows once it is back', async () => {
      down = true;
      for (const socket of sockets) await socket.close({ code: 1012, reason: 'network down (test)' });
      await page.locator('[data-testid=realtime][data-state=offline]').waitFor(WAIT);
      const assignment = (await assignmentsOf(need.id)).find((a) => a.volunteerId === second.volunteerId)!;
      const volunteerToken = await server.signInAs({
        username: `matching-volunteer-${second.volunteerId}`,
        role: Role.VOLUNTEER,
        volunteerId: second.volunteerId,
      });
      const answered = await server.gql(
        graphql(`
          mutation MatchingRespondToAssignment2($id: ID!) {
            respondToAssignment(id: $id, accept: false, reason: "那天有课") {
              status
            }
          }
        `),
        { id: assignment.id },
        { token: volunteerToken },
      );
      expect(answered.data!.respondToAssignment.status).toBe('DECLINED');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await assignmentRow(second.name).locator('[data-status=PROPOSED]').count()).toBe(1);
      down = false;
      await page.locator('[data-testid=realtime][data-state=live]').waitFor({ timeout: 30_000 });
      await assignmentRow(second.name).locator('[data-status=DECLINED]').waitFor(WAIT);
      expect(await assignmentRow(second.name).innerText()).toContain('那天有课');
      expect(await page.evaluate(() => (globalThis as any).__sameDocument)).toBe(true);
      await page.locator('[data-testid=need-title]').scrollIntoViewIfNeeded();
      await docsScreenshot(page, 'matching-need');
    });

    await step(page, 'the unit’s plan, reviewed as a table with its figures', async () => {
      await page.locator('.ant-tabs-tab', { hasText: '整体方案' }).click();
      await page.waitForURL('**/matching/plan', WAIT);
      await page.locator('[data-testid=plan-not-made]').waitFor(WAIT);
      expect(await page.locator('[data-testid=plan] tbody tr[data-row-key]').count()).toBe(0);
      await page.getByRole('button', { name: '生成方案' }).click();
      await page.locator('[data-testid=plan] tbody tr[data-row-key]').first().waitFor({ timeout: 30_000 });
      await page.locator('[data-testid=metrics]').getByText('方案可填补').waitFor(WAIT);
      jinanPlan = await page
        .locator('[data-testid=plan] tbody tr[data-row-key]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key') ?? ''));
      expect(jinanPlan.length).toBeGreaterThanOrEqual(2);
      // The pairs proposed on the need's page hold their places: the plan does not offer them again.
      for (const { volunteerId } of [first, second])
        expect(jinanPlan).not.toContain(`${need.id}:${volunteerId}`);
      const row = page.locator(`[data-testid=plan] tbody tr[data-row-key="${jinanPlan[0]}"]`);
      expect(await row.locator('[data-field=distance]').innerText()).toMatch(/公里|未知/);
      await docsScreenshot(page, 'matching-plan');
    });
    const [removed, ...kept] = jinanPlan as [string, ...string[]];
    await step(page, 'a pair removed, the rest proposed', async () => {
      await page
        .locator(`[data-testid=plan] tbody tr[data-row-key="${removed}"] [data-action=remove]`)
        .click();
      await page.locator('[data-testid=edited]').getByText('移除 1 对').waitFor(WAIT);
      await page.locator('[data-action=propose-plan]').click();
      await page.locator('.ant-popconfirm .ant-btn-primary').click();
      await page.locator('[data-testid=outcome]').waitFor({ timeout: 30_000 });
      expect(await page.locator('[data-testid=outcome]').innerText()).toContain(
        `已提出 ${kept.length} 份邀请`,
      );
      expect(await page.locator('[data-testid=proposed] tbody tr[data-row-key]').count()).toBe(
        Math.min(kept.length, 50),
      );
    });
    await step(page, 'the API has exactly the pairs kept', async () => {
      const needIds = [...new Set(jinanPlan.map((key) => key.split(':')[0]!))];
      const live = new Set<string>();
      for (const needId of needIds) {
        for (const a of await assignmentsOf(needId)) {
          if (a.status === 'PROPOSED') live.add(`${needId}:${a.volunteerId}`);
        }
      }
      for (const key of kept) expect(live).toContain(key);
      expect(live).not.toContain(removed);
    });
    await step(page, 'a state changed elsewhere shows in the proposed list without a reload', async () => {
      await page.locator('[data-testid=realtime][data-state=live]').waitFor(WAIT);
      const [needId, volunteerId] = kept[0]!.split(':') as [string, string];
      const assignment = (await assignmentsOf(needId)).find((a) => a.volunteerId === volunteerId)!;
      const confirmed = await server.gql(
        graphql(`
          mutation MatchingConfirmAssignment($id: ID!) {
            confirmAssignment(id: $id) {
              status
            }
          }
        `),
        { id: assignment.id },
        { token: jinanToken },
      );
      expect(confirmed.errors).toBeUndefined();
      const row = page.locator(`[data-testid=proposed] tbody tr[data-row-key="${kept[0]}"]`);
      await row.locator('[data-status=CONFIRMED]').waitFor(WAIT);
      expect(await row.locator('[data-field=status]').innerText()).toBe(ASSIGNMENT_STATUS_LABELS.CONFIRMED);
    });
  }, 120_000);

  it('proposes the plan whole (全部提出): exactly the pairs shown, and says so', async () => {
    // 淄博's own coordinator: its needs and volunteers are its own, untouched by the other tests.
    const zibo = await otherCityCoordinator(server, '淄博市教育工会');
    const page = await openPage();
    let shown: string[] = [];
    let before = new Set<string>();
    await step(page, 'the plan made, unedited: its button is 全部提出', async () => {
      shown = (await makePlan(page, zibo)).sort();
      await page.locator('[data-testid=edited]').waitFor({ state: 'detached', ...WAIT });
      expect(await page.locator('[data-action=propose-plan]').innerText()).toMatch(/^全部提出$/);
      before = await proposedPairs();
      for (const key of shown) expect(before).not.toContain(key);
    });
    await step(page, '全部提出, confirmed: told how many, and listed', async () => {
      await page.locator('[data-action=propose-plan]').click();
      await page.locator('.ant-popconfirm').getByText('按方案全部提出邀请？').waitFor(WAIT);
      await page.locator('.ant-popconfirm .ant-btn-primary').click();
      const outcome = page.locator('[data-testid=outcome]');
      await outcome.waitFor({ timeout: 30_000 });
      expect(await outcome.innerText()).toBe(`已提出 ${shown.length} 份邀请`);
      await page.locator('.ant-message').getByText(`已提出 ${shown.length} 份邀请`).waitFor(WAIT);
      // The reviewed table gives way to what was proposed: the very pairs it showed, each 待确认.
      expect(await page.locator('[data-testid=plan]').count()).toBe(0);
      await page.locator('[data-testid=proposed] tbody tr[data-row-key]').first().waitFor(WAIT);
      expect(await proposedRows(page)).toEqual(shown);
    });
    await step(page, 'the API: every pair shown became a proposal, and nothing else did', async () => {
      expect(added(before, await proposedPairs())).toEqual(shown);
    });
  }, 90_000);

  it('replaces a pair’s volunteer (更换) and proposes the plan so edited: the new person, not the old', async () => {
    // 枣庄's own coordinator: its needs and volunteers are its own, untouched by the other tests.
    const zaozhuang = await otherCityCoordinator(server, '枣庄市教育工会');
    const token = await server.login(zaozhuang.username, zaozhuang.password);
    const page = await openPage();
    let planned: string[] = [];
    /** The pair replaced, and who takes its place: one the plan has nowhere (so no clash of times). */
    let pick: { key: string; needId: string; oldId: string; newId: string; newName: string } | undefined;
    let before = new Set<string>();
    await step(page, 'the plan made; a pair with another suggestion the plan leaves free', async () => {
      planned = await makePlan(page, zaozhuang);
      const inPlan = new Set(planned.map((key) => key.split(':')[1]!));
      for (const key of planned) {
        const [needId, oldId] = key.split(':') as [string, string];
        // What the 更换 dialog offers: the need's suggestions, less the plan's others for that need.
        const suggested = await server.gql(
          graphql(`
            query MatchingReplacementCandidates($needId: ID!) {
              matchingSuggestions(needId: $needId, limit: 20) {
                volunteerId
                volunteer {
                  name
                }
              }
            }
          `),
          { needId },
          { token },
        );
        expect(suggested.errors).toBeUndefined();
        const taken = new Set(planned.filter((k) => k.startsWith(`${needId}:`)).map((k) => k.split(':')[1]));
        const offered = suggested.data!.matchingSuggestions.filter(
          (s) => s.volunteerId === oldId || !taken.has(s.volunteerId),
        );
        // Among the first few (the dropdown draws those), with a name no other offered shares.
        const index = offered.findIndex(
          (s) =>
            !inPlan.has(s.volunteerId) &&
            s.volunteer !== null &&
            offered.filter((o) => o.volunteer?.name === s.volunteer!.name).length === 1,
        );
        if (index >= 0 && index < 6) {
          const chosen = offered[index]!;
          pick = { key, needId, oldId, newId: chosen.volunteerId, newName: chosen.volunteer!.name };
          break;
        }
      }
      expect(pick).toBeDefined();
    });
    const { key, needId, oldId, newId, newName } = pick!;
    const row = page.locator(`[data-testid=plan] tbody tr[data-row-key="${key}"]`);
    await step(page, '更换: another of the need’s suggestions chosen in the dialog', async () => {
      const oldName = await row.locator('[data-field=volunteer]').innerText();
      await row.locator('[data-action=replace]').click();
      const dialog = page.locator('.ant-modal', { hasText: '更换人选' });
      await dialog.waitFor(WAIT);
      await motionsSettled(page);
      expect(await dialog.innerText()).toContain(`现为 ${oldName.trim()}`);
      await dialog.locator('.ant-select').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: new RegExp(`^${newName} · 得分`) })
        .click(WAIT);
      await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
      await dialog.waitFor({ state: 'detached', ...WAIT });
      // The row keeps its place; it now names the new person, marked 已更换.
      expect(await row.locator('[data-field=volunteer]').innerText()).toMatch(
        new RegExp(`^${newName}\\s*已更换`),
      );
      await page.locator('[data-testid=edited]').getByText('已修改：移除 0 对，更换 1 人').waitFor(WAIT);
      expect(await page.locator('[data-action=propose-plan]').innerText()).toBe('提出修改后的方案');
      before = await proposedPairs();
    });
    const expected = planned.map((k) => (k === key ? `${needId}:${newId}` : k)).sort();
    await step(page, 'proposed: every pair, the replaced one with its new person', async () => {
      await page.locator('[data-action=propose-plan]').click();
      await page.locator('.ant-popconfirm').getByText('按修改后的方案提出邀请？').waitFor(WAIT);
      await page.locator('.ant-popconfirm .ant-btn-primary').click();
      const outcome = page.locator('[data-testid=outcome]');
      await outcome.waitFor({ timeout: 30_000 });
      expect(await outcome.innerText()).toBe(`已提出 ${planned.length} 份邀请`);
      await page.locator('[data-testid=proposed] tbody tr[data-row-key]').first().waitFor(WAIT);
      expect(await proposedRows(page)).toEqual(expected);
    });
    await step(
      page,
      'the API: the new person holds the need’s place, the old one has nothing there',
      async () => {
        const onNeed = await assignmentsOf(needId);
        expect(onNeed.filter((a) => a.volunteerId === newId).map((a) => a.status)).toEqual(['PROPOSED']);
        expect(onNeed.filter((a) => a.volunteerId === oldId)).toEqual([]);
        expect(added(before, await proposedPairs())).toEqual(expected);
      },
    );
  }, 90_000);

  it('shows another city’s coordinator none of 济南’s needs, people or plan', async () => {
    const other = await otherCityCoordinator(server);
    const page = await openPage();
    await step(page, 'the list of needs has none of 济南’s', async () => {
      await signIn(page, other.username, other.password);
      await page.goto('/matching');
      await page.locator('.ant-table').first().waitFor(WAIT);
      await page.locator('.ant-table-placeholder, tbody tr[data-row-key]').first().waitFor(WAIT);
      expect(await page.locator(`tbody tr[data-row-key="${need.id}"]`).count()).toBe(0);
      for (const key of jinanPlan) {
        expect(await page.locator(`tbody tr[data-row-key="${key.split(':')[0]}"]`).count()).toBe(0);
      }
    });
    await step(page, '济南’s need opened by its address shows none of 济南’s people', async () => {
      await page.goto(`/matching/needs/${need.id}`);
      await page.locator('[data-testid=need-title]', { hasText: need.title }).waitFor(WAIT);
      await page.locator('[data-testid=assignments] .ant-table-placeholder').waitFor(WAIT);
      await page.locator('[data-testid=suggestions] .ant-table-tbody').waitFor(WAIT);
      const shown = await page
        .locator(
          '[data-testid=suggestions] tbody tr[data-row-key], [data-testid=left-out] tbody tr[data-row-key]',
        )
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key')));
      for (const { volunteerId } of need.suggestions) expect(shown).not.toContain(volunteerId);
      expect(shown).not.toContain(need.refused.volunteerId);
    });
    await step(page, 'its plan has none of 济南’s needs', async () => {
      await page.locator('.ant-tabs-tab', { hasText: '整体方案' }).click();
      await page.getByRole('button', { name: '生成方案' }).click();
      await page.locator('[data-testid=metrics]').waitFor({ timeout: 30_000 });
      const keys = await page
        .locator('[data-testid=plan] tbody tr[data-row-key]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key') ?? ''));
      const jinanNeeds = new Set(jinanPlan.map((key) => key.split(':')[0]));
      jinanNeeds.add(need.id);
      for (const key of keys) expect(jinanNeeds.has(key.split(':')[0])).toBe(false);
    });
  }, 60_000);
});
