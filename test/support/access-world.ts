import { MilestoneKind } from '../../server/src/modules/campaigns/campaign.entity';
import type { DataSource } from 'typeorm';
import { Role, SYSTEM_ACTOR } from '../../server/src/core/actor';
import { actorForAccount } from '../../server/src/modules/accounts/authenticate';
import { Account } from '../../server/src/modules/accounts/account.entity';
import { AccountService } from '../../server/src/modules/accounts/account.service';
import { AssignmentService } from '../../server/src/modules/assignments/assignment.service';
import { CampaignService } from '../../server/src/modules/campaigns/campaign.service';
import { ServiceCategory } from '../../server/src/modules/code-lists/service-category';
import { ServiceNeedService } from '../../server/src/modules/needs/service-need.service';
import { ServiceProjectService } from '../../server/src/modules/projects/service-project.service';
import { PairingKind, SiteKind } from '../../server/src/modules/sites/site.entity';
import { SiteService } from '../../server/src/modules/sites/site.service';
import { ServiceTeamService } from '../../server/src/modules/teams/service-team.service';
import { UnitKind } from '../../server/src/modules/units/unit.entity';
import { UnitService } from '../../server/src/modules/units/unit.service';
import { VolunteerRole, type Volunteer } from '../../server/src/modules/volunteers/volunteer.entity';
import { VolunteerService } from '../../server/src/modules/volunteers/volunteer.service';
import { SafetyPlanService } from '../../server/src/modules/safety/safety.service';
import { ProjectPost, ServiceProjectStatus } from '../../server/src/modules/projects/service-project.entity';
import { chinaDate } from '../../server/src/core/time';
import type { ServiceRecord } from '../../server/src/modules/service-records/service-record.entity';
import { ServiceRecordService } from '../../server/src/modules/service-records/service-record.service';
import { mobile, residentId } from './fixtures';
import type { TestServer } from './test-server';
import { graphql } from '../graphql';

/**
 * Two city unions side by side, Jinan (in scope of the accounts under test) and Qingdao (out of
 * scope), each with a serving team, a site it owns and is paired with, a need and a project, built
 * as the system.
 * Factories make fresh targets so that each cell of the access matrix starts from the same world.
 */
export class AccessWorld {
  private counter = 0;
  readonly year = new Date().getUTCFullYear() + 1;
  provinceId!: number;
  campaignId!: number;
  readonly units = {} as Record<'in' | 'out', UnitSide>;
  readonly tokens = {} as Record<'admin' | 'coordinator' | 'leader' | 'volunteer' | 'siteContact', string>;

  constructor(
    readonly server: TestServer,
    private readonly ds: DataSource = server.dataSource,
  ) {}

  async build(): Promise<this> {
    const province = await new UnitService(this.ds, SYSTEM_ACTOR).create({
      code: 'SD',
      name: '中国教育工会山东省委员会',
      kind: UnitKind.PROVINCE,
      cityCode: '370100',
    });
    this.provinceId = province.id;
    const campaign = await new CampaignService(this.ds, SYSTEM_ACTOR).create({
      year: this.year,
      name: `${this.year}年助力乡村振兴教职工志愿服务活动`,
      startsOn: `${this.year}-01-01`,
      endsOn: `${this.year}-12-31`,
      phases: [],
      milestones: [
        { kind: MilestoneKind.LAUNCH, dueOn: `${this.year}-03-30` },
        { kind: MilestoneKind.MID_TERM, dueOn: `${this.year}-06-30` },
        { kind: MilestoneKind.SUMMARY, dueOn: `${this.year}-09-30` },
      ],
    });
    this.campaignId = campaign.id;
    this.units.in = await this.side('370100', '济南');
    this.units.out = await this.side('370200', '青岛');
    const jinan = this.units.in;
    this.tokens.admin = this.server.adminToken!;
    this.tokens.coordinator = await this.server.signInAs({
      username: 'jinan-coordinator',
      role: Role.UNIT_COORDINATOR,
      unitId: String(jinan.unitId),
    });
    this.tokens.leader = await this.server.signInAs({
      username: 'jinan-leader',
      role: Role.TEAM_LEADER,
      volunteerId: String(jinan.cadre.id),
    });
    this.tokens.volunteer = await this.server.signInAs({
      username: 'jinan-volunteer',
      role: Role.VOLUNTEER,
      volunteerId: String(jinan.members[0]!.id),
    });
    this.tokens.siteContact = await this.server.signInAs({
      username: 'jinan-site',
      role: Role.SITE_CONTACT,
      siteId: String(jinan.siteId),
    });
    return this;
  }

