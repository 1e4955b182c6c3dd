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
import { labelsAsDescriptions, TRAINING_TOPIC_LABELS } from '../code-lists/labels';
import { ServiceProject } from '../projects/service-project.entity';
import { Unit } from '../units/unit.entity';
import { Volunteer } from '../volunteers/volunteer.entity';

export enum TrainingTopicKind {
  SAFETY = 'SAFETY',
  CONDUCT = 'CONDUCT',
  SKILLS = 'SKILLS',
}

registerEnumType(TrainingTopicKind, {
  name: 'TrainingTopicKind',
  valuesConfig: labelsAsDescriptions(TRAINING_TOPIC_LABELS),
});

/** The notice requires a safety responsibility system and an emergency plan before a project serves. */
@ObjectType({ description: '安全责任制与危机预案: a project’s safety plan.' })
@Entity('safety_plan')
export class SafetyPlan {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  // A unique many-to-one rather than a one-to-one, to keep the FK pattern of the other entities.
  @Field(() => ID)
  @Index({ unique: true })
  @Column({ type: 'int' })
  projectId: number;

  @ManyToOne(() => ServiceProject, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'projectId' })
  project?: Relation<ServiceProject>;

  @Field({ description: '安全责任人' })
  @Column({ type: 'varchar', length: 50 })
  responsiblePerson: string;

  @Field(() => String, {
    nullable: true,
    description:
      "责任人电话: mobile or landline. Null unless you own the project's site or work on one of its projects.",
  })
  @Column({ type: 'varchar', length: 20 })
  responsiblePhone: string;

  @Field({ description: '危机预案: what to do in an emergency.' })
  @Column({ type: 'text' })
  emergencyPlan: string;

  @Field({ description: '是否已购买志愿者保险' })
  @Column({ type: 'boolean', default: false })
  insured: boolean;

  @Field(() => String, { nullable: true, description: 'Insurer, policy number or why none.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  insuranceNote: string | null;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;
}

/** Volunteers and cadres are trained in the work, conduct and safety before they serve. */
@ObjectType({ description: '培训记录: a training session held by a unit.' })
@Entity('training_record')
export class TrainingRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Index()
  @Column({ type: 'int' })
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<Unit>;

  @Field({ description: '培训主题' })
  @Column({ type: 'varchar', length: 100 })
  topic: string;

  @Field(() => GraphQLLocalDate)
  @Column({ type: 'date' })
  heldOn: string;

  @Field(() => DecimalScalar, { description: '培训时长（小时）' })
  @Column({ type: 'decimal', precision: 5, scale: 2, transformer: decimalTransformer(2) })
  hours: string;

  @Field({ description: '培训人' })
  @Column({ type: 'varchar', length: 50 })
  trainer: string;

  @Field(() => [TrainingTopicKind], {
    description: 'What the session covered; SAFETY is what clears a volunteer to serve.',
  })
  @Column({ type: 'simple-json' })
  covers: TrainingTopicKind[];

  @Field()
  @CreateDateColumn()
  createdAt: Date;
}

@ObjectType({ description: 'A volunteer who attended a training session.' })
@Entity('training_attendance')
@Index(['trainingId', 'volunteerId'], { unique: true })
export class TrainingAttendance {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  trainingId: number;

  @ManyToOne(() => TrainingRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trainingId' })
  training?: Relation<TrainingRecord>;

  @Field(() => ID)
  @Index()
  @Column({ type: 'int' })
  volunteerId: number;

  @ManyToOne(() => Volunteer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'volunteerId' })
  volunteer?: Relation<Volunteer>;
}
