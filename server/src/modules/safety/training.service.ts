import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { isAdmin, requireUnitAdministration } from '../../core/access';
import { ForbiddenError, Role, type Actor } from '../../core/actor';
import { AuditAction, recordAudit, saveAudited, type AuditEntry } from '../../core/audit';
import { BadInputError, NotFoundError } from '../../core/errors';
import { paginate, type Page, type PageArgs } from '../../core/pagination';
import { parseId } from '../../core/validate';
import { UnitService } from '../units/unit.service';
import { Volunteer } from '../volunteers/volunteer.entity';
import { volunteerChangeGuards } from '../volunteers/volunteer.guards';
import { TrainingAttendance, TrainingRecord, TrainingTopicKind } from './safety.entity';
import type { RecordTrainingInput, TrainingRecordFilter, UpdateTrainingInput } from './training.inputs';
import {
  checkAttendeeIds,
  checkCovers,
  checkHeldOn,
  checkHours,
  checkTopic,
  checkTrainer,
  safetyTrainedOnAfter,
} from './training.rules';
import { idsOrNone, rowLock } from '../../core/dialect';

/**
 * 培训记录 (issue 5): a unit's coordinator records the trainings it held and who attended. A SAFETY
 * training is what clears a volunteer to serve: recording one moves each attendee's
 * `Volunteer.safetyTrainedOn` forward to the training's date, through the same change guards and
 * audit as any volunteer change, in the transaction that records the training.
 */
