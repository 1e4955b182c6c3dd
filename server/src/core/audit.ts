import type { EntityManager } from 'typeorm';
import type { Actor } from './actor';
import { AuditAction, AuditEvent } from './audit-event.entity';
import { insertRows } from './bulk-insert';

/** Fields that hold personal data: the trail keeps them masked like every other reader. */
const PERSONAL_FIELDS: Readonly<Record<string, (value: string) => string>> = {
  documentNumber: maskDocumentNumber,
  mobile: maskMobile,
  contactPhone: maskMobile,
  passwordHash: () => '********',
  tokenHash: () => '********',
};

/** 370102********123X: area code and the last four characters. */
export function maskDocumentNumber(value: string): string {
  if (value.length <= 4) return '*'.repeat(value.length);
  const head = value.length >= 14 ? value.slice(0, 6) : value.slice(0, 1);
  return head + '*'.repeat(value.length - head.length - 4) + value.slice(-4);
}

/** 138****5678. */
export function maskMobile(value: string): string {
  if (value.length < 7) return '*'.repeat(value.length);
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}

/** Home coordinates: the trail notes that they changed, not where someone lives. */
const LOCATION_FIELDS: ReadonlySet<string> = new Set(['homeLatitude', 'homeLongitude']);

function maskRecord(record: object | null | undefined): Record<string, unknown> | null {
  if (!record) return null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || typeof value === 'function') continue;
    if (LOCATION_FIELDS.has(key) && typeof value === 'number') {
      out[key] = '***';
      continue;
    }
    const mask = PERSONAL_FIELDS[key];
    out[key] = mask && typeof value === 'string' ? mask(value) : value;
  }
  return out;
}

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId: number | string;
  before?: object | null;
  after?: object | null;
}

/**
 * Appends events in the caller's transaction, so a rolled-back write leaves no trail either.
 * Multi-row inserts: a plan of thousands of proposals costs a few statements, not thousands.
 */
export async function recordAudit(
  manager: EntityManager,
  actor: Actor,
  ...entries: AuditEntry[]
): Promise<void> {
  const occurredAt = new Date();
  await insertRows(
    manager,
    AuditEvent,
    entries.map((entry) => ({
      occurredAt,
      actorAccountId: actor.accountId,
      actorName: actor.name,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: maskRecord(entry.before),
      after: maskRecord(entry.after),
      requestId: null,
    })),
  );
}

/**
 * Saves an entity (created with `repository.create`) and records the change: CREATE when there
 * is no `before`, UPDATE otherwise. `extra` adds state kept in other tables, such as members.
 */
export async function saveAudited<T extends { id: number }>(
  manager: EntityManager,
  actor: Actor,
  entityType: string,
  entity: T,
  before?: object,
  extra: { before?: object; after?: object } = {},
): Promise<T> {
  const saved = await manager.save(entity);
  await recordAudit(manager, actor, {
    action: before ? AuditAction.UPDATE : AuditAction.CREATE,
    entityType,
    entityId: saved.id,
    before: before ? { ...before, ...extra.before } : null,
    after: { ...saved, ...extra.after },
  });
  return saved;
}

export { AuditAction };
