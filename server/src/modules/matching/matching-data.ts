import { In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { columnsHydrator } from '../../core/entity-reader';
import { yieldToEventLoop } from '../../core/heavy-work';
import { whereContains } from '../../core/sql';
import { AssignmentStatus } from '../assignments/assignment.entity';
import { ServiceNeed, ServiceNeedStatus } from '../needs/service-need.entity';
import { needsOpenToUnitsSql } from '../needs/service-need.access';
import { Pairing, Site } from '../sites/site.entity';
import { LIVE_PAIRING } from '../sites/site.service';
import { ServiceTeam, ServiceTeamMember, ServiceTeamStatus } from '../teams/service-team.entity';
import type { ServiceCategory } from '../code-lists/service-category';
import { availabilityWindows } from '../volunteers/availability';
import { Volunteer, VolunteerRole } from '../volunteers/volunteer.entity';
import type { NeedFacts, VolunteerFacts } from './scoring';
import { idsOrNone } from '../../core/dialect';

/** A volunteer as matching sees them, with the fields the hard rules read. */
export interface Candidate extends VolunteerFacts {
  active: boolean;
  safetyTrainedOn: string | null;
}

/** An open need with the places still to fill. */
export interface OpenNeed extends NeedFacts {
  siteId: number;
  openPlaces: number;
  /** Filled by one whole team; `headcount` tells whether anyone holds a place yet. */
  servedByTeam?: boolean;
  headcount?: number;
}

/** A serving team that a team-served need could be given to, with its members' volunteer ids. */
export interface CandidateTeam {
  id: number;
  unitId: number;
  memberIds: readonly number[];
}

/** Who else `loadCandidates` reads: explanations need the people planning leaves out too. */
export interface CandidateFilter {
  /** Also people no longer serving (planning never places them, but an explanation says why). */
  includeInactive?: boolean;
  /** Only these volunteers. */
  volunteerIds?: readonly number[];
  /** Only the availability windows overlapping this span: every need weighed lies inside it. */
  windowsOverlapping?: { from: Date; to: Date };
}

const CHUNK = 1000;
/** Volunteers read per statement while loading a scope (see loadCandidates). */
const PAGE = 1000;
/** What scoring reads of a volunteer: not their name, documents or contact details. */
const CANDIDATE_COLUMNS = [
  'id',
  'unitId',
  'role',
  'serviceCategories',
  'skills',
  'honours',
  'homeLatitude',
  'homeLongitude',
  'active',
  'safetyTrainedOn',
] as const satisfies readonly (keyof Volunteer)[];

/**
 * Volunteers of the given units (null: every unit) with their windows and campaign load: two
 * statements per 250 volunteers and one for the loads, so planning a whole province stays cheap. With
 * `category`, only people who offer that service are read: a one-need suggestion then loads a
 * fraction of the province.
 */
export async function loadCandidates(
  manager: EntityManager,
  campaignId: number,
  unitIds: readonly number[] | null,
  category?: ServiceCategory,
  filter: CandidateFilter = {},
): Promise<Candidate[]> {
  const restrict = <T extends object>(query: SelectQueryBuilder<T>, alias: string) => {
    if (filter.includeInactive) query.where('1 = 1');
    else query.where(`${alias}.active = :active`, { active: true });
    if (filter.volunteerIds) {
      query.andWhere(`${alias}.id IN (:...onlyIds)`, { onlyIds: idsOrNone(filter.volunteerIds) });
    }
    if (unitIds) query.andWhere(`${alias}.unitId IN (:...unitIds)`, { unitIds: idsOrNone(unitIds) });
    // serviceCategories is JSON text; the quotes keep one code from matching inside another.
    if (category) whereContains(query, `${alias}.serviceCategories`, 'category', `"${category}"`);
    return query;
  };
  // Pages of volunteers, each with its windows, and a turn for the event loop between pages:
  // on SQLite a statement and its hydration block the loop, so one read of a whole province
  // would hold /healthz and every other request for its whole length.
  // Raw rows of the scoring columns (columnsHydrator): for thousands of rows TypeORM's entity
  // transformer and its garbage cost more than the read.
  const hydrate = columnsHydrator(manager.connection, Volunteer, CANDIDATE_COLUMNS);
  const volunteers: ReturnType<typeof hydrate>[] = [];
  const windowsOf = new Map<number, [number, number][]>();
  for (let after = 0; ;) {
    const query = restrict(manager.getRepository(Volunteer).createQueryBuilder('v'), 'v').select(
      'v.id',
      'id',
    );
    for (const name of CANDIDATE_COLUMNS.slice(1)) query.addSelect(`v.${name}`, name);
    const rows: Record<string, unknown>[] = await query
      .andWhere('v.id > :after', { after })
      .orderBy('v.id', 'ASC')
      .limit(PAGE)
      .getRawMany();
    const page = rows.map(hydrate);
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    const kept = page.filter((v) => !category || v.serviceCategories.includes(category));
    if (kept.length > 0) {
      for (const [id, windows] of await availabilityWindows(
        manager,
        kept.map((v) => v.id),
        filter.windowsOverlapping,
      )) {
        windowsOf.set(id, windows);
      }
    }
    volunteers.push(...kept);
    await yieldToEventLoop();
    if (page.length < PAGE) break;
  }
  if (volunteers.length === 0) return [];
  const loadOf = await campaignLoads(manager, campaignId);
  return volunteers.map((v) => ({
    id: v.id,
    unitId: v.unitId,
    isCadre: v.role === VolunteerRole.UNION_CADRE,
    serviceCategories: v.serviceCategories,
    skills: new Set(v.skills),
    hasHonour: v.honours.length > 0,
    latitude: v.homeLatitude,
    longitude: v.homeLongitude,
    windows: windowsOf.get(v.id) ?? [],
    load: loadOf.get(v.id) ?? 0,
    active: v.active,
    safetyTrainedOn: v.safetyTrainedOn,
  }));
}

/**
 * Each volunteer's load in a campaign: their proposed, confirmed and accepted assignments there.
 * Proposals count too: a re-plan then prefers free people to stacking a second proposal on someone.
 */
export async function campaignLoads(
  manager: EntityManager,
  campaignId: number,
): Promise<Map<number, number>> {
  const loads: { volunteerId: number; load: string | number }[] = await manager
    .createQueryBuilder()
    .select('a.volunteerId', 'volunteerId')
    .addSelect('COUNT(*)', 'load')
    .from('assignment', 'a')
    .innerJoin(ServiceNeed, 'n', 'n.id = a.needId')
    .where('n.campaignId = :campaignId', { campaignId })
    .andWhere('a.status IN (:...counted)', {
      counted: [AssignmentStatus.PROPOSED, AssignmentStatus.CONFIRMED, AssignmentStatus.ACCEPTED],
    })
    .groupBy('a.volunteerId')
    .getRawMany();
  return new Map(loads.map((row) => [Number(row.volunteerId), Number(row.load)]));
}

/** How many volunteers `loadCandidates` would read, without reading them. */
export function countCandidates(
  manager: EntityManager,
  unitIds: readonly number[] | null,
  category?: ServiceCategory,
  filter: Pick<CandidateFilter, 'includeInactive'> = {},
): Promise<number> {
  const query = manager
    .getRepository(Volunteer)
    .createQueryBuilder('v')
    .where(filter.includeInactive ? '1 = 1' : 'v.active = :active', { active: true });
  if (unitIds) query.andWhere('v.unitId IN (:...unitIds)', { unitIds: idsOrNone(unitIds) });
  if (category) whereContains(query, 'v.serviceCategories', 'category', `"${category}"`);
  return query.getCount();
}

export interface NeedScope {
  /** Needs of these needs' ids only (one-need suggestions). */
  needIds?: readonly number[];
  /**
   * Needs open to these units: those they posted, and the site's own needs at sites they own or
   * hold an approved, live pairing with (`needOpenTo`).
   */
  pairedUnitIds?: readonly number[];
  /** Needs of sites in this city. */
  cityCode?: string;
}

/** Open needs of a campaign in scope that still have places to fill, with their site's position and paired units. */
export async function loadOpenNeeds(
  manager: EntityManager,
  campaignId: number,
  scope: NeedScope,
): Promise<OpenNeed[]> {
  return (await loadNeedsInScope(manager, campaignId, scope)).filter((need) => need.openPlaces > 0);
}

/**
 * Every open-status need in scope, including those whose places are all held by proposals or
 * assignments (openPlaces 0), so a plan can report what is held there too.
 */
export async function loadNeedsInScope(
  manager: EntityManager,
  campaignId: number,
  scope: NeedScope,
): Promise<OpenNeed[]> {
  const needs = await needsInScopeQuery(manager, campaignId, scope).getMany();
  if (needs.length === 0) return [];
  const heldByProposals = await placesHeldByProposals(manager, campaignId);
  const siteIds = [...new Set(needs.map((n) => n.siteId))];
  const sites = new Map<number, Site>();
  const paired = new Map<number, Set<number>>();
  for (let i = 0; i < siteIds.length; i += CHUNK) {
    const chunk = siteIds.slice(i, i + CHUNK);
    for (const site of await manager.getRepository(Site).findBy({ id: In(chunk) })) sites.set(site.id, site);
    const pairings = await manager
      .getRepository(Pairing)
      .createQueryBuilder('p')
      .where(`p.siteId IN (:...chunk) AND ${LIVE_PAIRING}`, { chunk })
      .getMany();
    for (const p of pairings) paired.set(p.siteId, (paired.get(p.siteId) ?? new Set()).add(p.unitId));
    // The owner serves its own site as closely as a paired unit does.
    for (const site of sites.values()) {
      if (site.ownerUnitId !== null)
        paired.set(site.id, (paired.get(site.id) ?? new Set()).add(site.ownerUnitId));
    }
  }
  return needs.map((need) => {
    const site = sites.get(need.siteId)!;
    return {
      id: need.id,
      siteId: need.siteId,
      category: need.category,
      requiredSkills: need.requiredSkills,
      startsAt: need.startsAt.getTime(),
      endsAt: need.endsAt.getTime(),
      latitude: site.latitude,
      longitude: site.longitude,
      pairedUnitIds: paired.get(need.siteId) ?? new Set<number>(),
      servedByTeam: need.servedByTeam,
      headcount: need.headcount,
      openPlaces: Math.max(0, need.headcount - need.confirmedCount - (heldByProposals.get(need.id) ?? 0)),
    };
  });
}

/** The categories of the open needs in scope that still have places to fill (as `loadOpenNeeds` counts them). */
export async function loadOpenNeedCategories(
  manager: EntityManager,
  campaignId: number,
  scope: NeedScope,
): Promise<ServiceCategory[]> {
  const needs: {
    id: number | string;
    category: ServiceCategory;
    headcount: number;
    confirmedCount: number;
  }[] = await needsInScopeQuery(manager, campaignId, scope)
    .select('need.id', 'id')
    .addSelect('need.category', 'category')
    .addSelect('need.headcount', 'headcount')
    .addSelect('need.confirmedCount', 'confirmedCount')
    .getRawMany();
  if (needs.length === 0) return [];
  const held = await placesHeldByProposals(manager, campaignId);
  const open = needs.filter(
    (n) => Number(n.headcount) - Number(n.confirmedCount) - (held.get(Number(n.id)) ?? 0) > 0,
  );
  return [...new Set(open.map((n) => n.category))];
}

/** Open-status needs of a campaign in scope, in id order. */
function needsInScopeQuery(
  manager: EntityManager,
  campaignId: number,
  scope: NeedScope,
): SelectQueryBuilder<ServiceNeed> {
  const query = manager
    .getRepository(ServiceNeed)
    .createQueryBuilder('need')
    .where('need.campaignId = :campaignId', { campaignId })
    .andWhere('need.status = :open', { open: ServiceNeedStatus.OPEN })
    .orderBy('need.id', 'ASC');
  if (scope.needIds) query.andWhere('need.id IN (:...needIds)', { needIds: idsOrNone(scope.needIds) });
  if (scope.cityCode) {
    query.andWhere('need.siteId IN (SELECT s.id FROM site s WHERE s.cityCode = :cityCode)', {
      cityCode: scope.cityCode,
    });
  }
  if (scope.pairedUnitIds) {
    query.andWhere(needsOpenToUnitsSql('need', 'scopeUnits'), { scopeUnits: idsOrNone(scope.pairedUnitIds) });
  }
  return query;
}

/** Places held by proposals on the campaign's open needs, by need: they are not open, so a re-plan fills only what is still missing. */
async function placesHeldByProposals(
  manager: EntityManager,
  campaignId: number,
): Promise<Map<number, number>> {
  const proposed: { needId: number; held: string | number }[] = await manager
    .createQueryBuilder()
    .select('a.needId', 'needId')
    .addSelect('COUNT(*)', 'held')
    .from('assignment', 'a')
    .innerJoin(ServiceNeed, 'n', 'n.id = a.needId')
    .where('n.campaignId = :campaignId AND n.status = :open AND a.status = :proposed', {
      campaignId,
      open: ServiceNeedStatus.OPEN,
      proposed: AssignmentStatus.PROPOSED,
    })
    .groupBy('a.needId')
    .getRawMany();
  return new Map(proposed.map((row) => [Number(row.needId), Number(row.held)]));
}

/** Serving (ACTIVE) teams of the given units (null: every unit), in id order, with their members. */
export async function loadCandidateTeams(
  manager: EntityManager,
  unitIds: readonly number[] | null,
): Promise<CandidateTeam[]> {
  const teams = await manager.getRepository(ServiceTeam).find({
    where: { status: ServiceTeamStatus.ACTIVE, ...(unitIds ? { unitId: In(idsOrNone(unitIds)) } : {}) },
    order: { id: 'ASC' },
  });
  if (teams.length === 0) return [];
  const members = new Map<number, number[]>();
  const teamIds = teams.map((t) => t.id);
  for (let i = 0; i < teamIds.length; i += CHUNK) {
    const rows = await manager
      .getRepository(ServiceTeamMember)
      .find({ where: { teamId: In(teamIds.slice(i, i + CHUNK)) }, order: { volunteerId: 'ASC' } });
    for (const row of rows) members.set(row.teamId, [...(members.get(row.teamId) ?? []), row.volunteerId]);
  }
  return teams.map((team) => ({ id: team.id, unitId: team.unitId, memberIds: members.get(team.id) ?? [] }));
}
