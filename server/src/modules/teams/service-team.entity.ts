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
import { Unit } from '../units/unit.entity';
import { Volunteer } from '../volunteers/volunteer.entity';

export enum ServiceTeamStatus {
  FORMING = 'FORMING',
  ACTIVE = 'ACTIVE',
  DISBANDED = 'DISBANDED',
}

registerEnumType(ServiceTeamStatus, {
  name: 'ServiceTeamStatus',
  valuesConfig: {
    FORMING: { description: 'Being put together; may not yet meet the composition rule.' },
    ACTIVE: { description: 'Serving: has 7–10 volunteers and 1–2 union cadres.' },
    DISBANDED: { description: 'No longer serving; kept for the records.' },
  },
});

/** 志愿服务队: 7–10 volunteers plus 1–2 union cadres of one unit. */
@ObjectType({ description: '志愿服务队: a team of 7–10 volunteers and 1–2 union cadres.' })
@Entity('service_team')
@Index(['unitId', 'name'], { unique: true })
export class ServiceTeam {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'int' })
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<Unit>;

  @Field(() => ServiceTeamStatus)
  @Column({ type: 'varchar', length: 16 })
  status: ServiceTeamStatus;

  @Field(() => ID, { nullable: true, description: '负责人: a member of the team, usually a union cadre.' })
  @Column({ type: 'int', nullable: true })
  leaderId: number | null;

  @ManyToOne(() => Volunteer, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'leaderId' })
  leader?: Relation<Volunteer> | null;

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

@ObjectType({ description: 'A volunteer’s membership of a team.' })
@Entity('service_team_member')
@Index(['teamId', 'volunteerId'], { unique: true })
export class ServiceTeamMember {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  teamId: number;

  @ManyToOne(() => ServiceTeam, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'teamId' })
  team?: Relation<ServiceTeam>;

  @Field(() => ID)
  @Index()
  @Column({ type: 'int' })
  volunteerId: number;

  @ManyToOne(() => Volunteer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'volunteerId' })
  volunteer?: Relation<Volunteer>;

  @Field()
  @CreateDateColumn()
  joinedAt: Date;
}
