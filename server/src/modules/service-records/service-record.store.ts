import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor';
import { AuditAction, recordAudit, type AuditEntry } from '../../core/audit';
import { BadInputError, ErrorCode, NotFoundError } from '../../core/errors';
import { rowLock } from '../../core/dialect';
import { chinaDayStart } from '../../core/time';
import { ServiceProject } from '../projects/service-project.entity';
import { ServiceTeam } from '../teams/service-team.entity';
import { Volunteer } from '../volunteers/volunteer.entity';
import { ServiceRecord } from './service-record.entity';
import { RecordRuleError } from './service-record.rules';

/**
 * The loads, locks and guarded writes every service-record workflow (entry, review, service
 * codes) builds its transaction from, so each takes its locks and writes its audit the same way.
 */

/** UTC bounds of China dates: from the first day's 00:00 to the day after the last. */
export function dateRange(from?: string | null, to?: string | null): { from?: Date; to?: Date } {
  if (from && to && to < from) throw new BadInputError('to', 'to must not be before from');
  return {
    ...(from ? { from: chinaDayStart(from) } : {}),
    ...(to ? { to: new Date(chinaDayStart(to).getTime() + 24 * 3_600_000) } : {}),
  };
}

/** Whose record it is and who entered it: neither ever changes, so they are read before locking. */
export async function peopleOf(
  dataSource: DataSource,
  id: number,
): Promise<{ volunteerId: number; recordedById: number | null }> {
  const record = await dataSource
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
export async function lockVolunteers(
  manager: EntityManager,
  ids: readonly number[],
  field: string,
  ...alsoIds: (number | null)[]
): Promise<void> {
  // One statement takes the rows in key order, so two writers with overlapping sets never deadlock.
  const all = [...new Set([...ids, ...alsoIds.filter((id): id is number => id !== null)])];
  const found = await manager
    .getRepository(Volunteer)
    .find({ select: { id: true }, where: { id: In(all) }, order: { id: 'ASC' }, ...rowLock(manager) });
  const have = new Set(found.map((v) => v.id));
  const missing = ids.find((id) => !have.has(id));
  if (missing !== undefined) throw new NotFoundError('Volunteer', missing, field);
}

export async function loadRecord(manager: EntityManager, id: number): Promise<ServiceRecord> {
  const record = await manager.getRepository(ServiceRecord).findOneBy({ id });
  if (!record) throw new NotFoundError('ServiceRecord', id);
  return record;
}

export async function loadProject(manager: EntityManager, projectId: number, field: string) {
  const project = await manager.getRepository(ServiceProject).findOneBy({ id: projectId });
  if (!project) throw new NotFoundError('ServiceProject', projectId, field);
  const team = await manager.getRepository(ServiceTeam).findOneByOrFail({ id: project.teamId });
  return { project, team };
}

/**
 * Changes the record only if it still has the status it was read with: of two requests racing
 * on one record, the second sees the new status and is refused like a lone request.
 */
export async function moveRecord(
  manager: EntityManager,
  actor: Actor,
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
  await recordAudit(manager, actor, {
    action: AuditAction.UPDATE,
    entityType: 'ServiceRecord',
    entityId: record.id,
    before: record,
    after: { ...after, ...extra },
  });
  return after;
}

/** The audit entry of a record just created (an entry or a correction). */
export function recordCreated(record: ServiceRecord, extra: Record<string, unknown> = {}): AuditEntry {
  return {
    action: AuditAction.CREATE,
    entityType: 'ServiceRecord',
    entityId: record.id,
    after: { ...record, ...extra },
  };
}
