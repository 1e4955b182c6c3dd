import { registerEnumType } from 'type-graphql';
import type { AssignmentHistory } from '../assignments/assignment.rules';
import { MATCHING_RULE_LABELS } from '../code-lists/labels';
import type { ServiceCategory } from '../code-lists/service-category';
import type { Candidate, OpenNeed } from './matching-data';
import type { Weights } from './matching-weights';
import { planningRefusals, type PlanningRule } from './planning-rules';
import { scorePair, scoreTotal, type Score } from './scoring';

/**
 * Why matching leaves a person out of a need: every test `loadOpenNeeds` and `candidateEdges`
 * apply, so an explanation names the rule the planner actually used.
 */
export enum MatchingRule {
  NO_OPEN_PLACES = 'NO_OPEN_PLACES',
  CATEGORY_NOT_OFFERED = 'CATEGORY_NOT_OFFERED',
  INACTIVE = 'INACTIVE',
  NO_SAFETY_TRAINING = 'NO_SAFETY_TRAINING',
  DECLINED_BEFORE = 'DECLINED_BEFORE',
  ALREADY_ASSIGNED = 'ALREADY_ASSIGNED',
  DOUBLE_BOOKED = 'DOUBLE_BOOKED',
  CANCELLED_BY_COORDINATOR = 'CANCELLED_BY_COORDINATOR',
  OUTSIDE_AVAILABILITY = 'OUTSIDE_AVAILABILITY',
  ZERO_SCORE = 'ZERO_SCORE',
}

// Every rule of planningRefusals must have a value here: a new one fails to compile until it does.
const coversPlanningRules: PlanningRule extends `${MatchingRule}` ? true : never = true;
void coversPlanningRules;

/** The Chinese label of each rule (the shared labels table, as the console shows it) and what it means. */
export const MATCHING_RULE_INFO: Readonly<Record<MatchingRule, { label: string; description: string }>> = {
  NO_OPEN_PLACES: {
    label: MATCHING_RULE_LABELS.NO_OPEN_PLACES,
    description: 'every place of the need is taken or held by a proposal, so nobody is suggested for it',
  },
  CATEGORY_NOT_OFFERED: {
    label: MATCHING_RULE_LABELS.CATEGORY_NOT_OFFERED,
    description: 'the volunteer does not offer the need’s service category',
  },
  INACTIVE: { label: MATCHING_RULE_LABELS.INACTIVE, description: 'the volunteer is no longer serving' },
  NO_SAFETY_TRAINING: {
    label: MATCHING_RULE_LABELS.NO_SAFETY_TRAINING,
    description: 'the volunteer has no safety training (安全培训) on record',
  },
  DECLINED_BEFORE: {
    label: MATCHING_RULE_LABELS.DECLINED_BEFORE,
    description: 'the volunteer declined this need before',
  },
  ALREADY_ASSIGNED: {
    label: MATCHING_RULE_LABELS.ALREADY_ASSIGNED,
    description: 'the volunteer is already proposed, confirmed or accepted for this need',
  },
  DOUBLE_BOOKED: {
    label: MATCHING_RULE_LABELS.DOUBLE_BOOKED,
    description: 'the volunteer is booked for another need at an overlapping time',
  },
  CANCELLED_BY_COORDINATOR: {
    label: MATCHING_RULE_LABELS.CANCELLED_BY_COORDINATOR,
    description:
      'the coordinator cancelled the volunteer for this need; matching does not put them back on its own',
  },
  OUTSIDE_AVAILABILITY: {
    label: MATCHING_RULE_LABELS.OUTSIDE_AVAILABILITY,
    description:
      'the volunteer’s stated availability does not cover the whole of the need’s time (not applied with includeUnavailable)',
  },
  ZERO_SCORE: {
    label: MATCHING_RULE_LABELS.ZERO_SCORE,
    description: 'the weighted score is 0 with the weights used',
  },
};

registerEnumType(MatchingRule, {
  name: 'MatchingRule',
  description: 'A rule by which matching leaves a volunteer out of a need.',
  valuesConfig: Object.fromEntries(
    Object.entries(MATCHING_RULE_INFO).map(([rule, info]) => [
      rule,
      { description: `${info.label}: ${info.description}.` },
    ]),
  ),
});

/** The need as an explanation sees it: its own fields, and as planning loads it while it has places. */
export interface ExplainedNeed {
  id: number;
  category: ServiceCategory;
  startsAt: Date;
  endsAt: Date;
  /** As `loadOpenNeeds` gives it; absent when it has no open place (it then leaves it out). */
  open: OpenNeed | undefined;
}

/**
 * Every rule by which matching leaves this person out of this need, in a fixed order (empty: they
 * are a candidate, ranked by their score), with the exact score when the need has places to score
 * for. The same tests, from the same functions, as `loadOpenNeeds` and `candidateEdges`: the need
 * has an open place, the person offers its category, `planningRefusals` (what `plannable` decides
 * by), and a score above 0 (`scoreTotal`).
 */
export function matchingRefusals(
  volunteer: Candidate,
  need: ExplainedNeed,
  history: AssignmentHistory | undefined,
  weights: Weights,
  includeUnavailable: boolean,
): { rules: MatchingRule[]; score: Score | null } {
  const rules: MatchingRule[] = [];
  if (!need.open) rules.push(MatchingRule.NO_OPEN_PLACES);
  // candidateEdges indexes people by the categories they offer: others are never weighed.
  if (!volunteer.serviceCategories.includes(need.category)) rules.push(MatchingRule.CATEGORY_NOT_OFFERED);
  for (const rule of planningRefusals(volunteer, need, history, includeUnavailable)) {
    rules.push(MatchingRule[rule]);
  }
  if (!need.open) return { rules, score: null };
  if (scoreTotal(volunteer, need.open, weights) <= 0) rules.push(MatchingRule.ZERO_SCORE);
  return { rules, score: scorePair(volunteer, need.open, weights) };
}
