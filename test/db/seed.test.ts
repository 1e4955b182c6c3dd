import { In, MoreThan } from 'typeorm';
import { SYSTEM_ACTOR } from '../../server/src/core/actor';
import {
  Campaign,
  CampaignPhase,
  ReportingMilestone,
} from '../../server/src/modules/campaigns/campaign.entity';
import { ServiceCategory } from '../../server/src/modules/code-lists/service-category';
import { ServiceNeed } from '../../server/src/modules/needs/service-need.entity';
import {
  ProjectPost,
  ServiceProject,
  ServiceProjectNeed,
} from '../../server/src/modules/projects/service-project.entity';
import { SafetyPlan } from '../../server/src/modules/safety/safety.entity';
import { Site } from '../../server/src/modules/sites/site.entity';
import { ServiceTeam, ServiceTeamStatus } from '../../server/src/modules/teams/service-team.entity';
import { ServiceTeamService } from '../../server/src/modules/teams/service-team.service';
import { Unit, UnitKind } from '../../server/src/modules/units/unit.entity';
import { DocumentType, normaliseDocumentNumber } from '../../server/src/modules/volunteers/document-number';
import { Volunteer, VolunteerAvailability } from '../../server/src/modules/volunteers/volunteer.entity';
import { COUNTIES } from '../../seeds/data/shandong';
import { DEMO_SIZE, seedDatabase, type SeedSummary } from '../../seeds/seed';
import { databaseSnapshot, openTestDatabase, testDbKind, type TestDatabase } from '../support/test-database';

