import { isAdmin } from '../../core/access';
import { Role, type Actor } from '../../core/actor';
import type { Pairing } from './site.entity';

/**
 * The owners of a site, who may see its contact details: the provincial admin, the site's own
 * contact, and the coordinators of units currently paired with it. This is the one place that
 * says who owns a site; give it the site's owning unit when sites get one.
 */
export function ownsSite(actor: Actor, siteId: number, pairings: readonly Pairing[]): boolean {
  if (isAdmin(actor)) return true;
  if (actor.role === Role.SITE_CONTACT) return actor.siteId === siteId;
  if (actor.role !== Role.UNIT_COORDINATOR) return false;
  return pairings.some((p) => p.siteId === siteId && p.endedOn === null && actor.unitIds.has(p.unitId));
}
