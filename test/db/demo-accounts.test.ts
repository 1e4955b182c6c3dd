import { Role } from '../../server/src/core/actor';
import { loadConfig } from '../../server/src/core/config';
import { AccountService } from '../../server/src/modules/accounts/account.service';
import { actorForAccount } from '../../server/src/modules/accounts/authenticate';
import { ServiceProject } from '../../server/src/modules/projects/service-project.entity';
import { ServiceTeam } from '../../server/src/modules/teams/service-team.entity';
import { Unit } from '../../server/src/modules/units/unit.entity';
import { Volunteer } from '../../server/src/modules/volunteers/volunteer.entity';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SIZE, seedDatabase } from '../../seeds/seed';
import { openTestDatabase, testDbKind, type TestDatabase } from '../support/test-database';

describe(`demo accounts and the scope each role acts in (${testDbKind()})`, () => {
  let db: TestDatabase;
  const auth = loadConfig({ NODE_ENV: 'test' }).auth;

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedDatabase(db.dataSource, { volunteers: DEMO_SIZE.volunteers });
  });

  afterAll(() => db.drop());

  /** Signs a demo account in with the README's password and works out its actor. */
  async function actorOf(username: string) {
    const { account } = await new AccountService(db.dataSource, null).login(auth, username, DEMO_PASSWORD);
    return actorForAccount(db.dataSource, account);
  }

  it('creates one account per role, all signing in with the demo password', async () => {
    for (const { username, role } of Object.values(DEMO_ACCOUNTS)) {
      expect((await actorOf(username)).role).toBe(role);
    }
  });

  it('scopes the 济南 coordinator to their unit (which has no units below it)', async () => {
    const jinan = await db.dataSource.getRepository(Unit).findOneByOrFail({ name: '济南市教育工会' });
    const actor = await actorOf(DEMO_ACCOUNTS.coordinator.username);
    expect(actor).toMatchObject({ role: Role.UNIT_COORDINATOR, volunteerId: null, siteId: null });
    expect([...actor.unitIds]).toEqual([jinan.id]);
  });

  it('scopes the leader to the first team and its members, and the volunteer to themselves', async () => {
    const team = await db.dataSource
      .getRepository(ServiceTeam)
      .findOneOrFail({ where: {}, order: { id: 'ASC' } });
    const leader = await actorOf(DEMO_ACCOUNTS.leader.username);
    const volunteer = await actorOf(DEMO_ACCOUNTS.volunteer.username);
    expect(leader.volunteerId).toBe(team.leaderId);
    expect([...leader.ledTeamIds]).toEqual([team.id]);
    expect(leader.ledMemberIds.has(volunteer.volunteerId!)).toBe(true);
    expect(volunteer.volunteerId).not.toBe(team.leaderId);
    expect(volunteer.ledTeamIds.size).toBe(0);
    const own = await db.dataSource.getRepository(Volunteer).findOneByOrFail({ id: volunteer.volunteerId! });
    expect([...volunteer.unitIds]).toEqual([own.unitId]);
  });

  it("scopes the site contact to the first project's site", async () => {
    const project = await db.dataSource
      .getRepository(ServiceProject)
      .findOneOrFail({ where: {}, order: { id: 'ASC' } });
    expect(await actorOf(DEMO_ACCOUNTS.site.username)).toMatchObject({
      role: Role.SITE_CONTACT,
      siteId: project.siteId,
    });
  });
});
