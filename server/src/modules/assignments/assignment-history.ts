import type { EntityManager } from 'typeorm';
import { ServiceNeedStatus } from '../needs/service-need.entity';
import { Assignment, AssignmentStatus } from './assignment.entity';
import { isLive, LIVE_STATUSES, type AssignmentHistory, type BookedWindow } from './assignment.rules';

/** Volunteer ids per statement: well under every driver's limit on bound parameters. */
export const HISTORY_CHUNK = 1000;

const RELEVANT_STATUSES = [...LIVE_STATUSES, AssignmentStatus.DECLINED, AssignmentStatus.CANCELLED];

interface MutableHistory {
  declinedNeedIds: Set<number>;
  assignedNeedIds: Set<number>;
  booked: BookedWindow[];
  cancelledNeedIds: Set<number>;
}

/**
 * The assignment history of each volunteer, for `exclusionsFor`: one statement (assignments
 * joined with their needs' windows) for `'all'` and one per 1,000 ids otherwise. Volunteers with
 * no live, declined or cancelled assignment get no entry: callers use EMPTY_HISTORY. Cancelled
 * assignments book no time and block no manual proposal; only the planner reads them. A cancelled
 * need books nobody's time.
 */
export async function loadAssignmentHistory(
  manager: EntityManager,
  volunteerIds: readonly number[] | 'all',
): Promise<Map<number, AssignmentHistory>> {
  const histories = new Map<number, MutableHistory>();
  const collect = (rows: Assignment[]) => {
    for (const row of rows) {
      let history = histories.get(row.volunteerId);
      if (!history) {
        history = {
          declinedNeedIds: new Set(),
          assignedNeedIds: new Set(),
          booked: [],
          cancelledNeedIds: new Set(),
        };
        histories.set(row.volunteerId, history);
      }
      if (row.status === AssignmentStatus.DECLINED) {
        history.declinedNeedIds.add(row.needId);
      } else if (row.status === AssignmentStatus.CANCELLED) {
        history.cancelledNeedIds.add(row.needId);
      } else if (isLive(row.status)) {
        history.assignedNeedIds.add(row.needId);
        if (row.need!.status !== ServiceNeedStatus.CANCELLED) {
          history.booked.push({ needId: row.needId, startsAt: row.need!.startsAt, endsAt: row.need!.endsAt });
        }
      }
    }
  };
  if (volunteerIds === 'all') {
    collect(await historyQuery(manager).getMany());
  } else {
    const ids = [...new Set(volunteerIds)];
    for (let i = 0; i < ids.length; i += HISTORY_CHUNK) {
      const chunk = ids.slice(i, i + HISTORY_CHUNK);
      collect(await historyQuery(manager).andWhere('a.volunteerId IN (:...chunk)', { chunk }).getMany());
    }
  }
  return histories as Map<number, AssignmentHistory>;
}

function historyQuery(manager: EntityManager) {
  return manager
    .getRepository(Assignment)
    .createQueryBuilder('a')
    .innerJoinAndSelect('a.need', 'n')
    .select(['a.id', 'a.volunteerId', 'a.needId', 'a.status', 'n.id', 'n.startsAt', 'n.endsAt', 'n.status'])
    .where('a.status IN (:...statuses)', { statuses: RELEVANT_STATUSES })
    .orderBy('a.id', 'ASC');
}
