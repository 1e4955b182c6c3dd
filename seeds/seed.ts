import { createHash } from 'node:crypto';
import { In, type DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { Role } from '../server/src/core/actor';
import { chinaDayStart } from '../server/src/core/time';
import { hoursOf } from '../server/src/modules/service-records/service-record.rules';
import { Account } from '../server/src/modules/accounts/account.entity';
import { hashPassword } from '../server/src/modules/accounts/password';
import { Assignment, AssignmentStatus } from '../server/src/modules/assignments/assignment.entity';
import { exclusionsFor, type BookedWindow } from '../server/src/modules/assignments/assignment.rules';
import { Campaign, CampaignPhase, ReportingMilestone } from '../server/src/modules/campaigns/campaign.entity';
import { BeneficiaryGroup } from '../server/src/modules/code-lists/beneficiary-group';
import { ServiceCategory } from '../server/src/modules/code-lists/service-category';
import { ServiceNeed, ServiceNeedStatus } from '../server/src/modules/needs/service-need.entity';
import { normaliseServiceNeed, requireWithinCampaign } from '../server/src/modules/needs/service-need.rules';
import {
  ProjectPost,
  ServiceProject,
  ServiceProjectNeed,
  ServiceProjectStatus,
} from '../server/src/modules/projects/service-project.entity';
import {
  defaultBeneficiaryCodes,
  defaultNationalCategoryCodes,
  peopleServedOf,
} from '../server/src/modules/projects/service-project.rules';
import { SafetyPlan } from '../server/src/modules/safety/safety.entity';
import { normaliseSafetyPlan } from '../server/src/modules/safety/safety.service';
import { Pairing, PairingKind, PairingStatus, Site, SiteKind } from '../server/src/modules/sites/site.entity';
import { normaliseSite } from '../server/src/modules/sites/site.rules';
import {
  ServiceTeam,
  ServiceTeamMember,
  ServiceTeamStatus,
} from '../server/src/modules/teams/service-team.entity';
import { TEAM_RULE } from '../server/src/modules/teams/team-composition';
import { Unit, UnitKind } from '../server/src/modules/units/unit.entity';
import { DocumentType } from '../server/src/modules/volunteers/document-number';
import {
  Honour,
  Volunteer,
  VolunteerAvailability,
  VolunteerRole,
} from '../server/src/modules/volunteers/volunteer.entity';
import { normaliseVolunteer, volunteerNumberFor } from '../server/src/modules/volunteers/volunteer.rules';
import {
  addDays,
  currentCampaignCalendar,
  daysBetween,
  noticeCalendar,
  NOTICE_YEAR,
  type CampaignCalendar,
  type CurrentCampaignCalendar,
} from './campaign-calendar';
import { NEED_TEMPLATES } from './data/categories';
import { CADRE_TITLES, SUBJECTS, TEACHER_TITLES } from './data/people';
import { CITIES, COUNTIES, fillTemplate, SITE_NAME_PARTS, UNIVERSITIES } from './data/shandong';
import { Random } from './random';
import { SyntheticPeople } from './synthetic-people';

/** How long each stretch of stated availability lasts, in days after its first. */
const AVAILABLE_DAYS = 30;

export interface SeedOptions {
  /** How many volunteers (teachers, staff and cadres) to create; the demo uses 600. */
  volunteers: number;
  /** How many service needs; by default about three per site. */
  needs?: number;
  /** How many sites; by default three per city, more for large needs counts. */
  sites?: number;
  /** PRNG seed: the same seed and sizes give the same data. */
  seed?: number;
  /**
   * Approved service records to add (for the export benchmark): teams serve their project's site
   * together, every member on the same segment, up to three segments a day over the project.
   */
  records?: number;
  /** Called as rows are written, for a progress bar. */
  progress?: (done: number, total: number) => void;
  /**
   * The clock of a live demo. Given it, the 2019 campaign gets a second one in the clock's year
   * (`currentCampaignCalendar`) with open needs still ahead, so the workflow can be walked today;
   * the 2019 data stays exactly as without it. Without it the data depends on the seed alone.
   */
  now?: Date;
}

export interface SeedSummary {
  units: number;
  campaigns: number;
  volunteers: number;
  teams: number;
  sites: number;
  needs: number;
  projects: number;
  assignments: number;
  accounts: number;
  records: number;
}

/** What `npm start` seeds: enough approved service time that reports, totals and exports show figures. */
export const DEMO_SIZE = { volunteers: 600, records: 3000 } as const;

/** The password of every demo account (README "Demo accounts"); never used outside demo data. */
export const DEMO_PASSWORD = 'volunteer-demo-2019';
/** One demo account per role. */
export const DEMO_ACCOUNTS = {
  admin: { username: 'admin', role: Role.PROVINCIAL_ADMIN },
  coordinator: { username: 'jinan', role: Role.UNIT_COORDINATOR },
  leader: { username: 'leader', role: Role.TEAM_LEADER },
  volunteer: { username: 'volunteer', role: Role.VOLUNTEER },
  site: { username: 'site', role: Role.SITE_CONTACT },
} as const;
const CHUNK = 500;
// Seed data describes 2019; checks like "not in the future" are judged as of the campaign's end.
const SEED_CLOCK = new Date('2019-10-31T16:00:00Z');
const CITY_CATEGORIES: readonly ServiceCategory[] = [
  ServiceCategory.TUTORING,
  ServiceCategory.SAFETY_TALK,
  ServiceCategory.TEACHER_MENTORING,
];

const BENEFICIARIES: Readonly<Record<ServiceCategory, BeneficiaryGroup[]>> = {
  TUTORING: [BeneficiaryGroup.POOR_RURAL_STUDENTS, BeneficiaryGroup.STUDENTS_WITH_LEARNING_DIFFICULTIES],
  SAFETY_TALK: [BeneficiaryGroup.CHILDREN, BeneficiaryGroup.POOR_RURAL_STUDENTS],
  TEACHER_MENTORING: [BeneficiaryGroup.TEACHERS_IN_WEAK_AREAS],
  SCIENCE_POPULARISATION: [BeneficiaryGroup.CHILDREN, BeneficiaryGroup.RURAL_RESIDENTS],
  TECH_SERVICE: [BeneficiaryGroup.RURAL_RESIDENTS, BeneficiaryGroup.POOR_WORKERS],
  MEDICAL_SERVICE: [BeneficiaryGroup.ELDERLY, BeneficiaryGroup.RURAL_RESIDENTS],
  CULTURE: [BeneficiaryGroup.RURAL_RESIDENTS, BeneficiaryGroup.CHILDREN],
  POLICY_CONSULTING: [BeneficiaryGroup.POOR_WORKERS, BeneficiaryGroup.RURAL_RESIDENTS],
  PROFESSIONAL_TRAINING: [BeneficiaryGroup.POOR_WORKERS, BeneficiaryGroup.TEACHERS_IN_WEAK_AREAS],
  MATERIAL_DONATION: [BeneficiaryGroup.POOR_RURAL_STUDENTS, BeneficiaryGroup.DISABLED_STUDENTS],
  INTERNET_PLUS: [BeneficiaryGroup.POOR_RURAL_STUDENTS, BeneficiaryGroup.TEACHERS_IN_WEAK_AREAS],
};

const POST_NAMES: Readonly<Record<ServiceCategory, string>> = {
  TUTORING: '学习辅导员',
  SAFETY_TALK: '安全宣讲员',
  TEACHER_MENTORING: '帮扶导师',
  SCIENCE_POPULARISATION: '科普讲解员',
  TECH_SERVICE: '技术服务员',
  MEDICAL_SERVICE: '义诊医生',
  CULTURE: '文化辅导员',
  POLICY_CONSULTING: '政策咨询员',
  PROFESSIONAL_TRAINING: '培训讲师',
  MATERIAL_DONATION: '物资发放员',
  INTERNET_PLUS: '线上辅导员',
};

/** Whether the database holds no units yet: seeding only ever fills an empty database. */
export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(Unit).count()) === 0;
}

