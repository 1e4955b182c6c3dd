import type { DataSource } from 'typeorm';
import { Role, UnauthenticatedError, type Actor } from '../../core/actor';
import type { Config } from '../../core/config';
import { entityReader } from '../../core/entity-reader';
import { ServiceTeam, ServiceTeamMember, ServiceTeamStatus } from '../teams/service-team.entity';
import { Volunteer } from '../volunteers/volunteer.entity';
import { verifyAccessToken } from './access-token';
import { Account, ApiToken } from './account.entity';
import { hashApiToken, isApiToken, LAST_USED_RESOLUTION_MS } from './api-token';
import { WebSessionService, type OpenWebSession } from './web-session.service';

const BEARER = /^Bearer[ \t]+([\x21-\x7e]+)[ \t]*$/i;

/**
 * The actor of a request from its Authorization header: null without one, UNAUTHENTICATED for a
 * header that is not a valid, live token of an active account. `uvp_…` tokens are API tokens,
 * anything else an access token (JWT). The errors carry HTTP 401 for Apollo.
 */
export async function authenticate(
  dataSource: DataSource,
  auth: Config['auth'],
  authorization: string | undefined,
): Promise<Actor | null> {
  return (await authenticateSession(dataSource, auth, authorization))?.actor ?? null;
}

/** Who a token signs in, and through which API token or which version of the access tokens. */
export interface SignedInSession {
  actor: Actor;
  /** The API token used; null for an access token. */
  apiTokenId: number | null;
  /** The account's token version the access token or browser session carries; null for an API token. */
  tokenVersion: number | null;
  /** The browser session used; null for a token. */
  webSessionId: number | null;
}

/**
 * `authenticate` that also names the API token used, so a socket can be found again when that
 * token is revoked.
 */
export async function authenticateSession(
  dataSource: DataSource,
  auth: Config['auth'],
  authorization: string | undefined,
): Promise<SignedInSession | null> {
  if (authorization === undefined || authorization.trim() === '') return null;
  try {
    const token = BEARER.exec(authorization)?.[1];
    if (!token) throw new UnauthenticatedError('send the token as "Authorization: Bearer <token>"');
    if (isApiToken(token)) {
      const row = await apiTokenRow(dataSource, token);
      const actor = await actorForAccount(dataSource, row.account!);
      return { actor, apiTokenId: row.id, tokenVersion: null, webSessionId: null };
    }
    const account = await accountOfAccessToken(dataSource, auth, token);
    const actor = await actorForAccount(dataSource, account);
    return { actor, apiTokenId: null, tokenVersion: account.tokenVersion, webSessionId: null };
  } catch (error) {
    throw withHttpStatus401(error);
  }
}

/** Who a browser session cookie signs in (UNAUTHENTICATED, HTTP 401, when it names no live session). */
export async function authenticateWebSession(
  dataSource: DataSource,
  auth: Config['auth'],
  cookieValue: string,
): Promise<{ signedIn: SignedInSession; open: OpenWebSession }> {
  try {
    const open = await new WebSessionService(dataSource, auth).resume(cookieValue);
    const actor = await actorForAccount(dataSource, open.account);
    return {
      signedIn: {
        actor,
        apiTokenId: null,
        tokenVersion: open.session.tokenVersion,
        webSessionId: open.session.id,
      },
      open,
    };
  } catch (error) {
    throw withHttpStatus401(error);
  }
}

async function accountOfAccessToken(dataSource: DataSource, auth: Config['auth'], token: string) {
  const claims = verifyAccessToken(auth, token);
  // Every request with a token reads its account, so through the prebuilt statement.
  const [account] = await entityReader(dataSource, Account).whereIn('id', [claims.accountId]);
  if (!account || !account.active || account.tokenVersion !== claims.tokenVersion) {
    throw new UnauthenticatedError('the access token is no longer valid: sign in again');
  }
  return account;
}

