import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { connectionType, PageArgs, type Page } from '../../core/pagination';
import { parseId } from '../../core/validate';
import { Unit } from '../units/unit.entity';
import { unitById } from '../units/unit.loaders';
import { Volunteer, VolunteerAvailability } from './volunteer.entity';
import { CreateVolunteerInput, UpdateVolunteerInput, VolunteerFilter } from './volunteer.inputs';
import { availabilityByVolunteerId, volunteerById } from './volunteer.loaders';
import { VolunteerService } from './volunteer.service';

export const VolunteerConnection = connectionType(Volunteer, 'Volunteer');

@Resolver(() => Volunteer)
export class VolunteerResolver {
  @Query(() => Volunteer, { nullable: true })
  volunteer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Volunteer | null> {
    return volunteerById(ctx.loaders).load(parseId('id', id));
  }

  @Query(() => VolunteerConnection)
  volunteers(
    @Arg('filter', () => VolunteerFilter, { nullable: true }) filter: VolunteerFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Volunteer>> {
    return new VolunteerService(ctx.dataSource).list(filter ?? {}, page);
  }

  @Mutation(() => Volunteer)
  createVolunteer(@Arg('input') input: CreateVolunteerInput, @Ctx() ctx: Context): Promise<Volunteer> {
    return new VolunteerService(ctx.dataSource).create(input);
  }

  @Mutation(() => Volunteer)
  updateVolunteer(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateVolunteerInput,
    @Ctx() ctx: Context,
  ): Promise<Volunteer> {
    return new VolunteerService(ctx.dataSource).update(parseId('id', id), input);
  }

  @FieldResolver(() => Unit)
  async unit(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<Unit> {
    return (await unitById(ctx.loaders).load(volunteer.unitId))!;
  }

  @FieldResolver(() => [VolunteerAvailability])
  availability(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<VolunteerAvailability[]> {
    return availabilityByVolunteerId(ctx.loaders).load(volunteer.id);
  }
}
