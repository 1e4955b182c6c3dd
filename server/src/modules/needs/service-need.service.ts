import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor';
import { saveAudited } from '../../core/audit';
import { BadInputError, NotFoundError } from '../../core/errors';
import { paginate, type Page, type PageArgs } from '../../core/pagination';
import { transactionWithEvents, type EventPublisher } from '../../core/pubsub';
import { givenFields, parseId } from '../../core/validate';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignService } from '../campaigns/campaign.service';
import { LIVE_PAIRING, SiteService } from '../sites/site.service';
import { needsOpenToUnitsSql, postingUnitFor, requireNeedManagement } from './service-need.access';
import { ServiceNeed, ServiceNeedStatus } from './service-need.entity';
import { SERVICE_NEED_FILLED, SERVICE_NEED_POSTED, serviceNeedEvent } from './service-need.events';
import type { PostServiceNeedInput, ServiceNeedFilter, UpdateServiceNeedInput } from './service-need.inputs';
import { normaliseServiceNeed, requireWithinCampaign } from './service-need.rules';
import { rowLock } from '../../core/dialect';

/** Statuses a person may set by hand; FILLED follows from confirmed assignments. */
const SETTABLE_STATUSES = new Set([
  ServiceNeedStatus.OPEN,
  ServiceNeedStatus.CLOSED,
  ServiceNeedStatus.CANCELLED,
]);

export class ServiceNeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
    /** Where the events of committed writes go (subscriptions); none outside the server. */
    private readonly events?: EventPublisher,
  ) {}

  async get(id: number, field = 'id'): Promise<ServiceNeed> {
    const need = await this.dataSource.getRepository(ServiceNeed).findOneBy({ id });
    if (!need) throw new NotFoundError('ServiceNeed', id, field);
    return need;
  }

  list(filter: ServiceNeedFilter = {}, page: PageArgs = {}): Promise<Page<ServiceNeed>> {
    const query = this.dataSource.getRepository(ServiceNeed).createQueryBuilder('need');
    if (filter.siteId) query.andWhere('need.siteId = :siteId', { siteId: parseId('siteId', filter.siteId) });
    if (filter.campaignId) {
      query.andWhere('need.campaignId = :campaignId', {
        campaignId: parseId('campaignId', filter.campaignId),
      });
    }
    if (filter.category) query.andWhere('need.category = :category', { category: filter.category });
    if (filter.status) query.andWhere('need.status = :status', { status: filter.status });
    if (filter.cityCode) {
      query.andWhere('need.siteId IN (SELECT s.id FROM site s WHERE s.cityCode = :cityCode)', {
        cityCode: filter.cityCode,
      });
    }
    if (filter.pairedUnitId) {
      query.andWhere(
        `need.siteId IN (SELECT p.siteId FROM pairing p WHERE p.unitId = :pairedUnitId AND ${LIVE_PAIRING})`,
        {
          pairedUnitId: parseId('pairedUnitId', filter.pairedUnitId),
        },
      );
    }
    if (filter.unitId) {
      query.andWhere(needsOpenToUnitsSql('need', 'openToUnits'), {
        openToUnits: [parseId('unitId', filter.unitId)],
      });
    }
    if (filter.endsAfter) query.andWhere('need.endsAt > :endsAfter', { endsAfter: filter.endsAfter });
    if (filter.startsBefore)
      query.andWhere('need.startsAt < :startsBefore', { startsBefore: filter.startsBefore });
    if (filter.postedSince) {
      // Whole seconds: postedAt is stored without fractions on MariaDB.
      const since = new Date(Math.floor(filter.postedSince.getTime() / 1000) * 1000);
      query.andWhere('need.postedAt >= :postedSince', { postedSince: since });
    }
    return paginate(query, page);
  }

  async post(input: PostServiceNeedInput, now: Date = new Date()): Promise<ServiceNeed> {
    const fields = normaliseServiceNeed(input);
    const siteId = parseId('siteId', input.siteId);
    const campaignId = parseId('campaignId', input.campaignId);
    if (fields.endsAt <= now) throw new BadInputError('endsAt', 'a new need must end in the future');
    const site = await new SiteService(this.dataSource, this.actor).get(siteId, 'siteId');
    const campaign = await new CampaignService(this.dataSource, this.actor).get(campaignId, 'campaignId');
    requireWithinCampaign(fields, campaign);
    return transactionWithEvents(this.dataSource, this.events, async (manager, afterCommit) => {
      const postedByUnitId = await postingUnitFor(manager, this.actor, site);
      const need = manager.getRepository(ServiceNeed).create({
        ...fields,
        siteId,
        campaignId,
        postedByUnitId,
        status: ServiceNeedStatus.OPEN,
        postedAt: now,
      });
      const saved = await saveAudited(manager, this.actor, 'ServiceNeed', need);
      afterCommit.add(SERVICE_NEED_POSTED, await serviceNeedEvent(manager, saved));
      return saved;
    });
  }

  update(id: number, input: UpdateServiceNeedInput): Promise<ServiceNeed> {
    return transactionWithEvents(this.dataSource, this.events, async (manager, afterCommit) => {
      const repo = manager.getRepository(ServiceNeed);
      // Row-locked on MariaDB/MySQL so no place is taken between the headcount check and the write
      // (SQLite has no row locks; its transactions run one at a time).
      const lock = rowLock(this.dataSource);
      const need = await repo.findOne({ where: { id }, ...lock });
      if (!need) throw new NotFoundError('ServiceNeed', id);
      await requireNeedManagement(manager, this.actor, need, 'id');
      if (need.status === ServiceNeedStatus.CANCELLED) {
        throw new BadInputError('id', 'a cancelled need cannot be changed');
      }
      const { status, ...changes } = givenFields(input);
      if (status !== undefined && !SETTABLE_STATUSES.has(status)) {
        throw new BadInputError('status', 'status may be set to OPEN, CLOSED or CANCELLED');
      }
      const before = { ...need };
      Object.assign(need, normaliseServiceNeed({ ...need, ...changes }));
      // Only a moved window is checked: a need posted before the rule, outside its campaign, can
      // still be closed or cancelled.
      if (
        need.startsAt.getTime() !== before.startsAt.getTime() ||
        need.endsAt.getTime() !== before.endsAt.getTime()
      ) {
        const campaign = await manager.getRepository(Campaign).findOneByOrFail({ id: need.campaignId });
        requireWithinCampaign(need, campaign);
      }
      if (need.headcount < need.confirmedCount) {
        throw new BadInputError(
          'headcount',
          `headcount cannot be below the ${need.confirmedCount} places already taken; cancel assignments first`,
        );
      }
      if (status !== undefined) need.status = status;
      // FILLED follows the places taken, also when the headcount changes.
      if (need.status === ServiceNeedStatus.OPEN || need.status === ServiceNeedStatus.FILLED) {
        need.status =
          need.confirmedCount >= need.headcount ? ServiceNeedStatus.FILLED : ServiceNeedStatus.OPEN;
      }
      const saved = await saveAudited(manager, this.actor, 'ServiceNeed', need, before);
      // Lowering the headcount to the places taken fills the need as surely as a confirmation does.
      if (before.status !== ServiceNeedStatus.FILLED && saved.status === ServiceNeedStatus.FILLED) {
        afterCommit.add(SERVICE_NEED_FILLED, await serviceNeedEvent(manager, saved));
      }
      return saved;
    });
  }
}
