import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SummaryMaterials } from './summary-materials.entity';

@ObjectType({
  description:
    'Where one unit stands with a campaign’s summary materials (活动总结材料, the FINAL_MATERIALS milestone).',
})
export class SummaryMaterialsStatus {
  @Field(() => ID)
  unitId: number;

  @Field()
  unitName: string;

  @Field(() => ID)
  campaignId: number;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The FINAL_MATERIALS due date (China date); null while the campaign has none.',
  })
  dueOn: string | null;

  @Field({ description: 'The unit has handed in a document: the milestone counts as filed.' })
  received: boolean;

  @Field(() => SummaryMaterials, { nullable: true, description: 'The document on record, if any.' })
  materials: SummaryMaterials | null;

  @Field(() => Date, { nullable: true, description: 'When the document on record was received.' })
  submittedAt: Date | null;

  @Field({ description: 'Received after the due date (China dates; the due date itself is on time).' })
  late: boolean;

  @Field({ description: 'Not received and the due date (China time) has passed.' })
  overdue: boolean;

  @Field({
    description:
      'Whether an upload would be taken now: the milestone is set, and either nothing is on record yet ' +
      '(a late first upload is taken) or the due date has not passed (a later upload replaces the file).',
  })
  canUpload: boolean;

  @Field({
    description:
      'Where to GET the generated Word draft (.docx) with the same token or session: the unit’s teams, ' +
      'projects, totals, support, safety training and a selection of service logs.',
  })
  draftDownloadPath: string;
}

@ObjectType({ description: 'The province’s view of the summary materials of one campaign.' })
export class SummaryMaterialsOverview {
  @Field(() => ID)
  campaignId: number;

  @Field(() => GraphQLLocalDate, { nullable: true })
  dueOn: string | null;

  @Field(() => [SummaryMaterialsStatus], { description: 'Every city and university union, in unit order.' })
  units: SummaryMaterialsStatus[];

  @Field(() => Int)
  received: number;

  @Field(() => Int, { description: 'Received after the due date.' })
  late: number;

  @Field(() => Int)
  overdue: number;
}
