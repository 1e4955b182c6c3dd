import { BadInputError } from '../../core/errors';
import { chinaDayEnd, chinaDayStart } from '../../core/time';
import {
  optionalText,
  requireInstantInBounds,
  requireInt,
  requireOrder,
  requireText,
  uniqueValues,
} from '../../core/validate';
import type { Campaign } from '../campaigns/campaign.entity';
import type { BeneficiaryGroup } from '../code-lists/beneficiary-group';
import type { ServiceCategory } from '../code-lists/service-category';
import { TEAM_RULE } from '../teams/team-composition';

export interface ServiceNeedFields {
  title: string;
  description: string | null;
  category: ServiceCategory;
  requiredSkills: string[];
  headcount: number;
  servedByTeam: boolean;
  startsAt: Date;
  endsAt: Date;
  beneficiaryGroups: BeneficiaryGroup[];
  beneficiaryCount: number;
}

export const MAX_NEED_HEADCOUNT = 500;

/** The sizes a team can have under the composition rule: a team-served need's headcount must be one. */
export const TEAM_SIZE = {
  min: TEAM_RULE.minVolunteers + TEAM_RULE.minCadres,
  max: TEAM_RULE.maxVolunteers + TEAM_RULE.maxCadres,
} as const;

/** Checks a whole need (pure), shared by the API and the seeders. */
export function normaliseServiceNeed(input: Partial<ServiceNeedFields>): ServiceNeedFields {
  if (!input.category) throw new BadInputError('category', 'category is required');
  if (!input.startsAt) throw new BadInputError('startsAt', 'startsAt is required');
  if (!input.endsAt) throw new BadInputError('endsAt', 'endsAt is required');
  requireInstantInBounds('startsAt', input.startsAt);
  requireInstantInBounds('endsAt', input.endsAt);
  requireOrder('startsAt', 'endsAt', input.startsAt, input.endsAt);
  const skills = (input.requiredSkills ?? []).map((skill, i) =>
    requireText(`requiredSkills[${i}]`, skill, { max: 30 }),
  );
  if (skills.length > 20)
    throw new BadInputError('requiredSkills', 'requiredSkills may list at most 20 skills');
  const headcount = requireInt('headcount', input.headcount, { min: 1, max: MAX_NEED_HEADCOUNT });
  const servedByTeam = input.servedByTeam ?? false;
  if (servedByTeam && (headcount < TEAM_SIZE.min || headcount > TEAM_SIZE.max)) {
    throw new BadInputError(
      'headcount',
      `a need served by a team takes a whole team: its headcount must be ${TEAM_SIZE.min}–${TEAM_SIZE.max}`,
    );
  }
  return {
    title: requireText('title', input.title, { max: 100 }),
    description: optionalText('description', input.description, { max: 2000, multiline: true }),
    category: input.category,
    requiredSkills: uniqueValues('requiredSkills', skills),
    headcount,
    servedByTeam,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    beneficiaryGroups: uniqueValues('beneficiaryGroups', input.beneficiaryGroups ?? []),
    beneficiaryCount: requireInt('beneficiaryCount', input.beneficiaryCount ?? 0, {
      min: 0,
      max: 10_000_000,
    }),
  };
}

/**
 * A need is served during its campaign: its window lies within the campaign's dates, read as whole
 * days in China time (startsOn 00:00 to the end of endsOn, 24:00), so a need may end exactly at
 * midnight after the last day. The field at fault is startsAt when the need starts too early,
 * endsAt otherwise. Pure, shared by the API and the seeders.
 */
export function requireWithinCampaign(
  window: Pick<ServiceNeedFields, 'startsAt' | 'endsAt'>,
  campaign: Pick<Campaign, 'startsOn' | 'endsOn'>,
): void {
  const dates = `${campaign.startsOn} – ${campaign.endsOn}, China time`;
  if (window.startsAt.getTime() < chinaDayStart(campaign.startsOn).getTime()) {
    throw new BadInputError(
      'startsAt',
      `a need must lie within its campaign (${dates}): it starts before ${campaign.startsOn}`,
    );
  }
  if (window.endsAt.getTime() > chinaDayEnd(campaign.endsOn).getTime()) {
    throw new BadInputError(
      'endsAt',
      `a need must lie within its campaign (${dates}): it ends after ${campaign.endsOn}`,
    );
  }
}
