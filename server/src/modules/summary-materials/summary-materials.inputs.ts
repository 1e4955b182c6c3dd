import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description:
    '活动总结材料: the Word document (.docx) a unit hands in for a campaign, edited from the generated draft.',
})
export class SubmitSummaryMaterialsInput {
  @Field(() => ID, { description: '报送单位: a city or university union.' })
  unitId: string;

  @Field(() => ID)
  campaignId: string;

  @Field({ description: 'The file’s name: it must end in .docx.' })
  fileName: string;

  @Field({ description: 'The file’s bytes in base64 (at most 700 KB once decoded).' })
  contentBase64: string;
}