/**
 * Fills an empty database with realistic, clearly synthetic data for the 2019 campaign:
 * the province union, the 16 city unions and the university unions, volunteers with valid
 * synthetic IDs, teams that meet the composition rule, sites in real Shandong counties, needs
 * in every category, projects and assignments. Every row passes the same rules as the API.
 * Given a clock (`now`), a campaign of the current year follows on the same units and sites.
 */
const TEAM_TRAINING_DAY = '2019-03-30';

export async function seedDatabase(dataSource: DataSource, options: SeedOptions): Promise<SeedSummary> {
  if (!(await isEmpty(dataSource))) throw new Error('refusing to seed: the database already holds units');
  const random = new Random(options.seed ?? 2019);
  const people = new SyntheticPeople(random);
  const needCount = options.needs ?? undefined;
  const siteCount = options.sites ?? Math.max(CITIES.length * 3, Math.ceil((needCount ?? 0) / 3));
  const current = options.now ? currentCampaignCalendar(options.now) : null;
  const total =
    options.volunteers +
    siteCount +
    (needCount ?? siteCount * 3) +
    (options.records ?? 0) +
    (current ? siteCount * CURRENT_NEEDS_PER_SITE : 0);
  let done = 0;
  const advance = (count: number) => {
    done += count;
    options.progress?.(Math.min(done, total), total);
  };

  // scrypt is slow on purpose: one hash, outside the transaction, serves every demo account.
  // Its salt derives from the seed, so the same seed still gives the same data.
  const salt = createHash('sha256')
    .update(`demo-accounts:${options.seed ?? 2019}`)
    .digest()
    .subarray(0, 16);
  const demoPasswordHash = await hashPassword(DEMO_PASSWORD, salt);
  return dataSource.transaction(async (manager) => {
    const units = await insertUnits(manager);
    const campaign = await insertCampaign(
      manager,
      1,
      noticeCalendar(NOTICE_YEAR, '2019年“践行新思想·奋进新时代”助力脱贫攻坚教职工志愿服务活动'),
    );
    const sites = await insertSites(manager, random, siteCount, advance);
    await insertPairings(manager, random, units, sites);
    const volunteers = await insertVolunteers(manager, random, people, units, options.volunteers, advance);
    const teams = await insertTeams(manager, random, units, volunteers);
    const needs = await insertNeeds(manager, random, campaign, sites, needCount ?? siteCount * 3, advance);
    const { projects, assignments } = await insertProjects(manager, random, campaign, teams, sites, needs);
    const accounts = await insertDemoAccounts(manager, units, demoPasswordHash);
    const records = options.records
      ? await insertServiceRecords(manager, random, teams, options.records, advance)
      : 0;
    // Last, and from a stream of its own, so that the 2019 data is the same with it or without it.
    const currentRows = current
      ? await insertCurrentCampaign(
          manager,
          new Random((options.seed ?? 2019) + current.year * 7919),
          { calendar: current, clock: options.now!, units, sites, volunteers, teams },
          { needs: needs.length, projects },
          advance,
        )
      : { needs: 0, projects: 0 };
    return {
      units: units.length,
      campaigns: current ? 2 : 1,
      volunteers: volunteers.length,
      teams: teams.length,
      sites: sites.length,
      needs: needs.length + currentRows.needs,
      projects: projects + currentRows.projects,
      assignments,
      accounts,
      records,
    };
  });
}

