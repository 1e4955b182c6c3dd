// About 500 lines: the four ways into matching (suggestions, explanations, the unit plan, proposing
// it), sharing one way of loading a campaign's needs and people; the solvers are files of their own.
import { performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { administersUnit, isAdmin, requireAdmin, requireRole } from '../../core/access';
import { ForbiddenError, Role, type Actor } from '../../core/actor';
import { AppError, BadInputError, NotFoundError } from '../../core/errors';
import { ScopeTooLargeError, withHeavyWork, type HeavyWork } from '../../core/heavy-work';
import type { EventPublisher } from '../../core/pubsub';
import { AuditAction, recordAudit } from '../../core/audit';
import { optionalId, parseId, requireAreaCode } from '../../core/validate';
import { loadAssignmentHistory } from '../assignments/assignment-history';
import type { ProposalGroup } from '../assignments/assignment-proposals';
import { AssignmentService } from '../assignments/assignment.service';
import type { ServiceCategory } from '../code-lists/service-category';
import { Campaign } from '../campaigns/campaign.entity';
import { ServiceNeed, ServiceNeedStatus } from '../needs/service-need.entity';
import { Unit } from '../units/unit.entity';
import { UnitService } from '../units/unit.service';
import {
  countCandidates,
  loadCandidates,
  loadCandidateTeams,
  loadNeedsInScope,
  loadOpenNeeds,
  type CandidateFilter,
  type NeedScope,
} from './matching-data';
import type { MatchingExplanation, MatchSuggestions } from './matching-explanation.types';
import { matchingRefusals } from './matching-rules';
import { MATCHING_JOBS } from './matching.jobs';
import { resolveWeights, type Weights } from './matching-weights';
import {
  MatchingSolver,
  type MatchingPlan,
  type MatchingScopeInput,
  type MatchSuggestion,
} from './matching.types';
import type { CadreRule } from './joint-model';
import { DEFAULT_SOLVE_LIMITS } from './joint-solver';
import { mean, percentile } from './gini';
import { candidateEdges, planAssignments, type Plan, type PlanInput } from './planner';
import { scorePair, withRoundedDistance, type Score } from './scoring';
import { seesHomeLocation } from '../volunteers/volunteer.access';

const MAX_SUGGESTIONS = 100;

/** How a plan may bend its rules, when the coordinator asks. */
export interface PlanRules {
  /** Also weigh people whose stated availability does not cover a need's time. */
  includeUnavailable?: boolean;
  /** Union cadres as a goal (bonus) or a requirement; neither by default. */
  cadres?: { bonus?: number | null; required?: boolean | null; per?: 'NEED' | 'SITE_DAY' | null } | null;
}

/** The largest cadre bonus a plan takes: ten times the best pair's score. */
export const MAX_CADRE_BONUS = 10;

function cadreRule(input: PlanRules['cadres']): CadreRule {
  const bonus = input?.bonus ?? 0;
  if (!Number.isFinite(bonus) || bonus < 0 || bonus > MAX_CADRE_BONUS) {
    throw new BadInputError('cadres.bonus', `the cadre bonus must be between 0 and ${MAX_CADRE_BONUS}`);
  }
  return { bonus, required: input?.required === true, per: input?.per ?? 'NEED' };
}

/** Proposals per transaction when a plan is proposed: tens of milliseconds of writing on SQLite. */
export const PROPOSALS_PER_TRANSACTION = 200;

/** Groups in order, in batches of about `size` volunteers; a group is never split. */
export function proposalBatches<T extends { volunteerIds: readonly unknown[] }>(
  groups: readonly T[],
  size: number,
): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let count = 0;
  for (const group of groups) {
    if (current.length > 0 && count + group.volunteerIds.length > size) {
      out.push(current);
      current = [];
      count = 0;
    }
    current.push(group);
    count += group.volunteerIds.length;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Suggestions and plans; read-only: proposals are made through the assignments module. */
export class MatchingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
    /** Where the events of committed writes go (subscriptions); none outside the server. */
    private readonly events?: EventPublisher,
    /** The server's slots and threads for heavy work; without it (CLI, benchmarks) plans run inline, unbounded. */
    private readonly work?: HeavyWork,
  ) {}

  /** Volunteers the caller could propose for one need, best first, each score explained. */
  async suggestions(
    needIdRaw: string,
    limit = 20,
    weightsInput?: Partial<Weights> | null,
    rules: PlanRules = {},
  ): Promise<MatchSuggestion[]> {
    return (await this.rankedSuggestions(needIdRaw, limit, weightsInput, rules, false)).suggestions;
  }

  /**
   * The suggestions of `suggestions`, worked out by the same call, with the weights used and
   * everyone in scope offering the need's category who is not a candidate, with the rules why.
   */
  explainedSuggestions(
    needIdRaw: string,
    limit = 20,
    weightsInput?: Partial<Weights> | null,
    rules: PlanRules = {},
  ): Promise<MatchSuggestions> {
    return this.rankedSuggestions(needIdRaw, limit, weightsInput, rules, true);
  }

  private async rankedSuggestions(
    needIdRaw: string,
    limit: number,
    weightsInput: Partial<Weights> | null | undefined,
    rules: PlanRules,
    explain: boolean,
  ): Promise<MatchSuggestions> {
    requireRole(this.actor, [Role.PROVINCIAL_ADMIN, Role.UNIT_COORDINATOR], 'ask for matching suggestions');
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUGGESTIONS) {
      throw new BadInputError('limit', `limit must be between 1 and ${MAX_SUGGESTIONS}`);
    }
    const need = await this.openNeed(parseId('needId', needIdRaw));
    const input = await withHeavyWork(this.work, () =>
      this.load(
        need.campaignId,
        this.suggestionScope(),
        { needIds: [need.id] },
        weightsInput,
        need.category,
        // Planning never reads people who stopped serving; an explanation says they were left out.
        { includeInactive: explain },
      ),
    );
    input.includeUnavailable = rules.includeUnavailable === true;
    const edges = candidateEdges(input);
    const idOf = (i: number) => input.candidates[edges.volunteer[i]!]!.id;
    const suggestions = Array.from(edges.score.keys())
      .sort((a, b) => edges.score[b]! - edges.score[a]! || idOf(a) - idOf(b))
      .slice(0, limit)
      .map((i) => {
        const candidate = input.candidates[edges.volunteer[i]!]!;
        const score = this.shown(
          candidate,
          scorePair(candidate, input.needs[edges.need[i]!]!, input.weights),
          input.weights,
        );
        return {
          volunteerId: idOf(i),
          needId: need.id,
          score: score.total,
          parts: score.parts,
          distanceKm: score.distanceKm,
          teamId: null,
        };
      });
    if (!explain) return { suggestions, weights: input.weights, refused: [] };
    // Who was left out is what candidateEdges left out; the rules say why, and must agree with it.
    const weighed = new Set(Array.from(edges.volunteer, (index) => input.candidates[index]!.id));
    const explained = { ...need, open: input.needs[0] };
    const refused = input.candidates
      .map((candidate) => {
        const { rules: broken } = matchingRefusals(
          candidate,
          explained,
          input.histories.get(candidate.id),
          input.weights,
          input.includeUnavailable === true,
        );
        if (weighed.has(candidate.id) !== (broken.length === 0)) {
          throw new Error(
            `matching rules disagree with the planner on volunteer ${candidate.id} for need ${need.id}`,
          );
        }
        return { volunteerId: candidate.id, rules: broken };
      })
      .filter((r) => r.rules.length > 0)
      .sort((a, b) => a.volunteerId - b.volunteerId);
    return { suggestions, weights: input.weights, refused };
  }

  /**
   * Why matching would or would not weigh one volunteer for one need: the rules that leave them
   * out and their score, from the same functions as suggestions. The same access as suggestions:
   * null, as for an unknown id, when the volunteer is outside the caller's scope.
   */
  async explanation(
    needIdRaw: string,
    volunteerIdRaw: string,
    weightsInput?: Partial<Weights> | null,
    rules: PlanRules = {},
  ): Promise<MatchingExplanation | null> {
    requireRole(this.actor, [Role.PROVINCIAL_ADMIN, Role.UNIT_COORDINATOR], 'ask for matching suggestions');
    const needId = parseId('needId', needIdRaw);
    const volunteerId = parseId('volunteerId', volunteerIdRaw);
    const need = await this.openNeed(needId);
    const weights = await this.campaignWeights(need.campaignId, weightsInput);
    const manager = this.dataSource.manager;
    const [candidate] = await loadCandidates(manager, need.campaignId, this.suggestionScope(), undefined, {
      includeInactive: true,
      volunteerIds: [volunteerId],
    });
    // Someone else's volunteer answers as an unknown one: ids are not to be probed.
    if (!candidate) return null;
    const [open] = await loadOpenNeeds(manager, need.campaignId, { needIds: [need.id] });
    const histories = await loadAssignmentHistory(manager, [candidate.id]);
    const includeUnavailable = rules.includeUnavailable === true;
    const { rules: broken, score } = matchingRefusals(
      candidate,
      { ...need, open },
      histories.get(candidate.id),
      weights,
      includeUnavailable,
    );
    const shown = score && this.shown(candidate, score, weights);
    return {
      volunteerId: candidate.id,
      needId: need.id,
      eligible: broken.length === 0,
      rules: broken,
      score: shown ? shown.total : null,
      parts: shown ? shown.parts : null,
      distanceKm: shown ? shown.distanceKm : null,
      weights,
    };
  }

  /** The volunteers suggestions weigh: a coordinator's units (theirs and those under it), or all. */
  private suggestionScope(): number[] | null {
    return isAdmin(this.actor) ? null : [...this.actor.unitIds];
  }

  /** A need that takes volunteers: NOT_FOUND when unknown, BAD_USER_INPUT when no longer open. */
  private async openNeed(
    needId: number,
  ): Promise<Pick<ServiceNeed, 'id' | 'campaignId' | 'category' | 'startsAt' | 'endsAt'>> {
    const need = await this.dataSource.getRepository(ServiceNeed).findOneBy({ id: needId });
    if (!need) throw new NotFoundError('ServiceNeed', needId, 'needId');
    if (need.status !== ServiceNeedStatus.OPEN) {
      throw new BadInputError('needId', `the need is ${need.status}: only open needs take volunteers`);
    }
    const { id, campaignId, category, startsAt, endsAt } = need;
    return { id, campaignId, category, startsAt, endsAt };
  }

  /** The best plan for a campaign and scope, as the actor may see it; nothing is written. */
  async plan(
    campaignIdRaw: string,
    scope: MatchingScopeInput = {},
    weightsInput?: Partial<Weights> | null,
    method: 'optimal' | 'greedy' = 'optimal',
    rules: PlanRules = {},
  ): Promise<MatchingPlan> {
    return (await this.planExactly(campaignIdRaw, scope, weightsInput, method, rules)).shown;
  }

  /** The plan with exact scores (what proposals store) and as shown to the actor. */
  private async planExactly(
    campaignIdRaw: string,
    scope: MatchingScopeInput,
    weightsInput: Partial<Weights> | null | undefined,
    method: 'optimal' | 'greedy' = 'optimal',
    rules: PlanRules = {},
  ): Promise<{ exact: MatchingPlan; shown: MatchingPlan }> {
    const started = performance.now();
    const campaignId = parseId('campaignId', campaignIdRaw);
    const cadres = cadreRule(rules.cadres);
    const { unitIds, needScope } = await this.resolveScope(scope);
    // The slot is held from the first read to the answer: it bounds the memory of plans in flight.
    const { plan, input } = await withHeavyWork(this.work, async () => {
      const input = await this.load(campaignId, unitIds, needScope, weightsInput);
      input.includeUnavailable = rules.includeUnavailable === true;
      input.cadres = cadres;
      if (this.work) {
        input.limits = {
          ...DEFAULT_SOLVE_LIMITS,
          timeLimitSeconds: this.work.settings.maxPlanSolveSeconds,
          maxMipColumns: this.work.settings.maxPlanMipColumns,
        };
      }
      const solved = this.work
        ? await this.work.inWorker<Plan>(MATCHING_JOBS, 'planJob', {
            input: { ...input, maxPairs: this.work.settings.maxPlanPairs },
            method,
          })
        : await planAssignments(input, method);
      return { plan: solved, input };
    });
    const byId = new Map(input.candidates.map((c) => [c.id, c]));
    const suggestion = (pair: (typeof plan.pairs)[number], score: Score): MatchSuggestion => ({
      volunteerId: pair.volunteerId,
      needId: pair.needId,
      score: score.total,
      parts: score.parts,
      distanceKm: score.distanceKm,
      teamId: pair.teamId ?? null,
    });
    const proven = plan.metrics.solver !== 'GREEDY';
    const metrics = {
      ...plan.metrics,
      solver: plan.metrics.solver as MatchingSolver,
      objectiveBound: proven ? plan.metrics.objectiveBound : null,
      optimalityGap: proven ? plan.metrics.optimalityGap : null,
      solveMillis: performance.now() - started,
    };
    const exact = {
      assignments: plan.pairs.map((pair) => suggestion(pair, pair.score)),
      metrics,
      weights: input.weights,
    };
    const shownScores = plan.pairs.map((pair) =>
      this.shown(byId.get(pair.volunteerId)!, pair.score, input.weights),
    );
    if (shownScores.every((score, i) => score === plan.pairs[i]!.score)) return { exact, shown: exact };
    // Aggregates of one or two pairs would give the exact distances back, so they follow the rounding.
    const distances = shownScores.map((s) => s.distanceKm).filter((d): d is number => d !== null);
    const shownTotal = shownScores.reduce((sum, s) => sum + s.total, 0);
    return {
      exact,
      shown: {
        assignments: plan.pairs.map((pair, i) => suggestion(pair, shownScores[i]!)),
        metrics: {
          ...metrics,
          meanDistanceKm: distances.length ? mean(distances) : null,
          p95DistanceKm: distances.length ? percentile(distances, 95) : null,
          totalScore: shownTotal,
          // The objective and its bound move with the rounded scores; the proven distance between them stays.
          objective: metrics.objective + (shownTotal - metrics.totalScore),
          objectiveBound:
            metrics.objectiveBound === null
              ? null
              : metrics.objectiveBound + (shownTotal - metrics.totalScore),
        },
        weights: input.weights,
      },
    };
  }

  /** Exact for those who may see the volunteer's home (seesHomeLocation), distance rounded for others. */
  private shown(candidate: { id: number; unitId: number }, score: Score, weights: Weights): Score {
    return seesHomeLocation(this.actor, candidate) ? score : withRoundedDistance(score, weights);
  }

  /**
   * Plans the scope and proposes the plan: only open places are filled, so after a decline or a
   * new need the existing proposals and assignments stay as they are and the plan is the repair.
   *
   * Written need by need in transactions of at most PROPOSALS_PER_TRANSACTION proposals (a need's
   * proposals are all or none), with other requests served between them: on SQLite a transaction
   * holds the one connection and the event loop, and a province plan has thousands of proposals.
   * Should one fail (the world changed since the plan was solved), the proposals before it stay;
   * the error says how many (`extensions.proposedBefore`), and proposing again fills the rest.
   */
  async proposePlan(
    campaignIdRaw: string,
    scope: MatchingScopeInput = {},
    weightsInput?: Partial<Weights> | null,
    rules: PlanRules = {},
  ): Promise<MatchingPlan> {
    const { exact: plan, shown } = await this.planExactly(
      campaignIdRaw,
      scope,
      weightsInput,
      'optimal',
      rules,
    );
    if (rules.includeUnavailable) {
      // The override is the coordinator's decision: the trail says who asked for it, and for what.
      await this.dataSource.transaction((manager) =>
        recordAudit(manager, this.actor, {
          action: AuditAction.CREATE,
          entityType: 'MatchingPlanProposal',
          entityId: campaignIdRaw,
          after: {
            includeUnavailable: true,
            scope,
            plannedPlaces: plan.metrics.plannedPlaces,
            outsideAvailability: plan.metrics.plannedPlaces - plan.metrics.availablePlaces,
          },
        }),
      );
    }
    const byNeed = new Map<number, ProposalGroup & { scores: number[]; volunteerIds: number[] }>();
    for (const pair of plan.assignments) {
      let group = byNeed.get(pair.needId);
      if (!group) byNeed.set(pair.needId, (group = { needId: pair.needId, volunteerIds: [], scores: [] }));
      group.volunteerIds.push(pair.volunteerId);
      group.scores.push(pair.score);
    }
    const assignments = new AssignmentService(this.dataSource, this.actor, this.events);
    const now = new Date();
    let proposed = 0;
    for (const batch of proposalBatches([...byNeed.values()], PROPOSALS_PER_TRANSACTION)) {
      try {
        await assignments.proposeMany(batch, now); // its events are published as it commits
      } catch (error) {
        if (proposed > 0 && error instanceof AppError) {
          error.message += ` (the plan's first ${proposed} proposals were made before this: propose the plan again to fill the rest)`;
          error.extensions.proposedBefore = proposed;
        }
        throw error;
      }
      proposed += batch.reduce((sum, group) => sum + group.volunteerIds.length, 0);
      await setImmediate(); // lets waiting requests run between transactions
    }
    return shown;
  }

  /** The weights given with a request over the campaign's own (NOT_FOUND for an unknown campaign). */
  private async campaignWeights(
    campaignId: number,
    weightsInput?: Partial<Weights> | null,
  ): Promise<Weights> {
    const campaign = await this.dataSource.getRepository(Campaign).findOneBy({ id: campaignId });
    if (!campaign) throw new NotFoundError('Campaign', campaignId, 'campaignId');
    return resolveWeights(weightsInput, resolveWeights(campaign.matchingWeights));
  }

  private async load(
    campaignId: number,
    unitIds: number[] | null,
    needScope: NeedScope,
    weightsInput?: Partial<Weights> | null,
    category?: ServiceCategory,
    filter: CandidateFilter = {},
  ): Promise<PlanInput> {
    const weights = await this.campaignWeights(campaignId, weightsInput);
    const manager = this.dataSource.manager;
    if (this.work) {
      // Counted before anything is read, so a scope too large costs one COUNT.
      const size = await countCandidates(manager, unitIds, category, filter);
      const maxSize = this.work.settings.maxPlanVolunteers;
      if (size > maxSize) {
        throw new ScopeTooLargeError(
          category ? 'needId' : 'scope',
          'it holds too many volunteers',
          size,
          maxSize,
        );
      }
    }
    // The needs first: a plan reads only the availability windows that meet the needs' times.
    const needsInScope = await loadNeedsInScope(manager, campaignId, needScope);
    const open = needsInScope.filter((need) => need.openPlaces > 0);
    const span =
      category || open.length === 0
        ? undefined
        : {
            from: new Date(open.reduce((min, n) => Math.min(min, +n.startsAt), Infinity)),
            to: new Date(open.reduce((max, n) => Math.max(max, +n.endsAt), -Infinity)),
          };
    const [candidates, teams] = await Promise.all([
      loadCandidates(manager, campaignId, unitIds, category, { ...filter, windowsOverlapping: span }),
      // One-need suggestions rank people; only plans place whole teams.
      category ? [] : loadCandidateTeams(manager, unitIds),
    ]);
    const histories = await loadAssignmentHistory(
      manager,
      unitIds === null && !category ? 'all' : candidates.map((c) => c.id),
    );
    const needs = open;
    const fullyHeldPlaces = needsInScope
      .filter((need) => need.openPlaces === 0)
      .reduce((sum, need) => sum + (need.headcount ?? 0), 0);
    return { needs, candidates, histories, weights, teams, fullyHeldPlaces };
  }

  /** Which volunteers and needs a scope covers, and whether the caller may plan it. */
  private async resolveScope(
    scope: MatchingScopeInput,
  ): Promise<{ unitIds: number[] | null; needScope: NeedScope }> {
    const scopeUnitId = optionalId('scope.unitId', scope.unitId);
    const cityCode =
      scope.cityCode === undefined || scope.cityCode === null
        ? null
        : requireAreaCode('scope.cityCode', scope.cityCode);
    if (scopeUnitId !== null && cityCode !== null) {
      throw new BadInputError('scope', 'plan for a unit or for a city, not both');
    }
    if (scopeUnitId !== null) {
      const unitId = scopeUnitId;
      if (!administersUnit(this.actor, unitId)) {
        throw new ForbiddenError(
          'you may only plan for your own unit and the units under it',
          'scope.unitId',
        );
      }
      await new UnitService(this.dataSource, this.actor).get(unitId, 'scope.unitId');
      const unitIds = await new UnitService(this.dataSource, this.actor).subtreeIds(unitId);
      return { unitIds, needScope: { pairedUnitIds: unitIds } };
    }
    requireAdmin(this.actor, 'plan for a whole city or the province');
    if (cityCode !== null) {
      const units = await this.dataSource.getRepository(Unit).findBy({ cityCode });
      return { unitIds: units.map((u) => u.id), needScope: { cityCode } };
    }
    return { unitIds: null, needScope: {} };
  }
}
