import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { EntityManager } from 'typeorm';
import { isSystem } from '../../core/access';
import { ForbiddenError, Role, type Actor } from '../../core/actor';
import { AuditAction, recordAudit } from '../../core/audit';
import { AppError, ErrorCode } from '../../core/errors';
import type { DocumentType } from './document-number';

/**
 * Finding a volunteer by document number is a lookup of personal data: a masked number leaves
 * about 1,500 candidates after the check digit, so an unlimited search would unmask it in
 * seconds. Only roles that see numbers unmasked may search (their scope already shows them the
 * number), one search per request (no aliases), a budget per account, and every search audited
 * with the number masked.
 */
export const DOCUMENT_SEARCHES_PER_HOUR = 200;

/** Roles that may see a document number unmasked (volunteer.access.ts `seesPersonalData`). */
const SEARCHING_ROLES: ReadonlySet<Role> = new Set([Role.UNIT_COORDINATOR, Role.TEAM_LEADER, Role.VOLUNTEER]);

export class DocumentSearchLimitedError extends AppError {
  constructor(message: string, retryAfterSeconds?: number) {
    super(ErrorCode.DOCUMENT_SEARCH_LIMITED, message, {
      field: 'documentNumber',
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    });
  }
}

// Per process: a deployment of several instances multiplies the budget by their number, which
// still keeps a search-by-guessing at hours rather than seconds.
const budget = new RateLimiterMemory({
  points: DOCUMENT_SEARCHES_PER_HOUR,
  duration: 3600,
  keyPrefix: 'document-search',
});
const searchesOfRequest = new WeakMap<object, number>();

/**
 * Admits one search or throws: FORBIDDEN for roles that may not see numbers, DOCUMENT_SEARCH_LIMITED
 * for a second search in the same request (`request` is any object unique to it) or a spent budget.
 * The system (CLI, seeds) is not limited.
 */
export async function admitDocumentSearch(actor: Actor, request: object | undefined): Promise<void> {
  if (isSystem(actor)) return;
  if (actor.role === null || !SEARCHING_ROLES.has(actor.role)) {
    throw new ForbiddenError(
      'only those who may see document numbers unmasked may search by them',
      'documentNumber',
    );
  }
  if (request) {
    const count = (searchesOfRequest.get(request) ?? 0) + 1;
    searchesOfRequest.set(request, count);
    if (count > 1) throw new DocumentSearchLimitedError('search by one document number per request');
  }
  try {
    await budget.consume(`account:${actor.accountId}`, 1);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw new DocumentSearchLimitedError(
      `you have used this hour's ${DOCUMENT_SEARCHES_PER_HOUR} searches by document number: try again in ${retryAfterSeconds} s`,
      retryAfterSeconds,
    );
  }
}

/** One audit event per search; the trail masks `documentNumber` like every other reader. */
export function auditDocumentSearch(
  manager: EntityManager,
  actor: Actor,
  documentType: DocumentType,
  documentNumber: string,
  foundIds: readonly number[],
): Promise<void> {
  return recordAudit(manager, actor, {
    action: AuditAction.SEARCH_PERSONAL_DATA,
    entityType: 'Volunteer',
    entityId: foundIds.length ? foundIds.join(',') : '-',
    after: { documentType, documentNumber, found: foundIds.length },
  });
}
