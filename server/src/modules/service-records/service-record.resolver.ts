import { FieldCosts } from '../../core/query-limits';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../core/context';
import { connectionType, PageArgs, type Page } from '../../core/pagination';
import { parseId } from '../../core/validate';
import { ProjectPost, ServiceProject } from '../projects/service-project.entity';
import { serviceProjectById } from '../projects/service-project.loaders';
import { Volunteer } from '../volunteers/volunteer.entity';
import { readableVolunteer } from '../volunteers/volunteer.reads';
import { ServiceOccasion, ServiceRecord } from './service-record.entity';
import {
  CorrectServiceRecordInput,
  IssuedServiceCode,
  RecordServiceBatchInput,
  RecordServiceInput,
  ServiceRecordFilter,
  ServiceTotal,
  ServiceTotalsFilter,
  ServiceTotalsGroupBy,
  UpdateServiceRecordInput,
} from './service-record.inputs';
import { projectPostById, serviceOccasionById } from './service-record.loaders';
import { ServiceRecordService } from './service-record.service';
import { ServiceTotalsService } from './service-record.totals';

export const ServiceRecordConnection = connectionType(ServiceRecord, 'ServiceRecord');

const service = (ctx: Context) => new ServiceRecordService(ctx.dataSource, actorOf(ctx), ctx.events);

@Resolver(() => ServiceRecord)
export class ServiceRecordResolver {
  @Query(() => ServiceRecordConnection, {
    description:
      "Service records you may see: your own; a leader's teams' projects; a coordinator's units' teams and " +
      "volunteers; a site contact's site's projects; the admin all.",
  })
  serviceRecords(
    @Arg('filter', () => ServiceRecordFilter, { nullable: true }) filter: ServiceRecordFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<ServiceRecord>> {
    return service(ctx).list(filter ?? {}, page);
  }

  @Query(() => ServiceRecord, { nullable: true })
  serviceRecord(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ServiceRecord | null> {
    return service(ctx).get(parseId('id', id));
  }

  @Query(() => [ServiceTotal], {
    description:
      'Approved hours (exact decimal) and 人次 (distinct volunteer × occasion) grouped one way, over the ' +
      'records you may see.',
    complexity: FieldCosts.totals,
  })
  serviceTotals(
    @Arg('groupBy', () => ServiceTotalsGroupBy) groupBy: ServiceTotalsGroupBy,
    @Arg('filter', () => ServiceTotalsFilter, { nullable: true }) filter: ServiceTotalsFilter | null,
    @Ctx() ctx: Context,
  ): Promise<ServiceTotal[]> {
    return new ServiceTotalsService(ctx.dataSource, actorOf(ctx)).totals(groupBy, filter ?? {});
  }

  @Mutation(() => ServiceRecord, {
    description:
      'Record one segment of service (a draft, or submitted with `submit: true`). Hours are computed from the ' +
      'times. Refused with RECORD_SEGMENT_INVALID, RECORD_TOO_SHORT, RECORD_CROSSES_MIDNIGHT, RECORD_IN_FUTURE, ' +
      'RECORD_OUTSIDE_PROJECT, RECORD_OVERLAP or RECORD_REMARK_TOO_LONG naming the field.',
  })
  recordService(@Arg('input') input: RecordServiceInput, @Ctx() ctx: Context): Promise<ServiceRecord> {
    return service(ctx).record(input);
  }

  @Mutation(() => [ServiceRecord], {
    description:
      "The team's leader or coordinator records the same segments for many members at once: all or none.",
  })
  recordServiceBatch(
    @Arg('input') input: RecordServiceBatchInput,
    @Ctx() ctx: Context,
  ): Promise<ServiceRecord[]> {
    return service(ctx).recordBatch(input);
  }

  @Mutation(() => ServiceRecord, {
    description: 'Mend a draft or rejected record; it becomes a draft again.',
  })
  updateServiceRecord(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateServiceRecordInput,
    @Ctx() ctx: Context,
  ): Promise<ServiceRecord> {
    return service(ctx).update(parseId('id', id), input);
  }

  @Mutation(() => ServiceRecord, { description: 'Send a draft to the team leader for approval.' })
  submitServiceRecord(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ServiceRecord> {
    return service(ctx).submit(parseId('id', id));
  }

  @Mutation(() => ServiceRecord, {
    description: "The team's leader or unit coordinator approves a submitted record (never their own).",
  })
  approveServiceRecord(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ServiceRecord> {
    return service(ctx).approve(parseId('id', id));
  }

  @Mutation(() => ServiceRecord, { description: 'Send a submitted record back with a reason.' })
  rejectServiceRecord(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: Context,
  ): Promise<ServiceRecord> {
    return service(ctx).reject(parseId('id', id), reason);
  }

  @Mutation(() => ServiceRecord, {
    description:
      'Correct an approved record: returns the new, approved record that supersedes it; the old one is kept ' +
      'as SUPERSEDED.',
  })
  correctServiceRecord(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: CorrectServiceRecordInput,
    @Ctx() ctx: Context,
  ): Promise<ServiceRecord> {
    return service(ctx).correct(parseId('id', id), input);
  }

  @Mutation(() => IssuedServiceCode, {
    description:
      "The site contact issues a one-time 服务码 for the project's activity on a day; volunteers enter it with " +
      'confirmPresence. A new code replaces the previous one.',
  })
  issueServiceCode(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('date', () => GraphQLLocalDate) date: string,
    @Arg('validForMinutes', () => Int, { nullable: true }) validForMinutes: number | null,
    @Ctx() ctx: Context,
  ): Promise<IssuedServiceCode> {
    return service(ctx).issueServiceCode(parseId('projectId', projectId), date, validForMinutes);
  }

  @Mutation(() => ServiceRecord, {
    description:
      "The volunteer enters the site's service code for their record: presence confirmed by both parties, once.",
  })
  confirmPresence(
    @Arg('id', () => ID) id: string,
    @Arg('code') code: string,
    @Ctx() ctx: Context,
  ): Promise<ServiceRecord> {
    return service(ctx).confirmPresence(parseId('id', id), code);
  }

  @FieldResolver(() => Volunteer, {
    nullable: true,
    description: 'Null when you may not read the volunteer (a site contact reads records, not people).',
  })
  volunteer(@Root() record: ServiceRecord, @Ctx() ctx: Context): Promise<Volunteer | null> {
    return readableVolunteer(ctx, record.volunteerId);
  }

  @FieldResolver(() => ServiceProject)
  async project(@Root() record: ServiceRecord, @Ctx() ctx: Context): Promise<ServiceProject> {
    return (await serviceProjectById(ctx.loaders).load(record.projectId))!;
  }

  @FieldResolver(() => ProjectPost)
  async post(@Root() record: ServiceRecord, @Ctx() ctx: Context): Promise<ProjectPost> {
    return (await projectPostById(ctx.loaders).load(record.postId))!;
  }

  @FieldResolver(() => ServiceOccasion, { nullable: true })
  occasion(@Root() record: ServiceRecord, @Ctx() ctx: Context): Promise<ServiceOccasion | null> {
    return record.occasionId
      ? serviceOccasionById(ctx.loaders).load(record.occasionId)
      : Promise.resolve(null);
  }
}
