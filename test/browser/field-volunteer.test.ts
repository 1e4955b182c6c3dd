import type { Browser, BrowserContext, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { Role } from '../../server/src/core/actor';
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

/**
 * The volunteer's phone pages (/field/tasks, /field/record, /field/me) end to end as the demo
 * volunteer on a 375 px WeChat phone far from China: two invitations (proposed and confirmed by
 * 济南's coordinator through the API), one accepted and one declined with a reason; a segment of
 * service refused beside 开始时间 (overlap, the server's rule) and beside 结束时间 (the phone's own
 * check), then sent; two segments recorded offline (待发送, none on the server), sent when back
 * online — the good one once, the overlapping one refused and deleted —, and the same entry sent
 * again after a "lost answer" without doubling it; presence confirmed with a code the site's
 * contact issued, from a photo of its QR code, from the address it holds and typed by hand; approved hours,
 * skills and availability on 我的; 退出登录. Then a site contact's 我的: the account, 修改密码 (a
 * wrong current password refused beside it), 退出登录. Every page is checked for sideways
 * scrolling and for tap targets under 44 px.
 */

const WAIT = { timeout: 15_000 };
const VOLUNTEER = DEMO_ACCOUNTS.volunteer.username;

let server: TestServer;
let browser: Browser;
let origin: string;
let context: BrowserContext;
let volunteerToken: string;
let jinanToken: string;
let siteToken: string;
let volunteerId: string;
/** The current project of the volunteer's team, one of its posts, and the China day recorded on. */
let where: { projectId: string; projectName: string; postId: string; postName: string; day: string };
/** Two invitations waiting for the volunteer's answer: [to accept, to decline]. */
/** An invitation the volunteer answers, with where and when its need is. */
interface Invitation {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  site: { name: string; contactPhone: string | null };
}
let invitations: Invitation[];
/** A record already made (through the API) on `where.day`, 08:00–09:00. */
let existingId: string;

const at = (time: string) => new Date(`${where.day}T${time}:00+08:00`).toISOString();

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startTestServer({ seed: { volunteers: DEMO_SIZE.volunteers, now: new Date() } }),
    launchChromium(),
  ]);
  origin = new URL(server.url).origin;
  [volunteerToken, jinanToken] = await Promise.all([
    server.login(VOLUNTEER, DEMO_PASSWORD),
    server.login(DEMO_ACCOUNTS.coordinator.username, DEMO_PASSWORD),
  ]);
  const me = await server.gql(
    graphql(`
      query FieldVolunteerMe {
        me {
          volunteerId
          volunteer {
            memberships {
              team {
                projects {
                  id
                  name
                  status
                  startsOn
                  endsOn
                  siteId
                  posts {
                    id
                    name
                  }
                }
              }
            }
          }
        }
      }
    `),
    undefined,
    { token: volunteerToken },
  );
  volunteerId = me.data!.me.volunteerId!;
  const yesterday = chinaDay(-1);
  const project = me
    .data!.me.volunteer!.memberships.flatMap((m: any) => m.team.projects)
    .filter((p: any) => p.status === 'ACTIVE' && p.startsOn <= yesterday)
    .sort((a: any, b: any) => (a.startsOn < b.startsOn ? 1 : -1))[0];
  expect(project).toBeDefined();
  where = {
    projectId: project.id,
    projectName: project.name,
    postId: project.posts[0].id,
    postName: project.posts[0].name,
    day: project.endsOn < yesterday ? project.endsOn : yesterday,
  };
  // The contact of the project's site issues its service codes.
  siteToken = await server.signInAs({
    username: 'field-volunteer-site',
    role: Role.SITE_CONTACT,
    siteId: project.siteId,
  });

  const existing = await server.gql(
    graphql(`
      mutation FieldVolunteerRecordService($input: RecordServiceInput!) {
        recordService(input: $input) {
          id
        }
      }
    `),
    {
      input: {
        projectId: where.projectId,
        postId: where.postId,
        startsAt: at('08:00'),
        endsAt: at('09:00'),
        submit: true,
      },
    },
    { token: volunteerToken },
  );
  expect(existing.errors).toBeUndefined();
  existingId = existing.data!.recordService.id;

  // 济南's coordinator puts the volunteer forward for two needs still ahead, and confirms both.
  const needs = await server.gql(
    graphql(`
      query FieldVolunteerServiceNeeds {
        serviceNeeds(first: 100, filter: { status: OPEN, cityCode: "370100" }) {
          edges {
            node {
              id
              title
              startsAt
              endsAt
              site {
                name
                contactPhone
              }
            }
          }
        }
      }
    `),
    undefined,
    { token: jinanToken },
  );
  const now = new Date().toISOString();
  invitations = [];
  for (const need of needs.data!.serviceNeeds.edges.map((e: any) => e.node)) {
    if (need.startsAt <= now || invitations.length === 2) continue;
    const proposed = await server.gql(
      graphql(`
        mutation FieldVolunteerProposeAssignments($n: ID!, $v: [ID!]!) {
          proposeAssignments(needId: $n, volunteerIds: $v) {
            id
          }
        }
      `),
      { n: need.id, v: [volunteerId] },
      { token: jinanToken },
    );
    // Needs at the same time as one already chosen are refused (DOUBLE_BOOKED): try the next.
    if (proposed.errors) continue;
    const id = proposed.data!.proposeAssignments[0]!.id;
    const confirmed = await server.gql(
      graphql(`
        mutation FieldVolunteerConfirmAssignment($id: ID!) {
          confirmAssignment(id: $id) {
            status
          }
        }
      `),
      { id },
      { token: jinanToken },
    );
    expect(confirmed.errors).toBeUndefined();
    invitations.push({
      id,
      title: need.title,
      startsAt: need.startsAt,
      endsAt: need.endsAt,
      site: need.site,
    });
  }
  expect(invitations).toHaveLength(2);
}, 180_000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

