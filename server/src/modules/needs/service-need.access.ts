import type { EntityManager } from 'typeorm';
import { isAdmin } from '../../core/access';
import { ForbiddenError, Role, type Actor } from '../../core/actor';
import { Site } from '../sites/site.entity';
import { ownsSite } from '../sites/site.access';
import { activePairingUnitIds, LIVE_PAIRING } from '../sites/site.service';
import type { ServiceNeed } from './service-need.entity';
import type { ServiceNeedEvent } from './service-need.events';

/**
 * Who a need belongs to, and to whom it is open. A need is the site's own when the site's contact,
 * its owner or the province posted it (`postedByUnitId` null or the owner); a unit paired with the
 * site may post needs of its own. Pairing never widens a unit's rights over another unit's needs.
 */

type SiteOwner = Pick<Site, 'id' | 'ownerUnitId'>;

async function siteOf(manager: EntityManager, need: Pick<ServiceNeed, 'siteId'>): Promise<SiteOwner> {
  return manager
    .getRepository(Site)
    .findOneOrFail({ select: { id: true, ownerUnitId: true }, where: { id: need.siteId } });
}

function isSitesOwn(need: Pick<ServiceNeed, 'postedByUnitId'>, site: Pick<Site, 'ownerUnitId'>): boolean {
  return need.postedByUnitId === null || need.postedByUnitId === site.ownerUnitId;
}

/**
 * The unit a new need is posted for, or null when the site itself (its contact) or the province
 * posts it: the owner's coordinator posts for the owner, a paired unit's coordinator for the unit
 * holding the approved pairing. Anyone else is refused.
 */
export async function postingUnitFor(
  manager: EntityManager,
  actor: Actor,
  site: Site,
): Promise<number | null> {
  if (isAdmin(actor)) return null;
  if (actor.role === Role.SITE_CONTACT && actor.siteId === site.id) return null;
  if (actor.role === Role.UNIT_COORDINATOR) {
    if (ownsSite(actor, site)) return site.ownerUnitId;
    const [paired] = await activePairingUnitIds(manager, actor, site.id);
    if (paired !== undefined) return paired;
  }
  throw new ForbiddenError(
    "only the site's contact, its owner's coordinator, the coordinator of a unit with an approved pairing " +
      'or the provincial admin may post needs for this site',
    'siteId',
  );
}

/**
 * Who answers for a need: the province, the site's owner (its every need: the site must not be
 * burdened) and the unit that posted it. They may change it and cancel any assignment to it.
 */
export async function ownsNeed(manager: EntityManager, actor: Actor, need: ServiceNeed): Promise<boolean> {
  if (isAdmin(actor)) return true;
  if (actor.role !== Role.UNIT_COORDINATOR) return false;
  if (need.postedByUnitId !== null && actor.unitIds.has(need.postedByUnitId)) return true;
  return ownsSite(actor, await siteOf(manager, need));
}

/** `ownsNeed`, and the site's own contact, who may change the site's needs too. */
export async function requireNeedManagement(
  manager: EntityManager,
  actor: Actor,
  need: ServiceNeed,
  field: string,
): Promise<void> {
  if (actor.role === Role.SITE_CONTACT && actor.siteId === need.siteId) return;
  if (await ownsNeed(manager, actor, need)) return;
  throw new ForbiddenError(
    "only the unit that posted the need, the site's owner or contact, or the provincial admin may change it",
    field,
  );
}

/**
 * Whether the actor's units may put volunteers forward for a need: a need they posted, or one of
 * the site's own needs at a site they own or hold an approved, live pairing with. The province
 * may place anyone anywhere.
 */
export async function needOpenTo(manager: EntityManager, actor: Actor, need: ServiceNeed): Promise<boolean> {
  if (isAdmin(actor)) return true;
  if (actor.role !== Role.UNIT_COORDINATOR) return false;
  if (need.postedByUnitId !== null && actor.unitIds.has(need.postedByUnitId)) return true;
  const site = await siteOf(manager, need);
  if (!isSitesOwn(need, site)) return false;
  return ownsSite(actor, site) || (await activePairingUnitIds(manager, actor, site.id)).length > 0;
}

export async function requireNeedOpenTo(
  manager: EntityManager,
  actor: Actor,
  need: ServiceNeed,
  field: string,
): Promise<void> {
  if (!(await needOpenTo(manager, actor, need))) {
    throw new ForbiddenError(
      `need ${need.id} is not open to your units: it belongs to another unit, or your pairing with its site ` +
        'is not approved',
      field,
    );
  }
}

/**
 * SQL over `alias` (a service_need) for `needOpenTo`, for the units bound to `:param` (a list that
 * is never empty). Used where needs are chosen in bulk (matching).
 */
export function needsOpenToUnitsSql(alias: string, param: string): string {
  const sitesOwn = `(${alias}.postedByUnitId IS NULL OR ${alias}.postedByUnitId =
      (SELECT so.ownerUnitId FROM site so WHERE so.id = ${alias}.siteId))`;
  return `(${alias}.postedByUnitId IN (:...${param})
    OR (${sitesOwn} AND (
      ${alias}.siteId IN (SELECT s.id FROM site s WHERE s.ownerUnitId IN (:...${param}))
      OR ${alias}.siteId IN (SELECT p.siteId FROM pairing p WHERE ${LIVE_PAIRING} AND p.unitId IN (:...${param})))))`;
}

/**
 * `needsOpenToUnitsSql` for one unit, over a need's event (subscriptions decide without a query):
 * the event carries the site's owner and its live pairings as they were when the need was posted.
 */
export function needEventOpenToUnit(event: ServiceNeedEvent, unitId: number): boolean {
  const need = { postedByUnitId: (event.need as Pick<ServiceNeed, 'postedByUnitId'>).postedByUnitId ?? null };
  if (need.postedByUnitId === unitId) return true;
  const site = { ownerUnitId: event.ownerUnitId };
  return isSitesOwn(need, site) && (site.ownerUnitId === unitId || event.pairedUnitIds.includes(unitId));
}
