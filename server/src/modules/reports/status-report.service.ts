import { holdingConnection } from '../../core/sqlite-guard';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { administersUnit, isAdmin, requireAdmin } from '../../core/access';
import { ForbiddenError, Role, type Actor } from '../../core/actor';
import { recordAudit, saveAudited } from '../../core/audit';
import { AuditAction } from '../../core/audit-event.entity';
import { BadInputError, ConflictError, NotFoundError } from '../../core/errors';
import { transactionWithEvents, type EventPublisher } from '../../core/pubsub';
import { chinaDate, chinaToday } from '../../core/time';
import { parseId } from '../../core/validate';
import { Campaign, MilestoneKind, ReportingMilestone } from '../campaigns/campaign.entity';
import { ServiceProject } from '../projects/service-project.entity';
import { Site } from '../sites/site.entity';
import { ServiceTeam, ServiceTeamMember } from '../teams/service-team.entity';
import { Unit, UnitKind } from '../units/unit.entity';
import { UnitService } from '../units/unit.service';
import { Volunteer } from '../volunteers/volunteer.entity';
import { projectSupportUpTo, projectServiceUpTo, provinceTotalsUpTo } from './report-figures';
import { StatusReport, StatusReportStatus } from './status-report.entity';
import { STATUS_REPORT_SUBMITTED, statusReportSubmittedEvent } from './status-report.events';
import { isOverdue, normaliseProgressText, reportAsOf } from './status-report.rules';
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

  /** Creates or updates the unit's draft; a filed report cannot change. */
  async saveDraft(key: ReportKey, progressText: string | null | undefined): Promise<StatusReport> {
    const text = normaliseProgressText(progressText);
    const { unitId, campaignId } = await this.resolveKey(key, 'write');
    await this.milestone(campaignId, key.milestone);
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(StatusReport);
      const existing = await repo.findOneBy({ unitId, campaignId, milestone: key.milestone });
      if (existing?.status === StatusReportStatus.SUBMITTED) {
        throw new ConflictError('milestone', 'this report has been filed and can no longer change');
      }
      const report =
        existing ??
        repo.create({ unitId, campaignId, milestone: key.milestone, status: StatusReportStatus.DRAFT });
      const before = existing ? { ...existing } : undefined;
      report.progressText = text;
      return saveAudited(manager, this.actor, 'StatusReport', report, before);
    });
  }

  /** Files the report: the rows are computed now and frozen with the date filled. */
  async submit(key: ReportKey, now: Date = new Date()): Promise<StatusReport> {
    const { unitId, campaignId } = await this.resolveKey(key, 'write');
    const milestone = await this.milestone(campaignId, key.milestone);
    // The figures are read while the transaction is open, through the totals services, which on
    // SQLite read in a worker thread: the transaction yields to the event loop meanwhile, so it holds
    // the one connection, or a concurrent submission's statements would run inside it.
    return holdingConnection(this.dataSource, () =>
      this.submitIn(unitId, campaignId, milestone.dueOn, key, now),
    );
  }

  private submitIn(
    unitId: number,
    campaignId: number,
    dueOn: string,
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
      if (!report.progressText) {
        throw new BadInputError('progressText', 'the progress text (志愿服务进展情况) is required to file');
      }
      const before = { ...report };
      const rows = await this.computeRows(manager, unitId, campaignId, reportAsOf(dueOn, now));
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

  /** The rows as filed, or for a draft as they stand now. */
  async rows(report: Pick<StatusReport, 'unitId' | 'campaignId' | 'milestone' | 'status' | 'snapshot'>) {
    this.requireRead(report.unitId, 'id');
    if (report.status === StatusReportStatus.SUBMITTED) return report.snapshot as StatusReportRow[];
    const milestone = await this.milestone(report.campaignId, report.milestone);
    return this.computeRows(
      this.dataSource.manager,
      report.unitId,
      report.campaignId,
      reportAsOf(milestone.dueOn),
    );
  }

  /** Rows a unit would file now, whether or not a report is saved. */
  async preview(key: ReportKey): Promise<StatusReportRow[]> {
    const { unitId, campaignId } = await this.resolveKey(key);
    const milestone = await this.milestone(campaignId, key.milestone);
    return this.computeRows(this.dataSource.manager, unitId, campaignId, reportAsOf(milestone.dueOn));
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

  private async computeRows(
    manager: EntityManager,
    unitId: number,
    campaignId: number,
    asOf: string,
  ): Promise<StatusReportRow[]> {
    const unitIds = await new UnitService(this.dataSource, this.actor).subtreeIds(unitId, manager);
    const teams = await manager.getRepository(ServiceTeam).find({ where: { unitId: In(unitIds) } });
    if (teams.length === 0) return [];
    const teamById = new Map(teams.map((t) => [t.id, t]));
    const projects = await manager.getRepository(ServiceProject).find({
      where: { campaignId, teamId: In([...teamById.keys()]) },
      order: { teamId: 'ASC', id: 'ASC' },
    });
    if (projects.length === 0) return [];
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