/** Nothing scrolls sideways and every tap target is at least 44 × 44 px. */
async function fitsThePhone(page: Page): Promise<void> {
  expect(await horizontalOverflow(page)).toBe(0);
  expect(await smallTapTargets(page)).toEqual([]);
}

async function assignment(id: string): Promise<{ status: string; declineReason: string | null }> {
  const result = await server.gql(
    graphql(`
      query FieldVolunteerMyAssignments($s: AssignmentStatus) {
        myAssignments(status: $s, first: 100) {
          edges {
            node {
              id
              status
              declineReason
            }
          }
        }
      }
    `),
    {},
    { token: volunteerToken },
  );
  return result.data!.myAssignments.edges.map((e: any) => e.node).find((a: any) => a.id === id);
}

/** The volunteer's records on the day, as the API holds them. */
async function recordsOfDay(): Promise<
  { id: string; startsAt: string; endsAt: string; status: string; presenceConfirmedAt: string | null }[]
> {
  const result = await server.gql(
    graphql(`
      query FieldVolunteerServiceRecords($v: ID!, $d: LocalDate!) {
        serviceRecords(filter: { volunteerId: $v, from: $d, to: $d }, first: 100) {
          edges {
            node {
              id
              startsAt
              endsAt
              status
              presenceConfirmedAt
            }
          }
        }
      }
    `),
    { v: volunteerId, d: where.day },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.serviceRecords.edges.map((e: any) => e.node);
}

/** A docs picture of `selector` at the top of the screen, once the toasts have gone. */
async function picture(page: Page, name: string, selector: string): Promise<void> {
  if (!process.env.CONSOLE_DOCS_SCREENSHOTS) return;
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 });
  await page.evaluate((css) => {
    const { document, window } = globalThis as any;
    const element = document.querySelector(css);
    // Below the sticky title bar.
    window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 56);
  }, selector);
  await docsScreenshot(page, name);
}

const errorOf = (page: Page, field: string) =>
  page
    .locator('.ant-form-item', { has: page.locator(`#record_${field}`) })
    .locator('.ant-form-item-explain-error');

