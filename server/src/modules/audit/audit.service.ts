import type { DataSource } from 'typeorm';
import { requireAdmin } from '../../core/access';
import type { Actor } from '../../core/actor';
import { AuditEvent } from '../../core/audit-event.entity';
import { paginate, type Page, type PageArgs } from '../../core/pagination';
import { parseId } from '../../core/validate';
import type { AuditEventFilter } from './audit.inputs';

/** Reads the audit trail. There is deliberately no way to change or delete it. */
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
  ) {}

  list(filter: AuditEventFilter = {}, page: PageArgs = {}): Promise<Page<AuditEvent>> {
    requireAdmin(this.actor, 'read the audit trail');
    const query = this.dataSource.getRepository(AuditEvent).createQueryBuilder('event');
    if (filter.entityType)
      query.andWhere('event.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) query.andWhere('event.entityId = :entityId', { entityId: filter.entityId });
    if (filter.actorAccountId) {
      query.andWhere('event.actorAccountId = :actor', {
        actor: parseId('actorAccountId', filter.actorAccountId),
      });
    }
    if (filter.action) query.andWhere('event.action = :action', { action: filter.action });
    if (filter.from) query.andWhere('event.occurredAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('event.occurredAt < :to', { to: filter.to });
    return paginate(query, page);
  }
}
