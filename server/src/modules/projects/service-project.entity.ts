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
import { Campaign } from '../campaigns/campaign.entity';
import { ServiceNeed } from '../needs/service-need.entity';
import { Site } from '../sites/site.entity';
import { ServiceTeam } from '../teams/service-team.entity';

export enum ServiceProjectStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ServiceProjectStatus, { name: 'ServiceProjectStatus' });

/** 志愿服务项目: a team's service at a site over a period, with its posts (岗位). */
@ObjectType({ description: '志愿服务项目: a team serving a site over a period.' })
@Entity('service_project')
export class ServiceProject {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'At most 50 characters, the national system’s limit.' })
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'int' })
  teamId: number;

  @ManyToOne(() => ServiceTeam, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'teamId' })
  team?: Relation<ServiceTeam>;

  @Field(() => ID)
  @Index()
  @Column({ type: 'int' })
  siteId: number;

  @ManyToOne(() => Site, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'siteId' })
  site?: Relation<Site>;

  @Field(() => ID)
  @Index()
  @Column({ type: 'int' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaignId' })
  campaign?: Relation<Campaign>;

  @Field(() => GraphQLLocalDate)
  @Column({ type: 'date' })
  startsOn: string;

  @Field(() => GraphQLLocalDate)
  @Column({ type: 'date' })
  endsOn: string;

  @Field(() => ServiceProjectStatus)
  @Column({ type: 'varchar', length: 16 })
  status: ServiceProjectStatus;

  @Field(() => [String], { description: 'National 服务类别 codes, at most 4, e.g. ["0002", "0003"].' })
  @Column({ type: 'simple-json' })
  nationalCategoryCodes: string[];

  @Field(() => [String], { description: 'National 服务对象 codes, e.g. ["01", "06"].' })
  @Column({ type: 'simple-json' })
  beneficiaryCodes: string[];

  @Field(() => Int, {
    nullable: true,
    description:
      '服务对象人数 of this project: as its planner entered it, or at creation without a figure the sum of ' +
      'the 受益人数 of the needs it serves; null while nobody has entered one (reports leave it blank).',
  })
  @Column({ type: 'int', nullable: true })
  peopleServed: number | null;

  @Field({ description: '服务区域: 6-digit area code, by default the site’s.' })
  @Column({ type: 'varchar', length: 6 })
  areaCode: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;
}

/** 岗位: a post within a project; the national system records hours per post. */
@ObjectType({ description: '岗位: a post within a project.' })
@Entity('project_post')
@Index(['projectId', 'name'], { unique: true })
export class ProjectPost {
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
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;
}

/** Which needs a project serves. */
@Entity('service_project_need')
@Index(['projectId', 'needId'], { unique: true })
export class ServiceProjectNeed {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  projectId: number;

  @ManyToOne(() => ServiceProject, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'projectId' })
  project?: Relation<ServiceProject>;

  @Index()
  @Column({ type: 'int' })
  needId: number;

  @ManyToOne(() => ServiceNeed, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'needId' })
  need?: Relation<ServiceNeed>;
}
