import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SIZE } from '../../seeds/seed';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  chinaDay,
  docsScreenshot,
  horizontalOverflow,
  launchChromium,
  newPhoneContext,
  signIn,
  smallTapTargets,
  step,
} from './support';
import { graphql } from '../graphql';

/**
 * 服务队 on a phone (/field/team), as the demo team's leader in WeChat's browser far from China: the
 * team's submitted time approved and sent back with a reason (the server's word on a blank reason
 * beside the field); one segment recorded for three members at once, then refused for a member
 * whose time it overlaps (named beside 开始时间); a log entry written, listed first and edited; the
 * safety plan with a tel: link and the member without safety training. Every page fits 375 px with
 * no tap target under 44 px.
 */

const LEADER = DEMO_ACCOUNTS.leader.username;
const WAIT = { timeout: 15_000 };

let server: TestServer;
let browser: Browser;
let origin: string;
const contexts: BrowserContext[] = [];

interface Member {
  id: string;
  name: string;
}
/** The leader's team and the project the page opens on (the current campaign's, serving). */
let team: { id: string; name: string; members: Member[] };
let project: { id: string; name: string; postId: string; postName: string; posts: number };
let plan: { responsiblePerson: string; responsiblePhone: string };
/** Another project of the team (the 2019 campaign's): the picker at the top offers it. */
let otherProject: { id: string; name: string };
let leaderVolunteerId: string;
/** The demo volunteer's submitted records in the project: [to approve, to reject]. */
let submitted: { id: string; start: string; end: string }[];
const RECORD_DAY = chinaDay(-1);
const BATCH_DAY = chinaDay(-2);
/** The member whose safety training is taken off the record for the test. */
let untrained: Member;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startTestServer({ seed: { volunteers: DEMO_SIZE.volunteers, now: new Date() } }),
    launchChromium(),
  ]);
  origin = new URL(server.url).origin;

  const leaderToken = await server.login(LEADER, DEMO_PASSWORD);
  const me = await server.gql(
    graphql(`
      query FieldLeaderMe {
        me {
          volunteerId
          volunteer {
            memberships {
              team {
                id
                name
                leaderId
                members {
                  volunteer {
                    id
                    name
                  }
                }
                projects {
                  id
                  name
                  status
                  startsOn
                  posts {
                    id
                    name
                  }
                  safetyPlan {
                    responsiblePerson
                    responsiblePhone
                  }
                }
              }
            }
          }
        }
      }
    `),
    undefined,
    { token: leaderToken },
  );
  expect(me.errors).toBeUndefined();
  leaderVolunteerId = me.data!.me.volunteerId!;
  const led = me
    .data!.me.volunteer!.memberships.map((m: any) => m.team)
    .find((t: any) => t.leaderId === leaderVolunteerId);
  expect(led).toBeDefined();
  team = {
    id: led.id,
    name: led.name,
    members: led.members.map((m: any) => m.volunteer),
  };
  // The current campaign's project: serving, the latest to start (what the page opens on).
  const serving = led.projects
    .filter((p: any) => p.status === 'ACTIVE' && p.startsOn <= BATCH_DAY && p.posts.length > 0)
    .sort((a: any, b: any) => (a.startsOn < b.startsOn ? 1 : -1))[0];
  expect(serving).toBeDefined();
  expect(serving.safetyPlan).not.toBeNull();
  project = {
    id: serving.id,
    name: serving.name,
    postId: serving.posts[0].id,
    postName: serving.posts[0].name,
    posts: serving.posts.length,
  };
  plan = serving.safetyPlan;
  otherProject = led.projects.find((p: any) => p.id !== serving.id && p.status !== 'CANCELLED');
  expect(otherProject).toBeDefined();

  // The demo volunteer (a member of the team) submits two segments of yesterday.
  const volunteerToken = await server.login(DEMO_ACCOUNTS.volunteer.username, DEMO_PASSWORD);
  submitted = [];
  for (const [start, end] of [
    ['06:00', '07:30'],
    ['19:00', '20:15'],
  ] as const) {
    const entered = await server.gql(
      graphql(`
        mutation FieldLeaderRecordService($input: RecordServiceInput!) {
          recordService(input: $input) {
            id
            status
          }
        }
      `),
      {
        input: {
          projectId: project.id,
          postId: project.postId,
          startsAt: `${RECORD_DAY}T${start}:00+08:00`,
          endsAt: `${RECORD_DAY}T${end}:00+08:00`,
          remark: `手机审核测试 ${start}`,
          submit: true,
        },
      },
      { token: volunteerToken },
    );
    expect(entered.errors).toBeUndefined();
    submitted.push({ id: entered.data!.recordService.id, start, end });
  }

  // Every seeded team member is trained; one is taken off the record (as a member who joined late).
  untrained = team.members.find((m) => m.id !== leaderVolunteerId)!;
  await server.dataSource.query('UPDATE volunteer SET safetyTrainedOn = NULL WHERE id = ?', [
    Number(untrained.id),
  ]);
}, 120_000);

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
  await browser?.close();
  await server?.stop();
});

