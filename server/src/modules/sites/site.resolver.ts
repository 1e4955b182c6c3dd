import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../core/context';
import { connectionType, PageArgs, type Page } from '../../core/pagination';
import { parseId } from '../../core/validate';
import { Unit } from '../units/unit.entity';
import { unitById } from '../units/unit.loaders';
import { Pairing, Site } from './site.entity';
import { CreateSiteInput, PairUnitWithSiteInput, SiteFilter, UpdateSiteInput } from './site.inputs';
import { pairingsBySiteId, pairingsByUnitId, siteById } from './site.loaders';
import { SiteService } from './site.service';

export const SiteConnection = connectionType(Site, 'Site');
export const PairingConnection = connectionType(Pairing, 'Pairing');

@Resolver(() => Site)
export class SiteResolver {
  @Query(() => Site, { nullable: true })
  site(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Site | null> {
    actorOf(ctx);
    return siteById(ctx.loaders).load(parseId('id', id));
  }

  @Query(() => SiteConnection)
  sites(
    @Arg('filter', () => SiteFilter, { nullable: true }) filter: SiteFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Site>> {
    return new SiteService(ctx.dataSource, actorOf(ctx)).list(filter ?? {}, page);
  }

  @Mutation(() => Site)
  createSite(@Arg('input') input: CreateSiteInput, @Ctx() ctx: Context): Promise<Site> {
    return new SiteService(ctx.dataSource, actorOf(ctx)).create(input);
  }

  @Mutation(() => Site)
  updateSite(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateSiteInput,
    @Ctx() ctx: Context,
  ): Promise<Site> {
    return new SiteService(ctx.dataSource, actorOf(ctx)).update(parseId('id', id), input);
  }

  @Mutation(() => Site, {
    description:
      'Mark a site a long-term volunteer service base (志愿服务基地) since a China date, or correct that date: ' +
      'the provincial admin or the coordinator of the unit that owns it.',
  })
  markLongTermBase(
    @Arg('siteId', () => ID) siteId: string,
    @Arg('since', () => GraphQLLocalDate) since: string,
    @Ctx() ctx: Context,
  ): Promise<Site> {
    return new SiteService(ctx.dataSource, actorOf(ctx)).markLongTermBase(parseId('siteId', siteId), since);
  }

  @Mutation(() => Site, {
    description: 'End a site’s long-term base status (same people as markLongTermBase).',
  })
  unmarkLongTermBase(@Arg('siteId', () => ID) siteId: string, @Ctx() ctx: Context): Promise<Site> {
    return new SiteService(ctx.dataSource, actorOf(ctx)).unmarkLongTermBase(parseId('siteId', siteId));
  }

  @Mutation(() => Pairing, {
    description:
      'Pair a unit with a site (结对). ACTIVE at once when you are the site owner’s coordinator or the provincial admin; ' +
      'otherwise REQUESTED until the owner approves it (approvePairing).',
  })
  pairUnitWithSite(@Arg('input') input: PairUnitWithSiteInput, @Ctx() ctx: Context): Promise<Pairing> {
    return new SiteService(ctx.dataSource, actorOf(ctx)).pairUnit(input);
  }

  @Mutation(() => Pairing, {
    description:
      'Approve a requested pairing: the coordinator of the unit that owns the site or the provincial admin.',
  })
  approvePairing(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Pairing> {
    return new SiteService(ctx.dataSource, actorOf(ctx)).decidePairing(parseId('id', id), true);
  }

  @Mutation(() => Pairing, {
    description:
      'Refuse a requested pairing (same people as approvePairing), optionally saying why (at most 500 characters): the asking unit reads it as refusalReason.',
  })
  refusePairing(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<Pairing> {
    return new SiteService(ctx.dataSource, actorOf(ctx)).decidePairing(parseId('id', id), false, reason);
  }

  @Query(() => PairingConnection, {
    description:
      'Pairing requests waiting for your answer: on sites your units own (the admin: every request).',
  })
  pairingRequests(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<Pairing>> {
    return new SiteService(ctx.dataSource, actorOf(ctx)).pairingRequests(page);
  }

  @Mutation(() => Pairing, {
    description: 'End a pairing or withdraw a request: the paired unit’s coordinator or the site’s owner.',
  })
  endPairing(
    @Arg('id', () => ID) id: string,
    @Arg('endedOn', () => GraphQLLocalDate) endedOn: string,
    @Ctx() ctx: Context,
  ): Promise<Pairing> {
    return new SiteService(ctx.dataSource, actorOf(ctx)).endPairing(parseId('id', id), endedOn);
  }

  @FieldResolver(() => [Pairing])
  pairings(@Root() site: Site, @Ctx() ctx: Context): Promise<Pairing[]> {
    return pairingsBySiteId(ctx.loaders).load(site.id);
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: 'The owning unit; null when the province owns the site.',
  })
  async ownerUnit(@Root() site: Site, @Ctx() ctx: Context): Promise<Unit | null> {
    return site.ownerUnitId === null ? null : await unitById(ctx.loaders).load(site.ownerUnitId);
  }
}

@Resolver(() => Pairing)
export class PairingResolver {
  @FieldResolver(() => Unit)
  async unit(@Root() pairing: Pairing, @Ctx() ctx: Context): Promise<Unit> {
    return (await unitById(ctx.loaders).load(pairing.unitId))!;
  }

  @FieldResolver(() => Site)
  async site(@Root() pairing: Pairing, @Ctx() ctx: Context): Promise<Site> {
    return (await siteById(ctx.loaders).load(pairing.siteId))!;
  }
}

@Resolver(() => Unit)
export class UnitPairingsResolver {
  @FieldResolver(() => [Pairing], { description: 'The sites this unit is paired with.' })
  pairings(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Pairing[]> {
    return pairingsByUnitId(ctx.loaders).load(unit.id);
  }
}