type UnitRow = Unit & { strengths: readonly ServiceCategory[]; shortName: string };

async function insertUnits(manager: EntityManager): Promise<UnitRow[]> {
  const rows: UnitRow[] = [];
  const add = (
    fields: Omit<Unit, 'id' | 'createdAt' | 'updatedAt' | 'parent'>,
    extra: Pick<UnitRow, 'strengths' | 'shortName'>,
  ) => rows.push({ ...fields, ...extra, id: rows.length + 1 } as UnitRow);
  add(
    {
      code: 'SD',
      name: '中国教育工会山东省委员会',
      kind: UnitKind.PROVINCE,
      parentId: null,
      cityCode: '370100',
    },
    { strengths: [], shortName: '省教育工会' },
  );
  for (const city of CITIES) {
    add(
      {
        code: `SD-${city.code}`,
        name: city.unionName,
        kind: UnitKind.CITY,
        parentId: 1,
        cityCode: city.code,
      },
      { strengths: CITY_CATEGORIES, shortName: city.shortName },
    );
  }
  UNIVERSITIES.forEach((university, i) => {
    add(
      {
        code: `SD-U${String(i + 1).padStart(2, '0')}`,
        name: university.unionName,
        kind: UnitKind.UNIVERSITY,
        parentId: 1,
        cityCode: university.cityCode,
      },
      { strengths: university.strengths, shortName: university.name },
    );
  });
  await insertChunks(
    manager,
    Unit,
    rows.map(({ strengths: _s, shortName: _n, ...unit }) => unit),
  );
  return rows;
}

async function insertCampaign(
  manager: EntityManager,
  id: number,
  calendar: CampaignCalendar,
): Promise<Campaign> {
  const campaign = {
    id,
    year: calendar.year,
    name: calendar.name,
    startsOn: calendar.startsOn,
    endsOn: calendar.endsOn,
  };
  await manager.getRepository(Campaign).insert(campaign);
  await manager.getRepository(CampaignPhase).insert(calendar.phases.map((p) => ({ campaignId: id, ...p })));
  await manager
    .getRepository(ReportingMilestone)
    .insert(calendar.milestones.map((m) => ({ campaignId: id, ...m })));
  return campaign as Campaign;
}

async function insertSites(
  manager: EntityManager,
  random: Random,
  count: number,
  advance: (n: number) => void,
) {
  const parts = SITE_NAME_PARTS;
  const sites: Site[] = [];
  const names = new Set<string>();
  for (let i = 0; sites.length < count; i++) {
    const city = CITIES[i % CITIES.length]!;
    const county = random.pick(COUNTIES.filter((c) => c.cityCode === city.code));
    const town = random.pick(parts.townStems) + random.pick(parts.townSuffixes);
    const village = random.pick(parts.villageStems) + random.pick(parts.villageSuffixes);
    const kind = random.pick([
      SiteKind.VILLAGE,
      SiteKind.VILLAGE,
      SiteKind.SCHOOL,
      SiteKind.SCHOOL,
      SiteKind.COMMUNITY,
      SiteKind.CLINIC,
    ]);
    const template = {
      VILLAGE: random.pick(parts.villageTemplates),
      SCHOOL: random.pick(parts.schoolTemplates),
      COMMUNITY: random.pick(parts.communityTemplates),
      CLINIC: random.pick(parts.clinicTemplates),
    }[kind];
    const local = fillTemplate(template, { town, village, stem: random.pick(parts.communityStems) });
    const name = `${county.name}${kind === SiteKind.VILLAGE ? town : ''}${local}`;
    if (names.has(name)) continue;
    names.add(name);
    const longTerm = random.chance(0.15);
    const fields = normaliseSite({
      name,
      kind,
      areaCode: county.code,
      address: `山东省${city.name}${county.name}${town}`,
      latitude: round(county.latitude + (random.next() - 0.5) * 0.2, 5),
      longitude: round(county.longitude + (random.next() - 0.5) * 0.2, 5),
      peopleServed: random.int(30, 800),
      contactName: null,
      contactPhone: `0${random.int(530, 546)}-${random.int(2_000_000, 8_999_999)}`,
      longTermBaseSince: longTerm ? `201${random.int(6, 8)}-0${random.int(3, 9)}-01` : null,
      description: null,
    });
    sites.push({ ...fields, id: sites.length + 1 } as Site);
  }
  await insertChunks(manager, Site, sites, advance);
  return sites;
}

async function insertPairings(manager: EntityManager, random: Random, units: UnitRow[], sites: Site[]) {
  const pairings: Partial<Pairing>[] = [];
  for (const unit of units) {
    if (unit.kind === UnitKind.PROVINCE) continue;
    const local = sites.filter((site) => site.cityCode === unit.cityCode);
    const candidates = unit.kind === UnitKind.CITY && local.length > 0 ? local : sites;
    const chosen = random.pickSome(candidates, Math.min(candidates.length, random.int(2, 3)));
    for (const site of chosen) {
      pairings.push({
        unitId: unit.id,
        siteId: site.id,
        kind:
          unit.kind === UnitKind.CITY
            ? PairingKind.BUREAU_PAIRED
            : random.pick([PairingKind.SCHOOL_PAIRED, PairingKind.SELF_PAIRED]),
        startedOn: '2019-03-15',
        endedOn: null,
        status: PairingStatus.ACTIVE,
      });
    }
  }
  await insertChunks(manager, Pairing, pairings);
  // Each site is owned by the first unit that paired with it (as the migration backfills existing
  // rows); a site nobody paired with stays with the province.
  const owned = new Map<number, number[]>();
  for (const site of sites) {
    const first = pairings.find((p) => p.siteId === site.id);
    site.ownerUnitId = first?.unitId ?? null;
    if (first) owned.set(first.unitId!, [...(owned.get(first.unitId!) ?? []), site.id]);
  }
  for (const [unitId, siteIds] of owned) {
    await manager.update(Site, { id: In(siteIds) }, { ownerUnitId: unitId });
  }
}

