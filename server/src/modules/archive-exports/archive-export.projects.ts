import { In, type EntityManager, type EntityTarget, type FindOptionsWhere } from 'typeorm';
import { ProjectPost, ServiceProject } from '../projects/service-project.entity';
import { Site } from '../sites/site.entity';
import { ServiceTeam } from '../teams/service-team.entity';
import { Volunteer } from '../volunteers/volunteer.entity';
import {
  beneficiaryCell,
  categoryCell,
  checkProject,
  exportCells,
  type RuleIssue,
} from './archive-export.rules';
import { RowWriter } from '../../core/row-writer';
import { ArchiveExportProject } from './archive-export.entity';

/**
 * The projects of a batch, read while the export holds its unit locks: for the rules checked
 * once per project and for part 3 (项目信息). They are read a chunk of ids at a time, never one
 * query per project, so a scope of a few thousand projects keeps the locks for a few reads.
 */

/** Ids per `IN (…)`: far under SQLite's parameter limit and MariaDB's packet. */
const IDS_PER_QUERY = 500;

export class BatchProjects {
  private readonly projects = new Map<number, ServiceProject>();
  private readonly issues = new Map<number, RuleIssue[]>();

  constructor(private readonly manager: EntityManager) {}

  /** Reads the projects among `ids` not read yet (none, when they all are). */
  async load(ids: Iterable<number>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.projects.has(id));
    for (const project of (await this.byId(ServiceProject, missing)).values()) {
      this.projects.set(project.id, project);
    }
  }

  /** The project-level rules a loaded project breaks; every row of the project carries them. */
  issuesOf(projectId: number): RuleIssue[] {
    let found = this.issues.get(projectId);
    if (!found) {
      found = checkProject(this.project(projectId));
      this.issues.set(projectId, found);
    }
    return found;
  }

  /**
   * Part 3: each loaded project of `projectIds` (in that order) with its categories, people
   * served, dates, area, contact and posts, stored on the batch.
   */
  async saveRows(exportId: number, projectIds: number[]): Promise<void> {
    const projects = projectIds.map((id) => this.project(id));
    const teams = await this.byId(
      ServiceTeam,
      projects.map((project) => project.teamId),
    );
    const sites = await this.byId(
      Site,
      projects.map((project) => project.siteId),
    );
    const leaders = await this.byId(
      Volunteer,
      [...teams.values()].flatMap((team) => (team.leaderId ? [team.leaderId] : [])),
    );
    const posts = await this.postsOf(projectIds);
    const rows = new RowWriter(this.manager, ArchiveExportProject, { rowsPerBatch: 250 });
    let position = 0;
    for (const project of projects) {
      const team = found(teams, project.teamId, 'team');
      const site = found(sites, project.siteId, 'site');
      const leader = team.leaderId ? (leaders.get(team.leaderId) ?? null) : null;
      const cells = exportCells([
        project.name,
        categoryCell(project.nationalCategoryCodes),
        beneficiaryCell(project.beneficiaryCodes),
        project.startsOn,
        project.endsOn,
        project.areaCode,
        site.name,
        leader?.name ?? site.contactName ?? '',
        leader?.mobile ?? site.contactPhone ?? '',
        (posts.get(project.id) ?? []).map((post) => post.name).join('、'),
        team.name,
      ]);
      await rows.add({ exportId, position: ++position, projectId: project.id, cells: JSON.stringify(cells) });
    }
    await rows.flush();
  }

  private project(id: number): ServiceProject {
    return found(this.projects, id, 'project');
  }

  private async byId<T extends { id: number }>(
    entity: EntityTarget<T>,
    ids: readonly number[],
  ): Promise<Map<number, T>> {
    const rows = new Map<number, T>();
    for (const chunk of chunks([...new Set(ids)])) {
      const where = { id: In(chunk) } as FindOptionsWhere<T>;
      for (const row of await this.manager.getRepository(entity).findBy(where)) rows.set(row.id, row);
    }
    return rows;
  }

  /** Each project's posts in id order. */
  private async postsOf(projectIds: readonly number[]): Promise<Map<number, ProjectPost[]>> {
    const posts = new Map<number, ProjectPost[]>();
    for (const chunk of chunks(projectIds)) {
      const found = await this.manager
        .getRepository(ProjectPost)
        .find({ where: { projectId: In(chunk) }, order: { id: 'ASC' } });
      for (const post of found) {
        const ofProject = posts.get(post.projectId);
        if (ofProject) ofProject.push(post);
        else posts.set(post.projectId, [post]);
      }
    }
    return posts;
  }
}

/** A row the database must hold (a foreign key points at it): missing, the batch must not be made. */
function found<T>(rows: ReadonlyMap<number, T>, id: number, what: string): T {
  const row = rows.get(id);
  if (row === undefined) throw new Error(`archive export: ${what} ${id} not found`);
  return row;
}

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += IDS_PER_QUERY) result.push(items.slice(i, i + IDS_PER_QUERY));
  return result;
}
