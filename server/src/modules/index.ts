/**
 * The composition root: every module's entities, resolvers, HTTP routes, and the guards later
 * modules plug into earlier ones. Modules depend on each other one way (units → volunteers →
 * teams → sites → needs → projects → …); this file is the only place that knows all of them.
 */
import type { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../core/config';
import type { LoginThrottle } from '../core/context';
import { unfilledGuardSlots } from '../core/guard-slot';
import type { EventPublisher } from '../core/pubsub';
import { webSessionRouter } from './accounts/web-session.http';
import { archiveExportRouter } from './archive-exports/archive-export.http';
import { statusReportRouter } from './reports/status-report.http';
import { summaryMaterialsRouter } from './summary-materials/summary-materials.http';
import { Account, ApiToken } from './accounts/account.entity';
import { AccountResolver, ApiTokenResolver } from './accounts/account.resolver';
import { WebSession } from './accounts/web-session.entity';
import {
  AssignmentResolver,
  ServiceNeedAssignmentsResolver,
  VolunteerAssignmentsResolver,
} from './assignments/assignment.resolver';
import { Assignment } from './assignments/assignment.entity';
import { CampaignMatchingWeightsResolver, MatchingResolver } from './matching/matching.resolver';
import { Campaign, CampaignPhase, ReportingMilestone } from './campaigns/campaign.entity';
import { AuditResolver } from './audit/audit.resolver';
import { CampaignResolver } from './campaigns/campaign.resolver';
import { CodeListResolver } from './code-lists/code-list.resolver';
import { ServiceNeed } from './needs/service-need.entity';
import { ServiceNeedResolver, SiteNeedsResolver } from './needs/service-need.resolver';
import { ProjectPost, ServiceProject, ServiceProjectNeed } from './projects/service-project.entity';
import { ServiceProjectResolver, ServiceTeamProjectsResolver } from './projects/service-project.resolver';
import { SitePhoneResolver } from './projects/site-phones';
import { StatusReportResolver } from './reports/status-report.resolver';
import { Pairing, Site } from './sites/site.entity';
import { PairingResolver, SiteResolver, UnitPairingsResolver } from './sites/site.resolver';
import { ServiceTeam, ServiceTeamMember } from './teams/service-team.entity';
import {
  ServiceTeamMemberResolver,
  ServiceTeamResolver,
  VolunteerTeamsResolver,
} from './teams/service-team.resolver';
import { ServiceLogResolver } from './service-logs/service-log.resolver';
import { TrainingRecordResolver } from './safety/training.resolver';
import {
  ServiceProjectSupportResolver,
  SupportEntryResolver,
  SupportTotalsRowResolver,
} from './support/support.resolver';
import { Unit } from './units/unit.entity';
import { UnitResolver } from './units/unit.resolver';
import { Volunteer, VolunteerAvailability } from './volunteers/volunteer.entity';
import { VolunteerResolver } from './volunteers/volunteer.resolver';
import { volunteerChangeGuards } from './volunteers/volunteer.guards';
import { teamMembershipGuard } from './teams/team-membership.guard';
import { projectDatesGuards, projectStartGuards } from './projects/service-project.guards';
import { recordsWithinProjectDatesGuard } from './service-records/service-record.project-dates';
import { campaignDatesGuards } from './campaigns/campaign.guards';
import { needsWithinCampaignGuard } from './needs/service-need.guards';
import { SafetyPlanResolver, ServiceProjectSafetyResolver } from './safety/safety.resolver';
import { safetyStartGuard } from './safety/safety.guard';
import { ServiceRecordResolver } from './service-records/service-record.resolver';
import { RealtimeResolver } from './realtime/realtime.resolver';
import { ArchiveExportResolver } from './archive-exports/archive-export.resolver';
import {
  ArchiveExport,
  ArchiveExportIssue,
  ArchiveExportItem,
  ArchiveExportProject,
} from './archive-exports/archive-export.entity';
import { ArchiveExportPerson, ArchiveExportPost } from './archive-exports/archive-export-snapshot.entity';
import { AuditEvent } from '../core/audit-event.entity';
import { StatusReport, StatusReportProgress } from './reports/status-report.entity';
import { SafetyPlan, TrainingAttendance, TrainingRecord } from './safety/safety.entity';
import { ServiceLog } from './service-logs/service-log.entity';
import { ServiceOccasion, ServiceRecord } from './service-records/service-record.entity';
import { SupportEntry } from './support/support-entry.entity';
import { SummaryMaterials, SummaryMaterialsChunk } from './summary-materials/summary-materials.entity';
import { SummaryMaterialsResolver } from './summary-materials/summary-materials.resolver';

export const ENTITIES = [
  Unit,
  Campaign,
  CampaignPhase,
  ReportingMilestone,
  Volunteer,
  VolunteerAvailability,
  ServiceTeam,
  ServiceTeamMember,
  Site,
  Pairing,
  ServiceNeed,
  Assignment,
  ServiceProject,
  ProjectPost,
  ServiceProjectNeed,
  Account,
  ApiToken,
  WebSession,
  ServiceOccasion,
  ServiceRecord,
  SupportEntry,
  ServiceLog,
  SafetyPlan,
  TrainingRecord,
  TrainingAttendance,
  StatusReport,
  StatusReportProgress,
  ArchiveExport,
  ArchiveExportItem,
  ArchiveExportIssue,
  ArchiveExportProject,
  ArchiveExportPerson,
  ArchiveExportPost,
  AuditEvent,
  SummaryMaterials,
  SummaryMaterialsChunk,
];

export const RESOLVERS = [
  CodeListResolver,
  UnitResolver,
  CampaignResolver,
  VolunteerResolver,
  ServiceTeamResolver,
  ServiceTeamMemberResolver,
  VolunteerTeamsResolver,
  SiteResolver,
  PairingResolver,
  UnitPairingsResolver,
  ServiceNeedResolver,
  SiteNeedsResolver,
  AssignmentResolver,
  ServiceNeedAssignmentsResolver,
  VolunteerAssignmentsResolver,
  MatchingResolver,
  CampaignMatchingWeightsResolver,
  ServiceProjectResolver,
  ServiceTeamProjectsResolver,
  SitePhoneResolver,
  AccountResolver,
  ApiTokenResolver,
  AuditResolver,
  SafetyPlanResolver,
  ServiceProjectSafetyResolver,
  ServiceRecordResolver,
  SupportEntryResolver,
  SupportTotalsRowResolver,
  ServiceProjectSupportResolver,
  ServiceLogResolver,
  TrainingRecordResolver,
  StatusReportResolver,
  RealtimeResolver,
  ArchiveExportResolver,
  SummaryMaterialsResolver,
] as const;

/**
 * Plugs later modules' rules into earlier modules' writes. Called where a data source is made
 * (appDataSource), so every program that can write has them; the server also refuses to start
 * while a declared slot is left unfilled (a new slot someone forgot to wire here).
 */
export function wireModules(): void {
  volunteerChangeGuards.fill([teamMembershipGuard]);
  projectStartGuards.fill([safetyStartGuard]);
  projectDatesGuards.fill([recordsWithinProjectDatesGuard]);
  campaignDatesGuards.fill([needsWithinCampaignGuard]);
  const unfilled = unfilledGuardSlots();
  if (unfilled.length > 0) {
    throw new Error(`guard slots left unwired in server/src/modules/index.ts: ${unfilled.join(', ')}`);
  }
}

export interface ModuleRouteDeps {
  dataSource: DataSource;
  auth: Config['auth'];
  events: EventPublisher;
  loginThrottle: LoginThrottle | undefined;
}

/** The modules' plain HTTP routes (sign-in by cookie, downloads), mounted before GraphQL. */
export function moduleRouters({ dataSource, auth, events, loginThrottle }: ModuleRouteDeps): Router[] {
  return [
    webSessionRouter(dataSource, auth, events, loginThrottle),
    archiveExportRouter(dataSource, auth),
    statusReportRouter(dataSource, auth),
    summaryMaterialsRouter(dataSource, auth),
  ];
}
