import { Field, ID, InputType, Int } from 'type-graphql';
import { BeneficiaryGroup } from '../code-lists/beneficiary-group';
import { ServiceCategory } from '../code-lists/service-category';
import { ServiceNeedStatus } from './service-need.entity';

@InputType()
export class PostServiceNeedInput {
  @Field(() => ID)
  siteId: string;

  @Field(() => ID)
  campaignId: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ServiceCategory)
  category: ServiceCategory;

  @Field(() => [String], { nullable: true })
  requiredSkills?: string[];

  @Field(() => Int)
  headcount: number;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Served by one whole team; the headcount must then fit a team (8–12 people).',
  })
  servedByTeam?: boolean;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => [BeneficiaryGroup], { nullable: true })
  beneficiaryGroups?: BeneficiaryGroup[];

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  beneficiaryCount?: number;
}

@InputType()
export class UpdateServiceNeedInput {
  @Field({ nullable: true })
  title?: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ServiceCategory, { nullable: true })
  category?: ServiceCategory;

  @Field(() => [String], { nullable: true })
  requiredSkills?: string[];

  @Field(() => Int, { nullable: true })
  headcount?: number;

  @Field({ nullable: true })
  servedByTeam?: boolean;

  @Field({ nullable: true })
  startsAt?: Date;

  @Field({ nullable: true })
  endsAt?: Date;

  @Field(() => [BeneficiaryGroup], { nullable: true })
  beneficiaryGroups?: BeneficiaryGroup[];

  @Field(() => Int, { nullable: true })
  beneficiaryCount?: number;

  @Field(() => ServiceNeedStatus, {
    nullable: true,
    description: 'OPEN, CLOSED or CANCELLED; FILLED follows from confirmed assignments.',
  })
  status?: ServiceNeedStatus;
}

@InputType()
export class ServiceNeedFilter {
  @Field(() => ID, { nullable: true })
  siteId?: string;

  @Field(() => ID, { nullable: true })
  campaignId?: string;

  @Field(() => ServiceCategory, { nullable: true })
  category?: ServiceCategory;

  @Field(() => ServiceNeedStatus, { nullable: true })
  status?: ServiceNeedStatus;

  @Field({ nullable: true, description: 'Needs of sites in this city (6-digit code).' })
  cityCode?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Needs of the sites this unit holds an approved, live pairing with.',
  })
  pairedUnitId?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Needs open to this unit: those it posted, and the sites’ own needs at sites it owns or holds an ' +
      'approved, live pairing with (the needs it may put volunteers forward for).',
  })
  unitId?: string;

  @Field({ nullable: true, description: 'Needs whose window ends after this instant.' })
  endsAfter?: Date;

  @Field({ nullable: true, description: 'Needs whose window starts before this instant.' })
  startsBefore?: Date;

  @Field({
    nullable: true,
    description:
      'Needs posted at or after this instant: what a live board missed while its socket was away ' +
      '(serviceNeedPosted is at most once). postedAt is kept to the second, so ask from a few seconds ' +
      'before the socket closed and skip the needs already shown.',
  })
  postedSince?: Date;
}
