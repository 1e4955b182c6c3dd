import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../../server/src/core/actor';
import type { DatabaseConfig } from '../../server/src/core/config';
import { createDataSource } from '../../server/src/core/data-source';
import { appDataSource, openDatabase } from '../../server/src/database';
import { MYSQL_MIGRATIONS } from '../../server/src/migrations/mysql';
import { SQLITE_MIGRATIONS } from '../../server/src/migrations/sqlite';
import { PairingKind, SiteKind } from '../../server/src/modules/sites/site.entity';
import { UnitKind } from '../../server/src/modules/units/unit.entity';
import { UnitService } from '../../server/src/modules/units/unit.service';
import { freshDatabaseConfig, testDbKind } from '../support/test-database';

/**
 * Sites that existed before ownership get an owner from their pairings: the unit that paired first
 * (a live pairing before an ended one), else the province. Existing pairings keep counting.
 */
describe(`site ownership migration backfill (${testDbKind()})`, () => {
  let config: DatabaseConfig;
  let ds: DataSource | null = null;

  beforeAll(async () => {
    config = await freshDatabaseConfig();
  });

  afterAll(async () => {
    if (ds?.isInitialized) {
      if (config.kind !== 'sqlite') await ds.query(`DROP DATABASE \`${config.database}\``);
      await ds.destroy();
    }
    if (config.kind === 'sqlite') fs.rmSync(path.dirname(config.path), { recursive: true, force: true });
  });

  it('gives each existing site the unit that paired with it first, else the province', async () => {
    // The database as it was before ownership: every migration before SiteOwnership.
    const all = config.kind === 'sqlite' ? SQLITE_MIGRATIONS : MYSQL_MIGRATIONS;
    const cut = all.findIndex((m) => /^SiteOwnership\d+$/.test(m.name));
    expect(cut).toBeGreaterThan(0);
    const before = createDataSource(config, {
      entities: appDataSource(config).options.entities as never,
      migrations: all.slice(0, cut),
    });
    await before.initialize();
    await before.runMigrations({ transaction: 'each' });
    const units = new UnitService(before, SYSTEM_ACTOR);
    const province = await units.create({
      code: 'SD',
      name: '山东省教育工会',
      kind: UnitKind.PROVINCE,
      cityCode: '370100',
    });
    const city = (code: string, name: string, cityCode: string) =>
      units.create({ code, name, kind: UnitKind.CITY, parentId: String(province.id), cityCode });
    const jinan = await city('SD-370100', '济南市教育工会', '370100');
    const qingdao = await city('SD-370200', '青岛市教育工会', '370200');
    const site = async (name: string): Promise<number> => {
      await before.query(
        'INSERT INTO site (name, kind, areaCode, cityCode, latitude, longitude) VALUES (?, ?, ?, ?, ?, ?)',
        [name, SiteKind.VILLAGE, '371721', '371700', 34.83, 115.54],
      );
      return Number((await before.query('SELECT MAX(id) AS id FROM site'))[0].id);
    };
    const pair = (unitId: number, siteId: number, endedOn: string | null) =>
      before.query('INSERT INTO pairing (unitId, siteId, kind, startedOn, endedOn) VALUES (?, ?, ?, ?, ?)', [
        unitId,
        siteId,
        PairingKind.SELF_PAIRED,
        '2019-03-01',
        endedOn,
      ]);
    const firstPaired = await site('王庄村');
    await pair(qingdao.id, firstPaired, null);
    await pair(jinan.id, firstPaired, null);
    const livePaired = await site('李庄村');
    await pair(jinan.id, livePaired, '2019-05-01');
    await pair(qingdao.id, livePaired, null);
    const unpaired = await site('张庄村');
    await before.destroy();

    ds = await openDatabase(config);
    const owners: { id: number; ownerUnitId: number | null }[] = await ds.query(
      'SELECT id, ownerUnitId FROM site ORDER BY id',
    );
    expect(
      owners.map((row) => [Number(row.id), row.ownerUnitId === null ? null : Number(row.ownerUnitId)]),
    ).toEqual([
      [firstPaired, qingdao.id],
      [livePaired, qingdao.id],
      [unpaired, null],
    ]);
    expect(await ds.query('SELECT DISTINCT status FROM pairing')).toEqual([{ status: 'ACTIVE' }]);
  });
});
