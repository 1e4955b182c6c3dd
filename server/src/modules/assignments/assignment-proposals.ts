import type { EntityManager } from 'typeorm';
import { entityReader } from '../../core/entity-reader';
import { insertRows } from '../../core/bulk-insert';
import { administersUnit } from '../../core/access';
import { ForbiddenError, type Actor } from '../../core/actor';
import { AuditAction, recordAudit, type AuditEntry } from '../../core/audit';
import { BadInputError, NotFoundError } from '../../core/errors';
import type { AfterCommit } from '../../core/pubsub';
import { uniqueValues } from '../../core/validate';
import { needOpenTo, requireNeedOpenTo } from '../needs/service-need.access';
import { ServiceNeed, ServiceNeedStatus } from '../needs/service-need.entity';
import { Volunteer } from '../volunteers/volunteer.entity';
import { availabilityWindows, availableFor } from '../volunteers/availability';
import { HISTORY_CHUNK, loadAssignmentHistory } from './assignment-history';
import { Assignment, AssignmentStatus } from './assignment.entity';
import { ASSIGNMENT_CHANGED, assignmentEvent } from './assignment.events';
import {
  AssignmentNotAllowedError,
  EMPTY_HISTORY,
  exclusionsFor,
  transition,
  type AssignmentHistory,
  type RefusedVolunteer,
} from './assignment.rules';
import { isSqlite } from '../../core/dialect';

/** At most this many volunteers in one proposal. */
export const MAX_PROPOSAL_SIZE = 500;

/** What the rules read of a volunteer. */
type ProposedVolunteer = Pick<Volunteer, 'id' | 'unitId' | 'active' | 'safetyTrainedOn'>;

/** One need and the volunteers put forward for it, with the matching score of each when a plan chose them. */
export interface ProposalGroup {
  needId: number;
  volunteerIds: readonly number[];
  scores?: readonly number[] | null;
}

/** The shape of one group, checked before anything is read. */
export function checkProposalGroup(group: ProposalGroup): number[] {
  const { volunteerIds, scores } = group;
  if (volunteerIds.length === 0) throw new BadInputError('volunteerIds', 'name at least one volunteer');
  if (volunteerIds.length > MAX_PROPOSAL_SIZE) {
    throw new BadInputError('volunteerIds', `propose at most ${MAX_PROPOSAL_SIZE} volunteers at a time`);
  }
  const ids = uniqueValues('volunteerIds', volunteerIds);
  if (scores !== null && scores !== undefined) {
    if (scores.length !== ids.length) {
      throw new BadInputError('scores', 'give one score per volunteer, in the order of volunteerIds');
    }
    // Matching scores are weighted means of parts in [0, 1]; anything else was not computed by us.
    if (!scores.every((score) => Number.isFinite(score) && score >= 0 && score <= 1)) {
      throw new BadInputError('scores', 'scores must be numbers from 0 to 1');
    }
  }
  return ids;
}

/**
 * Proposes every group in the caller's transaction, all or none, with the rules of one proposal
 * applied group after group: a later group sees the earlier groups' proposals (so a volunteer is
 * never booked twice at one time). The statements do not grow with the plan: every volunteer,
 * need and history is read once, and rows are written by the hundred. That matters on SQLite,
 * whose transaction holds the one connection (and the event loop) until it ends.
 */
