import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, InputType } from 'type-graphql';
import { ServiceCategory } from '../code-lists/service-category';
import { DocumentType } from './document-number';
import { Gender, Honour, VolunteerRole } from './volunteer.entity';

@InputType()
export class AvailabilityWindowInput {
  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;
}

@InputType()
export class CreateVolunteerInput {
  @Field()
  name: string;

  @Field(() => Gender, { nullable: true, description: 'Read from a resident ID when not given.' })
  gender?: Gender | null;

  @Field(() => DocumentType, { nullable: true, defaultValue: DocumentType.MAINLAND_ID_CARD })
  documentType?: DocumentType;

  @Field()
  documentNumber: string;

  @Field()
  mobile: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => VolunteerRole, { nullable: true, defaultValue: VolunteerRole.VOLUNTEER })
  role?: VolunteerRole;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => [Honour], { nullable: true })
  honours?: Honour[];

  @Field(() => [ServiceCategory], { nullable: true })
  serviceCategories?: ServiceCategory[];

  @Field(() => [String], { nullable: true })
  skills?: string[];

  @Field(() => [String], { nullable: true })
  subjects?: string[];

  @Field()
  homeAreaCode: string;

  @Field(() => Float, { nullable: true })
  homeLatitude?: number | null;

  @Field(() => Float, { nullable: true })
  homeLongitude?: number | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  safetyTrainedOn?: string | null;

  @Field(() => String, { nullable: true })
  nationalVolunteerNumber?: string | null;

  @Field(() => [AvailabilityWindowInput], { nullable: true })
  availability?: AvailabilityWindowInput[];
}

@InputType({ description: 'Only the fields given are changed; `availability` replaces every window.' })
export class UpdateVolunteerInput {
  @Field({ nullable: true })
  name?: string;

  @Field(() => Gender, { nullable: true })
  gender?: Gender;

  @Field(() => DocumentType, { nullable: true })
  documentType?: DocumentType;

  @Field({ nullable: true })
  documentNumber?: string;

  @Field({ nullable: true })
  mobile?: string;

  @Field(() => ID, { nullable: true })
  unitId?: string;

  @Field(() => VolunteerRole, { nullable: true })
  role?: VolunteerRole;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => [Honour], { nullable: true })
  honours?: Honour[];

  @Field(() => [ServiceCategory], { nullable: true })
  serviceCategories?: ServiceCategory[];

  @Field(() => [String], { nullable: true })
  skills?: string[];

  @Field(() => [String], { nullable: true })
  subjects?: string[];

  @Field({ nullable: true })
  homeAreaCode?: string;

  @Field(() => Float, { nullable: true })
  homeLatitude?: number | null;

  @Field(() => Float, { nullable: true })
  homeLongitude?: number | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  safetyTrainedOn?: string | null;

  @Field(() => String, { nullable: true })
  nationalVolunteerNumber?: string | null;

  @Field({ nullable: true })
  active?: boolean;

  @Field(() => [AvailabilityWindowInput], { nullable: true })
  availability?: AvailabilityWindowInput[];
}

@InputType()
export class VolunteerFilter {
  @Field(() => ID, { nullable: true })
  unitId?: string;

  @Field({ nullable: true, description: 'With unitId: also volunteers of the units below it.' })
  includeSubUnits?: boolean;

  @Field(() => VolunteerRole, { nullable: true })
  role?: VolunteerRole;

  @Field(() => ServiceCategory, { nullable: true })
  serviceCategory?: ServiceCategory;

  @Field({ nullable: true })
  skill?: string;

  @Field(() => Honour, { nullable: true })
  honour?: Honour;

  @Field({ nullable: true, description: 'Only volunteers with (true) or without (false) safety training.' })
  safetyTrained?: boolean;

  @Field({ nullable: true })
  active?: boolean;

  @Field(() => ID, { nullable: true, description: 'Only members of this team (所在服务队).' })
  teamId?: string;

  @Field({
    nullable: true,
    description:
      'Only volunteers with a stated availability window (可服务时间) that ends after this instant; with availableUntil, one that overlaps the period.',
  })
  availableFrom?: Date;

  @Field({
    nullable: true,
    description: 'Only volunteers with a stated availability window that starts before this instant.',
  })
  availableUntil?: Date;

  @Field({ nullable: true, description: 'Part of the name, or a volunteer number.' })
  search?: string;

  @Field({
    nullable: true,
    description: 'Find by document number (exact); the number itself is still returned masked.',
  })
  documentNumber?: string;

  @Field(() => DocumentType, {
    nullable: true,
    description: 'With documentNumber; default 01 内地居民身份证.',
  })
  documentType?: DocumentType;
}
