import { Field, ID, InputType } from 'type-graphql';
import { AuditAction } from '../../core/audit-event.entity';

@InputType()
export class AuditEventFilter {
  @Field({ nullable: true, description: 'e.g. Volunteer, ServiceTeam, Account.' })
  entityType?: string;

  @Field(() => ID, { nullable: true })
  entityId?: string;

  @Field(() => ID, { nullable: true })
  actorAccountId?: string;

  @Field(() => AuditAction, { nullable: true })
  action?: AuditAction;

  @Field({ nullable: true, description: 'Events at or after this instant.' })
  from?: Date;

  @Field({ nullable: true, description: 'Events before this instant.' })
  to?: Date;
}
