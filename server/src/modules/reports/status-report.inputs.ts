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

@InputType({ description: '志愿服务进展情况 of one project of the report.' })
export class StatusReportProgressInput {
  @Field(() => ID, { description: 'A project of the unit’s teams in the report’s campaign.' })
  projectId: string;

  @Field(() => String, {
    nullable: true,
    description: 'At most 500 characters (counted as characters); empty or null removes the text.',
  })
  text?: string | null;
}