async function fillSegment(page: Page, start: string, end: string): Promise<void> {
  await page.locator('#record_date').fill(where.day);
  await page.locator('#record_start').fill(start);
  await page.locator('#record_end').fill(end);
  await page.locator('[data-action=record]').click();
}

describe('the volunteer’s phone pages', () => {
  it('answers invitations, records time (also offline), confirms presence and edits the profile', async () => {
    context = await newPhoneContext(browser, origin);
    const page = await context.newPage();
    const [toAccept, toDecline] = invitations as [Invitation, Invitation];

    await step(page, 'sign in on the phone: 任务 first', async () => {
      await signIn(page, VOLUNTEER, DEMO_PASSWORD);
      await page.waitForURL('**/field/tasks', WAIT);
      await page.locator(`[data-testid=to-answer] [data-assignment-id="${toAccept.id}"]`).waitFor(WAIT);
      await page.locator('[data-testid=projects] [data-field=tel]').first().waitFor(WAIT);
      await fitsThePhone(page);
      await picture(page, 'field-volunteer-tasks', '[data-testid=tasks]');
    });

    await step(page, '接受 one: it moves to the service ahead, with the contact to call', async () => {
      await page.locator(`[data-assignment-id="${toAccept.id}"] [data-action=accept]`).click();
      const upcoming = page.locator(`[data-testid=upcoming] [data-assignment-id="${toAccept.id}"]`);
      await upcoming.waitFor(WAIT);
      expect(await upcoming.getAttribute('data-status')).toBe('ACCEPTED');
      expect((await assignment(toAccept.id)).status).toBe('ACCEPTED');
      // When (China time), where, and the contact's phone to call: given once the place is accepted.
      const when = await upcoming.locator('[data-field=time]').innerText();
      expect(when.startsWith(chinaTime(toAccept.startsAt))).toBe(true);
      expect(when.endsWith(chinaTime(toAccept.endsAt).slice(11))).toBe(true);
      expect(await upcoming.locator('.vol-site').innerText()).toContain(toAccept.site.name);
      expect(toAccept.site.contactPhone).toBeTruthy(); // the coordinator reads it
      await upcoming.locator('[data-field=tel]').waitFor(WAIT);
      expect(await upcoming.locator('[data-field=tel]').getAttribute('href')).toBe(
        `tel:${toAccept.site.contactPhone!.replace(/[^\d+]/g, '')}`,
      );
      await fitsThePhone(page);
    });

    await step(page, '婉拒 the other with a reason', async () => {
      await page.locator(`[data-assignment-id="${toDecline.id}"] [data-action=decline]`).click();
      const reason = page.locator('.vol-sheet textarea');
      await reason.waitFor(WAIT);
      await reason.fill('那天学校有期末考试');
      await fitsThePhone(page);
      await page.locator('[data-action=confirm-decline]').click();
      await page.locator(`[data-testid=to-answer] [data-assignment-id="${toDecline.id}"]`).waitFor({
        state: 'detached',
        ...WAIT,
      });
      expect(await assignment(toDecline.id)).toMatchObject({
        status: 'DECLINED',
        declineReason: '那天学校有期末考试',
      });
    });

    await step(
      page,
      '记录: the rules first; an overlap refused beside 开始时间, a reversed time beside 结束时间',
      async () => {
        await page.locator('nav.field-tabs').getByText('记录').click();
        await page.waitForURL('**/field/record', WAIT);
        await page.locator('[data-testid=record-rules]').waitFor(WAIT);
        expect(await page.locator('[data-testid=record-rules]').innerText()).toContain('不能与你已有的记录');
        await chooseOption(page, 'record_postId', where.postName);
        // 08:30–09:30 overlaps the record of 08:00–09:00: only the server knows all of them.
        await fillSegment(page, '08:30', '09:30');
        await errorOf(page, 'start').waitFor(WAIT);
        expect(await errorOf(page, 'start').innerText()).toContain('这个时段你已有待审核的服务记录');
        await picture(page, 'field-volunteer-record', '#record_postId');
        await fillSegment(page, '10:00', '09:00');
        await errorOf(page, 'end').waitFor(WAIT);
        expect(await errorOf(page, 'end').innerText()).toContain('结束时间须晚于开始时间');
        expect((await recordsOfDay()).map((r) => r.id)).toEqual([existingId]);
        await fitsThePhone(page);
      },
    );

    await step(page, 'fixed and sent: in my records as 待审核', async () => {
      await fillSegment(page, '09:00', '10:30');
      const row = page.locator('[data-testid=my-records] [data-status=SUBMITTED]', {
        hasText: `${where.day} 09:00–10:30`,
      });
      await row.waitFor(WAIT);
      const stored = await recordsOfDay();
      expect(stored.filter((r) => r.startsAt === at('09:00') && r.endsAt === at('10:30'))).toHaveLength(1);
    });

    let waitingEntry = '';
    await step(page, 'offline: two segments wait on the phone (待发送), none on the server', async () => {
      await context.setOffline(true);
      await fillSegment(page, '11:00', '12:00');
      // Kept on the phone at once (发送中), 待发送 once the attempt found no network.
      await page.locator('[data-testid=outbox] [data-state=waiting]').first().waitFor(WAIT);
      // The second overlaps the first: the phone cannot know until the server says so.
      await fillSegment(page, '11:30', '12:30');
      await page.locator('[data-testid=outbox] [data-state=waiting]').nth(1).waitFor(WAIT);
      expect(await page.locator('[data-testid=outbox]').innerText()).toContain('待发送');
      waitingEntry = await page.evaluate(() => {
        const key = Object.keys((globalThis as any).localStorage).find((k) =>
          k.startsWith('uvp.field.outbox.v1:'),
        )!;
        return JSON.stringify({ key, entries: JSON.parse((globalThis as any).localStorage.getItem(key)!) });
      });
      const stored = await recordsOfDay();
      expect(stored.some((r) => r.startsAt === at('11:00') || r.startsAt === at('11:30'))).toBe(false);
      await fitsThePhone(page);
      await picture(page, 'field-volunteer-outbox', '[data-testid=outbox]');
    });

    await step(
      page,
      'online again: the good one is sent once, the overlapping one needs attention',
      async () => {
        await context.setOffline(false);
        await page.locator('[data-testid=outbox] [data-state=refused]').waitFor({ timeout: 30_000 });
        expect(await page.locator('[data-testid=outbox] [data-state=waiting]').count()).toBe(0);
        expect(await page.locator('[data-testid=outbox] [data-state=refused]').innerText()).toContain(
          '这个时段你已有待审核的服务记录',
        );
        const stored = await recordsOfDay();
        expect(stored.filter((r) => r.startsAt === at('11:00'))).toHaveLength(1);
        expect(stored.filter((r) => r.startsAt === at('11:30'))).toHaveLength(0);
        await fitsThePhone(page);
        await page.locator('[data-testid=outbox] [data-action=delete-entry]').click();
        await page.locator('.ant-modal-confirm .ant-btn-dangerous').click();
        await page.locator('[data-testid=outbox]').waitFor({ state: 'detached', ...WAIT });
      },
    );

    await step(page, 'the same entry sent again after a lost answer is not doubled', async () => {
      // As if the answer to the first send never arrived: the entry, with its key, is back on the phone.
      await page.evaluate((saved) => {
        const { key, entries } = JSON.parse(saved);
        (globalThis as any).localStorage.setItem(key, JSON.stringify(entries.slice(0, 1)));
      }, waitingEntry);
      await page.reload();
      await page.locator('[data-testid=my-records]').waitFor(WAIT);
      await page.locator('[data-testid=outbox]').waitFor({ state: 'detached', ...WAIT });
      const stored = await recordsOfDay();
      expect(stored.filter((r) => r.startsAt === at('11:00'))).toHaveLength(1);
    });

    await step(page, 'presence confirmed from the QR code’s address with the site’s code', async () => {
      const issued = await server.gql(
        graphql(`
          mutation FieldVolunteerIssueServiceCode($d: LocalDate!, $p: ID!) {
            issueServiceCode(date: $d, projectId: $p) {
              code
            }
          }
        `),
        { d: where.day, p: where.projectId },
        { token: siteToken },
      );
      expect(issued.errors).toBeUndefined();
      const code: string = issued.data!.issueServiceCode.code;
      const target = (await recordsOfDay()).find((r) => r.startsAt === at('09:00'))!;

      await page.goto('/field/record/presence?code=WRONG234');
      await page.locator('[data-testid=presence]').waitFor(WAIT);
      await page.locator(`.vol-choices [data-record-id="${target.id}"]`).click();
      await page.locator('[data-action=confirm-presence]').click();
      await page.locator('[data-testid=presence-code-error]').waitFor(WAIT);
      expect(await page.locator('[data-testid=presence-code-error]').innerText()).toContain('服务码不对');

      // 扫码: a photo of the site's QR code (the page's address with the code) fills the box.
      const png = await QRCode.toBuffer(`${origin}/field/record/presence?code=${code}`, { width: 360 });
      await page
        .locator('[data-testid=scan-input]')
        .setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: png });
      await page.waitForFunction(
        (wanted) =>
          (globalThis as any).document.querySelector('[data-testid=presence-code]')?.value === wanted,
        code,
        WAIT,
      );

      // Opening that address (as WeChat does after a scan) fills it in too.
      await page.goto(`/field/record/presence?code=${code}`);
      await page.locator('[data-testid=presence]').waitFor(WAIT);
      expect(await page.locator('[data-testid=presence-code]').inputValue()).toBe(code);
      await fitsThePhone(page);

      // Typed by hand, as read off the site's screen (no camera, or a scan that failed).
      await page.goto('/field/record/presence');
      await page.locator('[data-testid=presence]').waitFor(WAIT);
      expect(await page.locator('[data-testid=presence-code]').inputValue()).toBe('');
      await page.locator('[data-testid=presence-code]').pressSequentially(code);
      await page.locator(`.vol-choices [data-record-id="${target.id}"]`).click();
      await page.locator('[data-action=confirm-presence]').click();
      await page.waitForURL('**/field/record', WAIT);
      await page
        .locator(`[data-testid=my-records] [data-record-id="${target.id}"] [data-field=presence]`)
        .waitFor(WAIT);
      expect((await recordsOfDay()).find((r) => r.id === target.id)!.presenceConfirmedAt).not.toBeNull();
    });

    await step(page, '我的: approved hours and 人次, skills and availability saved', async () => {
      // The coordinator approves the 09:00–10:30 record: 1.5 hours, one 人次.
      const target = (await recordsOfDay()).find((r) => r.startsAt === at('09:00'))!;
      const approved = await server.gql(
        graphql(`
          mutation FieldVolunteerApproveServiceRecord($id: ID!) {
            approveServiceRecord(id: $id) {
              status
            }
          }
        `),
        { id: target.id },
        { token: jinanToken },
      );
      expect(approved.errors).toBeUndefined();
      // …and records a training the volunteer attended yesterday.
      const { volunteer } = (
        await server.gql(
          graphql(`
            query FieldVolunteerUnit($id: ID!) {
              volunteer(id: $id) {
                unitId
              }
            }
          `),
          { id: volunteerId },
          { token: jinanToken },
        )
      ).data!;
      const trained = await server.gql(
        graphql(`
          mutation FieldVolunteerRecordTraining($input: RecordTrainingInput!) {
            recordTraining(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            unitId: volunteer!.unitId,
            topic: '志愿服务礼仪与纪律培训',
            covers: ['CONDUCT'],
            heldOn: chinaDay(-1),
            hours: '1.5',
            trainer: '王老师',
            attendeeIds: [volunteerId],
          },
        },
        { token: jinanToken },
      );
      expect(trained.errors).toBeUndefined();
      await page.locator('nav.field-tabs').getByText('我的').click();
      await page.waitForURL('**/field/me', WAIT);
      await page.locator('[data-testid=profile]').waitFor(WAIT);
      await page.locator('[data-testid=total-hours]', { hasText: '1.5' }).waitFor(WAIT);
      expect(await page.locator('[data-testid=total-times]').innerText()).toContain('1');
      const training = page.locator('[data-testid=trainings] .vol-training', {
        hasText: '志愿服务礼仪与纪律培训',
      });
      await training.waitFor(WAIT);
      const told = await training.innerText();
      for (const part of [chinaDay(-1), '1.5 小时', '培训人 王老师', '志愿服务礼仪与纪律'])
        expect(told).toContain(part);
      await fitsThePhone(page);
      await picture(page, 'field-volunteer-me', '[data-testid=me]');

      await page.locator('[data-action=edit-profile]').click();
      await page.locator('#profile_skills').fill('急救培训、心理辅导');
      await fitsThePhone(page);
      await page.locator('[data-action=save-profile]').click();
      await page.locator('[data-testid=profile] [data-field=skills]', { hasText: '心理辅导' }).waitFor(WAIT);

      await page.locator('[data-action=edit-availability]').click();
      await page.locator('[data-action=add-window]').click();
      const last = page.locator('.vol-window').last();
      const from = chinaDay(10);
      const to = chinaDay(12);
      await last.locator('input').nth(0).fill(`${from}T08:00`);
      await last.locator('input').nth(1).fill(`${to}T17:30`);
      await fitsThePhone(page);
      await page.locator('[data-action=save-availability]').click();
      await page
        .locator('[data-testid=availability] [data-field=window]', { hasText: `${from} 08:00 – ${to} 17:30` })
        .waitFor(WAIT);

      const saved = await server.gql(
        graphql(`
          query FieldVolunteerMe2 {
            me {
              volunteer {
                skills
                availability {
                  startsAt
                  endsAt
                }
              }
            }
          }
        `),
        undefined,
        { token: volunteerToken },
      );
      expect(saved.data!.me.volunteer!.skills).toEqual(['急救培训', '心理辅导']);
      expect(saved.data!.me.volunteer!.availability).toContainEqual({
        startsAt: new Date(`${from}T08:00:00+08:00`).toISOString(),
        endsAt: new Date(`${to}T17:30:00+08:00`).toISOString(),
      });
    });

    await step(page, '退出登录', async () => {
      await page.locator('[data-action=sign-out]').click();
      await page.waitForURL('**/login', WAIT);
    });
  });
  it('gives a site contact their account, 修改密码 and 退出登录 on 我的', async () => {
    const phone = await newPhoneContext(browser, origin);
    const page = await phone.newPage();
    const account = { username: 'field-volunteer-site', password: 'field-volunteer-site-password' };
    const changed = 'a-new-site-password';
    try {
      await step(page, 'the account only', async () => {
        await signIn(page, account.username, account.password);
        await page.goto('/field/me');
        await page.locator('[data-testid=account]').waitFor(WAIT);
        expect(await page.locator('[data-testid=account]').innerText()).toContain('帮扶点联系人');
        expect(await page.locator('[data-testid=totals], [data-testid=profile]').count()).toBe(0);
        await fitsThePhone(page);
      });
      await step(
        page,
        '修改密码: a wrong current password beside it, then changed and signed in anew',
        async () => {
          await page.locator('[data-action=change-password]').click();
          await page.locator('#password_currentPassword').waitFor(WAIT);
          await page.locator('#password_currentPassword').fill('not-the-password');
          await page.locator('#password_newPassword').fill(changed);
          await page.locator('#password_again').fill(changed);
          await fitsThePhone(page);
          await page.locator('.vol-sheet .ant-btn-primary').click();
          const currentItem = page.locator('.ant-form-item', {
            has: page.locator('#password_currentPassword'),
          });
          await currentItem
            .locator('.ant-form-item-explain-error', { hasText: '当前密码不对' })
            .waitFor(WAIT);
          await page.locator('#password_currentPassword').fill(account.password);
          await page.locator('.vol-sheet .ant-btn-primary').click();
          await page.waitForURL('**/login', WAIT);
          await signIn(page, account.username, changed);
          await page.goto('/field/me');
          await page.locator('[data-action=sign-out]').click();
          await page.waitForURL('**/login', WAIT);
        },
      );
    } finally {
      await phone.close();
    }
  });
});
