import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@InputType({
  description:
    'A unit’s roster (名册) as the coordinator keeps it: an .xlsx or .csv file whose first row names the ' +
    'columns 姓名 性别 证件号码 手机号码 职务 身份 服务类别 技能 常住地区代码 安全培训日期.',
})
export class ImportVolunteerRosterInput {
  @Field(() => ID, { description: 'The unit the volunteers join.' })
  unitId: string;

  @Field({ description: 'The file’s name: it must end in .xlsx or .csv.' })
  fileName: string;

  @Field({ description: 'The file’s bytes in base64 (at most 700 KB once decoded).' })
  contentBase64: string;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Check every row and write nothing (true), or import when every row is good (false).',
  })
  dryRun?: boolean;
}

@ObjectType({ description: 'One thing wrong in a roster: its line in the sheet and its column.' })
export class RosterProblem {
  @Field(() => Int, { description: 'The row number as Excel shows it (the header is row 1).' })
  line: number;

  @Field(() => String, {
    nullable: true,
    description: 'The roster’s column (e.g. 证件号码); null for a problem of the whole row or file.',
  })
  column: string | null;

  @Field({
    description:
      'BAD_USER_INPUT (a rule of createVolunteer), DATE_OUT_OF_RANGE, UNKNOWN_VALUE (not one of the ' +
      'allowed words), DUPLICATE_IN_FILE, ALREADY_REGISTERED, MISSING_COLUMN.',
  })
  code: string;

  @Field({ description: 'What is wrong and how to fix it, in Chinese.' })
  message: string;
}

@ObjectType({ description: 'The outcome of importVolunteerRoster: all rows imported, or none.' })
export class VolunteerRosterImport {
  @Field()
  dryRun: boolean;

  @Field(() => Int, { description: 'Rows with any content below the header.' })
  rowCount: number;

  @Field(() => Int, { description: 'Volunteers created: rowCount, or 0 on a dry run or any problem.' })
  importedCount: number;

  @Field(() => Int, { description: 'How many problems were found (problems lists at most 1,000).' })
  problemCount: number;

  @Field(() => [RosterProblem], { description: 'Ordered by line; empty when the roster can be imported.' })
  problems: RosterProblem[];
}
