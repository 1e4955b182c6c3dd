import { Field, ID, InputType } from 'type-graphql';
import { ServiceTeamStatus } from './service-team.entity';

@InputType()
export class CreateServiceTeamInput {
  @Field()
  name: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => [ID], { nullable: true, description: 'Volunteers and cadres of the unit.' })
  memberIds?: string[];

  @Field(() => ID, { nullable: true, description: 'Must be one of the members.' })
  leaderId?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class UpdateServiceTeamInput {
  @Field({ nullable: true })
  name?: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces the whole membership.' })
  memberIds?: string[];

  @Field(() => ID, { nullable: true })
  leaderId?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class ServiceTeamFilter {
  @Field(() => ID, { nullable: true })
  unitId?: string;

  @Field(() => ServiceTeamStatus, { nullable: true })
  status?: ServiceTeamStatus;

  @Field(() => ID, { nullable: true, description: 'Teams this volunteer belongs to.' })
  memberId?: string;

  @Field({ nullable: true, description: 'Part of the name.' })
  search?: string;
}
