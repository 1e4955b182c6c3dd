// About 500 lines: most of it is draftContent, which gathers one unit's teams, projects, totals,
// support, training and log entries for the Word draft in the order the document shows them.
import { createHash } from 'node:crypto';
import { In, LessThanOrEqual, type DataSource } from 'typeorm';
import { administersUnit, isAdmin, requireAdmin } from '../../core/access';
import { ForbiddenError, Role, type Actor } from '../../core/actor';
import { AuditAction, recordAudit } from '../../core/audit';
import { BadInputError, ConflictError, NotFoundError } from '../../core/errors';
import { conflictOnDuplicate } from '../../core/sql';
import { chinaDate, chinaDateTime, chinaToday } from '../../core/time';
import { parseId } from '../../core/validate';
import { Campaign, MilestoneKind, ReportingMilestone } from '../campaigns/campaign.entity';
import {
  SERVICE_CATEGORY_LABELS,
  SERVICE_PROJECT_STATUS_LABELS,
  TRAINING_TOPIC_LABELS,
} from '../code-lists/labels';
import { NATIONAL_CATEGORY_LABELS } from '../code-lists/service-category';
import { ServiceNeed } from '../needs/service-need.entity';
import { ServiceProject, ServiceProjectNeed } from '../projects/service-project.entity';
import { projectServiceUpTo, projectSupportUpTo } from '../reports/report-figures';
import { TrainingAttendance, TrainingRecord } from '../safety/safety.entity';
import { ServiceLog } from '../service-logs/service-log.entity';
import { ServiceTotalsGroupBy } from '../service-records/service-record.inputs';
import { ServiceTotalsService } from '../service-records/service-record.totals';
import { Site } from '../sites/site.entity';
import { ServiceTeam, ServiceTeamMember } from '../teams/service-team.entity';
import { Unit, UnitKind } from '../units/unit.entity';
import { UnitService } from '../units/unit.service';
import { Volunteer } from '../volunteers/volunteer.entity';
import { summaryDraftDocx, type DraftTeam, type SummaryDraft } from './summary-materials.docx';
import { SummaryMaterials, SummaryMaterialsChunk } from './summary-materials.entity';
import type { SubmitSummaryMaterialsInput } from './summary-materials.inputs';
import { CHUNK_BYTES, checkDocx, decodeUpload, isLate, normaliseFileName } from './summary-materials.rules';
import type { SummaryMaterialsOverview, SummaryMaterialsStatus } from './summary-materials.types';
import { rowLock } from '../../core/dialect';

/** How many service-log entries per project the draft carries: the latest, up to the figures' date. */
export const LOGS_PER_PROJECT = 3;

export const SUMMARY_MATERIALS_BASE = '/summary-materials';

export function summaryMaterialsPath(campaignId: number, unitId: number, file: 'draft' | 'final'): string {
  return `${SUMMARY_MATERIALS_BASE}/${campaignId}/${unitId}/${file}.docx`;
}

