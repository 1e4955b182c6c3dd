import { SYSTEM_ACTOR, Role } from '../../server/src/core/actor';
import { sqlStatementCount } from '../../server/src/core/data-source';
import { actorForAccount } from '../../server/src/modules/accounts/authenticate';
import { Account } from '../../server/src/modules/accounts/account.entity';
import { loadAssignmentHistory } from '../../server/src/modules/assignments/assignment-history';
import { Assignment, AssignmentStatus } from '../../server/src/modules/assignments/assignment.entity';
import { exclusionsFor, windowsOverlap } from '../../server/src/modules/assignments/assignment.rules';
import { AssignmentService } from '../../server/src/modules/assignments/assignment.service';
import { ServiceNeed, ServiceNeedStatus } from '../../server/src/modules/needs/service-need.entity';
import { ServiceNeedService } from '../../server/src/modules/needs/service-need.service';
import { Volunteer } from '../../server/src/modules/volunteers/volunteer.entity';
import { seedDatabase } from '../../seeds/seed';
import { AccessWorld } from '../support/access-world';
import { openTestDatabase, testDbKind, type TestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

describe(`loadAssignmentHistory (${testDbKind()})`, () => {
  let server: TestServer;
  let world: AccessWorld;
  let volunteer: Volunteer;
  let idle: Volunteer;
  const needs = {} as Record<
    'proposed' | 'confirmed' | 'accepted' | 'declined' | 'cancelled' | 'called off',
    number
  >;

  beforeAll(async () => {
    server = await startTestServer();
    world = await new AccessWorld(server).build();
    const jinan = world.units.in;
    volunteer = await world.volunteer(jinan.unitId);
    idle = await world.volunteer(jinan.unitId);
    const service = new AssignmentService(server.dataSource, SYSTEM_ACTOR);
    const account = await server.signInAs({
      username: 'history-volunteer',
      role: Role.VOLUNTEER,
      volunteerId: String(volunteer.id),
    });
    expect(account).toBeTruthy();
    const actor = await actorForAccount(
      server.dataSource,
      await server.dataSource.getRepository(Account).findOneByOrFail({ username: 'history-volunteer' }),
    );
    const asVolunteer = new AssignmentService(server.dataSource, actor);
    const proposeTo = async (key: keyof typeof needs) => {
      needs[key] = await world.freshNeed(jinan);
      return (await service.propose(needs[key], [volunteer.id]))[0]!.id;
    };
    await proposeTo('proposed');
    await service.confirm(await proposeTo('confirmed'));
    const accepted = await proposeTo('accepted');
    await service.confirm(accepted);
    await asVolunteer.respond(accepted, true);
    await asVolunteer.respond(await proposeTo('declined'), false, '家中有事');
    await service.cancel(await proposeTo('cancelled'));
    await proposeTo('called off');
    await new ServiceNeedService(server.dataSource, SYSTEM_ACTOR).update(needs['called off'], {
      status: ServiceNeedStatus.CANCELLED,
    });
  });

  afterAll(() => server.stop());

  it('sorts a volunteer’s assignments into declined needs, live needs and the windows they book', async () => {
    const histories = await loadAssignmentHistory(server.dataSource.manager, [volunteer.id, idle.id]);
    const history = histories.get(volunteer.id)!;
    expect([...history.declinedNeedIds]).toEqual([needs.declined]);
    expect([...history.assignedNeedIds].sort((a, b) => a - b)).toEqual(
      [needs.proposed, needs.confirmed, needs.accepted, needs['called off']].sort((a, b) => a - b),
    );
    // A cancelled assignment is forgotten; a cancelled need books nobody's time.
    const rows = await server.dataSource.getRepository(ServiceNeed).findBy({});
    const windowOf = (id: number) => {
      const need = rows.find((n) => n.id === id)!;
      return { needId: id, startsAt: need.startsAt, endsAt: need.endsAt };
    };
    expect(history.booked).toEqual([needs.proposed, needs.confirmed, needs.accepted].map(windowOf));
    expect(history.booked[0]!.startsAt).toBeInstanceOf(Date);
    expect(histories.has(idle.id)).toBe(false);
  });

  it("gives the same histories for 'all' as for a list of every volunteer", async () => {
    const all = await loadAssignmentHistory(server.dataSource.manager, 'all');
    const ids = (await server.dataSource.getRepository(Volunteer).find()).map((v) => v.id);
    expect(await loadAssignmentHistory(server.dataSource.manager, ids)).toEqual(all);
    expect(all.get(volunteer.id)).toEqual(
      (await loadAssignmentHistory(server.dataSource.manager, [volunteer.id])).get(volunteer.id),
    );
  });

  it("runs one statement for 'all' or up to 1,000 ids, one more per further 1,000, none for no ids", async () => {
    const ds = server.dataSource;
    const count = async (ids: number[] | 'all') => {
      const before = sqlStatementCount(ds);
      await loadAssignmentHistory(ds.manager, ids);
      return sqlStatementCount(ds) - before;
    };
    const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect(await count('all')).toBe(1);
    expect(await count([])).toBe(0);
    expect(await count(range(1000))).toBe(1);
    expect(await count(range(1500))).toBe(2);
  });

  it('feeds exclusionsFor: the volunteer cannot be proposed again where declined or live', async () => {
    const history = (await loadAssignmentHistory(server.dataSource.manager, [volunteer.id])).get(
      volunteer.id,
    )!;
    const need = await server.dataSource.getRepository(ServiceNeed).findOneByOrFail({ id: needs.declined });
    expect(exclusionsFor(volunteer, need, history)).toEqual(['DECLINED_BEFORE']);
    const cancelled = await server.dataSource
      .getRepository(ServiceNeed)
      .findOneByOrFail({ id: needs.cancelled });
    expect(exclusionsFor(volunteer, cancelled, history)).toEqual([]);
  });
});

describe(`places taken in the demo seed and the AssignmentCounts migration (${testDbKind()})`, () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedDatabase(db.dataSource, { volunteers: 600 });
  });

  afterAll(() => db.drop());

  async function countsByNeed(): Promise<Map<number, number>> {
    const assignments = await db.dataSource.getRepository(Assignment).find();
    const counted = new Map<number, number>();
    for (const a of assignments) {
      if (a.status === AssignmentStatus.CONFIRMED || a.status === AssignmentStatus.ACCEPTED) {
        counted.set(a.needId, (counted.get(a.needId) ?? 0) + 1);
      }
    }
    return counted;
  }

  it('keeps confirmedCount equal to the accepted assignments, never above headcount, FILLED exactly when full', async () => {
    const counted = await countsByNeed();
    const needs = await db.dataSource.getRepository(ServiceNeed).find();
    expect(counted.size).toBeGreaterThan(0);
    expect(needs.some((n) => n.status === ServiceNeedStatus.FILLED)).toBe(true);
    for (const need of needs) {
      expect([need.id, need.confirmedCount]).toEqual([need.id, counted.get(need.id) ?? 0]);
      expect(need.confirmedCount).toBeLessThanOrEqual(need.headcount);
      expect([need.id, need.status]).toEqual([
        need.id,
        need.confirmedCount >= need.headcount ? ServiceNeedStatus.FILLED : ServiceNeedStatus.OPEN,
      ]);
    }
  });

  it('assigns only volunteers the hard rules allow: active, trained and never booked twice at once', async () => {
    const volunteers = new Map((await db.dataSource.getRepository(Volunteer).find()).map((v) => [v.id, v]));
    const histories = await loadAssignmentHistory(db.dataSource.manager, 'all');
    for (const [volunteerId, history] of histories) {
      const v = volunteers.get(volunteerId)!;
      expect([volunteerId, v.active, v.safetyTrainedOn !== null]).toEqual([volunteerId, true, true]);
      for (const [i, a] of history.booked.entries()) {
        for (const b of history.booked.slice(i + 1))
          expect([volunteerId, windowsOverlap(a, b)]).toEqual([volunteerId, false]);
      }
    }
  });

  it('migration: fills confirmedCount from the assignments of a database that had none, and undoes cleanly', async () => {
    const ds = db.dataSource;
    const before = await countsByNeed();
    // Undo down to (and including) AssignmentCounts, whatever later migrations exist.
    const names = async () =>
      ((await ds.query('SELECT name FROM migrations')) as { name: string }[]).map((row) => row.name);
    while ((await names()).some((name) => name.startsWith('AssignmentCounts'))) {
      // Outside a transaction: SQLite ignores `PRAGMA foreign_keys = OFF` inside one, and the
      // table rebuilds of a revert need it off.
      await ds.undoLastMigration({ transaction: 'none' });
    }
    const columns = ((await ds.createQueryRunner().getTable('service_need'))!.columns ?? []).map(
      (c) => c.name,
    );
    expect(columns).not.toContain('confirmedCount');
    const rows = (await ds.query('SELECT COUNT(*) AS n FROM assignment')) as { n: string | number }[];
    expect(Number(rows[0]!.n)).toBeGreaterThan(0);

    await ds.runMigrations({ transaction: 'each' });
    const needs = await ds.getRepository(ServiceNeed).find();
    for (const need of needs)
      expect([need.id, need.confirmedCount]).toEqual([need.id, before.get(need.id) ?? 0]);
  });
});
