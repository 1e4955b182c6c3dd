import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ServiceNeed } from '../needs/service-need.entity';
import { serviceNeedById } from '../needs/service-need.loaders';
import { Volunteer } from '../volunteers/volunteer.entity';
import { volunteerById } from '../volunteers/volunteer.loaders';
import { Assignment } from './assignment.entity';
import { assignmentsByNeedId, assignmentsByVolunteerId } from './assignment.loaders';

@Resolver(() => Assignment)
export class AssignmentResolver {
  @FieldResolver(() => Volunteer)
  async volunteer(@Root() assignment: Assignment, @Ctx() ctx: Context): Promise<Volunteer> {
    return (await volunteerById(ctx.loaders).load(assignment.volunteerId))!;
  }

  @FieldResolver(() => ServiceNeed)
  async need(@Root() assignment: Assignment, @Ctx() ctx: Context): Promise<ServiceNeed> {
    return (await serviceNeedById(ctx.loaders).load(assignment.needId))!;
  }
}

@Resolver(() => ServiceNeed)
export class ServiceNeedAssignmentsResolver {
  @FieldResolver(() => [Assignment])
  assignments(@Root() need: ServiceNeed, @Ctx() ctx: Context): Promise<Assignment[]> {
    return assignmentsByNeedId(ctx.loaders).load(need.id);
  }
}

@Resolver(() => Volunteer)
export class VolunteerAssignmentsResolver {
  @FieldResolver(() => [Assignment])
  assignments(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<Assignment[]> {
    return assignmentsByVolunteerId(ctx.loaders).load(volunteer.id);
  }
}
