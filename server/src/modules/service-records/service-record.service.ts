import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ForbiddenError, type Actor } from '../../core/actor';
import { isSystem } from '../../core/access';
import { AuditAction, recordAudit, type AuditEntry } from '../../core/audit';
import { AppError, BadInputError, ErrorCode, NotFoundError } from '../../core/errors';
import { paginate, type Page, type PageArgs } from '../../core/pagination';
import { transactionWithEvents, type EventPublisher } from '../../core/pubsub';
import { isUniqueViolation } from '../../core/sql';
import { chinaDate, chinaDayStart } from '../../core/time';
import {
  optionalId,
  parseId,
  requireDateInBounds,
  requireInt,
  requireText,
  uniqueValues,
} from '../../core/validate';
import { ProjectPost, ServiceProject, ServiceProjectStatus } from '../projects/service-project.entity';
import { ServiceTeam, ServiceTeamMember } from '../teams/service-team.entity';
import { Volunteer } from '../volunteers/volunteer.entity';
import {
  ownVolunteerId,
  recordScope,
  requireApprover,
  requireChange,
  requireEnter,
} from './service-record.access';
import { ServiceOccasion, ServiceRecord, ServiceRecordStatus } from './service-record.entity';
import { SERVICE_RECORD_REVIEWED, serviceRecordReviewedEvent } from './service-record.events';
import {
  MAX_RECORD_IDS,
  type CorrectServiceRecordInput,
  type RecordServiceBatchInput,
  type RecordServiceInput,
  type ServiceRecordFilter,
  type UpdateServiceRecordInput,
} from './service-record.inputs';
import {
  checkRemark,
  checkSegment,
  checkSegmentsApart,
  hoursOf,
  LIVE_STATUSES,
  MAX_BATCH_VOLUNTEERS,
  MAX_REASON_LENGTH,
  MAX_SEGMENTS,
  normaliseSegment,
  recordStep,
  RecordRuleError,
  segmentsOverlap,
  type Segment,
} from './service-record.rules';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,100}$/;
/** Service codes avoid look-alike characters (0/O, 1/I/L) so they can be read out and typed. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;
export const DEFAULT_CODE_MINUTES = 240;

/** Projects take records while serving and after they end (late entries), never before they start. */
const RECORDING_STATUSES: readonly ServiceProjectStatus[] = [
  ServiceProjectStatus.ACTIVE,
  ServiceProjectStatus.COMPLETED,
];

/** Field names of an entry, so single and batch entries each name their own inputs. */
interface EntryFields {
  volunteers: string;
  segment: (index: number) => string;
}

interface Entry {
  projectId: number;
  postId: number;
  volunteerIds: number[];
  segments: Segment[];
  remark: string | null;
  submit: boolean;
  idempotencyKey: string | null;
  fields: EntryFields;
}

/**
 * 服务记录 (issue 5): entry (single, or the same segments for many volunteers), drafts, submission,
 * approval, rejection, correction by supersession, and presence confirmed with a one-time service
 * code. Every write is one transaction with its audit events. A volunteer's time never overlaps:
 * each entry first locks the volunteers' rows (MariaDB/MySQL; SQLite runs one transaction at a
 * time), so of two simultaneous overlapping entries the second sees the first and is refused.
 */
