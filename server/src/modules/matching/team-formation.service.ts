import type { DataSource } from 'typeorm';
import { requireUnitAdministration } from '../../core/access';
import type { Actor } from '../../core/actor';
import { ScopeTooLargeError, withHeavyWork, yieldToEventLoop, type HeavyWork } from '../../core/heavy-work';
import { entityReader } from '../../core/entity-reader';
import { parseId } from '../../core/validate';
import { Campaign } from '../campaigns/campaign.entity';
import { ServiceTeamStatus } from '../teams/service-team.entity';
import { teamComposition } from '../teams/team-composition';
import { UnitService } from '../units/unit.service';
import { Volunteer, VolunteerRole } from '../volunteers/volunteer.entity';
import { campaignLoads, countCandidates, loadOpenNeedCategories } from './matching-data';
import { MATCHING_JOBS } from './matching.jobs';
import { proposeTeams, type TeamFormationInput, type TeamFormationResult } from './team-formation';
import type { TeamFormationProposal } from './team-formation.types';

/** Volunteers read per statement. */
const PAGE = 1000;

/** The team formation assistant; read-only: coordinators create the teams with createServiceTeam. */
export class TeamFormationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
    /** The server's slots and threads for heavy work; without it the proposal runs inline. */
    private readonly work?: HeavyWork,
  ) {}

  /**
   * Teams for a unit and the units under it, from volunteers who are active, safety-trained and in
   * no team that is not disbanded, covering the categories of the open needs of the latest campaign
   * open to those units (the same campaign gives the volunteers' load).
   */
  async propose(unitIdRaw: string): Promise<TeamFormationProposal> {
    const unitId = parseId('unitId', unitIdRaw);
    requireUnitAdministration(this.actor, unitId, 'propose teams');
    const units = new UnitService(this.dataSource, this.actor);
    await units.get(unitId, 'unitId');
    const unitIds = await units.subtreeIds(unitId);
    const manager = this.dataSource.manager;
    const [campaign] = await manager.getRepository(Campaign).find({ order: { year: 'DESC' }, take: 1 });
    // The read is heavy work too: the server's slots bound it with the solve.
    const { free, result } = await withHeavyWork(this.work, async () => {
      const free = await this.freeVolunteers(unitIds);
      return { free, result: await this.solve(campaign, unitIds, free) };
    });
    const byId = new Map(free.map((v) => [v.id, v]));
    return {
      teams: result.teams.map((team) => {
        const cadres = team.cadreIds.map((id) => byId.get(id)!);
        const volunteers = team.volunteerIds.map((id) => byId.get(id)!);
        return {
          unitId: team.unitId,
          cadres,
          volunteers,
          covers: team.covers,
          composition: teamComposition([...cadres, ...volunteers].map((v) => v.role)),
        };
      }),
      uncovered: result.uncovered,
      unplacedVolunteers: result.unplacedVolunteers,
    };
  }

  /**
   * The people teams are formed from: active, safety-trained, in no team that is not disbanded.
   * Whole volunteers, because the proposal shows the ones it places: one read serves both. In pages,
   * with a turn for the event loop between them (on SQLite a statement blocks the loop).
   */
  private async freeVolunteers(unitIds: readonly number[]): Promise<Volunteer[]> {
    if (this.work) {
      const size = await countCandidates(this.dataSource.manager, unitIds);
      const maxSize = this.work.settings.maxPlanVolunteers;
      if (size > maxSize)
        throw new ScopeTooLargeError('unitId', 'it holds too many volunteers', size, maxSize);
    }
    if (unitIds.length === 0) return [];
    // Through the member's volunteer index, one lookup per person: joined from the teams, MariaDB
    // read every member of every team in the province to find a unit's.
    const condition = `active = ? AND safetyTrainedOn IS NOT NULL AND unitId IN (${unitIds.map(() => '?').join(', ')})
      AND NOT EXISTS (SELECT 1 FROM service_team_member member
        INNER JOIN service_team team ON team.id = member.teamId
        WHERE member.volunteerId = volunteer.id AND team.status != ?)`;
    const parameters = [1, ...unitIds, ServiceTeamStatus.DISBANDED];
    const reader = entityReader(this.dataSource, Volunteer);
    const free: Volunteer[] = [];
    for (let after = 0; ;) {
      const page = await reader.page(condition, parameters, after, PAGE);
      free.push(...page);
      if (page.length < PAGE) return free;
      after = page[page.length - 1]!.id;
      await yieldToEventLoop();
    }
  }

  /** Proposes teams of the free volunteers for the needed categories (in a worker when the server gives one). */
  private async solve(
    campaign: Campaign | undefined,
    unitIds: number[],
    free: readonly Volunteer[],
  ): Promise<TeamFormationResult> {
    const manager = this.dataSource.manager;
    // Teams are formed by category, skill and load: stated availability is weighed per need later.
    const [loads, neededCategories] = campaign
      ? await Promise.all([
          campaignLoads(manager, campaign.id),
          loadOpenNeedCategories(manager, campaign.id, { pairedUnitIds: unitIds }),
        ])
      : // Without a campaign nobody has a load and nothing is needed yet.
        [new Map<number, number>(), []];
    const input: TeamFormationInput = {
      volunteers: free.map((v) => ({
        id: v.id,
        unitId: v.unitId,
        isCadre: v.role === VolunteerRole.UNION_CADRE,
        categories: v.serviceCategories,
        skills: v.skills,
        load: loads.get(v.id) ?? 0,
      })),
      neededCategories,
    };
    return this.work
      ? this.work.inWorker<TeamFormationResult>(MATCHING_JOBS, 'teamFormationJob', input)
      : proposeTeams(input);
  }
}
