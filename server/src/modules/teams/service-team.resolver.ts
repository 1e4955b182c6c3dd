import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../core/context';
import { connectionType, PageArgs, type Page } from '../../core/pagination';
import { parseId } from '../../core/validate';
import { Unit } from '../units/unit.entity';
import { unitById } from '../units/unit.loaders';
import { Volunteer } from '../volunteers/volunteer.entity';
import { volunteerById } from '../volunteers/volunteer.loaders';
import { readableVolunteer, readableVolunteers } from '../volunteers/volunteer.reads';
import { ForbiddenError } from '../../core/actor';
import { ServiceTeam, ServiceTeamMember } from './service-team.entity';
import { CreateServiceTeamInput, ServiceTeamFilter, UpdateServiceTeamInput } from './service-team.inputs';
import { membersByTeamId, membershipsByVolunteerId, serviceTeamById } from './service-team.loaders';
import { ServiceTeamService } from './service-team.service';
import { TeamComposition, teamComposition } from './team-composition';

export const ServiceTeamConnection = connectionType(ServiceTeam, 'ServiceTeam');

@Resolver(() => ServiceTeam)
export class ServiceTeamResolver {
  @Query(() => ServiceTeam, { nullable: true })
  serviceTeam(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ServiceTeam | null> {
    actorOf(ctx);
    return serviceTeamById(ctx.loaders).load(parseId('id', id));
  }

  @Query(() => ServiceTeamConnection)
  serviceTeams(
    @Arg('filter', () => ServiceTeamFilter, { nullable: true }) filter: ServiceTeamFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<ServiceTeam>> {
    return new ServiceTeamService(ctx.dataSource, actorOf(ctx)).list(filter ?? {}, page);
  }

  @Mutation(() => ServiceTeam)
  createServiceTeam(@Arg('input') input: CreateServiceTeamInput, @Ctx() ctx: Context): Promise<ServiceTeam> {
    return new ServiceTeamService(ctx.dataSource, actorOf(ctx)).create(input);
  }

  @Mutation(() => ServiceTeam)
  updateServiceTeam(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateServiceTeamInput,
    @Ctx() ctx: Context,
  ): Promise<ServiceTeam> {
    return new ServiceTeamService(ctx.dataSource, actorOf(ctx)).update(parseId('id', id), input);
  }

  @Mutation(() => ServiceTeam, {
    description: 'Start serving; fails unless the team meets the 7–10 + 1–2 rule.',
  })
  activateServiceTeam(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ServiceTeam> {
    return new ServiceTeamService(ctx.dataSource, actorOf(ctx)).activate(parseId('id', id));
  }

  @Mutation(() => ServiceTeam)
  disbandServiceTeam(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ServiceTeam> {
    return new ServiceTeamService(ctx.dataSource, actorOf(ctx)).disband(parseId('id', id));
  }

  @FieldResolver(() => Unit)
  async unit(@Root() team: ServiceTeam, @Ctx() ctx: Context): Promise<Unit> {
    return (await unitById(ctx.loaders).load(team.unitId))!;
  }

  @FieldResolver(() => Volunteer, {
    nullable: true,
    description: 'Null when there is none or you may not read them; `leaderId` is always given.',
  })
  leader(@Root() team: ServiceTeam, @Ctx() ctx: Context): Promise<Volunteer | null> {
    return readableVolunteer(ctx, team.leaderId);
  }

  @FieldResolver(() => [ServiceTeamMember], {
    description: 'The members you may read (see `composition` for the whole team’s counts).',
  })
  async members(@Root() team: ServiceTeam, @Ctx() ctx: Context): Promise<ServiceTeamMember[]> {
    const members = await membersByTeamId(ctx.loaders).load(team.id);
    const readable = new Set(
      (
        await readableVolunteers(
          ctx,
          members.map((m) => m.volunteerId),
        )
      ).map((v) => v.id),
    );
    return members.filter((m) => readable.has(m.volunteerId));
  }

  @FieldResolver(() => TeamComposition)
  async composition(@Root() team: ServiceTeam, @Ctx() ctx: Context): Promise<TeamComposition> {
    const members = await membersByTeamId(ctx.loaders).load(team.id);
    const volunteers = await volunteerById(ctx.loaders).loadMany(members.map((m) => m.volunteerId));
    return teamComposition(volunteers.map((v) => (v as Volunteer).role));
  }
}

@Resolver(() => ServiceTeamMember)
export class ServiceTeamMemberResolver {
  @FieldResolver(() => Volunteer)
  async volunteer(@Root() member: ServiceTeamMember, @Ctx() ctx: Context): Promise<Volunteer> {
    // Memberships are reached only through a readable volunteer or the filtered `members`.
    const volunteer = await readableVolunteer(ctx, member.volunteerId);
    if (!volunteer) throw new ForbiddenError("you may not read this member's record", 'volunteer');
    return volunteer;
  }

  @FieldResolver(() => ServiceTeam)
  async team(@Root() member: ServiceTeamMember, @Ctx() ctx: Context): Promise<ServiceTeam> {
    return (await serviceTeamById(ctx.loaders).load(member.teamId))!;
  }
}

/** Lets a volunteer's teams be read from the volunteer without the volunteers module knowing teams. */
@Resolver(() => Volunteer)
export class VolunteerTeamsResolver {
  @FieldResolver(() => [ServiceTeamMember], { description: 'The teams this volunteer belongs to.' })
  memberships(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<ServiceTeamMember[]> {
    return membershipsByVolunteerId(ctx.loaders).load(volunteer.id);
  }
}