/** Sums decimal strings of at most two places exactly (hundredths as BigInt, never a float). */
export function sumDecimals(values: readonly string[]): string {
  let total = 0n;
  for (const value of values) {
    const negative = value.startsWith('-');
    const [whole = '0', fraction = ''] = value.replace(/^-/, '').split('.');
    const hundredths = BigInt(whole || '0') * 100n + BigInt((fraction + '00').slice(0, 2));
    total += negative ? -hundredths : hundredths;
  }
  const sign = total < 0n ? '-' : '';
  const abs = total < 0n ? -total : total;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/**
 * 活动总结材料 (the notice: "10月11日前将活动总结材料（电子版）报送省教育工会"): a Word draft generated
 * from the unit's records, and the document the unit hands in, which files the campaign's
 * FINAL_MATERIALS milestone for the unit. The unit's coordinators hand in; they and the province read.
 *
 * A later upload replaces the file until the due date (China time) has passed; after it, a unit
 * with nothing on record may still hand in once (late), and what is on record no longer changes,
 * so the province reads what was received at the deadline.
 */
export class SummaryMaterialsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
  ) {}

  /** One unit's state: the unit's coordinators and the province. */
  async status(
    unitIdRaw: string,
    campaignIdRaw: string,
    now: Date = new Date(),
  ): Promise<SummaryMaterialsStatus> {
    const unit = await this.unitToRead(parseId('unitId', unitIdRaw), 'unitId');
    const campaign = await this.campaign(parseId('campaignId', campaignIdRaw));
    const dueOn = await this.dueOn(campaign.id);
    const materials = await this.dataSource
      .getRepository(SummaryMaterials)
      .findOneBy({ unitId: unit.id, campaignId: campaign.id });
    return statusOf(unit, campaign.id, dueOn, materials, now);
  }

  /** For the province: every filing unit's state for a campaign. */
  async overview(campaignIdRaw: string, now: Date = new Date()): Promise<SummaryMaterialsOverview> {
    requireAdmin(this.actor, 'see every unit’s summary materials');
    const campaign = await this.campaign(parseId('campaignId', campaignIdRaw));
    const dueOn = await this.dueOn(campaign.id);
    const units = await this.dataSource
      .getRepository(Unit)
      .find({ where: { kind: In([UnitKind.CITY, UnitKind.UNIVERSITY]) }, order: { id: 'ASC' } });
    const received = new Map(
      (await this.dataSource.getRepository(SummaryMaterials).findBy({ campaignId: campaign.id })).map((m) => [
        m.unitId,
        m,
      ]),
    );
    const statuses = units.map((unit) =>
      statusOf(unit, campaign.id, dueOn, received.get(unit.id) ?? null, now),
    );
    return {
      campaignId: campaign.id,
      dueOn,
      units: statuses,
      received: statuses.filter((s) => s.received).length,
      late: statuses.filter((s) => s.late).length,
      overdue: statuses.filter((s) => s.overdue).length,
    };
  }

  /** Hands in (or replaces) the unit's document; the FINAL_MATERIALS milestone is then filed. */
  async submit(input: SubmitSummaryMaterialsInput, now: Date = new Date()): Promise<SummaryMaterialsStatus> {
    const unitId = parseId('unitId', input.unitId);
    const campaignId = parseId('campaignId', input.campaignId);
    const fileName = normaliseFileName(input.fileName);
    const unit = await new UnitService(this.dataSource, this.actor).get(unitId, 'unitId');
    requireFilingUnit(unit);
    // Units hand in their own materials; the province receives them.
    if (isAdmin(this.actor) || !administersUnit(this.actor, unitId)) {
      throw new ForbiddenError('only the unit’s own coordinator hands in its summary materials', 'unitId');
    }
    const campaign = await this.campaign(campaignId);
    const dueOn = await this.dueOn(campaignId);
    if (dueOn === null) {
      throw new BadInputError(
        'campaignId',
        'the campaign has no FINAL_MATERIALS (活动总结材料) milestone: the province sets its due date first',
      );
    }
    const bytes = decodeUpload(input.contentBase64);
    checkDocx(bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');

    await conflictOnDuplicate(
      'unitId',
      'the unit’s summary materials were handed in meanwhile: try again',
      () =>
        this.dataSource.transaction(async (manager) => {
          const repo = manager.getRepository(SummaryMaterials);
          // Locked on MariaDB/MySQL, so two uploads replace one after the other; SQLite runs one at a time.
          const existing = await repo.findOne({
            where: { unitId, campaignId },
            ...rowLock(manager),
          });
          if (existing && chinaToday(now) > dueOn) {
            throw new ConflictError(
              'unitId',
              `the summary materials were handed in and the due date (${dueOn}) has passed: they can no longer be replaced`,
            );
          }
          const before = existing ? { ...existing } : null;
          const row = existing ?? repo.create({ unitId, campaignId, uploadCount: 0 });
          Object.assign(row, {
            fileName,
            byteSize: bytes.length,
            sha256,
            submittedAt: now,
            submittedByAccountId: this.actor.accountId,
            uploadCount: row.uploadCount + 1,
          });
          const saved = await repo.save(row);
          const chunks = manager.getRepository(SummaryMaterialsChunk);
          if (existing) await chunks.delete({ materialsId: saved.id });
          for (let seq = 0; seq * CHUNK_BYTES < bytes.length; seq++) {
            // One statement per piece: a multi-row insert of the whole file could pass max_allowed_packet.
            await chunks.insert({
              materialsId: saved.id,
              seq,
              bytes: bytes.subarray(seq * CHUNK_BYTES, (seq + 1) * CHUNK_BYTES),
            });
          }
          await recordAudit(manager, this.actor, {
            action: existing ? AuditAction.UPDATE : AuditAction.CREATE,
            entityType: 'SummaryMaterials',
            entityId: saved.id,
            before,
            after: { ...saved, late: isLate(dueOn, chinaDate(now)) },
          });
        }),
    );
    return this.status(String(unitId), String(campaign.id), now);
  }

  /** The generated draft and its file name; the download is audited (it names people). */
  async draft(
    campaignIdRaw: string,
    unitIdRaw: string,
    now: Date = new Date(),
  ): Promise<{ fileName: string; bytes: Buffer }> {
    requireReaderRole(this.actor);
    const unit = await this.unitToRead(parseId('unitId', unitIdRaw), 'unitId');
    const campaign = await this.campaign(parseId('campaignId', campaignIdRaw));
    const draft = await this.draftContent(unit, campaign, now);
    const bytes = await summaryDraftDocx(draft);
    await recordAudit(this.dataSource.manager, this.actor, {
      action: AuditAction.READ_PERSONAL_DATA,
      entityType: 'SummaryMaterialsDraft',
      entityId: `${campaign.id}:${unit.id}`,
      after: { campaignId: campaign.id, unitId: unit.id, asOf: draft.asOf, byteSize: bytes.length },
    });
    return { fileName: `活动总结材料-${unit.name}-${campaign.year}.docx`, bytes };
  }

  /** The document on record, as received; NOT_FOUND until one is. The download is audited. */
  async received(
    campaignIdRaw: string,
    unitIdRaw: string,
  ): Promise<{ fileName: string; bytes: Buffer; materials: SummaryMaterials }> {
    requireReaderRole(this.actor);
    const unit = await this.unitToRead(parseId('unitId', unitIdRaw), 'unitId');
    const campaign = await this.campaign(parseId('campaignId', campaignIdRaw));
    const materials = await this.dataSource
      .getRepository(SummaryMaterials)
      .findOneBy({ unitId: unit.id, campaignId: campaign.id });
    if (!materials) throw new NotFoundError('SummaryMaterials', `${campaign.id}:${unit.id}`, 'unitId');
    const chunks = await this.dataSource
      .getRepository(SummaryMaterialsChunk)
      .find({ where: { materialsId: materials.id }, order: { seq: 'ASC' } });
    const bytes = Buffer.concat(chunks.map((c) => Buffer.from(c.bytes)));
    // What is sent is what was received: a damaged store is an internal error, not a wrong file.
    if (
      bytes.length !== materials.byteSize ||
      createHash('sha256').update(bytes).digest('hex') !== materials.sha256
    ) {
      throw new Error(`summary materials ${materials.id}: stored bytes do not match their checksum`);
    }
    await recordAudit(this.dataSource.manager, this.actor, {
      action: AuditAction.READ_PERSONAL_DATA,
      entityType: 'SummaryMaterials',
      entityId: materials.id,
      after: { fileName: materials.fileName, byteSize: materials.byteSize, sha256: materials.sha256 },
    });
    return { fileName: `活动总结材料-${unit.name}-${campaign.year}-定稿.docx`, bytes, materials };
  }

  /**
   * What the draft says. The figures come from the functions the status report uses (approved
   * records and the support ledger, up to the same date), so the two never disagree; unit totals
   * come from the service-record totals grouped by volunteer (distinct people across projects).
   */
  async draftContent(unit: Unit, campaign: Campaign, now: Date = new Date()): Promise<SummaryDraft> {
    const dueOn = await this.dueOn(campaign.id);
    // As the reports do: today, but never past the deadline, nor past the campaign's last day.
    const today = chinaToday(now);
    const limit = dueOn ?? campaign.endsOn;
    const asOf = today < limit ? today : limit;
    const manager = this.dataSource.manager;
    const unitIds = await new UnitService(this.dataSource, this.actor).subtreeIds(unit.id);
    const teams = await manager
      .getRepository(ServiceTeam)
      .find({ where: { unitId: In(unitIds) }, order: { id: 'ASC' } });
    const projects = teams.length
      ? await manager.getRepository(ServiceProject).find({
          where: { campaignId: campaign.id, teamId: In(teams.map((t) => t.id)) },
          order: { teamId: 'ASC', startsOn: 'ASC', id: 'ASC' },
        })
      : [];
    const projectIds = projects.map((p) => p.id);
    const teamIds = [...new Set(projects.map((p) => p.teamId))];
    const members = teamIds.length
      ? await manager.getRepository(ServiceTeamMember).find({ where: { teamId: In(teamIds) } })
      : [];
    const memberIds = [...new Set(members.map((m) => m.volunteerId))];
    const leaderIds = teams.map((t) => t.leaderId).filter((id): id is number => id !== null);
    const people = new Map(
      (memberIds.length || leaderIds.length
        ? await manager
            .getRepository(Volunteer)
            .findBy({ id: In([...new Set([...memberIds, ...leaderIds])]) })
        : []
      ).map((v) => [v.id, v]),
    );
    const sites = new Map(
      (projects.length
        ? await manager.getRepository(Site).findBy({ id: In([...new Set(projects.map((p) => p.siteId))]) })
        : []
      ).map((s) => [s.id, s]),
    );
    const contentsOf = await this.needCategories(projectIds);
    const [service, support, byVolunteer] = await Promise.all([
      projectServiceUpTo(this.dataSource, this.actor, campaign.id, unit.id, asOf),
      projectSupportUpTo(this.dataSource, this.actor, campaign.id, unit.id, asOf),
      new ServiceTotalsService(this.dataSource, this.actor).totals(ServiceTotalsGroupBy.VOLUNTEER, {
        campaignId: String(campaign.id),
        unitId: String(unit.id),
        to: asOf,
      }),
    ]);

    const sizeOf = new Map<number, number>();
    for (const m of members) sizeOf.set(m.teamId, (sizeOf.get(m.teamId) ?? 0) + 1);
    const draftTeams: DraftTeam[] = [];
    for (const team of teams) {
      const own = projects.filter((p) => p.teamId === team.id);
      if (own.length === 0) continue;
      const leader = team.leaderId === null ? undefined : people.get(team.leaderId);
      draftTeams.push({
        name: team.name,
        leaderName: leader?.name ?? null,
        leaderTitle: leader?.title ?? null,
        size: sizeOf.get(team.id) ?? 0,
        projects: own.map((project) => {
          const figures = service.get(project.id);
          const ledger = support.get(project.id);
          return {
            name: project.name,
            startsOn: project.startsOn,
            endsOn: project.endsOn,
            siteName: sites.get(project.siteId)?.name ?? '',
            categories: project.nationalCategoryCodes.map((code) => NATIONAL_CATEGORY_LABELS[code] ?? code),
            contents: contentsOf.get(project.id) ?? [],
            status: SERVICE_PROJECT_STATUS_LABELS[project.status] ?? project.status,
            peopleServed: project.peopleServed,
            hours: figures?.hours ?? '0.00',
            personTimes: figures?.personTimes ?? 0,
            funds: ledger?.funds ?? '0.00',
            materialsValue: ledger?.materialsValue ?? '0.00',
            supportSummary: ledger?.summary ?? '',
          };
        }),
      });
    }
    const draftProjects = draftTeams.flatMap((t) => t.projects);
    const trained = memberIds.filter((id) => {
      const on = people.get(id)?.safetyTrainedOn;
      return on !== null && on !== undefined && on <= asOf;
    });
    return {
      campaignName: campaign.name,
      year: campaign.year,
      unitName: unit.name,
      asOf,
      generatedAt: chinaDateTime(now),
      dueOn,
      totals: {
        teams: draftTeams.length,
        projects: draftProjects.length,
        volunteers: byVolunteer.length,
        hours: sumDecimals(byVolunteer.map((row) => row.hours)),
        personTimes: byVolunteer.reduce((sum, row) => sum + row.personTimes, 0),
        funds: sumDecimals(draftProjects.map((p) => p.funds)),
        materialsValue: sumDecimals(draftProjects.map((p) => p.materialsValue)),
        peopleServed: draftProjects.reduce((sum, p) => sum + (p.peopleServed ?? 0), 0),
        projectsWithoutPeopleServed: draftProjects.filter((p) => p.peopleServed === null).length,
      },
      teams: draftTeams,
      trainings: await this.trainings(unitIds, campaign.startsOn, asOf),
      trainedMembers: trained.length,
      members: memberIds.length,
      logs: await this.latestLogs(projects, asOf),
      logsPerProject: LOGS_PER_PROJECT,
    };
  }

  /** 服务内容: the categories of the needs each project serves, in Chinese. */
  private async needCategories(projectIds: number[]): Promise<Map<number, string[]>> {
    if (projectIds.length === 0) return new Map();
    const links = await this.dataSource
      .getRepository(ServiceProjectNeed)
      .find({ where: { projectId: In(projectIds) } });
    if (links.length === 0) return new Map();
    const needs = new Map(
      (await this.dataSource.getRepository(ServiceNeed).findBy({ id: In(links.map((l) => l.needId)) })).map(
        (n) => [n.id, n],
      ),
    );
    const out = new Map<number, string[]>();
    for (const link of links) {
      const category = needs.get(link.needId)?.category;
      if (!category) continue;
      const label = SERVICE_CATEGORY_LABELS[category] ?? category;
      const list = out.get(link.projectId) ?? [];
      if (!list.includes(label)) list.push(label);
      out.set(link.projectId, list);
    }
    return out;
  }

  /** Training sessions the unit (or a unit under it) held in the campaign up to `asOf`, with who attended. */
  private async trainings(unitIds: number[], from: string, asOf: string) {
    const records = (
      await this.dataSource.getRepository(TrainingRecord).find({
        where: { unitId: In(unitIds), heldOn: LessThanOrEqual(asOf) },
        order: { heldOn: 'ASC', id: 'ASC' },
      })
    ).filter((r) => r.heldOn >= from);
    if (records.length === 0) return [];
    const attendance = await this.dataSource
      .getRepository(TrainingAttendance)
      .find({ where: { trainingId: In(records.map((r) => r.id)) }, order: { id: 'ASC' } });
    const names = new Map(
      (attendance.length
        ? await this.dataSource.getRepository(Volunteer).find({
            select: { id: true, name: true },
            where: { id: In([...new Set(attendance.map((a) => a.volunteerId))]) },
          })
        : []
      ).map((v) => [v.id, v.name]),
    );
    return records.map((r) => ({
      heldOn: r.heldOn,
      topic: r.topic,
      covers: r.covers.map((kind) => TRAINING_TOPIC_LABELS[kind] ?? kind),
      hours: r.hours,
      trainer: r.trainer,
      attendees: attendance.filter((a) => a.trainingId === r.id).map((a) => names.get(a.volunteerId) ?? ''),
    }));
  }

  /** The latest LOGS_PER_PROJECT entries of each project up to `asOf`, shown oldest first. */
  private async latestLogs(projects: ServiceProject[], asOf: string) {
    const out = [];
    for (const project of projects) {
      const logs = await this.dataSource.getRepository(ServiceLog).find({
        where: { projectId: project.id, loggedOn: LessThanOrEqual(asOf) },
        order: { loggedOn: 'DESC', id: 'DESC' },
        take: LOGS_PER_PROJECT,
      });
      for (const log of logs.reverse()) {
        out.push({
          projectName: project.name,
          loggedOn: log.loggedOn,
          authorName: log.authorName,
          content: log.content,
        });
      }
    }
    return out;
  }

  private async campaign(id: number): Promise<Campaign> {
    const campaign = await this.dataSource.getRepository(Campaign).findOneBy({ id });
    if (!campaign) throw new NotFoundError('Campaign', id, 'campaignId');
    return campaign;
  }

  private async dueOn(campaignId: number): Promise<string | null> {
    const milestone = await this.dataSource
      .getRepository(ReportingMilestone)
      .findOneBy({ campaignId, kind: MilestoneKind.FINAL_MATERIALS });
    return milestone?.dueOn ?? null;
  }

  /** A filing unit the actor may read: the province, or a coordinator of it (or of a unit above). */
  private async unitToRead(unitId: number, field: string): Promise<Unit> {
    const unit = await new UnitService(this.dataSource, this.actor).get(unitId, field);
    requireFilingUnit(unit);
    if (!isAdmin(this.actor) && !administersUnit(this.actor, unitId)) {
      throw new ForbiddenError('you may not read this unit’s summary materials', field);
    }
    return unit;
  }
}

