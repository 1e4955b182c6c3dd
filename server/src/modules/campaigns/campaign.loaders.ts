import { byIdLoader, manyByKeyLoader, type RequestLoaders } from '../../core/loaders';
import { Campaign, CampaignPhase, ReportingMilestone } from './campaign.entity';

export const campaignById = (loaders: RequestLoaders) =>
  loaders.get('campaignById', (ds) => byIdLoader(ds, Campaign));

export const phasesByCampaignId = (loaders: RequestLoaders) =>
  loaders.get('phasesByCampaignId', (ds) => manyByKeyLoader(ds, CampaignPhase, 'campaignId'));

export const milestonesByCampaignId = (loaders: RequestLoaders) =>
  loaders.get('milestonesByCampaignId', (ds) => manyByKeyLoader(ds, ReportingMilestone, 'campaignId'));
