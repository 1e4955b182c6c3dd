import { createHash } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor';
import { isSystem } from '../../core/access';
import { recordAudit } from '../../core/audit';
import { AppError, BadInputError, ErrorCode } from '../../core/errors';
import { isUniqueViolation } from '../../core/sql';
import { chinaDate } from '../../core/time';
import { optionalId, parseId, uniqueValues } from '../../core/validate';
import { ownVolunteerId, requireChange, requireEnter } from './service-record.access';
import { requireMembers, requireNoOverlap, requirePost, reviseRecord } from './service-record.checks';
import { occasionsFor } from './service-record.codes';
import { ServiceRecord, ServiceRecordStatus } from './service-record.entity';
import type {
  RecordServiceBatchInput,
  RecordServiceInput,
  UpdateServiceRecordInput,
} from './service-record.inputs';
import {
  checkRemark,
  checkSegment,
  checkSegmentsApart,
  hoursOf,
  MAX_BATCH_VOLUNTEERS,
  MAX_SEGMENTS,
  normaliseSegment,
  recordStep,
  type Segment,
} from './service-record.rules';
import {
  loadProject,
  loadRecord,
  lockVolunteers,
  moveRecord,
  peopleOf,
  recordCreated,
} from './service-record.store';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,100}$/;

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
 * Entering service time (one volunteer's segment, or the same segments for many of a team) and
 * mending a draft or rejected record. A client's idempotency key makes a retried entry answer
 * with the records the first attempt created instead of entering the time twice.
 */
export class ServiceRecordEntry {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
  ) {}

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

  /** Mends a draft or a rejected record, which becomes a draft again; every rule is checked anew. */
  async update(id: number, input: UpdateServiceRecordInput, now: Date = new Date()): Promise<ServiceRecord> {
    const remark = input.remark !== undefined ? checkRemark(input.remark) : undefined;
    const { volunteerId } = await peopleOf(this.dataSource, id);
    return this.dataSource.transaction(async (manager) => {
      await lockVolunteers(manager, [volunteerId], 'id');
      const record = await loadRecord(manager, id);
      const { project, team } = await loadProject(manager, record.projectId, 'id');
      requireChange(this.actor, team, record, 'change');
      const to = recordStep('update', record.status, `record ${id}`);
      const revised = await reviseRecord(manager, this.actor, record, project, input, now, null);
      return moveRecord(manager, this.actor, record, {
        ...revised,
        ...(remark !== undefined ? { remark } : {}),
        status: to,
        rejectionReason: null,
        submittedAt: null,
      });
    });
  }

  private async enter(entry: Entry, now: Date): Promise<ServiceRecord[]> {
    const keys = entry.idempotencyKey ? this.recordKeys(entry) : null;
    try {
      return await this.dataSource.transaction(async (manager) => {
        // The recorder too: inserting a record checks its foreign key to them (MariaDB takes a shared lock).
        await lockVolunteers(
          manager,
          entry.volunteerIds,
          entry.fields.volunteers,
          ownVolunteerId(this.actor),
        );
        if (keys) {
          const earlier = await earlierEntry(manager, entry, keys);
          if (earlier) return earlier;
        }
        const { project, team } = await loadProject(manager, entry.projectId, 'projectId');
        requireEnter(this.actor, team, entry.volunteerIds, entry.fields.volunteers);
        await requirePost(manager, project, entry.postId, 'postId');
        await requireMembers(manager, team, entry.volunteerIds, entry.fields.volunteers);
        entry.segments.forEach((segment, i) => checkSegment(segment, project, now, entry.fields.segment(i)));
        await requireNoOverlap(manager, entry.volunteerIds, entry.segments, null, entry.fields.segment);
        const occasions = await occasionsFor(manager, this.actor, project, entry.segments);
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
        await recordAudit(manager, this.actor, ...saved.map((record) => recordCreated(record)));
        return saved;
      });
    } catch (error) {
      // The same key raced in from a concurrent retry: the unique index kept one; answer with it.
      if (keys && isUniqueViolation(error)) {
        const earlier = await earlierEntry(this.dataSource.manager, entry, keys);
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
}

/** The records an earlier request with this key created, if it was this very entry. */
async function earlierEntry(
  manager: EntityManager,
  entry: Entry,
  keys: Map<string, string>,
): Promise<ServiceRecord[] | null> {
  const found = await manager.getRepository(ServiceRecord).findBy({ idempotencyKey: In([...keys.values()]) });
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

function checkIdempotencyKey(key: string | null | undefined): string | null {
  if (key === null || key === undefined) return null;
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new BadInputError('idempotencyKey', 'idempotencyKey is 1–100 letters, digits, -, _, . or :');
  }
  return key;
}
