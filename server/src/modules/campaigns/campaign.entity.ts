import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
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
import { CAMPAIGN_PHASE_KIND_LABELS, labelsAsDescriptions } from '../code-lists/labels';

export enum CampaignPhaseKind {
  LAUNCH = 'LAUNCH',
  SERVICE = 'SERVICE',
  SUMMARY = 'SUMMARY',
}

export enum MilestoneKind {
  LAUNCH = 'LAUNCH',
  MID_TERM = 'MID_TERM',
  SUMMARY = 'SUMMARY',
  FINAL_MATERIALS = 'FINAL_MATERIALS',
}

registerEnumType(CampaignPhaseKind, {
  name: 'CampaignPhaseKind',
  valuesConfig: labelsAsDescriptions(CAMPAIGN_PHASE_KIND_LABELS),
});

registerEnumType(MilestoneKind, {
  name: 'MilestoneKind',
  description: 'A reporting deadline of a campaign.',
  valuesConfig: {
    LAUNCH: { description: '部署启动情况调度表' },
    MID_TERM: { description: '半程推进情况调度表' },
    SUMMARY: { description: '活动总结情况调度表' },
    FINAL_MATERIALS: { description: '活动总结材料' },
  },
});

/** A yearly volunteer-service campaign; its calendar is data, so each year sets its own dates. */
@ObjectType({ description: 'A yearly campaign with its phases and reporting milestones.' })
@Entity('campaign')
export class Campaign {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => Int)
  @Index({ unique: true })
  @Column({ type: 'int' })
  year: number;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => GraphQLLocalDate)
  @Column({ type: 'date' })
  startsOn: string;

  @Field(() => GraphQLLocalDate)
  @Column({ type: 'date' })
  endsOn: string;

  /** Matching weights set for this campaign; the matching module owns their meaning and defaults. */
  @Column({ type: 'simple-json', nullable: true })
  matchingWeights: Record<string, number> | null;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;
}

@ObjectType({ description: 'A phase of a campaign, e.g. 4月至9月 teams form and serve.' })
@Entity('campaign_phase')
export class CampaignPhase {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaignId' })
  campaign?: Relation<Campaign>;

  @Field(() => CampaignPhaseKind)
  @Column({ type: 'varchar', length: 16 })
  kind: CampaignPhaseKind;

  @Field(() => GraphQLLocalDate)
  @Column({ type: 'date' })
  startsOn: string;

  @Field(() => GraphQLLocalDate)
  @Column({ type: 'date' })
  endsOn: string;
}

@ObjectType({ description: 'A date by which every unit files a status report or its materials.' })
@Entity('reporting_milestone')
@Index(['campaignId', 'kind'], { unique: true })
export class ReportingMilestone {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaignId' })
  campaign?: Relation<Campaign>;

  @Field(() => MilestoneKind)
  @Column({ type: 'varchar', length: 16 })
  kind: MilestoneKind;

  @Field(() => GraphQLLocalDate, { description: 'The last day to file, in China time.' })
  @Column({ type: 'date' })
  dueOn: string;
}
