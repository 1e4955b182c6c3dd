import { ErrorCode } from '../../server/src/core/errors';
import {
  requireValidComposition,
  requireWithinMaximum,
  teamComposition,
} from '../../server/src/modules/teams/team-composition';
import { VolunteerRole } from '../../server/src/modules/volunteers/volunteer.entity';
import { expectAppError } from './support/expect-error';

function roles(volunteers: number, cadres: number): VolunteerRole[] {
  const list = [
    ...Array<VolunteerRole>(volunteers).fill(VolunteerRole.VOLUNTEER),
    ...Array<VolunteerRole>(cadres).fill(VolunteerRole.UNION_CADRE),
  ];
  return list.reverse();
}

const VOLUNTEER_COUNTS = [6, 7, 10, 11];
const CADRE_COUNTS = [0, 1, 2, 3];
const grid = VOLUNTEER_COUNTS.flatMap((v) =>
  CADRE_COUNTS.map((c) => [v, c, v >= 7 && v <= 10 && c >= 1 && c <= 2] as const),
);

describe('teamComposition', () => {
  it.each(grid)('%i volunteers + %i cadres: valid = %s', (volunteers, cadres, valid) => {
    expect(teamComposition(roles(volunteers, cadres))).toEqual({
      volunteers,
      cadres,
      size: volunteers + cadres,
      valid,
    });
  });
});

describe('requireValidComposition', () => {
  it.each(grid)('%i volunteers + %i cadres: passes = %s', (volunteers, cadres, valid) => {
    const check = () => requireValidComposition(teamComposition(roles(volunteers, cadres)));
    if (valid) {
      expect(check).not.toThrow();
    } else {
      expectAppError(check, {
        code: ErrorCode.TEAM_COMPOSITION_INVALID,
        field: 'memberIds',
        volunteers,
        cadres,
      });
    }
  });

  it('names the field it is given', () => {
    expectAppError(() => requireValidComposition(teamComposition(roles(6, 1)), 'input.memberIds'), {
      code: ErrorCode.TEAM_COMPOSITION_INVALID,
      field: 'input.memberIds',
    });
  });
});

describe('requireWithinMaximum', () => {
  it.each([
    [0, 0],
    [3, 0],
    [6, 1],
    [10, 0],
    [10, 2],
  ])('lets a forming team of %i volunteers + %i cadres grow', (volunteers, cadres) => {
    expect(() => requireWithinMaximum(teamComposition(roles(volunteers, cadres)))).not.toThrow();
  });

  it.each([
    [11, 1],
    [11, 0],
    [7, 3],
    [0, 3],
  ])('rejects %i volunteers + %i cadres', (volunteers, cadres) => {
    expectAppError(() => requireWithinMaximum(teamComposition(roles(volunteers, cadres))), {
      code: ErrorCode.TEAM_COMPOSITION_INVALID,
      field: 'memberIds',
      volunteers,
      cadres,
    });
  });
});