export class ServiceRecordService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
    /** Where the events of committed writes go (subscriptions); none outside the server. */
    private readonly events?: EventPublisher,
  ) {}

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

  // ---- entry

  /** One volunteer's segment; a volunteer records their own by leaving out volunteerId. */
  record(input: RecordServiceInput, now: Date = new Date()): Promise<ServiceRecord> {
    const own = ownVolunteerId(this.actor);
    const volunteerId = optionalId('volunteerId', input.volunteerId) ?? own;
    if (volunteerId === null) throw new BadInputError('volunteerId', 'say whose service this is');
    return this.enter(
      {
        projectId: parseId('projectId', input.projectId),
        postId: parseId('postId', input.postId),
        volunteerIds: [volunteerId],
        segments: [normaliseSegment({ startsAt: input.startsAt, endsAt: input.endsAt })],
        remark: checkRemark(input.remark),
        submit: input.submit ?? false,
        idempotencyKey: checkIdempotencyKey(input.idempotencyKey),
        fields: { volunteers: 'volunteerId', segment: () => '' },
      },
      now,
    ).then((records) => records[0]!);
  }

  /** The same segments for many volunteers, all or none: one record per volunteer and segment. */
  recordBatch(input: RecordServiceBatchInput, now: Date = new Date()): Promise<ServiceRecord[]> {
    if (input.volunteerIds.length === 0)
      throw new BadInputError('volunteerIds', 'name at least one volunteer');
    if (input.volunteerIds.length > MAX_BATCH_VOLUNTEERS) {
      throw new BadInputError('volunteerIds', `enter at most ${MAX_BATCH_VOLUNTEERS} volunteers at a time`);
    }
    if (input.segments.length === 0) throw new BadInputError('segments', 'give at least one segment');
    if (input.segments.length > MAX_SEGMENTS) {
      throw new BadInputError('segments', `enter at most ${MAX_SEGMENTS} segments at a time`);
    }
    const volunteerIds = uniqueValues(
      'volunteerIds',
      input.volunteerIds.map((id) => parseId('volunteerIds', id)),
    );
    const segments = input.segments.map((s, i) => normaliseSegment(s, `segments[${i}]`));
    checkSegmentsApart(segments);
    return this.enter(
      {
        projectId: parseId('projectId', input.projectId),
        postId: parseId('postId', input.postId),
        volunteerIds,
        segments,
        remark: checkRemark(input.remark),
        submit: input.submit ?? false,
        idempotencyKey: checkIdempotencyKey(input.idempotencyKey),
        fields: { volunteers: 'volunteerIds', segment: (i) => `segments[${i}]` },
      },
      now,
    );
  }

  private async enter(entry: Entry, now: Date): Promise<ServiceRecord[]> {
    const keys = entry.idempotencyKey ? this.recordKeys(entry) : null;
    try {
      return await this.dataSource.transaction(async (manager) => {
        // The recorder too: inserting a record checks its foreign key to them (MariaDB takes a shared lock).
        await this.lockVolunteers(
          manager,
          entry.volunteerIds,
          entry.fields.volunteers,
          ownVolunteerId(this.actor),
        );
        if (keys) {
          const earlier = await this.earlierEntry(manager, entry, keys);
          if (earlier) return earlier;
        }
        const { project, team } = await this.loadProject(manager, entry.projectId, 'projectId');
        requireEnter(this.actor, team, entry.volunteerIds, entry.fields.volunteers);
        await this.requirePost(manager, project, entry.postId, 'postId');
        await this.requireMembers(manager, team, entry.volunteerIds, entry.fields.volunteers);
        entry.segments.forEach((segment, i) => checkSegment(segment, project, now, entry.fields.segment(i)));
        await this.requireNoOverlap(manager, entry.volunteerIds, entry.segments, null, entry.fields.segment);
        const occasions = await this.occasionsFor(manager, project, entry.segments);
        const repo = manager.getRepository(ServiceRecord);
        const recorder = ownVolunteerId(this.actor);
        const records = entry.volunteerIds.flatMap((volunteerId) =>
          entry.segments.map((segment, s) =>
            repo.create({
              volunteerId,
              projectId: project.id,
              postId: entry.postId,
              occasionId: occasions.get(chinaDate(segment.startsAt))!.id,
              startsAt: segment.startsAt,
              endsAt: segment.endsAt,
              hours: hoursOf(segment),
              status: entry.submit ? ServiceRecordStatus.SUBMITTED : ServiceRecordStatus.DRAFT,
              remark: entry.remark,
              rejectionReason: null,
              supersedesId: null,
              idempotencyKey: keys ? keys.get(`${volunteerId}/${s}`)! : null,
              recordedById: recorder !== volunteerId ? recorder : null,
              // Who entered it, whoever they are (a coordinator has no volunteer record): 记录人.
              recordedByAccountId: this.actor.accountId,
              submittedAt: entry.submit ? now : null,
              approvedAt: null,
              approvedById: null,
              reviewedByAccountId: null,
              presenceConfirmedAt: null,
              archiveExportId: null,
            }),
          ),
        );
        const saved = await repo.save(records);
        await recordAudit(manager, this.actor, ...saved.map((record) => created(record)));
        return saved;
      });
    } catch (error) {
      // The same key raced in from a concurrent retry: the unique index kept one; answer with it.
      if (keys && isUniqueViolation(error)) {
        const earlier = await this.earlierEntry(this.dataSource.manager, entry, keys);
        if (earlier) return earlier;
      }
      throw error;
    }
  }

  /**
   * Stored keys are namespaced by the account (a key means something only to who chose it) and
   * by volunteer and segment, hashed to a fixed length for the unique index.
   */
  private recordKeys(entry: Entry): Map<string, string> {
    const who = isSystem(this.actor) ? 'system' : `account:${this.actor.accountId}`;
    const keys = new Map<string, string>();
    for (const volunteerId of entry.volunteerIds) {
      entry.segments.forEach((_, s) => {
        const raw = `${who}\n${entry.idempotencyKey}\n${volunteerId}\n${s}`;
        keys.set(`${volunteerId}/${s}`, createHash('sha256').update(raw).digest('base64url'));
      });
    }
    return keys;
  }

  /** The records an earlier request with this key created, if it was this very entry. */
  private async earlierEntry(
    manager: EntityManager,
    entry: Entry,
    keys: Map<string, string>,
  ): Promise<ServiceRecord[] | null> {
    const found = await manager
      .getRepository(ServiceRecord)
      .findBy({ idempotencyKey: In([...keys.values()]) });
    if (found.length === 0) return null;
    const byKey = new Map(found.map((r) => [r.idempotencyKey, r]));
    const ordered: ServiceRecord[] = [];
    for (const volunteerId of entry.volunteerIds) {
      for (const [s, segment] of entry.segments.entries()) {
        const record = byKey.get(keys.get(`${volunteerId}/${s}`)!);
        if (
          !record ||
          record.projectId !== entry.projectId ||
          record.postId !== entry.postId ||
          record.startsAt.getTime() !== segment.startsAt.getTime() ||
          record.endsAt.getTime() !== segment.endsAt.getTime()
        ) {
          throw new AppError(
            ErrorCode.IDEMPOTENCY_KEY_REUSED,
            'this idempotency key was used for a different submission: choose a new key for new service',
            { field: 'idempotencyKey' },
          );
        }
        ordered.push(record);
      }
    }
    if (ordered.length !== found.length) {
      throw new AppError(
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
        'this idempotency key was used for a different submission',
        {
          field: 'idempotencyKey',
        },
      );
    }
    return ordered;
  }

  // ---- changes

  /** Mends a draft or a rejected record, which becomes a draft again; every rule is checked anew. */
  async update(id: number, input: UpdateServiceRecordInput, now: Date = new Date()): Promise<ServiceRecord> {
    const remark = input.remark !== undefined ? checkRemark(input.remark) : undefined;
    const { volunteerId } = await this.peopleOf(id);
    return this.dataSource.transaction(async (manager) => {
      await this.lockVolunteers(manager, [volunteerId], 'id');
      const record = await this.load(manager, id);
      const { project, team } = await this.loadProject(manager, record.projectId, 'id');
      requireChange(this.actor, team, record, 'change');
      const to = recordStep('update', record.status, `record ${id}`);
      const revised = await this.revise(manager, record, project, input, now, null);
      return this.move(manager, record, {
        ...revised,
        ...(remark !== undefined ? { remark } : {}),
        status: to,
        rejectionReason: null,
        submittedAt: null,
      });
    });
  }

  /** DRAFT → SUBMITTED: sent to the team's leader for approval. */
  async submit(id: number, now: Date = new Date()): Promise<ServiceRecord> {
    return this.dataSource.transaction(async (manager) => {
      const record = await this.load(manager, id);
      const { team } = await this.loadProject(manager, record.projectId, 'id');
      requireChange(this.actor, team, record, 'submit');
      const to = recordStep('submit', record.status, `record ${id}`);
      return this.move(manager, record, { status: to, submittedAt: now });
    });
  }

  /** SUBMITTED → APPROVED by the team's leader or unit coordinator: it counts from now on. */
  async approve(id: number, now: Date = new Date()): Promise<ServiceRecord> {
    return transactionWithEvents(this.dataSource, this.events, async (manager, afterCommit) => {
      const record = await this.load(manager, id);
      const { team } = await this.loadProject(manager, record.projectId, 'id');
      requireApprover(this.actor, team, record, 'approve');
      const to = recordStep('approve', record.status, `record ${id}`);
      const approved = await this.move(manager, record, {
        status: to,
        approvedAt: now,
        approvedById: ownVolunteerId(this.actor),
        reviewedByAccountId: this.actor.accountId,
      });
      afterCommit.add(SERVICE_RECORD_REVIEWED, serviceRecordReviewedEvent(approved));
      return approved;
    });
  }

  /** SUBMITTED → REJECTED with a reason; the volunteer may mend it and submit it again. */
  async reject(id: number, reason: string): Promise<ServiceRecord> {
    const text = requireText('reason', reason, { max: MAX_REASON_LENGTH, multiline: true });
    return transactionWithEvents(this.dataSource, this.events, async (manager, afterCommit) => {
      const record = await this.load(manager, id);
      const { team } = await this.loadProject(manager, record.projectId, 'id');
      requireApprover(this.actor, team, record, 'reject');
      const to = recordStep('reject', record.status, `record ${id}`);
      const rejected = await this.move(manager, record, {
        status: to,
        rejectionReason: text,
        reviewedByAccountId: this.actor.accountId,
      });
      afterCommit.add(SERVICE_RECORD_REVIEWED, serviceRecordReviewedEvent(rejected));
      return rejected;
    });
  }

  /**
   * An approved record is never edited: a correction is a new, approved record that supersedes it.
   * Both are kept; the old one turns SUPERSEDED and stops counting, in one audited transaction.
   */
  async correct(
    id: number,
    input: CorrectServiceRecordInput,
    now: Date = new Date(),
  ): Promise<ServiceRecord> {
    const reason = requireText('reason', input.reason, { max: MAX_REASON_LENGTH, multiline: true });
    const remark = input.remark !== undefined ? checkRemark(input.remark) : undefined;
    const { volunteerId, recordedById } = await this.peopleOf(id);
    return this.dataSource.transaction(async (manager) => {
      await this.lockVolunteers(manager, [volunteerId], 'id', recordedById, ownVolunteerId(this.actor));
      const old = await this.load(manager, id);
      const { project, team } = await this.loadProject(manager, old.projectId, 'id');
      requireApprover(this.actor, team, old, 'correct');
      const to = recordStep('correct', old.status, `record ${id}`);
      const revised = await this.revise(manager, old, project, input, now, old.id);
      const repo = manager.getRepository(ServiceRecord);
      await this.move(manager, old, { status: to }, { supersededBy: 'the correction below' });
      const correction = await repo.save(
        repo.create({
          volunteerId: old.volunteerId,
          projectId: old.projectId,
          postId: revised.postId,
          occasionId: revised.occasionId,
          startsAt: revised.startsAt,
          endsAt: revised.endsAt,
          hours: revised.hours,
          status: ServiceRecordStatus.APPROVED,
          remark: remark !== undefined ? remark : old.remark,
          rejectionReason: null,
          supersedesId: old.id,
          idempotencyKey: null,
          recordedById: old.recordedById,
          recordedByAccountId: old.recordedByAccountId,
          submittedAt: now,
          approvedAt: now,
          approvedById: ownVolunteerId(this.actor),
          reviewedByAccountId: this.actor.accountId,
          // Presence confirmed for the same occasion still holds.
          presenceConfirmedAt: revised.occasionId === old.occasionId ? old.presenceConfirmedAt : null,
          archiveExportId: null,
        }),
      );
      await recordAudit(manager, this.actor, created(correction, { correctionReason: reason }));
      return correction;
    });
  }

  // ---- service codes

  /**
   * The site contact issues a one-time service code for the project's activity on a day (the
   * occasion, created if needed). Issuing again replaces the code, so only the newest one works.
   */
  async issueServiceCode(
    projectId: number,
    date: string,
    validForMinutes: number | null | undefined,
    now: Date = new Date(),
  ): Promise<{ occasion: ServiceOccasion; code: string; expiresAt: Date }> {
    requireDateInBounds('date', date);
    const minutes = requireInt('validForMinutes', validForMinutes ?? DEFAULT_CODE_MINUTES, {
      min: 5,
      max: 1440,
    });
    return this.dataSource.transaction(async (manager) => {
      const { project } = await this.loadProject(manager, projectId, 'projectId');
      if (!isSystem(this.actor) && this.actor.siteId !== project.siteId) {
        throw new ForbiddenError(
          "only the contact of the project's site issues its service codes",
          'projectId',
        );
      }
      if (date < project.startsOn || date > project.endsOn) {
        throw new BadInputError('date', `the project runs ${project.startsOn} – ${project.endsOn}`);
      }
      if (date > chinaDate(now)) throw new BadInputError('date', 'issue the code on the day of the service');
      const occasion = (
        await this.occasionsFor(manager, project, [
          { startsAt: chinaDayStart(date), endsAt: chinaDayStart(date) },
        ])
      ).get(date)!;
      const before = { serviceCodeExpiresAt: occasion.serviceCodeExpiresAt };
      const code = Array.from(
        { length: CODE_LENGTH },
        () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)],
      ).join('');
      const expiresAt = new Date(now.getTime() + minutes * 60_000);
      occasion.serviceCode = code;
      occasion.serviceCodeExpiresAt = expiresAt;
      await manager.save(occasion);
      // The code itself is a secret: the trail records that one was issued and until when.
      await recordAudit(manager, this.actor, {
        action: AuditAction.UPDATE,
        entityType: 'ServiceOccasion',
        entityId: occasion.id,
        before,
        after: { serviceCodeIssued: true, serviceCodeExpiresAt: expiresAt },
      });
      return { occasion, code, expiresAt };
    });
  }

  /** The volunteer enters the site's code for their record's occasion: presence confirmed, once. */
  async confirmPresence(id: number, code: string, now: Date = new Date()): Promise<ServiceRecord> {
    const given = (code ?? '').trim().toUpperCase();
    return this.dataSource.transaction(async (manager) => {
      const record = await this.load(manager, id);
      if (ownVolunteerId(this.actor) !== record.volunteerId) {
        throw new ForbiddenError('only the volunteer confirms their own presence', 'id');
      }
      recordStep('confirmPresence', record.status, `record ${id}`);
      if (record.presenceConfirmedAt) {
        throw new AppError(
          ErrorCode.SERVICE_CODE_INVALID,
          'presence is already confirmed: a code works once',
          {
            field: 'code',
            reason: 'USED',
          },
        );
      }
      const occasion = record.occasionId
        ? await manager.getRepository(ServiceOccasion).findOneBy({ id: record.occasionId })
        : null;
      if (!occasion?.serviceCode || !sameCode(occasion.serviceCode, given)) {
        throw new AppError(
          ErrorCode.SERVICE_CODE_INVALID,
          'this is not the service code of the record’s activity',
          {
            field: 'code',
            reason: 'WRONG',
          },
        );
      }
      if (!occasion.serviceCodeExpiresAt || occasion.serviceCodeExpiresAt.getTime() <= now.getTime()) {
        throw new AppError(
          ErrorCode.SERVICE_CODE_INVALID,
          'the service code has expired: ask the site for a new one',
          {
            field: 'code',
            reason: 'EXPIRED',
          },
        );
      }
      const result = await manager
        .createQueryBuilder()
        .update(ServiceRecord)
        .set({ presenceConfirmedAt: now })
        .where('id = :id AND presenceConfirmedAt IS NULL AND status = :status', { id, status: record.status })
        .execute();
      if (!result.affected) {
        throw new AppError(
          ErrorCode.SERVICE_CODE_INVALID,
          'presence is already confirmed: a code works once',
          {
            field: 'code',
            reason: 'USED',
          },
        );
      }
      const after = await manager.getRepository(ServiceRecord).findOneByOrFail({ id });
      await recordAudit(manager, this.actor, {
        action: AuditAction.UPDATE,
        entityType: 'ServiceRecord',
        entityId: id,
        before: record,
        after,
      });
      return after;
    });
  }

  // ---- helpers

  /** Whose record it is and who entered it: neither ever changes, so they are read before locking. */
  private async peopleOf(id: number): Promise<{ volunteerId: number; recordedById: number | null }> {
    const record = await this.dataSource
      .getRepository(ServiceRecord)
      .findOne({ select: { id: true, volunteerId: true, recordedById: true }, where: { id } });
    if (!record) throw new NotFoundError('ServiceRecord', id);
    return record;
  }

  /**
   * Locks the volunteers' rows as the transaction's first statement (MariaDB/MySQL), before any
   * plain read fixes its snapshot: writers of one volunteer's time queue here, and each then sees
   * what the one before committed. SQLite runs one write transaction at a time.
   */
  private async lockVolunteers(
    manager: EntityManager,
    ids: readonly number[],
    field: string,
    ...alsoIds: (number | null)[]
  ): Promise<void> {
    const lock = isSqlite(this.dataSource) ? {} : { lock: { mode: 'pessimistic_write' as const } };
    // One statement takes the rows in key order, so two writers with overlapping sets never deadlock.
    const all = [...new Set([...ids, ...alsoIds.filter((id): id is number => id !== null)])];
    const found = await manager
      .getRepository(Volunteer)
      .find({ select: { id: true }, where: { id: In(all) }, order: { id: 'ASC' }, ...lock });
    const have = new Set(found.map((v) => v.id));
    const missing = ids.find((id) => !have.has(id));
    if (missing !== undefined) throw new NotFoundError('Volunteer', missing, field);
  }

  private async load(manager: EntityManager, id: number): Promise<ServiceRecord> {
    const record = await manager.getRepository(ServiceRecord).findOneBy({ id });
    if (!record) throw new NotFoundError('ServiceRecord', id);
    return record;
  }

  private async loadProject(manager: EntityManager, projectId: number, field: string) {
    const project = await manager.getRepository(ServiceProject).findOneBy({ id: projectId });
    if (!project) throw new NotFoundError('ServiceProject', projectId, field);
    const team = await manager.getRepository(ServiceTeam).findOneByOrFail({ id: project.teamId });
    return { project, team };
  }

  private async requirePost(manager: EntityManager, project: ServiceProject, postId: number, field: string) {
    const post = await manager.getRepository(ProjectPost).findOneBy({ id: postId });
    if (!post) throw new NotFoundError('ProjectPost', postId, field);
    if (post.projectId !== project.id) {
      throw new BadInputError(field, `post ${postId} belongs to another project`);
    }
    if (!RECORDING_STATUSES.includes(project.status)) {
      throw new BadInputError(
        'projectId',
        `project ${project.id} is ${project.status}: service is recorded once a project has started`,
      );
    }
  }

  /** The national system records hours of a post's members: here, members of the project's team. */
  private async requireMembers(
    manager: EntityManager,
    team: ServiceTeam,
    ids: readonly number[],
    field: string,
  ) {
    const members = await manager
      .getRepository(ServiceTeamMember)
      .findBy({ teamId: team.id, volunteerId: In([...ids]) });
    const have = new Set(members.map((m) => m.volunteerId));
    const outsider = ids.find((id) => !have.has(id));
    if (outsider !== undefined) {
      throw new BadInputError(
        field,
        `volunteer ${outsider} is not a member of team ${team.id}, which runs the project`,
      );
    }
  }

  /** No segment may overlap a live record (draft, submitted or approved) of the same volunteer. */
  private async requireNoOverlap(
    manager: EntityManager,
    volunteerIds: readonly number[],
    segments: readonly Segment[],
    exceptId: number | null,
    field: (index: number) => string,
  ): Promise<void> {
    const from = new Date(Math.min(...segments.map((s) => s.startsAt.getTime())));
    const to = new Date(Math.max(...segments.map((s) => s.endsAt.getTime())));
    const query = manager
      .getRepository(ServiceRecord)
      .createQueryBuilder('record')
      .where('record.volunteerId IN (:...volunteerIds)', { volunteerIds })
      .andWhere('record.status IN (:...live)', { live: LIVE_STATUSES })
      .andWhere('record.startsAt < :to AND record.endsAt > :from', { from, to })
      .orderBy('record.id', 'ASC');
    if (exceptId !== null) query.andWhere('record.id != :exceptId', { exceptId });
    const existing = await query.getMany();
    for (const [i, segment] of segments.entries()) {
      const clash = existing.find((r) => segmentsOverlap(r, segment));
      if (clash) {
        const prefix = field(i);
        throw new RecordRuleError(
          ErrorCode.RECORD_OVERLAP,
          prefix ? `${prefix}.startsAt` : 'startsAt',
          `volunteer ${clash.volunteerId} already has ${clash.status} record ${clash.id} at that time`,
          { volunteerId: String(clash.volunteerId), recordId: String(clash.id) },
        );
      }
    }
  }

  /**
   * The project's occasion (its activity on one China date) for each day of the segments, created
   * when missing. The project row is locked first (MariaDB/MySQL), so two entries never create two
   * occasions for one day, which would count one person twice in 人次.
   */
  private async occasionsFor(
    manager: EntityManager,
    project: ServiceProject,
    segments: readonly Segment[],
  ): Promise<Map<string, ServiceOccasion>> {
    if (!isSqlite(this.dataSource)) {
      await manager
        .getRepository(ServiceProject)
        .find({ select: { id: true }, where: { id: project.id }, lock: { mode: 'pessimistic_write' } });
    }
    const days = [...new Set(segments.map((s) => chinaDate(s.startsAt)))];
    const repo = manager.getRepository(ServiceOccasion);
    const existing = await repo.find({
      where: { projectId: project.id, date: In(days) },
      order: { id: 'ASC' },
    });
    const byDay = new Map<string, ServiceOccasion>();
    for (const occasion of existing) if (!byDay.has(occasion.date)) byDay.set(occasion.date, occasion);
    for (const day of days) {
      if (byDay.has(day)) continue;
      const start = chinaDayStart(day);
      const occasion = await manager.save(
        repo.create({
          projectId: project.id,
          title: `${project.name} ${day}`.slice(0, 100),
          date: day,
          startsAt: start,
          endsAt: new Date(start.getTime() + 24 * 3_600_000),
          serviceCode: null,
          serviceCodeExpiresAt: null,
        }),
      );
      await recordAudit(manager, this.actor, {
        action: AuditAction.CREATE,
        entityType: 'ServiceOccasion',
        entityId: occasion.id,
        after: { ...occasion, serviceCode: undefined },
      });
      byDay.set(day, occasion);
    }
    return byDay;
  }

  /** The segment and post of a record after `input`, checked like a new entry. */
  private async revise(
    manager: EntityManager,
    record: ServiceRecord,
    project: ServiceProject,
    input: UpdateServiceRecordInput,
    now: Date,
    exceptId: number | null,
  ) {
    const postId =
      input.postId !== undefined && input.postId !== null ? parseId('postId', input.postId) : record.postId;
    if (postId !== record.postId) await this.requirePost(manager, project, postId, 'postId');
    const segment = normaliseSegment({
      startsAt: input.startsAt ?? record.startsAt,
      endsAt: input.endsAt ?? record.endsAt,
    });
    checkSegment(segment, project, now);
    await this.requireNoOverlap(manager, [record.volunteerId], [segment], exceptId ?? record.id, () => '');
    const occasion = (await this.occasionsFor(manager, project, [segment])).get(chinaDate(segment.startsAt))!;
    return {
      postId,
      startsAt: segment.startsAt,
      endsAt: segment.endsAt,
      hours: hoursOf(segment),
      occasionId: occasion.id,
    };
  }

  /**
   * Changes the record only if it still has the status it was read with: of two requests racing
   * on one record, the second sees the new status and is refused like a lone request.
   */
  private async move(
    manager: EntityManager,
    record: ServiceRecord,
    changes: Partial<ServiceRecord>,
    extra: Record<string, unknown> = {},
  ): Promise<ServiceRecord> {
    const result = await manager
      .createQueryBuilder()
      .update(ServiceRecord)
      .set(changes)
      .where('id = :id AND status = :status', { id: record.id, status: record.status })
      .execute();
    if (!result.affected) {
      const current = await manager.getRepository(ServiceRecord).findOneByOrFail({ id: record.id });
      throw new RecordRuleError(
        ErrorCode.RECORD_NOT_EDITABLE,
        'id',
        `record ${record.id} is now ${current.status}: reload it and try again`,
        { status: current.status },
      );
    }
    const after = await manager.getRepository(ServiceRecord).findOneByOrFail({ id: record.id });
    await recordAudit(manager, this.actor, {
      action: AuditAction.UPDATE,
      entityType: 'ServiceRecord',
      entityId: record.id,
      before: record,
      after: { ...after, ...extra },
    });
    return after;
  }
}

function created(record: ServiceRecord, extra: Record<string, unknown> = {}): AuditEntry {
  return {
    action: AuditAction.CREATE,
    entityType: 'ServiceRecord',
    entityId: record.id,
    after: { ...record, ...extra },
  };
}

function checkIdempotencyKey(key: string | null | undefined): string | null {
  if (key === null || key === undefined) return null;
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new BadInputError('idempotencyKey', 'idempotencyKey is 1–100 letters, digits, -, _, . or :');
  }
  return key;
}

function sameCode(stored: string, given: string): boolean {
  const a = Buffer.from(stored);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** UTC bounds of China dates: from the first day's 00:00 to the day after the last. */
export function dateRange(from?: string | null, to?: string | null): { from?: Date; to?: Date } {
  if (from && to && to < from) throw new BadInputError('to', 'to must not be before from');
  return {
    ...(from ? { from: chinaDayStart(from) } : {}),
    ...(to ? { to: new Date(chinaDayStart(to).getTime() + 24 * 3_600_000) } : {}),
  };
}

export function isSqlite(dataSource: DataSource): boolean {
  return dataSource.options.type === 'better-sqlite3';
}
