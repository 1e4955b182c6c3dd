import { In, type DataSource, type EntityManager } from 'typeorm';
import { isAdmin, requireRole, requireUnitAdministration } from '../../core/access';
import { ForbiddenError, Role, type Actor } from '../../core/actor';
import { AuditAction, recordAudit, saveAudited } from '../../core/audit';
import { ConflictError, NotFoundError, BadInputError } from '../../core/errors';
import { paginate, type Page, type PageArgs } from '../../core/pagination';
import { conflictOnDuplicate, whereContains } from '../../core/sql';
import { givenFields, optionalSearch, optionalText, parseId, requireDateInBounds } from '../../core/validate';
import { Unit } from '../units/unit.entity';
import { UnitService } from '../units/unit.service';
import { Pairing, PairingStatus, Site } from './site.entity';
import type { CreateSiteInput, PairUnitWithSiteInput, SiteFilter, UpdateSiteInput } from './site.inputs';
import { ownsSite } from './site.access';
import { normaliseSite } from './site.rules';
import { idsOrNone } from '../../core/dialect';

/** A pairing and its site, NOT_FOUND on `id` when there is no such pairing. */
async function pairingAndSite(manager: EntityManager, id: number): Promise<{ pairing: Pairing; site: Site }> {
  const pairing = await manager.getRepository(Pairing).findOneBy({ id });
  if (!pairing) throw new NotFoundError('Pairing', id);
  return { pairing, site: await manager.getRepository(Site).findOneByOrFail({ id: pairing.siteId }) };
}

/** Who looks after a site: its owner (see `ownsSite`) and the site's own contact. */
export async function managesSite(manager: EntityManager, actor: Actor, siteId: number): Promise<boolean> {
  if (isAdmin(actor)) return true;
  if (actor.role === Role.SITE_CONTACT) return actor.siteId === siteId;
  const site = await manager
    .getRepository(Site)
    .findOne({ select: { id: true, ownerUnitId: true }, where: { id: siteId } });
  return site !== null && ownsSite(actor, site);
}

export async function requireSiteManagement(
  manager: EntityManager,
  actor: Actor,
  siteId: number,
  field: string,
) {
  if (!(await managesSite(manager, actor, siteId))) {
    throw new ForbiddenError(
      "only the site's contact, the coordinator of the unit that owns it or the provincial admin may do this",
      field,
    );
  }
}

/**
 * Who may make a site a long-term base (志愿服务基地) or end that status: the provincial admin and
 * the owning unit's coordinator. The site's own contact may not (the status is the serving unions'
 * commitment, not the site's), nor a unit merely paired with it.
 */
export async function requireBaseDesignation(
  manager: EntityManager,
  actor: Actor,
  siteId: number,
  field: string,
): Promise<void> {
  const site = await manager
    .getRepository(Site)
    .findOne({ select: { id: true, ownerUnitId: true }, where: { id: siteId } });
  if (!site || !ownsSite(actor, site)) {
    throw new ForbiddenError(
      'only the provincial admin or the coordinator of the unit that owns the site may mark it a long-term base',
      field,
    );
  }
}

/**
 * The actor's units holding an approved, live pairing with the site, lowest pairing first.
 * Only such a pairing counts: a requested or refused one gives nothing.
 */
export async function activePairingUnitIds(
  manager: EntityManager,
  actor: Actor,
  siteId: number,
): Promise<number[]> {
  if (actor.unitIds.size === 0) return [];
  const rows = await manager
    .getRepository(Pairing)
    .createQueryBuilder('p')
    .select(['p.id', 'p.unitId'])
    .where('p.siteId = :siteId AND p.endedOn IS NULL AND p.status = :active AND p.unitId IN (:...unitIds)', {
      siteId,
      active: PairingStatus.ACTIVE,
      unitIds: [...actor.unitIds],
    })
    .orderBy('p.id', 'ASC')
    .getMany();
  return rows.map((p) => p.unitId);
}

/** The longest reason a site's owner may give for refusing a pairing request. */
export const MAX_REFUSAL_REASON = 500;