export class TrainingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
  ) {}

  /** A training the actor reads; null when there is none, FORBIDDEN when it is not theirs to read. */
  async find(id: number): Promise<TrainingRecord | null> {
    // Null alike for an unknown training and one outside the actor's scope: ids are not to be probed.
    return this.scoped().andWhere('training.id = :id', { id }).getOne();
  }

  async list(filter: TrainingRecordFilter = {}, page: PageArgs = {}): Promise<Page<TrainingRecord>> {
    const query = this.scoped();
    if (filter.unitId) {
      const unitId = parseId('unitId', filter.unitId);
      if (this.actor.role === Role.UNIT_COORDINATOR && !this.actor.unitIds.has(unitId)) {
        throw new ForbiddenError("you may not read another unit's training records", 'unitId');
      }
      const unitIds = await new UnitService(this.dataSource, this.actor).subtreeIds(unitId);
      query.andWhere('training.unitId IN (:...filterUnitIds)', { filterUnitIds: unitIds });
    }
    if (filter.volunteerId) {
      query.andWhere(
        'training.id IN (SELECT a.trainingId FROM training_attendance a WHERE a.volunteerId = :volunteerId)',
        { volunteerId: parseId('volunteerId', filter.volunteerId) },
      );
    }
    // `covers` is a JSON list: match the quoted element.
    if (filter.covers) query.andWhere('training.covers LIKE :covers', { covers: `%"${filter.covers}"%` });
    if (filter.from && filter.to && filter.to < filter.from) {
      throw new BadInputError('to', 'to must not be before from');
    }
    if (filter.from) query.andWhere('training.heldOn >= :from', { from: filter.from });
    if (filter.to) query.andWhere('training.heldOn <= :to', { to: filter.to });
    return paginate(query, page);
  }

  record(input: RecordTrainingInput, now: Date = new Date()): Promise<TrainingRecord> {
    const unitId = parseId('unitId', input.unitId);
    const fields = {
      topic: checkTopic(input.topic),
      covers: checkCovers(input.covers),
      heldOn: checkHeldOn(input.heldOn, now),
      hours: checkHours(input.hours),
      trainer: checkTrainer(input.trainer),
    };
    const attendeeIds = checkAttendeeIds('attendeeIds', input.attendeeIds, true);
    requireUnitAdministration(this.actor, unitId, 'record trainings', 'unitId');
    return this.dataSource.transaction(async (manager) => {
      await new UnitService(this.dataSource, this.actor).get(unitId, 'unitId');
      const attendees = await this.loadAttendees(manager, unitId, attendeeIds, 'attendeeIds');
      const training = await manager.save(
        manager.getRepository(TrainingRecord).create({ ...fields, unitId }),
      );
      await this.attend(manager, training, attendees);
      await recordAudit(manager, this.actor, {
        action: AuditAction.CREATE,
        entityType: 'TrainingRecord',
        entityId: training.id,
        after: { ...training, attendeeIds },
      });
      return training;
    });
  }

  update(id: number, input: UpdateTrainingInput): Promise<TrainingRecord> {
    return this.dataSource.transaction(async (manager) => {
      const training = await manager.getRepository(TrainingRecord).findOneBy({ id });
      if (!training) throw new NotFoundError('TrainingRecord', id);
      requireUnitAdministration(this.actor, training.unitId, 'change trainings', 'id');
      const before = { ...training };
      if (input.topic !== undefined) training.topic = checkTopic(input.topic);
      if (input.hours !== undefined) training.hours = checkHours(input.hours);
      if (input.trainer !== undefined) training.trainer = checkTrainer(input.trainer);
      const addIds = checkAttendeeIds('addAttendeeIds', input.addAttendeeIds, false);
      let added: number[] = [];
      if (addIds.length > 0) {
        const present = await manager
          .getRepository(TrainingAttendance)
          .findBy({ trainingId: id, volunteerId: In(addIds) });
        if (present.length > 0) {
          throw new BadInputError(
            'addAttendeeIds',
            `volunteer ${present[0]!.volunteerId} already attended this training`,
          );
        }
        const attendees = await this.loadAttendees(manager, training.unitId, addIds, 'addAttendeeIds');
        await this.attend(manager, training, attendees);
        added = addIds;
      }
      return saveAudited(manager, this.actor, 'TrainingRecord', training, before, {
        after: added.length > 0 ? { addedAttendeeIds: added } : {},
      });
    });
  }

  /** Trainings joined as `training`, narrowed to what the actor reads. */
  private scoped(): SelectQueryBuilder<TrainingRecord> {
    const query = this.dataSource.getRepository(TrainingRecord).createQueryBuilder('training');
    if (isAdmin(this.actor)) return query;
    const attendedBy = (ids: number[]) =>
      query.andWhere(
        'training.id IN (SELECT s.trainingId FROM training_attendance s WHERE s.volunteerId IN (:...scopeVolunteerIds))',
        { scopeVolunteerIds: idsOrNone(ids) },
      );
    const self = this.actor.volunteerId === null ? [] : [this.actor.volunteerId];
    switch (this.actor.role) {
      case Role.UNIT_COORDINATOR:
        return query.andWhere('training.unitId IN (:...scopeUnitIds)', {
          scopeUnitIds: idsOrNone(this.actor.unitIds),
        });
      case Role.TEAM_LEADER:
        return attendedBy([...self, ...this.actor.ledMemberIds]);
      case Role.VOLUNTEER:
        return attendedBy(self);
      default:
        throw new ForbiddenError('your role does not read training records');
    }
  }

  /** The attendees, locked on MariaDB/MySQL (their safety date may change), of the unit's subtree. */
  private async loadAttendees(
    manager: EntityManager,
    unitId: number,
    ids: readonly number[],
    field: string,
  ): Promise<Volunteer[]> {
    const lock = rowLock(this.dataSource);
    const found = new Map(
      (await manager.getRepository(Volunteer).find({ where: { id: In([...ids]) }, ...lock })).map((v) => [
        v.id,
        v,
      ]),
    );
    const subtree = new Set(await new UnitService(this.dataSource, this.actor).subtreeIds(unitId, manager));
    return ids.map((id) => {
      const volunteer = found.get(id);
      if (!volunteer) throw new NotFoundError('Volunteer', id, field);
      if (!subtree.has(volunteer.unitId)) {
        throw new BadInputError(
          field,
          `volunteer ${id} belongs to neither the training's unit nor a unit under it`,
        );
      }
      return volunteer;
    });
  }

  /** Records attendance and, for a SAFETY training, moves each attendee's safety date forward. */
  private async attend(
    manager: EntityManager,
    training: TrainingRecord,
    attendees: Volunteer[],
  ): Promise<void> {
    await manager
      .getRepository(TrainingAttendance)
      .insert(attendees.map((v) => ({ trainingId: training.id, volunteerId: v.id })));
    if (!training.covers.includes(TrainingTopicKind.SAFETY)) return;
    const audits: AuditEntry[] = [];
    for (const volunteer of attendees) {
      const next = safetyTrainedOnAfter(volunteer.safetyTrainedOn, training.heldOn);
      if (next === volunteer.safetyTrainedOn) continue;
      const before = { ...volunteer };
      volunteer.safetyTrainedOn = next;
      await volunteerChangeGuards.run(manager, before, volunteer);
      await manager.getRepository(Volunteer).save(volunteer);
      audits.push({
        action: AuditAction.UPDATE,
        entityType: 'Volunteer',
        entityId: volunteer.id,
        before,
        after: { ...volunteer, safetyTrainingId: training.id },
      });
    }
    await recordAudit(manager, this.actor, ...audits);
  }
}
