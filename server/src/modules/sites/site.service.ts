import type { DataSource, EntityManager } from 'typeorm';
import { isAdmin, requireRole, requireUnitAdministration } from '../../core/access';
import { ForbiddenError, Role, type Actor } from '../../core/actor';
import { saveAudited } from '../../core/audit';
import { ConflictError, NotFoundError, BadInputError } from '../../core/errors';
import { paginate, type Page, type PageArgs } from '../../core/pagination';
import { conflictOnDuplicate, whereContains } from '../../core/sql';
import { givenFields, optionalSearch, parseId, requireDateInBounds } from '../../core/validate';
import { UnitService } from '../units/unit.service';
import { Pairing, Site } from './site.entity';
import type { CreateSiteInput, PairUnitWithSiteInput, SiteFilter, UpdateSiteInput } from './site.inputs';
import { normaliseSite } from './site.rules';

/**
 * Who looks after a site: the provincial admin, the coordinator of a unit paired with it, and
 * the site's own contact.
 */
export async function managesSite(manager: EntityManager, actor: Actor, siteId: number): Promise<boolean> {
  if (isAdmin(actor)) return true;
  if (actor.role === Role.SITE_CONTACT) return actor.siteId === siteId;
  if (actor.role !== Role.UNIT_COORDINATOR || actor.unitIds.size === 0) return false;
  return manager
    .getRepository(Pairing)
    .createQueryBuilder('p')
    .where('p.siteId = :siteId AND p.endedOn IS NULL AND p.unitId IN (:...unitIds)', {
      siteId,
      unitIds: [...actor.unitIds],
    })
    .getExists();
}

export async function requireSiteManagement(
  manager: EntityManager,
  actor: Actor,
  siteId: number,
  field: string,
) {
  if (!(await managesSite(manager, actor, siteId))) {
    throw new ForbiddenError(
      "only the site's contact or the coordinator of a unit paired with it may do this",
      field,
    );
  }
}

/**
 * Who may make a site a long-term base (志愿服务基地) or end that status: the provincial admin and
 * the coordinator of a unit paired with it. The site's own contact may not: the status is the
 * serving unions' commitment, not the site's.
 */
export async function requireBaseDesignation(
  manager: EntityManager,
  actor: Actor,
  siteId: number,
  field: string,
): Promise<void> {
  if (actor.role === Role.SITE_CONTACT || !(await managesSite(manager, actor, siteId))) {
    throw new ForbiddenError(
      'only the provincial admin or the coordinator of a unit paired with the site may mark it a long-term base',
      field,
    );
  }
}

