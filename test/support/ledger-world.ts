import type { DataSource } from 'typeorm';
import { Role, SYSTEM_ACTOR } from '../../server/src/core/actor';
import { CampaignService } from '../../server/src/modules/campaigns/campaign.service';
import { ServiceProjectService } from '../../server/src/modules/projects/service-project.service';
import { PairingKind, SiteKind } from '../../server/src/modules/sites/site.entity';
import { SiteService } from '../../server/src/modules/sites/site.service';
import { ServiceTeamService } from '../../server/src/modules/teams/service-team.service';
import { UnitKind } from '../../server/src/modules/units/unit.entity';
import { UnitService } from '../../server/src/modules/units/unit.service';
import { VolunteerRole, type Volunteer } from '../../server/src/modules/volunteers/volunteer.entity';
import { VolunteerService } from '../../server/src/modules/volunteers/volunteer.service';
import { mobile, residentId } from './fixtures';
import type { TestServer } from './test-server';

/**
 * A past campaign (2019, so its dates can be recorded against) with two city unions: 菏泽 with a
 * sub-unit (曹县教育工会) and 济南. Each city has a team with a leader and members, a paired site
 * and a project at it; the sub-unit has a team and project of its own at 菏泽's site. Built as the
 * system; the accounts under test sign in over HTTP.
 */
export class LedgerWorld {
  private n = 0;
  campaignId!: number;
  provinceId!: number;
  heze!: LedgerSide;
  caoxian!: LedgerSide;
  jinan!: LedgerSide;
  readonly tokens = {} as Record<
    | 'hezeCoordinator'
    | 'jinanCoordinator'
    | 'hezeLeader'
    | 'hezeMember'
    | 'hezeOutsider'
    | 'hezeSite'
    | 'jinanLeader',
    string
  >;

  constructor(
    readonly server: TestServer,
    private readonly ds: DataSource = server.dataSource,
  ) {}

  async build(): Promise<this> {
    const units = new UnitService(this.ds, SYSTEM_ACTOR);
    this.provinceId = (
      await units.create({
        code: 'SD',
        name: '中国教育工会山东省委员会',
        kind: UnitKind.PROVINCE,
        cityCode: '370100',
      })
    ).id;
    this.campaignId = (
      await new CampaignService(this.ds, SYSTEM_ACTOR).create({
        year: 2019,
        name: '2019年助力脱贫攻坚教职工志愿服务活动',
        startsOn: '2019-01-01',
        endsOn: '2019-12-31',
        phases: [],
        milestones: [],
      })
    ).id;
    const hezeUnit = await units.create({
      code: 'SD-371700',
      name: '菏泽市教育工会',
      kind: UnitKind.CITY,
      parentId: String(this.provinceId),
      cityCode: '371700',
    });
    const caoxianUnit = await units.create({
      code: 'SD-371721',
      name: '曹县教育工会',
      kind: UnitKind.CITY,
      parentId: String(hezeUnit.id),
      cityCode: '371700',
    });
    const jinanUnit = await units.create({
      code: 'SD-370100',
      name: '济南市教育工会',
      kind: UnitKind.CITY,
      parentId: String(this.provinceId),
      cityCode: '370100',
    });
    this.heze = await this.side(hezeUnit.id, '王庄村');
    this.caoxian = await this.side(caoxianUnit.id, '李庄村', this.heze.siteId);
    this.jinan = await this.side(jinanUnit.id, '孝直镇中心小学');
    const sign = (username: string, role: Role, link: Record<string, string>) =>
      this.server.signInAs({ username, role, ...link });
    this.tokens.hezeCoordinator = await sign('heze', Role.UNIT_COORDINATOR, { unitId: String(hezeUnit.id) });
    this.tokens.jinanCoordinator = await sign('jinan', Role.UNIT_COORDINATOR, {
      unitId: String(jinanUnit.id),
    });
    this.tokens.hezeLeader = await sign('heze-leader', Role.TEAM_LEADER, {
      volunteerId: String(this.heze.leader.id),
    });
    this.tokens.jinanLeader = await sign('jinan-leader', Role.TEAM_LEADER, {
      volunteerId: String(this.jinan.leader.id),
    });
    this.tokens.hezeMember = await sign('heze-member', Role.VOLUNTEER, {
      volunteerId: String(this.heze.members[0]!.id),
    });
    this.tokens.hezeOutsider = await sign('heze-outsider', Role.VOLUNTEER, {
      volunteerId: String(this.heze.outsider.id),
    });
    this.tokens.hezeSite = await sign('heze-site', Role.SITE_CONTACT, { siteId: String(this.heze.siteId) });
    return this;
  }

  async volunteer(unitId: number, role = VolunteerRole.VOLUNTEER, safetyTrainedOn: string | null = null) {
    const n = ++this.n;
    return new VolunteerService(this.ds, SYSTEM_ACTOR).create({
      name: `志愿者${'甲乙丙丁戊己庚辛壬癸'[n % 10]}${'子丑寅卯辰巳午未申酉戌亥'[Math.floor(n / 10) % 12]}`,
      documentNumber: residentId('371702', '19860310', n),
      mobile: mobile(7000 + n),
      unitId: String(unitId),
      role,
      homeAreaCode: '371702',
      safetyTrainedOn,
    });
  }

  private async side(unitId: number, siteName: string, existingSite?: number): Promise<LedgerSide> {
    const sites = new SiteService(this.ds, SYSTEM_ACTOR);
    const siteId =
      existingSite ??
      (
        await sites.create({
          ownerUnitId: String(unitId),
          name: siteName,
          kind: SiteKind.VILLAGE,
          areaCode: '371721',
          latitude: 34.83,
          longitude: 115.54,
        })
      ).id;
    await sites.pairUnit({
      unitId: String(unitId),
      siteId: String(siteId),
      kind: PairingKind.SELF_PAIRED,
      startedOn: '2019-01-01',
    });
    const leader = await this.volunteer(unitId, VolunteerRole.UNION_CADRE, '2019-02-01');
    const members: Volunteer[] = [];
    for (let i = 0; i < 3; i++) members.push(await this.volunteer(unitId));
    const outsider = await this.volunteer(unitId);
    const team = await new ServiceTeamService(this.ds, SYSTEM_ACTOR).create({
      name: `${siteName}服务队`,
      unitId: String(unitId),
      memberIds: [leader, ...members].map((v) => String(v.id)),
      leaderId: String(leader.id),
    });
    const project = await new ServiceProjectService(this.ds, SYSTEM_ACTOR).create({
      name: `${siteName}助学`,
      teamId: String(team.id),
      siteId: String(siteId),
      campaignId: String(this.campaignId),
      startsOn: '2019-04-01',
      endsOn: '2019-09-30',
      posts: [{ name: '辅导员' }],
    });
    return { unitId, siteId, teamId: team.id, projectId: project.id, leader, members, outsider };
  }
}

export interface LedgerSide {
  unitId: number;
  siteId: number;
  teamId: number;
  projectId: number;
  leader: Volunteer;
  members: Volunteer[];
  outsider: Volunteer;
}
