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

  @Field(() => String, {
    nullable: true,
    description: '志愿服务进展情况: main practices and features, at most 500 characters.',
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
