import { Field, ID, InputType } from 'type-graphql';
import { ServiceCategory } from '../code-lists/service-category';

@InputType({ description: 'Which new or filled service needs to hear of; every given condition must hold.' })
export class ServiceNeedEventFilter {
  @Field(() => ServiceCategory, { nullable: true })
  category?: ServiceCategory | null;

  @Field(() => String, { nullable: true, description: 'Sites in this city (6-digit code, e.g. 370100).' })
  cityCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Sites in this county or district (6-digit code).' })
  areaCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Sites currently paired with this unit.' })
  pairedUnitId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Needs open to this unit, as serviceNeeds(filter: { unitId }) has it.',
  })
  unitId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Sites currently paired with your own unit (a coordinator's: their unit or one under it; " +
      "a volunteer's or team leader's: the unit they belong to).",
  })
  pairedWithMyUnits?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Needs that ask for this skill tag.' })
  skill?: string | null;

  @Field(() => ID, { nullable: true })
  campaignId?: string | null;
}
