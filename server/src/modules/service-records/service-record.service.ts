import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor';
import { BadInputError } from '../../core/errors';
import { paginate, type Page, type PageArgs } from '../../core/pagination';
import type { EventPublisher } from '../../core/pubsub';
import { parseId } from '../../core/validate';
import { recordScope } from './service-record.access';
import { ServiceCodes } from './service-record.codes';
import { ServiceOccasion, ServiceRecord } from './service-record.entity';
import { ServiceRecordEntry } from './service-record.entry';
import {
  MAX_RECORD_IDS,
  type CorrectServiceRecordInput,
  type RecordServiceBatchInput,
  type RecordServiceInput,
  type ServiceRecordFilter,
  type UpdateServiceRecordInput,
} from './service-record.inputs';
import { ServiceRecordReview } from './service-record.review';
import { dateRange } from './service-record.store';

// Importers of this module before the split found these here.
export { DEFAULT_CODE_MINUTES } from './service-record.codes';
export { isSqlite } from '../../core/dialect';
export { dateRange } from './service-record.store';

/**
 * 服务记录 (issue 5): entry (single, or the same segments for many volunteers), drafts, submission,
 * approval, rejection, correction by supersession, and presence confirmed with a one-time service
 * code. Every write is one transaction with its audit events. A volunteer's time never overlaps:
 * each entry first locks the volunteers' rows (MariaDB/MySQL; SQLite runs one transaction at a
 * time), so of two simultaneous overlapping entries the second sees the first and is refused.
 *
 * The one door resolvers, HTTP routes, the CLI and tests use: reads are here, and each write is
 * handed to its workflow (service-record.entry, .review, .codes).
 */
