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
