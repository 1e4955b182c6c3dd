import { type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { administersUnit, isAdmin } from '../../core/access';
import { ForbiddenError, Role, type Actor } from '../../core/actor';
import { AuditAction, recordAudit, type AuditEntry } from '../../core/audit';
import { BadInputError, NotFoundError } from '../../core/errors';
import { paginate, type Page, type PageArgs } from '../../core/pagination';
import { AfterCommit, transactionWithEvents, type EventPublisher } from '../../core/pubsub';
import { conflictOnDuplicate } from '../../core/sql';
import { optionalText, parseId } from '../../core/validate';
import { ServiceNeed, ServiceNeedStatus } from '../needs/service-need.entity';
import { ownsNeed, requireNeedOpenTo } from '../needs/service-need.access';
import { SERVICE_NEED_FILLED, serviceNeedEvent } from '../needs/service-need.events';
import { LIVE_PAIRING } from '../sites/site.service';
import { Volunteer } from '../volunteers/volunteer.entity';
import { loadAssignmentHistory } from './assignment-history';
import { Assignment, AssignmentStatus } from './assignment.entity';
import { ASSIGNMENT_CHANGED, assignmentEvent } from './assignment.events';
import type { AssignmentFilter } from './assignment.inputs';
import {
  AssignmentNotAllowedError,
  EMPTY_HISTORY,
  exclusionsFor,
  MAX_REASON_LENGTH,
  NeedFullError,
  takesPlace,
  transition,
} from './assignment.rules';
import { checkProposalGroup, proposeGroups, type ProposalGroup } from './assignment-proposals';
import { idsOrNone } from '../../core/dialect';

/**
 * The consent flow (issue 4): a proposal binds nobody; the volunteer's coordinator confirms it,
 * taking one of the need's places, and only then may the volunteer accept; the volunteer may
 * decline (with a reason) and the coordinator may cancel, each giving a taken place back.
 * Places are counted in `ServiceNeed.confirmedCount` and taken with a conditional update, so a
 * need never has more confirmed volunteers than its headcount, however many confirm at once.
 */
export class AssignmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
    /** Where the events of committed writes go (subscriptions); none outside the server. */
    private readonly events?: EventPublisher,
  ) {}

  /** Assignments the actor may see (see `scope`), narrowed by the filter, in id order. */
  list(filter: AssignmentFilter = {}, page: PageArgs = {}): Promise<Page<Assignment>> {
    const query = this.dataSource.getRepository(Assignment).createQueryBuilder('assignment');
    this.scope(query);
    if (filter.needId) {
      query.andWhere('assignment.needId = :needId', { needId: parseId('needId', filter.needId) });
    }
    if (filter.volunteerId) {
      query.andWhere('assignment.volunteerId = :volunteerId', {
        volunteerId: parseId('volunteerId', filter.volunteerId),
      });
    }
    if (filter.status) query.andWhere('assignment.status = :status', { status: filter.status });
    return paginate(query, page);
  }

  /** The signed-in volunteer's (or team leader's) own assignments. */
  listMine(status: AssignmentStatus | null | undefined, page: PageArgs = {}): Promise<Page<Assignment>> {
    const volunteerId = this.ownVolunteerId();
    if (volunteerId === null) throw new ForbiddenError('only a volunteer account has assignments of its own');
    const query = this.dataSource
      .getRepository(Assignment)
      .createQueryBuilder('assignment')
      .where('assignment.volunteerId = :volunteerId', { volunteerId });
    if (status) query.andWhere('assignment.status = :status', { status });
    return paginate(query, page);
  }

  /**
   * Puts volunteers forward for an OPEN need, all or none. The caller administers each
   * volunteer's unit; each volunteer must pass the hard rules (`exclusionsFor`). A cancelled
   * assignment of the same pair is reopened rather than duplicated.
   */
  async propose(
    needId: number,
    volunteerIds: readonly number[],
    scores?: readonly number[] | null,
    now: Date = new Date(),
  ): Promise<Assignment[]> {
    const [proposed] = await this.proposeMany([{ needId, volunteerIds, scores }], now);
    return proposed!;
  }

  /**
   * `propose` for several needs at once, all or none (a matching plan): each group is checked as
   * its own proposal would be, after the groups before it.
   */
  async proposeMany(groups: readonly ProposalGroup[], now: Date = new Date()): Promise<Assignment[][]> {
    groups.forEach(checkProposalGroup); // bad input is refused before a transaction starts
    return conflictOnDuplicate(
      'volunteerIds',
      'another request proposed one of these volunteers just now',
      () =>
        transactionWithEvents(this.dataSource, this.events, (manager, afterCommit) =>
          proposeGroups(manager, this.actor, groups, now, afterCommit),
        ),
    );
  }

  /** PROPOSED → CONFIRMED by the volunteer's coordinator, taking one of the need's places. */
  confirm(id: number, now: Date = new Date()): Promise<Assignment> {
    return transactionWithEvents(this.dataSource, this.events, async (manager, afterCommit) => {
      const assignment = await this.load(manager, id);
      const volunteer = await manager
        .getRepository(Volunteer)
        .findOneByOrFail({ id: assignment.volunteerId });
      this.requireCoordinator(volunteer, 'confirm');
      transition('confirm', assignment.status, `assignment ${id}`);
      const need = await manager.getRepository(ServiceNeed).findOneByOrFail({ id: assignment.needId });
      // The pairing may have ended, or the proposal been made before the rule held.
      await requireNeedOpenTo(manager, this.actor, need, 'id');
      // What may have changed since the proposal: the volunteer stopped, lost training, or the need moved.
      const history =
        (await loadAssignmentHistory(manager, [volunteer.id])).get(volunteer.id) ?? EMPTY_HISTORY;
      const reasons = exclusionsFor(volunteer, need, history).filter((r) => r !== 'ALREADY_ASSIGNED');
      if (reasons.length > 0)
        throw new AssignmentNotAllowedError('id', [{ volunteerId: String(volunteer.id), reasons }]);
      // The assignment first, then the place: the same lock order as every other write here.
      await this.move(manager, assignment, { status: AssignmentStatus.CONFIRMED, confirmedAt: now });
      const needChange = await takePlace(manager, need.id);
      if ((needChange.after as { status?: ServiceNeedStatus }).status === ServiceNeedStatus.FILLED) {
        const filled = await manager.getRepository(ServiceNeed).findOneByOrFail({ id: need.id });
        afterCommit.add(SERVICE_NEED_FILLED, await serviceNeedEvent(manager, filled));
      }
      return this.finish(manager, assignment, needChange, afterCommit);
    });
  }

  /**
   * The volunteer's answer, and only theirs: service is voluntary. Accepting needs a confirmed
   * assignment; declining works from PROPOSED or CONFIRMED and gives a taken place back.
   */
  respond(id: number, accept: boolean, reason?: string | null, now: Date = new Date()): Promise<Assignment> {
    const text = optionalText('reason', reason, { max: MAX_REASON_LENGTH, multiline: true });
    if (accept && text !== null)
      throw new BadInputError('reason', 'a reason is recorded only when declining');
    return transactionWithEvents(this.dataSource, this.events, async (manager, afterCommit) => {
      const assignment = await this.load(manager, id);
      if (this.ownVolunteerId() !== assignment.volunteerId) {
        throw new ForbiddenError('service is voluntary: only the volunteer may accept or decline it', 'id');
      }
      const from = assignment.status;
      const to = transition(accept ? 'accept' : 'decline', from, `assignment ${id}`);
      await this.move(manager, assignment, {
        status: to,
        respondedAt: now,
        ...(accept ? {} : { declineReason: text }),
      });
      const needChange = !accept && takesPlace(from) ? await releasePlace(manager, assignment.needId) : null;
      return this.finish(manager, assignment, needChange, afterCommit);
    });
  }

  /**
   * Withdrawn at any live stage by the volunteer's coordinator, or by whoever answers for the need
   * (its posting unit, the site's owner, the province), who may always clear its own need of
   * another unit's people. A taken place is given back.
   */
  cancel(id: number, reason?: string | null, now: Date = new Date()): Promise<Assignment> {
    const text = optionalText('reason', reason, { max: MAX_REASON_LENGTH, multiline: true });
    return transactionWithEvents(this.dataSource, this.events, async (manager, afterCommit) => {
      const assignment = await this.load(manager, id);
      const volunteer = await manager
        .getRepository(Volunteer)
        .findOneByOrFail({ id: assignment.volunteerId });
      if (!administersUnit(this.actor, volunteer.unitId)) {
        const need = await manager.getRepository(ServiceNeed).findOneByOrFail({ id: assignment.needId });
        if (!(await ownsNeed(manager, this.actor, need))) {
          throw new ForbiddenError(
            "only the coordinator of the volunteer's unit or whoever answers for the need may cancel this assignment",
            'id',
          );
        }
      }
      const from = assignment.status;
      transition('cancel', from, `assignment ${id}`);
      await this.move(manager, assignment, {
        status: AssignmentStatus.CANCELLED,
        cancelledAt: now,
        cancelReason: text,
      });
      const needChange = takesPlace(from) ? await releasePlace(manager, assignment.needId) : null;
      return this.finish(manager, assignment, needChange, afterCommit);
    });
  }

  private async load(manager: EntityManager, id: number): Promise<Assignment> {
    const assignment = await manager.getRepository(Assignment).findOneBy({ id });
    if (!assignment) throw new NotFoundError('Assignment', id);
    return assignment;
  }

  private requireCoordinator(volunteer: Volunteer, what: string): void {
    if (!administersUnit(this.actor, volunteer.unitId)) {
      throw new ForbiddenError(
        `only the coordinator of the volunteer's unit may ${what} this assignment`,
        'id',
      );
    }
  }

  /** The volunteer record the actor is, when the actor is a volunteer or a team leader. */
  private ownVolunteerId(): number | null {
    const { role, volunteerId } = this.actor;
    return role === Role.VOLUNTEER || role === Role.TEAM_LEADER ? volunteerId : null;
  }

  /**
   * Changes the assignment only if it still has the status it was read with: of two requests
   * racing on one assignment, the second sees the new status and is refused like a lone request.
   */
  private async move(
    manager: EntityManager,
    assignment: Assignment,
    changes: Partial<
      Pick<
        Assignment,
        'status' | 'confirmedAt' | 'respondedAt' | 'declineReason' | 'cancelledAt' | 'cancelReason'
      >
    >,
  ): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(Assignment)
      .set(changes)
      .where('id = :id AND status = :status', { id: assignment.id, status: assignment.status })
      .execute();
    if (!result.affected) {
      const now = await manager.getRepository(Assignment).findOneByOrFail({ id: assignment.id });
      throw new BadInputError('id', `assignment ${assignment.id} is now ${now.status}: try again`);
    }
  }

  /** Records the changes, queues the event and returns the assignment as stored. */
  private async finish(
    manager: EntityManager,
    before: Assignment,
    needChange: AuditEntry | null,
    afterCommit: AfterCommit,
  ): Promise<Assignment> {
    const after = await manager.getRepository(Assignment).findOneByOrFail({ id: before.id });
    await recordAudit(
      manager,
      this.actor,
      { action: AuditAction.UPDATE, entityType: 'Assignment', entityId: after.id, before, after },
      ...(needChange ? [needChange] : []),
    );
    afterCommit.add(ASSIGNMENT_CHANGED, assignmentEvent(after));
    return after;
  }

  /**
   * Admin: everything. Coordinator: volunteers of their units, needs their units posted, and needs
   * of sites their units own or hold an approved, live pairing with. Team leader: their teams' members and themselves. Volunteer: their own.
   * Site contact: their site's needs.
   */
  private scope(query: SelectQueryBuilder<Assignment>): void {
    if (isAdmin(this.actor)) return;
    switch (this.actor.role) {
      case Role.UNIT_COORDINATOR:
        query.andWhere(
          `(assignment.volunteerId IN (SELECT v.id FROM volunteer v WHERE v.unitId IN (:...scopeUnits))
            OR assignment.needId IN (SELECT n.id FROM service_need n WHERE n.postedByUnitId IN (:...scopeUnits)
              OR n.siteId IN (SELECT s.id FROM site s WHERE s.ownerUnitId IN (:...scopeUnits))
              OR n.siteId IN (SELECT p.siteId FROM pairing p WHERE ${LIVE_PAIRING} AND p.unitId IN (:...scopeUnits))))`,
          { scopeUnits: idsOrNone(this.actor.unitIds) },
        );
        return;
      case Role.TEAM_LEADER:
      case Role.VOLUNTEER: {
        const own = this.ownVolunteerId();
        const people = this.actor.role === Role.TEAM_LEADER ? [...this.actor.ledMemberIds] : [];
        query.andWhere('assignment.volunteerId IN (:...scopeVolunteers)', {
          scopeVolunteers: idsOrNone([...people, ...(own !== null ? [own] : [])]),
        });
        return;
      }
      case Role.SITE_CONTACT:
        query.andWhere('assignment.needId IN (SELECT n.id FROM service_need n WHERE n.siteId = :scopeSite)', {
          scopeSite: this.actor.siteId ?? 0,
        });
        return;
      default:
        throw new ForbiddenError('your role may not list assignments');
    }
  }
}

