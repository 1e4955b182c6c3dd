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
import { Campaign } from '../campaigns/campaign.entity';
import { BeneficiaryGroup } from '../code-lists/beneficiary-group';
import { ServiceCategory } from '../code-lists/service-category';
import { Site } from '../sites/site.entity';
import { Unit } from '../units/unit.entity';

export enum ServiceNeedStatus {
  OPEN = 'OPEN',
  FILLED = 'FILLED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ServiceNeedStatus, {
  name: 'ServiceNeedStatus',
  valuesConfig: {
    OPEN: { description: 'Looking for volunteers.' },
    FILLED: { description: 'Every place is taken.' },
    CLOSED: { description: 'No longer taking volunteers; the service went ahead or ended.' },
    CANCELLED: { description: 'Withdrawn by the site.' },
  },
});

/** 服务需求: what a site asks for, in one category, for a number of people in a time window. */
@ObjectType({ description: '服务需求: a request for service posted for a site.' })
@Entity('service_need')
@Index(['status', 'category'])
export class ServiceNeed {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Index()
  @Column({ type: 'int' })
  siteId: number;

  @ManyToOne(() => Site, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'siteId' })
  site?: Relation<Site>;

  @Field(() => ID, {
    nullable: true,
    description:
      'The unit whose coordinator posted the need; null when the site itself (its contact) or the province posted it. ' +
      "A paired unit's own need is open to that unit alone; the site's needs are open to the owner and the paired units.",
  })
  @Index()
  @Column({ type: 'int', nullable: true })
  postedByUnitId: number | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'postedByUnitId' })
  postedByUnit?: Relation<Unit> | null;

  @Field(() => ID)
  @Index()
  @Column({ type: 'int' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaignId' })
  campaign?: Relation<Campaign>;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => ServiceCategory)
  @Column({ type: 'varchar', length: 32 })
  category: ServiceCategory;

  @Field(() => [String], { description: 'Skill tags a volunteer should have.' })
  @Column({ type: 'simple-json' })
  requiredSkills: string[];

  @Field(() => Int, { description: 'How many volunteers are needed.' })
  @Column({ type: 'int' })
  headcount: number;

  @Field({
    description:
      'Served by one whole team (7–10 volunteers and 1–2 union cadres) rather than by individuals; ' +
      'the batch plan then proposes a team, all its members together.',
  })
  @Column({ type: 'boolean', default: false })
  servedByTeam: boolean;

  @Field(() => Int, {
    description: 'Places taken: CONFIRMED and ACCEPTED assignments. Never above headcount.',
  })
  @Column({ type: 'int', default: 0 })
  confirmedCount: number;

  @Field()
  @Column({ type: 'datetime' })
  startsAt: Date;

  @Field()
  @Column({ type: 'datetime' })
  endsAt: Date;

  @Field(() => [BeneficiaryGroup])
  @Column({ type: 'simple-json' })
  beneficiaryGroups: BeneficiaryGroup[];

  @Field(() => Int, { description: 'How many people the service reaches.' })
  @Column({ type: 'int', default: 0 })
  beneficiaryCount: number;

  @Field(() => ServiceNeedStatus)
  @Column({ type: 'varchar', length: 16 })
  status: ServiceNeedStatus;

  @Field()
  @Column({ type: 'datetime' })
  postedAt: Date;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;
}
