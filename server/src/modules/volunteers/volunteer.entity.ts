import { GraphQLLocalDate } from 'graphql-scalars';
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
import { HONOUR_LABELS, labelsAsDescriptions } from '../code-lists/labels';
import { ServiceCategory } from '../code-lists/service-category';
import { Unit } from '../units/unit.entity';
import { DocumentType } from './document-number';

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

export enum VolunteerRole {
  VOLUNTEER = 'VOLUNTEER',
  UNION_CADRE = 'UNION_CADRE',
}

export enum Honour {
  MODEL_WORKER = 'MODEL_WORKER',
  ADVANCED_WORKER = 'ADVANCED_WORKER',
  EXCELLENT_TEACHER = 'EXCELLENT_TEACHER',
}

registerEnumType(Gender, { name: 'Gender' });
registerEnumType(VolunteerRole, {
  name: 'VolunteerRole',
  valuesConfig: {
    VOLUNTEER: { description: '志愿服务者（教职工）' },
    UNION_CADRE: { description: '工会干部' },
  },
});
registerEnumType(Honour, {
  name: 'Honour',
  valuesConfig: labelsAsDescriptions(HONOUR_LABELS),
});

/** A teacher or staff member who volunteers; union cadres are volunteers with the cadre role. */
@ObjectType({ description: '志愿者: a teacher or staff member of a unit, or a union cadre (工会干部).' })
@Entity('volunteer')
@Index(['documentType', 'documentNumber'], { unique: true })
export class Volunteer {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Stable external key, e.g. V00000042; never the document number.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 20 })
  volunteerNumber: string;

  @Field()
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field(() => Gender)
  @Column({ type: 'varchar', length: 8 })
  gender: Gender;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  birthDate: string | null;

  @Field(() => DocumentType)
  @Column({ type: 'varchar', length: 24 })
  documentType: DocumentType;

  @Field()
  @Column({ type: 'varchar', length: 20 })
  documentNumber: string;

  @Field()
  @Column({ type: 'varchar', length: 11 })
  mobile: string;

  @Field(() => ID)
  @Index()
  @Column({ type: 'int' })
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<Unit>;

  @Field(() => VolunteerRole)
  @Column({ type: 'varchar', length: 16 })
  role: VolunteerRole;

  @Field(() => String, { nullable: true, description: '职务, e.g. 工会主席 or 高级教师.' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  title: string | null;

  @Field(() => [Honour])
  @Column({ type: 'simple-json' })
  honours: Honour[];

  @Field(() => [ServiceCategory], { description: 'The kinds of service this person offers.' })
  @Column({ type: 'simple-json' })
  serviceCategories: ServiceCategory[];

  @Field(() => [String], { description: 'Free skill tags, e.g. 急救培训.' })
  @Column({ type: 'simple-json' })
  skills: string[];

  @Field(() => [String], { description: 'School subjects taught, e.g. 数学.' })
  @Column({ type: 'simple-json' })
  subjects: string[];

  @Field({ description: '6-digit area code of where the volunteer lives or works.' })
  @Column({ type: 'varchar', length: 6 })
  homeAreaCode: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Null unless you are the volunteer or the coordinator of their unit.',
  })
  @Column({ type: 'double', nullable: true })
  homeLatitude: number | null;

  @Field(() => Float, { nullable: true, description: 'Under the same rule as homeLatitude.' })
  @Column({ type: 'double', nullable: true })
  homeLongitude: number | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'When the volunteer last completed safety training; nobody serves without it.',
  })
  @Column({ type: 'date', nullable: true })
  safetyTrainedOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Number in the national volunteer system, if registered.',
  })
  @Column({ type: 'varchar', length: 32, nullable: true })
  nationalVolunteerNumber: string | null;

  @Field({ description: 'False once a volunteer has stopped serving; kept for the records.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field()
  @CreateDateColumn()
  createdAt: Date;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;
}

/** A time window in which a volunteer can serve. */
@ObjectType()
@Entity('volunteer_availability')
export class VolunteerAvailability {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'int' })
  volunteerId: number;

  @ManyToOne(() => Volunteer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteerId' })
  volunteer?: Relation<Volunteer>;

  @Field()
  @Column({ type: 'datetime' })
  startsAt: Date;

  @Field()
  @Column({ type: 'datetime' })
  endsAt: Date;
}
