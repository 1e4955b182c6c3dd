import { Arg, Args, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../core/context';
import { visibleAssignments } from './assignment.access';
import { connectionType, PageArgs, type Page } from '../../core/pagination';
import { parseId } from '../../core/validate';
import { ServiceNeed } from '../needs/service-need.entity';
import { serviceNeedById } from '../needs/service-need.loaders';
import { Volunteer } from '../volunteers/volunteer.entity';
import { seesHomeLocation } from '../volunteers/volunteer.access';
import { volunteerById } from '../volunteers/volunteer.loaders';
import { readableVolunteer } from '../volunteers/volunteer.reads';
import { Assignment, AssignmentStatus } from './assignment.entity';
import { AssignmentFilter } from './assignment.inputs';
import { assignmentsByNeedId, assignmentsByVolunteerId } from './assignment.loaders';
import { AssignmentService } from './assignment.service';

export const AssignmentConnection = connectionType(Assignment, 'Assignment');

@Resolver(() => Assignment)
export class AssignmentResolver {
  @Query(() => AssignmentConnection, {
    description:
      "Assignments you may see: a coordinator's volunteers and paired sites' needs, a leader's team members, " +
      "a volunteer's own, a site contact's site's needs; the admin sees all.",
  })
  assignments(
    @Arg('filter', () => AssignmentFilter, { nullable: true }) filter: AssignmentFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Assignment>> {
    return new AssignmentService(ctx.dataSource, actorOf(ctx)).list(filter ?? {}, page);
  }

  @Query(() => AssignmentConnection, { description: "The signed-in volunteer's own assignments." })
  myAssignments(
    @Arg('status', () => AssignmentStatus, { nullable: true }) status: AssignmentStatus | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Assignment>> {
    return new AssignmentService(ctx.dataSource, actorOf(ctx)).listMine(status, page);
  }

  @Mutation(() => [Assignment], {
    description:
      'Put volunteers of your units forward for an OPEN need (all or none). Refused with ASSIGNMENT_NOT_ALLOWED ' +
      'when a hard rule excludes one of them; `scores`, if given, lists one matching score per volunteer.',
  })
  proposeAssignments(
    @Arg('needId', () => ID) needId: string,
    @Arg('volunteerIds', () => [ID]) volunteerIds: string[],
    @Arg('scores', () => [Float], { nullable: true }) scores: number[] | null,
    @Ctx() ctx: Context,
  ): Promise<Assignment[]> {
    return new AssignmentService(ctx.dataSource, actorOf(ctx), ctx.events).propose(
      parseId('needId', needId),
      volunteerIds.map((id) => parseId('volunteerIds', id)),
      scores,
    );
  }

  @Mutation(() => Assignment, {
    description:
      "The volunteer's coordinator confirms a PROPOSED assignment, taking one of the need's places " +
      '(NEED_FULL when none is left).',
  })
  confirmAssignment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Assignment> {
    return new AssignmentService(ctx.dataSource, actorOf(ctx), ctx.events).confirm(parseId('id', id));
  }

  @Mutation(() => Assignment, {
    description:
      'The volunteer accepts a CONFIRMED assignment, or declines a PROPOSED or CONFIRMED one with an optional ' +
      'reason (at most 500 characters). Only the volunteer may answer: service is voluntary.',
  })
  respondToAssignment(
    @Arg('id', () => ID) id: string,
    @Arg('accept') accept: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<Assignment> {
    return new AssignmentService(ctx.dataSource, actorOf(ctx), ctx.events).respond(
      parseId('id', id),
      accept,
      reason,
    );
  }

  @Mutation(() => Assignment, {
    description: "The volunteer's coordinator withdraws a live assignment; a taken place is given back.",
  })
  cancelAssignment(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<Assignment> {
    return new AssignmentService(ctx.dataSource, actorOf(ctx), ctx.events).cancel(parseId('id', id), reason);
  }

  @FieldResolver(() => Volunteer, {
    nullable: true,
    description: 'Null when you may not read the volunteer (e.g. another unit’s, or for a site contact).',
  })
  volunteer(@Root() assignment: Assignment, @Ctx() ctx: Context): Promise<Volunteer | null> {
    return readableVolunteer(ctx, assignment.volunteerId);
  }

  @FieldResolver(() => Float, { nullable: true })
  async score(@Root() assignment: Assignment, @Ctx() ctx: Context): Promise<number | null> {
    if (assignment.score === null) return null;
    const volunteer = await volunteerById(ctx.loaders).load(assignment.volunteerId);
    // The score holds the exact distance part: to two decimals it says no more than a rounded distance.
    return volunteer && seesHomeLocation(actorOf(ctx), volunteer)
      ? assignment.score
      : Math.round(assignment.score * 100) / 100;
  }

  @FieldResolver(() => ServiceNeed)
  async need(@Root() assignment: Assignment, @Ctx() ctx: Context): Promise<ServiceNeed> {
    return (await serviceNeedById(ctx.loaders).load(assignment.needId))!;
  }
}

@Resolver(() => ServiceNeed)
export class ServiceNeedAssignmentsResolver {
  @FieldResolver(() => [Assignment])
  async assignments(@Root() need: ServiceNeed, @Ctx() ctx: Context): Promise<Assignment[]> {
    return visibleAssignments(ctx, await assignmentsByNeedId(ctx.loaders).load(need.id));
  }
}

@Resolver(() => Volunteer)
export class VolunteerAssignmentsResolver {
  @FieldResolver(() => [Assignment])
  async assignments(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<Assignment[]> {
    return visibleAssignments(ctx, await assignmentsByVolunteerId(ctx.loaders).load(volunteer.id));
  }
}
