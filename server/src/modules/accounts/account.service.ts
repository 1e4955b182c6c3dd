import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import { administersUnit, isAdmin, requireRole, requireUnitAdministration } from '../../core/access';
import { ForbiddenError, Role, UnauthenticatedError, type Actor } from '../../core/actor';
import { AuditAction, recordAudit } from '../../core/audit';
import type { LoginThrottle } from '../../core/context';
import { BadInputError, ConflictError, NotFoundError } from '../../core/errors';
import { paginate, type Page, type PageArgs } from '../../core/pagination';
import { transactionWithEvents, type EventPublisher } from '../../core/pubsub';
import { conflictOnDuplicate, escapeLike, LIKE_ESCAPE } from '../../core/sql';
import { optionalSearch, parseId, requireInt, requireText } from '../../core/validate';
import { Site } from '../sites/site.entity';
import { ownsSite } from '../sites/site.access';
import { Unit } from '../units/unit.entity';
import { Volunteer } from '../volunteers/volunteer.entity';
import { signAccessToken, type AuthSettings } from './access-token';
import { Account, ApiToken } from './account.entity';
import { SESSIONS_REVOKED, SessionsRevokedReason } from './account.events';
import type { AccountFilter, CreateAccountInput, CreatedApiToken, LoginResult } from './account.inputs';
import { API_TOKEN_DEFAULT_DAYS, API_TOKEN_MAX_DAYS, generateApiToken } from './api-token';
import { checkPasswordRule, decoyPasswordHash, hashPassword, verifyPassword } from './password';

const USERNAME = /^[a-z0-9._-]{3,50}$/;
const WRONG_CREDENTIALS = 'wrong username or password';
const COORDINATOR_ROLES = [Role.PROVINCIAL_ADMIN, Role.UNIT_COORDINATOR] as const;

/** Which link each role needs; the other links must be empty. */
const LINK_OF_ROLE: Readonly<Record<Role, 'unitId' | 'volunteerId' | 'siteId' | null>> = {
  PROVINCIAL_ADMIN: null,
  UNIT_COORDINATOR: 'unitId',
  TEAM_LEADER: 'volunteerId',
  VOLUNTEER: 'volunteerId',
  SITE_CONTACT: 'siteId',
};
const LINKS = ['unitId', 'volunteerId', 'siteId'] as const;

type AccountLinks = Pick<Account, 'role' | 'unitId' | 'volunteerId' | 'siteId'>;

export function normaliseUsername(value: string | null | undefined): string {
  const username = (value ?? '').trim().toLowerCase();
  if (!USERNAME.test(username)) {
    throw new BadInputError('username', 'username must be 3–50 of a–z, 0–9, ".", "_" and "-"');
  }
  return username;
}

