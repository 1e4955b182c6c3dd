import { Field, Int, ObjectType } from 'type-graphql';
import { AppError, ErrorCode } from '../../core/errors';
import { VolunteerRole } from '../volunteers/volunteer.entity';

/** The notice's rule: each team has 7–10 volunteers plus 1–2 union cadres. */
export const TEAM_RULE = { minVolunteers: 7, maxVolunteers: 10, minCadres: 1, maxCadres: 2 } as const;

@ObjectType({ description: 'How a team is made up, against the 7–10 + 1–2 rule.' })
export class TeamComposition {
  @Field(() => Int)
  volunteers: number;

  @Field(() => Int)
  cadres: number;

  @Field(() => Int, { description: '志愿服务队组成人数: volunteers plus cadres.' })
  size: number;

  @Field({ description: 'Whether the team meets the composition rule.' })
  valid: boolean;
}

export function teamComposition(roles: readonly VolunteerRole[]): TeamComposition {
  const cadres = roles.filter((role) => role === VolunteerRole.UNION_CADRE).length;
  const volunteers = roles.length - cadres;
  const valid =
    volunteers >= TEAM_RULE.minVolunteers &&
    volunteers <= TEAM_RULE.maxVolunteers &&
    cadres >= TEAM_RULE.minCadres &&
    cadres <= TEAM_RULE.maxCadres;
  return { volunteers, cadres, size: roles.length, valid };
}

export function requireValidComposition(composition: TeamComposition, field = 'memberIds'): void {
  if (composition.valid) return;
  throw new AppError(
    ErrorCode.TEAM_COMPOSITION_INVALID,
    `a serving team needs ${TEAM_RULE.minVolunteers}–${TEAM_RULE.maxVolunteers} volunteers and ` +
      `${TEAM_RULE.minCadres}–${TEAM_RULE.maxCadres} union cadres; ` +
      `it has ${composition.volunteers} volunteers and ${composition.cadres} cadres`,
    { field, volunteers: composition.volunteers, cadres: composition.cadres },
  );
}

/** A forming team may grow up to the maximum but no further. */
export function requireWithinMaximum(composition: TeamComposition, field = 'memberIds'): void {
  if (composition.volunteers <= TEAM_RULE.maxVolunteers && composition.cadres <= TEAM_RULE.maxCadres) return;
  requireValidComposition({ ...composition, valid: false }, field);
}