export async function proposeGroups(
  manager: EntityManager,
  actor: Actor,
  groups: readonly ProposalGroup[],
  now: Date,
  afterCommit: AfterCommit,
): Promise<Assignment[][]> {
  const idsOfGroup = groups.map(checkProposalGroup);
  const lockVolunteers = !isSqlite(manager);
  const allIds = [...new Set(idsOfGroup.flat())].sort((a, b) => a - b);
  const needIds = [...new Set(groups.map((g) => g.needId))];

  // Locked on MariaDB/MySQL, first thing (before any plain read fixes the transaction's snapshot),
  // in id order, so of two proposals of one volunteer for overlapping needs the second sees the
  // first and is refused DOUBLE_BOOKED. SQLite runs one transaction at a time.
  const volunteers = new Map<number, ProposedVolunteer>();
  for (const chunk of chunks(allIds, HISTORY_CHUNK)) {
    const query = manager
      .getRepository(Volunteer)
      .createQueryBuilder('v')
      .select(['v.id', 'v.unitId', 'v.active', 'v.safetyTrainedOn'])
      .where('v.id IN (:...chunk)', { chunk })
      .orderBy('v.id', 'ASC');
    if (lockVolunteers) query.setLock('pessimistic_write');
    for (const v of await query.getMany()) volunteers.set(v.id, v);
  }
  const needs = new Map(
    (await entityReader(manager.connection, ServiceNeed).whereIn('id', needIds, {}, { manager })).map((n) => [
      n.id,
      n,
    ]),
  );
  // Stated availability: a proposal outside it is allowed (the coordinator asked) but marked.
  const windowsOf = await availabilityWindows(manager, allIds);
  const histories = new Map(await loadAssignmentHistory(manager, allIds));
  // The rules let through only pairs without a live or declined assignment: a row left is CANCELLED.
  const withdrawnPairs = groups.flatMap((group, index) =>
    idsOfGroup[index]!.filter((id) => histories.get(id)?.cancelledNeedIds?.has(group.needId)).map(
      (volunteerId) => ({ needId: group.needId, volunteerId }),
    ),
  );
  const openTo = new Map<string, boolean>();

  for (const [index, group] of groups.entries()) {
    const need = needs.get(group.needId);
    if (!need) throw new NotFoundError('ServiceNeed', group.needId, 'needId');
    const ids = idsOfGroup[index]!;
    const missing = ids.find((id) => !volunteers.has(id));
    if (missing !== undefined) throw new NotFoundError('Volunteer', missing, 'volunteerIds');
    const outsider = ids.map((id) => volunteers.get(id)!).find((v) => !administersUnit(actor, v.unitId));
    if (outsider) {
      throw new ForbiddenError(
        `you may only propose volunteers of your own unit and the units under it (volunteer ${outsider.id} is not)`,
        'volunteerIds',
      );
    }
    // Whether a need is open to the actor depends only on its site and who posted it.
    const openKey = `${need.siteId}:${need.postedByUnitId ?? ''}`;
    if (!openTo.has(openKey)) openTo.set(openKey, await needOpenTo(manager, actor, need));
    if (!openTo.get(openKey)) await requireNeedOpenTo(manager, actor, need, 'needId');
    if (need.status !== ServiceNeedStatus.OPEN) {
      throw new BadInputError('needId', `need ${need.id} is ${need.status}: only OPEN needs take proposals`);
    }
    const refused: RefusedVolunteer[] = ids
      .map((id) => ({
        volunteerId: String(id),
        reasons: exclusionsFor(volunteers.get(id)!, need, histories.get(id) ?? EMPTY_HISTORY),
      }))
      .filter((r) => r.reasons.length > 0);
    if (refused.length > 0) throw new AssignmentNotAllowedError('volunteerIds', refused);
    for (const id of ids) histories.set(id, withProposal(histories.get(id) ?? EMPTY_HISTORY, need));
  }
  const outside = (needId: number, volunteerId: number) =>
    !availableFor({ windows: windowsOf.get(volunteerId) ?? [] }, needs.get(needId)!);
  const proposed = await writeProposals(manager, actor, groups, idsOfGroup, withdrawnPairs, now, outside);
  for (const group of proposed) {
    for (const assignment of group) afterCommit.add(ASSIGNMENT_CHANGED, assignmentEvent(assignment));
  }
  return proposed;
}

/** The history as it is once the volunteer is proposed for the need. */
function withProposal(history: AssignmentHistory, need: ServiceNeed): AssignmentHistory {
  return {
    ...history,
    assignedNeedIds: new Set([...history.assignedNeedIds, need.id]),
    booked: [...history.booked, { needId: need.id, startsAt: need.startsAt, endsAt: need.endsAt }],
  };
}