/**
 * Accounts, sign-in and API tokens. The actor is null only for `login`, which needs no one
 * signed in; every other method requires an actor and applies the access rules to it.
 */
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor | null,
    /** Where ended sessions are announced after commit, so open sockets close; none outside the server. */
    private readonly events?: EventPublisher,
  ) {}

  /**
   * Unknown user, wrong password and inactive account give one answer, taking the same time.
   * With a throttle (the API's), repeated failures lock the username or the address for a while:
   * refused before the password is checked, so a locked guesser learns nothing more.
   */
  async login(
    auth: AuthSettings,
    username: string,
    password: string,
    throttling?: { throttle: LoginThrottle; address: string | null | undefined },
  ): Promise<LoginResult> {
    const account = await this.checkPassword(username, password, throttling);
    const signed = signAccessToken(auth, account);
    return { accessToken: signed.token, expiresAt: signed.expiresAt, account };
  }

  /**
   * The active account a username and password sign in, counted by the login throttle; the same
   * UNAUTHENTICATED for an unknown name, a wrong password and a deactivated account. `login` signs
   * an access token for it, a browser sign-in starts a session.
   */
  async checkPassword(
    username: string,
    password: string,
    throttling?: { throttle: LoginThrottle; address: string | null | undefined },
  ): Promise<Account> {
    const name = (username ?? '').trim().toLowerCase();
    const attempt = { username: name, address: throttling?.address };
    await throttling?.throttle.check(attempt);
    const account = USERNAME.test(name)
      ? await this.dataSource.getRepository(Account).findOneBy({ username: name })
      : null;
    const matches = await verifyPassword(
      password ?? '',
      account?.passwordHash ?? (await decoyPasswordHash()),
    );
    if (!account || !matches || !account.active) {
      await throttling?.throttle.failed(attempt);
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    await throttling?.throttle.succeeded(attempt);
    account.lastLoginAt = new Date();
    // Bookkeeping, not a change of the account: no audit event, and updatedAt stays.
    await this.dataSource.getRepository(Account).update(account.id, {
      lastLoginAt: account.lastLoginAt,
      updatedAt: () => 'updatedAt',
    });
    return account;
  }

  async me(): Promise<Account> {
    return this.self();
  }

  async create(input: CreateAccountInput): Promise<Account> {
    const actor = this.signedIn();
    requireRole(actor, COORDINATOR_ROLES, 'create accounts');
    const username = normaliseUsername(input.username);
    const displayName = requireText('displayName', input.displayName, { max: 50 });
    const password = checkPasswordRule('password', input.password);
    const links = parseLinks(input);
    await this.requireLinksExist(links);
    await this.requireManages(links, 'create accounts');
    const duplicate = `the username ${username} is taken`;
    if (await this.dataSource.getRepository(Account).existsBy({ username })) {
      throw new ConflictError('username', duplicate);
    }
    const passwordHash = await hashPassword(password);
    return conflictOnDuplicate('username', duplicate, () =>
      this.dataSource.transaction(async (manager) => {
        const repo = manager.getRepository(Account);
        const account = await repo.save(
          repo.create({ username, displayName, passwordHash, ...links, active: true, tokenVersion: 0 }),
        );
        await recordAudit(manager, actor, {
          action: AuditAction.CREATE,
          entityType: 'Account',
          entityId: account.id,
          after: account,
        });
        return account;
      }),
    );
  }

  /** Changes the caller's own password and signs out every other session (new token returned). */
  async changePassword(
    auth: AuthSettings,
    currentPassword: string,
    newPassword: string,
  ): Promise<LoginResult> {
    const self = await this.self();
    if (!currentPassword) throw new BadInputError('currentPassword', 'currentPassword is required');
    checkPasswordRule('newPassword', newPassword);
    if (!(await verifyPassword(currentPassword, self.passwordHash))) {
      throw new BadInputError('currentPassword', 'the current password is wrong');
    }
    if (newPassword === currentPassword) {
      throw new BadInputError('newPassword', 'newPassword must differ from the current password');
    }
    const passwordHash = await hashPassword(newPassword);
    const account = await transactionWithEvents(
      this.dataSource,
      this.events,
      async (manager, afterCommit) => {
        const changed = await this.revokeSessions(manager, self.id, { passwordHash });
        afterCommit.add(SESSIONS_REVOKED, {
          accountId: self.id,
          reason: SessionsRevokedReason.PASSWORD_CHANGED,
          apiTokenId: null,
          tokenVersion: changed.tokenVersion,
        });
        return changed;
      },
    );
    const signed = signAccessToken(auth, account);
    return { accessToken: signed.token, expiresAt: signed.expiresAt, account };
  }

  async deactivate(id: number): Promise<Account> {
    const actor = this.signedIn();
    requireRole(actor, COORDINATOR_ROLES, 'deactivate accounts');
    if (actor.accountId === id) throw new BadInputError('id', 'you cannot deactivate your own account');
    const account = await this.dataSource.getRepository(Account).findOneBy({ id });
    if (!account) throw new NotFoundError('Account', id);
    await this.requireManages(account, 'deactivate accounts');
    if (!account.active) return account;
    return transactionWithEvents(this.dataSource, this.events, async (manager, afterCommit) => {
      const deactivated = await this.revokeSessions(manager, id, { active: false });
      afterCommit.add(SESSIONS_REVOKED, {
        accountId: id,
        reason: SessionsRevokedReason.DEACTIVATED,
        apiTokenId: null,
        tokenVersion: deactivated.tokenVersion,
      });
      return deactivated;
    });
  }

  list(filter: AccountFilter = {}, page: PageArgs = {}): Promise<Page<Account>> {
    const actor = this.signedIn();
    requireRole(actor, COORDINATOR_ROLES, 'list accounts');
    const query = this.dataSource.getRepository(Account).createQueryBuilder('account');
    if (!isAdmin(actor)) {
      // A coordinator sees accounts of their units, of their units' volunteers and of the sites they own.
      const unitIds = [...actor.unitIds];
      if (unitIds.length === 0) query.andWhere('1 = 0');
      else {
        query.andWhere(
          new Brackets((scope) =>
            scope
              .where('account.unitId IN (:...scopeUnits)')
              .orWhere(
                'account.volunteerId IN (SELECT v.id FROM volunteer v WHERE v.unitId IN (:...scopeUnits))',
              )
              .orWhere('account.siteId IN (SELECT s.id FROM site s WHERE s.ownerUnitId IN (:...scopeUnits))'),
          ),
          { scopeUnits: unitIds },
        );
      }
    }
    if (filter.role) query.andWhere('account.role = :role', { role: filter.role });
    if (filter.active !== undefined && filter.active !== null) {
      query.andWhere('account.active = :active', { active: filter.active });
    }
    const search = optionalSearch('search', filter.search);
    if (search) {
      query.andWhere(
        `(account.username LIKE :search ${LIKE_ESCAPE} OR account.displayName LIKE :search ${LIKE_ESCAPE})`,
        { search: `%${escapeLike(search)}%` },
      );
    }
    return paginate(query, page);
  }

  async createApiToken(name: string, expiresInDays: number | null | undefined): Promise<CreatedApiToken> {
    const self = await this.self();
    const actor = this.signedIn();
    const tokenName = requireText('name', name, { max: 100 });
    const days = requireInt('expiresInDays', expiresInDays ?? API_TOKEN_DEFAULT_DAYS, {
      min: 1,
      max: API_TOKEN_MAX_DAYS,
    });
    const generated = generateApiToken();
    const apiToken = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(ApiToken);
      const saved = await repo.save(
        repo.create({
          accountId: self.id,
          name: tokenName,
          tokenPrefix: generated.tokenPrefix,
          tokenHash: generated.tokenHash,
          expiresAt: new Date(Date.now() + days * 86_400_000),
          lastUsedAt: null,
          revokedAt: null,
        }),
      );
      await recordAudit(manager, actor, {
        action: AuditAction.CREATE,
        entityType: 'ApiToken',
        entityId: saved.id,
        after: saved,
      });
      return saved;
    });
    return { token: generated.token, apiToken };
  }

  /** The owner or the provincial admin may revoke a token; revoking twice changes nothing. */
  async revokeApiToken(id: number): Promise<ApiToken> {
    const actor = this.signedIn();
    return transactionWithEvents(this.dataSource, this.events, async (manager, afterCommit) => {
      const repo = manager.getRepository(ApiToken);
      const token = await repo.findOneBy({ id });
      if (!token) throw new NotFoundError('ApiToken', id);
      if (!isAdmin(actor) && token.accountId !== actor.accountId) {
        throw new ForbiddenError('only its owner or the provincial admin may revoke an API token', 'id');
      }
      if (token.revokedAt) return token;
      const before = { ...token };
      token.revokedAt = new Date();
      await repo.save(token);
      await recordAudit(manager, actor, {
        action: AuditAction.UPDATE,
        entityType: 'ApiToken',
        entityId: id,
        before,
        after: token,
      });
      afterCommit.add(SESSIONS_REVOKED, {
        accountId: token.accountId,
        reason: SessionsRevokedReason.API_TOKEN_REVOKED,
        apiTokenId: token.id,
        tokenVersion: null,
      });
      return token;
    });
  }

  async myApiTokens(): Promise<ApiToken[]> {
    const self = await this.self();
    return this.dataSource
      .getRepository(ApiToken)
      .find({ where: { accountId: self.id }, order: { id: 'DESC' } });
  }

  private signedIn(): Actor {
    if (!this.actor) throw new UnauthenticatedError();
    return this.actor;
  }

  /** The caller's own account; the system actor has none. */
  private async self(): Promise<Account> {
    const actor = this.signedIn();
    if (actor.accountId === null) throw new ForbiddenError('only a signed-in account has a profile');
    const account = await this.dataSource.getRepository(Account).findOneBy({ id: actor.accountId });
    if (!account) throw new UnauthenticatedError();
    return account;
  }

  /** Applies `changes`, bumps tokenVersion (every access token issued so far stops working) and audits. */
  private async revokeSessions(
    manager: EntityManager,
    id: number,
    changes: Partial<Pick<Account, 'passwordHash' | 'active'>>,
  ): Promise<Account> {
    const repo = manager.getRepository(Account);
    const before = await repo.findOneBy({ id });
    if (!before) throw new NotFoundError('Account', id);
    // An increment in SQL, so two concurrent changes never hand out the same version.
    await repo.update(id, { ...changes, tokenVersion: () => 'tokenVersion + 1' });
    const after = await repo.findOneByOrFail({ id });
    await recordAudit(manager, this.signedIn(), {
      action: AuditAction.UPDATE,
      entityType: 'Account',
      entityId: id,
      before,
      after,
    });
    return after;
  }

  private async requireLinksExist(links: AccountLinks): Promise<void> {
    const checks: [number | null, typeof Unit | typeof Volunteer | typeof Site, string, string][] = [
      [links.unitId, Unit, 'Unit', 'unitId'],
      [links.volunteerId, Volunteer, 'Volunteer', 'volunteerId'],
      [links.siteId, Site, 'Site', 'siteId'],
    ];
    for (const [id, entity, name, field] of checks) {
      if (id !== null && !(await this.dataSource.getRepository(entity).existsBy({ id }))) {
        throw new NotFoundError(name, id, field);
      }
    }
  }

  /**
   * The provincial admin manages every account. A coordinator manages coordinators of units in
   * their subtree, team leaders and volunteers of those units, and contacts of the sites those units own.
   */
  private async requireManages(target: AccountLinks, what: string): Promise<void> {
    const actor = this.signedIn();
    if (isAdmin(actor)) return;
    switch (target.role) {
      case Role.PROVINCIAL_ADMIN:
        throw new ForbiddenError(`only the provincial admin may ${what} for the provincial admin`, 'role');
      case Role.UNIT_COORDINATOR:
        return requireUnitAdministration(actor, target.unitId!, what, 'unitId');
      case Role.TEAM_LEADER:
      case Role.VOLUNTEER: {
        const volunteer = await this.dataSource
          .getRepository(Volunteer)
          .findOne({ select: { id: true, unitId: true }, where: { id: target.volunteerId! } });
        if (!volunteer || !administersUnit(actor, volunteer.unitId)) {
          throw new ForbiddenError(`you may only ${what} for volunteers of your own units`, 'volunteerId');
        }
        return;
      }
      case Role.SITE_CONTACT: {
        // A site's contact account speaks for the site (its service codes, its records and ledger),
        // so only the site's owner gives one out: never a unit merely paired with it.
        const site = await this.dataSource
          .getRepository(Site)
          .findOne({ select: { id: true, ownerUnitId: true }, where: { id: target.siteId! } });
        if (!site || !ownsSite(actor, site)) {
          throw new ForbiddenError(`you may only ${what} for sites your own units own`, 'siteId');
        }
        return;
      }
    }
  }
}

/** The role's link, required; the other links, which must be empty. */
function parseLinks(input: CreateAccountInput): AccountLinks {
  const required = LINK_OF_ROLE[input.role];
  const links: AccountLinks = { role: input.role, unitId: null, volunteerId: null, siteId: null };
  for (const field of LINKS) {
    const raw = input[field];
    const given = raw !== null && raw !== undefined && raw !== '';
    if (field === required) {
      if (!given) throw new BadInputError(field, `a ${input.role} account needs ${field}`);
      links[field] = parseId(field, raw);
    } else if (given) {
      const needs = required ? `only ${required}` : 'no unit, volunteer or site';
      throw new BadInputError(field, `a ${input.role} account links ${needs}: leave ${field} empty`);
    }
  }
  return links;
}
