import type { DataSource } from 'typeorm';
import { requireAdmin } from '../../core/access';
import type { Actor } from '../../core/actor';
import { saveAudited } from '../../core/audit';
import { NotFoundError } from '../../core/errors';
import { parseId } from '../../core/validate';
import { Campaign } from '../campaigns/campaign.entity';
import { resolveWeights, type Weights } from './matching-weights';

export class MatchingSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
  ) {}

  /** Stores the campaign's weights; omitted ones keep their current value. */
  setWeights(campaignIdRaw: string, input: Partial<Weights>): Promise<Weights> {
    requireAdmin(this.actor, 'set matching weights');
    const campaignId = parseId('campaignId', campaignIdRaw);
    return this.dataSource.transaction(async (manager) => {
      const campaign = await manager.getRepository(Campaign).findOneBy({ id: campaignId });
      if (!campaign) throw new NotFoundError('Campaign', campaignId, 'campaignId');
      const before = { ...campaign };
      const weights = resolveWeights(input, resolveWeights(campaign.matchingWeights));
      campaign.matchingWeights = { ...weights };
      await saveAudited(manager, this.actor, 'Campaign', campaign, before);
      return weights;
    });
  }
}
