import { SYSTEM_ACTOR } from '../../server/src/core/actor';
import type { DataSource } from 'typeorm';
import { ServiceProjectService } from '../../server/src/modules/projects/service-project.service';
import { PairingKind } from '../../server/src/modules/sites/site.entity';
import { SiteService } from '../../server/src/modules/sites/site.service';
import { ServiceTeamService } from '../../server/src/modules/teams/service-team.service';
import { UnitKind } from '../../server/src/modules/units/unit.entity';
import { UnitService } from '../../server/src/modules/units/unit.service';
import { VolunteerRole } from '../../server/src/modules/volunteers/volunteer.entity';
import { VolunteerService } from '../../server/src/modules/volunteers/volunteer.service';
import { mobile, pairedSiteCampaignAndTeam, residentIds } from '../support/fixtures';
import { databaseSnapshot, openTestDatabase, testDbKind, type TestDatabase } from '../support/test-database';

/** Rules that span modules, checked through the services as the CLI and other callers use them. */
describe(`rules across volunteers, teams and pairings (${testDbKind()})`, () => {
  let db: TestDatabase;
  let ds: DataSource;
  let jinan: number;
  let qingdao: number;
  let members: number[];
  let outsider: number;
  let teamId: number;

  async function expectRejected(action: () => Promise<unknown>, code: string, field: string) {
    const before = await databaseSnapshot(ds);
    await expect(action()).rejects.toMatchObject({ extensions: { code, field } });
    expect(await databaseSnapshot(ds)).toBe(before);
  }

  beforeAll(async () => {
    db = await openTestDatabase();
    ds = db.dataSource;
    const units = new UnitService(ds, SYSTEM_ACTOR);
    const province = await units.create({
      code: 'SD',
      name: '山东省教育工会',
      kind: UnitKind.PROVINCE,
      cityCode: '370100',
    });
    const city = (code: string, name: string) =>
      units.create({
        code: `SD-${code}`,
        name,
        kind: UnitKind.CITY,
        parentId: String(province.id),
        cityCode: code,
      });
    jinan = (await city('370100', '济南市教育工会')).id;
    qingdao = (await city('370200', '青岛市教育工会')).id;
    const ids = residentIds(10);
    const volunteers = new VolunteerService(ds, SYSTEM_ACTOR);
    members = [];
    for (let i = 0; i < 9; i++) {
      const volunteer = await volunteers.create({
        name: `志愿者${'甲乙丙丁戊己庚辛壬'[i]}`,
        documentNumber: ids[i]!,
        mobile: mobile(i),
        unitId: String(jinan),
        role: i === 0 ? VolunteerRole.UNION_CADRE : VolunteerRole.VOLUNTEER,
        homeAreaCode: '370102',
      });
      members.push(volunteer.id);
    }
    outsider = (
      await volunteers.create({
        name: '王外',
        documentNumber: ids[9]!,
        mobile: mobile(9),
        unitId: String(jinan),
        homeAreaCode: '370102',
      })
    ).id;
    const teams = new ServiceTeamService(ds, SYSTEM_ACTOR);
    // 1 cadre + 7 volunteers, the smallest serving team; the ninth person stays out of it.
    const team = await teams.create({
      name: '济南一队',
      unitId: String(jinan),
      memberIds: members.slice(0, 8).map(String),
      leaderId: String(members[0]),
    });
    teamId = (await teams.activate(team.id)).id;
  });

  afterAll(() => db.drop());

  it('refuses a role change that would leave a serving team short of volunteers', async () => {
    await expectRejected(
      () => new VolunteerService(ds, SYSTEM_ACTOR).update(members[3]!, { role: VolunteerRole.UNION_CADRE }),
      'TEAM_COMPOSITION_INVALID',
      'role',
    );
  });

  it('refuses to move a team member to another unit or to deactivate them', async () => {
    await expectRejected(
      () => new VolunteerService(ds, SYSTEM_ACTOR).update(members[2]!, { unitId: String(qingdao) }),
      'BAD_USER_INPUT',
      'unitId',
    );
    await expectRejected(
      () => new VolunteerService(ds, SYSTEM_ACTOR).update(members[2]!, { active: false }),
      'BAD_USER_INPUT',
      'active',
    );
  });

  it('lets people outside any team change freely, and members once their team is disbanded', async () => {
    const volunteers = new VolunteerService(ds, SYSTEM_ACTOR);
    expect((await volunteers.update(outsider, { role: VolunteerRole.UNION_CADRE })).role).toBe(
      VolunteerRole.UNION_CADRE,
    );
    await new ServiceTeamService(ds, SYSTEM_ACTOR).disband(teamId);
    expect((await volunteers.update(members[2]!, { unitId: String(qingdao) })).unitId).toBe(qingdao);
  });

  it('stops counting a pairing once it has ended, and takes it up again when the unit re-pairs', async () => {
    const sites = new SiteService(ds, SYSTEM_ACTOR);
    const { site, pairing, projectInput } = await pairedSiteCampaignAndTeam(ds, jinan);
    const project = projectInput({ startsOn: '2019-06-01' });
    const paired = async () =>
      (await sites.list({ pairedUnitId: String(jinan) })).edges.map((e) => e.node.id);

    await sites.endPairing(pairing.id, '2019-05-31');
    expect(await paired()).toEqual([]);
    await expectRejected(
      () => new ServiceProjectService(ds, SYSTEM_ACTOR).create(project),
      'BAD_USER_INPUT',
      'siteId',
    );

    const again = await sites.pairUnit({
      unitId: String(jinan),
      siteId: String(site.id),
      kind: PairingKind.BUREAU_PAIRED,
      startedOn: '2019-06-01',
    });
    expect(again).toMatchObject({ id: pairing.id, endedOn: null, kind: PairingKind.BUREAU_PAIRED });
    expect(await paired()).toEqual([site.id]);
    expect((await new ServiceProjectService(ds, SYSTEM_ACTOR).create(project)).siteId).toBe(site.id);
  });
});
