import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { DecimalScalar, decimalTransformer } from '../../core/decimal';
import { Account } from '../accounts/account.entity';
// A type only: the archive-exports module depends on this one, never the other way at run time.
import type { ArchiveExport } from '../archive-exports/archive-export.entity';
import { ProjectPost, ServiceProject } from '../projects/service-project.entity';
import { Volunteer } from '../volunteers/volunteer.entity';

export enum ServiceRecordStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  SUPERSEDED = 'SUPERSEDED',
}

registerEnumType(ServiceRecordStatus, {
  name: 'ServiceRecordStatus',
  valuesConfig: {
    DRAFT: { description: '草稿: entered but not yet sent for approval.' },
    SUBMITTED: { description: '待审核: waiting for the team leader.' },
    APPROVED: { description: '已审核: counts in reports and may be exported.' },
    REJECTED: { description: '已退回: the team leader sent it back with a reason.' },
    SUPERSEDED: { description: '已更正: an approved record replaced by a correction; kept for the trail.' },
  },
});

/** One day's activity of a project; records hang off it so 人次 counts one person once per occasion. */
@ObjectType({ description: '服务活动: one service occasion (a day’s activity) of a project.' })
@Entity('service_occasion')
@Index(['projectId', 'date'])
export class ServiceOccasion {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  projectId: number;

  @ManyToOne(() => ServiceProject, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'projectId' })
  project?: Relation<ServiceProject>;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Field(() => GraphQLLocalDate, { description: 'The day of the activity, in China time.' })
  @Column({ type: 'date' })
  date: string;

  @Field()
  @Column({ type: 'datetime' })
  startsAt: Date;

  @Field()
  @Column({ type: 'datetime' })
  endsAt: Date;

  // Not a GraphQL field: whoever can read the code can confirm their own presence, so later work
  // exposes it only to the site contact who issues it.
  /** 服务码: a one-time code the site contact hands out so presence is confirmed by both parties. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  serviceCode: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'After this the service code no longer confirms presence.',
  })
  @Column({ type: 'datetime', nullable: true })
  serviceCodeExpiresAt: Date | null;

  @Field()
  @CreateDateColumn()
  createdAt: Date;
}

/**
 * 服务记录: one volunteer × one time segment, the row the national archive wants. Hours are derived
 * from the segment (the national system never lets anyone type them), and an approved record is
 * never edited: a correction supersedes it so exported rows stay traceable.
 */
@ObjectType({
  description: '服务记录: one volunteer’s service time on a project post, approved by the team leader.',
})
@Entity('service_record')
@Index(['volunteerId', 'startsAt'])
@Index(['projectId', 'status'])
export class ServiceRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  volunteerId: number;

  @ManyToOne(() => Volunteer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'volunteerId' })
  volunteer?: Relation<Volunteer>;

  @Field(() => ID)
  @Column({ type: 'int' })
  projectId: number;

  @ManyToOne(() => ServiceProject, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'projectId' })
  project?: Relation<ServiceProject>;

  @Field(() => ID, { description: '岗位: the national system records hours per post.' })
  @Index()
  @Column({ type: 'int' })
  postId: number;

  @ManyToOne(() => ProjectPost, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'postId' })
  post?: Relation<ProjectPost>;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: 'int', nullable: true })
  occasionId: number | null;

  @ManyToOne(() => ServiceOccasion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'occasionId' })
  occasion?: Relation<ServiceOccasion> | null;

  @Field({ description: '开始时间 (UTC): when serving began, travel excluded.' })
  @Column({ type: 'datetime' })
  startsAt: Date;

  @Field({ description: '结束时间 (UTC): when serving ended, travel excluded.' })
  @Column({ type: 'datetime' })
  endsAt: Date;

  @Field(() => DecimalScalar, {
    description: '服务时长（小时）: computed from startsAt and endsAt to 2 decimals, never typed in.',
  })
  @Column({ type: 'decimal', precision: 6, scale: 2, transformer: decimalTransformer(2) })
  hours: string;

  @Field(() => ServiceRecordStatus)
  @Column({ type: 'varchar', length: 16 })
  status: ServiceRecordStatus;

  @Field(() => String, {
    nullable: true,
    description: '备注 / 服务内容: at most 500 characters, the national limit.',
  })
  @Column({ type: 'varchar', length: 500, nullable: true })
  remark: string | null;

  @Field(() => String, { nullable: true, description: 'Why the team leader sent it back.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  rejectionReason: string | null;

  @Field(() => ID, { nullable: true, description: 'The approved record this correction replaces.' })
  @Index()
  @Column({ type: 'int', nullable: true })
  supersedesId: number | null;

  @ManyToOne(() => ServiceRecord, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedesId' })
  supersedes?: Relation<ServiceRecord> | null;

  // Internal: lets a client retry a submission without creating a second record; not part of the schema.
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  idempotencyKey: string | null;

  @Field(() => ID, { nullable: true, description: '记录人: who entered it, when not the volunteer.' })
  @Column({ type: 'int', nullable: true })
  recordedById: number | null;

  @ManyToOne(() => Volunteer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recordedById' })
  recordedBy?: Relation<Volunteer> | null;

  /**
   * The account that entered the record (null for the system, the CLI, and records entered before
   * this column). A coordinator has no volunteer record, so recordedById alone cannot name them:
   * the archive export's 记录人 falls back to this account's display name. Internal: not in the schema.
   */
  @Column({ type: 'int', nullable: true })
  recordedByAccountId: number | null;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recordedByAccountId' })
  recordedByAccount?: Relation<Account> | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  approvedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  approvedById: number | null;

  @ManyToOne(() => Volunteer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'approvedById' })
  approvedBy?: Relation<Volunteer> | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The account that approved or rejected it (a coordinator has no volunteer record).',
  })
  @Column({ type: 'int', nullable: true })
  reviewedByAccountId: number | null;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewedByAccountId' })
  reviewedBy?: Relation<Account> | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the site’s service code was entered: presence confirmed by both parties.',
  })
  @Column({ type: 'datetime', nullable: true })
  presenceConfirmedAt: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The export batch that sent it to the national archive; set means it is not exported again.',
  })
  @Index()
  @Column({ type: 'int', nullable: true })
  archiveExportId: number | null;

  // RESTRICT: dropping a batch must not silently make its records exportable a second time.
  // Named, not imported: TypeORM resolves the entity by name once both are registered.
  @ManyToOne('ArchiveExport', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'archiveExportId' })
  archiveExport?: Relation<ArchiveExport> | null;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;
}
