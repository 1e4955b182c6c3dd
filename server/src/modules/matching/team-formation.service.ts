import type { DataSource } from 'typeorm';
import { requireUnitAdministration } from '../../core/access';
import type { Actor } from '../../core/actor';
import { ScopeTooLargeError, withHeavyWork, type HeavyWork } from '../../core/heavy-work';
import { entityReader } from '../../core/entity-reader';
import { parseId } from '../../core/validate';
import { Campaign } from '../campaigns/campaign.entity';
import { ServiceTeam, ServiceTeamMember, ServiceTeamStatus } from '../teams/service-team.entity';
import { teamComposition } from '../teams/team-composition';
import { UnitService } from '../units/unit.service';
import { Volunteer } from '../volunteers/volunteer.entity';
import { countCandidates, loadCandidates, loadOpenNeeds } from './matching-data';
import { MATCHING_JOBS } from './matching.jobs';
import { proposeTeams, type TeamFormationInput, type TeamFormationResult } from './team-formation';
import type { TeamFormationProposal } from './team-formation.types';

const CHUNK = 1000;

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
    const result = await withHeavyWork(this.work, () => this.solve(campaign, unitIds));
    const placedIds = result.teams.flatMap((t) => [...t.cadreIds, ...t.volunteerIds]);
    const byId = new Map<number, Volunteer>();
    for (let i = 0; i < placedIds.length; i += CHUNK) {
      const chunk = placedIds.slice(i, i + CHUNK);
      for (const v of await entityReader(this.dataSource, Volunteer).whereIn('id', chunk)) byId.set(v.id, v);
    }
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

  /** Reads the free volunteers and the needed categories, then proposes teams (in a worker when the server gives one). */
  private async solve(campaign: Campaign | undefined, unitIds: number[]): Promise<TeamFormationResult> {
    const manager = this.dataSource.manager;
    if (this.work) {
      const size = await countCandidates(manager, unitIds);
      const maxSize = this.work.settings.maxPlanVolunteers;
      if (size > maxSize)
        throw new ScopeTooLargeError('unitId', 'it holds too many volunteers', size, maxSize);
    }
    const [candidates, needs] = await Promise.all([
      // Teams are formed by category, skill and load: stated availability is weighed per need later.
      // Without a campaign nobody has a load yet: id 0 matches no need.
      loadCandidates(manager, campaign?.id ?? 0, unitIds, undefined, { withoutWindows: true }),
      campaign ? loadOpenNeeds(manager, campaign.id, { pairedUnitIds: unitIds }) : [],
    ]);
    const teamed = await this.teamedVolunteerIds(candidates.map((c) => c.id));
    const free = candidates.filter((c) => c.safetyTrainedOn !== null && !teamed.has(c.id));
    const input: TeamFormationInput = {
      volunteers: free.map((c) => ({
        id: c.id,
        unitId: c.unitId,
        isCadre: c.isCadre,
        categories: c.serviceCategories,
        skills: [...c.skills],
        load: c.load,
      })),
      neededCategories: [...new Set(needs.map((n) => n.category))],
    };
    return this.work
      ? this.work.inWorker<TeamFormationResult>(MATCHING_JOBS, 'teamFormationJob', input)
      : proposeTeams(input);
  }

  /**
   * Which of these volunteers are in a forming or serving team. By the volunteers' ids (an index
   * lookup each) rather than by their units: joined from the teams, MariaDB read every member of
   * every team in the province to find a unit's.
   */
  private async teamedVolunteerIds(volunteerIds: readonly number[]): Promise<Set<number>> {
    const rows: { volunteerId: string | number }[] = [];
    for (let i = 0; i < volunteerIds.length; i += CHUNK) {
      rows.push(
        ...(await this.dataSource.manager
          .getRepository(ServiceTeamMember)
          .createQueryBuilder('member')
          .innerJoin(ServiceTeam, 'team', 'team.id = member.teamId')
          .select('member.volunteerId', 'volunteerId')
          .where('member.volunteerId IN (:...ids)', { ids: volunteerIds.slice(i, i + CHUNK) })
          .andWhere('team.status != :disbanded', { disbanded: ServiceTeamStatus.DISBANDED })
          .getRawMany()),
      );
    }
    return new Set(rows.map((r) => Number(r.volunteerId)));
  }
}