async function apiTokenRow(dataSource: DataSource, token: string): Promise<ApiToken> {
  const row = await dataSource
    .getRepository(ApiToken)
    .createQueryBuilder('token')
    .innerJoinAndSelect('token.account', 'account')
    .where('token.tokenHash = :hash', { hash: hashApiToken(token) })
    .getOne();
  const now = new Date();
  if (!row || !row.account) throw new UnauthenticatedError('the API token is invalid');
  if (row.revokedAt) throw new UnauthenticatedError('the API token has been revoked');
  if (row.expiresAt && row.expiresAt <= now) throw new UnauthenticatedError('the API token has expired');
  if (!row.account.active) throw new UnauthenticatedError('the API token is no longer valid');
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    // Conditional, so concurrent requests with one token write it once.
    await dataSource
      .createQueryBuilder()
      .update(ApiToken)
      .set({ lastUsedAt: now })
      .where('id = :id AND (lastUsedAt IS NULL OR lastUsedAt <= :threshold)', {
        id: row.id,
        threshold: new Date(now.getTime() - LAST_USED_RESOLUTION_MS),
      })
      .execute();
  }
  return row;
}

/**
 * The actor an account acts as, with its scope worked out once: a coordinator's unit subtree,
 * a team leader's teams and their members, a volunteer's unit, a site contact's site.
 */
export async function actorForAccount(dataSource: DataSource, account: Account): Promise<Actor> {
  const unitIds = new Set<number>();
  const ledTeamIds = new Set<number>();
  const ledMemberIds = new Set<number>();
  if (account.role === Role.UNIT_COORDINATOR && account.unitId !== null) {
    for (const id of await unitSubtree(dataSource, account.unitId)) unitIds.add(id);
  }
  if (
    (account.role === Role.TEAM_LEADER || account.role === Role.VOLUNTEER) &&
    account.volunteerId !== null
  ) {
    const volunteer = await dataSource
      .getRepository(Volunteer)
      .findOne({ select: { id: true, unitId: true }, where: { id: account.volunteerId } });
    if (volunteer) unitIds.add(volunteer.unitId);
  }
  if (account.role === Role.TEAM_LEADER && account.volunteerId !== null) {
    const rows: { teamId: number | string; memberId: number | string | null }[] = await dataSource
      .getRepository(ServiceTeam)
      .createQueryBuilder('team')
      .leftJoin(ServiceTeamMember, 'member', 'member.teamId = team.id')
      .select('team.id', 'teamId')
      .addSelect('member.volunteerId', 'memberId')
      .where('team.leaderId = :leaderId', { leaderId: account.volunteerId })
      .andWhere('team.status != :disbanded', { disbanded: ServiceTeamStatus.DISBANDED })
      .getRawMany();
    for (const row of rows) {
      ledTeamIds.add(Number(row.teamId));
      if (row.memberId !== null) ledMemberIds.add(Number(row.memberId));
    }
  }
  return Object.freeze({
    kind: 'account',
    accountId: account.id,
    name: account.displayName,
    role: account.role,
    unitIds,
    volunteerId: account.volunteerId,
    ledTeamIds,
    ledMemberIds,
    siteId: account.role === Role.SITE_CONTACT ? account.siteId : null,
  });
}

/** A unit and every unit below it, in one recursive statement (SQLite, MariaDB 10.2+, MySQL 8). */
export async function unitSubtree(dataSource: DataSource, rootId: number): Promise<number[]> {
  const rows: { id: number | string }[] = await dataSource.query(
    `WITH RECURSIVE subtree (id) AS (
       SELECT id FROM unit WHERE id = ?
       UNION
       SELECT unit.id FROM unit JOIN subtree ON unit.parentId = subtree.id
     ) SELECT id FROM subtree`,
    [rootId],
  );
  return rows.map((row) => Number(row.id));
}

/** Apollo answers an error thrown while building the context with `extensions.http.status`. */
function withHttpStatus401(error: unknown): unknown {
  if (error instanceof UnauthenticatedError) error.extensions.http = { status: 401 };
  return error;
}