async function insertVolunteers(
  manager: EntityManager,
  random: Random,
  people: SyntheticPeople,
  units: UnitRow[],
  count: number,
  advance: (n: number) => void,
): Promise<Volunteer[]> {
  const serving = units.filter((unit) => unit.kind !== UnitKind.PROVINCE);
  const volunteers: Volunteer[] = [];
  const windows: Partial<VolunteerAvailability>[] = [];
  for (let i = 0; i < count; i++) {
    const unit = serving[i % serving.length]!;
    // Every tenth member of a unit is a cadre, so each unit can lead teams of 7–10 + 1–2.
    const role =
      Math.floor(i / serving.length) % 10 === 0 ? VolunteerRole.UNION_CADRE : VolunteerRole.VOLUNTEER;
    const gender = random.chance(0.58) ? 'FEMALE' : 'MALE';
    const homeCounty = random.pick(COUNTIES.filter((c) => c.cityCode === unit.cityCode));
    const city = CITIES.find((c) => c.code === unit.cityCode)!;
    const categories = random.pickSome(unit.strengths, Math.min(unit.strengths.length, random.int(1, 3)));
    const skills = [
      ...new Set(categories.flatMap((c) => random.pickSome(NEED_TEMPLATES[c].skills, 2))),
    ].slice(0, 5);
    const fields = normaliseVolunteer(
      {
        name: people.name(gender),
        documentType: DocumentType.MAINLAND_ID_CARD,
        documentNumber: people.residentId(
          random.chance(0.7) ? homeCounty.code : `${unit.cityCode.slice(0, 4)}02`,
          gender,
        ),
        mobile: people.mobile(),
        role,
        title: random.pick(role === VolunteerRole.UNION_CADRE ? CADRE_TITLES : TEACHER_TITLES),
        honours: random.chance(0.03)
          ? [Honour.MODEL_WORKER]
          : random.chance(0.08)
            ? [Honour.ADVANCED_WORKER]
            : [],
        serviceCategories: categories,
        skills,
        subjects: unit.kind === UnitKind.CITY ? random.pickSome(SUBJECTS, random.int(1, 2)) : [],
        homeAreaCode: homeCounty.code,
        homeLatitude: round(city.latitude + (random.next() - 0.5) * 0.3, 5),
        homeLongitude: round(city.longitude + (random.next() - 0.5) * 0.3, 5),
        safetyTrainedOn: random.chance(0.85)
          ? `2019-03-${String(random.int(10, 28)).padStart(2, '0')}`
          : null,
        nationalVolunteerNumber: random.chance(0.4)
          ? `37${String(random.int(0, 99_999_999)).padStart(10, '0')}`
          : null,
      },
      SEED_CLOCK,
    );
    const id = i + 1;
    volunteers.push({
      ...fields,
      id,
      unitId: unit.id,
      volunteerNumber: volunteerNumberFor(id),
      active: true,
    } as Volunteer);
    // One to three stretches of a month each (a term's free weeks, a holiday) that the volunteer
    // said they are free: needs inside one can be planned for them. Drawn as before (one day each),
    // so the rest of the seeded world stays the same.
    for (let w = random.int(1, 3); w > 0; w--) {
      const day = new Date(Date.UTC(2019, random.int(3, 8), random.int(1, 28)));
      const date = day.toISOString().slice(0, 10);
      const last = new Date(day.getTime() + AVAILABLE_DAYS * 86_400_000).toISOString().slice(0, 10);
      windows.push({
        volunteerId: id,
        startsAt: new Date(`${date}T08:00:00+08:00`),
        endsAt: new Date(`${last}T${random.pick(['12', '17', '18'])}:00:00+08:00`),
      });
    }
  }
  await insertChunks(manager, Volunteer, volunteers, advance);
  await insertChunks(manager, VolunteerAvailability, windows);
  return volunteers;
}

interface TeamRow {
  team: ServiceTeam;
  unit: UnitRow;
  members: Volunteer[];
}

async function insertTeams(
  manager: EntityManager,
  random: Random,
  units: UnitRow[],
  volunteers: Volunteer[],
) {
  const byUnit = new Map<number, Volunteer[]>();
  for (const volunteer of volunteers)
    byUnit.set(volunteer.unitId, [...(byUnit.get(volunteer.unitId) ?? []), volunteer]);
  const teams: TeamRow[] = [];
  for (const unit of units) {
    const pool = byUnit.get(unit.id) ?? [];
    const cadres = pool.filter((v) => v.role === VolunteerRole.UNION_CADRE);
    const members = random.shuffle(pool.filter((v) => v.role === VolunteerRole.VOLUNTEER));
    // Leave about a third of each unit unteamed, as in real units, so matching has people to place.
    const maxTeams = Math.min(
      cadres.length,
      Math.floor((members.length * 2) / 3 / TEAM_RULE.maxVolunteers),
      30,
    );
    for (
      let t = 0;
      t < Math.max(maxTeams, members.length >= TEAM_RULE.minVolunteers && cadres.length > 0 ? 1 : 0);
      t++
    ) {
      const size = random.int(TEAM_RULE.minVolunteers + 1, TEAM_RULE.maxVolunteers);
      const chosen = members.splice(0, size);
      if (chosen.length < TEAM_RULE.minVolunteers) break;
      const leader = cadres[t]!;
      const id = teams.length + 1;
      teams.push({
        unit,
        members: [leader, ...chosen],
        team: {
          id,
          name: `${unit.shortName}教职工志愿服务${t + 1}队`,
          unitId: unit.id,
          status: ServiceTeamStatus.ACTIVE,
          leaderId: leader.id,
          description: null,
        } as ServiceTeam,
      });
    }
  }
  // A serving team's project may not start before every member has safety training (DOMAIN.md),
  // so everyone in a seeded serving team has had it, the day of the province's training session.
  const untrained = teams.flatMap((t) => t.members).filter((m) => m.safetyTrainedOn === null);
  for (const member of untrained) member.safetyTrainedOn = TEAM_TRAINING_DAY;
  for (let i = 0; i < untrained.length; i += 500) {
    await manager
      .getRepository(Volunteer)
      .update(
        { id: In(untrained.slice(i, i + 500).map((m) => m.id)) },
        { safetyTrainedOn: TEAM_TRAINING_DAY },
      );
  }
  await insertChunks(
    manager,
    ServiceTeam,
    teams.map((t) => t.team),
  );
  await insertChunks(
    manager,
    ServiceTeamMember,
    teams.flatMap((t) => t.members.map((m) => ({ teamId: t.team.id, volunteerId: m.id }))),
  );
  return teams;
}

