import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../../core/decimal';
import { ServiceOccasion, ServiceRecordStatus } from './service-record.entity';

/** The most ids one filter may name: a page's worth. */
export const MAX_RECORD_IDS = 100;

@InputType({
  description: 'A time segment actually spent serving, travel excluded, within one day (China time).',
})
export class ServiceSegmentInput {
  @Field({ description: '开始时间; fractions of a second are dropped.' })
  startsAt: Date;

  @Field({ description: '结束时间; not in the future, on the same China date as startsAt.' })
  endsAt: Date;
}

@InputType({ description: 'One volunteer’s service time on one post of a project.' })
export class RecordServiceInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => ID, { description: '岗位 of the project.' })
  postId: string;

  @Field(() => ID, { nullable: true, description: 'Whose time it is; defaults to the signed-in volunteer.' })
  volunteerId?: string | null;

  @Field({ description: '开始时间 (travel excluded); fractions of a second are dropped.' })
  startsAt: Date;

  @Field({ description: '结束时间: the same China date as startsAt, not in the future.' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: '备注 / 服务内容, at most 500 characters.' })
  remark?: string | null;

  @Field({ nullable: true, description: 'Submit for approval at once instead of keeping a draft.' })
  submit?: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'A client-chosen key (1–100 letters, digits, `-`, `_`, `.`, `:`), e.g. a UUID: sending the same ' +
      'submission again with the same key returns the record already created instead of a second one.',
  })
  idempotencyKey?: string | null;
}

@InputType({
  description: 'The same segments for many volunteers of the team: one record per volunteer and segment.',
})
export class RecordServiceBatchInput {
  @Field(() => ID)
  projectId: string;

  @Field(() => ID)
  postId: string;

  @Field(() => [ID], { description: 'Members of the project’s team, at most 100.' })
  volunteerIds: string[];

  @Field(() => [ServiceSegmentInput], { description: 'At most 10 segments that do not overlap each other.' })
  segments: ServiceSegmentInput[];

  @Field(() => String, { nullable: true })
  remark?: string | null;

  @Field({ nullable: true })
  submit?: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'As for recordService: a retry returns the same records.',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Changes to a draft or rejected record; it becomes a draft again.' })
export class UpdateServiceRecordInput {
  @Field(() => ID, { nullable: true })
  postId?: string;

  @Field({ nullable: true })
  startsAt?: Date;

  @Field({ nullable: true })
  endsAt?: Date;

  @Field(() => String, { nullable: true })
  remark?: string | null;
}

@InputType({ description: 'A correction of an approved record: the fields that differ, and why.' })
export class CorrectServiceRecordInput extends UpdateServiceRecordInput {
  @Field({ description: 'Why the approved record is corrected (kept in the audit trail).' })
  reason: string;
}

@InputType({ description: 'Narrows the records you may see; every field is optional.' })
export class ServiceRecordFilter {
  @Field(() => [ID], {
    nullable: true,
    description: `These records (at most ${MAX_RECORD_IDS}), e.g. those an export's validation report names.`,
  })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  projectId?: string | null;

  @Field(() => ID, { nullable: true })
  volunteerId?: string | null;

  @Field(() => ID, { nullable: true })
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Records of the projects at this site.' })
  siteId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Records of the projects of this campaign.' })
  campaignId?: string | null;

  @Field(() => ServiceRecordStatus, { nullable: true })
  status?: ServiceRecordStatus | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Service on or after this China date.' })
  from?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Service on or before this China date.' })
  to?: string | null;
}

export enum ServiceTotalsGroupBy {
  VOLUNTEER = 'VOLUNTEER',
  TEAM = 'TEAM',
  PROJECT = 'PROJECT',
  SITE = 'SITE',
  UNIT = 'UNIT',
  CITY = 'CITY',
  CATEGORY = 'CATEGORY',
  QUARTER = 'QUARTER',
}

registerEnumType(ServiceTotalsGroupBy, {
  name: 'ServiceTotalsGroupBy',
  valuesConfig: {
    VOLUNTEER: { description: 'key: volunteer id' },
    TEAM: { description: 'key: team id' },
    PROJECT: { description: 'key: project id' },
    SITE: { description: 'key: site id' },
    UNIT: { description: 'key: id of the unit whose team served' },
    CITY: { description: 'key: 6-digit code of the city of the served site' },
    CATEGORY: {
      description: 'key: national 服务类别 code; a record counts under each code of its project (up to 4)',
    },
    QUARTER: { description: 'key: e.g. 2019-Q3, by the China date of the service' },
  },
});

@InputType({ description: 'Narrows the approved records that are totalled; every field is optional.' })
export class ServiceTotalsFilter {
  @Field(() => ID, { nullable: true })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true })
  projectId?: string | null;

  @Field(() => ID, { nullable: true })
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Teams of this unit and the units under it.' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  siteId?: string | null;

  @Field(() => String, { nullable: true, description: 'City of the served site, e.g. 371700.' })
  cityCode?: string | null;

  @Field(() => ID, { nullable: true })
  volunteerId?: string | null;

  @Field(() => String, { nullable: true, description: 'National 服务类别 code, e.g. 0003.' })
  categoryCode?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  from?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  to?: string | null;
}

@ObjectType({ description: 'Approved service of one group: hours and 人次.' })
export class ServiceTotal {
  @Field({ description: 'What the group is, see ServiceTotalsGroupBy.' })
  key: string;

  @Field(() => String, { nullable: true, description: 'A readable name of the group, when it has one.' })
  label: string | null;

  @Field(() => DecimalScalar, { description: 'Approved hours, summed exactly, e.g. "1234.50".' })
  hours: string;

  @Field(() => Int, { description: '人次: distinct (volunteer, occasion) pairs among approved records.' })
  personTimes: number;

  @Field(() => Int, { description: 'Distinct volunteers.' })
  volunteers: number;

  @Field(() => Int, { description: 'Approved records.' })
  records: number;
}

@ObjectType({ description: 'A one-time service code, shown once to the site contact who issued it.' })
export class IssuedServiceCode {
  @Field(() => ServiceOccasion)
  occasion: ServiceOccasion;

  @Field({ description: '服务码: volunteers enter it to confirm their presence (confirmPresence).' })
  code: string;

  @Field()
  expiresAt: Date;
}