  private async side(cityCode: string, city: string): Promise<UnitSide> {
    const unit = await new UnitService(this.ds, SYSTEM_ACTOR).create({
      code: `SD-${cityCode}`,
      name: `${city}市教育工会`,
      kind: UnitKind.CITY,
      parentId: String(this.provinceId),
      cityCode,
    });
    const cadre = await this.volunteer(unit.id, VolunteerRole.UNION_CADRE);
    const members: Volunteer[] = [];
    for (let i = 0; i < 7; i++) members.push(await this.volunteer(unit.id));
    const loner = await this.volunteer(unit.id);
    const teamId = await this.servingTeam(unit.id, cadre, members);
    const site = await this.site(unit.id);
    const pairing = await this.pair(unit.id, site);
    const need = await new ServiceNeedService(this.ds, SYSTEM_ACTOR).post({
      siteId: String(site),
      campaignId: String(this.campaignId),
      title: `${city}留守儿童暑期辅导`,
      category: ServiceCategory.TUTORING,
      headcount: 3,
      startsAt: new Date(`${this.year}-07-10T01:00:00Z`),
      endsAt: new Date(`${this.year}-07-10T08:00:00Z`),
    });
    const project = await new ServiceProjectService(this.ds, SYSTEM_ACTOR).create(
      this.projectInput(teamId, site),
    );
    return {
      unitId: unit.id,
      cadre,
      members,
      loner,
      teamId,
      siteId: site,
      pairingId: pairing,
      needId: need.id,
      projectId: project.id,
    };
  }

  next(): number {
    return ++this.counter;
  }

  async volunteer(unitId: number, role = VolunteerRole.VOLUNTEER): Promise<Volunteer> {
    const n = this.next();
    return new VolunteerService(this.ds, SYSTEM_ACTOR).create({
      name: `志愿者${'甲乙丙丁戊己庚辛壬癸'[n % 10]}${'子丑寅卯辰巳午未申酉戌亥'[Math.floor(n / 10) % 12]}`,
      documentNumber: residentId('370102', '19850615', n),
      mobile: mobile(n),
      unitId: String(unitId),
      role,
      homeAreaCode: '370102',
      // Trained, so the hard rules of assignments let every world volunteer be proposed.
      safetyTrainedOn: `${new Date().getUTCFullYear()}-01-02`,
    });
  }

  /** A serving team: a cadre who leads it and seven volunteers. */
  async servingTeam(unitId: number, cadre?: Volunteer, members?: Volunteer[]): Promise<number> {
    const lead = cadre ?? (await this.volunteer(unitId, VolunteerRole.UNION_CADRE));
    const crew = members ?? [];
    while (crew.length < 7) crew.push(await this.volunteer(unitId));
    const teams = new ServiceTeamService(this.ds, SYSTEM_ACTOR);
    const team = await teams.create({
      name: `服务队${this.next()}`,
      unitId: String(unitId),
      memberIds: [lead, ...crew].map((v) => String(v.id)),
      leaderId: String(lead.id),
    });
    await teams.activate(team.id);
    return team.id;
  }

  /** A forming team with the full composition, ready to be activated. */
  async readyTeam(unitId: number): Promise<number> {
    const lead = await this.volunteer(unitId, VolunteerRole.UNION_CADRE);
    const crew: Volunteer[] = [];
    for (let i = 0; i < 7; i++) crew.push(await this.volunteer(unitId));
    const team = await new ServiceTeamService(this.ds, SYSTEM_ACTOR).create({
      name: `服务队${this.next()}`,
      unitId: String(unitId),
      memberIds: [lead, ...crew].map((v) => String(v.id)),
      leaderId: String(lead.id),
    });
    return team.id;
  }

