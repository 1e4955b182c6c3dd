import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SERVICE_RECORD_STATUS_LABELS } from '../../server/src/modules/code-lists/labels';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SIZE } from '../../seeds/seed';
import { startTestServer, type TestServer } from '../support/test-server';
import { chinaDay, docsScreenshot, launchChromium, newContext, signIn, step } from './support';
import { graphql } from '../graphql';

/**
 * 服务记录, the approval queue, in a real browser on the demo data: the demo volunteer's submitted
 * time (entered through the API) waits in 济南's queue in China time; 驳回 asks for a reason; the
 * selected ones are approved together and leave the queue; another city's coordinator sees none of
 * them.
 */

const JINAN = DEMO_ACCOUNTS.coordinator.username;
const QINGDAO = { username: 'qingdao', password: 'qingdao-coordinator-pw' };
const WAIT = { timeout: 15_000 };

let server: TestServer;
let browser: Browser;
let origin: string;
const contexts: BrowserContext[] = [];

interface Entered {
  id: string;
  day: string;
  start: string;
  end: string;
  hours: string;
}
/** The demo volunteer's submitted records in a project of 济南's: [to reject, approve, approve, keep]. */
let records: Entered[];
let volunteerName: string;
/** The project and China day the records are on. */
let where: { projectId: string; postId: string; day: string };

const SLOTS: readonly [string, string, string][] = [
  ['06:00', '08:30', '2.5'],
  ['19:00', '19:45', '0.75'],
  ['20:00', '21:00', '1.0'],
  ['21:15', '22:45', '1.5'],
];

