import { registerEnumType } from 'type-graphql';
import { AppError, ErrorCode } from './errors';

/** The roles of DOMAIN.md "Who uses the system". */
export enum Role {
  PROVINCIAL_ADMIN = 'PROVINCIAL_ADMIN',
  UNIT_COORDINATOR = 'UNIT_COORDINATOR',
  TEAM_LEADER = 'TEAM_LEADER',
  VOLUNTEER = 'VOLUNTEER',
  SITE_CONTACT = 'SITE_CONTACT',
}

registerEnumType(Role, {
  name: 'Role',
  valuesConfig: {
    PROVINCIAL_ADMIN: { description: '省教育工会: runs the campaign, sees every unit.' },
    UNIT_COORDINATOR: { description: 'Coordinator of a union unit and the units under it.' },
    TEAM_LEADER: { description: '负责人: leads service teams and their projects.' },
    VOLUNTEER: { description: '志愿者: their own profile, assignments and records.' },
    SITE_CONTACT: { description: 'Contact of a paired site: posts its service needs.' },
  },
});

/**
 * Who is acting, with the scope worked out once per request so services can check access
 * without further queries. The CLI and seeders act as the system.
 */
export interface Actor {
  readonly kind: 'account' | 'system';
  readonly accountId: number | null;
  readonly name: string;
  readonly role: Role | null;
  /** UNIT_COORDINATOR: their unit and every unit below it. Others: the unit they belong to, if any. */
  readonly unitIds: ReadonlySet<number>;
  /** TEAM_LEADER and VOLUNTEER: the volunteer record they are. */
  readonly volunteerId: number | null;
  /** TEAM_LEADER: the teams they lead. */
  readonly ledTeamIds: ReadonlySet<number>;
  /** TEAM_LEADER: the volunteers of the teams they lead. */
  readonly ledMemberIds: ReadonlySet<number>;
  /** SITE_CONTACT: their site. */
  readonly siteId: number | null;
}

export const SYSTEM_ACTOR: Actor = Object.freeze({
  kind: 'system',
  accountId: null,
  name: 'system',
  role: null,
  unitIds: new Set<number>(),
  volunteerId: null,
  ledTeamIds: new Set<number>(),
  ledMemberIds: new Set<number>(),
  siteId: null,
});

export class UnauthenticatedError extends AppError {
  constructor(message = 'sign in first: send a valid token as "Authorization: Bearer <token>"') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string, field?: string) {
    super(ErrorCode.FORBIDDEN, message, field ? { field } : {});
  }
}
