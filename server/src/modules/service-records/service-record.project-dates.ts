import type { EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '../../core/errors';
import { chinaDate, chinaDayEnd, chinaDayStart } from '../../core/time';
import type { ServiceProject } from '../projects/service-project.entity';
import { ServiceRecord, ServiceRecordStatus } from './service-record.entity';

/** Records that count, or wait to be approved and then would: narrowing must not leave them out. */
const RECORDS_HELD = [ServiceRecordStatus.SUBMITTED, ServiceRecordStatus.APPROVED];
const RECORDS_NAMED = 20;

/**
 * A project's dates may narrow only around its records: a record outside them would still count in
 * the status report while the archive export rejects it (RECORD_OUTSIDE_PROJECT), and its approval
 * would pass no date check. Drafts are left to the rule that checks them when they are submitted.
 */
export async function recordsWithinProjectDatesGuard(
  manager: EntityManager,
  project: Pick<ServiceProject, 'id' | 'startsOn' | 'endsOn'>,
): Promise<void> {
  const outside = await manager
    .getRepository(ServiceRecord)
    .createQueryBuilder('r')
    .select(['r.id', 'r.startsAt'])
    .where('r.projectId = :projectId', { projectId: project.id })
    .andWhere('r.status IN (:...held)', { held: RECORDS_HELD })
    .andWhere('(r.startsAt < :from OR r.startsAt >= :to)', {
      from: chinaDayStart(project.startsOn),
      to: chinaDayEnd(project.endsOn),
    })
    .orderBy('r.startsAt', 'ASC')
    .addOrderBy('r.id', 'ASC')
    .getMany();
  if (outside.length === 0) return;
  const days = outside.map((record) => chinaDate(record.startsAt));
  const ids = outside.slice(0, RECORDS_NAMED).map((record) => String(record.id));
  const field = days[0]! < project.startsOn ? 'startsOn' : 'endsOn';
  throw new AppError(
    ErrorCode.PROJECT_HAS_RECORDS_OUTSIDE,
    `${outside.length} submitted or approved service record(s) lie outside ${project.startsOn} – ` +
      `${project.endsOn} (${days[0]}${days.length > 1 ? ` to ${days.at(-1)}` : ''}; records ${ids.join(', ')}` +
      `${outside.length > ids.length ? ', …' : ''}): keep the dates around them, or reject or correct them first`,
    { field, recordCount: outside.length, recordIds: ids, firstDay: days[0], lastDay: days.at(-1) },
  );
}
