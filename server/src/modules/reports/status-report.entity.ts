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
import { Campaign, MilestoneKind } from '../campaigns/campaign.entity';
import { Unit } from '../units/unit.entity';
import { Account } from '../accounts/account.entity';
import { ServiceProject } from '../projects/service-project.entity';

export enum StatusReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}

registerEnumType(StatusReportStatus, {
  name: 'StatusReportStatus',
  valuesConfig: {
    DRAFT: { description: '草稿: rows are computed live and the text may change.' },
    SUBMITTED: { description: '已报送: rows are frozen as filed.' },
  },
});

/**
 * 情况调度表: what a unit files for a campaign milestone. Once submitted the rows are frozen in
 * snapshot so later changes to teams or hours do not rewrite what the province received.
 */
@ObjectType({ description: '情况调度表: a unit’s status report for a campaign milestone.' })
@Entity('status_report')
@Index(['unitId', 'campaignId', 'milestone'], { unique: true })
export class StatusReport {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: '填表单位' })
  @Column({ type: 'int' })
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<Unit>;

  @Field(() => ID)
  @Index()
  @Column({ type: 'int' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaignId' })
  campaign?: Relation<Campaign>;

  @Field(() => MilestoneKind)
  @Column({ type: 'varchar', length: 16 })
  milestone: MilestoneKind;

  @Field(() => StatusReportStatus)
  @Column({ type: 'varchar', length: 16 })
  status: StatusReportStatus;

  // Kept, not migrated into per-project texts: which project an old unit-wide text speaks of is
  // unknown, so copying it into each block would put words in the unit's mouth.
  @Field(() => String, {
    nullable: true,
    description:
      '志愿服务进展情况 for the whole unit (at most 500 characters), as reports saved before each project ' +
      'had its own text; shown in any block without its own text. Each project’s text: rows { progressText }.',
  })
  @Column({ type: 'text', nullable: true })
  progressText: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '填表日期' })
  @Column({ type: 'date', nullable: true })
  filledOn: string | null;

  // The rows as filed (StatusReportRow[]); read through the `rows` field, which types them.
  @Column({ type: 'simple-json', nullable: true })
  snapshot: unknown;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  submittedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The account that filed it.' })
  @Column({ type: 'int', nullable: true })
  submittedByAccountId: number | null;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submittedByAccountId' })
  submittedBy?: Relation<Account> | null;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;
}

/**
 * 志愿服务进展情况 of one project in one report (at most 500 characters): the form has one block per
 * team project, each with its own text. Saved with the draft; a filed report cannot change, and its
 * rows carry the texts as filed.
 */
@Entity('status_report_progress')
@Index(['reportId', 'projectId'], { unique: true })
export class StatusReportProgress {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  reportId: number;

  @ManyToOne(() => StatusReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reportId' })
  report?: Relation<StatusReport>;

  @Index()
  @Column({ type: 'int' })
  projectId: number;

  @ManyToOne(() => ServiceProject, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'projectId' })
  project?: Relation<ServiceProject>;

  @Column({ type: 'text' })
  text: string;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
