import type { EntityManager } from 'typeorm';
import {
  Campaign,
  CampaignPhase,
  ReportingMilestone,
} from '../../server/src/modules/campaigns/campaign.entity';
import type { CampaignCalendar } from '../campaign-calendar';

/** A campaign with its phases and reporting milestones, as its calendar gives them. */
export async function insertCampaign(
  manager: EntityManager,
  id: number,
  calendar: CampaignCalendar,
): Promise<Campaign> {
  const campaign = {
    id,
    year: calendar.year,
    name: calendar.name,
    startsOn: calendar.startsOn,
    endsOn: calendar.endsOn,
  };
  await manager.getRepository(Campaign).insert(campaign);
  await manager.getRepository(CampaignPhase).insert(calendar.phases.map((p) => ({ campaignId: id, ...p })));
  await manager
    .getRepository(ReportingMilestone)
    .insert(calendar.milestones.map((m) => ({ campaignId: id, ...m })));
  return campaign as Campaign;
}
