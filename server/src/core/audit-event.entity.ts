import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  READ_PERSONAL_DATA = 'READ_PERSONAL_DATA',
  LOGIN_THROTTLED = 'LOGIN_THROTTLED',
  SEARCH_PERSONAL_DATA = 'SEARCH_PERSONAL_DATA',
}

registerEnumType(AuditAction, {
  name: 'AuditAction',
  valuesConfig: {
    CREATE: { description: '新增' },
    UPDATE: { description: '修改' },
    DELETE: { description: '删除' },
    READ_PERSONAL_DATA: { description: '查看个人信息, e.g. a full document number.' },
    LOGIN_THROTTLED: {
      description:
        '登录锁定: sign-in refused for a while after repeated failures (a username or an address).',
    },
    SEARCH_PERSONAL_DATA: { description: '按证件号码查找: the number is kept masked.' },
  },
});

/**
 * Append-only: rows are inserted, never updated or deleted. Actor and entity are kept as plain
 * values without foreign keys so the trail outlives what it describes.
 */
@ObjectType({ description: '审计日志: who did what to which record, append-only.' })
@Entity('audit_event')
@Index(['entityType', 'entityId'])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  // Set by code rather than @CreateDateColumn, so an event carries the time of the change it records.
  @Field()
  @Index()
  @Column({ type: 'datetime' })
  occurredAt: Date;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  actorAccountId: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The actor’s name at the time, kept if the account goes.',
  })
  @Column({ type: 'varchar', length: 100, nullable: true })
  actorName: string | null;

  @Field(() => AuditAction)
  @Column({ type: 'varchar', length: 24 })
  action: AuditAction;

  @Field({ description: 'The entity class, e.g. ServiceRecord.' })
  @Column({ type: 'varchar', length: 50 })
  entityType: string;

  @Field({ description: 'The entity’s id as text, so any kind of key fits.' })
  @Column({ type: 'varchar', length: 50 })
  entityId: string;

  // before/after are not GraphQL fields yet: they need a JSON scalar, and may hold personal data.
  @Column({ type: 'simple-json', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'simple-json', nullable: true })
  after: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;
}