/**
 * Writes the checked proposals and their audit trail: new pairs in multi-row inserts, pairs the
 * rules let through with an existing row (only CANCELLED ones) reopened one by one.
 */
async function writeProposals(
  manager: EntityManager,
  actor: Actor,
  groups: readonly ProposalGroup[],
  idsOfGroup: readonly number[][],
  withdrawnPairs: readonly { needId: number; volunteerId: number }[],
  now: Date,
  outsideAvailability: (needId: number, volunteerId: number) => boolean,
): Promise<Assignment[][]> {
  const keyOf = (needId: number, volunteerId: number) => `${needId}:${volunteerId}`;
  const rowsOf = async (pairs: readonly { needId: number; volunteerId: number }[]) => {
    const wanted = new Set(pairs.map((p) => keyOf(p.needId, p.volunteerId)));
    const volunteerIds = [...new Set(pairs.map((p) => p.volunteerId))];
    const rows = new Map<string, Assignment>();
    for (const chunk of chunks(volunteerIds, HISTORY_CHUNK)) {
      const found = await entityReader(manager.connection, Assignment).whereIn(
        'volunteerId',
        chunk,
        {},
        { manager },
      );
      for (const row of found) {
        const key = keyOf(row.needId, row.volunteerId);
        if (wanted.has(key)) rows.set(key, row);
      }
    }
    return rows;
  };
  const withdrawn = await rowsOf(withdrawnPairs);
  const fresh = (score: number | null, outside: boolean) => ({
    status: AssignmentStatus.PROPOSED,
    score,
    outsideAvailability: outside,
    proposedAt: now,
    confirmedAt: null,
    respondedAt: null,
    declineReason: null,
    cancelledAt: null,
    cancelReason: null,
  });
  const reopenedAudit = new Map<string, AuditEntry>();
  const reopenedRows = new Map<string, Assignment>();
  const created: Partial<Assignment>[] = [];
  for (const [index, group] of groups.entries()) {
    for (const [position, volunteerId] of idsOfGroup[index]!.entries()) {
      const score = group.scores?.[position] ?? null;
      const reopened = withdrawn.get(keyOf(group.needId, volunteerId));
      if (!reopened) {
        created.push({
          needId: group.needId,
          volunteerId,
          ...fresh(score, outsideAvailability(group.needId, volunteerId)),
        });
        continue;
      }
      transition('propose', reopened.status, `the assignment of volunteer ${volunteerId}`, 'volunteerIds');
      const before = { ...reopened };
      const saved = await manager.save(
        Object.assign(reopened, fresh(score, outsideAvailability(group.needId, volunteerId))),
      );
      reopenedRows.set(keyOf(group.needId, volunteerId), saved);
      reopenedAudit.set(keyOf(group.needId, volunteerId), {
        action: AuditAction.UPDATE,
        entityType: 'Assignment',
        entityId: saved.id,
        before,
        after: { ...saved },
      });
    }
  }
  await insertRows(manager, Assignment, created);
  const inserted = await rowsOf(created as { needId: number; volunteerId: number }[]);
  const proposed = groups.map((group, index) =>
    idsOfGroup[index]!.map(
      (volunteerId) =>
        reopenedRows.get(keyOf(group.needId, volunteerId)) ?? inserted.get(keyOf(group.needId, volunteerId))!,
    ),
  );
  // The trail in the order the proposals were asked for, as one proposal at a time would leave it.
  const audit = proposed.flat().map(
    (row): AuditEntry =>
      reopenedAudit.get(keyOf(row.needId, row.volunteerId)) ?? {
        action: AuditAction.CREATE,
        entityType: 'Assignment',
        entityId: row.id,
        before: null,
        after: { ...row },
      },
  );
  await recordAudit(manager, actor, ...audit);
  return proposed;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