export class SiteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
  ) {}

  async get(id: number, field = 'id'): Promise<Site> {
    const site = await this.dataSource.getRepository(Site).findOneBy({ id });
    if (!site) throw new NotFoundError('Site', id, field);
    return site;
  }

  list(filter: SiteFilter = {}, page: PageArgs = {}): Promise<Page<Site>> {
    const query = this.dataSource.getRepository(Site).createQueryBuilder('site');
    if (filter.cityCode) query.andWhere('site.cityCode = :cityCode', { cityCode: filter.cityCode });
    if (filter.areaCode) query.andWhere('site.areaCode = :areaCode', { areaCode: filter.areaCode });
    if (filter.kind) query.andWhere('site.kind = :kind', { kind: filter.kind });
    if (filter.isLongTermBase !== undefined && filter.isLongTermBase !== null) {
      query.andWhere('site.isLongTermBase = :base', { base: filter.isLongTermBase });
    }
    if (filter.pairedUnitId) {
      query.andWhere(
        'site.id IN (SELECT p.siteId FROM pairing p WHERE p.unitId = :pairedUnitId AND p.endedOn IS NULL)',
        {
          pairedUnitId: parseId('pairedUnitId', filter.pairedUnitId),
        },
      );
    }
    const search = optionalSearch('search', filter.search);
    if (search) whereContains(query, 'site.name', 'search', search);
    return paginate(query, page);
  }

  create(input: CreateSiteInput): Promise<Site> {
    requireRole(this.actor, [Role.PROVINCIAL_ADMIN, Role.UNIT_COORDINATOR], 'register sites');
    const fields = normaliseSite(input);
    if (fields.longTermBaseSince !== null) {
      // A new site has no paired unit yet, so only the admin may register it as a base at once.
      if (!isAdmin(this.actor)) {
        throw new ForbiddenError(
          'pair the site first: then a paired unit’s coordinator may mark it a long-term base',
          'longTermBaseSince',
        );
      }
    }
    return this.dataSource.transaction((manager) =>
      saveAudited(manager, this.actor, 'Site', manager.getRepository(Site).create(fields)),
    );
  }

  update(id: number, input: UpdateSiteInput): Promise<Site> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Site);
      const site = await repo.findOneBy({ id });
      if (!site) throw new NotFoundError('Site', id);
      await requireSiteManagement(manager, this.actor, id, 'id');
      const before = { ...site };
      const fields = normaliseSite({ ...site, ...givenFields(input) });
      if (fields.longTermBaseSince !== site.longTermBaseSince) {
        await requireBaseDesignation(manager, this.actor, id, 'longTermBaseSince');
      }
      Object.assign(site, fields);
      return saveAudited(manager, this.actor, 'Site', site, before);
    });
  }

  /**
   * Marks a site a long-term volunteer service base (志愿服务基地) from a date, or corrects that
   * date. The date is a China date; it may be ahead, when a base is agreed before it opens.
   */
  markLongTermBase(id: number, since: string): Promise<Site> {
    requireDateInBounds('since', since);
    return this.dataSource.transaction(async (manager) => {
      const site = await manager.getRepository(Site).findOneBy({ id });
      if (!site) throw new NotFoundError('Site', id, 'siteId');
      await requireBaseDesignation(manager, this.actor, id, 'siteId');
      if (site.isLongTermBase && site.longTermBaseSince === since) {
        throw new ConflictError('since', `the site is already a long-term base since ${since}`);
      }
      const before = { ...site };
      Object.assign(site, { isLongTermBase: true, longTermBaseSince: since });
      return saveAudited(manager, this.actor, 'Site', site, before);
    });
  }

  /** Ends a site's long-term base status; the audit trail keeps when it had begun. */
  unmarkLongTermBase(id: number): Promise<Site> {
    return this.dataSource.transaction(async (manager) => {
      const site = await manager.getRepository(Site).findOneBy({ id });
      if (!site) throw new NotFoundError('Site', id, 'siteId');
      await requireBaseDesignation(manager, this.actor, id, 'siteId');
      if (!site.isLongTermBase) throw new ConflictError('siteId', 'the site is not a long-term base');
      const before = { ...site };
      Object.assign(site, { isLongTermBase: false, longTermBaseSince: null });
      return saveAudited(manager, this.actor, 'Site', site, before);
    });
  }

  /** Pairs a unit with a site; a pairing that had ended is taken up again with its new kind and start. */
  pairUnit(input: PairUnitWithSiteInput): Promise<Pairing> {
    requireDateInBounds('startedOn', input.startedOn);
    const unitId = parseId('unitId', input.unitId);
    const siteId = parseId('siteId', input.siteId);
    requireUnitAdministration(this.actor, unitId, 'pair with sites');
    const duplicate = 'the unit is already paired with this site';
    return conflictOnDuplicate('siteId', duplicate, () =>
      this.dataSource.transaction(async (manager) => {
        await new UnitService(this.dataSource, this.actor).get(unitId, 'unitId');
        await this.get(siteId, 'siteId');
        const repo = manager.getRepository(Pairing);
        const existing = await repo.findOneBy({ unitId, siteId });
        if (existing && existing.endedOn === null) throw new ConflictError('siteId', duplicate);
        const pairing = existing ?? repo.create({ unitId, siteId });
        const before = existing ? { ...existing } : undefined;
        Object.assign(pairing, { kind: input.kind, startedOn: input.startedOn, endedOn: null });
        return saveAudited(manager, this.actor, 'Pairing', pairing, before);
      }),
    );
  }

  endPairing(id: number, endedOn: string): Promise<Pairing> {
    requireDateInBounds('endedOn', endedOn);
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Pairing);
      const pairing = await repo.findOneBy({ id });
      if (!pairing) throw new NotFoundError('Pairing', id);
      requireUnitAdministration(this.actor, pairing.unitId, 'end pairings', 'id');
      if (endedOn < pairing.startedOn) {
        throw new BadInputError('endedOn', 'endedOn must not be before the pairing started');
      }
      const before = { ...pairing };
      pairing.endedOn = endedOn;
      return saveAudited(manager, this.actor, 'Pairing', pairing, before);
    });
  }
}
