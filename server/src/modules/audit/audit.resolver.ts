import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { AuditEvent } from '../../core/audit-event.entity';
import { actorOf, type Context } from '../../core/context';
import { connectionType, PageArgs, type Page } from '../../core/pagination';
import { AuditEventFilter } from './audit.inputs';
import { AuditService } from './audit.service';

export const AuditEventConnection = connectionType(AuditEvent, 'AuditEvent');

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, {
    description: 'The audit trail, oldest first (provincial admin only).',
  })
  auditEvents(
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter: AuditEventFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<AuditEvent>> {
    return new AuditService(ctx.dataSource, actorOf(ctx)).list(filter ?? {}, page);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The record before the change, as JSON; personal data masked.',
  })
  before(@Root() event: AuditEvent): string | null {
    return event.before ? JSON.stringify(event.before) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The record after the change, as JSON; personal data masked.',
  })
  after(@Root() event: AuditEvent): string | null {
    return event.after ? JSON.stringify(event.after) : null;
  }
}
