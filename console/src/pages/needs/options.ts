import type { NeedsBoardOptionsQuery, PostableSiteFragment } from '../../graphql/generated';
import { chinaDate } from '../../china-time';

export type Campaign = NeedsBoardOptionsQuery['campaigns'][number];

/** The campaign under way on today's China date, else the latest. */
export function defaultCampaignId(campaigns: readonly Campaign[]): string | null {
  const today = chinaDate();
  const running = campaigns.filter((c) => c.startsOn <= today && today <= c.endsOn);
  const pool = running.length > 0 ? running : campaigns;
  return [...pool].sort((a, b) => b.year - a.year)[0]?.id ?? null;
}

/** City code → short name (济南市), from the city education unions. */
export function cityNames(options: NeedsBoardOptionsQuery): Map<string, string> {
  return new Map(options.cities.edges.map(({ node }) => [node.cityCode, node.name.replace(/教育工会$/, '')]));
}

/**
 * The sites the signed-in person may post needs for: a coordinator's unit's own and paired sites, a
 * site contact's own site; null for the province, who searches every site.
 */
export function postableSites(options: NeedsBoardOptionsQuery, role: string): PostableSiteFragment[] | null {
  if (role === 'PROVINCIAL_ADMIN') return null;
  const sites = new Map<string, PostableSiteFragment>();
  for (const { node } of [...(options.ownSites?.edges ?? []), ...(options.pairedSites?.edges ?? [])]) {
    sites.set(node.id, node);
  }
  if (options.me.site) sites.set(options.me.site.id, options.me.site);
  return [...sites.values()];
}

/** Who may post needs at all: the province, coordinators and site contacts. */
export function mayPost(role: string): boolean {
  return role === 'PROVINCIAL_ADMIN' || role === 'UNIT_COORDINATOR' || role === 'SITE_CONTACT';
}

/**
 * Whose needs the board shows: the province every need; a site contact their site's; anyone of a
 * unit the needs open to that unit (the ones it posted, and the sites' own needs at sites it owns or
 * is paired with: what it may put volunteers forward for). Needs are public in the API, but the
 * board is a unit's work list, and another unit's needs are not its business.
 */
export type BoardScope =
  | { kind: 'province' }
  | { kind: 'site'; siteId: string }
  | { kind: 'unit'; unitId: string }
  | { kind: 'none' };

export function boardScope(
  role: string,
  unitId: string | null,
  options: Pick<NeedsBoardOptionsQuery, 'me'>,
): BoardScope {
  if (role === 'PROVINCIAL_ADMIN') return { kind: 'province' };
  if (role === 'SITE_CONTACT' && options.me.site) return { kind: 'site', siteId: options.me.site.id };
  if (unitId) return { kind: 'unit', unitId };
  // An account bound to nothing sees nothing rather than everything.
  return { kind: 'none' };
}
