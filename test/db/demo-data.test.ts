import { loadConfig } from '../../server/src/core/config';
import { chinaDate, chinaDayEnd, chinaDayStart } from '../../server/src/core/time';
import { AccountService } from '../../server/src/modules/accounts/account.service';
import { actorForAccount } from '../../server/src/modules/accounts/authenticate';
import { AssignmentStatus } from '../../server/src/modules/assignments/assignment.entity';
import { AssignmentService } from '../../server/src/modules/assignments/assignment.service';
import {
  Campaign,
  CampaignPhase,
  ReportingMilestone,
} from '../../server/src/modules/campaigns/campaign.entity';
import { MatchingService } from '../../server/src/modules/matching/matching.service';
import type { MatchSuggestion } from '../../server/src/modules/matching/matching.types';
import { needOpenTo } from '../../server/src/modules/needs/service-need.access';
import { ServiceNeed, ServiceNeedStatus } from '../../server/src/modules/needs/service-need.entity';
import { requireWithinCampaign } from '../../server/src/modules/needs/service-need.rules';
import { ServiceNeedService } from '../../server/src/modules/needs/service-need.service';
import {
  ProjectPost,
  ServiceProject,
  ServiceProjectStatus,
} from '../../server/src/modules/projects/service-project.entity';
import { SafetyPlan } from '../../server/src/modules/safety/safety.entity';
import { ServiceRecordStatus } from '../../server/src/modules/service-records/service-record.entity';
import { ServiceRecordService } from '../../server/src/modules/service-records/service-record.service';
import { Site } from '../../server/src/modules/sites/site.entity';
import { ServiceTeam } from '../../server/src/modules/teams/service-team.entity';
import { Volunteer } from '../../server/src/modules/volunteers/volunteer.entity';
import { currentCampaignCalendar } from '../../seeds/campaign-calendar';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SIZE } from '../../seeds/seed';
import { demoSignIn, seedDemoDataIfEmpty } from '../../seeds/demo';
import { Account } from '../../server/src/modules/accounts/account.entity';
import { openTestDatabase, testDbKind, type TestDatabase } from '../support/test-database';