async function insertNeeds(
  manager: EntityManager,
  random: Random,
  campaign: Campaign,
  sites: Site[],
  count: number,
  advance: (n: number) => void,
): Promise<ServiceNeed[]> {
  const categories = Object.values(ServiceCategory);
  const needs: ServiceNeed[] = [];
  for (let i = 0; i < count; i++) {
    // Round-robin over categories so every category of DOMAIN.md has needs.
    const category = categories[i % categories.length]!;
    const template = NEED_TEMPLATES[category];
    const site = sites[(i * 7) % sites.length]!;
    const month = random.int(4, 9);
    const day = random.int(1, 28);
    const date = `2019-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const start = chinaDayStart(date);
    const fields = normaliseServiceNeed({
      title: random.pick(template.titles),
      description: random.pick(template.descriptions),
      category,
      requiredSkills: random.pickSome(template.skills, Math.min(template.skills.length, random.int(1, 2))),
      headcount: random.int(2, 8),
      startsAt: new Date(start.getTime() + 8.5 * 3_600_000),
      endsAt: new Date(start.getTime() + (random.chance(0.7) ? 16 : 16 + 24 * random.int(1, 4)) * 3_600_000),
      beneficiaryGroups: BENEFICIARIES[category],
      beneficiaryCount: random.int(10, 200),
    });
    requireWithinCampaign(fields, campaign);
    needs.push({
      ...fields,
      id: i + 1,
      siteId: site.id,
      campaignId: campaign.id,
      status: ServiceNeedStatus.OPEN,
      confirmedCount: 0,
      postedAt: new Date(start.getTime() - random.int(7, 40) * 86_400_000),
    } as ServiceNeed);
  }
  await insertChunks(manager, ServiceNeed, needs, advance);
  return needs;
}

async function insertProjects(
  manager: EntityManager,
  random: Random,
  campaign: Campaign,
  teams: TeamRow[],
  sites: Site[],
  needs: ServiceNeed[],
): Promise<{ projects: number; assignments: number }> {
  const siteById = new Map(sites.map((site) => [site.id, site]));
  const pairings = await manager.getRepository(Pairing).find();
  const needsBySite = new Map<number, ServiceNeed[]>();
  for (const need of needs) needsBySite.set(need.siteId, [...(needsBySite.get(need.siteId) ?? []), need]);
  const projects: ServiceProject[] = [];
  const posts: Partial<ProjectPost>[] = [];
  const links: Partial<ServiceProjectNeed>[] = [];
  const assignments = new Map<string, Partial<Assignment>>();
  const histories = new Map<number, { assignedNeedIds: Set<number>; booked: BookedWindow[] }>();
  for (const { team, unit, members } of teams) {
    const paired = pairings.filter((p) => p.unitId === unit.id);
    if (paired.length === 0) continue;
    const siteId = random.pick(paired).siteId;
    const served = (needsBySite.get(siteId) ?? [])
      .filter((n) => n.status === ServiceNeedStatus.OPEN)
      .slice(0, 2);
    const id = projects.length + 1;
    const category = served[0]?.category ?? unit.strengths[0] ?? ServiceCategory.TUTORING;
    projects.push({
      id,
      name: `${team.name}${NEED_TEMPLATES[category].titles[0]!.slice(0, 20)}项目`.slice(0, 50),
      teamId: team.id,
      siteId,
      campaignId: campaign.id,
      startsOn: '2019-04-01',
      endsOn: '2019-09-30',
      status: ServiceProjectStatus.ACTIVE,
      nationalCategoryCodes: defaultNationalCategoryCodes(served.length ? served : [{ category }]),
      beneficiaryCodes: defaultBeneficiaryCodes(served),
      peopleServed: peopleServedOf(undefined, served),
      areaCode: siteById.get(siteId)!.areaCode,
      description: null,
    } as ServiceProject);
    const postNames = [...new Set([category, ...served.map((n) => n.category)].map((c) => POST_NAMES[c]))];
    for (const name of postNames) posts.push({ projectId: id, name, description: null });
    for (const need of served) {
      links.push({ projectId: id, needId: need.id });
      // Team members take the places of the needs their project serves, as far as the hard rules
      // of assignments allow (trained, not booked elsewhere at the time); the rest stay open for matching.
      for (const volunteer of members) {
        if (need.confirmedCount >= need.headcount) break;
        const history = histories.get(volunteer.id) ?? { assignedNeedIds: new Set(), booked: [] };
        if (exclusionsFor(volunteer, need, { ...history, declinedNeedIds: new Set() }).length > 0) continue;
        history.assignedNeedIds.add(need.id);
        history.booked.push({ needId: need.id, startsAt: need.startsAt, endsAt: need.endsAt });
        histories.set(volunteer.id, history);
        need.confirmedCount += 1;
        assignments.set(`${need.id}:${volunteer.id}`, {
          needId: need.id,
          volunteerId: volunteer.id,
          status: AssignmentStatus.ACCEPTED,
          score: null,
          declineReason: null,
          proposedAt: new Date(need.postedAt.getTime() + 86_400_000),
          confirmedAt: new Date(need.postedAt.getTime() + 2 * 86_400_000),
          respondedAt: new Date(need.postedAt.getTime() + 3 * 86_400_000),
        });
      }
      if (need.confirmedCount >= need.headcount) need.status = ServiceNeedStatus.FILLED;
    }
  }
  await insertChunks(manager, ServiceProject, projects);
  await insertChunks(manager, ProjectPost, posts);
  await insertChunks(manager, ServiceProjectNeed, links);
  await insertChunks(manager, Assignment, [...assignments.values()]);
  const filled = needs.filter((n) => n.status === ServiceNeedStatus.FILLED).map((n) => n.id);
  for (let i = 0; i < filled.length; i += CHUNK) {
    await manager
      .getRepository(ServiceNeed)
      .update(filled.slice(i, i + CHUNK), { status: ServiceNeedStatus.FILLED });
  }
  // Places taken: one statement however many needs, counted from the rows just written.
  await manager.query(
    `UPDATE service_need SET confirmedCount = (SELECT COUNT(*) FROM assignment a
      WHERE a.needId = service_need.id AND a.status IN ('CONFIRMED', 'ACCEPTED'))`,
  );
  return { projects: projects.length, assignments: assignments.size };
}

/** Needs each site posts in the current-year campaign. */
const CURRENT_NEEDS_PER_SITE = 2;

const EMERGENCY_PLAN =
  '出发前清点人数并讲解安全须知；服务中如遇突发伤病、恶劣天气或交通事故，立即停止活动，' +
  '拨打120/110并报告带队负责人和派出工会，由负责人统一组织撤离和善后。';

interface CurrentWorld {
  calendar: CurrentCampaignCalendar;
  clock: Date;
  units: UnitRow[];
  sites: Site[];
  volunteers: Volunteer[];
  teams: TeamRow[];
}

/**
 * The campaign of the clock's year, on the 2019 units, sites, pairings (they hold across
 * campaigns), volunteers and teams: each site posts open needs on days still ahead, in categories
 * its owner and paired units serve, with nobody on them yet, so a coordinator can match, propose
 * and confirm now; each volunteer states when they are free in those days (matching plans only
 * people who said so); and each team runs a started project, with its safety plan, over the whole
 * campaign at one of its unit's sites, where its members record service once they have served.
 */
async function insertCurrentCampaign(
  manager: EntityManager,
  random: Random,
  world: CurrentWorld,
  before: { needs: number; projects: number },
  advance: (n: number) => void,
): Promise<{ needs: number; projects: number }> {
  const { calendar, clock } = world;
  const campaign = await insertCampaign(manager, 2, calendar);
  const { first, last } = calendar.needDays;
  const span = daysBetween(first, last);

  const windows: Partial<VolunteerAvailability>[] = [];
  for (const volunteer of world.volunteers) {
    for (let w = random.int(1, 3); w > 0; w--) {
      // Stretches may start up to two weeks before the first need day, so its first days are covered too.
      const date = addDays(first, random.int(-14, span));
      windows.push({
        volunteerId: volunteer.id,
        startsAt: new Date(`${date}T08:00:00+08:00`),
        endsAt: new Date(`${addDays(date, AVAILABLE_DAYS)}T${random.pick(['12', '17', '18'])}:00:00+08:00`),
      });
    }
  }
  await insertChunks(manager, VolunteerAvailability, windows);

  const pairings = await manager.getRepository(Pairing).find({ order: { id: 'ASC' } });
  const unitById = new Map(world.units.map((unit) => [unit.id, unit]));
  const strengthsOf = (unitIds: number[]) => [
    ...new Set(unitIds.flatMap((id) => unitById.get(id)?.strengths ?? [])),
  ];
  const allCategories = Object.values(ServiceCategory);
  const needs: ServiceNeed[] = [];
  for (const site of world.sites) {
    const paired = pairings.filter((p) => p.siteId === site.id).map((p) => p.unitId);
    // The first need is one its owner serves, so every owning unit has needs of its own to match.
    const choices = [strengthsOf(site.ownerUnitId === null ? [] : [site.ownerUnitId]), strengthsOf(paired)];
    for (let n = 0; n < CURRENT_NEEDS_PER_SITE; n++) {
      const offered = choices[Math.min(n, choices.length - 1)]!;
      const category = random.pick(offered.length > 0 ? offered : allCategories);
      const template = NEED_TEMPLATES[category];
      const date = addDays(first, random.int(0, span));
      const extraDays = random.chance(0.7)
        ? 0
        : Math.min(random.int(1, 3), daysBetween(date, calendar.endsOn));
      const start = chinaDayStart(date);
      const fields = normaliseServiceNeed({
        title: random.pick(template.titles),
        description: random.pick(template.descriptions),
        category,
        requiredSkills: random.pickSome(template.skills, Math.min(template.skills.length, random.int(1, 2))),
        headcount: random.int(2, 8),
        startsAt: new Date(start.getTime() + 8.5 * 3_600_000),
        endsAt: new Date(start.getTime() + (16 + 24 * extraDays) * 3_600_000),
        beneficiaryGroups: BENEFICIARIES[category],
        beneficiaryCount: random.int(10, 200),
      });
      requireWithinCampaign(fields, campaign);
      needs.push({
        ...fields,
        id: before.needs + needs.length + 1,
        siteId: site.id,
        campaignId: campaign.id,
        postedByUnitId: null,
        status: ServiceNeedStatus.OPEN,
        confirmedCount: 0,
        postedAt: new Date(clock.getTime() - random.int(1, 14) * 86_400_000),
      } as ServiceNeed);
    }
  }
  await insertChunks(manager, ServiceNeed, needs, advance);

  const siteById = new Map(world.sites.map((site) => [site.id, site]));
  const needsBySite = new Map<number, ServiceNeed[]>();
  for (const need of needs) needsBySite.set(need.siteId, [...(needsBySite.get(need.siteId) ?? []), need]);
  const projects: ServiceProject[] = [];
  const posts: Partial<ProjectPost>[] = [];
  const links: Partial<ServiceProjectNeed>[] = [];
  const plans: Partial<SafetyPlan>[] = [];
  for (const { team, unit, members } of world.teams) {
    const paired = pairings.filter((p) => p.unitId === unit.id);
    if (paired.length === 0) continue;
    const siteId = random.pick(paired).siteId;
    const served = (needsBySite.get(siteId) ?? []).filter((n) => unit.strengths.includes(n.category));
    const category = served[0]?.category ?? unit.strengths[0] ?? ServiceCategory.TUTORING;
    const id = before.projects + projects.length + 1;
    projects.push({
      id,
      name: `${team.name}${calendar.year}年${NEED_TEMPLATES[category].titles[0]!.slice(0, 20)}项目`.slice(
        0,
        50,
      ),
      teamId: team.id,
      siteId,
      campaignId: campaign.id,
      startsOn: calendar.startsOn,
      endsOn: calendar.endsOn,
      status: ServiceProjectStatus.ACTIVE,
      nationalCategoryCodes: defaultNationalCategoryCodes(served.length ? served : [{ category }]),
      beneficiaryCodes: defaultBeneficiaryCodes(served),
      peopleServed: peopleServedOf(undefined, served),
      areaCode: siteById.get(siteId)!.areaCode,
      description: null,
    } as ServiceProject);
    const postNames = [...new Set([category, ...served.map((n) => n.category)].map((c) => POST_NAMES[c]))];
    for (const name of postNames) posts.push({ projectId: id, name, description: null });
    // Linked, not filled: the places of these needs are left for the coordinator to match.
    for (const need of served) links.push({ projectId: id, needId: need.id });
    // A project starts only with a safety plan (DOMAIN.md "Safety"); its leader answers for it.
    const leader = members.find((m) => m.id === team.leaderId)!;
    plans.push({
      projectId: id,
      ...normaliseSafetyPlan({
        responsiblePerson: leader.name,
        responsiblePhone: leader.mobile,
        emergencyPlan: EMERGENCY_PLAN,
        insured: true,
        insuranceNote: '志愿者团体意外伤害保险',
      }),
    });
  }
  await insertChunks(manager, ServiceProject, projects);
  await insertChunks(manager, ProjectPost, posts);
  await insertChunks(manager, ServiceProjectNeed, links);
  await insertChunks(manager, SafetyPlan, plans);
  return { needs: needs.length, projects: projects.length };
}

/**
 * One account per role: the province admin, the 济南 coordinator, the leader of the first team,
 * a member of that team who is not its leader, and the contact of the first project's site.
 * Roles whose record the data lacks (tiny seeds without teams or projects) get no account.
 */
async function insertDemoAccounts(manager: EntityManager, units: UnitRow[], passwordHash: string) {
  const jinan = units.find((unit) => unit.name === '济南市教育工会');
  const team = await manager.getRepository(ServiceTeam).findOne({ where: {}, order: { id: 'ASC' } });
  const members = team
    ? await manager
        .getRepository(ServiceTeamMember)
        .find({ where: { teamId: team.id }, order: { id: 'ASC' } })
    : [];
  const member = members.find((m) => m.volunteerId !== team?.leaderId);
  const names = new Map(
    (
      await manager
        .getRepository(Volunteer)
        .findBy({ id: In([team?.leaderId ?? 0, member?.volunteerId ?? 0]) })
    ).map((v) => [v.id, v.name]),
  );
  const project = await manager.getRepository(ServiceProject).findOne({ where: {}, order: { id: 'ASC' } });
  const site = project ? await manager.getRepository(Site).findOneBy({ id: project.siteId }) : null;
  const none = { unitId: null, volunteerId: null, siteId: null };
  const rows: Partial<Account>[] = [{ ...DEMO_ACCOUNTS.admin, ...none, displayName: '省教育工会管理员' }];
  if (jinan)
    rows.push({
      ...DEMO_ACCOUNTS.coordinator,
      ...none,
      displayName: '济南市教育工会协调员',
      unitId: jinan.id,
    });
  if (team?.leaderId) {
    const displayName = names.get(team.leaderId) ?? '服务队负责人';
    rows.push({ ...DEMO_ACCOUNTS.leader, ...none, displayName, volunteerId: team.leaderId });
  }
  if (member) {
    const displayName = names.get(member.volunteerId) ?? '志愿者';
    rows.push({ ...DEMO_ACCOUNTS.volunteer, ...none, displayName, volunteerId: member.volunteerId });
  }
  if (site)
    rows.push({
      ...DEMO_ACCOUNTS.site,
      ...none,
      displayName: `${site.name}联系人`.slice(0, 50),
      siteId: site.id,
    });
  await insertChunks(
    manager,
    Account,
    rows.map((row) => ({ ...row, passwordHash, active: true, tokenVersion: 0, lastLoginAt: null })),
  );
  return rows.length;
}

const SERVICE_SEGMENTS = [
  ['09:00:00', '11:30:00'],
  ['14:00:00', '16:30:00'],
  ['19:00:00', '20:30:00'],
] as const;
const SERVICE_REMARKS = [
  null,
  null,
  '课后辅导，作业答疑',
  '安全知识宣讲：防溺水、防交通事故',
  '送教下乡 “互联网+” 课堂',
  '帮扶座谈\n走访困难家庭',
];
const RECORD_CHUNK = 1000;

/**
 * `count` approved service records, bulk-inserted (raw multi-row INSERTs: TypeORM's builder is
 * too slow for a million rows). Each team serves its project's site together: every member on
 * the same post and segment (one national entry, one 分组号), a segment per occasion, up to three
 * a day from the project's start, so no volunteer's segments overlap and each stays in one day.
 * Hours come from hoursOf, as the API computes them; the leader records and approves.
 */
async function insertServiceRecords(
  manager: EntityManager,
  random: Random,
  teams: TeamRow[],
  count: number,
  advance: (n: number) => void,
): Promise<number> {
  const projects = await manager.getRepository(ServiceProject).find({ order: { id: 'ASC' } });
  const posts = await manager.getRepository(ProjectPost).find({ order: { id: 'ASC' } });
  const postsByProject = new Map<number, number[]>();
  for (const post of posts)
    postsByProject.set(post.projectId, [...(postsByProject.get(post.projectId) ?? []), post.id]);
  const teamById = new Map(teams.map((t) => [t.team.id, t]));
  const serving = projects
    .map((project) => ({
      project,
      team: teamById.get(project.teamId)!,
      posts: postsByProject.get(project.id) ?? [],
    }))
    .filter((p) => p.team && p.posts.length > 0);
  const days = 183; // 2019-04-01 … 2019-09-30
  const capacity = serving.reduce(
    (sum, p) => sum + p.team.members.length * days * SERVICE_SEGMENTS.length,
    0,
  );
  if (count > capacity) {
    throw new Error(`--records ${count} is more than ${capacity}: seed more volunteers (more teams)`);
  }
  const sqlite = manager.connection.options.type === 'better-sqlite3';
  const stamp = (d: Date) =>
    sqlite ? d.toISOString().replace('T', ' ').slice(0, 23) : d.toISOString().replace('T', ' ').slice(0, 19);
  const occasionIds = new Map<string, number>();
  const occasions: unknown[][] = [];
  const columns = [
    'volunteerId',
    'projectId',
    'postId',
    'occasionId',
    'startsAt',
    'endsAt',
    'hours',
    'status',
    'remark',
    'recordedById',
    'submittedAt',
    'approvedAt',
    'approvedById',
    'createdAt',
    'updatedAt',
  ];
  let rows: unknown[][] = [];
  const flush = async () => {
    if (occasions.length) {
      await manager.query(
        `INSERT INTO service_occasion (id, projectId, title, date, startsAt, endsAt, createdAt) VALUES ${occasions.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        occasions.flat(),
      );
      occasions.length = 0;
    }
    if (rows.length) {
      const marks = `(${columns.map(() => '?').join(', ')})`;
      await manager.query(
        `INSERT INTO service_record (${columns.join(', ')}) VALUES ${rows.map(() => marks).join(', ')}`,
        rows.flat(),
      );
      advance(rows.length);
      rows = [];
    }
  };
  let made = 0;
  for (let round = 0; made < count; round++) {
    const day = Math.floor(round / SERVICE_SEGMENTS.length);
    const [from, to] = SERVICE_SEGMENTS[round % SERVICE_SEGMENTS.length]!;
    const date = new Date(Date.UTC(2019, 3, 1 + day)).toISOString().slice(0, 10);
    for (const { project, team, posts: postIds } of serving) {
      if (made >= count) break;
      const startsAt = new Date(`${date}T${from}+08:00`);
      const endsAt = new Date(`${date}T${to}+08:00`);
      const key = `${project.id}|${date}`;
      let occasionId = occasionIds.get(key);
      if (occasionId === undefined) {
        occasionId = occasionIds.size + 1;
        occasionIds.set(key, occasionId);
        occasions.push([
          occasionId,
          project.id,
          project.name.slice(0, 100),
          date,
          stamp(startsAt),
          stamp(endsAt),
          stamp(endsAt),
        ]);
      }
      const postId = postIds[round % postIds.length]!;
      const hours = hoursOf({ startsAt, endsAt });
      const remark = random.pick(SERVICE_REMARKS);
      const leaderId = team.team.leaderId!;
      const approvedAt = stamp(new Date(endsAt.getTime() + 86_400_000));
      for (const member of team.members) {
        if (made >= count) break;
        rows.push([
          member.id,
          project.id,
          postId,
          occasionId,
          stamp(startsAt),
          stamp(endsAt),
          hours,
          'APPROVED',
          remark,
          member.id === leaderId ? null : leaderId,
          stamp(endsAt),
          approvedAt,
          member.id === leaderId ? null : leaderId,
          stamp(endsAt),
          approvedAt,
        ]);
        made += 1;
        if (rows.length >= RECORD_CHUNK) await flush();
      }
    }
  }
  await flush();
  return made;
}

/** Inserts in chunks: keeps statements under both drivers' parameter limits. */
async function insertChunks<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: readonly object[],
  advance?: (n: number) => void,
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(chunk as never)
      .updateEntity(false)
      .execute();
    advance?.(chunk.length);
  }
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
