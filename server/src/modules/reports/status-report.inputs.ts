import { Field, ID, InputType } from 'type-graphql';
import { MilestoneKind } from '../campaigns/campaign.entity';

@InputType({ description: 'Which report: a unit’s, for one milestone of a campaign.' })
export class StatusReportKeyInput {
  @Field(() => ID, { description: '填表单位: a city or university union.' })
  unitId: string;

  @Field(() => ID)
  campaignId: string;

  @Field(() => MilestoneKind)
  milestone: MilestoneKind;
}
