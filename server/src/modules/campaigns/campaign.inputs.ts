import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, InputType, Int } from 'type-graphql';
import { CampaignPhaseKind, MilestoneKind } from './campaign.entity';

@InputType()
export class CampaignPhaseInput {
  @Field(() => CampaignPhaseKind)
  kind: CampaignPhaseKind;

  @Field(() => GraphQLLocalDate)
  startsOn: string;

  @Field(() => GraphQLLocalDate)
  endsOn: string;
}

@InputType()
export class ReportingMilestoneInput {
  @Field(() => MilestoneKind)
  kind: MilestoneKind;

  @Field(() => GraphQLLocalDate)
  dueOn: string;
}

@InputType()
export class CreateCampaignInput {
  @Field(() => Int)
  year: number;

  @Field()
  name: string;

  @Field(() => GraphQLLocalDate)
  startsOn: string;

  @Field(() => GraphQLLocalDate)
  endsOn: string;

  @Field(() => [CampaignPhaseInput])
  phases: CampaignPhaseInput[];

  @Field(() => [ReportingMilestoneInput])
  milestones: ReportingMilestoneInput[];
}

@InputType()
export class UpdateCampaignInput {
  @Field({ nullable: true })
  name?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  startsOn?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  endsOn?: string;

  @Field(() => [CampaignPhaseInput], { nullable: true, description: 'Replaces every phase.' })
  phases?: CampaignPhaseInput[];

  @Field(() => [ReportingMilestoneInput], { nullable: true, description: 'Replaces every milestone.' })
  milestones?: ReportingMilestoneInput[];
}
