import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seeds/seed';
import { mobile, residentId } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  chooseOption,
  launchChromium,
  motionsSettled,
  newContext,
  otherCityCoordinator,
  signIn,
  step,
} from './support';
import { graphql } from '../graphql';

/**
 * A coordinator acts for their unit and the units under it (the API's scope): 济南's coordinator,
 * with a college union under 济南, picks it in the header; the roster, 服务队 and 工作台 then show
 * and create for that unit alone, a team of it opens with its controls, the choice survives a
 * reload; a coordinator with one unit gets no picker.
 */

const JINAN = DEMO_ACCOUNTS.coordinator.username;
const WAIT = { timeout: 15_000 };
const COLLEGE = '济南职业学院工会';

let server: TestServer;
let browser: Browser;
let origin: string;
const contexts: BrowserContext[] = [];
let jinanUnitId: string;
let collegeId: string;
let collegeVolunteer: { id: string; name: string };

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ seed: { volunteers: 60 } }), launchChromium()]);
  origin = new URL(server.url).origin;
  const units = await server.gql(
    graphql(`
      query SubUnitsUnits {
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
  const college = await server.gql(
    graphql(`
      mutation SubUnitsCreateUnit($input: CreateUnitInput!) {
        createUnit(input: $input) {
          id
        }
      }
    `),
    {
      input: {
        code: 'SD-370100-JNVC',
        name: COLLEGE,
        kind: 'UNIVERSITY',
        parentId: jinanUnitId,
        cityCode: '370100',
      },
    },
  );
  expect(college.errors).toBeUndefined();
  collegeId = college.data!.createUnit.id;
  const volunteer = await server.gql(
    graphql(`
      mutation SubUnitsCreateVolunteer($input: CreateVolunteerInput!) {
        createVolunteer(input: $input) {
          id
          name
        }
      }
    `),
    {
      input: {
        unitId: collegeId,
        name: '学院志愿者甲',
        documentNumber: residentId('370102', '19850505', 901),
        mobile: mobile(91_001),
        homeAreaCode: '370102',
        serviceCategories: ['TUTORING'],
      },
    },
  );
  expect(volunteer.errors).toBeUndefined();
  collegeVolunteer = volunteer.data!.createVolunteer;
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

const rowKeys = (page: Page) =>
  page
    .locator('tbody tr[data-row-key]')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-key')));

it('济南 works on its college union from the header: roster, new team and 工作台 are the college’s', async () => {
  const page = await openPage();
  await step(page, 'the header offers 济南 and the college, 济南 first', async () => {
    await signIn(page, JINAN, DEMO_PASSWORD);
    await page.goto('/volunteers');
    const picker = page.locator('.ant-select', { has: page.locator('#working-unit') });
    await picker.filter({ hasText: '济南市教育工会' }).waitFor(WAIT);
    await page.locator('tbody tr[data-row-key]').first().waitFor(WAIT);
    // 济南's own roster: the college's volunteer is not in it.
    expect(await rowKeys(page)).not.toContain(collegeVolunteer.id);
    await picker.click();
    // The dropdown renders its options a frame after it opens: wait for the last one.
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await options.filter({ hasText: COLLEGE }).waitFor(WAIT);
    const offered = await options.allInnerTexts();
    expect(offered).toEqual(['济南市教育工会', COLLEGE]);
    await page.keyboard.press('Escape');
  });

  await step(page, 'choosing the college shows its roster alone', async () => {
    await chooseOption(page, 'working-unit', COLLEGE);
    await page.locator(`tbody tr[data-row-key="${collegeVolunteer.id}"]`).waitFor(WAIT);
    await page.waitForFunction(`document.querySelectorAll('tbody tr[data-row-key]').length === 1`);
    expect(await rowKeys(page)).toEqual([collegeVolunteer.id]);
  });

  await step(page, '结对帮扶点 of the college: none of 济南’s sites or pairings', async () => {
    await page.goto('/sites');
    await page.locator('.ant-table .ant-empty').first().waitFor(WAIT);
    await page.locator('.ant-table .ant-spin-spinning').waitFor({ state: 'detached', ...WAIT });
    expect(await rowKeys(page)).toEqual([]);
  });

  let teamId = '';
  await step(page, '新建服务队 makes a team of the college, opened with its controls', async () => {
    await page.goto('/teams');
    await page.locator('button', { hasText: '新建服务队' }).first().click();
    await page.locator('#team_name').fill('学院测试服务队');
    await motionsSettled(page);
    await page.locator('.ant-modal-footer button.ant-btn-primary').click();
    await page.waitForURL(/\/teams\/\d+$/, WAIT);
    teamId = page.url().split('/').pop()!;
    await page.locator('[data-field=team-name]', { hasText: '学院测试服务队' }).waitFor(WAIT);
    await page.locator('[data-action=activate]').waitFor(WAIT);
    const team = await server.gql(
      graphql(`
        query SubUnitsServiceTeam($id: ID!) {
          serviceTeam(id: $id) {
            unitId
          }
        }
      `),
      { id: teamId },
    );
    expect(team.data!.serviceTeam!.unitId).toBe(collegeId);
  });

  await step(page, 'a reload stays on the college; 工作台 is the college’s', async () => {
    await page.goto('/dashboard');
    await page.reload();
    await page
      .locator('.ant-select', { has: page.locator('#working-unit') })
      .filter({ hasText: COLLEGE })
      .waitFor(WAIT);
    await page.getByText(`工作台 · ${COLLEGE}`).waitFor(WAIT);
  });

  await step(
    page,
    'back on 济南, the college’s team is not in 济南’s list but still opens to 济南',
    async () => {
      await chooseOption(page, 'working-unit', '济南市教育工会');
      await page.goto('/teams');
      // 济南's list, loaded (at this size the demo data gives 济南 no team of its own).
      await page.locator('tbody tr[data-row-key], .ant-table .ant-empty').first().waitFor(WAIT);
      await page.locator('.ant-table .ant-spin-spinning').waitFor({ state: 'detached', ...WAIT });
      expect(await rowKeys(page)).not.toContain(teamId);
      await page.goto('/sites');
      await page.locator('tbody tr[data-row-key]').first().waitFor(WAIT);
      // The college is under 济南: its team's page is 济南's to manage too.
      await page.goto(`/teams/${teamId}`);
      await page.locator('[data-field=team-name]', { hasText: '学院测试服务队' }).waitFor(WAIT);
      await page.locator('[data-action=activate]').waitFor(WAIT);
      expect(await page.locator('[data-testid=team-not-yours]').count()).toBe(0);
    },
  );
});

it('a coordinator of one unit gets no picker, and the college is not theirs', async () => {
  const qingdao = await otherCityCoordinator(server);
  const page = await openPage();
  await step(page, '青岛 sees its own name, no picker, and 无权查看 on the college’s team', async () => {
    await signIn(page, qingdao.username, qingdao.password);
    await page.goto('/teams');
    await page.locator('[data-testid=account-unit]', { hasText: '青岛市教育工会' }).waitFor(WAIT);
    expect(await page.locator('#working-unit').count()).toBe(0);
    const made = await server.gql(
      graphql(`
        mutation SubUnitsCreateServiceTeam($input: CreateServiceTeamInput!) {
          createServiceTeam(input: $input) {
            id
          }
        }
      `),
      { input: { unitId: collegeId, name: '学院第二服务队' } },
    );
    expect(made.errors).toBeUndefined();
    const collegeTeam = made.data!.createServiceTeam.id;
    await page.goto(`/teams/${collegeTeam}`);
    await page.locator('[data-testid=team-not-yours]').waitFor(WAIT);
  });
});
