import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SIZE } from '../../seeds/seed';
import { ARCHIVE_RULE_LABELS } from '../../server/src/modules/code-lists/labels';
import { startTestServer, type TestServer } from '../support/test-server';
import { chinaDay, chooseOption, launchChromium, newContext, signIn, step } from './support';
import { graphql } from '../graphql';

/**
 * 归档导出's validation report in a real browser: 济南's approved records sit on a project whose
 * 服务对象 was cleared, so the national system would refuse them. The export is refused with each
 * record listed (the rule in Chinese, the volunteer, the day) and a link to the project to put right;
 * when a volunteer's mobile (kept from before the rule) is refused instead, the teammate's record
 * exports and the batch's 校验报告 opens from the list, each row linked to the volunteer.
 */

const JINAN = DEMO_ACCOUNTS.coordinator.username;
const WAIT = { timeout: 15_000 };

let server: TestServer;
let browser: Browser;
let origin: string;
const contexts: BrowserContext[] = [];
let project: { id: string; name: string };
let recordIds: string[];
let volunteerName: string;
let jinanUnitId: string;
let volunteerId: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startTestServer({ seed: { volunteers: DEMO_SIZE.volunteers, now: new Date() } }),
    launchChromium(),
  ]);
  origin = new URL(server.url).origin;
  const units = await server.gql(
    graphql(`
      query ExportIssuesUnits {
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
  // The demo volunteer's time yesterday on a started project of a 济南 team, approved by 济南.
  const token = await server.login(DEMO_ACCOUNTS.volunteer.username, DEMO_PASSWORD);
  const coordinator = await server.login(JINAN, DEMO_PASSWORD);
  const me = await server.gql(
    graphql(`
      query ExportIssuesMe {
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
  volunteerId = me.data!.me.volunteerId!;
  const teams = await server.gql(
    graphql(`
      query ExportIssuesServiceTeams($v: ID) {
        serviceTeams(filter: { memberId: $v }) {
          edges {
            node {
              unitId
              projects {
                id
                name
                status
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
  const started = teams
    .data!.serviceTeams.edges.filter(({ node }: any) => node.unitId === jinanUnitId)
    .flatMap(({ node }: any) => node.projects)
    .find((p: any) => p.status === 'ACTIVE' && p.startsOn <= yesterday && p.endsOn >= yesterday);
  expect(started).toBeDefined();
  project = { id: started.id, name: started.name };
  recordIds = [];
  for (const [start, end] of [
    ['08:00', '10:30'],
    ['14:00', '15:15'],
  ] as const) {
    const entered = await server.gql(
      graphql(`
        mutation ExportIssuesRecordService($input: RecordServiceInput!) {
          recordService(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          projectId: started.id,
          postId: started.posts[0].id,
          startsAt: `${yesterday}T${start}:00+08:00`,
          endsAt: `${yesterday}T${end}:00+08:00`,
          submit: true,
        },
      },
      { token },
    );
    expect(entered.errors).toBeUndefined();
    const id: string = entered.data!.recordService.id;
    const done = await server.gql(
      graphql(`
        mutation ExportIssuesApproveServiceRecord($id: ID!) {
          approveServiceRecord(id: $id) {
            status
          }
        }
      `),
      { id },
      { token: coordinator },
    );
    expect(done.errors).toBeUndefined();
    recordIds.push(id);
  }
  // A teammate's record on the same project, entered by the coordinator.
  const team = await server.gql(
    graphql(`
      query ExportIssuesServiceProject($id: ID!) {
        serviceProject(id: $id) {
          team {
            members {
              volunteer {
                id
              }
            }
          }
        }
      }
    `),
    { id: started.id },
  );
  const teammate = team
    .data!.serviceProject!.team.members.map((m: any) => m.volunteer.id)
    .find((id: string) => id !== me.data!.me.volunteerId);
  expect(teammate).toBeDefined();
  const fine = await server.gql(
    graphql(`
      mutation ExportIssuesRecordService($input: RecordServiceInput!) {
        recordService(input: $input) {
          id
        }
      }
    `),
    {
      input: {
        projectId: started.id,
        postId: started.posts[0].id,
        volunteerId: teammate,
        startsAt: `${yesterday}T09:00:00+08:00`,
        endsAt: `${yesterday}T11:00:00+08:00`,
        submit: true,
      },
    },
    { token: coordinator },
  );
  expect(fine.errors).toBeUndefined();
  const fineApproved = await server.gql(
    graphql(`
      mutation ExportIssuesApproveServiceRecord($id: ID!) {
        approveServiceRecord(id: $id) {
          status
        }
      }
    `),
    { id: fine.data!.recordService.id },
    { token: coordinator },
  );
  expect(fineApproved.errors).toBeUndefined();
  // The project's 服务对象 cleared after the approvals: every record on it now breaks a national rule.
  const cleared = await server.gql(
    graphql(`
      mutation ExportIssuesUpdateServiceProject($id: ID!) {
        updateServiceProject(id: $id, input: { beneficiaryCodes: [] }) {
          beneficiaryCodes
        }
      }
    `),
    { id: started.id },
  );
  expect(cleared.errors).toBeUndefined();
  expect(cleared.data!.updateServiceProject.beneficiaryCodes).toEqual([]);
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

it('refuses an export whose every record fails, listing each with a link to put it right', async () => {
  const page = await openPage();
  await step(page, 'the refusal lists both records with the rule in Chinese', async () => {
    await signIn(page, JINAN, DEMO_PASSWORD);
    await page.goto('/records/exports');
    await chooseOption(page, 'archiveExport_scope', '服务项目');
    await chooseOption(page, 'archiveExport_scopeId', project.name);
    await page.locator('[data-action=export]').click();
    const blocked = page.locator('[data-testid=export-blocked]');
    await blocked.getByText('没有可导出的记录：3 条记录未通过全国系统校验').waitFor(WAIT);
    const rules = blocked.locator('[data-testid=issue-report] [data-field=rule]');
    await rules.first().waitFor(WAIT);
    expect(await rules.allInnerTexts()).toEqual(
      Array(3).fill(ARCHIVE_RULE_LABELS.PROJECT_BENEFICIARIES_MISSING),
    );
    await blocked.getByText(volunteerName).first().waitFor(WAIT);
    expect(await blocked.getByText(chinaDay(-1)).count()).toBe(3);
    // Nothing was exported.
    const batches = await server.gql(
      graphql(`
        query ExportIssuesArchiveExports {
          archiveExports {
            totalCount
          }
        }
      `),
    );
    expect(batches.data!.archiveExports.totalCount).toBe(0);
  });
  await step(page, '修改项目 opens the project to give it a 服务对象', async () => {
    await page
      .locator('[data-testid=export-blocked] [data-action=fix]', { hasText: '修改项目' })
      .first()
      .click();
    await page.waitForURL(`**/records/projects/${project.id}`, WAIT);
    await page.getByText(project.name).first().waitFor(WAIT);
  });
}, 90_000);

it('shows a batch’s 校验报告 from the list, each row linked to where it is put right', async () => {
  // The project's 服务对象 given back; the demo volunteer's mobile, kept from before the rule, is one
  // the national system refuses: the teammate's record exports, the volunteer's two stay behind.
  const restored = await server.gql(
    graphql(`
      mutation ExportIssuesUpdateServiceProject2($id: ID!) {
        updateServiceProject(id: $id, input: { beneficiaryCodes: ["06"] }) {
          id
        }
      }
    `),
    { id: project.id },
  );
  expect(restored.errors).toBeUndefined();
  await server.dataSource.query('UPDATE volunteer SET mobile = ? WHERE id = ?', [
    '1234567',
    Number(volunteerId),
  ]);
  const report = await server.gql(
    graphql(`
      mutation ExportIssuesCreateArchiveExport($input: CreateArchiveExportInput!) {
        createArchiveExport(input: $input) {
          id
          recordCount
          issueCount
        }
      }
    `),
    { input: { scope: 'UNIT', scopeId: jinanUnitId, rangeStart: chinaDay(-7), rangeEnd: chinaDay(-1) } },
    { token: await server.login(JINAN, DEMO_PASSWORD) },
  );
  expect(report.errors).toBeUndefined();
  const batch = report.data!.createArchiveExport;
  expect(batch).toMatchObject({ recordCount: 1, issueCount: 2 });
  const page = await openPage();
  await step(
    page,
    '“2 条 · 查看” opens the report: the two records, each linked to the volunteer',
    async () => {
      await signIn(page, JINAN, DEMO_PASSWORD);
      await page.goto('/records/exports');
      await page.locator(`tbody tr[data-row-key="${batch.id}"] [data-action=issues]`).click();
      const drawer = page.locator('.ant-drawer [data-testid=issue-report]');
      await drawer.locator('[data-rule=MOBILE_INVALID]').first().waitFor(WAIT);
      expect(await drawer.locator('[data-field=rule]').allInnerTexts()).toEqual(
        Array(2).fill(ARCHIVE_RULE_LABELS.MOBILE_INVALID),
      );
      const links = drawer.locator('[data-action=fix]', { hasText: '修改志愿者信息' });
      await links.first().waitFor(WAIT);
      expect(await links.count()).toBe(2);
      await links.first().click();
      await page.waitForURL(/\/volunteers\?q=/, WAIT);
      await page.locator(`tbody tr[data-row-key="${volunteerId}"]`).waitFor(WAIT);
    },
  );
}, 90_000);