describe(`demo seed data (${testDbKind()})`, () => {
  let db: TestDatabase;
  let summary: SeedSummary;

  beforeAll(async () => {
    db = await openTestDatabase();
    summary = await seedDatabase(db.dataSource, { volunteers: DEMO_SIZE.volunteers });
  });

  afterAll(() => db.drop());

  it('builds the unit tree: the province union, the 16 city unions and at least 10 university unions', async () => {
    const units = await db.dataSource.getRepository(Unit).find();
    const province = units.filter((u) => u.kind === UnitKind.PROVINCE);
    expect(province).toHaveLength(1);
    expect(units.filter((u) => u.kind === UnitKind.CITY)).toHaveLength(16);
    expect(units.filter((u) => u.kind === UnitKind.UNIVERSITY).length).toBeGreaterThanOrEqual(10);
    expect(
      units.filter((u) => u.kind !== UnitKind.PROVINCE).every((u) => u.parentId === province[0]!.id),
    ).toBe(true);
  });

  it('creates the requested volunteers, each with a valid synthetic Shandong resident ID', async () => {
    const volunteers = await db.dataSource.getRepository(Volunteer).find();
    expect(volunteers).toHaveLength(DEMO_SIZE.volunteers);
    expect(summary.volunteers).toBe(DEMO_SIZE.volunteers);
    for (const v of volunteers) {
      expect(v.documentNumber.startsWith('37')).toBe(true);
      expect(normaliseDocumentNumber('documentNumber', DocumentType.MAINLAND_ID_CARD, v.documentNumber)).toBe(
        v.documentNumber,
      );
    }
    expect(new Set(volunteers.map((v) => v.documentNumber)).size).toBe(volunteers.length);
  });

  it('forms only teams that meet the 7–10 volunteers + 1–2 cadres rule, led by a member', async () => {
    const teams = await db.dataSource.getRepository(ServiceTeam).find();
    expect(teams.length).toBeGreaterThan(0);
    const service = new ServiceTeamService(db.dataSource, SYSTEM_ACTOR);
    for (const team of teams) {
      expect(team.status).toBe(ServiceTeamStatus.ACTIVE);
      expect((await service.composition(team.id)).valid).toBe(true);
    }
  });

  it('places sites in real Shandong counties and posts needs in every category', async () => {
    const counties = new Set(COUNTIES.map((c) => c.code));
    const sites = await db.dataSource.getRepository(Site).find();
    expect(sites.every((s) => counties.has(s.areaCode))).toBe(true);
    const needs = await db.dataSource.getRepository(ServiceNeed).find();
    expect(new Set(needs.map((n) => n.category))).toEqual(new Set(Object.values(ServiceCategory)));
  });

  it('refuses to seed a database that already holds data', async () => {
    await expect(seedDatabase(db.dataSource, { volunteers: 10 })).rejects.toThrow(/already holds units/);
  });

  it('adds the current-year campaign only given a clock: the same for the same seed and clock, 2019 untouched', async () => {
    const now = new Date('2026-12-04T14:19:00Z');
    const without = await openTestDatabase('seed-no-clock');
    const withClock = await openTestDatabase('seed-clock');
    const again = await openTestDatabase('seed-clock-2');
    try {
      expect((await seedDatabase(without.dataSource, { volunteers: 400, seed: 7 })).campaigns).toBe(1);
      expect((await seedDatabase(withClock.dataSource, { volunteers: 400, seed: 7, now })).campaigns).toBe(2);
      await seedDatabase(again.dataSource, { volunteers: 400, seed: 7, now });
      const strip = (s: string) => s.replace(/"(createdAt|updatedAt|joinedAt)":"[^"]*"/g, '');
      expect(strip(await databaseSnapshot(again.dataSource))).toBe(
        strip(await databaseSnapshot(withClock.dataSource)),
      );
      const campaign = await withClock.dataSource.getRepository(Campaign).findOneByOrFail({ year: 2026 });
      expect(campaign).toMatchObject({ id: 2, startsOn: '2026-03-01', endsOn: '2026-12-31' });

      // Take the current year's rows away and what is left is exactly the data seeded without a clock.
      await withClock.dataSource.transaction(async (manager) => {
        const projectIds = (
          await manager.getRepository(ServiceProject).findBy({ campaignId: campaign.id })
        ).map((p) => p.id);
        expect(projectIds.length).toBeGreaterThan(0);
        for (const entity of [SafetyPlan, ServiceProjectNeed, ProjectPost]) {
          await manager.getRepository(entity).delete({ projectId: In(projectIds) });
        }
        await manager.getRepository(ServiceProject).delete({ id: In(projectIds) });
        expect(
          (await manager.getRepository(ServiceNeed).delete({ campaignId: campaign.id })).affected,
        ).toBeGreaterThan(0);
        await manager.getRepository(CampaignPhase).delete({ campaignId: campaign.id });
        await manager.getRepository(ReportingMilestone).delete({ campaignId: campaign.id });
        await manager.getRepository(Campaign).delete({ id: campaign.id });
        const windows = await without.dataSource.getRepository(VolunteerAvailability).count();
        const added = await manager.getRepository(VolunteerAvailability).delete({ id: MoreThan(windows) });
        expect(added.affected).toBeGreaterThanOrEqual(400);
      });
      expect(strip(await databaseSnapshot(withClock.dataSource))).toBe(
        strip(await databaseSnapshot(without.dataSource)),
      );
    } finally {
      await again.drop();
      await withClock.drop();
      await without.drop();
    }
  });

  it('gives the same data for the same seed', async () => {
    const other = await openTestDatabase('seed-repeat');
    try {
      const again = await openTestDatabase('seed-repeat-2');
      try {
        await seedDatabase(other.dataSource, { volunteers: 120, seed: 7 });
        await seedDatabase(again.dataSource, { volunteers: 120, seed: 7 });
        const strip = (s: string) => s.replace(/"(createdAt|updatedAt|joinedAt)":"[^"]*"/g, '');
        expect(strip(await databaseSnapshot(again.dataSource))).toBe(
          strip(await databaseSnapshot(other.dataSource)),
        );
      } finally {
        await again.drop();
      }
    } finally {
      await other.drop();
    }
  });
});
