import { MilestoneKind, ReportingMilestone } from '../../server/src/modules/campaigns/campaign.entity';
import { Document, Packer, Paragraph } from 'docx';
import { StatusReport, StatusReportStatus } from '../../server/src/modules/reports/status-report.entity';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import { SYSTEM_ACTOR } from '../../server/src/core/actor';
import { ArchiveExportScope } from '../../server/src/modules/archive-exports/archive-export.entity';
import { ArchiveExportService } from '../../server/src/modules/archive-exports/archive-export.service';
import { SupportKind, FundingSource } from '../../server/src/modules/support/support-entry.entity';
import { SupportService } from '../../server/src/modules/support/support.service';
import { ServiceLogService } from '../../server/src/modules/service-logs/service-log.service';
import { CampaignService } from '../../server/src/modules/campaigns/campaign.service';
import { ServiceProjectService } from '../../server/src/modules/projects/service-project.service';
import { TrainingTopicKind } from '../../server/src/modules/safety/safety.entity';
import { TrainingService } from '../../server/src/modules/safety/training.service';
import { Pairing, PairingKind, PairingStatus } from '../../server/src/modules/sites/site.entity';
import { SiteService } from '../../server/src/modules/sites/site.service';
import { UnitKind } from '../../server/src/modules/units/unit.entity';
import { UnitService } from '../../server/src/modules/units/unit.service';
import { ROSTER_COLUMNS } from '../../server/src/modules/volunteers/volunteer-messages';
import { AccessWorld, type UnitSide } from '../support/access-world';
import { mobile, residentId } from '../support/fixtures';
import { databaseSnapshot, testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';

/**
 * Every query and mutation of the schema, called by every role, on a target inside the
 * caller's scope (Jinan) and outside it (Qingdao). Operations come from schema/schema.graphql,
 * so a new operation without a row here fails the first test.
 */

type Caller = 'anonymous' | 'admin' | 'coordinator' | 'leader' | 'volunteer' | 'siteContact';
type Scope = 'in' | 'out';
const CALLERS: Caller[] = ['anonymous', 'admin', 'coordinator', 'leader', 'volunteer', 'siteContact'];
const SCOPES: Scope[] = ['in', 'out'];
const BOTH: Scope[] = ['in', 'out'];
const SIGNED_IN: Partial<Record<Caller, Scope[]>> = {
  admin: BOTH,
  coordinator: BOTH,
  leader: BOTH,
  volunteer: BOTH,
  siteContact: BOTH,
};
const UNIT_ADMIN: Partial<Record<Caller, Scope[]>> = { admin: BOTH, coordinator: ['in'] };

interface Cell {
  world: AccessWorld;
  side: UnitSide;
  scope: Scope;
  caller: Caller;
}

interface Row {
  document: string;
  /** Who may, and for which scope; anyone else gets FORBIDDEN (or UNAUTHENTICATED without a token). */
  allowed: Partial<Record<Caller, Scope[]>>;
  /** Answers without a token. */
  public?: boolean;
  variables?: (cell: Cell) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /**
   * A by-id read: a target outside the caller's scope answers null, exactly as an unknown id does,
   * for roles that may read some of them (roles that may read none are still FORBIDDEN).
   */
  hidden?: boolean;
  /** Run as a fresh account with the caller's role: the operation changes the caller itself. */
  freshCaller?: boolean;
}

/** The volunteer a caller would read or edit "in scope": their own record where that is all they have. */
function ownVolunteer({ world, side, scope, caller }: Cell) {
  if (scope === 'out') return side.loner;
  const jinan = world.units.in;
  if (caller === 'volunteer') return jinan.members[0]!;
  if (caller === 'leader') return jinan.members[1]!;
  return jinan.loner;
}

/** Whose service record a caller acts on: their own, a member of the team they lead, or another member. */
function recordOwner({ world, side, scope, caller }: Cell, leaderOwn = false) {
  if (scope === 'out') return side.members[2]!;
  const jinan = world.units.in;
  if (caller === 'volunteer') return jinan.members[0]!;
  if (caller === 'leader') return leaderOwn ? jinan.cadre : jinan.members[1]!;
  return jinan.members[2]!;
}

const OWN_RECORDS: Partial<Record<Caller, Scope[]>> = {
  admin: BOTH,
  coordinator: ['in'],
  leader: ['in'],
  volunteer: ['in'],
};
const APPROVERS: Partial<Record<Caller, Scope[]>> = { admin: BOTH, coordinator: ['in'], leader: ['in'] };

const ROWS: Record<string, Row> = {
  statusReport: {
    document:
      'query($k: StatusReportKeyInput!) { statusReport(key: $k) { id rows { projectName personTimes } } }',
    allowed: UNIT_ADMIN,
    variables: ({ world, side }) => ({ k: reportKey(world, side, 'LAUNCH') }),
  },
  statusReportPreview: {
    document: 'query($k: StatusReportKeyInput!) { statusReportPreview(key: $k) { projectName funds } }',
    allowed: UNIT_ADMIN,
    variables: ({ world, side }) => ({ k: reportKey(world, side, 'LAUNCH') }),
  },
  statusReportOverview: {
    document:
      'query($c: ID!) { statusReportOverview(campaignId: $c, milestone: LAUNCH) { submitted overdue } }',
    allowed: { admin: BOTH },
    variables: ({ world }) => ({ c: String(world.campaignId) }),
  },
  saveStatusReportDraft: {
    document:
      'mutation($k: StatusReportKeyInput!) { saveStatusReportDraft(key: $k, progressText: "已部署启动") { id } }',
    // Units file their own reports; the province reads them.
    allowed: { coordinator: ['in'] },
    variables: ({ world, side }) => ({ k: reportKey(world, side, 'LAUNCH') }),
  },
  submitStatusReport: {
    document: 'mutation($k: StatusReportKeyInput!) { submitStatusReport(key: $k) { status } }',
    allowed: { coordinator: ['in'] },
    variables: async ({ world, side }) => {
      const repo = world.server.dataSource.getRepository(StatusReport);
      const key = { unitId: side.unitId, campaignId: world.campaignId, milestone: MilestoneKind.MID_TERM };
      if (!(await repo.existsBy(key))) {
        await repo.insert({ ...key, status: StatusReportStatus.DRAFT, progressText: '半程推进顺利' });
      }
      return { k: reportKey(world, side, 'MID_TERM') };
    },
  },
  summaryMaterials: {
    document:
      'query($u: ID!, $c: ID!) { summaryMaterials(unitId: $u, campaignId: $c) { received materials { id } } }',
    allowed: UNIT_ADMIN,
    variables: ({ world, side }) => ({ u: String(side.unitId), c: String(world.campaignId) }),
  },
  summaryMaterialsOverview: {
    document: 'query($c: ID!) { summaryMaterialsOverview(campaignId: $c) { received overdue } }',
    allowed: { admin: BOTH },
    variables: ({ world }) => ({ c: String(world.campaignId) }),
  },
  submitSummaryMaterials: {
    document:
      'mutation($input: SubmitSummaryMaterialsInput!) { submitSummaryMaterials(input: $input) { received } }',
    // Units hand in their own materials; the province receives them.
    allowed: { coordinator: ['in'] },
    variables: async ({ world, side }) => {
      const milestones = world.server.dataSource.getRepository(ReportingMilestone);
      const key = { campaignId: world.campaignId, kind: MilestoneKind.FINAL_MATERIALS };
      if (!(await milestones.existsBy(key)))
        await milestones.insert({ ...key, dueOn: `${world.year}-10-11` });
      const docx = await Packer.toBuffer(
        new Document({ sections: [{ children: [new Paragraph('活动总结材料')] }] }),
      );
      return {
        input: {
          unitId: String(side.unitId),
          campaignId: String(world.campaignId),
          fileName: '活动总结材料.docx',
          contentBase64: docx.toString('base64'),
        },
      };
    },
  },
  // Queries
  serviceCategories: { document: '{ serviceCategories { category } }', allowed: SIGNED_IN, public: true },
  me: { document: '{ me { id } }', allowed: SIGNED_IN },
  myApiTokens: { document: '{ myApiTokens { id } }', allowed: SIGNED_IN },
  units: { document: '{ units { totalCount } }', allowed: SIGNED_IN },
  unit: {
    document: 'query($id: ID!) { unit(id: $id) { id } }',
    allowed: SIGNED_IN,
    variables: ({ side }) => ({ id: side.unitId }),
  },
  campaigns: { document: '{ campaigns { id } }', allowed: SIGNED_IN },
  campaign: {
    document: 'query($id: ID) { campaign(id: $id) { id } }',
    allowed: SIGNED_IN,
    variables: ({ world }) => ({ id: world.campaignId }),
  },
  sites: { document: '{ sites { totalCount } }', allowed: SIGNED_IN },
  site: {
    document: 'query($id: ID!) { site(id: $id) { id } }',
    allowed: SIGNED_IN,
    variables: ({ side }) => ({ id: side.siteId }),
  },
  serviceNeeds: { document: '{ serviceNeeds { totalCount } }', allowed: SIGNED_IN },
  serviceNeed: {
    document: 'query($id: ID!) { serviceNeed(id: $id) { id } }',
    allowed: SIGNED_IN,
    variables: ({ side }) => ({ id: side.needId }),
  },
  serviceTeams: { document: '{ serviceTeams { totalCount } }', allowed: SIGNED_IN },
  serviceTeam: {
    document: 'query($id: ID!) { serviceTeam(id: $id) { id } }',
    allowed: SIGNED_IN,
    variables: ({ side }) => ({ id: side.teamId }),
  },
  serviceProjects: { document: '{ serviceProjects { totalCount } }', allowed: SIGNED_IN },
  serviceProject: {
    document: 'query($id: ID!) { serviceProject(id: $id) { id } }',
    allowed: SIGNED_IN,
    variables: ({ side }) => ({ id: side.projectId }),
  },
  volunteers: {
    document: 'query($unitId: ID) { volunteers(filter: { unitId: $unitId }) { totalCount } }',
    allowed: { admin: BOTH, coordinator: ['in'], leader: ['in'], volunteer: ['in'] },
    variables: ({ side }) => ({ unitId: side.unitId }),
  },
  volunteer: {
    hidden: true,
    document: 'query($id: ID!) { volunteer(id: $id) { id documentNumber } }',
    allowed: { admin: BOTH, coordinator: ['in'], leader: ['in'], volunteer: ['in'] },
    variables: (cell) => ({ id: ownVolunteer(cell).id }),
  },
  volunteerByNumber: {
    hidden: true,
    document: 'query($n: String!) { volunteerByNumber(volunteerNumber: $n) { id } }',
    allowed: { admin: BOTH, coordinator: ['in'], leader: ['in'], volunteer: ['in'] },
    variables: (cell) => ({ n: ownVolunteer(cell).volunteerNumber }),
  },
  accounts: { document: '{ accounts { totalCount } }', allowed: { admin: BOTH, coordinator: BOTH } },
  // Scoped lists: each role sees its own slice, nobody is refused.
  assignments: {
    document: 'query($needId: ID) { assignments(filter: { needId: $needId }) { totalCount } }',
    allowed: SIGNED_IN,
    variables: ({ side }) => ({ needId: side.needId }),
  },
  myAssignments: { document: '{ myAssignments { totalCount } }', allowed: { leader: BOTH, volunteer: BOTH } },
  auditEvents: { document: '{ auditEvents { totalCount } }', allowed: { admin: BOTH } },
  matchingSuggestions: {
    document: 'query($id: ID!) { matchingSuggestions(needId: $id) { score } }',
    // Any open need may be asked about: the candidates are always the caller's own volunteers.
    allowed: { admin: BOTH, coordinator: BOTH },
    variables: ({ side }) => ({ id: side.needId }),
  },
  matchingSuggestionsExplained: {
    document:
      'query($id: ID!) { matchingSuggestionsExplained(needId: $id) { weights { skill } refused { rules } } }',
    allowed: { admin: BOTH, coordinator: BOTH },
    variables: ({ side }) => ({ id: side.needId }),
  },
  matchingExplanation: {
    hidden: true,
    document:
      'query($n: ID!, $v: ID!) { matchingExplanation(needId: $n, volunteerId: $v) { eligible rules } }',
    // The need may be anyone's, as for suggestions; the volunteer must be the caller's to plan for.
    allowed: UNIT_ADMIN,
    variables: ({ world, side }) => ({ n: world.units.in.needId, v: side.loner.id }),
  },
  matchingPlan: {
    document:
      'query($c: ID!, $u: ID) { matchingPlan(campaignId: $c, scope: { unitId: $u }) { metrics { fillRate } } }',
    allowed: UNIT_ADMIN,
    variables: ({ world, side }) => ({ c: world.campaignId, u: side.unitId }),
  },
  proposeMatchingPlan: {
    document:
      'mutation($c: ID!, $u: ID) { proposeMatchingPlan(campaignId: $c, scope: { unitId: $u }) { metrics { fillRate } } }',
    allowed: UNIT_ADMIN,
    variables: ({ world, side }) => ({ c: world.campaignId, u: side.unitId }),
  },
  teamFormationProposal: {
    document: 'query($u: ID!) { teamFormationProposal(unitId: $u) { unplacedVolunteers } }',
    allowed: UNIT_ADMIN,
    variables: ({ side }) => ({ u: side.unitId }),
  },
  setMatchingWeights: {
    document: 'mutation($c: ID!) { setMatchingWeights(campaignId: $c, weights: { load: 0.1 }) { load } }',
    allowed: { admin: BOTH },
    variables: ({ world }) => ({ c: world.campaignId }),
  },

  serviceRecords: { document: '{ serviceRecords { totalCount } }', allowed: SIGNED_IN },
  serviceRecord: {
    hidden: true,
    document: 'query($id: ID!) { serviceRecord(id: $id) { id hours } }',
    allowed: { ...OWN_RECORDS, siteContact: ['in'] },
    variables: async (cell) => ({ id: (await cell.world.serviceRecord(cell.side, recordOwner(cell))).id }),
  },
  serviceTotals: {
    document: 'query { serviceTotals(groupBy: UNIT) { key hours personTimes } }',
    allowed: SIGNED_IN,
  },

  // Mutations
  setSafetyPlan: {
    document: `mutation($id: ID!) { setSafetyPlan(projectId: $id, input: {
      responsiblePerson: "王建国", responsiblePhone: "0531-81916597", emergencyPlan: "立即联系负责人", insured: true
    }) { id } }`,
    allowed: APPROVERS,
    variables: ({ side }) => ({ id: side.projectId }),
  },
  recordService: {
    document: 'mutation($input: RecordServiceInput!) { recordService(input: $input) { id } }',
    allowed: OWN_RECORDS,
    variables: async (cell) => {
      const { projectId, postIds } = await cell.world.recordsProject(cell.side);
      const { startsAt, endsAt } = cell.world.slot();
      return {
        input: { projectId, postId: postIds[0], volunteerId: recordOwner(cell).id, startsAt, endsAt },
      };
    },
  },
  recordServiceBatch: {
    document: 'mutation($input: RecordServiceBatchInput!) { recordServiceBatch(input: $input) { id } }',
    allowed: APPROVERS,
    variables: async ({ world, side }) => {
      const { projectId, postIds } = await world.recordsProject(side);
      const { startsAt, endsAt } = world.slot();
      return {
        input: {
          projectId,
          postId: postIds[0],
          volunteerIds: [side.members[3]!.id, side.members[4]!.id],
          segments: [{ startsAt, endsAt }],
        },
      };
    },
  },
  updateServiceRecord: {
    document: 'mutation($id: ID!) { updateServiceRecord(id: $id, input: { remark: "课后辅导" }) { id } }',
    allowed: OWN_RECORDS,
    variables: async (cell) => ({ id: (await cell.world.serviceRecord(cell.side, recordOwner(cell))).id }),
  },
  submitServiceRecord: {
    document: 'mutation($id: ID!) { submitServiceRecord(id: $id) { id } }',
    allowed: OWN_RECORDS,
    variables: async (cell) => ({ id: (await cell.world.serviceRecord(cell.side, recordOwner(cell))).id }),
  },
  approveServiceRecord: {
    document: 'mutation($id: ID!) { approveServiceRecord(id: $id) { id } }',
    allowed: APPROVERS,
    variables: async ({ world, side }) => ({
      id: (await world.serviceRecord(side, side.members[2]!, 'SUBMITTED')).id,
    }),
  },
  rejectServiceRecord: {
    document: 'mutation($id: ID!) { rejectServiceRecord(id: $id, reason: "时间有误") { id } }',
    allowed: APPROVERS,
    variables: async ({ world, side }) => ({
      id: (await world.serviceRecord(side, side.members[2]!, 'SUBMITTED')).id,
    }),
  },
  correctServiceRecord: {
    document:
      'mutation($id: ID!) { correctServiceRecord(id: $id, input: { remark: "更正", reason: "内容有误" }) { id } }',
    allowed: APPROVERS,
    variables: async ({ world, side }) => ({
      id: (await world.serviceRecord(side, side.members[2]!, 'APPROVED')).id,
    }),
  },
  issueServiceCode: {
    document:
      'mutation($id: ID!, $date: LocalDate!) { issueServiceCode(projectId: $id, date: $date) { code } }',
    // Two-party verification: only the served site's contact issues codes, not even the admin.
    allowed: { siteContact: ['in'] },
    variables: async ({ world, side }) => ({
      id: (await world.recordsProject(side)).projectId,
      date: `${world.pastYear}-06-01`,
    }),
  },
  confirmPresence: {
    document: 'mutation($id: ID!, $code: String!) { confirmPresence(id: $id, code: $code) { id } }',
    // Only the volunteer confirms their own presence.
    allowed: { leader: ['in'], volunteer: ['in'] },
    variables: async (cell) => cell.world.codedRecord(cell.side, recordOwner(cell, true)),
  },
  login: {
    document: 'mutation { login(username: "jinan-site", password: "jinan-site-password") { accessToken } }',
    allowed: SIGNED_IN,
    public: true,
  },
  createUnit: {
    document: 'mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }',
    allowed: { admin: BOTH },
    variables: ({ world, side }) => ({
      input: {
        code: `X-${world.next()}`,
        name: '区县教育工会',
        kind: 'CITY',
        parentId: side.unitId,
        cityCode: '370100',
      },
    }),
  },
  updateUnit: {
    document: 'mutation($id: ID!) { updateUnit(id: $id, input: { cityCode: "370100" }) { id } }',
    allowed: UNIT_ADMIN,
    variables: ({ side }) => ({ id: side.unitId }),
  },
  createCampaign: {
    document: 'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
    allowed: { admin: BOTH },
    variables: ({ world }) => {
      const year = 2099 - world.next();
      return {
        input: {
          year,
          name: `${year}`,
          startsOn: `${year}-03-01`,
          endsOn: `${year}-10-31`,
          phases: [],
          milestones: [],
        },
      };
    },
  },
  updateCampaign: {
    document: 'mutation($id: ID!) { updateCampaign(id: $id, input: { name: "活动" }) { id } }',
    allowed: { admin: BOTH },
    variables: ({ world }) => ({ id: world.campaignId }),
  },
  createVolunteer: {
    document: 'mutation($input: CreateVolunteerInput!) { createVolunteer(input: $input) { id } }',
    allowed: UNIT_ADMIN,
    variables: ({ world, side }) => {
      const n = 500 + world.next();
      return {
        input: {
          name: '孙新',
          documentNumber: residentId('370103', '19900101', n),
          mobile: mobile(n),
          unitId: side.unitId,
          homeAreaCode: '370103',
        },
      };
    },
  },
  importVolunteerRoster: {
    document:
      'mutation($input: ImportVolunteerRosterInput!) { importVolunteerRoster(input: $input) { importedCount problemCount } }',
    allowed: UNIT_ADMIN,
    variables: ({ world, side }) => {
      const n = 500 + world.next();
      const header = ROSTER_COLUMNS.join(',');
      const cells: Record<string, string> = {
        姓名: '钱新',
        证件号码: residentId('370103', '19900101', n),
        手机号码: mobile(n),
        常住地区代码: '370103',
      };
      const line = ROSTER_COLUMNS.map((column) => cells[column] ?? '').join(',');
      return {
        input: {
          unitId: side.unitId,
          fileName: '名册.csv',
          contentBase64: Buffer.from(`${header}\r\n${line}\r\n`).toString('base64'),
          dryRun: false,
        },
      };
    },
  },
  updateVolunteer: {
    document: 'mutation($id: ID!) { updateVolunteer(id: $id, input: { skills: ["课后辅导"] }) { id } }',
    allowed: { admin: BOTH, coordinator: ['in'], leader: ['in'], volunteer: ['in'] },
    variables: (cell) => {
      const own =
        cell.caller === 'leader' && cell.scope === 'in' ? cell.world.units.in.cadre : ownVolunteer(cell);
      return { id: own.id };
    },
  },
  createServiceTeam: {
    document: 'mutation($input: CreateServiceTeamInput!) { createServiceTeam(input: $input) { id } }',
    allowed: UNIT_ADMIN,
    variables: ({ world, side }) => ({ input: { name: `新服务队${world.next()}`, unitId: side.unitId } }),
  },
  updateServiceTeam: {
    document: 'mutation($id: ID!) { updateServiceTeam(id: $id, input: { description: "说明" }) { id } }',
    allowed: UNIT_ADMIN,
    variables: ({ side }) => ({ id: side.teamId }),
  },
  activateServiceTeam: {
    document: 'mutation($id: ID!) { activateServiceTeam(id: $id) { id } }',
    allowed: UNIT_ADMIN,
    variables: async ({ world, side }) => ({ id: await world.readyTeam(side.unitId) }),
  },
  disbandServiceTeam: {
    document: 'mutation($id: ID!) { disbandServiceTeam(id: $id) { id } }',
    allowed: UNIT_ADMIN,
    variables: async ({ world, side }) => ({ id: await world.readyTeam(side.unitId) }),
  },
  createSite: {
    document: 'mutation($input: CreateSiteInput!) { createSite(input: $input) { id } }',
    allowed: { admin: BOTH, coordinator: BOTH },
    variables: ({ world }) => ({
      input: {
        name: `单县某村${world.next()}`,
        kind: 'VILLAGE',
        areaCode: '371722',
        latitude: 34.8,
        longitude: 116.1,
      },
    }),
  },
  updateSite: {
    document: 'mutation($id: ID!) { updateSite(id: $id, input: { description: "村小学" }) { id } }',
    allowed: { admin: BOTH, coordinator: ['in'], siteContact: ['in'] },
    variables: ({ side }) => ({ id: side.siteId }),
  },
  pairUnitWithSite: {
    document: 'mutation($input: PairUnitWithSiteInput!) { pairUnitWithSite(input: $input) { id } }',
    allowed: UNIT_ADMIN,
    variables: async ({ world, side }) => ({
      input: {
        unitId: side.unitId,
        siteId: await world.site(),
        kind: 'SELF_PAIRED',
        startedOn: `${world.year}-02-01`,
      },
    }),
  },
  // A request to pair with a site is answered by the coordinator of the unit that owns it.
  approvePairing: {
    document: 'mutation($id: ID!) { approvePairing(id: $id) { id status } }',
    allowed: UNIT_ADMIN,
    variables: async (cell) => ({ id: await pairingRequestOf(cell) }),
  },
  refusePairing: {
    document: 'mutation($id: ID!) { refusePairing(id: $id) { id status } }',
    allowed: UNIT_ADMIN,
    variables: async (cell) => ({ id: await pairingRequestOf(cell) }),
  },
  pairingRequests: {
    document: '{ pairingRequests { totalCount } }',
    allowed: { admin: BOTH, coordinator: BOTH },
  },
  endPairing: {
    document: 'mutation($id: ID!, $on: LocalDate!) { endPairing(id: $id, endedOn: $on) { id } }',
    allowed: UNIT_ADMIN,
    variables: async ({ world, side }) => ({
      id: await world.pair(side.unitId, await world.site()),
      on: `${world.year}-12-31`,
    }),
  },
  postServiceNeed: {
    document: 'mutation($input: PostServiceNeedInput!) { postServiceNeed(input: $input) { id } }',
    allowed: { admin: BOTH, coordinator: ['in'], siteContact: ['in'] },
    variables: ({ world, side }) => ({
      input: {
        siteId: side.siteId,
        campaignId: world.campaignId,
        title: '防溺水安全知识宣讲',
        category: 'SAFETY_TALK',
        headcount: 2,
        startsAt: `${world.year}-06-01T01:00:00Z`,
        endsAt: `${world.year}-06-01T04:00:00Z`,
      },
    }),
  },
  updateServiceNeed: {
    document: 'mutation($id: ID!) { updateServiceNeed(id: $id, input: { headcount: 4 }) { id } }',
    allowed: { admin: BOTH, coordinator: ['in'], siteContact: ['in'] },
    variables: ({ side }) => ({ id: side.needId }),
  },
  proposeAssignments: {
    document:
      'mutation($needId: ID!, $ids: [ID!]!) { proposeAssignments(needId: $needId, volunteerIds: $ids) { id } }',
    allowed: UNIT_ADMIN,
    variables: async ({ world, side }) => ({ needId: await world.freshNeed(side), ids: [side.loner.id] }),
  },
  confirmAssignment: {
    document: 'mutation($id: ID!) { confirmAssignment(id: $id) { id } }',
    allowed: UNIT_ADMIN,
    variables: async ({ world, side }) => ({ id: await world.proposedAssignment(side) }),
  },
  respondToAssignment: {
    document: 'mutation($id: ID!) { respondToAssignment(id: $id, accept: true) { id } }',
    // Service is voluntary: only the volunteer answers, not even the admin or their coordinator.
    allowed: { leader: ['in'], volunteer: ['in'] },
    variables: async (cell) => {
      const own =
        cell.scope === 'in' && cell.caller === 'leader' ? cell.world.units.in.cadre : ownVolunteer(cell);
      return { id: await cell.world.confirmedAssignment(cell.side, own) };
    },
  },
  cancelAssignment: {
    document: 'mutation($id: ID!) { cancelAssignment(id: $id, reason: "改派") { id } }',
    allowed: UNIT_ADMIN,
    variables: async ({ world, side }) => ({ id: await world.confirmedAssignment(side) }),
  },
  createServiceProject: {
    document: 'mutation($input: CreateServiceProjectInput!) { createServiceProject(input: $input) { id } }',
    allowed: { admin: BOTH, coordinator: ['in'], leader: ['in'] },
    variables: ({ world, side }) => ({ input: world.projectInput(side.teamId, side.siteId) }),
  },
  updateServiceProject: {
    document: 'mutation($id: ID!) { updateServiceProject(id: $id, input: { peopleServed: 80 }) { id } }',
    allowed: { admin: BOTH, coordinator: ['in'], leader: ['in'] },
    variables: ({ side }) => ({ id: side.projectId }),
  },
  createAccount: {
    document: 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
    allowed: UNIT_ADMIN,
    variables: async ({ world, side }) => {
      const volunteer = await world.volunteer(side.unitId);
      return {
        input: {
          username: `new-${world.next()}`,
          displayName: volunteer.name,
          password: 'a-long-enough-password',
          role: 'VOLUNTEER',
          volunteerId: volunteer.id,
        },
      };
    },
  },
  deactivateAccount: {
    document: 'mutation($id: ID!) { deactivateAccount(id: $id) { id } }',
    allowed: UNIT_ADMIN,
    variables: async ({ world, side }) => ({ id: await world.volunteerAccount(side.unitId) }),
  },
  changePassword: {
    document:
      'mutation($p: String!) { changePassword(currentPassword: $p, newPassword: "another-long-password") { accessToken } }',
    allowed: SIGNED_IN,
    freshCaller: true,
    variables: () => ({ p: 'replaced-by-the-fresh-callers-password' }),
  },
  createApiToken: {
    document: 'mutation { createApiToken(name: "报表工具", expiresInDays: 30) { token } }',
    allowed: SIGNED_IN,
  },
  revokeApiToken: {
    document: 'mutation($id: ID!) { revokeApiToken(id: $id) { id } }',
    allowed: { admin: BOTH, coordinator: ['in'], leader: ['in'], volunteer: ['in'], siteContact: ['in'] },
    // In scope: the caller's own token; out of scope: somebody else's.
    variables: async ({ world, scope, caller }) => {
      const someoneElse = caller === 'coordinator' ? world.tokens.leader : world.tokens.coordinator;
      const owner = scope === 'in' && caller !== 'anonymous' ? world.tokens[caller] : someoneElse;
      return { id: await world.apiTokenOf(owner) };
    },
  },
  // Support ledger (物质或资金支持): its project's runners write; readers see their own slice.
  supportEntries: {
    document: 'query($p: ID) { supportEntries(filter: { projectId: $p }) { totalCount } }',
    allowed: { admin: BOTH, coordinator: BOTH, leader: BOTH, siteContact: BOTH },
    variables: ({ side }) => ({ p: side.projectId }),
  },
  supportEntry: {
    hidden: true,
    document: 'query($id: ID!) { supportEntry(id: $id) { id } }',
    allowed: { admin: BOTH, coordinator: ['in'], leader: ['in'], siteContact: ['in'] },
    variables: async (cell) => ({ id: await supportEntryOf(cell) }),
  },
  supportTotals: {
    document: 'query($u: ID) { supportTotals(filter: { unitId: $u }) { total { entryCount } } }',
    // A coordinator naming another unit is refused; leaders and site contacts get their own slice.
    allowed: { admin: BOTH, coordinator: ['in'], leader: BOTH, siteContact: BOTH },
    variables: ({ side }) => ({ u: side.unitId }),
  },
  recordSupportEntry: {
    document: 'mutation($input: RecordSupportEntryInput!) { recordSupportEntry(input: $input) { id } }',
    allowed: { admin: BOTH, coordinator: ['in'], leader: ['in'] },
    variables: ({ side }) => ({
      input: {
        kind: 'MATERIALS',
        projectId: side.projectId,
        occurredOn: '2019-05-01',
        itemName: '课外读物',
        quantity: '20',
        quantityUnit: '册',
        estimatedValue: '400',
      },
    }),
  },
  updateSupportEntry: {
    document: 'mutation($id: ID!) { updateSupportEntry(id: $id, input: { amount: "120.00" }) { id } }',
    allowed: { admin: BOTH, coordinator: ['in'], leader: ['in'] },
    variables: async (cell) => ({ id: await supportEntryOf(cell) }),
  },
  voidSupportEntry: {
    document: 'mutation($id: ID!) { voidSupportEntry(id: $id, reason: "重复录入") { id } }',
    allowed: { admin: BOTH, coordinator: ['in'], leader: ['in'] },
    variables: async (cell) => ({ id: await supportEntryOf(cell) }),
  },

  // 志愿服务日志: the project's team and its unit's coordinators write; authors edit their own.
  serviceLogs: {
    document: 'query($p: ID!) { serviceLogs(projectId: $p) { totalCount } }',
    allowed: { admin: BOTH, coordinator: ['in'], leader: ['in'], volunteer: ['in'], siteContact: ['in'] },
    variables: ({ side }) => ({ p: side.projectId }),
  },
  writeServiceLog: {
    document: 'mutation($input: WriteServiceLogInput!) { writeServiceLog(input: $input) { id } }',
    allowed: { admin: BOTH, coordinator: ['in'], leader: ['in'], volunteer: ['in'] },
    variables: async (cell) => ({
      input: { projectId: await pastProjectOf(cell), loggedOn: '2019-05-01', content: '课后辅导' },
    }),
  },
  updateServiceLog: {
    document: 'mutation($id: ID!) { updateServiceLog(id: $id, input: { content: "补记" }) { id } }',
    // In scope: an entry the caller wrote; out of scope: somebody else's.
    allowed: { admin: ['in'], coordinator: ['in'], leader: ['in'], volunteer: ['in'] },
    variables: async (cell) => ({ id: await serviceLogOf(cell) }),
  },

  // 培训记录: a unit's coordinator records trainings; readers see the trainings of their people.
  trainingRecords: {
    document: 'query($u: ID) { trainingRecords(filter: { unitId: $u }) { totalCount } }',
    allowed: { admin: BOTH, coordinator: ['in'], leader: BOTH, volunteer: BOTH },
    variables: ({ side }) => ({ u: side.unitId }),
  },
  trainingRecord: {
    hidden: true,
    document: 'query($id: ID!) { trainingRecord(id: $id) { id } }',
    allowed: { admin: BOTH, coordinator: ['in'], leader: ['in'], volunteer: ['in'] },
    variables: async (cell) => ({ id: await trainingOf(cell) }),
  },
  recordTraining: {
    document: 'mutation($input: RecordTrainingInput!) { recordTraining(input: $input) { id } }',
    allowed: UNIT_ADMIN,
    variables: ({ side }) => ({
      input: {
        unitId: side.unitId,
        topic: '安全知识培训',
        covers: ['SAFETY'],
        heldOn: '2019-05-01',
        hours: '2',
        trainer: '张安全',
        attendeeIds: [side.loner.id],
      },
    }),
  },
  updateTraining: {
    document: 'mutation($id: ID!) { updateTraining(id: $id, input: { hours: "3" }) { id } }',
    allowed: UNIT_ADMIN,
    variables: async (cell) => ({ id: await trainingOf(cell) }),
  },

  // 志愿服务记录导出: files hold ID numbers and mobiles, so only the unit's coordinator makes them;
  // the admin reads the batches (no personal data in them).
  archiveExports: {
    document: 'query($u: ID) { archiveExports(filter: { unitId: $u }) { totalCount } }',
    allowed: { admin: BOTH, coordinator: BOTH },
    variables: ({ side }) => ({ u: side.unitId }),
  },
  archiveExport: {
    hidden: true,
    document: 'query($id: ID!) { archiveExport(id: $id) { id recordCount issues { rule } } }',
    allowed: UNIT_ADMIN,
    variables: async (cell) => ({ id: await archiveExportOf(cell) }),
  },
  createArchiveExport: {
    document: `mutation($input: CreateArchiveExportInput!) { createArchiveExport(input: $input) {
      id recordCount downloads { xlsx } } }`,
    allowed: { coordinator: ['in'] },
    variables: async ({ world, side }) => {
      await world.serviceRecord(side, side.members[5]!, 'APPROVED');
      const { projectId } = await world.recordsProject(side);
      return {
        input: {
          scope: 'PROJECT',
          scopeId: projectId,
          rangeStart: `${world.pastYear}-01-01`,
          rangeEnd: `${world.pastYear}-12-31`,
        },
      };
    },
  },
  reexportArchiveExport: {
    document: 'mutation($id: ID!) { reexportArchiveExport(id: $id) { id reexportOfId } }',
    allowed: { coordinator: ['in'] },
    variables: async (cell) => ({ id: await archiveExportOf(cell) }),
  },

  // 志愿服务基地: the admin and the coordinators of the unit that owns the site, not the site itself.
  markLongTermBase: {
    document: 'mutation($s: ID!) { markLongTermBase(siteId: $s, since: "2019-06-01") { id } }',
    allowed: UNIT_ADMIN,
    variables: async (cell) => ({ s: await pairedSiteOf(cell, false) }),
  },
  unmarkLongTermBase: {
    document: 'mutation($s: ID!) { unmarkLongTermBase(siteId: $s) { id } }',
    allowed: UNIT_ADMIN,
    variables: async (cell) => ({ s: await pairedSiteOf(cell, true) }),
  },
};

/** A batch of the side's unit made by the system, with one fresh approved record. */
async function archiveExportOf({ world, side }: Cell): Promise<string> {
  await world.serviceRecord(side, side.members[5]!, 'APPROVED');
  const batch = await new ArchiveExportService(world.server.dataSource, SYSTEM_ACTOR).create({
    scope: ArchiveExportScope.UNIT,
    scopeId: side.unitId,
    rangeStart: `${world.pastYear}-01-01`,
    rangeEnd: `${world.pastYear}-12-31`,
  });
  return String(batch.id);
}

/** A FUNDS line of the side's project, recorded by the system. */
async function supportEntryOf({ world, side }: Cell): Promise<string> {
  const entry = await new SupportService(world.server.dataSource, SYSTEM_ACTOR).record({
    kind: SupportKind.FUNDS,
    projectId: String(side.projectId),
    occurredOn: '2019-05-01',
    amount: '100.00',
    fundingSource: FundingSource.UNION_FUNDS,
  });
  return String(entry.id);
}

/** A project of the side's team in a past campaign, so that log entries can be dated in it. */
const pastCampaigns = new WeakMap<AccessWorld, Promise<number>>();
async function pastProjectOf({ world, side }: Cell): Promise<string> {
  if (!pastCampaigns.has(world)) {
    pastCampaigns.set(
      world,
      new CampaignService(world.server.dataSource, SYSTEM_ACTOR)
        .create({
          year: 2019,
          name: '2019',
          startsOn: '2019-03-01',
          endsOn: '2019-10-31',
          phases: [],
          milestones: [],
        })
        .then((c) => c.id),
    );
  }
  const campaignId = await pastCampaigns.get(world)!;
  const project = await new ServiceProjectService(world.server.dataSource, SYSTEM_ACTOR).create({
    ...world.projectInput(side.teamId, side.siteId),
    campaignId: String(campaignId),
    startsOn: '2019-04-01',
    endsOn: '2019-09-30',
  });
  return String(project.id);
}

/** In scope, an entry the caller wrote themselves (when they may write); otherwise one by the system. */
async function serviceLogOf(cell: Cell): Promise<string> {
  const input = { projectId: await pastProjectOf(cell), loggedOn: '2019-05-02', content: '服务记录' };
  const writers: Caller[] = ['admin', 'coordinator', 'leader', 'volunteer'];
  if (cell.scope === 'in' && writers.includes(cell.caller)) {
    const response = await cell.world.server.gql(
      graphql(`
        mutation AccessMatrixWriteServiceLog($input: WriteServiceLogInput!) {
          writeServiceLog(input: $input) {
            id
          }
        }
      `),
      { input },
      { token: cell.world.tokens[cell.caller as Exclude<Caller, 'anonymous'>] },
    );
    return response.data!.writeServiceLog.id;
  }
  return String((await new ServiceLogService(cell.world.server.dataSource, SYSTEM_ACTOR).write(input)).id);
}

/** A training of the side's unit attended by its first member (the in-scope volunteer, led by the leader). */
async function trainingOf({ world, side }: Cell): Promise<string> {
  const training = await new TrainingService(world.server.dataSource, SYSTEM_ACTOR).record({
    unitId: String(side.unitId),
    topic: '志愿服务礼仪',
    covers: [TrainingTopicKind.CONDUCT],
    heldOn: '2019-05-01',
    hours: '1.5',
    trainer: '李老师',
    attendeeIds: [String(side.members[0]!.id)],
  });
  return String(training.id);
}

/** A fresh site paired with the side's unit, already a long-term base when `marked`. */
async function pairedSiteOf({ world, side }: Cell, marked: boolean): Promise<string> {
  const siteId = await world.site(side.unitId);
  await world.pair(side.unitId, siteId);
  if (marked)
    await new SiteService(world.server.dataSource, SYSTEM_ACTOR).markLongTermBase(siteId, '2019-06-01');
  return String(siteId);
}

/** A unit's request to pair with a site the side's unit owns. */
async function pairingRequestOf({ world, side }: Cell): Promise<string> {
  const siteId = await world.site(side.unitId);
  const asker = await new UnitService(world.server.dataSource, SYSTEM_ACTOR).create({
    code: `SD-ASK-${world.next()}`,
    name: `申请结对单位${world.next()}`,
    kind: UnitKind.CITY,
    parentId: String(world.provinceId),
    cityCode: '370300',
  });
  const pairing = await world.server.dataSource.getRepository(Pairing).save({
    unitId: asker.id,
    siteId,
    kind: PairingKind.SELF_PAIRED,
    startedOn: `${world.year}-02-01`,
    endedOn: null,
    status: PairingStatus.REQUESTED,
  });
  return String(pairing.id);
}

function reportKey(world: AccessWorld, side: { unitId: number }, milestone: string) {
  return { unitId: String(side.unitId), campaignId: String(world.campaignId), milestone };
}

function expected(row: Row, caller: Caller, scope: Scope): string {
  if (caller === 'anonymous') return row.public ? 'allowed' : 'UNAUTHENTICATED';
  const scopes = row.allowed[caller] ?? [];
  if (scopes.includes(scope)) return 'allowed';
  return row.hidden && scopes.length > 0 ? 'null' : 'FORBIDDEN';
}

function operations(): string[] {
  const sdl = fs.readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8');
  const schema = buildSchema(sdl);
  const names = (type: GraphQLObjectType | null | undefined) => Object.keys(type?.getFields() ?? {});
  return [...names(schema.getQueryType()), ...names(schema.getMutationType())];
}

describe(`access by role and scope (${testDbKind()})`, () => {
  let server: TestServer;
  let world: AccessWorld;

  beforeAll(async () => {
    server = await startTestServer();
    world = await new AccessWorld(server).build();
  });

  afterAll(async () => {
    await server.stop();
  });

  it('has a row for every query and mutation of the schema', () => {
    expect(operations().filter((name) => !ROWS[name])).toEqual([]);
    expect(Object.keys(ROWS).filter((name) => !operations().includes(name))).toEqual([]);
  });

  const cells = Object.keys(ROWS).flatMap((operation) =>
    CALLERS.flatMap((caller) => SCOPES.map((scope) => ({ operation, caller, scope }))),
  );

  it.each(cells)('$operation as $caller, $scope scope', async ({ operation, caller, scope }) => {
    const row = ROWS[operation]!;
    const cell: Cell = { world, side: world.units[scope], scope, caller };
    const variables = (await row.variables?.(cell)) ?? {};
    let token: string | null = caller === 'anonymous' ? null : world.tokens[caller];
    if (row.freshCaller && token) {
      const fresh = await server.signInAs({
        ...(await callerLinks(caller)),
        username: `fresh-${world.next()}`,
      });
      variables.p = `${await usernameOf(fresh)}-password`;
      token = fresh;
    }
    const outcome = expected(row, caller, scope);
    const before = outcome === 'allowed' ? null : await databaseSnapshot(server.dataSource);
    const response = await server.gql(row.document, variables, { token });
    if (outcome === 'allowed') {
      expect(response.errors).toBeUndefined();
    } else if (outcome === 'null') {
      expect(response).toEqual({ data: { [operation]: null } });
    } else {
      expect(response.errors?.map((e) => e.extensions?.code)).toEqual([outcome]);
      expect(await databaseSnapshot(server.dataSource)).toBe(before);
    }
  });

  async function callerLinks(caller: Caller) {
    const jinan = world.units.in;
    switch (caller) {
      case 'admin':
        return { role: 'PROVINCIAL_ADMIN' as never };
      case 'coordinator':
        return { role: 'UNIT_COORDINATOR' as never, unitId: String(jinan.unitId) };
      case 'leader':
        return { role: 'TEAM_LEADER' as never, volunteerId: String(jinan.cadre.id) };
      case 'volunteer':
        return { role: 'VOLUNTEER' as never, volunteerId: String(jinan.members[0]!.id) };
      default:
        return { role: 'SITE_CONTACT' as never, siteId: String(jinan.siteId) };
    }
  }

  async function usernameOf(token: string): Promise<string> {
    const me = await server.gql(
      graphql(`
        query AccessMatrixMe {
          me {
            username
          }
        }
      `),
      {},
      { token },
    );
    return me.data!.me.username;
  }
});