beforeAll(async () => {
  [server, browser] = await Promise.all([
    // Teams (and so the demo leader and volunteer accounts) come with the demo's full size.
    startTestServer({ seed: { volunteers: DEMO_SIZE.volunteers, now: new Date() } }),
    launchChromium(),
  ]);
  origin = new URL(server.url).origin;

  const units = await server.gql(
    graphql(`
      query RecordsUnitsUnits {
        jinan: units(filter: { search: "济南市教育工会" }) {
          edges {
            node {
              id
            }
          }
        }
        qingdao: units(filter: { search: "青岛市教育工会" }) {
          edges {
            node {
              id
            }
          }
        }
      }
    `),
  );
  const jinanUnitId: string = units.data!.jinan.edges[0]!.node.id;
  const created = await server.gql(
    graphql(`
      mutation RecordsCreateAccount($input: CreateAccountInput!) {
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
        unitId: units.data!.qingdao.edges[0]!.node.id,
      },
    },
  );
  expect(created.errors).toBeUndefined();

  // The demo volunteer enters and submits time in a started project of a 济南 team of theirs, on a
  // past day inside the project's dates (as test/db/demo-data.test.ts walks it).
  const token = await server.login(DEMO_ACCOUNTS.volunteer.username, DEMO_PASSWORD);
  const me = await server.gql(
    graphql(`
      query RecordsMe {
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
      query RecordsServiceTeams($v: ID) {
        serviceTeams(filter: { memberId: $v }) {
          edges {
            node {
              id
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
  expect(teams.errors).toBeUndefined();
  const yesterday = chinaDay(-1);
  const project = teams
    .data!.serviceTeams.edges.filter(({ node }: any) => node.unitId === jinanUnitId)
    .flatMap(({ node }: any) => node.projects)
    .filter((p: any) => p.startsOn <= yesterday && p.posts.length > 0)
    .sort((a: any, b: any) => (a.endsOn < b.endsOn ? 1 : -1))[0];
  expect(project).toBeDefined();
  const day = project.endsOn < yesterday ? project.endsOn : yesterday;
  where = { projectId: project.id, postId: project.posts[0].id, day };
  records = [];
  for (const [start, end, hours] of SLOTS) {
    const entered = await server.gql(
      graphql(`
        mutation RecordsRecordService($input: RecordServiceInput!) {
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
          startsAt: `${day}T${start}:00+08:00`,
          endsAt: `${day}T${end}:00+08:00`,
          remark: `浏览器测试 ${start}`,
          submit: true,
        },
      },
      { token },
    );
    expect(entered.errors).toBeUndefined();
    expect(entered.data!.recordService.status).toBe('SUBMITTED');
    records.push({ id: entered.data!.recordService.id, day, start, end, hours });
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

const row = (page: Page, id: string) => page.locator(`tbody tr[data-row-key="${id}"]`);

async function statusOf(id: string): Promise<{ status: string; rejectionReason: string | null }> {
  const result = await server.gql(
    graphql(`
      query RecordsServiceRecord($id: ID!) {
        serviceRecord(id: $id) {
          status
          rejectionReason
        }
      }
    `),
    { id },
  );
  return result.data!.serviceRecord!;
}

describe('服务记录 (the approval queue)', () => {
  it('shows 济南 its submitted records in China time, rejects with a reason and approves the selected ones', async () => {
    const page = await openPage();
    const [toReject, first, second, kept] = records as [Entered, Entered, Entered, Entered];
    await step(page, 'the queue from the navigation', async () => {
      await signIn(page, JINAN, DEMO_PASSWORD);
      await page.locator('[aria-label=主导航]').getByText('服务记录').click();
      await page.waitForURL('**/records', WAIT);
      await row(page, first.id).waitFor(WAIT);
    });
    await step(page, 'each record in China time with its hours and status', async () => {
      for (const record of records) {
        const r = row(page, record.id);
        expect(await r.locator('[data-field=volunteer]').innerText()).toBe(volunteerName);
        expect(await r.locator('[data-field=date]').innerText()).toBe(record.day);
        expect(await r.locator('[data-field=slot]').innerText()).toBe(`${record.start}–${record.end}`);
        expect(await r.locator('[data-field=hours]').innerText()).toBe(record.hours);
        expect(await r.locator('[data-field=status]').innerText()).toBe(
          SERVICE_RECORD_STATUS_LABELS.SUBMITTED,
        );
        await r.getByText(`浏览器测试 ${record.start}`).waitFor(WAIT);
      }
      await docsScreenshot(page, 'records');
    });
    await step(page, '驳回 without a reason is told beside the reason', async () => {
      await row(page, toReject.id).locator('[data-action=reject]').click();
      await page.locator('#reject_reason').waitFor(WAIT);
      await page.locator('.ant-modal-footer button.ant-btn-dangerous').click();
      await page.locator('#reject_reason_help', { hasText: '请填写驳回理由' }).waitFor(WAIT);
      expect((await statusOf(toReject.id)).status).toBe('SUBMITTED');
    });
    await step(page, '驳回 with a reason: the record leaves the queue', async () => {
      await page.locator('#reject_reason').fill('时段与签到记录不符，请核对后重新提交');
      await page.locator('.ant-modal-footer button.ant-btn-dangerous').click();
      await row(page, toReject.id).waitFor({ state: 'detached', ...WAIT });
      expect(await statusOf(toReject.id)).toEqual({
        status: 'REJECTED',
        rejectionReason: '时段与签到记录不符，请核对后重新提交',
      });
    });
    await step(page, '批量通过 two selected: both leave and are approved', async () => {
      await row(page, first.id).locator('input[type=checkbox]').check();
      await row(page, second.id).locator('input[type=checkbox]').check();
      await page.locator('[data-testid=bulk-actions]').getByText('已选 2 条').waitFor(WAIT);
      await page.locator('[data-testid=bulk-actions] button.ant-btn-primary').click();
      await page.locator('.ant-message').getByText('已通过 2 条服务记录').waitFor(WAIT);
      await row(page, first.id).waitFor({ state: 'detached', ...WAIT });
      await row(page, second.id).waitFor({ state: 'detached', ...WAIT });
      expect((await statusOf(first.id)).status).toBe('APPROVED');
      expect((await statusOf(second.id)).status).toBe('APPROVED');
      // The one not selected still waits.
      await row(page, kept.id).waitFor(WAIT);
      expect((await statusOf(kept.id)).status).toBe('SUBMITTED');
    });
    await step(page, 'the status filter is in the URL: 已审核 shows the approved ones', async () => {
      await page.goto('/records?status=APPROVED');
      await row(page, first.id).waitFor(WAIT);
      expect(await row(page, first.id).locator('[data-field=status]').innerText()).toBe(
        SERVICE_RECORD_STATUS_LABELS.APPROVED,
      );
      expect(await row(page, kept.id).count()).toBe(0);
    });
  }, 120_000);

  it("approves for the team's leader what may be approved, and says which were refused and why", async () => {
    const [, , , kept] = records as [Entered, Entered, Entered, Entered];
    // The leader's own time, which only the unit's coordinator may approve.
    const token = await server.login(DEMO_ACCOUNTS.leader.username, DEMO_PASSWORD);
    const own = await server.gql(
      graphql(`
        mutation RecordsRecordService($input: RecordServiceInput!) {
          recordService(input: $input) {
            id
            status
          }
        }
      `),
      {
        input: {
          projectId: where.projectId,
          postId: where.postId,
          startsAt: `${where.day}T06:00:00+08:00`,
          endsAt: `${where.day}T07:00:00+08:00`,
          submit: true,
        },
      },
      { token },
    );
    expect(own.errors).toBeUndefined();
    const ownId: string = own.data!.recordService.id;
    const page = await openPage();
    await step(page, 'the leader selects their own record and the volunteer’s', async () => {
      await signIn(page, DEMO_ACCOUNTS.leader.username, DEMO_PASSWORD);
      await page.goto('/records');
      await row(page, ownId).waitFor(WAIT);
      await row(page, ownId).locator('input[type=checkbox]').check();
      await row(page, kept.id).locator('input[type=checkbox]').check();
      await page.locator('[data-testid=bulk-actions] button.ant-btn-primary').click();
    });
    await step(page, 'one approved, one refused with the server’s reason', async () => {
      await page.locator('.ant-message').getByText('已通过 1 条，1 条未通过').waitFor(WAIT);
      await row(page, kept.id).waitFor({ state: 'detached', ...WAIT });
      const failures = page.locator('[data-testid=failures]');
      await failures.locator(`li[data-row-key="${ownId}"]`, { hasText: 'record of your own' }).waitFor(WAIT);
      expect(await row(page, ownId).count()).toBe(1);
      expect((await statusOf(kept.id)).status).toBe('APPROVED');
      expect((await statusOf(ownId)).status).toBe('SUBMITTED');
    });
  }, 60_000);

  it("does not show 济南's records to another city's coordinator, and not the screen to a volunteer", async () => {
    // One of 济南's, waiting: the volunteer's.
    const token = await server.login(DEMO_ACCOUNTS.volunteer.username, DEMO_PASSWORD);
    const waiting = await server.gql(
      graphql(`
        mutation RecordsRecordService($input: RecordServiceInput!) {
          recordService(input: $input) {
            id
            status
          }
        }
      `),
      {
        input: {
          projectId: where.projectId,
          postId: where.postId,
          startsAt: `${where.day}T23:00:00+08:00`,
          endsAt: `${where.day}T23:30:00+08:00`,
          submit: true,
        },
      },
      { token },
    );
    expect(waiting.errors).toBeUndefined();
    const kept = { id: waiting.data!.recordService.id as string };
    const page = await openPage();
    await step(page, '青岛 sees an empty queue', async () => {
      await signIn(page, QINGDAO.username, QINGDAO.password);
      await page.locator('[aria-label=主导航]').getByText('服务记录').click();
      await page.waitForURL('**/records', WAIT);
      await page.getByText('没有待审核的服务记录').waitFor(WAIT);
      expect(await row(page, kept.id).count()).toBe(0);
      expect(await page.locator('tbody tr[data-row-key]').count()).toBe(0);
    });
    const volunteer = await openPage();
    await step(volunteer, 'a volunteer has no 服务记录 in the navigation', async () => {
      await signIn(volunteer, DEMO_ACCOUNTS.volunteer.username, DEMO_PASSWORD);
      // A volunteer lands on the phone pages; the console's navigation is a step away.
      await volunteer.waitForURL('**/field/tasks', WAIT);
      await volunteer.goto('/needs');
      await volunteer.locator('[aria-label=主导航]').getByText('服务需求').waitFor(WAIT);
      expect(await volunteer.locator('[aria-label=主导航]').getByText('服务记录').count()).toBe(0);
    });
  }, 60_000);
});
