import { randomInt, timingSafeEqual } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ForbiddenError, type Actor } from '../../core/actor';
import { isSystem } from '../../core/access';
import { AuditAction, recordAudit } from '../../core/audit';
import { isSqlite } from '../../core/dialect';
import { AppError, BadInputError, ErrorCode } from '../../core/errors';
import { chinaDate, chinaDayStart } from '../../core/time';
import { requireDateInBounds, requireInt } from '../../core/validate';
import { ServiceProject } from '../projects/service-project.entity';
import { ownVolunteerId } from './service-record.access';
import { ServiceOccasion, ServiceRecord } from './service-record.entity';
import { recordStep, type Segment } from './service-record.rules';
import { loadProject, loadRecord } from './service-record.store';

/** Service codes avoid look-alike characters (0/O, 1/I/L) so they can be read out and typed. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;
export const DEFAULT_CODE_MINUTES = 240;

/**
 * The project's occasion (its activity on one China date) for each day of the segments, created
 * when missing. The project row is locked first (MariaDB/MySQL), so two entries never create two
 * occasions for one day, which would count one person twice in 人次.
 */
export async function occasionsFor(
  manager: EntityManager,
  actor: Actor,
  project: ServiceProject,
  segments: readonly Segment[],
): Promise<Map<string, ServiceOccasion>> {
  if (!isSqlite(manager)) {
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
    await recordAudit(manager, actor, {
      action: AuditAction.CREATE,
      entityType: 'ServiceOccasion',
      entityId: occasion.id,
      after: { ...occasion, serviceCode: undefined },
    });
    byDay.set(day, occasion);
  }
  return byDay;
}

/**
 * 服务码: the site contact issues a one-time code for a project's activity on a day, and the
 * volunteer enters it on their record, so presence is confirmed by both parties.
 */
export class ServiceCodes {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
  ) {}

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
      const { project } = await loadProject(manager, projectId, 'projectId');
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
        await occasionsFor(manager, this.actor, project, [
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
      const record = await loadRecord(manager, id);
      if (ownVolunteerId(this.actor) !== record.volunteerId) {
        throw new ForbiddenError('only the volunteer confirms their own presence', 'id');
      }
      recordStep('confirmPresence', record.status, `record ${id}`);
      if (record.presenceConfirmedAt) throw codeRefused('USED');
      const occasion = record.occasionId
        ? await manager.getRepository(ServiceOccasion).findOneBy({ id: record.occasionId })
        : null;
      if (!occasion?.serviceCode || !sameCode(occasion.serviceCode, given)) throw codeRefused('WRONG');
      if (!occasion.serviceCodeExpiresAt || occasion.serviceCodeExpiresAt.getTime() <= now.getTime()) {
        throw codeRefused('EXPIRED');
      }
      const result = await manager
        .createQueryBuilder()
        .update(ServiceRecord)
        .set({ presenceConfirmedAt: now })
        .where('id = :id AND presenceConfirmedAt IS NULL AND status = :status', { id, status: record.status })
        .execute();
      // Confirmed by a concurrent request since it was read.
      if (!result.affected) throw codeRefused('USED');
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
}

const CODE_REFUSALS = {
  USED: 'presence is already confirmed: a code works once',
  WRONG: 'this is not the service code of the record’s activity',
  EXPIRED: 'the service code has expired: ask the site for a new one',
} as const;

/** SERVICE_CODE_INVALID with the reason a client tells apart (ask again, retype, or get a new code). */
function codeRefused(reason: keyof typeof CODE_REFUSALS): AppError {
  return new AppError(ErrorCode.SERVICE_CODE_INVALID, CODE_REFUSALS[reason], { field: 'code', reason });
}

/** Compared in constant time: how long a wrong code takes to refuse says nothing about the right one. */
function sameCode(stored: string, given: string): boolean {
  const a = Buffer.from(stored);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