  /** A site owned by the unit given, else by the province. */
  async site(ownerUnitId?: number): Promise<number> {
    const site = await new SiteService(this.ds, SYSTEM_ACTOR).create({
      ...(ownerUnitId !== undefined ? { ownerUnitId: String(ownerUnitId) } : {}),
      name: `曹县青岗镇王庄村${this.next()}`,
      kind: SiteKind.VILLAGE,
      areaCode: '371721',
      latitude: 34.83,
      longitude: 115.54,
    });
    return site.id;
  }

  async pair(unitId: number, siteId: number): Promise<number> {
    const pairing = await new SiteService(this.ds, SYSTEM_ACTOR).pairUnit({
      unitId: String(unitId),
      siteId: String(siteId),
      kind: PairingKind.SELF_PAIRED,
      startedOn: `${this.year}-01-01`,
    });
    return pairing.id;
  }

  projectInput(teamId: number, siteId: number) {
    return {
      name: `助学项目${this.next()}`,
      teamId: String(teamId),
      siteId: String(siteId),
      campaignId: String(this.campaignId),
      startsOn: `${this.year}-06-01`,
      endsOn: `${this.year}-09-30`,
      posts: [{ name: '辅导员' }],
    };
  }

  /** A fresh OPEN need at the side's site, in a two-hour slot of its own so no two of them overlap. */
  async freshNeed(side: UnitSide, headcount = 3): Promise<number> {
    const startsAt = new Date(Date.UTC(this.year, 1, 1) + this.next() * 2 * 3_600_000);
    const need = await new ServiceNeedService(this.ds, SYSTEM_ACTOR).post({
      siteId: String(side.siteId),
      campaignId: String(this.campaignId),
      title: '课后学习辅导',
      category: ServiceCategory.TUTORING,
      headcount,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
    });
    return need.id;
  }

  /** A PROPOSED assignment of `volunteer` (the side's loner by default) to a fresh need. */
  async proposedAssignment(side: UnitSide, volunteer: Volunteer = side.loner): Promise<number> {
    const needId = await this.freshNeed(side);
    const [assignment] = await new AssignmentService(this.ds, SYSTEM_ACTOR).propose(needId, [volunteer.id]);
    return assignment!.id;
  }

  /** A CONFIRMED assignment, waiting for the volunteer's answer. */
  async confirmedAssignment(side: UnitSide, volunteer: Volunteer = side.loner): Promise<number> {
    const id = await this.proposedAssignment(side, volunteer);
    await new AssignmentService(this.ds, SYSTEM_ACTOR).confirm(id);
    return id;
  }

  async volunteerAccount(unitId: number): Promise<number> {
    const volunteer = await this.volunteer(unitId);
    const account = await new AccountService(this.ds, SYSTEM_ACTOR).create({
      username: `account-${this.next()}`,
      displayName: volunteer.name,
      password: 'a-long-enough-password',
      role: Role.VOLUNTEER,
      volunteerId: String(volunteer.id),
    });
    return account.id;
  }

  // ---- service records: they must lie in the past, so they go on last year's campaign.

  readonly pastYear = new Date().getUTCFullYear() - 1;
  private pastCampaignId: Promise<number> | null = null;
  private readonly recordProjects = new Map<UnitSide, Promise<PastProject>>();
  private slots = 0;

  /** Last year's campaign, created on first use. */
  pastCampaign(): Promise<number> {
    this.pastCampaignId ??= new CampaignService(this.ds, SYSTEM_ACTOR)
      .create({
        year: this.pastYear,
        name: `${this.pastYear}年助力乡村振兴教职工志愿服务活动`,
        startsOn: `${this.pastYear}-01-01`,
        endsOn: `${this.pastYear}-12-31`,
        phases: [],
        milestones: [],
      })
      .then((c) => c.id);
    return this.pastCampaignId;
  }

