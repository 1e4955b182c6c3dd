import { Role, type Actor } from '../../server/src/core/actor';
import type { Context } from '../../server/src/core/context';
import { RequestLoaders } from '../../server/src/core/loaders';
import { visibleAssignments } from '../../server/src/modules/assignments/assignment.access';
import { Assignment, AssignmentStatus } from '../../server/src/modules/assignments/assignment.entity';
import { AssignmentService } from '../../server/src/modules/assignments/assignment.service';
import { ServiceNeed } from '../../server/src/modules/needs/service-need.entity';
import { Pairing, PairingStatus, Site } from '../../server/src/modules/sites/site.entity';
import { Unit } from '../../server/src/modules/units/unit.entity';
import { Volunteer } from '../../server/src/modules/volunteers/volunteer.entity';
import { Random } from '../../seeds/random';
import { seedDatabase } from '../../seeds/seed';
import { openTestDatabase, type TestDatabase } from '../support/test-database';

/**
 * Who may see an assignment is written twice: as SQL for lists (AssignmentService's scope) and as
 * a filter over loaded rows for nested fields and subscriptions (visibleAssignments). On a
 * generated world — pairings live, ended, requested or refused, sites owned or not, needs posted
 * by a unit or by their site — and for generated actors of every role, both must pick the same
 * assignments.
 */
describe('assignment visibility: the SQL scope and the in-memory rule agree', () => {
  let db: TestDatabase;
  let all: Assignment[];
  let unitIds: number[];
  let volunteerIds: number[];
  let siteIds: number[];
  const random = new Random(20261205);

  beforeAll(async () => {
    db = await openTestDatabase();
    const ds = db.dataSource;
    await seedDatabase(ds, { volunteers: 300, needs: 60, seed: 11 });
    unitIds = (await ds.getRepository(Unit).find()).map((u) => u.id);
    volunteerIds = (await ds.getRepository(Volunteer).find({ select: { id: true } })).map((v) => v.id);
    const sites = await ds.getRepository(Site).find();
    siteIds = sites.map((s) => s.id);
    for (const site of sites) {
      await ds.getRepository(Site).update(site.id, {
        ownerUnitId: random.chance(0.4) ? random.pick(unitIds) : null,
      });
    }
    for (const pairing of await ds.getRepository(Pairing).find()) {
      await ds.getRepository(Pairing).update(pairing.id, {
        status: random.pick([
          PairingStatus.ACTIVE,
          PairingStatus.ACTIVE,
          PairingStatus.REQUESTED,
          PairingStatus.REFUSED,
        ]),
        endedOn: random.chance(0.25) ? '2019-12-31' : null,
      });
    }
    const needs = await ds.getRepository(ServiceNeed).find();
    for (const need of needs) {
      await ds.getRepository(ServiceNeed).update(need.id, {
        postedByUnitId: random.chance(0.5) ? random.pick(unitIds) : null,
      });
    }
    // The seed's own assignments stay; 400 more spread over every need and volunteer.
    const pairs = new Set(
      (await ds.getRepository(Assignment).find()).map((a) => `${a.needId}:${a.volunteerId}`),
    );
    const seeded = pairs.size;
    const rows: Partial<Assignment>[] = [];
    while (rows.length < 400) {
      const needId = random.pick(needs).id;
      const volunteerId = random.pick(volunteerIds);
      if (pairs.has(`${needId}:${volunteerId}`)) continue;
      pairs.add(`${needId}:${volunteerId}`);
      rows.push({
        needId,
        volunteerId,
        status: random.pick(Object.values(AssignmentStatus)),
        proposedAt: new Date('2019-07-01T01:00:00Z'),
      });
    }
    await ds.getRepository(Assignment).insert(rows);
    all = await ds.getRepository(Assignment).find({ order: { id: 'ASC' } });
    expect(all.length).toBe(seeded + 400);
  }, 120_000);

  afterAll(() => db.drop());

  const someOf = (ids: number[], count: number) =>
    new Set<number>(random.pickSome(ids, Math.min(count, ids.length)));

  function actor(role: Role, parts: Partial<Actor>): Actor {
    return {
      kind: 'account',
      accountId: 1,
      name: role,
      role,
      unitIds: new Set(),
      volunteerId: null,
      ledTeamIds: new Set(),
      ledMemberIds: new Set(),
      siteId: null,
      ...parts,
    };
  }

  async function bySql(who: Actor): Promise<number[]> {
    const ids: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await new AssignmentService(db.dataSource, who).list({}, { first: 100, after });
      ids.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) return ids.sort((a, b) => a - b);
      after = page.pageInfo.endCursor;
    }
  }

  async function inMemory(who: Actor): Promise<number[]> {
    const ctx = {
      dataSource: db.dataSource,
      loaders: new RequestLoaders(db.dataSource),
      actor: who,
    } as Context;
    return (await visibleAssignments(ctx, all)).map((a) => a.id).sort((a, b) => a - b);
  }

  it.each(Array.from({ length: 12 }, (_, i) => i))('coordinator #%s (a generated set of units)', async () => {
    const who = actor(Role.UNIT_COORDINATOR, { unitIds: someOf(unitIds, random.int(1, 4)) });
    const sql = await bySql(who);
    expect(sql).toEqual(await inMemory(who));
    expect(sql.length).toBeGreaterThan(0);
    expect(sql.length).toBeLessThan(all.length);
  });

  it.each(Array.from({ length: 6 }, (_, i) => i))('team leader #%s (generated members)', async () => {
    const own = random.pick(volunteerIds);
    const members = someOf(volunteerIds, 30);
    const who = actor(Role.TEAM_LEADER, {
      volunteerId: own,
      ledMemberIds: members,
      ledTeamIds: new Set([1]),
    });
    expect(await bySql(who)).toEqual(await inMemory(who));
  });

  it.each(Array.from({ length: 6 }, (_, i) => i))('volunteer #%s', async () => {
    const withOne = all[random.int(0, all.length - 1)]!.volunteerId;
    const who = actor(Role.VOLUNTEER, { volunteerId: withOne });
    const sql = await bySql(who);
    expect(sql).toEqual(await inMemory(who));
    expect(sql.length).toBeGreaterThan(0);
  });

  it.each(Array.from({ length: 6 }, (_, i) => i))('site contact #%s', async () => {
    const who = actor(Role.SITE_CONTACT, { siteId: random.pick(siteIds) });
    expect(await bySql(who)).toEqual(await inMemory(who));
  });

  it('the provincial admin sees every one both ways', async () => {
    const who = actor(Role.PROVINCIAL_ADMIN, {});
    expect(await bySql(who)).toEqual(all.map((a) => a.id));
    expect(await inMemory(who)).toEqual(all.map((a) => a.id));
  });
});
