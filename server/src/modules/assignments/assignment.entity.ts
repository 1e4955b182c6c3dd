import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
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
import { ServiceNeed } from '../needs/service-need.entity';
import { Volunteer } from '../volunteers/volunteer.entity';

export enum AssignmentStatus {
  PROPOSED = 'PROPOSED',
  CONFIRMED = 'CONFIRMED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(AssignmentStatus, {
  name: 'AssignmentStatus',
  valuesConfig: {
    PROPOSED: { description: 'Suggested by matching; nobody has agreed yet.' },
    CONFIRMED: { description: 'The coordinator confirmed it; waiting for the volunteer.' },
    ACCEPTED: { description: 'The volunteer accepted: service is voluntary.' },
    DECLINED: { description: 'The volunteer declined.' },
    CANCELLED: { description: 'Withdrawn by the coordinator.' },
  },
});

/** A volunteer put forward for a need; it binds only once the coordinator confirms and the volunteer accepts. */
@ObjectType({ description: 'A volunteer assigned (or proposed) to a service need.' })
@Entity('assignment')
@Index(['needId', 'volunteerId'], { unique: true })
export class Assignment {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  needId: number;

  @ManyToOne(() => ServiceNeed, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'needId' })
  need?: Relation<ServiceNeed>;

  @Field(() => ID)
  @Index()
  @Column({ type: 'int' })
  volunteerId: number;

  @ManyToOne(() => Volunteer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'volunteerId' })
  volunteer?: Relation<Volunteer>;

  @Field(() => AssignmentStatus)
  @Column({ type: 'varchar', length: 16 })
  status: AssignmentStatus;

  @Field(() => Float, { nullable: true, description: 'The matching score when it was proposed.' })
  @Column({ type: 'double', nullable: true })
  score: number | null;

  @Field({
    description:
      'Proposed although the volunteer’s stated availability did not cover the need’s time (by hand, or by a ' +
      'plan asked to include such people): ask them before confirming.',
  })
  @Column({ type: 'boolean', default: false })
  outsideAvailability: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  declineReason: string | null;

  @Field()
  @Column({ type: 'datetime' })
  proposedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  confirmedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the volunteer accepted or declined.' })
  @Column({ type: 'datetime', nullable: true })
  respondedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the coordinator withdrew it.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  cancelReason: string | null;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;
}
