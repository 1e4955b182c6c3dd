import { SYSTEM_ACTOR } from '../../server/src/core/actor';
import { formatDecimal } from '../../server/src/core/decimal';
import { ServiceProjectService } from '../../server/src/modules/projects/service-project.service';
import { Unit, UnitKind } from '../../server/src/modules/units/unit.entity';
import { UnitService } from '../../server/src/modules/units/unit.service';
import { SupportEntry, SupportKind } from '../../server/src/modules/support/support-entry.entity';
import { pairedSiteCampaignAndTeam } from '../support/fixtures';
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
    const saved = await repo.save(
      repo.create({ code: 'UTF8', name, kind: UnitKind.PROVINCE, parentId: null, cityCode: '370100' }),
    );
    expect((await repo.findOneByOrFail({ id: saved.id })).name).toBe(name);
  });

  it('store money as an exact decimal and read it back as the same string on every driver', async () => {
    const ds = db.dataSource;
    const province = await new UnitService(ds, SYSTEM_ACTOR).create({
      code: 'P',
      name: '山东省教育工会',
      kind: UnitKind.PROVINCE,
      cityCode: '370100',
    });
    const { site, projectInput } = await pairedSiteCampaignAndTeam(ds, province.id);
    const project = await new ServiceProjectService(ds, SYSTEM_ACTOR).create(projectInput());
    const repo = ds.getRepository(SupportEntry);
    const amounts = ['12345678901.15', '0.10', '1200.00'];
    for (const amount of amounts) {
      await repo.insert({
        kind: SupportKind.FUNDS,
        projectId: project.id,
        siteId: site.id,
        occurredOn: '2019-05-01',
        amount,
      });
    }
    const stored = await repo.find({ order: { id: 'ASC' } });
    expect(stored.map((e) => e.amount)).toEqual(amounts);
    const [sum] = await ds.query('SELECT SUM(amount) AS total FROM support_entry');
    // The database adds exactly; a float sum would give 12345680101.250002 or similar.
    expect(formatDecimal(String(sum.total), 2)).toBe('12345680101.25');
  });
});