describe(`the demo data npm start seeds (${testDbKind()})`, () => {
  let db: TestDatabase;
  // The demo is seeded as of the clock; pinned here so the test knows which campaign to expect.
  const now = new Date();
  const calendar = currentCampaignCalendar(now);
  const auth = loadConfig({ NODE_ENV: 'test' }).auth;

  beforeAll(async () => {
    db = await openTestDatabase();
  });

  afterAll(() => db.drop());

  /** Signs a demo account in with the README's password and works out its actor. */
  async function actorOf(username: string) {
    const { account } = await new AccountService(db.dataSource, null).login(auth, username, DEMO_PASSWORD);
    return actorForAccount(db.dataSource, account);
  }

  const currentCampaign = () =>
    db.dataSource.getRepository(Campaign).findOneByOrFail({ year: calendar.year });

  it('fills an empty database once, with approved service time for reports, totals and exports', async () => {
    const summary = await seedDemoDataIfEmpty(db.dataSource, now);
    expect(summary?.volunteers).toBe(DEMO_SIZE.volunteers);
    expect(summary?.campaigns).toBe(2);
    const [row] = await db.dataSource.query(
      `SELECT COUNT(*) AS n FROM service_record WHERE status = 'APPROVED'`,
    );
    expect(Number(row.n)).toBe(DEMO_SIZE.records);
    // A second start finds data and leaves it alone.
    expect(await seedDemoDataIfEmpty(db.dataSource)).toBeNull();
    const [again] = await db.dataSource.query('SELECT COUNT(*) AS n FROM service_record');
    expect(Number(again.n)).toBe(DEMO_SIZE.records);
  });

  it("keeps the notice's 2019 campaign first, with its needs and every approved record in it", async () => {
    const campaign = await db.dataSource.getRepository(Campaign).findOneByOrFail({ year: 2019 });
    expect(campaign).toMatchObject({ id: 1, startsOn: '2019-03-01', endsOn: '2019-10-31' });
    const sites = await db.dataSource.getRepository(Site).count();
    const needs = await db.dataSource.getRepository(ServiceNeed).findBy({ campaignId: campaign.id });
    expect(needs).toHaveLength(sites * 3);
    for (const need of needs) expect(() => requireWithinCampaign(need, campaign)).not.toThrow();
    const [row] = await db.dataSource.query(
      `SELECT COUNT(*) AS n FROM service_record r JOIN service_project p ON p.id = r.projectId
        WHERE p.campaignId = ?`,
      [campaign.id],
    );
    expect(Number(row.n)).toBe(DEMO_SIZE.records);
  });

  it("adds the current year's campaign on the notice's calendar, its open needs ahead of the clock and inside it", async () => {
    const campaign = await currentCampaign();
    expect(campaign).toMatchObject({
      name: `${calendar.year}年助力乡村振兴教职工志愿服务活动`,
      startsOn: calendar.startsOn,
      endsOn: calendar.endsOn,
    });
    expect(campaign.year).toBe(Number(chinaDate(new Date(now.getTime() + 86_400_000)).slice(0, 4)));
    expect(await db.dataSource.getRepository(CampaignPhase).countBy({ campaignId: campaign.id })).toBe(3);
    expect(await db.dataSource.getRepository(ReportingMilestone).countBy({ campaignId: campaign.id })).toBe(
      4,
    );

    const sites = await db.dataSource.getRepository(Site).count();
    const needs = await db.dataSource.getRepository(ServiceNeed).findBy({ campaignId: campaign.id });
    expect(needs).toHaveLength(sites * 2);
    for (const need of needs) {
      expect(need).toMatchObject({ status: ServiceNeedStatus.OPEN, confirmedCount: 0, postedByUnitId: null });
      expect(need.startsAt.getTime()).toBeGreaterThan(now.getTime());
      expect(need.postedAt.getTime()).toBeLessThan(now.getTime());
      expect(() => requireWithinCampaign(need, campaign)).not.toThrow();
      expect(need.startsAt.getTime()).toBeGreaterThanOrEqual(
        chinaDayStart(calendar.needDays.first).getTime(),
      );
      expect(need.endsAt.getTime()).toBeLessThanOrEqual(chinaDayEnd(campaign.endsOn).getTime());
    }
    expect(new Set(needs.map((n) => n.category)).size).toBeGreaterThan(3);
  });

  it('gives every team a started project over the whole campaign, with its safety plan', async () => {
    const campaign = await currentCampaign();
    const projects = await db.dataSource.getRepository(ServiceProject).findBy({ campaignId: campaign.id });
    const teams = await db.dataSource.getRepository(ServiceTeam).find();
    expect(projects.map((p) => p.teamId).sort((a, b) => a - b)).toEqual(
      teams.map((t) => t.id).sort((a, b) => a - b),
    );
    const plans = await db.dataSource.getRepository(SafetyPlan).find();
    for (const project of projects) {
      expect(project).toMatchObject({
        status: ServiceProjectStatus.ACTIVE,
        startsOn: campaign.startsOn,
        endsOn: campaign.endsOn,
      });
      expect(plans.some((plan) => plan.projectId === project.id)).toBe(true);
    }
  });

  it('lets 济南 match, propose and confirm on them now, its volunteer accept, record and its leader approve', async () => {
    const campaign = await currentCampaign();
    const jinan = await actorOf(DEMO_ACCOUNTS.coordinator.username);
    const [jinanUnitId] = [...jinan.unitIds];
    const page = await new ServiceNeedService(db.dataSource, jinan).list(
      { campaignId: String(campaign.id), pairedUnitId: String(jinanUnitId), status: ServiceNeedStatus.OPEN },
      { first: 100 },
    );
    const needs = page.edges.map((edge) => edge.node);
    expect(needs.length).toBeGreaterThan(0);
    for (const need of needs) expect(await needOpenTo(db.dataSource.manager, jinan, need)).toBe(true);

    // Matching suggests 济南's own people, who said they are free then, for its sites' needs.
    const matching = new MatchingService(db.dataSource, jinan);
    const suggested: MatchSuggestion[] = [];
    for (const need of needs) suggested.push(...(await matching.suggestions(String(need.id))));
    expect(suggested.length).toBeGreaterThan(0);
    const people = await db.dataSource
      .getRepository(Volunteer)
      .findBy(suggested.map((s) => ({ id: s.volunteerId })));
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) expect(person.unitId).toBe(jinanUnitId);

    // The demo volunteer is asked for one of them, says yes, serves, records and is approved.
    const need = needs.find((n) => suggested.some((s) => s.needId === n.id)) ?? needs[0]!;
    const volunteer = await actorOf(DEMO_ACCOUNTS.volunteer.username);
    const leader = await actorOf(DEMO_ACCOUNTS.leader.username);
    const assignments = new AssignmentService(db.dataSource, jinan);
    const [proposed] = await assignments.propose(need.id, [volunteer.volunteerId!]);
    await assignments.confirm(proposed!.id);
    const accepted = await new AssignmentService(db.dataSource, volunteer).respond(proposed!.id, true);
    expect(accepted.status).toBe(AssignmentStatus.ACCEPTED);

    const project = await db.dataSource
      .getRepository(ServiceProject)
      .findOneByOrFail({ campaignId: campaign.id, teamId: [...leader.ledTeamIds][0]! });
    const post = await db.dataSource
      .getRepository(ProjectPost)
      .findOneOrFail({ where: { projectId: project.id }, order: { id: 'ASC' } });
    const day = chinaDate(need.startsAt);
    const afterwards = new Date(need.endsAt.getTime() + 3_600_000);
    const record = await new ServiceRecordService(db.dataSource, volunteer).record(
      {
        projectId: String(project.id),
        postId: String(post.id),
        startsAt: new Date(`${day}T09:00:00+08:00`),
        endsAt: new Date(`${day}T11:30:00+08:00`),
        submit: true,
      },
      afterwards,
    );
    const approved = await new ServiceRecordService(db.dataSource, leader).approve(record.id, afterwards);
    expect(approved).toMatchObject({
      status: ServiceRecordStatus.APPROVED,
      volunteerId: volunteer.volunteerId,
    });
    expect(Number(approved.hours)).toBe(2.5);
  });

  // Last: it changes the demo coordinator's account.
  it("points newcomers at 济南's coordinator only while that account signs in with the published password", async () => {
    expect(await demoSignIn(db.dataSource)).toEqual({ username: 'jinan', password: DEMO_PASSWORD });
    const accounts = db.dataSource.getRepository(Account);
    await accounts.update({ username: 'jinan' }, { active: false });
    expect(await demoSignIn(db.dataSource)).toBeNull();
    await accounts.update({ username: 'jinan' }, { active: true });
    const coordinator = await actorOf(DEMO_ACCOUNTS.coordinator.username);
    await new AccountService(db.dataSource, coordinator).changePassword(
      auth,
      DEMO_PASSWORD,
      'a-new-password-2026',
    );
    expect(await demoSignIn(db.dataSource)).toBeNull();
  });
});