/**
 * Takes one place of an OPEN need with one conditional update, atomic on SQLite and on
 * MariaDB/MySQL (where the row lock it takes makes concurrent confirmations queue): it changes
 * the row only while a place is left. The need turns FILLED with its last place.
 */
export async function takePlace(manager: EntityManager, needId: number): Promise<AuditEntry> {
  const taken = await manager
    .createQueryBuilder()
    .update(ServiceNeed)
    .set({ confirmedCount: () => 'confirmedCount + 1' })
    .where('id = :needId AND confirmedCount < headcount AND status IN (:...statuses)', {
      needId,
      statuses: [ServiceNeedStatus.OPEN],
    })
    .execute();
  if (!taken.affected) {
    const need = await manager.getRepository(ServiceNeed).findOneByOrFail({ id: needId });
    if (need.status === ServiceNeedStatus.OPEN || need.status === ServiceNeedStatus.FILLED) {
      throw new NeedFullError('id', need);
    }
    throw new BadInputError('id', `need ${need.id} is ${need.status}: it takes no more volunteers`);
  }
  const filled = await manager
    .createQueryBuilder()
    .update(ServiceNeed)
    .set({ status: ServiceNeedStatus.FILLED })
    .where('id = :needId AND status = :open AND confirmedCount >= headcount', {
      needId,
      open: ServiceNeedStatus.OPEN,
    })
    .execute();
  return placeChange(manager, needId, +1, filled.affected ? ServiceNeedStatus.OPEN : null);
}

