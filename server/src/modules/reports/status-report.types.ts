import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../../core/decimal';

/** One line of the 情况调度表: a project of one of the unit's teams, field by field as on the form. */
@ObjectType({ description: '情况调度表 one row: a team’s project, as on the form.' })
export class StatusReportRow {
  @Field(() => ID)
  teamId: number;

  @Field({ description: '志愿服务队名称' })
  teamName: string;

  @Field(() => ID)
  projectId: number;

  @Field({ description: '志愿服务项目名称' })
  projectName: string;

  @Field(() => Int, { description: '志愿服务队组成人数: volunteers plus cadres.' })
  teamSize: number;

  @Field(() => GraphQLLocalDate, { description: '项目执行时间: from' })
  startsOn: string;

  @Field(() => GraphQLLocalDate, { description: '项目执行时间: to' })
  endsOn: string;

  @Field(() => Int, { description: '参与项目总人次: distinct (volunteer, occasion) among approved records.' })
  personTimes: number;

  @Field(() => DecimalScalar, { description: '服务时长 (hours) of the approved records, exact.' })
  hours: string;

  @Field(() => DecimalScalar, { description: '资金支持: funds in CNY.' })
  funds: string;

  @Field(() => DecimalScalar, { description: '物质支持: estimated value of materials in CNY.' })
  materialsValue: string;

  @Field({ description: '物质或资金支持情况, as written on the form.' })
  supportSummary: string;

  @Field(() => String, { nullable: true, description: '负责人姓名' })
  leaderName: string | null;

  @Field(() => String, { nullable: true, description: '负责人职务' })
  leaderTitle: string | null;

  @Field(() => String, {
    nullable: true,
    description: '负责人电话: filed by the unit on the form, so shown to the unit and the province.',
  })
  leaderPhone: string | null;

  @Field({ description: '结对志愿服务单位、社区: the project’s site.' })
  pairedWith: string;

  @Field(() => Int, {
    nullable: true,
    description:
      '服务对象人数: the project’s own figure (ServiceProject.peopleServed), as its planner entered it or last ' +
      'changed it (at creation without a figure: the 受益人数 of the needs it serves); null when nobody has ' +
      'entered one, left blank in the CSV and the Word form. Correct it on the project.',
  })
  peopleServed: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      '志愿服务进展情况 of this project (at most 500 characters): as filed once submitted, as saved while a ' +
      'draft; null when none is written (reports filed before per-project texts have only the unit-wide text).',
  })
  progressText: string | null;
}

export enum ReportFilingState {
  NOT_STARTED = 'NOT_STARTED',
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}

registerEnumType(ReportFilingState, {
  name: 'ReportFilingState',
  valuesConfig: {
    NOT_STARTED: { description: 'No report saved yet.' },
    DRAFT: { description: 'A draft is saved but not filed.' },
    SUBMITTED: { description: 'Filed.' },
  },
});

@ObjectType({ description: 'Where one unit stands with one milestone’s report.' })
export class UnitFilingStatus {
  @Field(() => ID)
  unitId: number;

  @Field()
  unitName: string;

  @Field(() => ReportFilingState)
  state: ReportFilingState;

  @Field(() => ID, { nullable: true })
  reportId: number | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field({ description: 'Not filed and the deadline (China time) has passed.' })
  overdue: boolean;

  @Field({ description: 'Filed after the deadline.' })
  late: boolean;
}

@ObjectType({ description: 'Hours and 人次 of approved records for one city or one category.' })
export class ReportTotal {
  @Field({ description: 'The city code or the national 服务类别 code.' })
  key: string;

  @Field()
  label: string;

  @Field(() => DecimalScalar)
  hours: string;

  @Field(() => Int)
  personTimes: number;
}

@ObjectType({
  description: 'The province’s view of one milestone: who has filed, who is overdue, and the totals.',
})
export class StatusReportOverview {
  @Field(() => ID)
  campaignId: number;

  @Field(() => GraphQLLocalDate)
  dueOn: string;

  @Field(() => [UnitFilingStatus], { description: 'Every city and university union, in unit order.' })
  units: UnitFilingStatus[];

  @Field(() => Int)
  submitted: number;

  @Field(() => Int)
  overdue: number;

  @Field(() => [ReportTotal], { description: 'Province-wide, by city, up to the deadline.' })
  byCity: ReportTotal[];

  @Field(() => [ReportTotal], { description: 'Province-wide, by national 服务类别, up to the deadline.' })
  byCategory: ReportTotal[];
}
