import { Field, InputType } from 'type-graphql';

@InputType({ description: '安全责任制与危机预案: the whole safety plan of a project, replaced as a whole.' })
export class SafetyPlanInput {
  @Field({ description: '安全责任人 (at most 50 characters).' })
  responsiblePerson: string;

  @Field({ description: '责任人电话: a mobile or a landline with area code, e.g. 0531-81916597.' })
  responsiblePhone: string;

  @Field({ description: '危机预案: what to do in an emergency (at most 5,000 characters).' })
  emergencyPlan: string;

  @Field({ description: '是否已购买志愿者保险' })
  insured: boolean;

  @Field(() => String, { nullable: true, description: 'Insurer, policy number or why none (at most 200).' })
  insuranceNote?: string | null;
}
