import { holdingConnection } from '../../core/sqlite-guard';
import { In, LessThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { administersUnit, isAdmin, requireAdmin } from '../../core/access';
import { ForbiddenError, Role, type Actor } from '../../core/actor';
import { recordAudit, saveAudited } from '../../core/audit';
import { AuditAction } from '../../core/audit-event.entity';
import { AppError, BadInputError, ConflictError, ErrorCode, NotFoundError } from '../../core/errors';
import { transactionWithEvents, type EventPublisher } from '../../core/pubsub';
import { chinaDate, chinaToday } from '../../core/time';
import { parseId, uniqueValues } from '../../core/validate';
import { Campaign, MilestoneKind, ReportingMilestone } from '../campaigns/campaign.entity';
import { ServiceProject } from '../projects/service-project.entity';
import { Site } from '../sites/site.entity';
import { ServiceTeam, ServiceTeamMember } from '../teams/service-team.entity';
import { Unit, UnitKind } from '../units/unit.entity';
import { UnitService } from '../units/unit.service';
import { Volunteer } from '../volunteers/volunteer.entity';
import { projectSupportUpTo, projectServiceUpTo, provinceTotalsUpTo } from './report-figures';
import { StatusReport, StatusReportProgress, StatusReportStatus } from './status-report.entity';
import { STATUS_REPORT_SUBMITTED, statusReportSubmittedEvent } from './status-report.events';
import {
  isOverdue,
  normaliseProgressText,
  normaliseProjectProgressText,
  reportAsOf,
} from './status-report.rules';
import {
  ReportFilingState,
  type StatusReportOverview,
  type StatusReportRow,
  type UnitFilingStatus,
} from './status-report.types';

/** Who reads a unit's reports: the province, and the coordinators of the unit or of a unit above it. */
export function readsStatusReport(actor: Actor, unitId: number): boolean {
  return isAdmin(actor) || administersUnit(actor, unitId);
}

/** More projects than any unit runs in a campaign; bounds the work one save may ask for. */
const MAX_PROGRESS_ENTRIES = 1000;

/** One project's text as given to saveDraft. */
export interface ProgressEntry {
  projectId: string;
  text?: string | null;
}

export interface ReportKey {
  unitId: string;
  campaignId: string;
  milestone: MilestoneKind;
}

/**
 * 情况调度表: computed from teams, projects, approved records and the support ledger; a draft
 * shows the figures live, and submitting freezes them (the snapshot) so later corrections to
 * records never rewrite what the province received.
 */
/** What decides a report's projects and cut-off. */
type ReportMilestone = Pick<ReportingMilestone, 'kind' | 'dueOn'>;

export class StatusReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
    /** Where the events of committed writes go (subscriptions); none outside the server. */
    private readonly events?: EventPublisher,
  ) {}

  /** The saved report of a unit for a milestone, or null when none is saved yet. */
  async find(key: ReportKey): Promise<StatusReport | null> {
    const { unitId, campaignId } = await this.resolveKey(key);
    return this.dataSource
      .getRepository(StatusReport)
      .findOneBy({ unitId, campaignId, milestone: key.milestone });
  }

  /**
   * A saved report with its unit's name and rows, for the CSV download. FORBIDDEN for roles that
   * read no reports; NOT_FOUND alike for an unknown id and another unit's report.
   */
  async forDownload(id: number) {
    if (!isAdmin(this.actor) && this.actor.role !== Role.UNIT_COORDINATOR) {
      throw new ForbiddenError('only the provincial admin and unit coordinators read status reports', 'id');
    }
    const report =
      Number.isSafeInteger(id) && id > 0
        ? await this.dataSource.getRepository(StatusReport).findOneBy({ id })
        : null;
    if (!report || !this.reads(report.unitId)) throw new NotFoundError('StatusReport', id, 'id');
    const rows = await this.rows(report);
    const unit = await new UnitService(this.dataSource, this.actor).get(report.unitId, 'id');
    return { report, unitName: unit.name, rows };
  }

  /**
   * Creates or updates the unit's draft; a filed report cannot change. `progress` sets the texts of
   * the projects it names (an empty text removes one) and leaves the others as saved; `progressText`
   * (the unit-wide text of older reports) changes only when given.
   */
  async saveDraft(
    key: ReportKey,
    progressText: string | null | undefined,
    progress: readonly ProgressEntry[] = [],
  ): Promise<StatusReport> {
    const text = progressText === undefined ? undefined : normaliseProgressText(progressText);
    if (progress.length > MAX_PROGRESS_ENTRIES) {
      throw new BadInputError('progress', `give at most ${MAX_PROGRESS_ENTRIES} projects’ texts at once`);
    }
    const projectIds = uniqueValues(
      'progress',
      progress.map((entry, i) => parseId(`progress[${i}].projectId`, entry.projectId)),
    );
    const texts = progress.map((entry, i) => normaliseProjectProgressText(i, projectIds[i]!, entry.text));
    const { unitId, campaignId } = await this.resolveKey(key, 'write');
    const milestone = await this.milestone(campaignId, key.milestone);
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(StatusReport);
      const existing = await repo.findOneBy({ unitId, campaignId, milestone: key.milestone });
      if (existing?.status === StatusReportStatus.SUBMITTED) {
        throw new ConflictError('milestone', 'this report has been filed and can no longer change');
      }
      if (projectIds.length > 0) {
        const ours = new Set(
          (await this.reportProjects(manager, unitId, campaignId, milestone)).projects.map((p) => p.id),
        );
        projectIds.forEach((projectId, i) => {
          if (!ours.has(projectId)) {
            throw new BadInputError(
              `progress[${i}].projectId`,
              `project ${projectId} is not a project of this report: one of the unit’s teams’ projects ` +
                `in the campaign${milestone.kind === MilestoneKind.LAUNCH ? '' : ` that starts by the deadline (${milestone.dueOn})`}`,
            );
          }
        });
      }
      const report =
        existing ??
        repo.create({
          unitId,
          campaignId,
          milestone: key.milestone,
          status: StatusReportStatus.DRAFT,
          progressText: null,
        });
      const before = existing ? { ...existing } : undefined;
      if (text !== undefined) report.progressText = text;
      const progressRepo = manager.getRepository(StatusReportProgress);
      const previous = existing
        ? await progressRepo.findBy({ reportId: existing.id, projectId: In(projectIds) })
        : [];
      // Saved first so a new report has its id for the texts; the audit names the texts changed.
      const saved = await saveAudited(manager, this.actor, 'StatusReport', report, before, {
        before: previous.length
          ? { progress: previous.map(({ projectId, text }) => ({ projectId, text })) }
          : {},
        after: projectIds.length
          ? { progress: projectIds.map((projectId, i) => ({ projectId, text: texts[i] })) }
          : {},
      });
      const byProject = new Map(previous.map((row) => [row.projectId, row]));
      for (const [i, projectId] of projectIds.entries()) {
        const row = byProject.get(projectId);
        const value = texts[i]!;
        if (value === null) {
          if (row) await progressRepo.delete({ id: row.id });
        } else if (row) {
          if (row.text !== value) await progressRepo.update({ id: row.id }, { text: value });
        } else {
          await progressRepo.insert({ reportId: saved.id, projectId, text: value });
        }
      }
      return saved;
    });
  }

  /** Files the report: the rows are computed now and frozen with the date filled. */
  async submit(key: ReportKey, now: Date = new Date()): Promise<StatusReport> {
    const { unitId, campaignId } = await this.resolveKey(key, 'write');
    const milestone = await this.milestone(campaignId, key.milestone);
    // The figures are read while the transaction is open, through the totals services, which on
    // SQLite read in a worker thread: the transaction yields to the event loop meanwhile, so it holds
    // the one connection, or a concurrent submission's statements would run inside it.
    return holdingConnection(this.dataSource, () => this.submitIn(unitId, campaignId, milestone, key, now));
  }

  private submitIn(
    unitId: number,
    campaignId: number,
    milestone: ReportMilestone,
    key: ReportKey,
    now: Date,
  ): Promise<StatusReport> {
    return transactionWithEvents(this.dataSource, this.events, async (manager, afterCommit) => {
      const repo = manager.getRepository(StatusReport);
      const report = await repo.findOneBy({ unitId, campaignId, milestone: key.milestone });
      if (!report) throw new BadInputError('milestone', 'save a draft with the progress text before filing');
      if (report.status === StatusReportStatus.SUBMITTED) {
        throw new ConflictError('milestone', 'this report has already been filed');
      }
      const before = { ...report };
      const rows = await this.computeRows(
        manager,
        unitId,
        campaignId,
        milestone,
        reportAsOf(milestone.dueOn, now),
        await this.progressOf(manager, report.id),
      );
      requireProgress(rows, report.progressText);
      // Filed only if still a draft: of two concurrent submissions exactly one freezes the rows.
      const result = await repo
        .createQueryBuilder()
        .update(StatusReport)
        .set({
          status: StatusReportStatus.SUBMITTED,
          snapshot: rows as unknown as object,
          filledOn: chinaToday(now),
          submittedAt: now,
          submittedByAccountId: this.actor.accountId,
        })
        .where('id = :id AND status = :draft', { id: report.id, draft: StatusReportStatus.DRAFT })
        .execute();
      if (result.affected === 0) throw new ConflictError('milestone', 'this report has already been filed');
      const filed = await repo.findOneByOrFail({ id: report.id });
      await recordAudit(manager, this.actor, {
        action: AuditAction.UPDATE,
        entityType: 'StatusReport',
        entityId: report.id,
        before,
        after: { ...filed, snapshot: undefined },
      });
      afterCommit.add(STATUS_REPORT_SUBMITTED, statusReportSubmittedEvent(filed));
      return filed;
    });
  }

  /** The rows as filed, or for a draft as they stand now with the texts saved. */
  async rows(
    report: Pick<StatusReport, 'id' | 'unitId' | 'campaignId' | 'milestone' | 'status' | 'snapshot'>,
  ): Promise<StatusReportRow[]> {
    this.requireRead(report.unitId, 'id');
    if (report.status === StatusReportStatus.SUBMITTED) {
      // Reports filed before per-project texts froze rows without one.
      return (report.snapshot as StatusReportRow[]).map((row) => ({
        ...row,
        progressText: row.progressText ?? null,
      }));
    }
    const milestone = await this.milestone(report.campaignId, report.milestone);
    const manager = this.dataSource.manager;
    return this.computeRows(
      manager,
      report.unitId,
      report.campaignId,
      milestone,
      reportAsOf(milestone.dueOn),
      await this.progressOf(manager, report.id),
    );
  }

  /**
   * Rows a unit would file now, whether or not a report is saved, with its texts when it is (a filed
   * report's texts stay as filed: it can no longer change them).
   */
  async preview(key: ReportKey): Promise<StatusReportRow[]> {
    const { unitId, campaignId } = await this.resolveKey(key);
    const milestone = await this.milestone(campaignId, key.milestone);
    const manager = this.dataSource.manager;
    const saved = await manager
      .getRepository(StatusReport)
      .findOneBy({ unitId, campaignId, milestone: key.milestone });
    return this.computeRows(
      manager,
      unitId,
      campaignId,
      milestone,
      reportAsOf(milestone.dueOn),
      saved ? await this.progressOf(manager, saved.id) : new Map(),
    );
  }

  /** For the provincial admin: every reporting unit's state for a milestone, and province totals. */
  async overview(
    campaignIdRaw: string,
    kind: MilestoneKind,
    now: Date = new Date(),
  ): Promise<StatusReportOverview> {
    requireAdmin(this.actor, 'see every unit’s reports');
    const campaignId = parseId('campaignId', campaignIdRaw);
    const milestone = await this.milestone(campaignId, kind);
    const units = await this.dataSource
      .getRepository(Unit)
      .find({ where: { kind: In([UnitKind.CITY, UnitKind.UNIVERSITY]) }, order: { id: 'ASC' } });
    const reports = new Map(
      (await this.dataSource.getRepository(StatusReport).findBy({ campaignId, milestone: kind })).map((r) => [
        r.unitId,
        r,
      ]),
    );
    const statuses: UnitFilingStatus[] = units.map((unit) => {
      const report = reports.get(unit.id);
      const submittedAt = report?.status === StatusReportStatus.SUBMITTED ? report.submittedAt : null;
      return {
        unitId: unit.id,
        unitName: unit.name,
        state: !report
          ? ReportFilingState.NOT_STARTED
          : submittedAt
            ? ReportFilingState.SUBMITTED
            : ReportFilingState.DRAFT,
        reportId: report?.id ?? null,
        submittedAt,
        overdue: isOverdue(milestone.dueOn, submittedAt, now),
        late: submittedAt !== null && chinaDate(submittedAt) > milestone.dueOn,
      };
    });
    const totals = await provinceTotalsUpTo(
      this.dataSource,
      this.actor,
      campaignId,
      reportAsOf(milestone.dueOn, now),
    );
    return {
      campaignId,
      dueOn: milestone.dueOn,
      units: statuses,
      submitted: statuses.filter((s) => s.state === ReportFilingState.SUBMITTED).length,
      overdue: statuses.filter((s) => s.overdue).length,
      ...totals,
    };
  }

  /**
   * The projects a report has a block for: those of the unit's teams (and of the units under it) in
   * the campaign — for 部署启动 every one planned, for the later milestones those that start on or
   * before the deadline (a project that starts later belongs to a later report).
   */
  private async reportProjects(
    manager: EntityManager,
    unitId: number,
    campaignId: number,
    milestone: ReportMilestone,
  ): Promise<{ teams: ServiceTeam[]; projects: ServiceProject[] }> {
    const unitIds = await new UnitService(this.dataSource, this.actor).subtreeIds(unitId, manager);
    const teams = await manager.getRepository(ServiceTeam).find({ where: { unitId: In(unitIds) } });
    if (teams.length === 0) return { teams, projects: [] };
    const projects = await manager.getRepository(ServiceProject).find({
      where: {
        campaignId,
        teamId: In(teams.map((t) => t.id)),
        // 部署启动 reports what was deployed: every planned project, most of which start in April.
        // Later reports count only projects begun by their deadline.
        ...(milestone.kind === MilestoneKind.LAUNCH ? {} : { startsOn: LessThanOrEqual(milestone.dueOn) }),
      },
      order: { teamId: 'ASC', id: 'ASC' },
    });
    return { teams, projects };
  }

  private async progressOf(manager: EntityManager, reportId: number): Promise<Map<number, string>> {
    const rows = await manager.getRepository(StatusReportProgress).findBy({ reportId });
    return new Map(rows.map((row) => [row.projectId, row.text]));
  }

  /**
   * The rows as they stand: the report's projects (every planned one for 部署启动, else those begun by the
   * deadline); approved records served and support
   * given up to `asOf` (the deadline, or today before it); each project's saved text.
   */
  private async computeRows(
    manager: EntityManager,
    unitId: number,
    campaignId: number,
    milestone: ReportMilestone,
    asOf: string,
    texts: ReadonlyMap<number, string>,
  ): Promise<StatusReportRow[]> {
    const { teams, projects } = await this.reportProjects(manager, unitId, campaignId, milestone);
    if (projects.length === 0) return [];
    const teamById = new Map(teams.map((t) => [t.id, t]));
    const members = await manager
      .getRepository(ServiceTeamMember)
      .find({ where: { teamId: In([...new Set(projects.map((p) => p.teamId))]) } });
    const sizeOf = new Map<number, number>();
    for (const m of members) sizeOf.set(m.teamId, (sizeOf.get(m.teamId) ?? 0) + 1);
    const leaderIds = [...new Set(teams.map((t) => t.leaderId).filter((id): id is number => id !== null))];
    const leaders = new Map(
      (leaderIds.length ? await manager.getRepository(Volunteer).findBy({ id: In(leaderIds) }) : []).map(
        (v) => [v.id, v],
      ),
    );
    const sites = new Map(
      (await manager.getRepository(Site).findBy({ id: In([...new Set(projects.map((p) => p.siteId))]) })).map(
        (s) => [s.id, s],
      ),
    );
    const [service, support] = await Promise.all([
      projectServiceUpTo(this.dataSource, this.actor, campaignId, unitId, asOf),
      projectSupportUpTo(this.dataSource, this.actor, campaignId, unitId, asOf),
    ]);
    return projects.map((project) => {
      const team = teamById.get(project.teamId)!;
      const leader = team.leaderId === null ? undefined : leaders.get(team.leaderId);
      const figures = service.get(project.id);
      const ledger = support.get(project.id);
      return {
        teamId: team.id,
        teamName: team.name,
        projectId: project.id,
        projectName: project.name,
        teamSize: sizeOf.get(team.id) ?? 0,
        startsOn: project.startsOn,
        endsOn: project.endsOn,
        personTimes: figures?.personTimes ?? 0,
        hours: figures?.hours ?? '0.00',
        funds: ledger?.funds ?? '0.00',
        materialsValue: ledger?.materialsValue ?? '0.00',
        supportSummary: ledger?.summary ?? '',
        leaderName: leader?.name ?? null,
        leaderTitle: leader?.title ?? null,
        leaderPhone: leader?.mobile ?? null,
        pairedWith: sites.get(project.siteId)?.name ?? '',
        peopleServed: project.peopleServed,
        progressText: texts.get(project.id) ?? null,
      };
    });
  }

  private async milestone(campaignId: number, kind: MilestoneKind): Promise<ReportingMilestone> {
    if (!(await this.dataSource.getRepository(Campaign).existsBy({ id: campaignId }))) {
      throw new NotFoundError('Campaign', campaignId, 'campaignId');
    }
    const milestone = await this.dataSource.getRepository(ReportingMilestone).findOneBy({ campaignId, kind });
    if (!milestone) throw new BadInputError('milestone', `the campaign has no ${kind} milestone`);
    return milestone;
  }

  private async resolveKey(key: ReportKey, mode: 'read' | 'write' = 'read') {
    const unitId = parseId('unitId', key.unitId);
    const campaignId = parseId('campaignId', key.campaignId);
    const unit = await new UnitService(this.dataSource, this.actor).get(unitId, 'unitId');
    if (unit.kind === UnitKind.PROVINCE) {
      throw new BadInputError('unitId', 'status reports are filed by city and university unions');
    }
    if (mode === 'write' ? !this.files(unitId) : !this.reads(unitId)) {
      throw new ForbiddenError(
        mode === 'write'
          ? 'only the unit’s own coordinator files its report'
          : 'you may not read this unit’s report',
        'unitId',
      );
    }
    return { unitId, campaignId };
  }

  /** The coordinators of the unit (or of a unit above it) file; the province only reads. */
  private files(unitId: number): boolean {
    return !isAdmin(this.actor) && administersUnit(this.actor, unitId);
  }

  private reads(unitId: number): boolean {
    return readsStatusReport(this.actor, unitId);
  }

  private requireRead(unitId: number, field: string): void {
    if (!this.reads(unitId)) throw new ForbiddenError('you may not read this unit’s report', field);
  }
}

/**
 * Every block of the form needs its 志愿服务进展情况 before filing: its own text, or, for a report
 * begun before per-project texts, the unit-wide one.
 */
function requireProgress(rows: readonly StatusReportRow[], unitText: string | null): void {
  if (unitText) return;
  if (rows.length === 0) {
    throw new BadInputError(
      'progressText',
      'no project of the unit starts by the deadline: write the unit’s progress text (志愿服务进展情况) to file',
    );
  }
  const missing = rows.filter((row) => !row.progressText);
  if (missing.length > 0) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `each project needs its progress text (志愿服务进展情况) to file; missing for ${missing
        .slice(0, 5)
        .map((row) => `${row.projectName} (${row.projectId})`)
        .join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}`,
      { field: 'progress', projectIds: missing.map((row) => String(row.projectId)) },
    );
  }
}
