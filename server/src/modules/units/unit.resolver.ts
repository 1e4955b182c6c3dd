import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../core/context';
import { connectionType, PageArgs, type Page } from '../../core/pagination';
import { parseId } from '../../core/validate';
import { Unit } from './unit.entity';
import { CreateUnitInput, UnitFilter, UpdateUnitInput } from './unit.inputs';
import { unitById, unitsByParentId } from './unit.loaders';
import { UnitService } from './unit.service';

export const UnitConnection = connectionType(Unit, 'Unit');

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => Unit, { nullable: true })
  unit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Unit | null> {
    actorOf(ctx);
    return unitById(ctx.loaders).load(parseId('id', id));
  }

  @Query(() => UnitConnection)
  units(
    @Arg('filter', () => UnitFilter, { nullable: true }) filter: UnitFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Unit>> {
    return new UnitService(ctx.dataSource, actorOf(ctx)).list(filter ?? {}, page);
  }

  @Mutation(() => Unit)
  createUnit(@Arg('input') input: CreateUnitInput, @Ctx() ctx: Context): Promise<Unit> {
    return new UnitService(ctx.dataSource, actorOf(ctx)).create(input);
  }

  @Mutation(() => Unit)
  updateUnit(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateUnitInput,
    @Ctx() ctx: Context,
  ): Promise<Unit> {
    return new UnitService(ctx.dataSource, actorOf(ctx)).update(parseId('id', id), input);
  }

  @FieldResolver(() => Unit, { nullable: true })
  parent(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Unit | null> | null {
    return unit.parentId === null ? null : unitById(ctx.loaders).load(unit.parentId);
  }

  @FieldResolver(() => [Unit])
  children(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Unit[]> {
    return unitsByParentId(ctx.loaders).load(unit.id);
  }
}
