import type { EntityManager } from 'typeorm';
import type { Campaign } from './campaign.entity';

/**
 * A check that a later module runs before a campaign's dates move, e.g. needs refusing to be left
 * outside their campaign. Registered by the composition root, so this module never imports the
 * modules that depend on it.
 */
export type CampaignDatesGuard = (
  manager: EntityManager,
  campaign: Pick<Campaign, 'id' | 'startsOn' | 'endsOn'>,
) => Promise<void>;

const guards: CampaignDatesGuard[] = [];

export function registerCampaignDatesGuard(guard: CampaignDatesGuard): void {
  if (!guards.includes(guard)) guards.push(guard);
}

export async function runCampaignDatesGuards(
  manager: EntityManager,
  campaign: Pick<Campaign, 'id' | 'startsOn' | 'endsOn'>,
): Promise<void> {
  for (const guard of guards) await guard(manager, campaign);
}