/** SQL: the pairing `p` counts (approved and not ended). */
export const LIVE_PAIRING = `p.endedOn IS NULL AND p.status = '${PairingStatus.ACTIVE}'`;

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
        `site.id IN (SELECT p.siteId FROM pairing p WHERE p.unitId = :pairedUnitId AND ${LIVE_PAIRING})`,
        {
          pairedUnitId: parseId('pairedUnitId', filter.pairedUnitId),
        },
      );
    }
    if (filter.ownerUnitId) {
      query.andWhere('site.ownerUnitId = :ownerUnitId', {
        ownerUnitId: parseId('ownerUnitId', filter.ownerUnitId),
      });
    }
    const search = optionalSearch('search', filter.search);
    if (search) whereContains(query, 'site.name', 'search', search);
    return paginate(query, page);
  }

  async create(input: CreateSiteInput): Promise<Site> {
    requireRole(this.actor, [Role.PROVINCIAL_ADMIN, Role.UNIT_COORDINATOR], 'register sites');
    const fields = normaliseSite(input);
    const ownerUnitId = await this.newOwner(input.ownerUnitId);
    if (fields.longTermBaseSince !== null) {
      // The status is the owner's commitment; registering a base at once is kept for the province.
      if (!isAdmin(this.actor)) {
        throw new ForbiddenError(
          'register the site first: then its owner’s coordinator may mark it a long-term base',
          'longTermBaseSince',
        );
      }
    }
    return this.dataSource.transaction((manager) =>
      saveAudited(
        manager,
        this.actor,
        'Site',
        manager.getRepository(Site).create({ ...fields, ownerUnitId }),
      ),
    );
  }

  /**
   * The owner of a site being registered: the unit named (one the caller administers), else the
   * registering coordinator's own unit; the province (null) when the admin names none.
   */
  private async newOwner(given: string | null | undefined): Promise<number | null> {
    if (given !== null && given !== undefined && given !== '') {
      const unitId = parseId('ownerUnitId', given);
      requireUnitAdministration(this.actor, unitId, 'register sites', 'ownerUnitId');
      await new UnitService(this.dataSource, this.actor).get(unitId, 'ownerUnitId');
      return unitId;
    }
    if (isAdmin(this.actor)) return null;
    // A coordinator's scope is their unit and those under it: their own unit is the one whose
    // parent lies outside the scope.
    const units = await this.dataSource
      .getRepository(Unit)
      .find({ select: { id: true, parentId: true }, where: { id: In([...this.actor.unitIds]) } });
    const own = units.find((u) => u.parentId === null || !this.actor.unitIds.has(u.parentId));
    if (!own) throw new ForbiddenError('your account belongs to no unit', 'ownerUnitId');
    return own.id;
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

  /**
   * Pairs a unit with a site; a pairing that had ended or been refused is taken up again with its
   * new kind and start. It is ACTIVE at once when the caller speaks for the site's owner (its
   * coordinator or the province); otherwise it is REQUESTED and counts for nothing until the owner
   * approves it, so pairing never gives a unit rights over a site another unit owns.
   */
  pairUnit(input: PairUnitWithSiteInput): Promise<Pairing> {
    requireDateInBounds('startedOn', input.startedOn);
    const unitId = parseId('unitId', input.unitId);
    const siteId = parseId('siteId', input.siteId);
    requireUnitAdministration(this.actor, unitId, 'pair with sites');
    const duplicate = 'the unit is already paired with this site';
    return conflictOnDuplicate('siteId', duplicate, () =>
      this.dataSource.transaction(async (manager) => {
        await new UnitService(this.dataSource, this.actor).get(unitId, 'unitId');
        const site = await this.get(siteId, 'siteId');
        const repo = manager.getRepository(Pairing);
        const existing = await repo.findOneBy({ unitId, siteId });
        if (existing && existing.endedOn === null && existing.status !== PairingStatus.REFUSED) {
          throw new ConflictError(
            'siteId',
            existing.status === PairingStatus.REQUESTED
              ? 'the unit has already asked to pair with this site: the site’s owner has yet to answer'
              : duplicate,
          );
        }
        const pairing = existing ?? repo.create({ unitId, siteId });
        const before = existing ? { ...existing } : undefined;
        Object.assign(pairing, {
          kind: input.kind,
          startedOn: input.startedOn,
          endedOn: null,
          refusalReason: null,
          status: ownsSite(this.actor, site) ? PairingStatus.ACTIVE : PairingStatus.REQUESTED,
        });
        return saveAudited(manager, this.actor, 'Pairing', pairing, before);
      }),
    );
  }

  /** The owner's coordinator (or the province) approves or refuses a requested pairing. */
  decidePairing(id: number, approve: boolean, reason?: string | null): Promise<Pairing> {
    // Checked before anything is read or changed: a bad reason changes nothing.
    const refusalReason = approve
      ? null
      : optionalText('reason', reason, { max: MAX_REFUSAL_REASON, multiline: true });
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Pairing);
      const { pairing, site } = await pairingAndSite(manager, id);
      if (!ownsSite(this.actor, site)) {
        throw new ForbiddenError(
          'only the coordinator of the unit that owns the site or the provincial admin may answer a pairing request',
          'id',
        );
      }
      if (pairing.status !== PairingStatus.REQUESTED || pairing.endedOn !== null) {
        throw new ConflictError(
          'id',
          `the pairing is ${pairing.endedOn ? 'ended' : pairing.status}: only a request is answered`,
        );
      }
      const status = approve ? PairingStatus.ACTIVE : PairingStatus.REFUSED;
      // From the status it was read with, so of two answers racing only one applies.
      const changed = await manager
        .createQueryBuilder()
        .update(Pairing)
        .set({ status, refusalReason })
        .where('id = :id AND status = :requested AND endedOn IS NULL', {
          id,
          requested: PairingStatus.REQUESTED,
        })
        .execute();
      if (!changed.affected) throw new ConflictError('id', 'the request was answered or withdrawn just now');
      const after = await repo.findOneByOrFail({ id });
      await recordAudit(manager, this.actor, {
        action: AuditAction.UPDATE,
        entityType: 'Pairing',
        entityId: id,
        before: pairing,
        after,
      });
      return after;
    });
  }

  /** Requests waiting for the actor's answer: on sites the actor's units own (the admin: all). */
  pairingRequests(page: PageArgs = {}): Promise<Page<Pairing>> {
    requireRole(this.actor, [Role.PROVINCIAL_ADMIN, Role.UNIT_COORDINATOR], 'answer pairing requests');
    const query = this.dataSource
      .getRepository(Pairing)
      .createQueryBuilder('pairing')
      .where('pairing.status = :requested AND pairing.endedOn IS NULL', {
        requested: PairingStatus.REQUESTED,
      });
    if (!isAdmin(this.actor)) {
      query.andWhere('pairing.siteId IN (SELECT s.id FROM site s WHERE s.ownerUnitId IN (:...ownUnits))', {
        ownUnits: idsOrNone(this.actor.unitIds),
      });
    }
    return paginate(query, page);
  }

  /**
   * Ends a pairing (or withdraws a request): the paired unit's coordinator, or the site's owner,
   * who may always end a pairing on its own site.
   */
  endPairing(id: number, endedOn: string): Promise<Pairing> {
    requireDateInBounds('endedOn', endedOn);
    return this.dataSource.transaction(async (manager) => {
      const { pairing, site } = await pairingAndSite(manager, id);
      if (!ownsSite(this.actor, site)) {
        requireUnitAdministration(this.actor, pairing.unitId, 'end pairings', 'id');
      }
      if (endedOn < pairing.startedOn) {
        throw new BadInputError('endedOn', 'endedOn must not be before the pairing started');
      }
      const before = { ...pairing };
      pairing.endedOn = endedOn;
      return saveAudited(manager, this.actor, 'Pairing', pairing, before);
    });
  }
}