/** Gives a taken place back; a FILLED need is OPEN again. */
export async function releasePlace(manager: EntityManager, needId: number): Promise<AuditEntry> {
  await manager
    .createQueryBuilder()
    .update(ServiceNeed)
    .set({ confirmedCount: () => 'confirmedCount - 1' })
    .where('id = :needId AND confirmedCount > 0', { needId })
    .execute();
  const reopened = await manager
    .createQueryBuilder()
    .update(ServiceNeed)
    .set({ status: ServiceNeedStatus.OPEN })
    .where('id = :needId AND status = :filled AND confirmedCount < headcount', {
      needId,
      filled: ServiceNeedStatus.FILLED,
    })
    .execute();
  return placeChange(manager, needId, -1, reopened.affected ? ServiceNeedStatus.FILLED : null);
}

/** The audit entry of a count change, its `before` derived from the row as this transaction left it. */
async function placeChange(
  manager: EntityManager,
  needId: number,
  delta: number,
  statusBefore: ServiceNeedStatus | null,
): Promise<AuditEntry> {
  const need = await manager.getRepository(ServiceNeed).findOneByOrFail({ id: needId });
  return {
    action: AuditAction.UPDATE,
    entityType: 'ServiceNeed',
    entityId: needId,
    before: { confirmedCount: Math.max(0, need.confirmedCount - delta), status: statusBefore ?? need.status },
    after: { confirmedCount: need.confirmedCount, status: need.status },
  };
}
