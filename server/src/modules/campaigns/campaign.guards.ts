import type { EntityManager } from 'typeorm';
import { GuardSlot } from '../../core/guard-slot';
import type { Campaign } from './campaign.entity';

/**
 * Checks that later modules run before a campaign's dates move, e.g. needs refusing to be left
 * outside their campaign. Filled by the composition root (wireModules), so this module never
 * imports the modules that depend on it.
 */
export type CampaignDatesGuard = (
  manager: EntityManager,
  campaign: Pick<Campaign, 'id' | 'startsOn' | 'endsOn'>,
) => Promise<void>;

export const campaignDatesGuards = new GuardSlot<Parameters<CampaignDatesGuard>>('campaign dates');