function requireFilingUnit(unit: Unit): void {
  if (unit.kind === UnitKind.PROVINCE) {
    throw new BadInputError('unitId', 'summary materials are handed in by city and university unions');
  }
}

/** Only the province and unit coordinators read summary materials, whatever the unit. */
function requireReaderRole(actor: Actor): void {
  if (!isAdmin(actor) && actor.role !== Role.UNIT_COORDINATOR) {
    throw new ForbiddenError(
      'only the provincial admin and unit coordinators read summary materials',
      'unitId',
    );
  }
}

function statusOf(
  unit: Unit,
  campaignId: number,
  dueOn: string | null,
  materials: SummaryMaterials | null,
  now: Date,
): SummaryMaterialsStatus {
  const today = chinaToday(now);
  const submittedAt = materials?.submittedAt ?? null;
  return {
    unitId: unit.id,
    unitName: unit.name,
    campaignId,
    dueOn,
    received: materials !== null,
    materials,
    submittedAt,
    late: isLate(dueOn, submittedAt ? chinaDate(submittedAt) : null),
    overdue: materials === null && dueOn !== null && today > dueOn,
    canUpload: dueOn !== null && (materials === null || today <= dueOn),
    draftDownloadPath: summaryMaterialsPath(campaignId, unit.id, 'draft'),
  };
}
