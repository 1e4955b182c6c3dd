import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../core/context';
import { ExpensiveFields, FieldCosts, PerOperation } from '../../core/query-limits';
import { connectionType, PageArgs, type Page } from '../../core/pagination';
import { parseId } from '../../core/validate';
import { Site } from '../sites/site.entity';
import { siteById } from '../sites/site.loaders';
import { Unit } from '../units/unit.entity';
import { unitById } from '../units/unit.loaders';
import { Volunteer } from '../volunteers/volunteer.entity';
import { readableVolunteer } from '../volunteers/volunteer.reads';
import type { AuthSettings } from './access-token';
import { Account, ApiToken } from './account.entity';
import { AccountFilter, CreateAccountInput, CreatedApiToken, LoginResult } from './account.inputs';
import { AccountService } from './account.service';

export const AccountConnection = connectionType(Account, 'Account');

function authOf(ctx: Context): AuthSettings {
  if (!ctx.auth) throw new Error('token settings missing from the request context');
  return ctx.auth;
}

@Resolver(() => Account)
export class AccountResolver {
  @Mutation(() => LoginResult, {
    description: 'Signs in; needs no token. Returns a short-lived access token. One per operation.',
    complexity: FieldCosts.passwordHashing,
  })
  @PerOperation(ExpensiveFields.passwordHashing)
  login(
    @Arg('username') username: string,
    @Arg('password') password: string,
    @Ctx() ctx: Context,
  ): Promise<LoginResult> {
    const throttling = ctx.loginThrottle && { throttle: ctx.loginThrottle, address: ctx.clientAddress };
    return new AccountService(ctx.dataSource, ctx.actor).login(authOf(ctx), username, password, throttling);
  }

  @Query(() => Account, { description: 'The signed-in account.' })
  me(@Ctx() ctx: Context): Promise<Account> {
    return new AccountService(ctx.dataSource, actorOf(ctx)).me();
  }

  @Query(() => AccountConnection)
  accounts(
    @Arg('filter', () => AccountFilter, { nullable: true }) filter: AccountFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<Account>> {
    return new AccountService(ctx.dataSource, actorOf(ctx)).list(filter ?? {}, page);
  }

  @Mutation(() => Account, { complexity: FieldCosts.passwordHashing })
  @PerOperation(ExpensiveFields.passwordHashing)
  createAccount(@Arg('input') input: CreateAccountInput, @Ctx() ctx: Context): Promise<Account> {
    return new AccountService(ctx.dataSource, actorOf(ctx)).create(input);
  }

  @Mutation(() => LoginResult, {
    description: 'Changes your own password; every other session ends. Returns a new access token.',
    complexity: FieldCosts.passwordHashing,
  })
  @PerOperation(ExpensiveFields.passwordHashing)
  changePassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<LoginResult> {
    return new AccountService(ctx.dataSource, actorOf(ctx), ctx.events).changePassword(
      authOf(ctx),
      currentPassword,
      newPassword,
    );
  }

  @Mutation(() => Account, { description: 'The account can no longer sign in; its tokens stop working.' })
  deactivateAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Account> {
    return new AccountService(ctx.dataSource, actorOf(ctx), ctx.events).deactivate(parseId('id', id));
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() account: Account, @Ctx() ctx: Context): Promise<Unit | null> | null {
    return account.unitId === null ? null : unitById(ctx.loaders).load(account.unitId);
  }

  @FieldResolver(() => Volunteer, {
    nullable: true,
    description: 'Null when you may not read the volunteer.',
  })
  volunteer(@Root() account: Account, @Ctx() ctx: Context): Promise<Volunteer | null> {
    return readableVolunteer(ctx, account.volunteerId);
  }

  @FieldResolver(() => Site, { nullable: true })
  site(@Root() account: Account, @Ctx() ctx: Context): Promise<Site | null> | null {
    return account.siteId === null ? null : siteById(ctx.loaders).load(account.siteId);
  }
}

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => [ApiToken], { description: 'Your own API tokens, newest first (revoked ones too).' })
  myApiTokens(@Ctx() ctx: Context): Promise<ApiToken[]> {
    return new AccountService(ctx.dataSource, actorOf(ctx)).myApiTokens();
  }

  @Mutation(() => CreatedApiToken, {
    description:
      'An API token for yourself, for another tool (the SDK). The token is shown only in this answer.',
  })
  createApiToken(
    @Arg('name') name: string,
    @Arg('expiresInDays', () => Int, { nullable: true, description: '1–366 days, default 90.' })
    expiresInDays: number | null,
    @Ctx() ctx: Context,
  ): Promise<CreatedApiToken> {
    return new AccountService(ctx.dataSource, actorOf(ctx)).createApiToken(name, expiresInDays);
  }

  @Mutation(() => ApiToken, { description: 'Its owner or the provincial admin revokes a token at once.' })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ApiToken> {
    return new AccountService(ctx.dataSource, actorOf(ctx), ctx.events).revokeApiToken(parseId('id', id));
  }
}
