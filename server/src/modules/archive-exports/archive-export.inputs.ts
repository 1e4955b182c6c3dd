import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ArchiveExportScope } from './archive-export.entity';

@InputType({
  description:
    'What to export: the approved records of a unit, team or project whose service day lies in the dates.',
})
export class CreateArchiveExportInput {
  @Field(() => ArchiveExportScope)
  scope: ArchiveExportScope;

  @Field(() => ID, { description: 'The unit, team or project named by scope.' })
  scopeId: string;

  @Field(() => GraphQLLocalDate, { description: 'First service day (China date), inclusive.' })
  rangeStart: string;

  @Field(() => GraphQLLocalDate, { description: 'Last service day (China date), inclusive.' })
  rangeEnd: string;
}

@InputType()
export class ArchiveExportFilter {
  @Field(() => ID, { nullable: true })
  unitId?: string | null;
}

@ObjectType({
  description:
    'Where to download a batch: paths on this server, answered with the same bearer token as /graphql. ' +
    'Every download is recorded in the audit trail.',
})
export class ArchiveExportDownloads {
  @Field({ description: 'XLSX: 服务记录, 系统外成员, 项目信息, 校验报告 and 说明 as sheets.' })
  xlsx: string;

  @Field({ description: 'Part 1, 服务记录: one row per volunteer × time segment.' })
  records: string;

  @Field({ description: 'Part 2, 系统外成员: people to add, in batches of at most 50 per post.' })
  people: string;

  @Field({ description: 'Part 3, 项目信息.' })
  projects: string;

  @Field({ description: '校验报告: rows left out, with the rule each broke.' })
  report: string;
}
