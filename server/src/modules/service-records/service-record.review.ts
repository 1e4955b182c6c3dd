import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor';
import { recordAudit } from '../../core/audit';
import { transactionWithEvents, type EventPublisher } from '../../core/pubsub';
import { requireText } from '../../core/validate';
import { ownVolunteerId, requireApprover, requireChange } from './service-record.access';
import { reviseRecord } from './service-record.checks';
import { ServiceRecord, ServiceRecordStatus } from './service-record.entity';
import { SERVICE_RECORD_REVIEWED, serviceRecordReviewedEvent } from './service-record.events';
import type { CorrectServiceRecordInput } from './service-record.inputs';
import { checkRemark, MAX_REASON_LENGTH, recordStep } from './service-record.rules';
import {
  loadProject,
  loadRecord,
  lockVolunteers,
  moveRecord,
  peopleOf,
  recordCreated,
} from './service-record.store';

/**
 * The review workflow of a record: submitted to the team's leader, approved or rejected (with an
 * event for subscribers once committed), and an approved record corrected by supersession.
 */
export class ServiceRecordReview {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
    /** Where the events of committed reviews go (subscriptions); none outside the server. */
    private readonly events?: EventPublisher,
  ) {}

  /** DRAFT → SUBMITTED: sent to the team's leader for approval. */
  async submit(id: number, now: Date = new Date()): Promise<ServiceRecord> {
    return this.dataSource.transaction(async (manager) => {
      const record = await loadRecord(manager, id);
      const { team } = await loadProject(manager, record.projectId, 'id');
      requireChange(this.actor, team, record, 'submit');
      const to = recordStep('submit', record.status, `record ${id}`);
      return moveRecord(manager, this.actor, record, { status: to, submittedAt: now });
    });
  }

  /** SUBMITTED → APPROVED by the team's leader or unit coordinator: it counts from now on. */
  async approve(id: number, now: Date = new Date()): Promise<ServiceRecord> {
    return transactionWithEvents(this.dataSource, this.events, async (manager, afterCommit) => {
      const record = await loadRecord(manager, id);
      const { team } = await loadProject(manager, record.projectId, 'id');
      requireApprover(this.actor, team, record, 'approve');
      const to = recordStep('approve', record.status, `record ${id}`);
      const approved = await moveRecord(manager, this.actor, record, {
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
      const record = await loadRecord(manager, id);
      const { team } = await loadProject(manager, record.projectId, 'id');
      requireApprover(this.actor, team, record, 'reject');
      const to = recordStep('reject', record.status, `record ${id}`);
      const rejected = await moveRecord(manager, this.actor, record, {
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
    const { volunteerId, recordedById } = await peopleOf(this.dataSource, id);
    return this.dataSource.transaction(async (manager) => {
      await lockVolunteers(manager, [volunteerId], 'id', recordedById, ownVolunteerId(this.actor));
      const old = await loadRecord(manager, id);
      const { project, team } = await loadProject(manager, old.projectId, 'id');
      requireApprover(this.actor, team, old, 'correct');
      const to = recordStep('correct', old.status, `record ${id}`);
      const revised = await reviseRecord(manager, this.actor, old, project, input, now, old.id);
      const repo = manager.getRepository(ServiceRecord);
      await moveRecord(manager, this.actor, old, { status: to }, { supersededBy: 'the correction below' });
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
      await recordAudit(manager, this.actor, recordCreated(correction, { correctionReason: reason }));
      return correction;
    });
  }
}
