import { BadInputError } from '../../core/errors';
import { chinaDayEnd, chinaDayStart } from '../../core/time';
import type { CampaignDatesGuard } from '../campaigns/campaign.guards';
import { ServiceNeed, ServiceNeedStatus } from './service-need.entity';

/**
 * A campaign's dates may not move so that one of its needs falls outside them: the rule a need is
 * posted under (requireWithinCampaign) would no longer hold, and reports by campaign would count
 * service outside it. Cancelled needs do not count.
 */
export const needsWithinCampaignGuard: CampaignDatesGuard = async (manager, campaign) => {
  const start = chinaDayStart(campaign.startsOn);
  const end = chinaDayEnd(campaign.endsOn);
  const [outside, count] = await manager
    .getRepository(ServiceNeed)
    .createQueryBuilder('need')
    .where('need.campaignId = :campaignId', { campaignId: campaign.id })
    .andWhere('need.status != :cancelled', { cancelled: ServiceNeedStatus.CANCELLED })
    .andWhere('(need.startsAt < :start OR need.endsAt > :end)', { start, end })
    .orderBy('need.startsAt', 'ASC')
    .addOrderBy('need.id', 'ASC')
    .take(1)
    .getManyAndCount();
  const first = outside[0];
  if (!first) return;
  const field = first.startsAt.getTime() < start.getTime() ? 'startsOn' : 'endsOn';
  throw new BadInputError(
    field,
    `${count} need(s) of this campaign would fall outside ${campaign.startsOn} – ${campaign.endsOn} ` +
      `(China time), e.g. need ${first.id} "${first.title}": move or cancel them first`,
  );
};
