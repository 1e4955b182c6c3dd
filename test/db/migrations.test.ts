import { formatDecimal } from '../../server/src/core/decimal';
import { CampaignService } from '../../server/src/modules/campaigns/campaign.service';
import { ServiceProjectService } from '../../server/src/modules/projects/service-project.service';
import { PairingKind, SiteKind } from '../../server/src/modules/sites/site.entity';
import { SiteService } from '../../server/src/modules/sites/site.service';
import { ServiceTeamService } from '../../server/src/modules/teams/service-team.service';
import { Unit, UnitKind } from '../../server/src/modules/units/unit.entity';
import { UnitService } from '../../server/src/modules/units/unit.service';
import { SupportEntry, SupportKind } from '../../server/src/modules/support/support-entry.entity';
import { openTestDatabase, testDbKind, type TestDatabase } from '../support/test-database';

describe(`migrations (${testDbKind()})`, () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase();
  });

  afterAll(() => db.drop());

  it('leave nothing for the schema builder to do: entities and migrations agree', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    // If this fails, run `npm run migration:generate -- <Name>` and commit the new migrations.
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('keep Chinese, the middle dot, rare characters and emoji intact (utf8mb4)', async () => {
    const name = '𠮷野家·中国教育工会山东省委员会😀';
    const repo = db.dataSource.getRepository(Unit);
    const saved = await repo.save(repo.create({ code: 'UTF8', name, kind: UnitKind.PROVINCE, parentId: null, cityCode: '370100' }));
    expect((await repo.findOneByOrFail({ id: saved.id })).name).toBe(name);
  });

  it('store money as an exact decimal and read it back as the same string on every driver', async () => {
    const ds = db.dataSource;
    const province = await new UnitService(ds).create({ code: 'P', name: '山东省教育工会', kind: UnitKind.PROVINCE, cityCode: '370100' });
    const site = await new SiteService(ds).create({
      name: '曹县青岗镇王庄村', kind: SiteKind.VILLAGE, areaCode: '371721', latitude: 34.8, longitude: 115.5,
    });
    await new SiteService(ds).pairUnit({ unitId: String(province.id), siteId: String(site.id), kind: PairingKind.SELF_PAIRED, startedOn: '2019-03-01' });
    const campaign = await new CampaignService(ds).create({
      year: 2019, name: '2019', startsOn: '2019-03-01', endsOn: '2019-10-31', phases: [], milestones: [],
    });
    const team = await new ServiceTeamService(ds).create({ name: '一队', unitId: String(province.id) });
    const project = await new ServiceProjectService(ds).create({
      name: '助学', teamId: String(team.id), siteId: String(site.id), campaignId: String(campaign.id),
      startsOn: '2019-04-01', endsOn: '2019-09-30', posts: [{ name: '辅导员' }],
    });
    const repo = ds.getRepository(SupportEntry);
    const amounts = ['12345678901.15', '0.10', '1200.00'];
    for (const amount of amounts) {
      await repo.insert({ kind: SupportKind.FUNDS, projectId: project.id, siteId: site.id, occurredOn: '2019-05-01', amount });
    }
    const stored = await repo.find({ order: { id: 'ASC' } });
    expect(stored.map((e) => e.amount)).toEqual(amounts);
    const [sum] = await ds.query('SELECT SUM(amount) AS total FROM support_entry');
    // The database adds exactly; a float sum would give 12345680101.250002 or similar.
    expect(formatDecimal(String(sum.total), 2)).toBe('12345680101.25');
  });
});
