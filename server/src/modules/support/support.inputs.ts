import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../../core/decimal';
import { FundingSource, SupportKind } from './support-entry.entity';

@InputType({ description: 'One line of funding (FUNDS) or goods (MATERIALS) given through a project.' })
export class RecordSupportEntryInput {
  @Field(() => SupportKind)
  kind: SupportKind;

  @Field(() => ID)
  projectId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The site that received it; must be the project’s site (the default).',
  })
  siteId?: string | null;

  @Field(() => GraphQLLocalDate, { description: 'China date the support was given; not in the future.' })
  occurredOn: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'FUNDS: 金额 in 元, > 0, at most 2 decimals and 100000000.00.',
  })
  amount?: string | null;

  @Field(() => FundingSource, {
    nullable: true,
    description: 'FUNDS: required. MATERIALS: optional, who paid for the goods.',
  })
  fundingSource?: FundingSource | null;

  @Field(() => String, { nullable: true, description: 'MATERIALS: 物品名称, e.g. 课外读物.' })
  itemName?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'MATERIALS: 数量, > 0.' })
  quantity?: string | null;

  @Field(() => String, { nullable: true, description: 'MATERIALS: 单位, e.g. 册.' })
  quantityUnit?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'MATERIALS: 折合金额 in 元, ≥ 0.' })
  estimatedValue?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 500 characters.' })
  note?: string | null;
}

@InputType({
  description:
    'Changes to a line that is not voided; omitted fields keep their value, null clears one. ' +
    'The whole line is checked again, so switching kind means clearing the other kind’s fields.',
})
export class UpdateSupportEntryInput {
  @Field(() => SupportKind, { nullable: true })
  kind?: SupportKind;

  @Field(() => GraphQLLocalDate, { nullable: true })
  occurredOn?: string;

  @Field(() => DecimalScalar, { nullable: true })
  amount?: string | null;

  @Field(() => FundingSource, { nullable: true })
  fundingSource?: FundingSource | null;

  @Field(() => String, { nullable: true })
  itemName?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  quantity?: string | null;

  @Field(() => String, { nullable: true })
  quantityUnit?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  estimatedValue?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: 'Which lines to count or list; every field is optional and they combine.' })
export class SupportScopeFilter {
  @Field(() => ID, { nullable: true })
  campaignId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Lines of projects of this unit’s teams and its sub-units’.',
  })
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  projectId?: string | null;

  @Field(() => ID, { nullable: true })
  siteId?: string | null;

  @Field(() => SupportKind, { nullable: true })
  kind?: SupportKind | null;

  @Field(() => FundingSource, { nullable: true })
  fundingSource?: FundingSource | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'From this China date, inclusive.' })
  from?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Up to this China date, inclusive.' })
  to?: string | null;
}

@InputType({ description: 'Filters for the support ledger.' })
export class SupportEntryFilter extends SupportScopeFilter {
  @Field({ nullable: true, defaultValue: false, description: 'Also list voided lines.' })
  includeVoided?: boolean;
}

export enum SupportTotalsDimension {
  YEAR = 'YEAR',
  QUARTER = 'QUARTER',
  MONTH = 'MONTH',
  CAMPAIGN = 'CAMPAIGN',
  UNIT = 'UNIT',
  PROJECT = 'PROJECT',
  SITE = 'SITE',
  KIND = 'KIND',
  FUNDING_SOURCE = 'FUNDING_SOURCE',
}

registerEnumType(SupportTotalsDimension, {
  name: 'SupportTotalsDimension',
  valuesConfig: {
    YEAR: { description: 'Calendar year of the China date.' },
    QUARTER: { description: 'Year and quarter (Q1 = January–March) of the China date.' },
    MONTH: { description: 'Year and month of the China date.' },
    CAMPAIGN: { description: 'The campaign of the project.' },
    UNIT: { description: 'The unit whose team runs the project.' },
    PROJECT: { description: 'The project.' },
    SITE: { description: 'The site that received the support.' },
    KIND: { description: 'FUNDS or MATERIALS.' },
    FUNDING_SOURCE: { description: 'The source; null for goods without one.' },
  },
});