export class ServiceRecordService {
  private readonly entry: ServiceRecordEntry;
  private readonly review: ServiceRecordReview;
  private readonly codes: ServiceCodes;

  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
    /** Where the events of committed writes go (subscriptions); none outside the server. */
    events?: EventPublisher,
  ) {
    this.entry = new ServiceRecordEntry(dataSource, actor);
    this.review = new ServiceRecordReview(dataSource, actor, events);
    this.codes = new ServiceCodes(dataSource, actor);
  }

  // ---- reads

  list(filter: ServiceRecordFilter = {}, page: PageArgs = {}): Promise<Page<ServiceRecord>> {
    const query = this.dataSource.getRepository(ServiceRecord).createQueryBuilder('record');
    const scope = recordScope(this.actor, 'record');
    if (scope) query.andWhere(scope.sql, scope.params);
    if (filter.ids) {
      if (filter.ids.length > MAX_RECORD_IDS) {
        throw new BadInputError('ids', `at most ${MAX_RECORD_IDS} ids at a time`);
      }
      const ids = filter.ids.map((id, i) => parseId(`ids[${i}]`, id));
      // No id: no record (an empty IN () is not SQL).
      query.andWhere('record.id IN (:...ids)', { ids: ids.length > 0 ? ids : [0] });
    }
    if (filter.projectId) {
      query.andWhere('record.projectId = :projectId', { projectId: parseId('projectId', filter.projectId) });
    }
    if (filter.volunteerId) {
      query.andWhere('record.volunteerId = :volunteerId', {
        volunteerId: parseId('volunteerId', filter.volunteerId),
      });
    }
    if (filter.teamId) {
      query.andWhere('record.projectId IN (SELECT fp.id FROM service_project fp WHERE fp.teamId = :teamId)', {
        teamId: parseId('teamId', filter.teamId),
      });
    }
    if (filter.siteId) {
      query.andWhere('record.projectId IN (SELECT sp.id FROM service_project sp WHERE sp.siteId = :siteId)', {
        siteId: parseId('siteId', filter.siteId),
      });
    }
    if (filter.campaignId) {
      query.andWhere(
        'record.projectId IN (SELECT cp.id FROM service_project cp WHERE cp.campaignId = :campaignId)',
        { campaignId: parseId('campaignId', filter.campaignId) },
      );
    }
    if (filter.status) query.andWhere('record.status = :status', { status: filter.status });
    const range = dateRange(filter.from, filter.to);
    if (range.from) query.andWhere('record.startsAt >= :fromInstant', { fromInstant: range.from });
    if (range.to) query.andWhere('record.startsAt < :toInstant', { toInstant: range.to });
    return paginate(query, page);
  }

  /**
   * Whether the actor may read the record (false too when it does not exist): `get` without the
   * exception, for checks made once per subscriber of an event.
   */
  async readable(id: number): Promise<boolean> {
    const query = this.dataSource
      .getRepository(ServiceRecord)
      .createQueryBuilder('record')
      .where('record.id = :id', { id });
    const scope = recordScope(this.actor, 'record');
    if (scope) query.andWhere(scope.sql, scope.params);
    return (await query.getCount()) > 0;
  }

  /** One record, if the actor may read it; null when there is none or it is not theirs to read. */
  async get(id: number): Promise<ServiceRecord | null> {
    const repo = this.dataSource.getRepository(ServiceRecord);
    const record = await repo.findOneBy({ id });
    if (!record) return null;
    const scope = recordScope(this.actor, 'record');
    if (scope) {
      const visible = await repo
        .createQueryBuilder('record')
        .where('record.id = :id', { id })
        .andWhere(scope.sql, scope.params)
        .getCount();
      // Someone else's record answers as an unknown one: ids are not to be probed.
      if (!visible) return null;
    }
    return record;
  }

  // ---- entry (service-record.entry)

  /** One volunteer's segment; a volunteer records their own by leaving out volunteerId. */
  record(input: RecordServiceInput, now?: Date): Promise<ServiceRecord> {
    return this.entry.record(input, now);
  }

  /** The same segments for many volunteers, all or none: one record per volunteer and segment. */
  recordBatch(input: RecordServiceBatchInput, now?: Date): Promise<ServiceRecord[]> {
    return this.entry.recordBatch(input, now);
  }

  /** Mends a draft or a rejected record, which becomes a draft again; every rule is checked anew. */
  update(id: number, input: UpdateServiceRecordInput, now?: Date): Promise<ServiceRecord> {
    return this.entry.update(id, input, now);
  }

  // ---- review (service-record.review)

  /** DRAFT → SUBMITTED: sent to the team's leader for approval. */
  submit(id: number, now?: Date): Promise<ServiceRecord> {
    return this.review.submit(id, now);
  }

  /** SUBMITTED → APPROVED by the team's leader or unit coordinator: it counts from now on. */
  approve(id: number, now?: Date): Promise<ServiceRecord> {
    return this.review.approve(id, now);
  }

  /** SUBMITTED → REJECTED with a reason; the volunteer may mend it and submit it again. */
  reject(id: number, reason: string): Promise<ServiceRecord> {
    return this.review.reject(id, reason);
  }

  /** An approved record is superseded by a new, approved correction; the old one is kept. */
  correct(id: number, input: CorrectServiceRecordInput, now?: Date): Promise<ServiceRecord> {
    return this.review.correct(id, input, now);
  }

  // ---- service codes (service-record.codes)

  /** The site contact's one-time code for the project's activity on a day; a new one replaces it. */
  issueServiceCode(
    projectId: number,
    date: string,
    validForMinutes: number | null | undefined,
    now?: Date,
  ): Promise<{ occasion: ServiceOccasion; code: string; expiresAt: Date }> {
    return this.codes.issueServiceCode(projectId, date, validForMinutes, now);
  }

  /** The volunteer enters the site's code for their record's occasion: presence confirmed, once. */
  confirmPresence(id: number, code: string, now?: Date): Promise<ServiceRecord> {
    return this.codes.confirmPresence(id, code, now);
  }
}
