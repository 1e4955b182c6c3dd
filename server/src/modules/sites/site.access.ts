import { isAdmin } from '../../core/access';
import { Role, type Actor } from '../../core/actor';
import type { Site } from './site.entity';

/**
 * Whether the actor speaks for the site's owner: the provincial admin, or a coordinator of the
 * owning unit (or of a unit above it). A province-owned site (no owning unit) is the admin's alone.
 * Pairing gives no such right: a paired unit acts only on its own projects, assignments and needs.
 */
export function ownsSite(actor: Actor, site: Pick<Site, 'ownerUnitId'>): boolean {
  if (isAdmin(actor)) return true;
  return (
    actor.role === Role.UNIT_COORDINATOR && site.ownerUnitId !== null && actor.unitIds.has(site.ownerUnitId)
  );
}

/** The site's owner (`ownsSite`) or its own contact: who answers for the site and its contact details. */
export function speaksForSite(actor: Actor, site: Pick<Site, 'id' | 'ownerUnitId'>): boolean {
  return ownsSite(actor, site) || (actor.role === Role.SITE_CONTACT && actor.siteId === site.id);
}
