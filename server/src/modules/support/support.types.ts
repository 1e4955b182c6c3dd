import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../core/decimal';
import { FundingSource, SupportKind } from './support-entry.entity';
import { SupportTotalsDimension } from './support.inputs';

@ObjectType({
  description:
    'One group of support totals. Only the dimensions grouped by are set; money is in 元, exact, as strings.',
})
export class SupportTotalsRow {
  @Field(() => Int, { nullable: true })
  year: number | null;

  @Field(() => Int, { nullable: true, description: '1–4, of the China date.' })
  quarter: number | null;

  @Field(() => Int, { nullable: true, description: '1–12, of the China date.' })
  month: number | null;

  @Field(() => ID, { nullable: true })
  campaignId: number | null;

  @Field(() => ID, { nullable: true })
  unitId: number | null;

  @Field(() => ID, { nullable: true })
  projectId: number | null;

  @Field(() => ID, { nullable: true })
  siteId: number | null;

  @Field(() => SupportKind, { nullable: true })
  kind: SupportKind | null;

  @Field(() => FundingSource, { nullable: true })
  fundingSource: FundingSource | null;

  @Field(() => Int, { description: 'Lines counted (voided lines never are).' })
  entryCount: number;

  @Field(() => DecimalScalar, { description: '资金: the sum of FUNDS amounts.' })
  fundsAmount: string;

  @Field(() => DecimalScalar, { description: '物资折合: the sum of MATERIALS estimated values.' })
  materialsValue: string;

  @Field(() => DecimalScalar, { description: 'fundsAmount + materialsValue.' })
  totalValue: string;
}

@ObjectType({ description: '物质或资金支持情况: support totals of the lines you may read.' })
export class SupportTotals {
  @Field(() => [SupportTotalsDimension])
  groupBy: SupportTotalsDimension[];

  @Field(() => [SupportTotalsRow], { description: 'One row per group, ordered by the dimensions.' })
  rows: SupportTotalsRow[];

  @Field(() => SupportTotalsRow, { description: 'All matching lines together.' })
  total: SupportTotalsRow;
}