async function openPhone(): Promise<Page> {
  const context = await newPhoneContext(browser, origin);
  contexts.push(context);
  return context.newPage();
}

/** The page fits the phone: nothing scrolls sideways and every tap target is at least 44 × 44. */
async function fitsThePhone(page: Page): Promise<void> {
  expect(await horizontalOverflow(page)).toBe(0);
  expect(await smallTapTargets(page)).toEqual([]);
}

async function recordOf(id: string): Promise<{ status: string; rejectionReason: string | null }> {
  const result = await server.gql(
    graphql(`
      query FieldLeaderServiceRecord($id: ID!) {
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

/** The records of the batch day in the project, through the API. */
async function batchDayRecords(): Promise<
  { volunteerId: string; startsAt: string; endsAt: string; status: string }[]
> {
  const result = await server.gql(
    graphql(`
      query FieldLeaderServiceRecords($f: ServiceRecordFilter) {
        serviceRecords(filter: $f, first: 100) {
          edges {
            node {
              volunteerId
              startsAt
              endsAt
              status
            }
          }
        }
      }
    `),
    { f: { projectId: project.id, from: BATCH_DAY, to: BATCH_DAY } },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.serviceRecords.edges.map((e: any) => e.node);
}

const card = (page: Page, id: string) => page.locator(`[data-record-id="${id}"].leader-card`);
/** Opens a section with the switch at the top, which then shows it chosen. */
async function section(page: Page, name: string): Promise<void> {
  await page.locator('.leader-sections .ant-segmented-item', { hasText: name }).click();
  await page.locator('.leader-sections .ant-segmented-item-selected', { hasText: name }).waitFor(WAIT);
}

describe('服务队 on the phone (team leader)', () => {
  it('approves, rejects with a reason, records for several members, keeps the log and shows safety', async () => {
    const page = await openPhone();
    const [toApprove, toReject] = submitted as [(typeof submitted)[0], (typeof submitted)[0]];

    await step(page, '审核: the team’s submitted records as cards in China time', async () => {
      await signIn(page, LEADER, DEMO_PASSWORD);
      await page.goto('/field/team');
      await card(page, toApprove.id).waitFor(WAIT);
      expect(await page.locator('.leader').getAttribute('data-project-id')).toBe(project.id);
      const first = card(page, toApprove.id);
      expect(await first.locator('[data-field=date]').innerText()).toBe(RECORD_DAY);
      expect(await first.locator('[data-field=slot]').innerText()).toBe(
        `${toApprove.start}–${toApprove.end}`,
      );
      expect(await first.locator('[data-field=hours]').innerText()).toBe('1.5 小时');
      expect(await first.locator('[data-field=post]').innerText()).toBe(project.postName);
      await first.getByText(`手机审核测试 ${toApprove.start}`).waitFor(WAIT);
      await fitsThePhone(page);
      await docsScreenshot(page, 'field-leader-approvals');
    });

    await step(page, '通过 one: it leaves the list and the API has it approved', async () => {
      await card(page, toApprove.id).locator('[data-action=approve]').click();
      await card(page, toApprove.id).waitFor({ state: 'detached', ...WAIT });
      expect((await recordOf(toApprove.id)).status).toBe('APPROVED');
    });

    await step(
      page,
      '驳回 asks for a reason; a blank one is refused by the server beside the field',
      async () => {
        await card(page, toReject.id).locator('[data-action=reject]').click();
        const sheet = page.locator('.leader-sheet .ant-drawer-section');
        await sheet.locator('#reject_reason').waitFor(WAIT);
        await sheet.locator('button.ant-btn-dangerous').click();
        await sheet.locator('#reject_reason_help', { hasText: '请填写驳回理由' }).waitFor(WAIT);
        // Soft hyphens pass the form's check but show nothing: the server refuses them, said beside the field.
        await sheet.locator('#reject_reason').fill('\u00ad\u00ad');
        await sheet.locator('#reject_reason_help').waitFor({ state: 'detached', ...WAIT });
        await sheet.locator('button.ant-btn-dangerous').click();
        await sheet.locator('#reject_reason_help', { hasText: '驳回理由须有看得见的文字' }).waitFor(WAIT);
        expect((await recordOf(toReject.id)).status).toBe('SUBMITTED');
        await fitsThePhone(page);
      },
    );

    await step(page, '驳回 with a reason: the record leaves the list, rejected with it', async () => {
      const sheet = page.locator('.leader-sheet .ant-drawer-section');
      await sheet.locator('#reject_reason').fill('时段与签到记录不符，请核对后重新提交');
      await sheet.locator('button.ant-btn-dangerous').click();
      await card(page, toReject.id).waitFor({ state: 'detached', ...WAIT });
      expect(await recordOf(toReject.id)).toEqual({
        status: 'REJECTED',
        rejectionReason: '时段与签到记录不符，请核对后重新提交',
      });
    });

    const three = team.members.filter((m) => m.id !== leaderVolunteerId).slice(0, 3);
    const batch = page.locator('[data-testid=batch]');
    const fillSegment = async (members: Member[]) => {
      if (project.posts > 1) {
        await batch.locator('.ant-select', { has: page.locator('#batch_postId') }).click();
        await page
          .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: project.postName })
          .first()
          .click();
      }
      await page.locator('#batch_date').fill(BATCH_DAY);
      await page.locator('#batch_start').fill('09:00');
      await page.locator('#batch_end').fill('11:30');
      await batch.getByRole('button', { name: '全不选' }).click();
      for (const member of members) {
        await batch.locator(`[data-volunteer-id="${member.id}"] input`).check();
      }
      await page.locator('#batch_remark').fill('手机批量记录测试');
    };

    await step(page, '批量记录: one segment for three members at once', async () => {
      await section(page, '批量记录');
      await page.waitForURL('**/field/team/batch**', WAIT);
      await page.locator('#batch_date').waitFor(WAIT);
      await fillSegment(three);
      await batch.getByText(`已选 3 / ${team.members.length} 人`).waitFor(WAIT);
      await fitsThePhone(page);
      await docsScreenshot(page, 'field-leader-batch');
      await batch.locator('button[type=submit]').click();
      await page
        .locator('[data-testid=batch-made]', { hasText: '已记录 3 名成员，每人 2.5 小时' })
        .waitFor(WAIT);
      const records = await batchDayRecords();
      expect(records.map((r) => r.volunteerId).sort()).toEqual(three.map((m) => m.id).sort());
      expect(new Set(records.map((r) => `${r.startsAt}|${r.endsAt}`))).toEqual(
        new Set([
          `${new Date(`${BATCH_DAY}T09:00:00+08:00`).toISOString()}|${new Date(`${BATCH_DAY}T11:30:00+08:00`).toISOString()}`,
        ]),
      );
      expect(records.every((r) => r.status === 'SUBMITTED')).toBe(true);
    });

    await step(
      page,
      'the same segment again for a member who has it: refused, the member named',
      async () => {
        const clashing = three[1]!;
        const other = team.members.find((m) => m.id !== leaderVolunteerId && !three.includes(m))!;
        await fillSegment([other, clashing]);
        await batch.locator('button[type=submit]').click();
        await page.locator('#batch_start_help', { hasText: clashing.name }).waitFor(WAIT);
        await batch.locator(`[data-volunteer-id="${clashing.id}"]`, { hasText: '时段冲突' }).waitFor(WAIT);
        // All or none: the other member got nothing either.
        expect((await batchDayRecords()).length).toBe(3);
        await fitsThePhone(page);
      },
    );

    const entry = `${chinaDay(0)} 到帮扶点开展课后辅导，服务学生 12 人。`;
    await step(page, '日志: an entry written is listed first', async () => {
      await section(page, '日志');
      await page.waitForURL('**/field/team/log**', WAIT);
      await page.locator('[data-action=write-log]').click();
      const sheet = page.locator('.leader-sheet .ant-drawer-section');
      await sheet.locator('#log_content').waitFor(WAIT);
      await fitsThePhone(page);
      await sheet.locator('#log_content').fill(entry);
      await sheet.locator('button.ant-btn-primary').click();
      const first = page.locator('[data-testid=logs] [data-log-id]').first();
      await first.locator('[data-field=content]', { hasText: entry }).waitFor(WAIT);
      await sheet.waitFor({ state: 'hidden', ...WAIT });
      expect(await first.locator('[data-field=loggedOn]').innerText()).toBe(chinaDay(0));
      const logs = await server.gql(
        graphql(`
          query FieldLeaderServiceLogs($p: ID!) {
            serviceLogs(projectId: $p, first: 100) {
              edges {
                node {
                  content
                  loggedOn
                  authorId
                }
              }
            }
          }
        `),
        { p: project.id },
      );
      expect(logs.data!.serviceLogs.edges.map((e: any) => e.node)).toContainEqual({
        content: entry,
        loggedOn: chinaDay(0),
        authorId: leaderVolunteerId,
      });
      await fitsThePhone(page);
      await docsScreenshot(page, 'field-leader-log');
    });

    await step(page, '日志: one’s own entry is edited', async () => {
      const first = page.locator('[data-testid=logs] [data-log-id]').first();
      await first.locator('[data-action=edit-log]').click();
      const sheet = page.locator('.leader-sheet .ant-drawer-section');
      await sheet.locator('#log_content').fill(`${entry}（已补充：下周继续）`);
      await sheet.locator('button.ant-btn-primary').click();
      await first.locator('[data-field=content]', { hasText: '已补充：下周继续' }).waitFor(WAIT);
    });

    await step(page, '安全: the plan with a tel: link and the member without safety training', async () => {
      await section(page, '安全');
      await page.waitForURL('**/field/team/safety**', WAIT);
      const planCard = page.locator('[data-testid=safety-plan]');
      await planCard
        .locator('[data-field=responsiblePerson]', { hasText: plan.responsiblePerson })
        .waitFor(WAIT);
      expect(await planCard.locator('[data-field=responsiblePhone]').getAttribute('href')).toBe(
        `tel:${plan.responsiblePhone}`,
      );
      const list = page.locator('[data-testid=untrained]');
      await list.locator(`[data-volunteer-id="${untrained.id}"]`, { hasText: untrained.name }).waitFor(WAIT);
      expect(await list.locator('[data-volunteer-id]').count()).toBe(1);
      await fitsThePhone(page);
      await docsScreenshot(page, 'field-leader-safety');
    });

    await step(page, 'the picker at the top switches to the team’s other project', async () => {
      await page.locator('.leader-picker').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: otherProject.name })
        .click();
      await page.waitForURL(`**/field/team/safety?project=${otherProject.id}`, WAIT);
      expect(await page.locator('.leader').getAttribute('data-project-id')).toBe(otherProject.id);
      await fitsThePhone(page);
    });
  }, 90_000);
});