  /** A started project of the side's team over the whole of last year, with a safety plan. */
  async pastProject(side: UnitSide, nationalCategoryCodes?: string[]): Promise<PastProject> {
    const projects = new ServiceProjectService(this.ds, SYSTEM_ACTOR);
    const project = await projects.create({
      ...this.projectInput(side.teamId, side.siteId),
      campaignId: String(await this.pastCampaign()),
      startsOn: `${this.pastYear}-01-01`,
      endsOn: `${this.pastYear}-12-31`,
      posts: [{ name: '辅导员' }, { name: '宣讲员' }],
      // 服务对象 06 贫困家庭: the archive export refuses a project with none (PROJECT_BENEFICIARIES_MISSING).
      beneficiaryCodes: ['06'],
      ...(nationalCategoryCodes ? { nationalCategoryCodes } : {}),
    });
    await new SafetyPlanService(this.ds, SYSTEM_ACTOR).set(project.id, {
      responsiblePerson: '王建国',
      responsiblePhone: '0531-81916597',
      emergencyPlan: '突发情况立即联系带队负责人并拨打120。',
      insured: true,
    });
    await projects.update(project.id, { status: ServiceProjectStatus.ACTIVE });
    const posts = await this.ds.getRepository(ProjectPost).find({ where: { projectId: project.id } });
    return { projectId: project.id, postIds: posts.map((p) => p.id).sort((a, b) => a - b) };
  }

  /** The side's project for service records, made once. */
  recordsProject(side: UnitSide): Promise<PastProject> {
    let project = this.recordProjects.get(side);
    if (!project) {
      project = this.pastProject(side);
      this.recordProjects.set(side, project);
    }
    return project;
  }

  /** A one-hour segment last year that no other slot overlaps. */
  slot(): { startsAt: Date; endsAt: Date; date: string } {
    const k = this.slots++;
    const date = new Date(Date.UTC(this.pastYear, 0, 1 + (k % 360))).toISOString().slice(0, 10);
    const hour = String(8 + Math.floor(k / 360)).padStart(2, '0');
    const startsAt = new Date(`${date}T${hour}:00:00+08:00`);
    return { startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), date };
  }

  /** A record of `volunteer` on the side's records project, in the given status. */
  async serviceRecord(
    side: UnitSide,
    volunteer: Volunteer,
    status: 'DRAFT' | 'SUBMITTED' | 'APPROVED' = 'DRAFT',
  ): Promise<ServiceRecord> {
    const { projectId, postIds } = await this.recordsProject(side);
    const records = new ServiceRecordService(this.ds, SYSTEM_ACTOR);
    const { startsAt, endsAt } = this.slot();
    const record = await records.record({
      projectId: String(projectId),
      postId: String(postIds[0]),
      volunteerId: String(volunteer.id),
      startsAt,
      endsAt,
      submit: status !== 'DRAFT',
    });
    return status === 'APPROVED' ? records.approve(record.id) : record;
  }

  /** A draft record and the service code the site issued for its day. */
  async codedRecord(side: UnitSide, volunteer: Volunteer): Promise<{ id: number; code: string }> {
    const record = await this.serviceRecord(side, volunteer);
    const issued = await new ServiceRecordService(this.ds, SYSTEM_ACTOR).issueServiceCode(
      record.projectId,
      chinaDate(record.startsAt),
      60,
    );
    return { id: record.id, code: issued.code };
  }

  /** An API token owned by the holder of `token`. */
  async apiTokenOf(token: string): Promise<number> {
    const me = await this.server.gql(
      graphql(`
        query AccessWorldMe {
          me {
            id
          }
        }
      `),
      {},
      { token },
    );
    const account = await this.ds.getRepository(Account).findOneByOrFail({ id: Number(me.data!.me.id) });
    const actor = await actorForAccount(this.ds, account);
    const created = await new AccountService(this.ds, actor).createApiToken(`tool-${this.next()}`, 30);
    return created.apiToken.id;
  }
}

export interface PastProject {
  projectId: number;
  postIds: number[];
}

export interface UnitSide {
  unitId: number;
  cadre: Volunteer;
  members: Volunteer[];
  loner: Volunteer;
  teamId: number;
  siteId: number;
  pairingId: number;
  needId: number;
  projectId: number;
}
