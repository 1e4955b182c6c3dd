/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n      query ConsoleCampaignUnits($y: Int) {\n        campaign(year: $y) {\n          id\n        }\n        units(filter: { search: \"青岛市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.ConsoleCampaignUnitsDocument,
    "\n      mutation ConsoleCreateAccount($input: CreateAccountInput!) {\n        createAccount(input: $input) {\n          id\n        }\n      }\n    ": typeof types.ConsoleCreateAccountDocument,
    "\n      query ConsoleUnitByName($s: String) {\n        units(filter: { search: $s }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.ConsoleUnitByNameDocument,
    "\n      query ConsoleSites($u: ID!) {\n        sites(filter: { ownerUnitId: $u }, first: 1) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.ConsoleSitesDocument,
    "\n      mutation ConsolePostServiceNeed($input: PostServiceNeedInput!) {\n        postServiceNeed(input: $input) {\n          id\n        }\n      }\n    ": typeof types.ConsolePostServiceNeedDocument,
    "\n      query ConsoleServiceNeeds($c: ID) {\n        serviceNeeds(filter: { campaignId: $c }) {\n          totalCount\n        }\n      }\n    ": typeof types.ConsoleServiceNeedsDocument,
    "\n          query ConsoleServiceNeed($id: ID!) {\n            serviceNeed(id: $id) {\n              startsAt\n              endsAt\n              category\n              status\n              headcount\n              confirmedCount\n            }\n          }\n        ": typeof types.ConsoleServiceNeedDocument,
    "\n        query ConsoleServiceNeed2($id: ID!) {\n          serviceNeed(id: $id) {\n            title\n            startsAt\n            endsAt\n            category\n            headcount\n          }\n        }\n      ": typeof types.ConsoleServiceNeed2Document,
    "\n        query ConsoleSitesSites($qd: ID!, $jn: ID!) {\n          own: sites(filter: { ownerUnitId: $qd }, first: 100) {\n            edges {\n              node {\n                name\n              }\n            }\n          }\n          paired: sites(filter: { pairedUnitId: $qd }, first: 100) {\n            edges {\n              node {\n                name\n              }\n            }\n          }\n          jinan: sites(filter: { ownerUnitId: $jn }, first: 100) {\n            edges {\n              node {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.ConsoleSitesSitesDocument,
    "\n              query ConsoleUnits {\n                units(filter: { search: \"青岛市教育工会\" }) {\n                  edges {\n                    node {\n                      id\n                    }\n                  }\n                }\n              }\n            ": typeof types.ConsoleUnitsDocument,
    "\n              query ConsoleUnits2 {\n                units(filter: { search: \"济南市教育工会\" }) {\n                  edges {\n                    node {\n                      id\n                    }\n                  }\n                }\n              }\n            ": typeof types.ConsoleUnits2Document,
    "\n          query ConsoleNeedsOpenToUnit($u: ID!, $c: ID!) {\n            serviceNeeds(filter: { unitId: $u, campaignId: $c }, first: 20) {\n              totalCount\n              edges {\n                node {\n                  id\n                  site {\n                    name\n                  }\n                  postedByUnit {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.ConsoleNeedsOpenToUnitDocument,
    "\n          query ConsoleJinanNeeds($u: ID!, $c: ID!) {\n            serviceNeeds(filter: { unitId: $u, campaignId: $c }, first: 100) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.ConsoleJinanNeedsDocument,
    "\n      query DashboardCampaignUnits($year: Int) {\n        campaign(year: $year) {\n          id\n          name\n          milestones {\n            kind\n            dueOn\n          }\n        }\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.DashboardCampaignUnitsDocument,
    "\n      query DashboardServiceNeeds($f: ServiceNeedFilter!) {\n        serviceNeeds(filter: $f, first: 20) {\n          edges {\n            node {\n              id\n              servedByTeam\n            }\n          }\n        }\n      }\n    ": typeof types.DashboardServiceNeedsDocument,
    "\n        query DashboardMatchingSuggestions($n: ID!) {\n          matchingSuggestions(needId: $n, limit: 1) {\n            volunteerId\n          }\n        }\n      ": typeof types.DashboardMatchingSuggestionsDocument,
    "\n        mutation DashboardProposeAssignments($n: ID!, $v: [ID!]!) {\n          proposeAssignments(needId: $n, volunteerIds: $v) {\n            id\n            status\n          }\n        }\n      ": typeof types.DashboardProposeAssignmentsDocument,
    "\n      query DashboardMe {\n        me {\n          volunteerId\n        }\n      }\n    ": typeof types.DashboardMeDocument,
    "\n      query DashboardServiceTeams($v: ID) {\n        serviceTeams(filter: { memberId: $v }) {\n          edges {\n            node {\n              unitId\n              projects {\n                id\n                startsOn\n                endsOn\n                posts {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.DashboardServiceTeamsDocument,
    "\n      mutation DashboardRecordService($input: RecordServiceInput!) {\n        recordService(input: $input) {\n          id\n          status\n        }\n      }\n    ": typeof types.DashboardRecordServiceDocument,
    "\n      query DashboardServiceNeedsAssignments($needs: ServiceNeedFilter!) {\n        openNeeds: serviceNeeds(filter: $needs, first: 1) {\n          totalCount\n        }\n        proposed: assignments(filter: { status: PROPOSED }, first: 1) {\n          totalCount\n        }\n        confirmed: assignments(filter: { status: CONFIRMED }, first: 1) {\n          totalCount\n        }\n        submittedRecords: serviceRecords(filter: { status: SUBMITTED }, first: 1) {\n          totalCount\n        }\n      }\n    ": typeof types.DashboardServiceNeedsAssignmentsDocument,
    "\n      query DashboardStatusReport($key: StatusReportKeyInput!) {\n        statusReport(key: $key) {\n          id\n          status\n          progressText\n          submittedAt\n          downloadPath\n        }\n      }\n    ": typeof types.DashboardStatusReportDocument,
    "\n        query DashboardStatusReportPreview($key: StatusReportKeyInput!) {\n          statusReportPreview(key: $key) {\n            projectId\n            personTimes\n          }\n        }\n      ": typeof types.DashboardStatusReportPreviewDocument,
    "\n          query DashboardStatusReportOverview($c: ID!) {\n            statusReportOverview(campaignId: $c, milestone: LAUNCH) {\n              submitted\n              units {\n                unitId\n              }\n            }\n          }\n        ": typeof types.DashboardStatusReportOverviewDocument,
    "\n              query DashboardOverviewDeadlines($c: ID!) {\n                statusReportOverview(campaignId: $c, milestone: LAUNCH) {\n                  units {\n                    unitId\n                    overdue\n                    late\n                  }\n                }\n              }\n            ": typeof types.DashboardOverviewDeadlinesDocument,
    "\n          query DashboardCampaigns {\n            campaigns {\n              id\n              milestones {\n                kind\n              }\n            }\n          }\n        ": typeof types.DashboardCampaignsDocument,
    "\n              query DashboardStatusReportOverview2($c: ID!, $m: MilestoneKind!) {\n                statusReportOverview(campaignId: $c, milestone: $m) {\n                  byCity {\n                    label\n                    hours\n                    personTimes\n                  }\n                  byCategory {\n                    label\n                    hours\n                    personTimes\n                  }\n                }\n              }\n            ": typeof types.DashboardStatusReportOverview2Document,
    "\n      query ExportIssuesUnits {\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.ExportIssuesUnitsDocument,
    "\n      query ExportIssuesMe {\n        me {\n          volunteerId\n          volunteer {\n            name\n          }\n        }\n      }\n    ": typeof types.ExportIssuesMeDocument,
    "\n      query ExportIssuesServiceTeams($v: ID) {\n        serviceTeams(filter: { memberId: $v }) {\n          edges {\n            node {\n              unitId\n              projects {\n                id\n                name\n                status\n                startsOn\n                endsOn\n                posts {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.ExportIssuesServiceTeamsDocument,
    "\n        mutation ExportIssuesRecordService($input: RecordServiceInput!) {\n          recordService(input: $input) {\n            id\n          }\n        }\n      ": typeof types.ExportIssuesRecordServiceDocument,
    "\n        mutation ExportIssuesApproveServiceRecord($id: ID!) {\n          approveServiceRecord(id: $id) {\n            status\n          }\n        }\n      ": typeof types.ExportIssuesApproveServiceRecordDocument,
    "\n      query ExportIssuesServiceProject($id: ID!) {\n        serviceProject(id: $id) {\n          team {\n            members {\n              volunteer {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.ExportIssuesServiceProjectDocument,
    "\n      mutation ExportIssuesRecordService($input: RecordServiceInput!) {\n        recordService(input: $input) {\n          id\n        }\n      }\n    ": typeof types.ExportIssuesRecordServiceDocument,
    "\n      mutation ExportIssuesApproveServiceRecord($id: ID!) {\n        approveServiceRecord(id: $id) {\n          status\n        }\n      }\n    ": typeof types.ExportIssuesApproveServiceRecordDocument,
    "\n      mutation ExportIssuesUpdateServiceProject($id: ID!) {\n        updateServiceProject(id: $id, input: { beneficiaryCodes: [] }) {\n          beneficiaryCodes\n        }\n      }\n    ": typeof types.ExportIssuesUpdateServiceProjectDocument,
    "\n        query ExportIssuesArchiveExports {\n          archiveExports {\n            totalCount\n          }\n        }\n      ": typeof types.ExportIssuesArchiveExportsDocument,
    "\n      mutation ExportIssuesUpdateServiceProject2($id: ID!) {\n        updateServiceProject(id: $id, input: { beneficiaryCodes: [\"06\"] }) {\n          id\n        }\n      }\n    ": typeof types.ExportIssuesUpdateServiceProject2Document,
    "\n      mutation ExportIssuesCreateArchiveExport($input: CreateArchiveExportInput!) {\n        createArchiveExport(input: $input) {\n          id\n          recordCount\n          issueCount\n        }\n      }\n    ": typeof types.ExportIssuesCreateArchiveExportDocument,
    "\n      query FieldLeaderMe {\n        me {\n          volunteerId\n          volunteer {\n            memberships {\n              team {\n                id\n                name\n                leaderId\n                members {\n                  volunteer {\n                    id\n                    name\n                  }\n                }\n                projects {\n                  id\n                  name\n                  status\n                  startsOn\n                  posts {\n                    id\n                    name\n                  }\n                  safetyPlan {\n                    responsiblePerson\n                    responsiblePhone\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.FieldLeaderMeDocument,
    "\n        mutation FieldLeaderRecordService($input: RecordServiceInput!) {\n          recordService(input: $input) {\n            id\n            status\n          }\n        }\n      ": typeof types.FieldLeaderRecordServiceDocument,
    "\n      query FieldLeaderServiceRecord($id: ID!) {\n        serviceRecord(id: $id) {\n          status\n          rejectionReason\n        }\n      }\n    ": typeof types.FieldLeaderServiceRecordDocument,
    "\n      query FieldLeaderServiceRecords($f: ServiceRecordFilter) {\n        serviceRecords(filter: $f, first: 100) {\n          edges {\n            node {\n              volunteerId\n              startsAt\n              endsAt\n              status\n            }\n          }\n        }\n      }\n    ": typeof types.FieldLeaderServiceRecordsDocument,
    "\n          query FieldLeaderServiceLogs($p: ID!) {\n            serviceLogs(projectId: $p, first: 100) {\n              edges {\n                node {\n                  content\n                  loggedOn\n                  authorId\n                }\n              }\n            }\n          }\n        ": typeof types.FieldLeaderServiceLogsDocument,
    "\n      query FieldSiteMeCampaigns {\n        me {\n          siteId\n        }\n        campaigns {\n          id\n          year\n          startsOn\n          endsOn\n        }\n      }\n    ": typeof types.FieldSiteMeCampaignsDocument,
    "\n      query FieldSiteServiceNeeds($s: ID!, $c: ID!) {\n        serviceNeeds(filter: { siteId: $s, campaignId: $c, status: OPEN }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.FieldSiteServiceNeedsDocument,
    "\n        query FieldSiteMatchingSuggestions($id: ID!) {\n          matchingSuggestions(needId: $id) {\n            volunteerId\n          }\n        }\n      ": typeof types.FieldSiteMatchingSuggestionsDocument,
    "\n        mutation FieldSiteProposeAssignments($n: ID!, $v: [ID!]!) {\n          proposeAssignments(needId: $n, volunteerIds: $v) {\n            id\n            volunteer {\n              name\n            }\n          }\n        }\n      ": typeof types.FieldSiteProposeAssignmentsDocument,
    "\n        mutation FieldSiteConfirmAssignment($id: ID!) {\n          confirmAssignment(id: $id) {\n            status\n          }\n        }\n      ": typeof types.FieldSiteConfirmAssignmentDocument,
    "\n      query FieldSiteServiceProjects($s: ID!, $c: ID!) {\n        serviceProjects(filter: { siteId: $s, campaignId: $c, status: ACTIVE }) {\n          edges {\n            node {\n              id\n              name\n              posts {\n                id\n              }\n              team {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.FieldSiteServiceProjectsDocument,
    "\n      query FieldSiteServiceTeam($id: ID!) {\n        serviceTeam(id: $id) {\n          members {\n            volunteer {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.FieldSiteServiceTeamDocument,
    "\n        mutation FieldSiteRecordService($input: RecordServiceInput!) {\n          recordService(input: $input) {\n            id\n          }\n        }\n      ": typeof types.FieldSiteRecordServiceDocument,
    "\n      mutation FieldSiteApproveServiceRecord($id: ID!) {\n        approveServiceRecord(id: $id) {\n          status\n        }\n      }\n    ": typeof types.FieldSiteApproveServiceRecordDocument,
    "\n        query FieldSiteServiceNeed($id: ID!) {\n          serviceNeed(id: $id) {\n            title\n            category\n            headcount\n            startsAt\n            endsAt\n            requiredSkills\n            beneficiaryGroups\n            beneficiaryCount\n            siteId\n            campaignId\n            postedByUnitId\n          }\n        }\n      ": typeof types.FieldSiteServiceNeedDocument,
    "\n        query FieldSiteServiceTotalsServiceTotals($s: ID!, $c: ID!, $p: ID!) {\n          site: serviceTotals(groupBy: SITE, filter: { siteId: $s, campaignId: $c }) {\n            hours\n            personTimes\n            volunteers\n            records\n          }\n          project: serviceTotals(groupBy: PROJECT, filter: { projectId: $p }) {\n            hours\n            personTimes\n            volunteers\n            records\n          }\n          pending: serviceRecords(filter: { projectId: $p, status: SUBMITTED }) {\n            totalCount\n            edges {\n              node {\n                id\n                hours\n              }\n            }\n          }\n        }\n      ": typeof types.FieldSiteServiceTotalsServiceTotalsDocument,
    "\n      query FieldVolunteerMe {\n        me {\n          volunteerId\n          volunteer {\n            memberships {\n              team {\n                projects {\n                  id\n                  name\n                  status\n                  startsOn\n                  endsOn\n                  siteId\n                  posts {\n                    id\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.FieldVolunteerMeDocument,
    "\n      mutation FieldVolunteerRecordService($input: RecordServiceInput!) {\n        recordService(input: $input) {\n          id\n        }\n      }\n    ": typeof types.FieldVolunteerRecordServiceDocument,
    "\n      query FieldVolunteerServiceNeeds {\n        serviceNeeds(first: 100, filter: { status: OPEN, cityCode: \"370100\" }) {\n          edges {\n            node {\n              id\n              title\n              startsAt\n              endsAt\n              site {\n                name\n                contactPhone\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.FieldVolunteerServiceNeedsDocument,
    "\n        mutation FieldVolunteerProposeAssignments($n: ID!, $v: [ID!]!) {\n          proposeAssignments(needId: $n, volunteerIds: $v) {\n            id\n          }\n        }\n      ": typeof types.FieldVolunteerProposeAssignmentsDocument,
    "\n        mutation FieldVolunteerConfirmAssignment($id: ID!) {\n          confirmAssignment(id: $id) {\n            status\n          }\n        }\n      ": typeof types.FieldVolunteerConfirmAssignmentDocument,
    "\n      query FieldVolunteerMyAssignments($s: AssignmentStatus) {\n        myAssignments(status: $s, first: 100) {\n          edges {\n            node {\n              id\n              status\n              declineReason\n            }\n          }\n        }\n      }\n    ": typeof types.FieldVolunteerMyAssignmentsDocument,
    "\n      query FieldVolunteerServiceRecords($v: ID!, $d: LocalDate!) {\n        serviceRecords(filter: { volunteerId: $v, from: $d, to: $d }, first: 100) {\n          edges {\n            node {\n              id\n              startsAt\n              endsAt\n              status\n              presenceConfirmedAt\n            }\n          }\n        }\n      }\n    ": typeof types.FieldVolunteerServiceRecordsDocument,
    "\n          mutation FieldVolunteerIssueServiceCode($d: LocalDate!, $p: ID!) {\n            issueServiceCode(date: $d, projectId: $p) {\n              code\n            }\n          }\n        ": typeof types.FieldVolunteerIssueServiceCodeDocument,
    "\n          mutation FieldVolunteerApproveServiceRecord($id: ID!) {\n            approveServiceRecord(id: $id) {\n              status\n            }\n          }\n        ": typeof types.FieldVolunteerApproveServiceRecordDocument,
    "\n            query FieldVolunteerUnit($id: ID!) {\n              volunteer(id: $id) {\n                unitId\n              }\n            }\n          ": typeof types.FieldVolunteerUnitDocument,
    "\n          mutation FieldVolunteerRecordTraining($input: RecordTrainingInput!) {\n            recordTraining(input: $input) {\n              id\n            }\n          }\n        ": typeof types.FieldVolunteerRecordTrainingDocument,
    "\n          query FieldVolunteerMe2 {\n            me {\n              volunteer {\n                skills\n                availability {\n                  startsAt\n                  endsAt\n                }\n              }\n            }\n          }\n        ": typeof types.FieldVolunteerMe2Document,
    "\n      query MatchingMeCampaigns {\n        me {\n          unitId\n        }\n        campaigns {\n          id\n          startsOn\n          endsOn\n          year\n        }\n      }\n    ": typeof types.MatchingMeCampaignsDocument,
    "\n      query MatchingSites($u: ID) {\n        sites(filter: { ownerUnitId: $u }, first: 40) {\n          edges {\n            node {\n              needs(status: OPEN) {\n                id\n                title\n                campaignId\n                headcount\n                postedByUnitId\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.MatchingSitesDocument,
    "\n        query MatchingMatchingSuggestionsExplained($id: ID!) {\n          matchingSuggestionsExplained(needId: $id) {\n            suggestions {\n              volunteerId\n              volunteer {\n                name\n              }\n            }\n            refused {\n              volunteerId\n              rules\n            }\n          }\n        }\n      ": typeof types.MatchingMatchingSuggestionsExplainedDocument,
    "\n      query MatchingAssignments($id: ID) {\n        assignments(filter: { needId: $id }, first: 100) {\n          edges {\n            node {\n              id\n              volunteerId\n              status\n            }\n          }\n        }\n      }\n    ": typeof types.MatchingAssignmentsDocument,
    "\n        query MatchingProposedPairs($after: String) {\n          assignments(filter: { status: PROPOSED }, first: 100, after: $after) {\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                needId\n                volunteerId\n              }\n            }\n          }\n        }\n      ": typeof types.MatchingProposedPairsDocument,
    "\n          mutation MatchingRespondToAssignment($id: ID!) {\n            respondToAssignment(id: $id, accept: true) {\n              status\n            }\n          }\n        ": typeof types.MatchingRespondToAssignmentDocument,
    "\n          mutation MatchingRespondToAssignment2($id: ID!) {\n            respondToAssignment(id: $id, accept: false, reason: \"那天有课\") {\n              status\n            }\n          }\n        ": typeof types.MatchingRespondToAssignment2Document,
    "\n          mutation MatchingConfirmAssignment($id: ID!) {\n            confirmAssignment(id: $id) {\n              status\n            }\n          }\n        ": typeof types.MatchingConfirmAssignmentDocument,
    "\n            query MatchingReplacementCandidates($needId: ID!) {\n              matchingSuggestions(needId: $needId, limit: 20) {\n                volunteerId\n                volunteer {\n                  name\n                }\n              }\n            }\n          ": typeof types.MatchingReplacementCandidatesDocument,
    "\n      query ProjectsUnitsCampaigns {\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n        campaigns {\n          id\n          year\n          startsOn\n          endsOn\n        }\n      }\n    ": typeof types.ProjectsUnitsCampaignsDocument,
    "\n      query ProjectsSites($u: ID) {\n        sites(filter: { ownerUnitId: $u }, first: 1) {\n          edges {\n            node {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.ProjectsSitesDocument,
    "\n      query ProjectsMe {\n        me {\n          volunteerId\n          volunteer {\n            name\n          }\n        }\n      }\n    ": typeof types.ProjectsMeDocument,
    "\n      query ProjectsServiceTeams($v: ID) {\n        serviceTeams(filter: { memberId: $v }) {\n          edges {\n            node {\n              unitId\n              projects {\n                id\n                status\n                startsOn\n                endsOn\n                posts {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.ProjectsServiceTeamsDocument,
    "\n        mutation ProjectsRecordService($input: RecordServiceInput!) {\n          recordService(input: $input) {\n            id\n          }\n        }\n      ": typeof types.ProjectsRecordServiceDocument,
    "\n        mutation ProjectsApproveServiceRecord($id: ID!) {\n          approveServiceRecord(id: $id) {\n            status\n          }\n        }\n      ": typeof types.ProjectsApproveServiceRecordDocument,
    "\n      query ProjectsServiceProject($id: ID!) {\n        serviceProject(id: $id) {\n          name\n          status\n          startsOn\n          endsOn\n          team {\n            unitId\n          }\n          posts {\n            name\n          }\n          safetyPlan {\n            responsiblePerson\n            responsiblePhone\n            emergencyPlan\n            insured\n          }\n        }\n      }\n    ": typeof types.ProjectsServiceProjectDocument,
    "\n      query ProjectsServiceProjects($u: ID) {\n        serviceProjects(filter: { unitId: $u }, first: 100) {\n          edges {\n            node {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.ProjectsServiceProjectsDocument,
    "\n          query ProjectsArchiveExports {\n            archiveExports {\n              totalCount\n            }\n          }\n        ": typeof types.ProjectsArchiveExportsDocument,
    "\n          query ProjectsArchiveExports2 {\n            archiveExports {\n              edges {\n                node {\n                  id\n                  unitId\n                  scope\n                  recordCount\n                }\n              }\n            }\n          }\n        ": typeof types.ProjectsArchiveExports2Document,
    "\n            query ProjectsServiceRecord($id: ID!) {\n              serviceRecord(id: $id) {\n                archiveExportId\n              }\n            }\n          ": typeof types.ProjectsServiceRecordDocument,
    "\n        query ProjectsServiceProjects2($u: ID) {\n          serviceProjects(filter: { unitId: $u }, first: 100) {\n            edges {\n              node {\n                id\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.ProjectsServiceProjects2Document,
    "\n      query RecordsUnitsUnits {\n        jinan: units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n        qingdao: units(filter: { search: \"青岛市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.RecordsUnitsUnitsDocument,
    "\n      mutation RecordsCreateAccount($input: CreateAccountInput!) {\n        createAccount(input: $input) {\n          id\n        }\n      }\n    ": typeof types.RecordsCreateAccountDocument,
    "\n      query RecordsMe {\n        me {\n          volunteerId\n          volunteer {\n            name\n          }\n        }\n      }\n    ": typeof types.RecordsMeDocument,
    "\n      query RecordsServiceTeams($v: ID) {\n        serviceTeams(filter: { memberId: $v }) {\n          edges {\n            node {\n              id\n              unitId\n              projects {\n                id\n                startsOn\n                endsOn\n                posts {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.RecordsServiceTeamsDocument,
    "\n        mutation RecordsRecordService($input: RecordServiceInput!) {\n          recordService(input: $input) {\n            id\n            status\n          }\n        }\n      ": typeof types.RecordsRecordServiceDocument,
    "\n      query RecordsServiceRecord($id: ID!) {\n        serviceRecord(id: $id) {\n          status\n          rejectionReason\n        }\n      }\n    ": typeof types.RecordsServiceRecordDocument,
    "\n  fragment SitesSiteConnectionFields on SiteConnection {\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SitesSiteConnectionFieldsFragmentDoc,
    "\n      query SitesUnits {\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.SitesUnitsDocument,
    "\n      query SitesSites($u: ID) {\n        sites(filter: { ownerUnitId: $u }) {\n          ...SitesSiteConnectionFields\n        }\n      }\n    ": typeof types.SitesSitesDocument,
    "\n      query SitesSite($id: ID!) {\n        site(id: $id) {\n          pairings {\n            id\n            unitId\n            status\n            kind\n            startedOn\n            endedOn\n            refusalReason\n          }\n        }\n      }\n    ": typeof types.SitesSiteDocument,
    "\n          query SitesSites2($s: String) {\n            sites(filter: { search: $s }) {\n              totalCount\n            }\n          }\n        ": typeof types.SitesSites2Document,
    "\n          query SitesSites3($s: String) {\n            sites(filter: { search: $s }) {\n              edges {\n                node {\n                  id\n                  ownerUnitId\n                  areaCode\n                  contactPhone\n                  peopleServed\n                }\n              }\n            }\n          }\n        ": typeof types.SitesSites3Document,
    "\n        mutation SitesPairUnitWithSite($input: PairUnitWithSiteInput!) {\n          pairUnitWithSite(input: $input) {\n            id\n            status\n          }\n        }\n      ": typeof types.SitesPairUnitWithSiteDocument,
    "\n        query StatusReportBlocksStatusReport($k: StatusReportKeyInput!) {\n          statusReport(key: $k) {\n            status\n            wordDownloadPath\n            rows {\n              projectId\n              progressText\n            }\n          }\n        }\n      ": typeof types.StatusReportBlocksStatusReportDocument,
    "\n      query SubUnitsUnits {\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.SubUnitsUnitsDocument,
    "\n      mutation SubUnitsCreateUnit($input: CreateUnitInput!) {\n        createUnit(input: $input) {\n          id\n        }\n      }\n    ": typeof types.SubUnitsCreateUnitDocument,
    "\n      mutation SubUnitsCreateVolunteer($input: CreateVolunteerInput!) {\n        createVolunteer(input: $input) {\n          id\n          name\n        }\n      }\n    ": typeof types.SubUnitsCreateVolunteerDocument,
    "\n        query SubUnitsServiceTeam($id: ID!) {\n          serviceTeam(id: $id) {\n            unitId\n          }\n        }\n      ": typeof types.SubUnitsServiceTeamDocument,
    "\n        mutation SubUnitsCreateServiceTeam($input: CreateServiceTeamInput!) {\n          createServiceTeam(input: $input) {\n            id\n          }\n        }\n      ": typeof types.SubUnitsCreateServiceTeamDocument,
    "\n      query SummaryMaterialsUnits {\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.SummaryMaterialsUnitsDocument,
    "\n        query SummaryMaterialsSummaryMaterials($u: ID!, $c: ID!) {\n          summaryMaterials(unitId: $u, campaignId: $c) {\n            received\n          }\n        }\n      ": typeof types.SummaryMaterialsSummaryMaterialsDocument,
    "\n      query SummaryMaterialsCampaigns {\n        campaigns {\n          id\n          year\n          milestones {\n            kind\n            dueOn\n          }\n        }\n      }\n    ": typeof types.SummaryMaterialsCampaignsDocument,
    "\n      query SupportUnits($s: String) {\n        units(filter: { search: $s }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.SupportUnitsDocument,
    "\n      mutation SupportCreateAccount($input: CreateAccountInput!) {\n        createAccount(input: $input) {\n          id\n        }\n      }\n    ": typeof types.SupportCreateAccountDocument,
    "\n      query TeamsUnits {\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.TeamsUnitsDocument,
    "\n      query TeamsServiceTeams($u: ID) {\n        serviceTeams(filter: { unitId: $u }) {\n          edges {\n            node {\n              id\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.TeamsServiceTeamsDocument,
    "\n        mutation TeamsCreateVolunteer($input: CreateVolunteerInput!) {\n          createVolunteer(input: $input) {\n            id\n            name\n            role\n          }\n        }\n      ": typeof types.TeamsCreateVolunteerDocument,
    "\n      query TeamsServiceTeam($id: ID!) {\n        serviceTeam(id: $id) {\n          id\n          name\n          status\n          leaderId\n          composition {\n            volunteers\n            cadres\n            valid\n          }\n          members {\n            volunteer {\n              id\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.TeamsServiceTeamDocument,
    "\n          mutation TeamsUpdateServiceTeam($id: ID!, $ids: [ID!]) {\n            updateServiceTeam(id: $id, input: { memberIds: $ids }) {\n              id\n            }\n          }\n        ": typeof types.TeamsUpdateServiceTeamDocument,
    "\n          mutation TeamsUpdateServiceTeam2($id: ID!, $ids: [ID!]) {\n            updateServiceTeam(id: $id, input: { memberIds: $ids }) {\n              composition {\n                volunteers\n              }\n            }\n          }\n        ": typeof types.TeamsUpdateServiceTeam2Document,
    "\n          query TeamsVolunteers($u: ID) {\n            volunteers(filter: { unitId: $u, role: VOLUNTEER, active: true }, first: 50) {\n              edges {\n                node {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.TeamsVolunteersDocument,
    "\n      query VolunteersUnits {\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.VolunteersUnitsDocument,
    "\n      query VolunteersVolunteers($u: ID) {\n        volunteers(filter: { unitId: $u }, first: 3) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.VolunteersVolunteersDocument,
    "\n      mutation VolunteersCreateServiceTeam($input: CreateServiceTeamInput!) {\n        createServiceTeam(input: $input) {\n          id\n          name\n        }\n      }\n    ": typeof types.VolunteersCreateServiceTeamDocument,
    "\n      query VolunteersVolunteers2($f: VolunteerFilter) {\n        volunteers(filter: $f, first: 100) {\n          totalCount\n          edges {\n            node {\n              id\n              name\n              mobile\n              unitId\n              documentNumber\n              serviceCategories\n            }\n          }\n        }\n      }\n    ": typeof types.VolunteersVolunteers2Document,
    "\n      query VolunteersFiltered($f: VolunteerFilter) {\n        volunteers(filter: $f, first: 100) {\n          totalCount\n          edges {\n            node {\n              id\n              skills\n              availability {\n                startsAt\n                endsAt\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.VolunteersFilteredDocument,
    "\n  query WorkflowMeCampaign($year: Int) {\n    me {\n      unitId\n    }\n    campaign(year: $year) {\n      id\n      name\n      endsOn\n      milestones {\n        kind\n        dueOn\n      }\n    }\n  }\n": typeof types.WorkflowMeCampaignDocument,
    "\n      query WorkflowMe {\n        me {\n          volunteerId\n          volunteer {\n            name\n            serviceCategories\n          }\n        }\n      }\n    ": typeof types.WorkflowMeDocument,
    "\n      query WorkflowServiceTeams($v: ID) {\n        serviceTeams(filter: { memberId: $v }) {\n          edges {\n            node {\n              unitId\n              projects {\n                id\n                name\n                status\n                startsOn\n                endsOn\n                posts {\n                  id\n                }\n                safetyPlan {\n                  insured\n                }\n                site {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.WorkflowServiceTeamsDocument,
    "\n      query WorkflowAssignments($id: ID) {\n        assignments(filter: { needId: $id }, first: 100) {\n          edges {\n            node {\n              id\n              volunteerId\n              status\n            }\n          }\n        }\n      }\n    ": typeof types.WorkflowAssignmentsDocument,
    "\n          query WorkflowServiceNeed($id: ID!) {\n            serviceNeed(id: $id) {\n              title\n              siteId\n              campaignId\n              category\n              headcount\n              status\n              startsAt\n              endsAt\n            }\n          }\n        ": typeof types.WorkflowServiceNeedDocument,
    "\n          query WorkflowVolunteer($id: ID!) {\n            volunteer(id: $id) {\n              name\n            }\n          }\n        ": typeof types.WorkflowVolunteerDocument,
    "\n          mutation WorkflowRespondToAssignment($id: ID!) {\n            respondToAssignment(id: $id, accept: true) {\n              status\n            }\n          }\n        ": typeof types.WorkflowRespondToAssignmentDocument,
    "\n          query WorkflowServiceNeed2($id: ID!) {\n            serviceNeed(id: $id) {\n              confirmedCount\n            }\n          }\n        ": typeof types.WorkflowServiceNeed2Document,
    "\n        mutation WorkflowRecordService($input: RecordServiceInput!) {\n          recordService(input: $input) {\n            id\n            status\n          }\n        }\n      ": typeof types.WorkflowRecordServiceDocument,
    "\n          query WorkflowServiceRecord($id: ID!) {\n            serviceRecord(id: $id) {\n              status\n              volunteerId\n              hours\n              archiveExportId\n            }\n          }\n        ": typeof types.WorkflowServiceRecordDocument,
    "\n            query WorkflowStatusReport($key: StatusReportKeyInput!) {\n              statusReport(key: $key) {\n                status\n                progressText\n                submittedAt\n              }\n            }\n          ": typeof types.WorkflowStatusReportDocument,
    "\n          query WorkflowArchiveExports {\n            archiveExports {\n              edges {\n                node {\n                  id\n                  unitId\n                  scope\n                  scopeId\n                  recordCount\n                  issueCount\n                }\n              }\n            }\n          }\n        ": typeof types.WorkflowArchiveExportsDocument,
    "\n          query WorkflowServiceRecord2($id: ID!) {\n            serviceRecord(id: $id) {\n              archiveExportId\n            }\n          }\n        ": typeof types.WorkflowServiceRecord2Document,
    "\n        mutation AccessMatrixWriteServiceLog($input: WriteServiceLogInput!) {\n          writeServiceLog(input: $input) {\n            id\n          }\n        }\n      ": typeof types.AccessMatrixWriteServiceLogDocument,
    "\n        query AccessMatrixMe {\n          me {\n            username\n          }\n        }\n      ": typeof types.AccessMatrixMeDocument,
    "\n        query AccessNestedSupportEntries {\n          supportEntries(first: 100) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.AccessNestedSupportEntriesDocument,
    "\n        query AccessNestedTrainingRecords {\n          trainingRecords(first: 100) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.AccessNestedTrainingRecordsDocument,
    "\n      query AccessNestedTeamMembers {\n        serviceTeams(first: 50) {\n          edges {\n            node {\n              id\n              leader {\n                id\n              }\n              composition {\n                volunteers\n              }\n              members {\n                volunteer {\n                  id\n                  homeLatitude\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.AccessNestedTeamMembersDocument,
    "\n      query AccessNestedSuggestionDistances($n: ID!) {\n        matchingSuggestions(needId: $n, includeUnavailable: true) {\n          volunteerId\n          score\n          distanceKm\n          parts {\n            skill\n            availability\n            distance\n            pairing\n            load\n            honour\n          }\n        }\n      }\n    ": typeof types.AccessNestedSuggestionDistancesDocument,
    "\n        query AccessNestedMatchingPlan($c: ID!) {\n          matchingPlan(campaignId: $c, includeUnavailable: true) {\n            assignments {\n              distanceKm\n            }\n            metrics {\n              meanDistanceKm\n              p95DistanceKm\n            }\n          }\n        }\n      ": typeof types.AccessNestedMatchingPlanDocument,
    "\n        mutation AccessNestedProposeAssignments($n: ID!, $ids: [ID!]!, $s: [Float!]) {\n          proposeAssignments(needId: $n, volunteerIds: $ids, scores: $s) {\n            id\n          }\n        }\n      ": typeof types.AccessNestedProposeAssignmentsDocument,
    "\n          query AccessNestedServiceNeed($n: ID!) {\n            serviceNeed(id: $n) {\n              assignments {\n                volunteerId\n                score\n              }\n            }\n          }\n        ": typeof types.AccessNestedServiceNeedDocument,
    "\n      query AccessNestedPhones($s: ID!, $p: ID!) {\n        site(id: $s) {\n          contactPhone\n        }\n        serviceProject(id: $p) {\n          safetyPlan {\n            responsiblePhone\n          }\n        }\n      }\n    ": typeof types.AccessNestedPhonesDocument,
    "\n          query AccessNestedVolunteerByNumber($n: String!) {\n            volunteerByNumber(volunteerNumber: $n) {\n              id\n            }\n          }\n        ": typeof types.AccessNestedVolunteerByNumberDocument,
    "\n        query AccessNestedAuditEvents($f: AuditEventFilter) {\n          auditEvents(filter: $f) {\n            edges {\n              node {\n                after\n              }\n            }\n          }\n        }\n      ": typeof types.AccessNestedAuditEventsDocument,
    "\n  mutation ArchiveExportReviewCreate($input: CreateArchiveExportInput!) {\n    createArchiveExport(input: $input) {\n      id\n      recordCount\n      issueCount\n      downloads {\n        xlsx\n        records\n        report\n      }\n      issues(first: 1000) {\n        serviceRecordId\n        rule\n        columnName\n      }\n    }\n  }\n": typeof types.ArchiveExportReviewCreateDocument,
    "\n  mutation ArchiveExportReviewRecord($input: RecordServiceInput!) {\n    recordService(input: $input) {\n      id\n      hours\n    }\n  }\n": typeof types.ArchiveExportReviewRecordDocument,
    "\n  mutation ArchiveExportReviewCreateVolunteer($input: CreateVolunteerInput!) {\n    createVolunteer(input: $input) {\n      id\n    }\n  }\n": typeof types.ArchiveExportReviewCreateVolunteerDocument,
    "\n  mutation ArchiveExportReviewUpdateVolunteer($id: ID!, $input: UpdateVolunteerInput!) {\n    updateVolunteer(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.ArchiveExportReviewUpdateVolunteerDocument,
    "\n  mutation ArchiveExportReviewImport($input: ImportVolunteerRosterInput!) {\n    importVolunteerRoster(input: $input) {\n      importedCount\n      problemCount\n      problems {\n        line\n        column\n        code\n        message\n      }\n    }\n  }\n": typeof types.ArchiveExportReviewImportDocument,
    "\n  mutation ArchiveExportsCreate($input: CreateArchiveExportInput!) {\n    createArchiveExport(input: $input) {\n      id\n      unitId\n      scope\n      scopeId\n      rangeStart\n      rangeEnd\n      recordCount\n      issueCount\n      fileSha256\n      reexportOfId\n      createdById\n      downloads {\n        xlsx\n        records\n        people\n        projects\n        report\n      }\n      issues {\n        serviceRecordId\n        rule\n        columnName\n        message\n      }\n    }\n  }\n": typeof types.ArchiveExportsCreateDocument,
    "\n  mutation ArchiveExportsReexport($id: ID!) {\n    reexportArchiveExport(id: $id) {\n      id\n      reexportOfId\n      recordCount\n      fileSha256\n      downloads {\n        xlsx\n        records\n        people\n        projects\n        report\n      }\n    }\n  }\n": typeof types.ArchiveExportsReexportDocument,
    "\n        query ArchiveExportsArchiveExports {\n          archiveExports(first: 50) {\n            totalCount\n            edges {\n              node {\n                id\n                recordCount\n                issues {\n                  rule\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ArchiveExportsArchiveExportsDocument,
    "\n        query ArchiveExportsArchiveExports2 {\n          archiveExports {\n            totalCount\n          }\n        }\n      ": typeof types.ArchiveExportsArchiveExports2Document,
    "\n        query ArchiveExportsArchiveExport($id: ID!) {\n          archiveExport(id: $id) {\n            id\n          }\n        }\n      ": typeof types.ArchiveExportsArchiveExportDocument,
    "\n  fragment AssignmentsAssignmentFields on Assignment {\n    id\n    status\n    needId\n    volunteerId\n    score\n    declineReason\n    cancelReason\n    proposedAt\n    confirmedAt\n    respondedAt\n    cancelledAt\n  }\n": typeof types.AssignmentsAssignmentFieldsFragmentDoc,
    "\n  mutation AssignmentsPropose($needId: ID!, $ids: [ID!]!, $scores: [Float!]) {\n    proposeAssignments(needId: $needId, volunteerIds: $ids, scores: $scores) {\n      ...AssignmentsAssignmentFields\n    }\n  }\n": typeof types.AssignmentsProposeDocument,
    "\n  mutation AssignmentsConfirm($id: ID!) {\n    confirmAssignment(id: $id) {\n      ...AssignmentsAssignmentFields\n    }\n  }\n": typeof types.AssignmentsConfirmDocument,
    "\n  mutation AssignmentsRespond($id: ID!, $accept: Boolean!, $reason: String) {\n    respondToAssignment(id: $id, accept: $accept, reason: $reason) {\n      ...AssignmentsAssignmentFields\n    }\n  }\n": typeof types.AssignmentsRespondDocument,
    "\n  mutation AssignmentsCancel($id: ID!, $reason: String) {\n    cancelAssignment(id: $id, reason: $reason) {\n      ...AssignmentsAssignmentFields\n    }\n  }\n": typeof types.AssignmentsCancelDocument,
    "\n  query AssignmentsNeed($id: ID!) {\n    serviceNeed(id: $id) {\n      id\n      status\n      headcount\n      confirmedCount\n      assignments {\n        id\n        status\n        volunteerId\n      }\n    }\n  }\n": typeof types.AssignmentsNeedDocument,
    "\n  mutation AssignmentsUpdateNeed($id: ID!, $input: UpdateServiceNeedInput!) {\n    updateServiceNeed(id: $id, input: $input) {\n      id\n      status\n      headcount\n      confirmedCount\n    }\n  }\n": typeof types.AssignmentsUpdateNeedDocument,
    "\n  query AssignmentsAssignments($filter: AssignmentFilter, $after: String) {\n    assignments(filter: $filter, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          volunteerId\n          needId\n        }\n      }\n    }\n  }\n": typeof types.AssignmentsAssignmentsDocument,
    "\n  query AssignmentsMine($status: AssignmentStatus) {\n    myAssignments(status: $status, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          need {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.AssignmentsMineDocument,
    "\n  query AssignmentsAudit($filter: AuditEventFilter) {\n    auditEvents(filter: $filter, first: 100) {\n      edges {\n        node {\n          action\n          entityType\n          entityId\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.AssignmentsAuditDocument,
    "\n          mutation AssignmentsPostServiceNeed($input: PostServiceNeedInput!) {\n            postServiceNeed(input: $input) {\n              status\n              headcount\n              confirmedCount\n            }\n          }\n        ": typeof types.AssignmentsPostServiceNeedDocument,
    "\n  query AuthMe {\n    me {\n      id\n      username\n      role\n      displayName\n      lastLoginAt\n    }\n  }\n": typeof types.AuthMeDocument,
    "\n  mutation AuthLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n      expiresAt\n      account {\n        id\n        username\n        role\n      }\n    }\n  }\n": typeof types.AuthLoginDocument,
    "\n  mutation AuthCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      username\n      role\n      unitId\n      volunteerId\n      siteId\n    }\n  }\n": typeof types.AuthCreateAccountDocument,
    "\n  mutation AuthChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next) {\n      accessToken\n    }\n  }\n": typeof types.AuthChangePasswordDocument,
    "\n  mutation AuthDeactivate($id: ID!) {\n    deactivateAccount(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.AuthDeactivateDocument,
    "\n  mutation AuthCreateApiToken($name: String!, $days: Int) {\n    createApiToken(name: $name, expiresInDays: $days) {\n      token\n      apiToken {\n        id\n        name\n        tokenPrefix\n        expiresAt\n      }\n    }\n  }\n": typeof types.AuthCreateApiTokenDocument,
    "\n  mutation AuthRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.AuthRevokeApiTokenDocument,
    "\n  query AuthAccounts {\n    accounts(first: 100) {\n      totalCount\n      edges {\n        node {\n          username\n        }\n      }\n    }\n  }\n": typeof types.AuthAccountsDocument,
    "\n          mutation AuthCreateUnit($input: CreateUnitInput!) {\n            createUnit(input: $input) {\n              id\n            }\n          }\n        ": typeof types.AuthCreateUnitDocument,
    "\n            mutation AuthCreateVolunteer($input: CreateVolunteerInput!) {\n              createVolunteer(input: $input) {\n                id\n              }\n            }\n          ": typeof types.AuthCreateVolunteerDocument,
    "\n  mutation BackupCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n": typeof types.BackupCreateUnitDocument,
    "\n  query Nested($first: Int!) {\n    sites(first: $first) {\n      edges {\n        node {\n          name\n          needs {\n            title\n            assignments {\n              status\n              volunteer {\n                name\n                unit {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.NestedDocument,
    "\n        query DataloaderUnits {\n          units(first: 1) {\n            edges {\n              node {\n                id\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.DataloaderUnitsDocument,
    "\n        mutation DataloaderUpdateUnit($id: ID!) {\n          updateUnit(id: $id, input: { name: \"山东省教育工会（更名）\" }) {\n            id\n          }\n        }\n      ": typeof types.DataloaderUpdateUnitDocument,
    "\n        query DataloaderUnit($id: ID!) {\n          unit(id: $id) {\n            name\n          }\n        }\n      ": typeof types.DataloaderUnitDocument,
    "\n    query DocumentSearchSearch($n: String!) {\n      volunteers(filter: { documentNumber: $n }) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  ": typeof types.DocumentSearchSearchDocument,
    "\n  mutation FaultsCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.FaultsCreateUnitDocument,
    "\n        mutation InputHygieneCreateSite($input: CreateSiteInput!) {\n          createSite(input: $input) {\n            id\n            name\n          }\n        }\n      ": typeof types.InputHygieneCreateSiteDocument,
    "\n          query InputHygieneSites($s: String) {\n            sites(filter: { search: $s }, first: 5) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.InputHygieneSitesDocument,
    "\n        query InputHygieneSite($id: ID!) {\n          site(id: $id) {\n            description\n          }\n        }\n      ": typeof types.InputHygieneSiteDocument,
    "\n        mutation InputHygieneMarkLongTermBase($since: LocalDate!, $siteId: ID!) {\n          markLongTermBase(since: $since, siteId: $siteId) {\n            longTermBaseSince\n          }\n        }\n      ": typeof types.InputHygieneMarkLongTermBaseDocument,
    "\n          mutation InputHygieneCreateArchiveExport($input: CreateArchiveExportInput!) {\n            createArchiveExport(input: $input) {\n              recordCount\n              downloads {\n                xlsx\n                records\n                people\n                projects\n                report\n              }\n            }\n          }\n        ": typeof types.InputHygieneCreateArchiveExportDocument,
    "\n  mutation LongTermBaseMark($siteId: ID!, $since: LocalDate!) {\n    markLongTermBase(siteId: $siteId, since: $since) {\n      id\n      isLongTermBase\n      longTermBaseSince\n    }\n  }\n": typeof types.LongTermBaseMarkDocument,
    "\n  mutation LongTermBaseUnmark($siteId: ID!) {\n    unmarkLongTermBase(siteId: $siteId) {\n      id\n      isLongTermBase\n      longTermBaseSince\n    }\n  }\n": typeof types.LongTermBaseUnmarkDocument,
    "\n  mutation LongTermBaseUpdateSite($id: ID!, $input: UpdateSiteInput!) {\n    updateSite(id: $id, input: $input) {\n      id\n      isLongTermBase\n      longTermBaseSince\n      description\n    }\n  }\n": typeof types.LongTermBaseUpdateSiteDocument,
    "\n  mutation LongTermBaseCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n      isLongTermBase\n      longTermBaseSince\n    }\n  }\n": typeof types.LongTermBaseCreateSiteDocument,
    "\n        query LongTermBaseSites {\n          sites(filter: { isLongTermBase: true }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.LongTermBaseSitesDocument,
    "\n        query LongTermBaseAuditTrail($id: ID!) {\n          auditEvents(filter: { entityType: \"Site\", entityId: $id }) {\n            edges {\n              node {\n                action\n              }\n            }\n          }\n        }\n      ": typeof types.LongTermBaseAuditTrailDocument,
    "\n  query MatchingAvailabilityPlan($c: ID!, $u: ID, $all: Boolean) {\n    matchingPlan(campaignId: $c, scope: { unitId: $u }, includeUnavailable: $all) {\n      assignments {\n        volunteerId\n        needId\n        parts {\n          availability\n        }\n      }\n      metrics {\n        openPlaces\n        plannedPlaces\n        fillRate\n        availablePlaces\n        availableFillRate\n      }\n    }\n  }\n": typeof types.MatchingAvailabilityPlanDocument,
    "\n  mutation MatchingAvailabilityPropose($c: ID!, $u: ID, $all: Boolean) {\n    proposeMatchingPlan(campaignId: $c, scope: { unitId: $u }, includeUnavailable: $all) {\n      assignments {\n        volunteerId\n        needId\n        parts {\n          availability\n        }\n      }\n      metrics {\n        plannedPlaces\n        availablePlaces\n      }\n    }\n  }\n": typeof types.MatchingAvailabilityProposeDocument,
    "\n        query MatchingAvailabilityServiceNeeds {\n          serviceNeeds(first: 10, filter: { status: OPEN }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.MatchingAvailabilityServiceNeedsDocument,
    "\n      query MatchingAvailabilitySuggest($n: ID!, $all: Boolean) {\n        matchingSuggestions(needId: $n, limit: 100, includeUnavailable: $all) {\n          parts {\n            availability\n          }\n        }\n      }\n    ": typeof types.MatchingAvailabilitySuggestDocument,
    "\n        query MatchingAvailabilityServiceNeeds2 {\n          serviceNeeds(first: 20, filter: { status: OPEN }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.MatchingAvailabilityServiceNeeds2Document,
    "\n          mutation MatchingAvailabilityProposeAssignments($n: ID!, $v: [ID!]!) {\n            proposeAssignments(needId: $n, volunteerIds: $v) {\n              outsideAvailability\n            }\n          }\n        ": typeof types.MatchingAvailabilityProposeAssignmentsDocument,
    "\n  fragment MatchingExplanationsMatchSuggestionFields on MatchSuggestion {\n    volunteerId\n    needId\n    score\n    distanceKm\n    parts {\n      skill\n      availability\n      distance\n      pairing\n      load\n      honour\n    }\n  }\n": typeof types.MatchingExplanationsMatchSuggestionFieldsFragmentDoc,
    "\n  fragment MatchingExplanationsMatchingWeightsFields on MatchingWeights {\n    skill\n    availability\n    distance\n    pairing\n    load\n    honour\n  }\n": typeof types.MatchingExplanationsMatchingWeightsFieldsFragmentDoc,
    "\n  fragment MatchingExplanationsScorePartsViewFields on ScorePartsView {\n    skill\n    availability\n    distance\n    pairing\n    load\n    honour\n  }\n": typeof types.MatchingExplanationsScorePartsViewFieldsFragmentDoc,
    "\n  query MatchingExplanationsExplained($n: ID!, $w: MatchingWeightsInput, $all: Boolean) {\n    matchingSuggestionsExplained(needId: $n, limit: 100, weights: $w, includeUnavailable: $all) {\n      suggestions {\n        ...MatchingExplanationsMatchSuggestionFields\n      }\n      weights {\n        ...MatchingExplanationsMatchingWeightsFields\n      }\n      refused {\n        volunteerId\n        rules\n      }\n    }\n  }\n": typeof types.MatchingExplanationsExplainedDocument,
    "\n  query MatchingExplanationsPlain($n: ID!, $w: MatchingWeightsInput, $all: Boolean) {\n    matchingSuggestions(needId: $n, limit: 100, weights: $w, includeUnavailable: $all) {\n      ...MatchingExplanationsMatchSuggestionFields\n    }\n  }\n": typeof types.MatchingExplanationsPlainDocument,
    "\n  query MatchingExplanationsExplain($n: ID!, $v: ID!, $w: MatchingWeightsInput, $all: Boolean) {\n    matchingExplanation(needId: $n, volunteerId: $v, weights: $w, includeUnavailable: $all) {\n      volunteerId\n      needId\n      eligible\n      rules\n      score\n      distanceKm\n      parts {\n        ...MatchingExplanationsScorePartsViewFields\n      }\n      weights {\n        ...MatchingExplanationsMatchingWeightsFields\n      }\n    }\n  }\n": typeof types.MatchingExplanationsExplainDocument,
    "\n        query MatchingExplanationsMe {\n          me {\n            unitId\n          }\n        }\n      ": typeof types.MatchingExplanationsMeDocument,
    "\n        mutation MatchingExplanationsRespondToAssignment($id: ID!) {\n          respondToAssignment(id: $id, accept: false, reason: \"家中有事\") {\n            status\n          }\n        }\n      ": typeof types.MatchingExplanationsRespondToAssignmentDocument,
    "\n        query MatchingExplanationsCampaign($c: ID) {\n          campaign(id: $c) {\n            matchingWeights {\n              ...MatchingExplanationsMatchingWeightsFields\n            }\n          }\n        }\n      ": typeof types.MatchingExplanationsCampaignDocument,
    "\n        mutation MatchingExplanationsSetMatchingWeights($c: ID!) {\n          setMatchingWeights(campaignId: $c, weights: { pairing: 0.3 }) {\n            ...MatchingExplanationsMatchingWeightsFields\n          }\n        }\n      ": typeof types.MatchingExplanationsSetMatchingWeightsDocument,
    "\n        query MatchingExplanationsMatchingSuggestionsExplained($n: ID!) {\n          matchingSuggestionsExplained(needId: $n, limit: 101) {\n            weights {\n              skill\n            }\n          }\n        }\n      ": typeof types.MatchingExplanationsMatchingSuggestionsExplainedDocument,
    "\n  query MatchingJointPlan($c: ID!, $u: ID, $cadres: CadreRuleInput, $all: Boolean) {\n    matchingPlan(campaignId: $c, scope: { unitId: $u }, cadres: $cadres, includeUnavailable: $all) {\n      assignments {\n        volunteerId\n        needId\n        score\n        volunteer {\n          role\n        }\n        need {\n          siteId\n          startsAt\n        }\n      }\n      metrics {\n        openPlaces\n        heldPlaces\n        plannedPlaces\n        cadreCoverage\n        totalScore\n        objective\n        objectiveBound\n        optimalityGap\n        solver\n        solverMillis\n      }\n    }\n  }\n": typeof types.MatchingJointPlanDocument,
    "\n  mutation MatchingJointPropose($c: ID!, $u: ID) {\n    proposeMatchingPlan(campaignId: $c, scope: { unitId: $u }, includeUnavailable: true) {\n      assignments {\n        volunteerId\n        needId\n      }\n      metrics {\n        heldPlaces\n        plannedPlaces\n      }\n    }\n  }\n": typeof types.MatchingJointProposeDocument,
    "\n        query MatchingJointServiceNeeds {\n          serviceNeeds(first: 50, filter: { status: OPEN }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.MatchingJointServiceNeedsDocument,
    "\n          query MatchingJointMatchingSuggestions($n: ID!) {\n            matchingSuggestions(needId: $n, limit: 100, includeUnavailable: true) {\n              volunteerId\n              parts {\n                load\n              }\n            }\n          }\n        ": typeof types.MatchingJointMatchingSuggestionsDocument,
    "\n  fragment MatchingAssignmentConnectionFields on AssignmentConnection {\n    edges {\n      node {\n        id\n        volunteerId\n        needId\n      }\n    }\n  }\n": typeof types.MatchingAssignmentConnectionFieldsFragmentDoc,
    "\n  query MatchingSuggestions($needId: ID!, $limit: Int) {\n    matchingSuggestions(needId: $needId, limit: $limit) {\n      score\n      distanceKm\n      parts {\n        skill\n        availability\n        distance\n        pairing\n        load\n        honour\n      }\n      volunteer {\n        id\n        unitId\n        safetyTrainedOn\n        active\n        serviceCategories\n      }\n      need {\n        id\n        category\n      }\n    }\n  }\n": typeof types.MatchingSuggestionsDocument,
    "\n  query MatchingPlan($campaignId: ID!, $scope: MatchingScopeInput, $weights: MatchingWeightsInput) {\n    matchingPlan(campaignId: $campaignId, scope: $scope, weights: $weights) {\n      assignments {\n        score\n        volunteerId\n        needId\n        volunteer {\n          unitId\n        }\n        need {\n          startsAt\n          endsAt\n        }\n      }\n      metrics {\n        openPlaces\n        plannedPlaces\n        fillRate\n        cadreCoverage\n        meanDistanceKm\n        p95DistanceKm\n        loadGini\n        totalScore\n        candidateEdges\n        solveMillis\n        solver\n        objective\n        objectiveBound\n        optimalityGap\n      }\n      weights {\n        skill\n        load\n      }\n    }\n  }\n": typeof types.MatchingPlanDocument,
    "\n        query MatchingMeCampaign {\n          me {\n            unitId\n          }\n          campaign(year: 2019) {\n            id\n          }\n        }\n      ": typeof types.MatchingMeCampaignDocument,
    "\n        query MatchingServiceNeeds {\n          serviceNeeds(first: 1, filter: { status: OPEN, category: TUTORING }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.MatchingServiceNeedsDocument,
    "\n          mutation MatchingCreateCampaign($input: CreateCampaignInput!) {\n            createCampaign(input: $input) {\n              id\n            }\n          }\n        ": typeof types.MatchingCreateCampaignDocument,
    "\n        query MatchingServiceNeeds2 {\n          serviceNeeds(first: 1, filter: { status: FILLED }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.MatchingServiceNeeds2Document,
    "\n        mutation MatchingSetMatchingWeights($c: ID!) {\n          setMatchingWeights(campaignId: $c, weights: { load: 0.4 }) {\n            load\n            skill\n          }\n        }\n      ": typeof types.MatchingSetMatchingWeightsDocument,
    "\n        query MatchingCampaign($c: ID) {\n          campaign(id: $c) {\n            matchingWeights {\n              load\n            }\n          }\n        }\n      ": typeof types.MatchingCampaignDocument,
    "\n      mutation MatchingProposePlan($c: ID!, $u: ID) {\n        proposeMatchingPlan(campaignId: $c, scope: { unitId: $u }) {\n          assignments {\n            volunteerId\n            needId\n          }\n          metrics {\n            heldPlaces\n            plannedPlaces\n          }\n        }\n      }\n    ": typeof types.MatchingProposePlanDocument,
    "\n          query MatchingAssignments2 {\n            assignments(first: 100, filter: { status: PROPOSED }) {\n              ...MatchingAssignmentConnectionFields\n            }\n          }\n        ": typeof types.MatchingAssignments2Document,
    "\n        mutation MatchingRespondToAssignment3($id: ID!) {\n          respondToAssignment(id: $id, accept: false, reason: \"家中有事\") {\n            status\n          }\n        }\n      ": typeof types.MatchingRespondToAssignment3Document,
    "\n      mutation MatchingProposePlan2($c: ID!, $u: ID) {\n        proposeMatchingPlan(campaignId: $c, scope: { unitId: $u }) {\n          assignments {\n            volunteerId\n            needId\n          }\n        }\n      }\n    ": typeof types.MatchingProposePlan2Document,
    "\n        query MatchingAssignments3 {\n          assignments(first: 1, filter: { status: PROPOSED }) {\n            ...MatchingAssignmentConnectionFields\n          }\n        }\n      ": typeof types.MatchingAssignments3Document,
    "\n        mutation MatchingCancelAssignment($id: ID!) {\n          cancelAssignment(id: $id, reason: \"另有安排\") {\n            status\n          }\n        }\n      ": typeof types.MatchingCancelAssignmentDocument,
    "\n        query MatchingUnit($id: ID!) {\n          unit(id: $id) {\n            pairings {\n              siteId\n              endedOn\n            }\n          }\n        }\n      ": typeof types.MatchingUnitDocument,
    "\n          mutation MatchingPostServiceNeed($input: PostServiceNeedInput!) {\n            postServiceNeed(input: $input) {\n              id\n              servedByTeam\n            }\n          }\n        ": typeof types.MatchingPostServiceNeedDocument,
    "\n        query MatchingMatchingPlan($c: ID!, $u: ID) {\n          matchingPlan(campaignId: $c, scope: { unitId: $u }, includeUnavailable: true) {\n            assignments {\n              volunteerId\n              needId\n              teamId\n              need {\n                startsAt\n                endsAt\n              }\n            }\n            metrics {\n              heldPlaces\n            }\n          }\n        }\n      ": typeof types.MatchingMatchingPlanDocument,
    "\n        query MatchingServiceTeam($id: ID!) {\n          serviceTeam(id: $id) {\n            status\n            unitId\n            members {\n              volunteer {\n                id\n                role\n              }\n            }\n          }\n        }\n      ": typeof types.MatchingServiceTeamDocument,
    "\n        query MatchingUnit2($id: ID!) {\n          unit(id: $id) {\n            pairings {\n              siteId\n            }\n          }\n        }\n      ": typeof types.MatchingUnit2Document,
    "\n        mutation MatchingPostServiceNeed2($input: PostServiceNeedInput!) {\n          postServiceNeed(input: $input) {\n            id\n          }\n        }\n      ": typeof types.MatchingPostServiceNeed2Document,
    "\n  mutation NeedsOpenToUnitPost($input: PostServiceNeedInput!) {\n    postServiceNeed(input: $input) {\n      id\n      postedByUnitId\n    }\n  }\n": typeof types.NeedsOpenToUnitPostDocument,
    "\n  query NeedsOpenToUnitList($unitId: ID!, $campaignId: ID!) {\n    serviceNeeds(filter: { unitId: $unitId, campaignId: $campaignId }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.NeedsOpenToUnitListDocument,
    "\n  subscription NeedsOpenToUnitPosted($filter: ServiceNeedEventFilter) {\n    serviceNeedPosted(filter: $filter) {\n      id\n      title\n    }\n  }\n": typeof types.NeedsOpenToUnitPostedDocument,
    "\n  query PaginationVolunteers($first: Int, $after: String, $filter: VolunteerFilter) {\n    volunteers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          unitId\n        }\n      }\n    }\n  }\n": typeof types.PaginationVolunteersDocument,
    "\n  mutation PairingRefusalReasonPair($input: PairUnitWithSiteInput!) {\n    pairUnitWithSite(input: $input) {\n      id\n      status\n      refusalReason\n    }\n  }\n": typeof types.PairingRefusalReasonPairDocument,
    "\n  mutation PairingRefusalReasonRefuse($id: ID!, $reason: String) {\n    refusePairing(id: $id, reason: $reason) {\n      id\n      status\n      refusalReason\n    }\n  }\n": typeof types.PairingRefusalReasonRefuseDocument,
    "\n  mutation PairingRefusalReasonApprove($id: ID!) {\n    approvePairing(id: $id) {\n      id\n      status\n      refusalReason\n    }\n  }\n": typeof types.PairingRefusalReasonApproveDocument,
    "\n  query PairingRefusalReasonPairing($s: ID!) {\n    site(id: $s) {\n      pairings {\n        id\n        status\n        refusalReason\n      }\n    }\n  }\n": typeof types.PairingRefusalReasonPairingDocument,
    "\n        mutation PairingRefusalReasonCreateSite($input: CreateSiteInput!) {\n          createSite(input: $input) {\n            id\n          }\n        }\n      ": typeof types.PairingRefusalReasonCreateSiteDocument,
    "\n  query PersonalDataVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      id\n      documentNumber\n      mobile\n      birthDate\n    }\n  }\n": typeof types.PersonalDataVolunteerDocument,
    "\n  query PersonalDataAudit($filter: AuditEventFilter) {\n    auditEvents(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          action\n          entityType\n          entityId\n          actorName\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.PersonalDataAuditDocument,
    "\n      query PersonalDataQuery($id: ID!) {\n        serviceTeam(id: $id) {\n          leader {\n            documentNumber\n            mobile\n          }\n          members {\n            volunteer {\n              mobile\n            }\n          }\n        }\n      }\n    ": typeof types.PersonalDataQueryDocument,
    "\n          query PersonalDataVolunteers($n: String!) {\n            volunteers(filter: { documentNumber: $n }) {\n              totalCount\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.PersonalDataVolunteersDocument,
    "\n        mutation PersonalDataUpdateVolunteer($id: ID!) {\n          updateVolunteer(id: $id, input: { mobile: \"13912345678\" }) {\n            id\n          }\n        }\n      ": typeof types.PersonalDataUpdateVolunteerDocument,
    "\n          query PersonalDataServiceNeed($id: ID!) {\n            serviceNeed(id: $id) {\n              assignments {\n                volunteerId\n              }\n            }\n          }\n        ": typeof types.PersonalDataServiceNeedDocument,
    "\n        query PersonalData__schema {\n          __schema {\n            mutationType {\n              fields {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.PersonalData__SchemaDocument,
    "\n  query PlanProposalPlan {\n    matchingPlan(campaignId: \"1\", includeUnavailable: true) {\n      assignments {\n        volunteerId\n        needId\n      }\n      metrics {\n        plannedPlaces\n      }\n    }\n  }\n": typeof types.PlanProposalPlanDocument,
    "\n  mutation PlanProposalPropose {\n    proposeMatchingPlan(campaignId: \"1\", includeUnavailable: true) {\n      metrics {\n        heldPlaces\n        plannedPlaces\n      }\n    }\n  }\n": typeof types.PlanProposalProposeDocument,
    "\n  mutation ProjectDatesRecordsUpdate($id: ID!, $input: UpdateServiceProjectInput!) {\n    updateServiceProject(id: $id, input: $input) {\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.ProjectDatesRecordsUpdateDocument,
    "\n        mutation SdkReadmeAppPostServiceNeed($input: PostServiceNeedInput!) {\n          postServiceNeed(input: $input) {\n            id\n          }\n        }\n      ": typeof types.SdkReadmeAppPostServiceNeedDocument,
    "\n          mutation SdkPostServiceNeed($input: PostServiceNeedInput!) {\n            postServiceNeed(input: $input) {\n              id\n            }\n          }\n        ": typeof types.SdkPostServiceNeedDocument,
    "\n            mutation SdkPostServiceNeed($input: PostServiceNeedInput!) {\n              postServiceNeed(input: $input) {\n                id\n              }\n            }\n          ": typeof types.SdkPostServiceNeedDocument,
    "\n        mutation ServerCreateUnit {\n          createUnit(input: { code: \"P\", name: \"山东省教育工会\", kind: PROVINCE, cityCode: \"370100\" }) {\n            id\n          }\n        }\n      ": typeof types.ServerCreateUnitDocument,
    "\n        mutation ServerCreateVolunteer($input: CreateVolunteerInput!) {\n          createVolunteer(input: $input) {\n            id\n          }\n        }\n      ": typeof types.ServerCreateVolunteerDocument,
    "\n          query ServerVolunteers {\n            volunteers {\n              edges {\n                node {\n                  name\n                  availability {\n                    startsAt\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.ServerVolunteersDocument,
    "\n  fragment ServiceLogsServiceLogFields on ServiceLog {\n    id\n    projectId\n    loggedOn\n    content\n    authorId\n    authorAccountId\n    authorName\n    project {\n      name\n    }\n  }\n": typeof types.ServiceLogsServiceLogFieldsFragmentDoc,
    "\n  mutation ServiceLogsWrite($input: WriteServiceLogInput!) {\n    writeServiceLog(input: $input) {\n      ...ServiceLogsServiceLogFields\n    }\n  }\n": typeof types.ServiceLogsWriteDocument,
    "\n  mutation ServiceLogsUpdate($id: ID!, $input: UpdateServiceLogInput!) {\n    updateServiceLog(id: $id, input: $input) {\n      ...ServiceLogsServiceLogFields\n    }\n  }\n": typeof types.ServiceLogsUpdateDocument,
    "\n  query ServiceLogsList($projectId: ID!, $filter: ServiceLogFilter) {\n    serviceLogs(projectId: $projectId, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          loggedOn\n          content\n          authorName\n        }\n      }\n    }\n  }\n": typeof types.ServiceLogsListDocument,
    "\n        query ServiceLogsAuditTrail($id: ID!) {\n          auditEvents(filter: { entityType: \"ServiceLog\", entityId: $id }) {\n            edges {\n              node {\n                action\n              }\n            }\n          }\n        }\n      ": typeof types.ServiceLogsAuditTrailDocument,
    "\n  fragment ServiceRecordsFields on ServiceRecord {\n    id\n    volunteerId\n    projectId\n    postId\n    occasionId\n    startsAt\n    endsAt\n    hours\n    status\n    remark\n    rejectionReason\n    supersedesId\n    presenceConfirmedAt\n  }\n": typeof types.ServiceRecordsFieldsFragmentDoc,
    "\n  mutation ServiceRecordsRecord($input: RecordServiceInput!) {\n    recordService(input: $input) {\n      ...ServiceRecordsFields\n    }\n  }\n": typeof types.ServiceRecordsRecordDocument,
    "\n  mutation ServiceRecordsBatch($input: RecordServiceBatchInput!) {\n    recordServiceBatch(input: $input) {\n      ...ServiceRecordsFields\n    }\n  }\n": typeof types.ServiceRecordsBatchDocument,
    "\n  mutation ServiceRecordsUpdate($id: ID!, $input: UpdateServiceRecordInput!) {\n    updateServiceRecord(id: $id, input: $input) {\n      ...ServiceRecordsFields\n    }\n  }\n": typeof types.ServiceRecordsUpdateDocument,
    "\n  mutation ServiceRecordsSubmit($id: ID!) {\n    submitServiceRecord(id: $id) {\n      ...ServiceRecordsFields\n    }\n  }\n": typeof types.ServiceRecordsSubmitDocument,
    "\n  mutation ServiceRecordsApprove($id: ID!) {\n    approveServiceRecord(id: $id) {\n      ...ServiceRecordsFields\n    }\n  }\n": typeof types.ServiceRecordsApproveDocument,
    "\n  mutation ServiceRecordsReject($id: ID!, $reason: String!) {\n    rejectServiceRecord(id: $id, reason: $reason) {\n      ...ServiceRecordsFields\n    }\n  }\n": typeof types.ServiceRecordsRejectDocument,
    "\n  mutation ServiceRecordsCorrect($id: ID!, $input: CorrectServiceRecordInput!) {\n    correctServiceRecord(id: $id, input: $input) {\n      ...ServiceRecordsFields\n    }\n  }\n": typeof types.ServiceRecordsCorrectDocument,
    "\n  mutation ServiceRecordsIssue($id: ID!, $date: LocalDate!, $minutes: Int) {\n    issueServiceCode(projectId: $id, date: $date, validForMinutes: $minutes) {\n      code\n      expiresAt\n      occasion {\n        id\n        date\n      }\n    }\n  }\n": typeof types.ServiceRecordsIssueDocument,
    "\n  mutation ServiceRecordsConfirm($id: ID!, $code: String!) {\n    confirmPresence(id: $id, code: $code) {\n      ...ServiceRecordsFields\n    }\n  }\n": typeof types.ServiceRecordsConfirmDocument,
    "\n  query ServiceRecordsList($filter: ServiceRecordFilter) {\n    serviceRecords(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.ServiceRecordsListDocument,
    "\n  query ServiceRecordsTotals($g: ServiceTotalsGroupBy!, $f: ServiceTotalsFilter) {\n    serviceTotals(groupBy: $g, filter: $f) {\n      key\n      label\n      hours\n      personTimes\n      volunteers\n      records\n    }\n  }\n": typeof types.ServiceRecordsTotalsDocument,
    "\n  mutation ServiceRecordsSafety($id: ID!, $input: SafetyPlanInput!) {\n    setSafetyPlan(projectId: $id, input: $input) {\n      id\n      responsiblePerson\n      insured\n    }\n  }\n": typeof types.ServiceRecordsSafetyDocument,
    "\n  mutation ServiceRecordsStart($id: ID!) {\n    updateServiceProject(id: $id, input: { status: ACTIVE }) {\n      id\n      status\n      safetyPlan {\n        responsiblePerson\n      }\n    }\n  }\n": typeof types.ServiceRecordsStartDocument,
    "\n          mutation ServiceRecordsApproveServiceRecord($id: ID!) {\n            approveServiceRecord(id: $id) {\n              status\n              approvedById\n              reviewedByAccountId\n            }\n          }\n        ": typeof types.ServiceRecordsApproveServiceRecordDocument,
    "\n          query ServiceRecordsMe {\n            me {\n              id\n            }\n          }\n        ": typeof types.ServiceRecordsMeDocument,
    "\n      query ServiceRecordsByIds($ids: [ID!]) {\n        serviceRecords(filter: { ids: $ids }, first: 100) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.ServiceRecordsByIdsDocument,
    "\n  mutation SiteOwnershipPair($input: PairUnitWithSiteInput!) {\n    pairUnitWithSite(input: $input) {\n      id\n      status\n      unitId\n      siteId\n    }\n  }\n": typeof types.SiteOwnershipPairDocument,
    "\n  mutation SiteOwnershipApprove($id: ID!) {\n    approvePairing(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SiteOwnershipApproveDocument,
    "\n  mutation SiteOwnershipRefuse($id: ID!) {\n    refusePairing(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SiteOwnershipRefuseDocument,
    "\n  mutation SiteOwnershipEnd($id: ID!, $on: LocalDate!) {\n    endPairing(id: $id, endedOn: $on) {\n      id\n      endedOn\n    }\n  }\n": typeof types.SiteOwnershipEndDocument,
    "\n  query SiteOwnershipRequests {\n    pairingRequests {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          unit {\n            id\n          }\n          site {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.SiteOwnershipRequestsDocument,
    "\n  mutation SiteOwnershipUpdateSite($id: ID!, $input: UpdateSiteInput!) {\n    updateSite(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.SiteOwnershipUpdateSiteDocument,
    "\n  mutation SiteOwnershipMark($s: ID!) {\n    markLongTermBase(siteId: $s, since: \"2019-06-01\") {\n      id\n    }\n  }\n": typeof types.SiteOwnershipMarkDocument,
    "\n  mutation SiteOwnershipPostNeed($input: PostServiceNeedInput!) {\n    postServiceNeed(input: $input) {\n      id\n      postedByUnitId\n    }\n  }\n": typeof types.SiteOwnershipPostNeedDocument,
    "\n  mutation SiteOwnershipUpdateNeed($id: ID!, $input: UpdateServiceNeedInput!) {\n    updateServiceNeed(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SiteOwnershipUpdateNeedDocument,
    "\n  mutation SiteOwnershipPropose($needId: ID!, $ids: [ID!]!) {\n    proposeAssignments(needId: $needId, volunteerIds: $ids) {\n      id\n      status\n    }\n  }\n": typeof types.SiteOwnershipProposeDocument,
    "\n  mutation SiteOwnershipConfirm($id: ID!) {\n    confirmAssignment(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SiteOwnershipConfirmDocument,
    "\n  mutation SiteOwnershipCancel($id: ID!) {\n    cancelAssignment(id: $id, reason: \"现场另有安排\") {\n      id\n      status\n    }\n  }\n": typeof types.SiteOwnershipCancelDocument,
    "\n  mutation SiteOwnershipCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n    }\n  }\n": typeof types.SiteOwnershipCreateAccountDocument,
    "\n  mutation SiteOwnershipCreateProject($input: CreateServiceProjectInput!) {\n    createServiceProject(input: $input) {\n      id\n    }\n  }\n": typeof types.SiteOwnershipCreateProjectDocument,
    "\n  mutation SiteOwnershipCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n      ownerUnitId\n      ownerUnit {\n        id\n      }\n    }\n  }\n": typeof types.SiteOwnershipCreateSiteDocument,
    "\n        query SiteOwnershipSites($u: ID!) {\n          sites(filter: { pairedUnitId: $u }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.SiteOwnershipSitesDocument,
    "\n        query SiteOwnershipServiceNeeds($u: ID!) {\n          serviceNeeds(filter: { pairedUnitId: $u }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.SiteOwnershipServiceNeedsDocument,
    "\n        query SiteOwnershipMatchingPlan($c: ID!, $u: ID!) {\n          matchingPlan(campaignId: $c, scope: { unitId: $u }, includeUnavailable: true) {\n            assignments {\n              needId\n            }\n          }\n        }\n      ": typeof types.SiteOwnershipMatchingPlanDocument,
    "\n          query SiteOwnershipAssignments($n: ID) {\n            assignments(filter: { needId: $n }) {\n              totalCount\n            }\n          }\n        ": typeof types.SiteOwnershipAssignmentsDocument,
    "\n          query SiteOwnershipServiceNeed($n: ID!) {\n            serviceNeed(id: $n) {\n              assignments {\n                id\n              }\n            }\n          }\n        ": typeof types.SiteOwnershipServiceNeedDocument,
    "\n      query SiteOwnershipContacts {\n        accounts(filter: { role: SITE_CONTACT }) {\n          totalCount\n        }\n      }\n    ": typeof types.SiteOwnershipContactsDocument,
    "\n  fragment SitesNeedsProjectsSiteFields on Site {\n    id\n    name\n    kind\n    areaCode\n    cityCode\n    latitude\n    longitude\n    contactPhone\n    isLongTermBase\n    longTermBaseSince\n  }\n": typeof types.SitesNeedsProjectsSiteFieldsFragmentDoc,
    "\n  fragment SitesNeedsProjectsServiceNeedFields on ServiceNeed {\n    id\n    title\n    category\n    status\n    headcount\n    startsAt\n    endsAt\n    beneficiaryGroups\n    siteId\n    site {\n      name\n    }\n  }\n": typeof types.SitesNeedsProjectsServiceNeedFieldsFragmentDoc,
    "\n  fragment SitesNeedsProjectsServiceProjectFields on ServiceProject {\n    id\n    name\n    status\n    startsOn\n    endsOn\n    nationalCategoryCodes\n    beneficiaryCodes\n    areaCode\n    peopleServed\n    team {\n      name\n    }\n    site {\n      name\n    }\n    campaign {\n      year\n    }\n    posts {\n      name\n    }\n    needs {\n      title\n    }\n  }\n": typeof types.SitesNeedsProjectsServiceProjectFieldsFragmentDoc,
    "\n  mutation SitesNeedsProjectsCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      ...SitesNeedsProjectsSiteFields\n    }\n  }\n": typeof types.SitesNeedsProjectsCreateSiteDocument,
    "\n  mutation SitesNeedsProjectsUpdateSite($id: ID!, $input: UpdateSiteInput!) {\n    updateSite(id: $id, input: $input) {\n      ...SitesNeedsProjectsSiteFields\n    }\n  }\n": typeof types.SitesNeedsProjectsUpdateSiteDocument,
    "\n  query SitesNeedsProjectsSites2($filter: SiteFilter) {\n    sites(filter: $filter) {\n      totalCount\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": typeof types.SitesNeedsProjectsSites2Document,
    "\n  mutation SitesNeedsProjectsPair($input: PairUnitWithSiteInput!) {\n    pairUnitWithSite(input: $input) {\n      id\n      unitId\n      siteId\n      kind\n      startedOn\n      endedOn\n      unit {\n        name\n      }\n      site {\n        name\n      }\n    }\n  }\n": typeof types.SitesNeedsProjectsPairDocument,
    "\n  mutation SitesNeedsProjectsEndPairing($id: ID!, $endedOn: LocalDate!) {\n    endPairing(id: $id, endedOn: $endedOn) {\n      id\n      endedOn\n    }\n  }\n": typeof types.SitesNeedsProjectsEndPairingDocument,
    "\n  mutation SitesNeedsProjectsPostNeed($input: PostServiceNeedInput!) {\n    postServiceNeed(input: $input) {\n      ...SitesNeedsProjectsServiceNeedFields\n    }\n  }\n": typeof types.SitesNeedsProjectsPostNeedDocument,
    "\n  mutation SitesNeedsProjectsUpdateNeed($id: ID!, $input: UpdateServiceNeedInput!) {\n    updateServiceNeed(id: $id, input: $input) {\n      ...SitesNeedsProjectsServiceNeedFields\n    }\n  }\n": typeof types.SitesNeedsProjectsUpdateNeedDocument,
    "\n  query SitesNeedsProjectsNeeds($filter: ServiceNeedFilter) {\n    serviceNeeds(filter: $filter) {\n      totalCount\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n": typeof types.SitesNeedsProjectsNeedsDocument,
    "\n  mutation SitesNeedsProjectsCreateProject($input: CreateServiceProjectInput!) {\n    createServiceProject(input: $input) {\n      ...SitesNeedsProjectsServiceProjectFields\n    }\n  }\n": typeof types.SitesNeedsProjectsCreateProjectDocument,
    "\n  mutation SitesNeedsProjectsUpdateProject($id: ID!, $input: UpdateServiceProjectInput!) {\n    updateServiceProject(id: $id, input: $input) {\n      ...SitesNeedsProjectsServiceProjectFields\n    }\n  }\n": typeof types.SitesNeedsProjectsUpdateProjectDocument,
    "\n  query SitesNeedsProjectsProject($id: ID!) {\n    serviceProject(id: $id) {\n      ...SitesNeedsProjectsServiceProjectFields\n    }\n  }\n": typeof types.SitesNeedsProjectsProjectDocument,
    "\n            mutation SitesNeedsProjectsCreateUnit($input: CreateUnitInput!) {\n              createUnit(input: $input) {\n                id\n              }\n            }\n          ": typeof types.SitesNeedsProjectsCreateUnitDocument,
    "\n          mutation SitesNeedsProjectsCreateCampaign($input: CreateCampaignInput!) {\n            createCampaign(input: $input) {\n              id\n            }\n          }\n        ": typeof types.SitesNeedsProjectsCreateCampaignDocument,
    "\n          mutation SitesNeedsProjectsCreateServiceTeam($input: CreateServiceTeamInput!) {\n            createServiceTeam(input: $input) {\n              id\n            }\n          }\n        ": typeof types.SitesNeedsProjectsCreateServiceTeamDocument,
    "\n            query SitesNeedsProjectsServiceNeed($id: ID!) {\n              serviceNeed(id: $id) {\n                postedAt\n              }\n            }\n          ": typeof types.SitesNeedsProjectsServiceNeedDocument,
    "\n            query SitesNeedsProjectsSites {\n              sites(first: 100) {\n                edges {\n                  node {\n                    id\n                    open: needs(status: OPEN) {\n                      title\n                    }\n                    closed: needs(status: CLOSED) {\n                      title\n                    }\n                    all: needs {\n                      title\n                    }\n                  }\n                }\n              }\n            }\n          ": typeof types.SitesNeedsProjectsSitesDocument,
    "\n              query SitesNeedsProjectsServiceNeed2($id: ID!) {\n                serviceNeed(id: $id) {\n                  startsAt\n                  endsAt\n                }\n              }\n            ": typeof types.SitesNeedsProjectsServiceNeed2Document,
    "\n          mutation SitesNeedsProjectsUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n            updateCampaign(id: $id, input: $input) {\n              startsOn\n              endsOn\n            }\n          }\n        ": typeof types.SitesNeedsProjectsUpdateCampaignDocument,
    "\n          mutation SitesNeedsProjectsSetSafetyPlan($id: ID!, $input: SafetyPlanInput!) {\n            setSafetyPlan(projectId: $id, input: $input) {\n              id\n            }\n          }\n        ": typeof types.SitesNeedsProjectsSetSafetyPlanDocument,
    "\n  fragment StatusReportBlocksStatusReportRowFields on StatusReportRow {\n    teamName\n    projectId\n    projectName\n    teamSize\n    startsOn\n    endsOn\n    personTimes\n    supportSummary\n    leaderName\n    leaderTitle\n    leaderPhone\n    pairedWith\n    peopleServed\n    progressText\n  }\n": typeof types.StatusReportBlocksStatusReportRowFieldsFragmentDoc,
    "\n  query StatusReportBlocksPreview($k: StatusReportKeyInput!) {\n    statusReportPreview(key: $k) {\n      ...StatusReportBlocksStatusReportRowFields\n    }\n  }\n": typeof types.StatusReportBlocksPreviewDocument,
    "\n  query StatusReportBlocksReport($k: StatusReportKeyInput!) {\n    statusReport(key: $k) {\n      id\n      status\n      progressText\n      filledOn\n      downloadPath\n      wordDownloadPath\n      rows {\n        ...StatusReportBlocksStatusReportRowFields\n      }\n    }\n  }\n": typeof types.StatusReportBlocksReportDocument,
    "\n  mutation StatusReportBlocksSave($k: StatusReportKeyInput!, $p: [StatusReportProgressInput!], $t: String) {\n    saveStatusReportDraft(key: $k, progress: $p, progressText: $t) {\n      id\n      rows {\n        projectId\n        progressText\n      }\n    }\n  }\n": typeof types.StatusReportBlocksSaveDocument,
    "\n  mutation StatusReportBlocksSubmit($k: StatusReportKeyInput!) {\n    submitStatusReport(key: $k) {\n      status\n      filledOn\n    }\n  }\n": typeof types.StatusReportBlocksSubmitDocument,
    "\n  query StatusReportsPreview($k: StatusReportKeyInput!) {\n    statusReportPreview(key: $k) {\n      teamName\n      projectName\n      teamSize\n      startsOn\n      endsOn\n      personTimes\n      hours\n      funds\n      materialsValue\n      supportSummary\n      leaderName\n      leaderPhone\n      pairedWith\n      peopleServed\n    }\n  }\n": typeof types.StatusReportsPreviewDocument,
    "\n  query StatusReportsReport($k: StatusReportKeyInput!) {\n    statusReport(key: $k) {\n      status\n      progressText\n      filledOn\n      rows {\n        projectId\n        personTimes\n        hours\n      }\n    }\n  }\n": typeof types.StatusReportsReportDocument,
    "\n  mutation StatusReportsSave($k: StatusReportKeyInput!, $t: String) {\n    saveStatusReportDraft(key: $k, progressText: $t) {\n      status\n    }\n  }\n": typeof types.StatusReportsSaveDocument,
    "\n  mutation StatusReportsSubmit($k: StatusReportKeyInput!) {\n    submitStatusReport(key: $k) {\n      status\n      filledOn\n    }\n  }\n": typeof types.StatusReportsSubmitDocument,
    "\n  query StatusReportsOverview($c: ID!) {\n    statusReportOverview(campaignId: $c, milestone: SUMMARY) {\n      dueOn\n      submitted\n      overdue\n      units {\n        unitId\n        state\n        overdue\n        late\n      }\n      byCity {\n        key\n        hours\n        personTimes\n      }\n    }\n  }\n": typeof types.StatusReportsOverviewDocument,
    "\n        query StatusReportsStatusReport($k: StatusReportKeyInput!) {\n          statusReport(key: $k) {\n            id\n            downloadPath\n            progressText\n          }\n        }\n      ": typeof types.StatusReportsStatusReportDocument,
    "\n  mutation StorageFaultsCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.StorageFaultsCreateUnitDocument,
    "\n  mutation StorageFaultsLogin($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      accessToken\n    }\n  }\n": typeof types.StorageFaultsLoginDocument,
    "\n          query StorageFaultsUnits {\n            units(first: 5) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.StorageFaultsUnitsDocument,
    "\n  subscription SubscriptionSessionsNeedPosted {\n    serviceNeedPosted {\n      id\n      title\n    }\n  }\n": typeof types.SubscriptionSessionsNeedPostedDocument,
    "\n  subscription SubscriptionSessionsAssignments {\n    assignmentChanged {\n      id\n      volunteer {\n        id\n        documentNumber\n      }\n    }\n  }\n": typeof types.SubscriptionSessionsAssignmentsDocument,
    "\n          query SubscriptionSessionsMe {\n            me {\n              id\n            }\n          }\n        ": typeof types.SubscriptionSessionsMeDocument,
    "\n          mutation SubscriptionSessionsCreateApiToken {\n            createApiToken(name: \"实时订阅\") {\n              token\n              apiToken {\n                id\n              }\n            }\n          }\n        ": typeof types.SubscriptionSessionsCreateApiTokenDocument,
    "\n        mutation SubscriptionSessionsRevokeApiToken($id: ID!) {\n          revokeApiToken(id: $id) {\n            revokedAt\n          }\n        }\n      ": typeof types.SubscriptionSessionsRevokeApiTokenDocument,
    "\n        mutation SubscriptionSessionsDeactivateAccount($id: ID!) {\n          deactivateAccount(id: $id) {\n            active\n          }\n        }\n      ": typeof types.SubscriptionSessionsDeactivateAccountDocument,
    "\n        mutation SubscriptionSessionsChangePassword($c: String!, $n: String!) {\n          changePassword(currentPassword: $c, newPassword: $n) {\n            accessToken\n          }\n        }\n      ": typeof types.SubscriptionSessionsChangePasswordDocument,
    "\n        mutation SubscriptionSessionsProposeAssignments($n: ID!, $v: [ID!]!) {\n          proposeAssignments(needId: $n, volunteerIds: $v) {\n            id\n          }\n        }\n      ": typeof types.SubscriptionSessionsProposeAssignmentsDocument,
    "\n        mutation SubscriptionSessionsUpdateVolunteer($id: ID!, $u: ID!) {\n          updateVolunteer(id: $id, input: { unitId: $u }) {\n            id\n          }\n        }\n      ": typeof types.SubscriptionSessionsUpdateVolunteerDocument,
    "\n          mutation SubscriptionSessionsApproveServiceRecord($id: ID!) {\n            approveServiceRecord(id: $id) {\n              id\n            }\n          }\n        ": typeof types.SubscriptionSessionsApproveServiceRecordDocument,
    "\n  subscription SubscriptionsRedisNeedPosted {\n    serviceNeedPosted {\n      id\n      title\n    }\n  }\n": typeof types.SubscriptionsRedisNeedPostedDocument,
    "\n        query SubscriptionsRedisServiceNeeds {\n          serviceNeeds(first: 100) {\n            edges {\n              node {\n                title\n              }\n            }\n          }\n        }\n      ": typeof types.SubscriptionsRedisServiceNeedsDocument,
    "\n        mutation SubscriptionsRedisCreateApiToken {\n          createApiToken(name: \"跨实例\") {\n            token\n            apiToken {\n              id\n            }\n          }\n        }\n      ": typeof types.SubscriptionsRedisCreateApiTokenDocument,
    "\n        mutation SubscriptionsRedisRevokeApiToken($id: ID!) {\n          revokeApiToken(id: $id) {\n            id\n          }\n        }\n      ": typeof types.SubscriptionsRedisRevokeApiTokenDocument,
    "\n          mutation SubscriptionsRedisLogin {\n            login(username: \"nobody.here\", password: \"wrong\") {\n              accessToken\n            }\n          }\n        ": typeof types.SubscriptionsRedisLoginDocument,
    "\n      query SubscriptionsRedisMe {\n        me {\n          id\n        }\n      }\n    ": typeof types.SubscriptionsRedisMeDocument,
    "\n        mutation SubscriptionsRedisChangePassword($c: String!, $n: String!) {\n          changePassword(currentPassword: $c, newPassword: $n) {\n            accessToken\n          }\n        }\n      ": typeof types.SubscriptionsRedisChangePasswordDocument,
    "\n  subscription SubscriptionsNeedPosted($filter: ServiceNeedEventFilter) {\n    serviceNeedPosted(filter: $filter) {\n      id\n      title\n      category\n      status\n      site {\n        id\n        name\n      }\n      campaign {\n        id\n      }\n    }\n  }\n": typeof types.SubscriptionsNeedPostedDocument,
    "\n        mutation SubscriptionsPostServiceNeed($input: PostServiceNeedInput!) {\n          postServiceNeed(input: $input) {\n            id\n          }\n        }\n      ": typeof types.SubscriptionsPostServiceNeedDocument,
    "\n        query SubscriptionsServiceNeed($id: ID!) {\n          serviceNeed(id: $id) {\n            title\n          }\n        }\n      ": typeof types.SubscriptionsServiceNeedDocument,
    "\n          mutation SubscriptionsProposeAssignments($n: ID!, $v: [ID!]!) {\n            proposeAssignments(needId: $n, volunteerIds: $v) {\n              id\n            }\n          }\n        ": typeof types.SubscriptionsProposeAssignmentsDocument,
    "\n        mutation SubscriptionsConfirmAssignment($id: ID!) {\n          confirmAssignment(id: $id) {\n            id\n            status\n          }\n        }\n      ": typeof types.SubscriptionsConfirmAssignmentDocument,
    "\n        mutation SubscriptionsApproveServiceRecord($id: ID!) {\n          approveServiceRecord(id: $id) {\n            id\n          }\n        }\n      ": typeof types.SubscriptionsApproveServiceRecordDocument,
    "\n        mutation SubscriptionsSaveStatusReportDraft($key: StatusReportKeyInput!) {\n          saveStatusReportDraft(key: $key, progressText: \"部署启动\") {\n            id\n          }\n        }\n      ": typeof types.SubscriptionsSaveStatusReportDraftDocument,
    "\n        mutation SubscriptionsSubmitStatusReport($key: StatusReportKeyInput!) {\n          submitStatusReport(key: $key) {\n            id\n          }\n        }\n      ": typeof types.SubscriptionsSubmitStatusReportDocument,
    "\n  query SummaryMaterialsStatus($u: ID!, $c: ID!) {\n    summaryMaterials(unitId: $u, campaignId: $c) {\n      unitId\n      unitName\n      dueOn\n      received\n      submittedAt\n      late\n      overdue\n      canUpload\n      draftDownloadPath\n      materials {\n        id\n        fileName\n        byteSize\n        sha256\n        uploadCount\n        submittedByAccountId\n        downloadPath\n      }\n    }\n  }\n": typeof types.SummaryMaterialsStatusDocument,
    "\n  mutation SummaryMaterialsSubmit($input: SubmitSummaryMaterialsInput!) {\n    submitSummaryMaterials(input: $input) {\n      received\n      late\n      overdue\n      canUpload\n      materials {\n        fileName\n        byteSize\n        sha256\n        uploadCount\n        downloadPath\n      }\n    }\n  }\n": typeof types.SummaryMaterialsSubmitDocument,
    "\n  query SummaryMaterialsOverview($c: ID!) {\n    summaryMaterialsOverview(campaignId: $c) {\n      dueOn\n      received\n      late\n      overdue\n      units {\n        unitId\n        unitName\n        received\n        late\n        overdue\n        submittedAt\n        materials {\n          downloadPath\n        }\n      }\n    }\n  }\n": typeof types.SummaryMaterialsOverviewDocument,
    "\n  fragment SupportSupportEntryFields on SupportEntry {\n    id\n    kind\n    projectId\n    siteId\n    occurredOn\n    amount\n    fundingSource\n    itemName\n    quantity\n    quantityUnit\n    estimatedValue\n    note\n    recordedById\n    recordedByAccountId\n    recordedByName\n    voidedAt\n    voidReason\n  }\n": typeof types.SupportSupportEntryFieldsFragmentDoc,
    "\n  mutation SupportRecord($input: RecordSupportEntryInput!) {\n    recordSupportEntry(input: $input) {\n      ...SupportSupportEntryFields\n    }\n  }\n": typeof types.SupportRecordDocument,
    "\n  mutation SupportUpdate($id: ID!, $input: UpdateSupportEntryInput!) {\n    updateSupportEntry(id: $id, input: $input) {\n      ...SupportSupportEntryFields\n    }\n  }\n": typeof types.SupportUpdateDocument,
    "\n  mutation SupportVoid($id: ID!, $reason: String!) {\n    voidSupportEntry(id: $id, reason: $reason) {\n      ...SupportSupportEntryFields\n    }\n  }\n": typeof types.SupportVoidDocument,
    "\n  query SupportList($filter: SupportEntryFilter) {\n    supportEntries(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          amount\n          estimatedValue\n        }\n      }\n    }\n  }\n": typeof types.SupportListDocument,
    "\n  query SupportTotals($filter: SupportScopeFilter, $groupBy: [SupportTotalsDimension!]) {\n    supportTotals(filter: $filter, groupBy: $groupBy) {\n      groupBy\n      rows {\n        year\n        quarter\n        month\n        unitId\n        projectId\n        siteId\n        kind\n        fundingSource\n        entryCount\n        fundsAmount\n        materialsValue\n        totalValue\n        project {\n          name\n        }\n        site {\n          name\n        }\n        unit {\n          name\n        }\n      }\n      total {\n        entryCount\n        fundsAmount\n        materialsValue\n        totalValue\n      }\n    }\n  }\n": typeof types.SupportTotalsDocument,
    "\n          query SupportAuditTrail($id: ID!) {\n            auditEvents(filter: { entityType: \"SupportEntry\", entityId: $id }) {\n              edges {\n                node {\n                  action\n                }\n              }\n            }\n          }\n        ": typeof types.SupportAuditTrailDocument,
    "\n        query SupportQuery($id: ID!) {\n          serviceProject(id: $id) {\n            supportEntries {\n              amount\n            }\n          }\n        }\n      ": typeof types.SupportQueryDocument,
    "\n  fragment TeamFormationVolunteerFields on Volunteer {\n    id\n    unitId\n    role\n    active\n    safetyTrainedOn\n    serviceCategories\n  }\n": typeof types.TeamFormationVolunteerFieldsFragmentDoc,
    "\n  query TeamFormationProposal($unitId: ID!) {\n    teamFormationProposal(unitId: $unitId) {\n      teams {\n        unitId\n        covers\n        cadres {\n          ...TeamFormationVolunteerFields\n        }\n        volunteers {\n          ...TeamFormationVolunteerFields\n        }\n        composition {\n          volunteers\n          cadres\n          size\n          valid\n        }\n      }\n      uncovered\n      unplacedVolunteers\n    }\n  }\n": typeof types.TeamFormationProposalDocument,
    "\n        query TeamFormationMe {\n          me {\n            unitId\n          }\n        }\n      ": typeof types.TeamFormationMeDocument,
    "\n        mutation TeamFormationCreateServiceTeam($input: CreateServiceTeamInput!) {\n          createServiceTeam(input: $input) {\n            id\n            composition {\n              valid\n            }\n          }\n        }\n      ": typeof types.TeamFormationCreateServiceTeamDocument,
    "\n        query TeamFormationUnits {\n          units(first: 100) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.TeamFormationUnitsDocument,
    "\n  fragment TeamsServiceTeamFields on ServiceTeam {\n    id\n    name\n    status\n    unitId\n    leaderId\n    leader {\n      id\n      name\n      role\n    }\n    members {\n      volunteerId\n    }\n    composition {\n      volunteers\n      cadres\n      size\n      valid\n    }\n  }\n": typeof types.TeamsServiceTeamFieldsFragmentDoc,
    "\n  mutation TeamsCreateTeam($input: CreateServiceTeamInput!) {\n    createServiceTeam(input: $input) {\n      ...TeamsServiceTeamFields\n    }\n  }\n": typeof types.TeamsCreateTeamDocument,
    "\n  mutation TeamsUpdateTeam($id: ID!, $input: UpdateServiceTeamInput!) {\n    updateServiceTeam(id: $id, input: $input) {\n      ...TeamsServiceTeamFields\n    }\n  }\n": typeof types.TeamsUpdateTeamDocument,
    "\n  mutation TeamsActivateTeam($id: ID!) {\n    activateServiceTeam(id: $id) {\n      ...TeamsServiceTeamFields\n    }\n  }\n": typeof types.TeamsActivateTeamDocument,
    "\n  mutation TeamsDisbandTeam($id: ID!) {\n    disbandServiceTeam(id: $id) {\n      ...TeamsServiceTeamFields\n    }\n  }\n": typeof types.TeamsDisbandTeamDocument,
    "\n  query TeamsTeam($id: ID!) {\n    serviceTeam(id: $id) {\n      ...TeamsServiceTeamFields\n    }\n  }\n": typeof types.TeamsTeamDocument,
    "\n  query TeamsTeams($filter: ServiceTeamFilter) {\n    serviceTeams(filter: $filter) {\n      totalCount\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": typeof types.TeamsTeamsDocument,
    "\n  query TeamsMemberships($id: ID!) {\n    volunteer(id: $id) {\n      name\n      memberships {\n        team {\n          name\n          status\n        }\n      }\n    }\n  }\n": typeof types.TeamsMembershipsDocument,
    "\n  mutation TeamsCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n": typeof types.TeamsCreateUnitDocument,
    "\n  mutation TeamsCreateVolunteer2($input: CreateVolunteerInput!) {\n    createVolunteer(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.TeamsCreateVolunteer2Document,
    "\n  fragment TrainingTrainingRecordFields on TrainingRecord {\n    id\n    unitId\n    topic\n    covers\n    heldOn\n    hours\n    trainer\n    attendeeCount\n    unit {\n      name\n    }\n    attendees {\n      id\n    }\n  }\n": typeof types.TrainingTrainingRecordFieldsFragmentDoc,
    "\n  mutation TrainingRecord($input: RecordTrainingInput!) {\n    recordTraining(input: $input) {\n      ...TrainingTrainingRecordFields\n    }\n  }\n": typeof types.TrainingRecordDocument,
    "\n  mutation TrainingUpdate($id: ID!, $input: UpdateTrainingInput!) {\n    updateTraining(id: $id, input: $input) {\n      ...TrainingTrainingRecordFields\n    }\n  }\n": typeof types.TrainingUpdateDocument,
    "\n  query TrainingList($filter: TrainingRecordFilter) {\n    trainingRecords(filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          topic\n          attendeeCount\n          attendees {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.TrainingListDocument,
    "\n        query TrainingAuditTrail($id: ID!) {\n          auditEvents(filter: { entityType: \"Volunteer\", entityId: $id }) {\n            edges {\n              node {\n                action\n              }\n            }\n          }\n        }\n      ": typeof types.TrainingAuditTrailDocument,
    "\n        query TrainingVolunteers($u: ID) {\n          volunteers(filter: { unitId: $u, safetyTrained: true }) {\n            totalCount\n          }\n        }\n      ": typeof types.TrainingVolunteersDocument,
    "\n  fragment UnitsCampaignsUnitFields on Unit {\n    id\n    code\n    name\n    kind\n    parentId\n    cityCode\n  }\n": typeof types.UnitsCampaignsUnitFieldsFragmentDoc,
    "\n  fragment UnitsCampaignsCampaignFields on Campaign {\n    id\n    year\n    name\n    startsOn\n    endsOn\n    phases {\n      kind\n      startsOn\n      endsOn\n    }\n    milestones {\n      kind\n      dueOn\n    }\n  }\n": typeof types.UnitsCampaignsCampaignFieldsFragmentDoc,
    "\n  mutation UnitsCampaignsCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitsCampaignsUnitFields\n    }\n  }\n": typeof types.UnitsCampaignsCreateUnitDocument,
    "\n  mutation UnitsCampaignsUpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      ...UnitsCampaignsUnitFields\n    }\n  }\n": typeof types.UnitsCampaignsUpdateUnitDocument,
    "\n  query UnitsCampaignsUnits($filter: UnitFilter) {\n    units(filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...UnitsCampaignsUnitFields\n        }\n      }\n    }\n  }\n": typeof types.UnitsCampaignsUnitsDocument,
    "\n  query UnitsCampaignsUnitTree($id: ID!) {\n    unit(id: $id) {\n      code\n      parent {\n        code\n      }\n      children {\n        code\n        kind\n      }\n    }\n  }\n": typeof types.UnitsCampaignsUnitTreeDocument,
    "\n  mutation UnitsCampaignsCreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...UnitsCampaignsCampaignFields\n    }\n  }\n": typeof types.UnitsCampaignsCreateCampaignDocument,
    "\n  query UnitsCampaignsCampaignByYear($year: Int) {\n    campaign(year: $year) {\n      ...UnitsCampaignsCampaignFields\n    }\n  }\n": typeof types.UnitsCampaignsCampaignByYearDocument,
    "\n          query UnitsCampaignsCampaigns {\n            campaigns {\n              year\n            }\n          }\n        ": typeof types.UnitsCampaignsCampaignsDocument,
    "\n  mutation VolunteerRosterImport($input: ImportVolunteerRosterInput!) {\n    importVolunteerRoster(input: $input) {\n      dryRun\n      rowCount\n      importedCount\n      problemCount\n      problems {\n        line\n        column\n        code\n        message\n      }\n    }\n  }\n": typeof types.VolunteerRosterImportDocument,
    "\n  query VolunteerRosterVolunteers($filter: VolunteerFilter) {\n    volunteers(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          gender\n          role\n          serviceCategories\n          skills\n          safetyTrainedOn\n          title\n        }\n      }\n    }\n  }\n": typeof types.VolunteerRosterVolunteersDocument,
    "\n  mutation VolunteerRosterCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n": typeof types.VolunteerRosterCreateUnitDocument,
    "\n  mutation VolunteerRosterCreateVolunteer($input: CreateVolunteerInput!) {\n    createVolunteer(input: $input) {\n      id\n    }\n  }\n": typeof types.VolunteerRosterCreateVolunteerDocument,
    "\n  mutation VolunteerRosterCreateTeam($input: CreateServiceTeamInput!) {\n    createServiceTeam(input: $input) {\n      id\n    }\n  }\n": typeof types.VolunteerRosterCreateTeamDocument,
    "\n  fragment VolunteersVolunteerFields on Volunteer {\n    id\n    volunteerNumber\n    name\n    gender\n    birthDate\n    documentType\n    documentNumber\n    mobile\n    role\n    title\n    honours\n    serviceCategories\n    skills\n    subjects\n    homeAreaCode\n    safetyTrainedOn\n    active\n    unitId\n    unit {\n      id\n      name\n    }\n    availability {\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.VolunteersVolunteerFieldsFragmentDoc,
    "\n  mutation VolunteersCreateVolunteer($input: CreateVolunteerInput!) {\n    createVolunteer(input: $input) {\n      ...VolunteersVolunteerFields\n    }\n  }\n": typeof types.VolunteersCreateVolunteerDocument,
    "\n  mutation VolunteersUpdateVolunteer($id: ID!, $input: UpdateVolunteerInput!) {\n    updateVolunteer(id: $id, input: $input) {\n      ...VolunteersVolunteerFields\n    }\n  }\n": typeof types.VolunteersUpdateVolunteerDocument,
    "\n  query VolunteersVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      ...VolunteersVolunteerFields\n    }\n  }\n": typeof types.VolunteersVolunteerDocument,
    "\n  query VolunteersVolunteers3($filter: VolunteerFilter) {\n    volunteers(filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.VolunteersVolunteers3Document,
    "\n  mutation VolunteersCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n": typeof types.VolunteersCreateUnitDocument,
    "\n          mutation WebSessionsPostServiceNeed($input: PostServiceNeedInput!) {\n            postServiceNeed(input: $input) {\n              id\n            }\n          }\n        ": typeof types.WebSessionsPostServiceNeedDocument,
    "\n        query AccessWorldMe {\n          me {\n            id\n          }\n        }\n      ": typeof types.AccessWorldMeDocument,
    "\n      query DemoWorldMeCampaign {\n        me {\n          unitId\n        }\n        campaign(year: 2019) {\n          id\n        }\n      }\n    ": typeof types.DemoWorldMeCampaignDocument,
    "\n  mutation TestServerLogin($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      accessToken\n    }\n  }\n": typeof types.TestServerLoginDocument,
};
const documents: Documents = {
    "\n      query ConsoleCampaignUnits($y: Int) {\n        campaign(year: $y) {\n          id\n        }\n        units(filter: { search: \"青岛市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.ConsoleCampaignUnitsDocument,
    "\n      mutation ConsoleCreateAccount($input: CreateAccountInput!) {\n        createAccount(input: $input) {\n          id\n        }\n      }\n    ": types.ConsoleCreateAccountDocument,
    "\n      query ConsoleUnitByName($s: String) {\n        units(filter: { search: $s }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.ConsoleUnitByNameDocument,
    "\n      query ConsoleSites($u: ID!) {\n        sites(filter: { ownerUnitId: $u }, first: 1) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.ConsoleSitesDocument,
    "\n      mutation ConsolePostServiceNeed($input: PostServiceNeedInput!) {\n        postServiceNeed(input: $input) {\n          id\n        }\n      }\n    ": types.ConsolePostServiceNeedDocument,
    "\n      query ConsoleServiceNeeds($c: ID) {\n        serviceNeeds(filter: { campaignId: $c }) {\n          totalCount\n        }\n      }\n    ": types.ConsoleServiceNeedsDocument,
    "\n          query ConsoleServiceNeed($id: ID!) {\n            serviceNeed(id: $id) {\n              startsAt\n              endsAt\n              category\n              status\n              headcount\n              confirmedCount\n            }\n          }\n        ": types.ConsoleServiceNeedDocument,
    "\n        query ConsoleServiceNeed2($id: ID!) {\n          serviceNeed(id: $id) {\n            title\n            startsAt\n            endsAt\n            category\n            headcount\n          }\n        }\n      ": types.ConsoleServiceNeed2Document,
    "\n        query ConsoleSitesSites($qd: ID!, $jn: ID!) {\n          own: sites(filter: { ownerUnitId: $qd }, first: 100) {\n            edges {\n              node {\n                name\n              }\n            }\n          }\n          paired: sites(filter: { pairedUnitId: $qd }, first: 100) {\n            edges {\n              node {\n                name\n              }\n            }\n          }\n          jinan: sites(filter: { ownerUnitId: $jn }, first: 100) {\n            edges {\n              node {\n                name\n              }\n            }\n          }\n        }\n      ": types.ConsoleSitesSitesDocument,
    "\n              query ConsoleUnits {\n                units(filter: { search: \"青岛市教育工会\" }) {\n                  edges {\n                    node {\n                      id\n                    }\n                  }\n                }\n              }\n            ": types.ConsoleUnitsDocument,
    "\n              query ConsoleUnits2 {\n                units(filter: { search: \"济南市教育工会\" }) {\n                  edges {\n                    node {\n                      id\n                    }\n                  }\n                }\n              }\n            ": types.ConsoleUnits2Document,
    "\n          query ConsoleNeedsOpenToUnit($u: ID!, $c: ID!) {\n            serviceNeeds(filter: { unitId: $u, campaignId: $c }, first: 20) {\n              totalCount\n              edges {\n                node {\n                  id\n                  site {\n                    name\n                  }\n                  postedByUnit {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        ": types.ConsoleNeedsOpenToUnitDocument,
    "\n          query ConsoleJinanNeeds($u: ID!, $c: ID!) {\n            serviceNeeds(filter: { unitId: $u, campaignId: $c }, first: 100) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.ConsoleJinanNeedsDocument,
    "\n      query DashboardCampaignUnits($year: Int) {\n        campaign(year: $year) {\n          id\n          name\n          milestones {\n            kind\n            dueOn\n          }\n        }\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.DashboardCampaignUnitsDocument,
    "\n      query DashboardServiceNeeds($f: ServiceNeedFilter!) {\n        serviceNeeds(filter: $f, first: 20) {\n          edges {\n            node {\n              id\n              servedByTeam\n            }\n          }\n        }\n      }\n    ": types.DashboardServiceNeedsDocument,
    "\n        query DashboardMatchingSuggestions($n: ID!) {\n          matchingSuggestions(needId: $n, limit: 1) {\n            volunteerId\n          }\n        }\n      ": types.DashboardMatchingSuggestionsDocument,
    "\n        mutation DashboardProposeAssignments($n: ID!, $v: [ID!]!) {\n          proposeAssignments(needId: $n, volunteerIds: $v) {\n            id\n            status\n          }\n        }\n      ": types.DashboardProposeAssignmentsDocument,
    "\n      query DashboardMe {\n        me {\n          volunteerId\n        }\n      }\n    ": types.DashboardMeDocument,
    "\n      query DashboardServiceTeams($v: ID) {\n        serviceTeams(filter: { memberId: $v }) {\n          edges {\n            node {\n              unitId\n              projects {\n                id\n                startsOn\n                endsOn\n                posts {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.DashboardServiceTeamsDocument,
    "\n      mutation DashboardRecordService($input: RecordServiceInput!) {\n        recordService(input: $input) {\n          id\n          status\n        }\n      }\n    ": types.DashboardRecordServiceDocument,
    "\n      query DashboardServiceNeedsAssignments($needs: ServiceNeedFilter!) {\n        openNeeds: serviceNeeds(filter: $needs, first: 1) {\n          totalCount\n        }\n        proposed: assignments(filter: { status: PROPOSED }, first: 1) {\n          totalCount\n        }\n        confirmed: assignments(filter: { status: CONFIRMED }, first: 1) {\n          totalCount\n        }\n        submittedRecords: serviceRecords(filter: { status: SUBMITTED }, first: 1) {\n          totalCount\n        }\n      }\n    ": types.DashboardServiceNeedsAssignmentsDocument,
    "\n      query DashboardStatusReport($key: StatusReportKeyInput!) {\n        statusReport(key: $key) {\n          id\n          status\n          progressText\n          submittedAt\n          downloadPath\n        }\n      }\n    ": types.DashboardStatusReportDocument,
    "\n        query DashboardStatusReportPreview($key: StatusReportKeyInput!) {\n          statusReportPreview(key: $key) {\n            projectId\n            personTimes\n          }\n        }\n      ": types.DashboardStatusReportPreviewDocument,
    "\n          query DashboardStatusReportOverview($c: ID!) {\n            statusReportOverview(campaignId: $c, milestone: LAUNCH) {\n              submitted\n              units {\n                unitId\n              }\n            }\n          }\n        ": types.DashboardStatusReportOverviewDocument,
    "\n              query DashboardOverviewDeadlines($c: ID!) {\n                statusReportOverview(campaignId: $c, milestone: LAUNCH) {\n                  units {\n                    unitId\n                    overdue\n                    late\n                  }\n                }\n              }\n            ": types.DashboardOverviewDeadlinesDocument,
    "\n          query DashboardCampaigns {\n            campaigns {\n              id\n              milestones {\n                kind\n              }\n            }\n          }\n        ": types.DashboardCampaignsDocument,
    "\n              query DashboardStatusReportOverview2($c: ID!, $m: MilestoneKind!) {\n                statusReportOverview(campaignId: $c, milestone: $m) {\n                  byCity {\n                    label\n                    hours\n                    personTimes\n                  }\n                  byCategory {\n                    label\n                    hours\n                    personTimes\n                  }\n                }\n              }\n            ": types.DashboardStatusReportOverview2Document,
    "\n      query ExportIssuesUnits {\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.ExportIssuesUnitsDocument,
    "\n      query ExportIssuesMe {\n        me {\n          volunteerId\n          volunteer {\n            name\n          }\n        }\n      }\n    ": types.ExportIssuesMeDocument,
    "\n      query ExportIssuesServiceTeams($v: ID) {\n        serviceTeams(filter: { memberId: $v }) {\n          edges {\n            node {\n              unitId\n              projects {\n                id\n                name\n                status\n                startsOn\n                endsOn\n                posts {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.ExportIssuesServiceTeamsDocument,
    "\n        mutation ExportIssuesRecordService($input: RecordServiceInput!) {\n          recordService(input: $input) {\n            id\n          }\n        }\n      ": types.ExportIssuesRecordServiceDocument,
    "\n        mutation ExportIssuesApproveServiceRecord($id: ID!) {\n          approveServiceRecord(id: $id) {\n            status\n          }\n        }\n      ": types.ExportIssuesApproveServiceRecordDocument,
    "\n      query ExportIssuesServiceProject($id: ID!) {\n        serviceProject(id: $id) {\n          team {\n            members {\n              volunteer {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": types.ExportIssuesServiceProjectDocument,
    "\n      mutation ExportIssuesRecordService($input: RecordServiceInput!) {\n        recordService(input: $input) {\n          id\n        }\n      }\n    ": types.ExportIssuesRecordServiceDocument,
    "\n      mutation ExportIssuesApproveServiceRecord($id: ID!) {\n        approveServiceRecord(id: $id) {\n          status\n        }\n      }\n    ": types.ExportIssuesApproveServiceRecordDocument,
    "\n      mutation ExportIssuesUpdateServiceProject($id: ID!) {\n        updateServiceProject(id: $id, input: { beneficiaryCodes: [] }) {\n          beneficiaryCodes\n        }\n      }\n    ": types.ExportIssuesUpdateServiceProjectDocument,
    "\n        query ExportIssuesArchiveExports {\n          archiveExports {\n            totalCount\n          }\n        }\n      ": types.ExportIssuesArchiveExportsDocument,
    "\n      mutation ExportIssuesUpdateServiceProject2($id: ID!) {\n        updateServiceProject(id: $id, input: { beneficiaryCodes: [\"06\"] }) {\n          id\n        }\n      }\n    ": types.ExportIssuesUpdateServiceProject2Document,
    "\n      mutation ExportIssuesCreateArchiveExport($input: CreateArchiveExportInput!) {\n        createArchiveExport(input: $input) {\n          id\n          recordCount\n          issueCount\n        }\n      }\n    ": types.ExportIssuesCreateArchiveExportDocument,
    "\n      query FieldLeaderMe {\n        me {\n          volunteerId\n          volunteer {\n            memberships {\n              team {\n                id\n                name\n                leaderId\n                members {\n                  volunteer {\n                    id\n                    name\n                  }\n                }\n                projects {\n                  id\n                  name\n                  status\n                  startsOn\n                  posts {\n                    id\n                    name\n                  }\n                  safetyPlan {\n                    responsiblePerson\n                    responsiblePhone\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.FieldLeaderMeDocument,
    "\n        mutation FieldLeaderRecordService($input: RecordServiceInput!) {\n          recordService(input: $input) {\n            id\n            status\n          }\n        }\n      ": types.FieldLeaderRecordServiceDocument,
    "\n      query FieldLeaderServiceRecord($id: ID!) {\n        serviceRecord(id: $id) {\n          status\n          rejectionReason\n        }\n      }\n    ": types.FieldLeaderServiceRecordDocument,
    "\n      query FieldLeaderServiceRecords($f: ServiceRecordFilter) {\n        serviceRecords(filter: $f, first: 100) {\n          edges {\n            node {\n              volunteerId\n              startsAt\n              endsAt\n              status\n            }\n          }\n        }\n      }\n    ": types.FieldLeaderServiceRecordsDocument,
    "\n          query FieldLeaderServiceLogs($p: ID!) {\n            serviceLogs(projectId: $p, first: 100) {\n              edges {\n                node {\n                  content\n                  loggedOn\n                  authorId\n                }\n              }\n            }\n          }\n        ": types.FieldLeaderServiceLogsDocument,
    "\n      query FieldSiteMeCampaigns {\n        me {\n          siteId\n        }\n        campaigns {\n          id\n          year\n          startsOn\n          endsOn\n        }\n      }\n    ": types.FieldSiteMeCampaignsDocument,
    "\n      query FieldSiteServiceNeeds($s: ID!, $c: ID!) {\n        serviceNeeds(filter: { siteId: $s, campaignId: $c, status: OPEN }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.FieldSiteServiceNeedsDocument,
    "\n        query FieldSiteMatchingSuggestions($id: ID!) {\n          matchingSuggestions(needId: $id) {\n            volunteerId\n          }\n        }\n      ": types.FieldSiteMatchingSuggestionsDocument,
    "\n        mutation FieldSiteProposeAssignments($n: ID!, $v: [ID!]!) {\n          proposeAssignments(needId: $n, volunteerIds: $v) {\n            id\n            volunteer {\n              name\n            }\n          }\n        }\n      ": types.FieldSiteProposeAssignmentsDocument,
    "\n        mutation FieldSiteConfirmAssignment($id: ID!) {\n          confirmAssignment(id: $id) {\n            status\n          }\n        }\n      ": types.FieldSiteConfirmAssignmentDocument,
    "\n      query FieldSiteServiceProjects($s: ID!, $c: ID!) {\n        serviceProjects(filter: { siteId: $s, campaignId: $c, status: ACTIVE }) {\n          edges {\n            node {\n              id\n              name\n              posts {\n                id\n              }\n              team {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": types.FieldSiteServiceProjectsDocument,
    "\n      query FieldSiteServiceTeam($id: ID!) {\n        serviceTeam(id: $id) {\n          members {\n            volunteer {\n              id\n            }\n          }\n        }\n      }\n    ": types.FieldSiteServiceTeamDocument,
    "\n        mutation FieldSiteRecordService($input: RecordServiceInput!) {\n          recordService(input: $input) {\n            id\n          }\n        }\n      ": types.FieldSiteRecordServiceDocument,
    "\n      mutation FieldSiteApproveServiceRecord($id: ID!) {\n        approveServiceRecord(id: $id) {\n          status\n        }\n      }\n    ": types.FieldSiteApproveServiceRecordDocument,
    "\n        query FieldSiteServiceNeed($id: ID!) {\n          serviceNeed(id: $id) {\n            title\n            category\n            headcount\n            startsAt\n            endsAt\n            requiredSkills\n            beneficiaryGroups\n            beneficiaryCount\n            siteId\n            campaignId\n            postedByUnitId\n          }\n        }\n      ": types.FieldSiteServiceNeedDocument,
    "\n        query FieldSiteServiceTotalsServiceTotals($s: ID!, $c: ID!, $p: ID!) {\n          site: serviceTotals(groupBy: SITE, filter: { siteId: $s, campaignId: $c }) {\n            hours\n            personTimes\n            volunteers\n            records\n          }\n          project: serviceTotals(groupBy: PROJECT, filter: { projectId: $p }) {\n            hours\n            personTimes\n            volunteers\n            records\n          }\n          pending: serviceRecords(filter: { projectId: $p, status: SUBMITTED }) {\n            totalCount\n            edges {\n              node {\n                id\n                hours\n              }\n            }\n          }\n        }\n      ": types.FieldSiteServiceTotalsServiceTotalsDocument,
    "\n      query FieldVolunteerMe {\n        me {\n          volunteerId\n          volunteer {\n            memberships {\n              team {\n                projects {\n                  id\n                  name\n                  status\n                  startsOn\n                  endsOn\n                  siteId\n                  posts {\n                    id\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.FieldVolunteerMeDocument,
    "\n      mutation FieldVolunteerRecordService($input: RecordServiceInput!) {\n        recordService(input: $input) {\n          id\n        }\n      }\n    ": types.FieldVolunteerRecordServiceDocument,
    "\n      query FieldVolunteerServiceNeeds {\n        serviceNeeds(first: 100, filter: { status: OPEN, cityCode: \"370100\" }) {\n          edges {\n            node {\n              id\n              title\n              startsAt\n              endsAt\n              site {\n                name\n                contactPhone\n              }\n            }\n          }\n        }\n      }\n    ": types.FieldVolunteerServiceNeedsDocument,
    "\n        mutation FieldVolunteerProposeAssignments($n: ID!, $v: [ID!]!) {\n          proposeAssignments(needId: $n, volunteerIds: $v) {\n            id\n          }\n        }\n      ": types.FieldVolunteerProposeAssignmentsDocument,
    "\n        mutation FieldVolunteerConfirmAssignment($id: ID!) {\n          confirmAssignment(id: $id) {\n            status\n          }\n        }\n      ": types.FieldVolunteerConfirmAssignmentDocument,
    "\n      query FieldVolunteerMyAssignments($s: AssignmentStatus) {\n        myAssignments(status: $s, first: 100) {\n          edges {\n            node {\n              id\n              status\n              declineReason\n            }\n          }\n        }\n      }\n    ": types.FieldVolunteerMyAssignmentsDocument,
    "\n      query FieldVolunteerServiceRecords($v: ID!, $d: LocalDate!) {\n        serviceRecords(filter: { volunteerId: $v, from: $d, to: $d }, first: 100) {\n          edges {\n            node {\n              id\n              startsAt\n              endsAt\n              status\n              presenceConfirmedAt\n            }\n          }\n        }\n      }\n    ": types.FieldVolunteerServiceRecordsDocument,
    "\n          mutation FieldVolunteerIssueServiceCode($d: LocalDate!, $p: ID!) {\n            issueServiceCode(date: $d, projectId: $p) {\n              code\n            }\n          }\n        ": types.FieldVolunteerIssueServiceCodeDocument,
    "\n          mutation FieldVolunteerApproveServiceRecord($id: ID!) {\n            approveServiceRecord(id: $id) {\n              status\n            }\n          }\n        ": types.FieldVolunteerApproveServiceRecordDocument,
    "\n            query FieldVolunteerUnit($id: ID!) {\n              volunteer(id: $id) {\n                unitId\n              }\n            }\n          ": types.FieldVolunteerUnitDocument,
    "\n          mutation FieldVolunteerRecordTraining($input: RecordTrainingInput!) {\n            recordTraining(input: $input) {\n              id\n            }\n          }\n        ": types.FieldVolunteerRecordTrainingDocument,
    "\n          query FieldVolunteerMe2 {\n            me {\n              volunteer {\n                skills\n                availability {\n                  startsAt\n                  endsAt\n                }\n              }\n            }\n          }\n        ": types.FieldVolunteerMe2Document,
    "\n      query MatchingMeCampaigns {\n        me {\n          unitId\n        }\n        campaigns {\n          id\n          startsOn\n          endsOn\n          year\n        }\n      }\n    ": types.MatchingMeCampaignsDocument,
    "\n      query MatchingSites($u: ID) {\n        sites(filter: { ownerUnitId: $u }, first: 40) {\n          edges {\n            node {\n              needs(status: OPEN) {\n                id\n                title\n                campaignId\n                headcount\n                postedByUnitId\n              }\n            }\n          }\n        }\n      }\n    ": types.MatchingSitesDocument,
    "\n        query MatchingMatchingSuggestionsExplained($id: ID!) {\n          matchingSuggestionsExplained(needId: $id) {\n            suggestions {\n              volunteerId\n              volunteer {\n                name\n              }\n            }\n            refused {\n              volunteerId\n              rules\n            }\n          }\n        }\n      ": types.MatchingMatchingSuggestionsExplainedDocument,
    "\n      query MatchingAssignments($id: ID) {\n        assignments(filter: { needId: $id }, first: 100) {\n          edges {\n            node {\n              id\n              volunteerId\n              status\n            }\n          }\n        }\n      }\n    ": types.MatchingAssignmentsDocument,
    "\n        query MatchingProposedPairs($after: String) {\n          assignments(filter: { status: PROPOSED }, first: 100, after: $after) {\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                needId\n                volunteerId\n              }\n            }\n          }\n        }\n      ": types.MatchingProposedPairsDocument,
    "\n          mutation MatchingRespondToAssignment($id: ID!) {\n            respondToAssignment(id: $id, accept: true) {\n              status\n            }\n          }\n        ": types.MatchingRespondToAssignmentDocument,
    "\n          mutation MatchingRespondToAssignment2($id: ID!) {\n            respondToAssignment(id: $id, accept: false, reason: \"那天有课\") {\n              status\n            }\n          }\n        ": types.MatchingRespondToAssignment2Document,
    "\n          mutation MatchingConfirmAssignment($id: ID!) {\n            confirmAssignment(id: $id) {\n              status\n            }\n          }\n        ": types.MatchingConfirmAssignmentDocument,
    "\n            query MatchingReplacementCandidates($needId: ID!) {\n              matchingSuggestions(needId: $needId, limit: 20) {\n                volunteerId\n                volunteer {\n                  name\n                }\n              }\n            }\n          ": types.MatchingReplacementCandidatesDocument,
    "\n      query ProjectsUnitsCampaigns {\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n        campaigns {\n          id\n          year\n          startsOn\n          endsOn\n        }\n      }\n    ": types.ProjectsUnitsCampaignsDocument,
    "\n      query ProjectsSites($u: ID) {\n        sites(filter: { ownerUnitId: $u }, first: 1) {\n          edges {\n            node {\n              name\n            }\n          }\n        }\n      }\n    ": types.ProjectsSitesDocument,
    "\n      query ProjectsMe {\n        me {\n          volunteerId\n          volunteer {\n            name\n          }\n        }\n      }\n    ": types.ProjectsMeDocument,
    "\n      query ProjectsServiceTeams($v: ID) {\n        serviceTeams(filter: { memberId: $v }) {\n          edges {\n            node {\n              unitId\n              projects {\n                id\n                status\n                startsOn\n                endsOn\n                posts {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.ProjectsServiceTeamsDocument,
    "\n        mutation ProjectsRecordService($input: RecordServiceInput!) {\n          recordService(input: $input) {\n            id\n          }\n        }\n      ": types.ProjectsRecordServiceDocument,
    "\n        mutation ProjectsApproveServiceRecord($id: ID!) {\n          approveServiceRecord(id: $id) {\n            status\n          }\n        }\n      ": types.ProjectsApproveServiceRecordDocument,
    "\n      query ProjectsServiceProject($id: ID!) {\n        serviceProject(id: $id) {\n          name\n          status\n          startsOn\n          endsOn\n          team {\n            unitId\n          }\n          posts {\n            name\n          }\n          safetyPlan {\n            responsiblePerson\n            responsiblePhone\n            emergencyPlan\n            insured\n          }\n        }\n      }\n    ": types.ProjectsServiceProjectDocument,
    "\n      query ProjectsServiceProjects($u: ID) {\n        serviceProjects(filter: { unitId: $u }, first: 100) {\n          edges {\n            node {\n              name\n            }\n          }\n        }\n      }\n    ": types.ProjectsServiceProjectsDocument,
    "\n          query ProjectsArchiveExports {\n            archiveExports {\n              totalCount\n            }\n          }\n        ": types.ProjectsArchiveExportsDocument,
    "\n          query ProjectsArchiveExports2 {\n            archiveExports {\n              edges {\n                node {\n                  id\n                  unitId\n                  scope\n                  recordCount\n                }\n              }\n            }\n          }\n        ": types.ProjectsArchiveExports2Document,
    "\n            query ProjectsServiceRecord($id: ID!) {\n              serviceRecord(id: $id) {\n                archiveExportId\n              }\n            }\n          ": types.ProjectsServiceRecordDocument,
    "\n        query ProjectsServiceProjects2($u: ID) {\n          serviceProjects(filter: { unitId: $u }, first: 100) {\n            edges {\n              node {\n                id\n                name\n              }\n            }\n          }\n        }\n      ": types.ProjectsServiceProjects2Document,
    "\n      query RecordsUnitsUnits {\n        jinan: units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n        qingdao: units(filter: { search: \"青岛市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.RecordsUnitsUnitsDocument,
    "\n      mutation RecordsCreateAccount($input: CreateAccountInput!) {\n        createAccount(input: $input) {\n          id\n        }\n      }\n    ": types.RecordsCreateAccountDocument,
    "\n      query RecordsMe {\n        me {\n          volunteerId\n          volunteer {\n            name\n          }\n        }\n      }\n    ": types.RecordsMeDocument,
    "\n      query RecordsServiceTeams($v: ID) {\n        serviceTeams(filter: { memberId: $v }) {\n          edges {\n            node {\n              id\n              unitId\n              projects {\n                id\n                startsOn\n                endsOn\n                posts {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.RecordsServiceTeamsDocument,
    "\n        mutation RecordsRecordService($input: RecordServiceInput!) {\n          recordService(input: $input) {\n            id\n            status\n          }\n        }\n      ": types.RecordsRecordServiceDocument,
    "\n      query RecordsServiceRecord($id: ID!) {\n        serviceRecord(id: $id) {\n          status\n          rejectionReason\n        }\n      }\n    ": types.RecordsServiceRecordDocument,
    "\n  fragment SitesSiteConnectionFields on SiteConnection {\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n": types.SitesSiteConnectionFieldsFragmentDoc,
    "\n      query SitesUnits {\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.SitesUnitsDocument,
    "\n      query SitesSites($u: ID) {\n        sites(filter: { ownerUnitId: $u }) {\n          ...SitesSiteConnectionFields\n        }\n      }\n    ": types.SitesSitesDocument,
    "\n      query SitesSite($id: ID!) {\n        site(id: $id) {\n          pairings {\n            id\n            unitId\n            status\n            kind\n            startedOn\n            endedOn\n            refusalReason\n          }\n        }\n      }\n    ": types.SitesSiteDocument,
    "\n          query SitesSites2($s: String) {\n            sites(filter: { search: $s }) {\n              totalCount\n            }\n          }\n        ": types.SitesSites2Document,
    "\n          query SitesSites3($s: String) {\n            sites(filter: { search: $s }) {\n              edges {\n                node {\n                  id\n                  ownerUnitId\n                  areaCode\n                  contactPhone\n                  peopleServed\n                }\n              }\n            }\n          }\n        ": types.SitesSites3Document,
    "\n        mutation SitesPairUnitWithSite($input: PairUnitWithSiteInput!) {\n          pairUnitWithSite(input: $input) {\n            id\n            status\n          }\n        }\n      ": types.SitesPairUnitWithSiteDocument,
    "\n        query StatusReportBlocksStatusReport($k: StatusReportKeyInput!) {\n          statusReport(key: $k) {\n            status\n            wordDownloadPath\n            rows {\n              projectId\n              progressText\n            }\n          }\n        }\n      ": types.StatusReportBlocksStatusReportDocument,
    "\n      query SubUnitsUnits {\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.SubUnitsUnitsDocument,
    "\n      mutation SubUnitsCreateUnit($input: CreateUnitInput!) {\n        createUnit(input: $input) {\n          id\n        }\n      }\n    ": types.SubUnitsCreateUnitDocument,
    "\n      mutation SubUnitsCreateVolunteer($input: CreateVolunteerInput!) {\n        createVolunteer(input: $input) {\n          id\n          name\n        }\n      }\n    ": types.SubUnitsCreateVolunteerDocument,
    "\n        query SubUnitsServiceTeam($id: ID!) {\n          serviceTeam(id: $id) {\n            unitId\n          }\n        }\n      ": types.SubUnitsServiceTeamDocument,
    "\n        mutation SubUnitsCreateServiceTeam($input: CreateServiceTeamInput!) {\n          createServiceTeam(input: $input) {\n            id\n          }\n        }\n      ": types.SubUnitsCreateServiceTeamDocument,
    "\n      query SummaryMaterialsUnits {\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.SummaryMaterialsUnitsDocument,
    "\n        query SummaryMaterialsSummaryMaterials($u: ID!, $c: ID!) {\n          summaryMaterials(unitId: $u, campaignId: $c) {\n            received\n          }\n        }\n      ": types.SummaryMaterialsSummaryMaterialsDocument,
    "\n      query SummaryMaterialsCampaigns {\n        campaigns {\n          id\n          year\n          milestones {\n            kind\n            dueOn\n          }\n        }\n      }\n    ": types.SummaryMaterialsCampaignsDocument,
    "\n      query SupportUnits($s: String) {\n        units(filter: { search: $s }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.SupportUnitsDocument,
    "\n      mutation SupportCreateAccount($input: CreateAccountInput!) {\n        createAccount(input: $input) {\n          id\n        }\n      }\n    ": types.SupportCreateAccountDocument,
    "\n      query TeamsUnits {\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.TeamsUnitsDocument,
    "\n      query TeamsServiceTeams($u: ID) {\n        serviceTeams(filter: { unitId: $u }) {\n          edges {\n            node {\n              id\n              name\n            }\n          }\n        }\n      }\n    ": types.TeamsServiceTeamsDocument,
    "\n        mutation TeamsCreateVolunteer($input: CreateVolunteerInput!) {\n          createVolunteer(input: $input) {\n            id\n            name\n            role\n          }\n        }\n      ": types.TeamsCreateVolunteerDocument,
    "\n      query TeamsServiceTeam($id: ID!) {\n        serviceTeam(id: $id) {\n          id\n          name\n          status\n          leaderId\n          composition {\n            volunteers\n            cadres\n            valid\n          }\n          members {\n            volunteer {\n              id\n              name\n            }\n          }\n        }\n      }\n    ": types.TeamsServiceTeamDocument,
    "\n          mutation TeamsUpdateServiceTeam($id: ID!, $ids: [ID!]) {\n            updateServiceTeam(id: $id, input: { memberIds: $ids }) {\n              id\n            }\n          }\n        ": types.TeamsUpdateServiceTeamDocument,
    "\n          mutation TeamsUpdateServiceTeam2($id: ID!, $ids: [ID!]) {\n            updateServiceTeam(id: $id, input: { memberIds: $ids }) {\n              composition {\n                volunteers\n              }\n            }\n          }\n        ": types.TeamsUpdateServiceTeam2Document,
    "\n          query TeamsVolunteers($u: ID) {\n            volunteers(filter: { unitId: $u, role: VOLUNTEER, active: true }, first: 50) {\n              edges {\n                node {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        ": types.TeamsVolunteersDocument,
    "\n      query VolunteersUnits {\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.VolunteersUnitsDocument,
    "\n      query VolunteersVolunteers($u: ID) {\n        volunteers(filter: { unitId: $u }, first: 3) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.VolunteersVolunteersDocument,
    "\n      mutation VolunteersCreateServiceTeam($input: CreateServiceTeamInput!) {\n        createServiceTeam(input: $input) {\n          id\n          name\n        }\n      }\n    ": types.VolunteersCreateServiceTeamDocument,
    "\n      query VolunteersVolunteers2($f: VolunteerFilter) {\n        volunteers(filter: $f, first: 100) {\n          totalCount\n          edges {\n            node {\n              id\n              name\n              mobile\n              unitId\n              documentNumber\n              serviceCategories\n            }\n          }\n        }\n      }\n    ": types.VolunteersVolunteers2Document,
    "\n      query VolunteersFiltered($f: VolunteerFilter) {\n        volunteers(filter: $f, first: 100) {\n          totalCount\n          edges {\n            node {\n              id\n              skills\n              availability {\n                startsAt\n                endsAt\n              }\n            }\n          }\n        }\n      }\n    ": types.VolunteersFilteredDocument,
    "\n  query WorkflowMeCampaign($year: Int) {\n    me {\n      unitId\n    }\n    campaign(year: $year) {\n      id\n      name\n      endsOn\n      milestones {\n        kind\n        dueOn\n      }\n    }\n  }\n": types.WorkflowMeCampaignDocument,
    "\n      query WorkflowMe {\n        me {\n          volunteerId\n          volunteer {\n            name\n            serviceCategories\n          }\n        }\n      }\n    ": types.WorkflowMeDocument,
    "\n      query WorkflowServiceTeams($v: ID) {\n        serviceTeams(filter: { memberId: $v }) {\n          edges {\n            node {\n              unitId\n              projects {\n                id\n                name\n                status\n                startsOn\n                endsOn\n                posts {\n                  id\n                }\n                safetyPlan {\n                  insured\n                }\n                site {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.WorkflowServiceTeamsDocument,
    "\n      query WorkflowAssignments($id: ID) {\n        assignments(filter: { needId: $id }, first: 100) {\n          edges {\n            node {\n              id\n              volunteerId\n              status\n            }\n          }\n        }\n      }\n    ": types.WorkflowAssignmentsDocument,
    "\n          query WorkflowServiceNeed($id: ID!) {\n            serviceNeed(id: $id) {\n              title\n              siteId\n              campaignId\n              category\n              headcount\n              status\n              startsAt\n              endsAt\n            }\n          }\n        ": types.WorkflowServiceNeedDocument,
    "\n          query WorkflowVolunteer($id: ID!) {\n            volunteer(id: $id) {\n              name\n            }\n          }\n        ": types.WorkflowVolunteerDocument,
    "\n          mutation WorkflowRespondToAssignment($id: ID!) {\n            respondToAssignment(id: $id, accept: true) {\n              status\n            }\n          }\n        ": types.WorkflowRespondToAssignmentDocument,
    "\n          query WorkflowServiceNeed2($id: ID!) {\n            serviceNeed(id: $id) {\n              confirmedCount\n            }\n          }\n        ": types.WorkflowServiceNeed2Document,
    "\n        mutation WorkflowRecordService($input: RecordServiceInput!) {\n          recordService(input: $input) {\n            id\n            status\n          }\n        }\n      ": types.WorkflowRecordServiceDocument,
    "\n          query WorkflowServiceRecord($id: ID!) {\n            serviceRecord(id: $id) {\n              status\n              volunteerId\n              hours\n              archiveExportId\n            }\n          }\n        ": types.WorkflowServiceRecordDocument,
    "\n            query WorkflowStatusReport($key: StatusReportKeyInput!) {\n              statusReport(key: $key) {\n                status\n                progressText\n                submittedAt\n              }\n            }\n          ": types.WorkflowStatusReportDocument,
    "\n          query WorkflowArchiveExports {\n            archiveExports {\n              edges {\n                node {\n                  id\n                  unitId\n                  scope\n                  scopeId\n                  recordCount\n                  issueCount\n                }\n              }\n            }\n          }\n        ": types.WorkflowArchiveExportsDocument,
    "\n          query WorkflowServiceRecord2($id: ID!) {\n            serviceRecord(id: $id) {\n              archiveExportId\n            }\n          }\n        ": types.WorkflowServiceRecord2Document,
    "\n        mutation AccessMatrixWriteServiceLog($input: WriteServiceLogInput!) {\n          writeServiceLog(input: $input) {\n            id\n          }\n        }\n      ": types.AccessMatrixWriteServiceLogDocument,
    "\n        query AccessMatrixMe {\n          me {\n            username\n          }\n        }\n      ": types.AccessMatrixMeDocument,
    "\n        query AccessNestedSupportEntries {\n          supportEntries(first: 100) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.AccessNestedSupportEntriesDocument,
    "\n        query AccessNestedTrainingRecords {\n          trainingRecords(first: 100) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.AccessNestedTrainingRecordsDocument,
    "\n      query AccessNestedTeamMembers {\n        serviceTeams(first: 50) {\n          edges {\n            node {\n              id\n              leader {\n                id\n              }\n              composition {\n                volunteers\n              }\n              members {\n                volunteer {\n                  id\n                  homeLatitude\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.AccessNestedTeamMembersDocument,
    "\n      query AccessNestedSuggestionDistances($n: ID!) {\n        matchingSuggestions(needId: $n, includeUnavailable: true) {\n          volunteerId\n          score\n          distanceKm\n          parts {\n            skill\n            availability\n            distance\n            pairing\n            load\n            honour\n          }\n        }\n      }\n    ": types.AccessNestedSuggestionDistancesDocument,
    "\n        query AccessNestedMatchingPlan($c: ID!) {\n          matchingPlan(campaignId: $c, includeUnavailable: true) {\n            assignments {\n              distanceKm\n            }\n            metrics {\n              meanDistanceKm\n              p95DistanceKm\n            }\n          }\n        }\n      ": types.AccessNestedMatchingPlanDocument,
    "\n        mutation AccessNestedProposeAssignments($n: ID!, $ids: [ID!]!, $s: [Float!]) {\n          proposeAssignments(needId: $n, volunteerIds: $ids, scores: $s) {\n            id\n          }\n        }\n      ": types.AccessNestedProposeAssignmentsDocument,
    "\n          query AccessNestedServiceNeed($n: ID!) {\n            serviceNeed(id: $n) {\n              assignments {\n                volunteerId\n                score\n              }\n            }\n          }\n        ": types.AccessNestedServiceNeedDocument,
    "\n      query AccessNestedPhones($s: ID!, $p: ID!) {\n        site(id: $s) {\n          contactPhone\n        }\n        serviceProject(id: $p) {\n          safetyPlan {\n            responsiblePhone\n          }\n        }\n      }\n    ": types.AccessNestedPhonesDocument,
    "\n          query AccessNestedVolunteerByNumber($n: String!) {\n            volunteerByNumber(volunteerNumber: $n) {\n              id\n            }\n          }\n        ": types.AccessNestedVolunteerByNumberDocument,
    "\n        query AccessNestedAuditEvents($f: AuditEventFilter) {\n          auditEvents(filter: $f) {\n            edges {\n              node {\n                after\n              }\n            }\n          }\n        }\n      ": types.AccessNestedAuditEventsDocument,
    "\n  mutation ArchiveExportReviewCreate($input: CreateArchiveExportInput!) {\n    createArchiveExport(input: $input) {\n      id\n      recordCount\n      issueCount\n      downloads {\n        xlsx\n        records\n        report\n      }\n      issues(first: 1000) {\n        serviceRecordId\n        rule\n        columnName\n      }\n    }\n  }\n": types.ArchiveExportReviewCreateDocument,
    "\n  mutation ArchiveExportReviewRecord($input: RecordServiceInput!) {\n    recordService(input: $input) {\n      id\n      hours\n    }\n  }\n": types.ArchiveExportReviewRecordDocument,
    "\n  mutation ArchiveExportReviewCreateVolunteer($input: CreateVolunteerInput!) {\n    createVolunteer(input: $input) {\n      id\n    }\n  }\n": types.ArchiveExportReviewCreateVolunteerDocument,
    "\n  mutation ArchiveExportReviewUpdateVolunteer($id: ID!, $input: UpdateVolunteerInput!) {\n    updateVolunteer(id: $id, input: $input) {\n      id\n    }\n  }\n": types.ArchiveExportReviewUpdateVolunteerDocument,
    "\n  mutation ArchiveExportReviewImport($input: ImportVolunteerRosterInput!) {\n    importVolunteerRoster(input: $input) {\n      importedCount\n      problemCount\n      problems {\n        line\n        column\n        code\n        message\n      }\n    }\n  }\n": types.ArchiveExportReviewImportDocument,
    "\n  mutation ArchiveExportsCreate($input: CreateArchiveExportInput!) {\n    createArchiveExport(input: $input) {\n      id\n      unitId\n      scope\n      scopeId\n      rangeStart\n      rangeEnd\n      recordCount\n      issueCount\n      fileSha256\n      reexportOfId\n      createdById\n      downloads {\n        xlsx\n        records\n        people\n        projects\n        report\n      }\n      issues {\n        serviceRecordId\n        rule\n        columnName\n        message\n      }\n    }\n  }\n": types.ArchiveExportsCreateDocument,
    "\n  mutation ArchiveExportsReexport($id: ID!) {\n    reexportArchiveExport(id: $id) {\n      id\n      reexportOfId\n      recordCount\n      fileSha256\n      downloads {\n        xlsx\n        records\n        people\n        projects\n        report\n      }\n    }\n  }\n": types.ArchiveExportsReexportDocument,
    "\n        query ArchiveExportsArchiveExports {\n          archiveExports(first: 50) {\n            totalCount\n            edges {\n              node {\n                id\n                recordCount\n                issues {\n                  rule\n                }\n              }\n            }\n          }\n        }\n      ": types.ArchiveExportsArchiveExportsDocument,
    "\n        query ArchiveExportsArchiveExports2 {\n          archiveExports {\n            totalCount\n          }\n        }\n      ": types.ArchiveExportsArchiveExports2Document,
    "\n        query ArchiveExportsArchiveExport($id: ID!) {\n          archiveExport(id: $id) {\n            id\n          }\n        }\n      ": types.ArchiveExportsArchiveExportDocument,
    "\n  fragment AssignmentsAssignmentFields on Assignment {\n    id\n    status\n    needId\n    volunteerId\n    score\n    declineReason\n    cancelReason\n    proposedAt\n    confirmedAt\n    respondedAt\n    cancelledAt\n  }\n": types.AssignmentsAssignmentFieldsFragmentDoc,
    "\n  mutation AssignmentsPropose($needId: ID!, $ids: [ID!]!, $scores: [Float!]) {\n    proposeAssignments(needId: $needId, volunteerIds: $ids, scores: $scores) {\n      ...AssignmentsAssignmentFields\n    }\n  }\n": types.AssignmentsProposeDocument,
    "\n  mutation AssignmentsConfirm($id: ID!) {\n    confirmAssignment(id: $id) {\n      ...AssignmentsAssignmentFields\n    }\n  }\n": types.AssignmentsConfirmDocument,
    "\n  mutation AssignmentsRespond($id: ID!, $accept: Boolean!, $reason: String) {\n    respondToAssignment(id: $id, accept: $accept, reason: $reason) {\n      ...AssignmentsAssignmentFields\n    }\n  }\n": types.AssignmentsRespondDocument,
    "\n  mutation AssignmentsCancel($id: ID!, $reason: String) {\n    cancelAssignment(id: $id, reason: $reason) {\n      ...AssignmentsAssignmentFields\n    }\n  }\n": types.AssignmentsCancelDocument,
    "\n  query AssignmentsNeed($id: ID!) {\n    serviceNeed(id: $id) {\n      id\n      status\n      headcount\n      confirmedCount\n      assignments {\n        id\n        status\n        volunteerId\n      }\n    }\n  }\n": types.AssignmentsNeedDocument,
    "\n  mutation AssignmentsUpdateNeed($id: ID!, $input: UpdateServiceNeedInput!) {\n    updateServiceNeed(id: $id, input: $input) {\n      id\n      status\n      headcount\n      confirmedCount\n    }\n  }\n": types.AssignmentsUpdateNeedDocument,
    "\n  query AssignmentsAssignments($filter: AssignmentFilter, $after: String) {\n    assignments(filter: $filter, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          volunteerId\n          needId\n        }\n      }\n    }\n  }\n": types.AssignmentsAssignmentsDocument,
    "\n  query AssignmentsMine($status: AssignmentStatus) {\n    myAssignments(status: $status, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          need {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.AssignmentsMineDocument,
    "\n  query AssignmentsAudit($filter: AuditEventFilter) {\n    auditEvents(filter: $filter, first: 100) {\n      edges {\n        node {\n          action\n          entityType\n          entityId\n          before\n          after\n        }\n      }\n    }\n  }\n": types.AssignmentsAuditDocument,
    "\n          mutation AssignmentsPostServiceNeed($input: PostServiceNeedInput!) {\n            postServiceNeed(input: $input) {\n              status\n              headcount\n              confirmedCount\n            }\n          }\n        ": types.AssignmentsPostServiceNeedDocument,
    "\n  query AuthMe {\n    me {\n      id\n      username\n      role\n      displayName\n      lastLoginAt\n    }\n  }\n": types.AuthMeDocument,
    "\n  mutation AuthLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n      expiresAt\n      account {\n        id\n        username\n        role\n      }\n    }\n  }\n": types.AuthLoginDocument,
    "\n  mutation AuthCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      username\n      role\n      unitId\n      volunteerId\n      siteId\n    }\n  }\n": types.AuthCreateAccountDocument,
    "\n  mutation AuthChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next) {\n      accessToken\n    }\n  }\n": types.AuthChangePasswordDocument,
    "\n  mutation AuthDeactivate($id: ID!) {\n    deactivateAccount(id: $id) {\n      id\n      active\n    }\n  }\n": types.AuthDeactivateDocument,
    "\n  mutation AuthCreateApiToken($name: String!, $days: Int) {\n    createApiToken(name: $name, expiresInDays: $days) {\n      token\n      apiToken {\n        id\n        name\n        tokenPrefix\n        expiresAt\n      }\n    }\n  }\n": types.AuthCreateApiTokenDocument,
    "\n  mutation AuthRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.AuthRevokeApiTokenDocument,
    "\n  query AuthAccounts {\n    accounts(first: 100) {\n      totalCount\n      edges {\n        node {\n          username\n        }\n      }\n    }\n  }\n": types.AuthAccountsDocument,
    "\n          mutation AuthCreateUnit($input: CreateUnitInput!) {\n            createUnit(input: $input) {\n              id\n            }\n          }\n        ": types.AuthCreateUnitDocument,
    "\n            mutation AuthCreateVolunteer($input: CreateVolunteerInput!) {\n              createVolunteer(input: $input) {\n                id\n              }\n            }\n          ": types.AuthCreateVolunteerDocument,
    "\n  mutation BackupCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n": types.BackupCreateUnitDocument,
    "\n  query Nested($first: Int!) {\n    sites(first: $first) {\n      edges {\n        node {\n          name\n          needs {\n            title\n            assignments {\n              status\n              volunteer {\n                name\n                unit {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.NestedDocument,
    "\n        query DataloaderUnits {\n          units(first: 1) {\n            edges {\n              node {\n                id\n                name\n              }\n            }\n          }\n        }\n      ": types.DataloaderUnitsDocument,
    "\n        mutation DataloaderUpdateUnit($id: ID!) {\n          updateUnit(id: $id, input: { name: \"山东省教育工会（更名）\" }) {\n            id\n          }\n        }\n      ": types.DataloaderUpdateUnitDocument,
    "\n        query DataloaderUnit($id: ID!) {\n          unit(id: $id) {\n            name\n          }\n        }\n      ": types.DataloaderUnitDocument,
    "\n    query DocumentSearchSearch($n: String!) {\n      volunteers(filter: { documentNumber: $n }) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  ": types.DocumentSearchSearchDocument,
    "\n  mutation FaultsCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n    }\n  }\n": types.FaultsCreateUnitDocument,
    "\n        mutation InputHygieneCreateSite($input: CreateSiteInput!) {\n          createSite(input: $input) {\n            id\n            name\n          }\n        }\n      ": types.InputHygieneCreateSiteDocument,
    "\n          query InputHygieneSites($s: String) {\n            sites(filter: { search: $s }, first: 5) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.InputHygieneSitesDocument,
    "\n        query InputHygieneSite($id: ID!) {\n          site(id: $id) {\n            description\n          }\n        }\n      ": types.InputHygieneSiteDocument,
    "\n        mutation InputHygieneMarkLongTermBase($since: LocalDate!, $siteId: ID!) {\n          markLongTermBase(since: $since, siteId: $siteId) {\n            longTermBaseSince\n          }\n        }\n      ": types.InputHygieneMarkLongTermBaseDocument,
    "\n          mutation InputHygieneCreateArchiveExport($input: CreateArchiveExportInput!) {\n            createArchiveExport(input: $input) {\n              recordCount\n              downloads {\n                xlsx\n                records\n                people\n                projects\n                report\n              }\n            }\n          }\n        ": types.InputHygieneCreateArchiveExportDocument,
    "\n  mutation LongTermBaseMark($siteId: ID!, $since: LocalDate!) {\n    markLongTermBase(siteId: $siteId, since: $since) {\n      id\n      isLongTermBase\n      longTermBaseSince\n    }\n  }\n": types.LongTermBaseMarkDocument,
    "\n  mutation LongTermBaseUnmark($siteId: ID!) {\n    unmarkLongTermBase(siteId: $siteId) {\n      id\n      isLongTermBase\n      longTermBaseSince\n    }\n  }\n": types.LongTermBaseUnmarkDocument,
    "\n  mutation LongTermBaseUpdateSite($id: ID!, $input: UpdateSiteInput!) {\n    updateSite(id: $id, input: $input) {\n      id\n      isLongTermBase\n      longTermBaseSince\n      description\n    }\n  }\n": types.LongTermBaseUpdateSiteDocument,
    "\n  mutation LongTermBaseCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n      isLongTermBase\n      longTermBaseSince\n    }\n  }\n": types.LongTermBaseCreateSiteDocument,
    "\n        query LongTermBaseSites {\n          sites(filter: { isLongTermBase: true }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.LongTermBaseSitesDocument,
    "\n        query LongTermBaseAuditTrail($id: ID!) {\n          auditEvents(filter: { entityType: \"Site\", entityId: $id }) {\n            edges {\n              node {\n                action\n              }\n            }\n          }\n        }\n      ": types.LongTermBaseAuditTrailDocument,
    "\n  query MatchingAvailabilityPlan($c: ID!, $u: ID, $all: Boolean) {\n    matchingPlan(campaignId: $c, scope: { unitId: $u }, includeUnavailable: $all) {\n      assignments {\n        volunteerId\n        needId\n        parts {\n          availability\n        }\n      }\n      metrics {\n        openPlaces\n        plannedPlaces\n        fillRate\n        availablePlaces\n        availableFillRate\n      }\n    }\n  }\n": types.MatchingAvailabilityPlanDocument,
    "\n  mutation MatchingAvailabilityPropose($c: ID!, $u: ID, $all: Boolean) {\n    proposeMatchingPlan(campaignId: $c, scope: { unitId: $u }, includeUnavailable: $all) {\n      assignments {\n        volunteerId\n        needId\n        parts {\n          availability\n        }\n      }\n      metrics {\n        plannedPlaces\n        availablePlaces\n      }\n    }\n  }\n": types.MatchingAvailabilityProposeDocument,
    "\n        query MatchingAvailabilityServiceNeeds {\n          serviceNeeds(first: 10, filter: { status: OPEN }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.MatchingAvailabilityServiceNeedsDocument,
    "\n      query MatchingAvailabilitySuggest($n: ID!, $all: Boolean) {\n        matchingSuggestions(needId: $n, limit: 100, includeUnavailable: $all) {\n          parts {\n            availability\n          }\n        }\n      }\n    ": types.MatchingAvailabilitySuggestDocument,
    "\n        query MatchingAvailabilityServiceNeeds2 {\n          serviceNeeds(first: 20, filter: { status: OPEN }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.MatchingAvailabilityServiceNeeds2Document,
    "\n          mutation MatchingAvailabilityProposeAssignments($n: ID!, $v: [ID!]!) {\n            proposeAssignments(needId: $n, volunteerIds: $v) {\n              outsideAvailability\n            }\n          }\n        ": types.MatchingAvailabilityProposeAssignmentsDocument,
    "\n  fragment MatchingExplanationsMatchSuggestionFields on MatchSuggestion {\n    volunteerId\n    needId\n    score\n    distanceKm\n    parts {\n      skill\n      availability\n      distance\n      pairing\n      load\n      honour\n    }\n  }\n": types.MatchingExplanationsMatchSuggestionFieldsFragmentDoc,
    "\n  fragment MatchingExplanationsMatchingWeightsFields on MatchingWeights {\n    skill\n    availability\n    distance\n    pairing\n    load\n    honour\n  }\n": types.MatchingExplanationsMatchingWeightsFieldsFragmentDoc,
    "\n  fragment MatchingExplanationsScorePartsViewFields on ScorePartsView {\n    skill\n    availability\n    distance\n    pairing\n    load\n    honour\n  }\n": types.MatchingExplanationsScorePartsViewFieldsFragmentDoc,
    "\n  query MatchingExplanationsExplained($n: ID!, $w: MatchingWeightsInput, $all: Boolean) {\n    matchingSuggestionsExplained(needId: $n, limit: 100, weights: $w, includeUnavailable: $all) {\n      suggestions {\n        ...MatchingExplanationsMatchSuggestionFields\n      }\n      weights {\n        ...MatchingExplanationsMatchingWeightsFields\n      }\n      refused {\n        volunteerId\n        rules\n      }\n    }\n  }\n": types.MatchingExplanationsExplainedDocument,
    "\n  query MatchingExplanationsPlain($n: ID!, $w: MatchingWeightsInput, $all: Boolean) {\n    matchingSuggestions(needId: $n, limit: 100, weights: $w, includeUnavailable: $all) {\n      ...MatchingExplanationsMatchSuggestionFields\n    }\n  }\n": types.MatchingExplanationsPlainDocument,
    "\n  query MatchingExplanationsExplain($n: ID!, $v: ID!, $w: MatchingWeightsInput, $all: Boolean) {\n    matchingExplanation(needId: $n, volunteerId: $v, weights: $w, includeUnavailable: $all) {\n      volunteerId\n      needId\n      eligible\n      rules\n      score\n      distanceKm\n      parts {\n        ...MatchingExplanationsScorePartsViewFields\n      }\n      weights {\n        ...MatchingExplanationsMatchingWeightsFields\n      }\n    }\n  }\n": types.MatchingExplanationsExplainDocument,
    "\n        query MatchingExplanationsMe {\n          me {\n            unitId\n          }\n        }\n      ": types.MatchingExplanationsMeDocument,
    "\n        mutation MatchingExplanationsRespondToAssignment($id: ID!) {\n          respondToAssignment(id: $id, accept: false, reason: \"家中有事\") {\n            status\n          }\n        }\n      ": types.MatchingExplanationsRespondToAssignmentDocument,
    "\n        query MatchingExplanationsCampaign($c: ID) {\n          campaign(id: $c) {\n            matchingWeights {\n              ...MatchingExplanationsMatchingWeightsFields\n            }\n          }\n        }\n      ": types.MatchingExplanationsCampaignDocument,
    "\n        mutation MatchingExplanationsSetMatchingWeights($c: ID!) {\n          setMatchingWeights(campaignId: $c, weights: { pairing: 0.3 }) {\n            ...MatchingExplanationsMatchingWeightsFields\n          }\n        }\n      ": types.MatchingExplanationsSetMatchingWeightsDocument,
    "\n        query MatchingExplanationsMatchingSuggestionsExplained($n: ID!) {\n          matchingSuggestionsExplained(needId: $n, limit: 101) {\n            weights {\n              skill\n            }\n          }\n        }\n      ": types.MatchingExplanationsMatchingSuggestionsExplainedDocument,
    "\n  query MatchingJointPlan($c: ID!, $u: ID, $cadres: CadreRuleInput, $all: Boolean) {\n    matchingPlan(campaignId: $c, scope: { unitId: $u }, cadres: $cadres, includeUnavailable: $all) {\n      assignments {\n        volunteerId\n        needId\n        score\n        volunteer {\n          role\n        }\n        need {\n          siteId\n          startsAt\n        }\n      }\n      metrics {\n        openPlaces\n        heldPlaces\n        plannedPlaces\n        cadreCoverage\n        totalScore\n        objective\n        objectiveBound\n        optimalityGap\n        solver\n        solverMillis\n      }\n    }\n  }\n": types.MatchingJointPlanDocument,
    "\n  mutation MatchingJointPropose($c: ID!, $u: ID) {\n    proposeMatchingPlan(campaignId: $c, scope: { unitId: $u }, includeUnavailable: true) {\n      assignments {\n        volunteerId\n        needId\n      }\n      metrics {\n        heldPlaces\n        plannedPlaces\n      }\n    }\n  }\n": types.MatchingJointProposeDocument,
    "\n        query MatchingJointServiceNeeds {\n          serviceNeeds(first: 50, filter: { status: OPEN }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.MatchingJointServiceNeedsDocument,
    "\n          query MatchingJointMatchingSuggestions($n: ID!) {\n            matchingSuggestions(needId: $n, limit: 100, includeUnavailable: true) {\n              volunteerId\n              parts {\n                load\n              }\n            }\n          }\n        ": types.MatchingJointMatchingSuggestionsDocument,
    "\n  fragment MatchingAssignmentConnectionFields on AssignmentConnection {\n    edges {\n      node {\n        id\n        volunteerId\n        needId\n      }\n    }\n  }\n": types.MatchingAssignmentConnectionFieldsFragmentDoc,
    "\n  query MatchingSuggestions($needId: ID!, $limit: Int) {\n    matchingSuggestions(needId: $needId, limit: $limit) {\n      score\n      distanceKm\n      parts {\n        skill\n        availability\n        distance\n        pairing\n        load\n        honour\n      }\n      volunteer {\n        id\n        unitId\n        safetyTrainedOn\n        active\n        serviceCategories\n      }\n      need {\n        id\n        category\n      }\n    }\n  }\n": types.MatchingSuggestionsDocument,
    "\n  query MatchingPlan($campaignId: ID!, $scope: MatchingScopeInput, $weights: MatchingWeightsInput) {\n    matchingPlan(campaignId: $campaignId, scope: $scope, weights: $weights) {\n      assignments {\n        score\n        volunteerId\n        needId\n        volunteer {\n          unitId\n        }\n        need {\n          startsAt\n          endsAt\n        }\n      }\n      metrics {\n        openPlaces\n        plannedPlaces\n        fillRate\n        cadreCoverage\n        meanDistanceKm\n        p95DistanceKm\n        loadGini\n        totalScore\n        candidateEdges\n        solveMillis\n        solver\n        objective\n        objectiveBound\n        optimalityGap\n      }\n      weights {\n        skill\n        load\n      }\n    }\n  }\n": types.MatchingPlanDocument,
    "\n        query MatchingMeCampaign {\n          me {\n            unitId\n          }\n          campaign(year: 2019) {\n            id\n          }\n        }\n      ": types.MatchingMeCampaignDocument,
    "\n        query MatchingServiceNeeds {\n          serviceNeeds(first: 1, filter: { status: OPEN, category: TUTORING }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.MatchingServiceNeedsDocument,
    "\n          mutation MatchingCreateCampaign($input: CreateCampaignInput!) {\n            createCampaign(input: $input) {\n              id\n            }\n          }\n        ": types.MatchingCreateCampaignDocument,
    "\n        query MatchingServiceNeeds2 {\n          serviceNeeds(first: 1, filter: { status: FILLED }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.MatchingServiceNeeds2Document,
    "\n        mutation MatchingSetMatchingWeights($c: ID!) {\n          setMatchingWeights(campaignId: $c, weights: { load: 0.4 }) {\n            load\n            skill\n          }\n        }\n      ": types.MatchingSetMatchingWeightsDocument,
    "\n        query MatchingCampaign($c: ID) {\n          campaign(id: $c) {\n            matchingWeights {\n              load\n            }\n          }\n        }\n      ": types.MatchingCampaignDocument,
    "\n      mutation MatchingProposePlan($c: ID!, $u: ID) {\n        proposeMatchingPlan(campaignId: $c, scope: { unitId: $u }) {\n          assignments {\n            volunteerId\n            needId\n          }\n          metrics {\n            heldPlaces\n            plannedPlaces\n          }\n        }\n      }\n    ": types.MatchingProposePlanDocument,
    "\n          query MatchingAssignments2 {\n            assignments(first: 100, filter: { status: PROPOSED }) {\n              ...MatchingAssignmentConnectionFields\n            }\n          }\n        ": types.MatchingAssignments2Document,
    "\n        mutation MatchingRespondToAssignment3($id: ID!) {\n          respondToAssignment(id: $id, accept: false, reason: \"家中有事\") {\n            status\n          }\n        }\n      ": types.MatchingRespondToAssignment3Document,
    "\n      mutation MatchingProposePlan2($c: ID!, $u: ID) {\n        proposeMatchingPlan(campaignId: $c, scope: { unitId: $u }) {\n          assignments {\n            volunteerId\n            needId\n          }\n        }\n      }\n    ": types.MatchingProposePlan2Document,
    "\n        query MatchingAssignments3 {\n          assignments(first: 1, filter: { status: PROPOSED }) {\n            ...MatchingAssignmentConnectionFields\n          }\n        }\n      ": types.MatchingAssignments3Document,
    "\n        mutation MatchingCancelAssignment($id: ID!) {\n          cancelAssignment(id: $id, reason: \"另有安排\") {\n            status\n          }\n        }\n      ": types.MatchingCancelAssignmentDocument,
    "\n        query MatchingUnit($id: ID!) {\n          unit(id: $id) {\n            pairings {\n              siteId\n              endedOn\n            }\n          }\n        }\n      ": types.MatchingUnitDocument,
    "\n          mutation MatchingPostServiceNeed($input: PostServiceNeedInput!) {\n            postServiceNeed(input: $input) {\n              id\n              servedByTeam\n            }\n          }\n        ": types.MatchingPostServiceNeedDocument,
    "\n        query MatchingMatchingPlan($c: ID!, $u: ID) {\n          matchingPlan(campaignId: $c, scope: { unitId: $u }, includeUnavailable: true) {\n            assignments {\n              volunteerId\n              needId\n              teamId\n              need {\n                startsAt\n                endsAt\n              }\n            }\n            metrics {\n              heldPlaces\n            }\n          }\n        }\n      ": types.MatchingMatchingPlanDocument,
    "\n        query MatchingServiceTeam($id: ID!) {\n          serviceTeam(id: $id) {\n            status\n            unitId\n            members {\n              volunteer {\n                id\n                role\n              }\n            }\n          }\n        }\n      ": types.MatchingServiceTeamDocument,
    "\n        query MatchingUnit2($id: ID!) {\n          unit(id: $id) {\n            pairings {\n              siteId\n            }\n          }\n        }\n      ": types.MatchingUnit2Document,
    "\n        mutation MatchingPostServiceNeed2($input: PostServiceNeedInput!) {\n          postServiceNeed(input: $input) {\n            id\n          }\n        }\n      ": types.MatchingPostServiceNeed2Document,
    "\n  mutation NeedsOpenToUnitPost($input: PostServiceNeedInput!) {\n    postServiceNeed(input: $input) {\n      id\n      postedByUnitId\n    }\n  }\n": types.NeedsOpenToUnitPostDocument,
    "\n  query NeedsOpenToUnitList($unitId: ID!, $campaignId: ID!) {\n    serviceNeeds(filter: { unitId: $unitId, campaignId: $campaignId }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.NeedsOpenToUnitListDocument,
    "\n  subscription NeedsOpenToUnitPosted($filter: ServiceNeedEventFilter) {\n    serviceNeedPosted(filter: $filter) {\n      id\n      title\n    }\n  }\n": types.NeedsOpenToUnitPostedDocument,
    "\n  query PaginationVolunteers($first: Int, $after: String, $filter: VolunteerFilter) {\n    volunteers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          unitId\n        }\n      }\n    }\n  }\n": types.PaginationVolunteersDocument,
    "\n  mutation PairingRefusalReasonPair($input: PairUnitWithSiteInput!) {\n    pairUnitWithSite(input: $input) {\n      id\n      status\n      refusalReason\n    }\n  }\n": types.PairingRefusalReasonPairDocument,
    "\n  mutation PairingRefusalReasonRefuse($id: ID!, $reason: String) {\n    refusePairing(id: $id, reason: $reason) {\n      id\n      status\n      refusalReason\n    }\n  }\n": types.PairingRefusalReasonRefuseDocument,
    "\n  mutation PairingRefusalReasonApprove($id: ID!) {\n    approvePairing(id: $id) {\n      id\n      status\n      refusalReason\n    }\n  }\n": types.PairingRefusalReasonApproveDocument,
    "\n  query PairingRefusalReasonPairing($s: ID!) {\n    site(id: $s) {\n      pairings {\n        id\n        status\n        refusalReason\n      }\n    }\n  }\n": types.PairingRefusalReasonPairingDocument,
    "\n        mutation PairingRefusalReasonCreateSite($input: CreateSiteInput!) {\n          createSite(input: $input) {\n            id\n          }\n        }\n      ": types.PairingRefusalReasonCreateSiteDocument,
    "\n  query PersonalDataVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      id\n      documentNumber\n      mobile\n      birthDate\n    }\n  }\n": types.PersonalDataVolunteerDocument,
    "\n  query PersonalDataAudit($filter: AuditEventFilter) {\n    auditEvents(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          action\n          entityType\n          entityId\n          actorName\n          before\n          after\n        }\n      }\n    }\n  }\n": types.PersonalDataAuditDocument,
    "\n      query PersonalDataQuery($id: ID!) {\n        serviceTeam(id: $id) {\n          leader {\n            documentNumber\n            mobile\n          }\n          members {\n            volunteer {\n              mobile\n            }\n          }\n        }\n      }\n    ": types.PersonalDataQueryDocument,
    "\n          query PersonalDataVolunteers($n: String!) {\n            volunteers(filter: { documentNumber: $n }) {\n              totalCount\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.PersonalDataVolunteersDocument,
    "\n        mutation PersonalDataUpdateVolunteer($id: ID!) {\n          updateVolunteer(id: $id, input: { mobile: \"13912345678\" }) {\n            id\n          }\n        }\n      ": types.PersonalDataUpdateVolunteerDocument,
    "\n          query PersonalDataServiceNeed($id: ID!) {\n            serviceNeed(id: $id) {\n              assignments {\n                volunteerId\n              }\n            }\n          }\n        ": types.PersonalDataServiceNeedDocument,
    "\n        query PersonalData__schema {\n          __schema {\n            mutationType {\n              fields {\n                name\n              }\n            }\n          }\n        }\n      ": types.PersonalData__SchemaDocument,
    "\n  query PlanProposalPlan {\n    matchingPlan(campaignId: \"1\", includeUnavailable: true) {\n      assignments {\n        volunteerId\n        needId\n      }\n      metrics {\n        plannedPlaces\n      }\n    }\n  }\n": types.PlanProposalPlanDocument,
    "\n  mutation PlanProposalPropose {\n    proposeMatchingPlan(campaignId: \"1\", includeUnavailable: true) {\n      metrics {\n        heldPlaces\n        plannedPlaces\n      }\n    }\n  }\n": types.PlanProposalProposeDocument,
    "\n  mutation ProjectDatesRecordsUpdate($id: ID!, $input: UpdateServiceProjectInput!) {\n    updateServiceProject(id: $id, input: $input) {\n      startsOn\n      endsOn\n    }\n  }\n": types.ProjectDatesRecordsUpdateDocument,
    "\n        mutation SdkReadmeAppPostServiceNeed($input: PostServiceNeedInput!) {\n          postServiceNeed(input: $input) {\n            id\n          }\n        }\n      ": types.SdkReadmeAppPostServiceNeedDocument,
    "\n          mutation SdkPostServiceNeed($input: PostServiceNeedInput!) {\n            postServiceNeed(input: $input) {\n              id\n            }\n          }\n        ": types.SdkPostServiceNeedDocument,
    "\n            mutation SdkPostServiceNeed($input: PostServiceNeedInput!) {\n              postServiceNeed(input: $input) {\n                id\n              }\n            }\n          ": types.SdkPostServiceNeedDocument,
    "\n        mutation ServerCreateUnit {\n          createUnit(input: { code: \"P\", name: \"山东省教育工会\", kind: PROVINCE, cityCode: \"370100\" }) {\n            id\n          }\n        }\n      ": types.ServerCreateUnitDocument,
    "\n        mutation ServerCreateVolunteer($input: CreateVolunteerInput!) {\n          createVolunteer(input: $input) {\n            id\n          }\n        }\n      ": types.ServerCreateVolunteerDocument,
    "\n          query ServerVolunteers {\n            volunteers {\n              edges {\n                node {\n                  name\n                  availability {\n                    startsAt\n                  }\n                }\n              }\n            }\n          }\n        ": types.ServerVolunteersDocument,
    "\n  fragment ServiceLogsServiceLogFields on ServiceLog {\n    id\n    projectId\n    loggedOn\n    content\n    authorId\n    authorAccountId\n    authorName\n    project {\n      name\n    }\n  }\n": types.ServiceLogsServiceLogFieldsFragmentDoc,
    "\n  mutation ServiceLogsWrite($input: WriteServiceLogInput!) {\n    writeServiceLog(input: $input) {\n      ...ServiceLogsServiceLogFields\n    }\n  }\n": types.ServiceLogsWriteDocument,
    "\n  mutation ServiceLogsUpdate($id: ID!, $input: UpdateServiceLogInput!) {\n    updateServiceLog(id: $id, input: $input) {\n      ...ServiceLogsServiceLogFields\n    }\n  }\n": types.ServiceLogsUpdateDocument,
    "\n  query ServiceLogsList($projectId: ID!, $filter: ServiceLogFilter) {\n    serviceLogs(projectId: $projectId, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          loggedOn\n          content\n          authorName\n        }\n      }\n    }\n  }\n": types.ServiceLogsListDocument,
    "\n        query ServiceLogsAuditTrail($id: ID!) {\n          auditEvents(filter: { entityType: \"ServiceLog\", entityId: $id }) {\n            edges {\n              node {\n                action\n              }\n            }\n          }\n        }\n      ": types.ServiceLogsAuditTrailDocument,
    "\n  fragment ServiceRecordsFields on ServiceRecord {\n    id\n    volunteerId\n    projectId\n    postId\n    occasionId\n    startsAt\n    endsAt\n    hours\n    status\n    remark\n    rejectionReason\n    supersedesId\n    presenceConfirmedAt\n  }\n": types.ServiceRecordsFieldsFragmentDoc,
    "\n  mutation ServiceRecordsRecord($input: RecordServiceInput!) {\n    recordService(input: $input) {\n      ...ServiceRecordsFields\n    }\n  }\n": types.ServiceRecordsRecordDocument,
    "\n  mutation ServiceRecordsBatch($input: RecordServiceBatchInput!) {\n    recordServiceBatch(input: $input) {\n      ...ServiceRecordsFields\n    }\n  }\n": types.ServiceRecordsBatchDocument,
    "\n  mutation ServiceRecordsUpdate($id: ID!, $input: UpdateServiceRecordInput!) {\n    updateServiceRecord(id: $id, input: $input) {\n      ...ServiceRecordsFields\n    }\n  }\n": types.ServiceRecordsUpdateDocument,
    "\n  mutation ServiceRecordsSubmit($id: ID!) {\n    submitServiceRecord(id: $id) {\n      ...ServiceRecordsFields\n    }\n  }\n": types.ServiceRecordsSubmitDocument,
    "\n  mutation ServiceRecordsApprove($id: ID!) {\n    approveServiceRecord(id: $id) {\n      ...ServiceRecordsFields\n    }\n  }\n": types.ServiceRecordsApproveDocument,
    "\n  mutation ServiceRecordsReject($id: ID!, $reason: String!) {\n    rejectServiceRecord(id: $id, reason: $reason) {\n      ...ServiceRecordsFields\n    }\n  }\n": types.ServiceRecordsRejectDocument,
    "\n  mutation ServiceRecordsCorrect($id: ID!, $input: CorrectServiceRecordInput!) {\n    correctServiceRecord(id: $id, input: $input) {\n      ...ServiceRecordsFields\n    }\n  }\n": types.ServiceRecordsCorrectDocument,
    "\n  mutation ServiceRecordsIssue($id: ID!, $date: LocalDate!, $minutes: Int) {\n    issueServiceCode(projectId: $id, date: $date, validForMinutes: $minutes) {\n      code\n      expiresAt\n      occasion {\n        id\n        date\n      }\n    }\n  }\n": types.ServiceRecordsIssueDocument,
    "\n  mutation ServiceRecordsConfirm($id: ID!, $code: String!) {\n    confirmPresence(id: $id, code: $code) {\n      ...ServiceRecordsFields\n    }\n  }\n": types.ServiceRecordsConfirmDocument,
    "\n  query ServiceRecordsList($filter: ServiceRecordFilter) {\n    serviceRecords(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.ServiceRecordsListDocument,
    "\n  query ServiceRecordsTotals($g: ServiceTotalsGroupBy!, $f: ServiceTotalsFilter) {\n    serviceTotals(groupBy: $g, filter: $f) {\n      key\n      label\n      hours\n      personTimes\n      volunteers\n      records\n    }\n  }\n": types.ServiceRecordsTotalsDocument,
    "\n  mutation ServiceRecordsSafety($id: ID!, $input: SafetyPlanInput!) {\n    setSafetyPlan(projectId: $id, input: $input) {\n      id\n      responsiblePerson\n      insured\n    }\n  }\n": types.ServiceRecordsSafetyDocument,
    "\n  mutation ServiceRecordsStart($id: ID!) {\n    updateServiceProject(id: $id, input: { status: ACTIVE }) {\n      id\n      status\n      safetyPlan {\n        responsiblePerson\n      }\n    }\n  }\n": types.ServiceRecordsStartDocument,
    "\n          mutation ServiceRecordsApproveServiceRecord($id: ID!) {\n            approveServiceRecord(id: $id) {\n              status\n              approvedById\n              reviewedByAccountId\n            }\n          }\n        ": types.ServiceRecordsApproveServiceRecordDocument,
    "\n          query ServiceRecordsMe {\n            me {\n              id\n            }\n          }\n        ": types.ServiceRecordsMeDocument,
    "\n      query ServiceRecordsByIds($ids: [ID!]) {\n        serviceRecords(filter: { ids: $ids }, first: 100) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    ": types.ServiceRecordsByIdsDocument,
    "\n  mutation SiteOwnershipPair($input: PairUnitWithSiteInput!) {\n    pairUnitWithSite(input: $input) {\n      id\n      status\n      unitId\n      siteId\n    }\n  }\n": types.SiteOwnershipPairDocument,
    "\n  mutation SiteOwnershipApprove($id: ID!) {\n    approvePairing(id: $id) {\n      id\n      status\n    }\n  }\n": types.SiteOwnershipApproveDocument,
    "\n  mutation SiteOwnershipRefuse($id: ID!) {\n    refusePairing(id: $id) {\n      id\n      status\n    }\n  }\n": types.SiteOwnershipRefuseDocument,
    "\n  mutation SiteOwnershipEnd($id: ID!, $on: LocalDate!) {\n    endPairing(id: $id, endedOn: $on) {\n      id\n      endedOn\n    }\n  }\n": types.SiteOwnershipEndDocument,
    "\n  query SiteOwnershipRequests {\n    pairingRequests {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          unit {\n            id\n          }\n          site {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.SiteOwnershipRequestsDocument,
    "\n  mutation SiteOwnershipUpdateSite($id: ID!, $input: UpdateSiteInput!) {\n    updateSite(id: $id, input: $input) {\n      id\n    }\n  }\n": types.SiteOwnershipUpdateSiteDocument,
    "\n  mutation SiteOwnershipMark($s: ID!) {\n    markLongTermBase(siteId: $s, since: \"2019-06-01\") {\n      id\n    }\n  }\n": types.SiteOwnershipMarkDocument,
    "\n  mutation SiteOwnershipPostNeed($input: PostServiceNeedInput!) {\n    postServiceNeed(input: $input) {\n      id\n      postedByUnitId\n    }\n  }\n": types.SiteOwnershipPostNeedDocument,
    "\n  mutation SiteOwnershipUpdateNeed($id: ID!, $input: UpdateServiceNeedInput!) {\n    updateServiceNeed(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.SiteOwnershipUpdateNeedDocument,
    "\n  mutation SiteOwnershipPropose($needId: ID!, $ids: [ID!]!) {\n    proposeAssignments(needId: $needId, volunteerIds: $ids) {\n      id\n      status\n    }\n  }\n": types.SiteOwnershipProposeDocument,
    "\n  mutation SiteOwnershipConfirm($id: ID!) {\n    confirmAssignment(id: $id) {\n      id\n      status\n    }\n  }\n": types.SiteOwnershipConfirmDocument,
    "\n  mutation SiteOwnershipCancel($id: ID!) {\n    cancelAssignment(id: $id, reason: \"现场另有安排\") {\n      id\n      status\n    }\n  }\n": types.SiteOwnershipCancelDocument,
    "\n  mutation SiteOwnershipCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n    }\n  }\n": types.SiteOwnershipCreateAccountDocument,
    "\n  mutation SiteOwnershipCreateProject($input: CreateServiceProjectInput!) {\n    createServiceProject(input: $input) {\n      id\n    }\n  }\n": types.SiteOwnershipCreateProjectDocument,
    "\n  mutation SiteOwnershipCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n      ownerUnitId\n      ownerUnit {\n        id\n      }\n    }\n  }\n": types.SiteOwnershipCreateSiteDocument,
    "\n        query SiteOwnershipSites($u: ID!) {\n          sites(filter: { pairedUnitId: $u }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.SiteOwnershipSitesDocument,
    "\n        query SiteOwnershipServiceNeeds($u: ID!) {\n          serviceNeeds(filter: { pairedUnitId: $u }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.SiteOwnershipServiceNeedsDocument,
    "\n        query SiteOwnershipMatchingPlan($c: ID!, $u: ID!) {\n          matchingPlan(campaignId: $c, scope: { unitId: $u }, includeUnavailable: true) {\n            assignments {\n              needId\n            }\n          }\n        }\n      ": types.SiteOwnershipMatchingPlanDocument,
    "\n          query SiteOwnershipAssignments($n: ID) {\n            assignments(filter: { needId: $n }) {\n              totalCount\n            }\n          }\n        ": types.SiteOwnershipAssignmentsDocument,
    "\n          query SiteOwnershipServiceNeed($n: ID!) {\n            serviceNeed(id: $n) {\n              assignments {\n                id\n              }\n            }\n          }\n        ": types.SiteOwnershipServiceNeedDocument,
    "\n      query SiteOwnershipContacts {\n        accounts(filter: { role: SITE_CONTACT }) {\n          totalCount\n        }\n      }\n    ": types.SiteOwnershipContactsDocument,
    "\n  fragment SitesNeedsProjectsSiteFields on Site {\n    id\n    name\n    kind\n    areaCode\n    cityCode\n    latitude\n    longitude\n    contactPhone\n    isLongTermBase\n    longTermBaseSince\n  }\n": types.SitesNeedsProjectsSiteFieldsFragmentDoc,
    "\n  fragment SitesNeedsProjectsServiceNeedFields on ServiceNeed {\n    id\n    title\n    category\n    status\n    headcount\n    startsAt\n    endsAt\n    beneficiaryGroups\n    siteId\n    site {\n      name\n    }\n  }\n": types.SitesNeedsProjectsServiceNeedFieldsFragmentDoc,
    "\n  fragment SitesNeedsProjectsServiceProjectFields on ServiceProject {\n    id\n    name\n    status\n    startsOn\n    endsOn\n    nationalCategoryCodes\n    beneficiaryCodes\n    areaCode\n    peopleServed\n    team {\n      name\n    }\n    site {\n      name\n    }\n    campaign {\n      year\n    }\n    posts {\n      name\n    }\n    needs {\n      title\n    }\n  }\n": types.SitesNeedsProjectsServiceProjectFieldsFragmentDoc,
    "\n  mutation SitesNeedsProjectsCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      ...SitesNeedsProjectsSiteFields\n    }\n  }\n": types.SitesNeedsProjectsCreateSiteDocument,
    "\n  mutation SitesNeedsProjectsUpdateSite($id: ID!, $input: UpdateSiteInput!) {\n    updateSite(id: $id, input: $input) {\n      ...SitesNeedsProjectsSiteFields\n    }\n  }\n": types.SitesNeedsProjectsUpdateSiteDocument,
    "\n  query SitesNeedsProjectsSites2($filter: SiteFilter) {\n    sites(filter: $filter) {\n      totalCount\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": types.SitesNeedsProjectsSites2Document,
    "\n  mutation SitesNeedsProjectsPair($input: PairUnitWithSiteInput!) {\n    pairUnitWithSite(input: $input) {\n      id\n      unitId\n      siteId\n      kind\n      startedOn\n      endedOn\n      unit {\n        name\n      }\n      site {\n        name\n      }\n    }\n  }\n": types.SitesNeedsProjectsPairDocument,
    "\n  mutation SitesNeedsProjectsEndPairing($id: ID!, $endedOn: LocalDate!) {\n    endPairing(id: $id, endedOn: $endedOn) {\n      id\n      endedOn\n    }\n  }\n": types.SitesNeedsProjectsEndPairingDocument,
    "\n  mutation SitesNeedsProjectsPostNeed($input: PostServiceNeedInput!) {\n    postServiceNeed(input: $input) {\n      ...SitesNeedsProjectsServiceNeedFields\n    }\n  }\n": types.SitesNeedsProjectsPostNeedDocument,
    "\n  mutation SitesNeedsProjectsUpdateNeed($id: ID!, $input: UpdateServiceNeedInput!) {\n    updateServiceNeed(id: $id, input: $input) {\n      ...SitesNeedsProjectsServiceNeedFields\n    }\n  }\n": types.SitesNeedsProjectsUpdateNeedDocument,
    "\n  query SitesNeedsProjectsNeeds($filter: ServiceNeedFilter) {\n    serviceNeeds(filter: $filter) {\n      totalCount\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n": types.SitesNeedsProjectsNeedsDocument,
    "\n  mutation SitesNeedsProjectsCreateProject($input: CreateServiceProjectInput!) {\n    createServiceProject(input: $input) {\n      ...SitesNeedsProjectsServiceProjectFields\n    }\n  }\n": types.SitesNeedsProjectsCreateProjectDocument,
    "\n  mutation SitesNeedsProjectsUpdateProject($id: ID!, $input: UpdateServiceProjectInput!) {\n    updateServiceProject(id: $id, input: $input) {\n      ...SitesNeedsProjectsServiceProjectFields\n    }\n  }\n": types.SitesNeedsProjectsUpdateProjectDocument,
    "\n  query SitesNeedsProjectsProject($id: ID!) {\n    serviceProject(id: $id) {\n      ...SitesNeedsProjectsServiceProjectFields\n    }\n  }\n": types.SitesNeedsProjectsProjectDocument,
    "\n            mutation SitesNeedsProjectsCreateUnit($input: CreateUnitInput!) {\n              createUnit(input: $input) {\n                id\n              }\n            }\n          ": types.SitesNeedsProjectsCreateUnitDocument,
    "\n          mutation SitesNeedsProjectsCreateCampaign($input: CreateCampaignInput!) {\n            createCampaign(input: $input) {\n              id\n            }\n          }\n        ": types.SitesNeedsProjectsCreateCampaignDocument,
    "\n          mutation SitesNeedsProjectsCreateServiceTeam($input: CreateServiceTeamInput!) {\n            createServiceTeam(input: $input) {\n              id\n            }\n          }\n        ": types.SitesNeedsProjectsCreateServiceTeamDocument,
    "\n            query SitesNeedsProjectsServiceNeed($id: ID!) {\n              serviceNeed(id: $id) {\n                postedAt\n              }\n            }\n          ": types.SitesNeedsProjectsServiceNeedDocument,
    "\n            query SitesNeedsProjectsSites {\n              sites(first: 100) {\n                edges {\n                  node {\n                    id\n                    open: needs(status: OPEN) {\n                      title\n                    }\n                    closed: needs(status: CLOSED) {\n                      title\n                    }\n                    all: needs {\n                      title\n                    }\n                  }\n                }\n              }\n            }\n          ": types.SitesNeedsProjectsSitesDocument,
    "\n              query SitesNeedsProjectsServiceNeed2($id: ID!) {\n                serviceNeed(id: $id) {\n                  startsAt\n                  endsAt\n                }\n              }\n            ": types.SitesNeedsProjectsServiceNeed2Document,
    "\n          mutation SitesNeedsProjectsUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n            updateCampaign(id: $id, input: $input) {\n              startsOn\n              endsOn\n            }\n          }\n        ": types.SitesNeedsProjectsUpdateCampaignDocument,
    "\n          mutation SitesNeedsProjectsSetSafetyPlan($id: ID!, $input: SafetyPlanInput!) {\n            setSafetyPlan(projectId: $id, input: $input) {\n              id\n            }\n          }\n        ": types.SitesNeedsProjectsSetSafetyPlanDocument,
    "\n  fragment StatusReportBlocksStatusReportRowFields on StatusReportRow {\n    teamName\n    projectId\n    projectName\n    teamSize\n    startsOn\n    endsOn\n    personTimes\n    supportSummary\n    leaderName\n    leaderTitle\n    leaderPhone\n    pairedWith\n    peopleServed\n    progressText\n  }\n": types.StatusReportBlocksStatusReportRowFieldsFragmentDoc,
    "\n  query StatusReportBlocksPreview($k: StatusReportKeyInput!) {\n    statusReportPreview(key: $k) {\n      ...StatusReportBlocksStatusReportRowFields\n    }\n  }\n": types.StatusReportBlocksPreviewDocument,
    "\n  query StatusReportBlocksReport($k: StatusReportKeyInput!) {\n    statusReport(key: $k) {\n      id\n      status\n      progressText\n      filledOn\n      downloadPath\n      wordDownloadPath\n      rows {\n        ...StatusReportBlocksStatusReportRowFields\n      }\n    }\n  }\n": types.StatusReportBlocksReportDocument,
    "\n  mutation StatusReportBlocksSave($k: StatusReportKeyInput!, $p: [StatusReportProgressInput!], $t: String) {\n    saveStatusReportDraft(key: $k, progress: $p, progressText: $t) {\n      id\n      rows {\n        projectId\n        progressText\n      }\n    }\n  }\n": types.StatusReportBlocksSaveDocument,
    "\n  mutation StatusReportBlocksSubmit($k: StatusReportKeyInput!) {\n    submitStatusReport(key: $k) {\n      status\n      filledOn\n    }\n  }\n": types.StatusReportBlocksSubmitDocument,
    "\n  query StatusReportsPreview($k: StatusReportKeyInput!) {\n    statusReportPreview(key: $k) {\n      teamName\n      projectName\n      teamSize\n      startsOn\n      endsOn\n      personTimes\n      hours\n      funds\n      materialsValue\n      supportSummary\n      leaderName\n      leaderPhone\n      pairedWith\n      peopleServed\n    }\n  }\n": types.StatusReportsPreviewDocument,
    "\n  query StatusReportsReport($k: StatusReportKeyInput!) {\n    statusReport(key: $k) {\n      status\n      progressText\n      filledOn\n      rows {\n        projectId\n        personTimes\n        hours\n      }\n    }\n  }\n": types.StatusReportsReportDocument,
    "\n  mutation StatusReportsSave($k: StatusReportKeyInput!, $t: String) {\n    saveStatusReportDraft(key: $k, progressText: $t) {\n      status\n    }\n  }\n": types.StatusReportsSaveDocument,
    "\n  mutation StatusReportsSubmit($k: StatusReportKeyInput!) {\n    submitStatusReport(key: $k) {\n      status\n      filledOn\n    }\n  }\n": types.StatusReportsSubmitDocument,
    "\n  query StatusReportsOverview($c: ID!) {\n    statusReportOverview(campaignId: $c, milestone: SUMMARY) {\n      dueOn\n      submitted\n      overdue\n      units {\n        unitId\n        state\n        overdue\n        late\n      }\n      byCity {\n        key\n        hours\n        personTimes\n      }\n    }\n  }\n": types.StatusReportsOverviewDocument,
    "\n        query StatusReportsStatusReport($k: StatusReportKeyInput!) {\n          statusReport(key: $k) {\n            id\n            downloadPath\n            progressText\n          }\n        }\n      ": types.StatusReportsStatusReportDocument,
    "\n  mutation StorageFaultsCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n    }\n  }\n": types.StorageFaultsCreateUnitDocument,
    "\n  mutation StorageFaultsLogin($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      accessToken\n    }\n  }\n": types.StorageFaultsLoginDocument,
    "\n          query StorageFaultsUnits {\n            units(first: 5) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        ": types.StorageFaultsUnitsDocument,
    "\n  subscription SubscriptionSessionsNeedPosted {\n    serviceNeedPosted {\n      id\n      title\n    }\n  }\n": types.SubscriptionSessionsNeedPostedDocument,
    "\n  subscription SubscriptionSessionsAssignments {\n    assignmentChanged {\n      id\n      volunteer {\n        id\n        documentNumber\n      }\n    }\n  }\n": types.SubscriptionSessionsAssignmentsDocument,
    "\n          query SubscriptionSessionsMe {\n            me {\n              id\n            }\n          }\n        ": types.SubscriptionSessionsMeDocument,
    "\n          mutation SubscriptionSessionsCreateApiToken {\n            createApiToken(name: \"实时订阅\") {\n              token\n              apiToken {\n                id\n              }\n            }\n          }\n        ": types.SubscriptionSessionsCreateApiTokenDocument,
    "\n        mutation SubscriptionSessionsRevokeApiToken($id: ID!) {\n          revokeApiToken(id: $id) {\n            revokedAt\n          }\n        }\n      ": types.SubscriptionSessionsRevokeApiTokenDocument,
    "\n        mutation SubscriptionSessionsDeactivateAccount($id: ID!) {\n          deactivateAccount(id: $id) {\n            active\n          }\n        }\n      ": types.SubscriptionSessionsDeactivateAccountDocument,
    "\n        mutation SubscriptionSessionsChangePassword($c: String!, $n: String!) {\n          changePassword(currentPassword: $c, newPassword: $n) {\n            accessToken\n          }\n        }\n      ": types.SubscriptionSessionsChangePasswordDocument,
    "\n        mutation SubscriptionSessionsProposeAssignments($n: ID!, $v: [ID!]!) {\n          proposeAssignments(needId: $n, volunteerIds: $v) {\n            id\n          }\n        }\n      ": types.SubscriptionSessionsProposeAssignmentsDocument,
    "\n        mutation SubscriptionSessionsUpdateVolunteer($id: ID!, $u: ID!) {\n          updateVolunteer(id: $id, input: { unitId: $u }) {\n            id\n          }\n        }\n      ": types.SubscriptionSessionsUpdateVolunteerDocument,
    "\n          mutation SubscriptionSessionsApproveServiceRecord($id: ID!) {\n            approveServiceRecord(id: $id) {\n              id\n            }\n          }\n        ": types.SubscriptionSessionsApproveServiceRecordDocument,
    "\n  subscription SubscriptionsRedisNeedPosted {\n    serviceNeedPosted {\n      id\n      title\n    }\n  }\n": types.SubscriptionsRedisNeedPostedDocument,
    "\n        query SubscriptionsRedisServiceNeeds {\n          serviceNeeds(first: 100) {\n            edges {\n              node {\n                title\n              }\n            }\n          }\n        }\n      ": types.SubscriptionsRedisServiceNeedsDocument,
    "\n        mutation SubscriptionsRedisCreateApiToken {\n          createApiToken(name: \"跨实例\") {\n            token\n            apiToken {\n              id\n            }\n          }\n        }\n      ": types.SubscriptionsRedisCreateApiTokenDocument,
    "\n        mutation SubscriptionsRedisRevokeApiToken($id: ID!) {\n          revokeApiToken(id: $id) {\n            id\n          }\n        }\n      ": types.SubscriptionsRedisRevokeApiTokenDocument,
    "\n          mutation SubscriptionsRedisLogin {\n            login(username: \"nobody.here\", password: \"wrong\") {\n              accessToken\n            }\n          }\n        ": types.SubscriptionsRedisLoginDocument,
    "\n      query SubscriptionsRedisMe {\n        me {\n          id\n        }\n      }\n    ": types.SubscriptionsRedisMeDocument,
    "\n        mutation SubscriptionsRedisChangePassword($c: String!, $n: String!) {\n          changePassword(currentPassword: $c, newPassword: $n) {\n            accessToken\n          }\n        }\n      ": types.SubscriptionsRedisChangePasswordDocument,
    "\n  subscription SubscriptionsNeedPosted($filter: ServiceNeedEventFilter) {\n    serviceNeedPosted(filter: $filter) {\n      id\n      title\n      category\n      status\n      site {\n        id\n        name\n      }\n      campaign {\n        id\n      }\n    }\n  }\n": types.SubscriptionsNeedPostedDocument,
    "\n        mutation SubscriptionsPostServiceNeed($input: PostServiceNeedInput!) {\n          postServiceNeed(input: $input) {\n            id\n          }\n        }\n      ": types.SubscriptionsPostServiceNeedDocument,
    "\n        query SubscriptionsServiceNeed($id: ID!) {\n          serviceNeed(id: $id) {\n            title\n          }\n        }\n      ": types.SubscriptionsServiceNeedDocument,
    "\n          mutation SubscriptionsProposeAssignments($n: ID!, $v: [ID!]!) {\n            proposeAssignments(needId: $n, volunteerIds: $v) {\n              id\n            }\n          }\n        ": types.SubscriptionsProposeAssignmentsDocument,
    "\n        mutation SubscriptionsConfirmAssignment($id: ID!) {\n          confirmAssignment(id: $id) {\n            id\n            status\n          }\n        }\n      ": types.SubscriptionsConfirmAssignmentDocument,
    "\n        mutation SubscriptionsApproveServiceRecord($id: ID!) {\n          approveServiceRecord(id: $id) {\n            id\n          }\n        }\n      ": types.SubscriptionsApproveServiceRecordDocument,
    "\n        mutation SubscriptionsSaveStatusReportDraft($key: StatusReportKeyInput!) {\n          saveStatusReportDraft(key: $key, progressText: \"部署启动\") {\n            id\n          }\n        }\n      ": types.SubscriptionsSaveStatusReportDraftDocument,
    "\n        mutation SubscriptionsSubmitStatusReport($key: StatusReportKeyInput!) {\n          submitStatusReport(key: $key) {\n            id\n          }\n        }\n      ": types.SubscriptionsSubmitStatusReportDocument,
    "\n  query SummaryMaterialsStatus($u: ID!, $c: ID!) {\n    summaryMaterials(unitId: $u, campaignId: $c) {\n      unitId\n      unitName\n      dueOn\n      received\n      submittedAt\n      late\n      overdue\n      canUpload\n      draftDownloadPath\n      materials {\n        id\n        fileName\n        byteSize\n        sha256\n        uploadCount\n        submittedByAccountId\n        downloadPath\n      }\n    }\n  }\n": types.SummaryMaterialsStatusDocument,
    "\n  mutation SummaryMaterialsSubmit($input: SubmitSummaryMaterialsInput!) {\n    submitSummaryMaterials(input: $input) {\n      received\n      late\n      overdue\n      canUpload\n      materials {\n        fileName\n        byteSize\n        sha256\n        uploadCount\n        downloadPath\n      }\n    }\n  }\n": types.SummaryMaterialsSubmitDocument,
    "\n  query SummaryMaterialsOverview($c: ID!) {\n    summaryMaterialsOverview(campaignId: $c) {\n      dueOn\n      received\n      late\n      overdue\n      units {\n        unitId\n        unitName\n        received\n        late\n        overdue\n        submittedAt\n        materials {\n          downloadPath\n        }\n      }\n    }\n  }\n": types.SummaryMaterialsOverviewDocument,
    "\n  fragment SupportSupportEntryFields on SupportEntry {\n    id\n    kind\n    projectId\n    siteId\n    occurredOn\n    amount\n    fundingSource\n    itemName\n    quantity\n    quantityUnit\n    estimatedValue\n    note\n    recordedById\n    recordedByAccountId\n    recordedByName\n    voidedAt\n    voidReason\n  }\n": types.SupportSupportEntryFieldsFragmentDoc,
    "\n  mutation SupportRecord($input: RecordSupportEntryInput!) {\n    recordSupportEntry(input: $input) {\n      ...SupportSupportEntryFields\n    }\n  }\n": types.SupportRecordDocument,
    "\n  mutation SupportUpdate($id: ID!, $input: UpdateSupportEntryInput!) {\n    updateSupportEntry(id: $id, input: $input) {\n      ...SupportSupportEntryFields\n    }\n  }\n": types.SupportUpdateDocument,
    "\n  mutation SupportVoid($id: ID!, $reason: String!) {\n    voidSupportEntry(id: $id, reason: $reason) {\n      ...SupportSupportEntryFields\n    }\n  }\n": types.SupportVoidDocument,
    "\n  query SupportList($filter: SupportEntryFilter) {\n    supportEntries(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          amount\n          estimatedValue\n        }\n      }\n    }\n  }\n": types.SupportListDocument,
    "\n  query SupportTotals($filter: SupportScopeFilter, $groupBy: [SupportTotalsDimension!]) {\n    supportTotals(filter: $filter, groupBy: $groupBy) {\n      groupBy\n      rows {\n        year\n        quarter\n        month\n        unitId\n        projectId\n        siteId\n        kind\n        fundingSource\n        entryCount\n        fundsAmount\n        materialsValue\n        totalValue\n        project {\n          name\n        }\n        site {\n          name\n        }\n        unit {\n          name\n        }\n      }\n      total {\n        entryCount\n        fundsAmount\n        materialsValue\n        totalValue\n      }\n    }\n  }\n": types.SupportTotalsDocument,
    "\n          query SupportAuditTrail($id: ID!) {\n            auditEvents(filter: { entityType: \"SupportEntry\", entityId: $id }) {\n              edges {\n                node {\n                  action\n                }\n              }\n            }\n          }\n        ": types.SupportAuditTrailDocument,
    "\n        query SupportQuery($id: ID!) {\n          serviceProject(id: $id) {\n            supportEntries {\n              amount\n            }\n          }\n        }\n      ": types.SupportQueryDocument,
    "\n  fragment TeamFormationVolunteerFields on Volunteer {\n    id\n    unitId\n    role\n    active\n    safetyTrainedOn\n    serviceCategories\n  }\n": types.TeamFormationVolunteerFieldsFragmentDoc,
    "\n  query TeamFormationProposal($unitId: ID!) {\n    teamFormationProposal(unitId: $unitId) {\n      teams {\n        unitId\n        covers\n        cadres {\n          ...TeamFormationVolunteerFields\n        }\n        volunteers {\n          ...TeamFormationVolunteerFields\n        }\n        composition {\n          volunteers\n          cadres\n          size\n          valid\n        }\n      }\n      uncovered\n      unplacedVolunteers\n    }\n  }\n": types.TeamFormationProposalDocument,
    "\n        query TeamFormationMe {\n          me {\n            unitId\n          }\n        }\n      ": types.TeamFormationMeDocument,
    "\n        mutation TeamFormationCreateServiceTeam($input: CreateServiceTeamInput!) {\n          createServiceTeam(input: $input) {\n            id\n            composition {\n              valid\n            }\n          }\n        }\n      ": types.TeamFormationCreateServiceTeamDocument,
    "\n        query TeamFormationUnits {\n          units(first: 100) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.TeamFormationUnitsDocument,
    "\n  fragment TeamsServiceTeamFields on ServiceTeam {\n    id\n    name\n    status\n    unitId\n    leaderId\n    leader {\n      id\n      name\n      role\n    }\n    members {\n      volunteerId\n    }\n    composition {\n      volunteers\n      cadres\n      size\n      valid\n    }\n  }\n": types.TeamsServiceTeamFieldsFragmentDoc,
    "\n  mutation TeamsCreateTeam($input: CreateServiceTeamInput!) {\n    createServiceTeam(input: $input) {\n      ...TeamsServiceTeamFields\n    }\n  }\n": types.TeamsCreateTeamDocument,
    "\n  mutation TeamsUpdateTeam($id: ID!, $input: UpdateServiceTeamInput!) {\n    updateServiceTeam(id: $id, input: $input) {\n      ...TeamsServiceTeamFields\n    }\n  }\n": types.TeamsUpdateTeamDocument,
    "\n  mutation TeamsActivateTeam($id: ID!) {\n    activateServiceTeam(id: $id) {\n      ...TeamsServiceTeamFields\n    }\n  }\n": types.TeamsActivateTeamDocument,
    "\n  mutation TeamsDisbandTeam($id: ID!) {\n    disbandServiceTeam(id: $id) {\n      ...TeamsServiceTeamFields\n    }\n  }\n": types.TeamsDisbandTeamDocument,
    "\n  query TeamsTeam($id: ID!) {\n    serviceTeam(id: $id) {\n      ...TeamsServiceTeamFields\n    }\n  }\n": types.TeamsTeamDocument,
    "\n  query TeamsTeams($filter: ServiceTeamFilter) {\n    serviceTeams(filter: $filter) {\n      totalCount\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": types.TeamsTeamsDocument,
    "\n  query TeamsMemberships($id: ID!) {\n    volunteer(id: $id) {\n      name\n      memberships {\n        team {\n          name\n          status\n        }\n      }\n    }\n  }\n": types.TeamsMembershipsDocument,
    "\n  mutation TeamsCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n": types.TeamsCreateUnitDocument,
    "\n  mutation TeamsCreateVolunteer2($input: CreateVolunteerInput!) {\n    createVolunteer(input: $input) {\n      id\n      role\n    }\n  }\n": types.TeamsCreateVolunteer2Document,
    "\n  fragment TrainingTrainingRecordFields on TrainingRecord {\n    id\n    unitId\n    topic\n    covers\n    heldOn\n    hours\n    trainer\n    attendeeCount\n    unit {\n      name\n    }\n    attendees {\n      id\n    }\n  }\n": types.TrainingTrainingRecordFieldsFragmentDoc,
    "\n  mutation TrainingRecord($input: RecordTrainingInput!) {\n    recordTraining(input: $input) {\n      ...TrainingTrainingRecordFields\n    }\n  }\n": types.TrainingRecordDocument,
    "\n  mutation TrainingUpdate($id: ID!, $input: UpdateTrainingInput!) {\n    updateTraining(id: $id, input: $input) {\n      ...TrainingTrainingRecordFields\n    }\n  }\n": types.TrainingUpdateDocument,
    "\n  query TrainingList($filter: TrainingRecordFilter) {\n    trainingRecords(filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          topic\n          attendeeCount\n          attendees {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.TrainingListDocument,
    "\n        query TrainingAuditTrail($id: ID!) {\n          auditEvents(filter: { entityType: \"Volunteer\", entityId: $id }) {\n            edges {\n              node {\n                action\n              }\n            }\n          }\n        }\n      ": types.TrainingAuditTrailDocument,
    "\n        query TrainingVolunteers($u: ID) {\n          volunteers(filter: { unitId: $u, safetyTrained: true }) {\n            totalCount\n          }\n        }\n      ": types.TrainingVolunteersDocument,
    "\n  fragment UnitsCampaignsUnitFields on Unit {\n    id\n    code\n    name\n    kind\n    parentId\n    cityCode\n  }\n": types.UnitsCampaignsUnitFieldsFragmentDoc,
    "\n  fragment UnitsCampaignsCampaignFields on Campaign {\n    id\n    year\n    name\n    startsOn\n    endsOn\n    phases {\n      kind\n      startsOn\n      endsOn\n    }\n    milestones {\n      kind\n      dueOn\n    }\n  }\n": types.UnitsCampaignsCampaignFieldsFragmentDoc,
    "\n  mutation UnitsCampaignsCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitsCampaignsUnitFields\n    }\n  }\n": types.UnitsCampaignsCreateUnitDocument,
    "\n  mutation UnitsCampaignsUpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      ...UnitsCampaignsUnitFields\n    }\n  }\n": types.UnitsCampaignsUpdateUnitDocument,
    "\n  query UnitsCampaignsUnits($filter: UnitFilter) {\n    units(filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...UnitsCampaignsUnitFields\n        }\n      }\n    }\n  }\n": types.UnitsCampaignsUnitsDocument,
    "\n  query UnitsCampaignsUnitTree($id: ID!) {\n    unit(id: $id) {\n      code\n      parent {\n        code\n      }\n      children {\n        code\n        kind\n      }\n    }\n  }\n": types.UnitsCampaignsUnitTreeDocument,
    "\n  mutation UnitsCampaignsCreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...UnitsCampaignsCampaignFields\n    }\n  }\n": types.UnitsCampaignsCreateCampaignDocument,
    "\n  query UnitsCampaignsCampaignByYear($year: Int) {\n    campaign(year: $year) {\n      ...UnitsCampaignsCampaignFields\n    }\n  }\n": types.UnitsCampaignsCampaignByYearDocument,
    "\n          query UnitsCampaignsCampaigns {\n            campaigns {\n              year\n            }\n          }\n        ": types.UnitsCampaignsCampaignsDocument,
    "\n  mutation VolunteerRosterImport($input: ImportVolunteerRosterInput!) {\n    importVolunteerRoster(input: $input) {\n      dryRun\n      rowCount\n      importedCount\n      problemCount\n      problems {\n        line\n        column\n        code\n        message\n      }\n    }\n  }\n": types.VolunteerRosterImportDocument,
    "\n  query VolunteerRosterVolunteers($filter: VolunteerFilter) {\n    volunteers(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          gender\n          role\n          serviceCategories\n          skills\n          safetyTrainedOn\n          title\n        }\n      }\n    }\n  }\n": types.VolunteerRosterVolunteersDocument,
    "\n  mutation VolunteerRosterCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n": types.VolunteerRosterCreateUnitDocument,
    "\n  mutation VolunteerRosterCreateVolunteer($input: CreateVolunteerInput!) {\n    createVolunteer(input: $input) {\n      id\n    }\n  }\n": types.VolunteerRosterCreateVolunteerDocument,
    "\n  mutation VolunteerRosterCreateTeam($input: CreateServiceTeamInput!) {\n    createServiceTeam(input: $input) {\n      id\n    }\n  }\n": types.VolunteerRosterCreateTeamDocument,
    "\n  fragment VolunteersVolunteerFields on Volunteer {\n    id\n    volunteerNumber\n    name\n    gender\n    birthDate\n    documentType\n    documentNumber\n    mobile\n    role\n    title\n    honours\n    serviceCategories\n    skills\n    subjects\n    homeAreaCode\n    safetyTrainedOn\n    active\n    unitId\n    unit {\n      id\n      name\n    }\n    availability {\n      startsAt\n      endsAt\n    }\n  }\n": types.VolunteersVolunteerFieldsFragmentDoc,
    "\n  mutation VolunteersCreateVolunteer($input: CreateVolunteerInput!) {\n    createVolunteer(input: $input) {\n      ...VolunteersVolunteerFields\n    }\n  }\n": types.VolunteersCreateVolunteerDocument,
    "\n  mutation VolunteersUpdateVolunteer($id: ID!, $input: UpdateVolunteerInput!) {\n    updateVolunteer(id: $id, input: $input) {\n      ...VolunteersVolunteerFields\n    }\n  }\n": types.VolunteersUpdateVolunteerDocument,
    "\n  query VolunteersVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      ...VolunteersVolunteerFields\n    }\n  }\n": types.VolunteersVolunteerDocument,
    "\n  query VolunteersVolunteers3($filter: VolunteerFilter) {\n    volunteers(filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.VolunteersVolunteers3Document,
    "\n  mutation VolunteersCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n": types.VolunteersCreateUnitDocument,
    "\n          mutation WebSessionsPostServiceNeed($input: PostServiceNeedInput!) {\n            postServiceNeed(input: $input) {\n              id\n            }\n          }\n        ": types.WebSessionsPostServiceNeedDocument,
    "\n        query AccessWorldMe {\n          me {\n            id\n          }\n        }\n      ": types.AccessWorldMeDocument,
    "\n      query DemoWorldMeCampaign {\n        me {\n          unitId\n        }\n        campaign(year: 2019) {\n          id\n        }\n      }\n    ": types.DemoWorldMeCampaignDocument,
    "\n  mutation TestServerLogin($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      accessToken\n    }\n  }\n": types.TestServerLoginDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ConsoleCampaignUnits($y: Int) {\n        campaign(year: $y) {\n          id\n        }\n        units(filter: { search: \"青岛市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ConsoleCampaignUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ConsoleCreateAccount($input: CreateAccountInput!) {\n        createAccount(input: $input) {\n          id\n        }\n      }\n    "): typeof import('./graphql').ConsoleCreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ConsoleUnitByName($s: String) {\n        units(filter: { search: $s }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ConsoleUnitByNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ConsoleSites($u: ID!) {\n        sites(filter: { ownerUnitId: $u }, first: 1) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ConsoleSitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ConsolePostServiceNeed($input: PostServiceNeedInput!) {\n        postServiceNeed(input: $input) {\n          id\n        }\n      }\n    "): typeof import('./graphql').ConsolePostServiceNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ConsoleServiceNeeds($c: ID) {\n        serviceNeeds(filter: { campaignId: $c }) {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').ConsoleServiceNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ConsoleServiceNeed($id: ID!) {\n            serviceNeed(id: $id) {\n              startsAt\n              endsAt\n              category\n              status\n              headcount\n              confirmedCount\n            }\n          }\n        "): typeof import('./graphql').ConsoleServiceNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ConsoleServiceNeed2($id: ID!) {\n          serviceNeed(id: $id) {\n            title\n            startsAt\n            endsAt\n            category\n            headcount\n          }\n        }\n      "): typeof import('./graphql').ConsoleServiceNeed2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ConsoleSitesSites($qd: ID!, $jn: ID!) {\n          own: sites(filter: { ownerUnitId: $qd }, first: 100) {\n            edges {\n              node {\n                name\n              }\n            }\n          }\n          paired: sites(filter: { pairedUnitId: $qd }, first: 100) {\n            edges {\n              node {\n                name\n              }\n            }\n          }\n          jinan: sites(filter: { ownerUnitId: $jn }, first: 100) {\n            edges {\n              node {\n                name\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').ConsoleSitesSitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query ConsoleUnits {\n                units(filter: { search: \"青岛市教育工会\" }) {\n                  edges {\n                    node {\n                      id\n                    }\n                  }\n                }\n              }\n            "): typeof import('./graphql').ConsoleUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query ConsoleUnits2 {\n                units(filter: { search: \"济南市教育工会\" }) {\n                  edges {\n                    node {\n                      id\n                    }\n                  }\n                }\n              }\n            "): typeof import('./graphql').ConsoleUnits2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ConsoleNeedsOpenToUnit($u: ID!, $c: ID!) {\n            serviceNeeds(filter: { unitId: $u, campaignId: $c }, first: 20) {\n              totalCount\n              edges {\n                node {\n                  id\n                  site {\n                    name\n                  }\n                  postedByUnit {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').ConsoleNeedsOpenToUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ConsoleJinanNeeds($u: ID!, $c: ID!) {\n            serviceNeeds(filter: { unitId: $u, campaignId: $c }, first: 100) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').ConsoleJinanNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DashboardCampaignUnits($year: Int) {\n        campaign(year: $year) {\n          id\n          name\n          milestones {\n            kind\n            dueOn\n          }\n        }\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').DashboardCampaignUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DashboardServiceNeeds($f: ServiceNeedFilter!) {\n        serviceNeeds(filter: $f, first: 20) {\n          edges {\n            node {\n              id\n              servedByTeam\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').DashboardServiceNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DashboardMatchingSuggestions($n: ID!) {\n          matchingSuggestions(needId: $n, limit: 1) {\n            volunteerId\n          }\n        }\n      "): typeof import('./graphql').DashboardMatchingSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DashboardProposeAssignments($n: ID!, $v: [ID!]!) {\n          proposeAssignments(needId: $n, volunteerIds: $v) {\n            id\n            status\n          }\n        }\n      "): typeof import('./graphql').DashboardProposeAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DashboardMe {\n        me {\n          volunteerId\n        }\n      }\n    "): typeof import('./graphql').DashboardMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DashboardServiceTeams($v: ID) {\n        serviceTeams(filter: { memberId: $v }) {\n          edges {\n            node {\n              unitId\n              projects {\n                id\n                startsOn\n                endsOn\n                posts {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').DashboardServiceTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DashboardRecordService($input: RecordServiceInput!) {\n        recordService(input: $input) {\n          id\n          status\n        }\n      }\n    "): typeof import('./graphql').DashboardRecordServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DashboardServiceNeedsAssignments($needs: ServiceNeedFilter!) {\n        openNeeds: serviceNeeds(filter: $needs, first: 1) {\n          totalCount\n        }\n        proposed: assignments(filter: { status: PROPOSED }, first: 1) {\n          totalCount\n        }\n        confirmed: assignments(filter: { status: CONFIRMED }, first: 1) {\n          totalCount\n        }\n        submittedRecords: serviceRecords(filter: { status: SUBMITTED }, first: 1) {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').DashboardServiceNeedsAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DashboardStatusReport($key: StatusReportKeyInput!) {\n        statusReport(key: $key) {\n          id\n          status\n          progressText\n          submittedAt\n          downloadPath\n        }\n      }\n    "): typeof import('./graphql').DashboardStatusReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DashboardStatusReportPreview($key: StatusReportKeyInput!) {\n          statusReportPreview(key: $key) {\n            projectId\n            personTimes\n          }\n        }\n      "): typeof import('./graphql').DashboardStatusReportPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DashboardStatusReportOverview($c: ID!) {\n            statusReportOverview(campaignId: $c, milestone: LAUNCH) {\n              submitted\n              units {\n                unitId\n              }\n            }\n          }\n        "): typeof import('./graphql').DashboardStatusReportOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query DashboardOverviewDeadlines($c: ID!) {\n                statusReportOverview(campaignId: $c, milestone: LAUNCH) {\n                  units {\n                    unitId\n                    overdue\n                    late\n                  }\n                }\n              }\n            "): typeof import('./graphql').DashboardOverviewDeadlinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DashboardCampaigns {\n            campaigns {\n              id\n              milestones {\n                kind\n              }\n            }\n          }\n        "): typeof import('./graphql').DashboardCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query DashboardStatusReportOverview2($c: ID!, $m: MilestoneKind!) {\n                statusReportOverview(campaignId: $c, milestone: $m) {\n                  byCity {\n                    label\n                    hours\n                    personTimes\n                  }\n                  byCategory {\n                    label\n                    hours\n                    personTimes\n                  }\n                }\n              }\n            "): typeof import('./graphql').DashboardStatusReportOverview2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExportIssuesUnits {\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ExportIssuesUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExportIssuesMe {\n        me {\n          volunteerId\n          volunteer {\n            name\n          }\n        }\n      }\n    "): typeof import('./graphql').ExportIssuesMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExportIssuesServiceTeams($v: ID) {\n        serviceTeams(filter: { memberId: $v }) {\n          edges {\n            node {\n              unitId\n              projects {\n                id\n                name\n                status\n                startsOn\n                endsOn\n                posts {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ExportIssuesServiceTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ExportIssuesRecordService($input: RecordServiceInput!) {\n          recordService(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').ExportIssuesRecordServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ExportIssuesApproveServiceRecord($id: ID!) {\n          approveServiceRecord(id: $id) {\n            status\n          }\n        }\n      "): typeof import('./graphql').ExportIssuesApproveServiceRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ExportIssuesServiceProject($id: ID!) {\n        serviceProject(id: $id) {\n          team {\n            members {\n              volunteer {\n                id\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ExportIssuesServiceProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ExportIssuesRecordService($input: RecordServiceInput!) {\n        recordService(input: $input) {\n          id\n        }\n      }\n    "): typeof import('./graphql').ExportIssuesRecordServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ExportIssuesApproveServiceRecord($id: ID!) {\n        approveServiceRecord(id: $id) {\n          status\n        }\n      }\n    "): typeof import('./graphql').ExportIssuesApproveServiceRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ExportIssuesUpdateServiceProject($id: ID!) {\n        updateServiceProject(id: $id, input: { beneficiaryCodes: [] }) {\n          beneficiaryCodes\n        }\n      }\n    "): typeof import('./graphql').ExportIssuesUpdateServiceProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ExportIssuesArchiveExports {\n          archiveExports {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').ExportIssuesArchiveExportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ExportIssuesUpdateServiceProject2($id: ID!) {\n        updateServiceProject(id: $id, input: { beneficiaryCodes: [\"06\"] }) {\n          id\n        }\n      }\n    "): typeof import('./graphql').ExportIssuesUpdateServiceProject2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ExportIssuesCreateArchiveExport($input: CreateArchiveExportInput!) {\n        createArchiveExport(input: $input) {\n          id\n          recordCount\n          issueCount\n        }\n      }\n    "): typeof import('./graphql').ExportIssuesCreateArchiveExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query FieldLeaderMe {\n        me {\n          volunteerId\n          volunteer {\n            memberships {\n              team {\n                id\n                name\n                leaderId\n                members {\n                  volunteer {\n                    id\n                    name\n                  }\n                }\n                projects {\n                  id\n                  name\n                  status\n                  startsOn\n                  posts {\n                    id\n                    name\n                  }\n                  safetyPlan {\n                    responsiblePerson\n                    responsiblePhone\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').FieldLeaderMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FieldLeaderRecordService($input: RecordServiceInput!) {\n          recordService(input: $input) {\n            id\n            status\n          }\n        }\n      "): typeof import('./graphql').FieldLeaderRecordServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query FieldLeaderServiceRecord($id: ID!) {\n        serviceRecord(id: $id) {\n          status\n          rejectionReason\n        }\n      }\n    "): typeof import('./graphql').FieldLeaderServiceRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query FieldLeaderServiceRecords($f: ServiceRecordFilter) {\n        serviceRecords(filter: $f, first: 100) {\n          edges {\n            node {\n              volunteerId\n              startsAt\n              endsAt\n              status\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').FieldLeaderServiceRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query FieldLeaderServiceLogs($p: ID!) {\n            serviceLogs(projectId: $p, first: 100) {\n              edges {\n                node {\n                  content\n                  loggedOn\n                  authorId\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').FieldLeaderServiceLogsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query FieldSiteMeCampaigns {\n        me {\n          siteId\n        }\n        campaigns {\n          id\n          year\n          startsOn\n          endsOn\n        }\n      }\n    "): typeof import('./graphql').FieldSiteMeCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query FieldSiteServiceNeeds($s: ID!, $c: ID!) {\n        serviceNeeds(filter: { siteId: $s, campaignId: $c, status: OPEN }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').FieldSiteServiceNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FieldSiteMatchingSuggestions($id: ID!) {\n          matchingSuggestions(needId: $id) {\n            volunteerId\n          }\n        }\n      "): typeof import('./graphql').FieldSiteMatchingSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FieldSiteProposeAssignments($n: ID!, $v: [ID!]!) {\n          proposeAssignments(needId: $n, volunteerIds: $v) {\n            id\n            volunteer {\n              name\n            }\n          }\n        }\n      "): typeof import('./graphql').FieldSiteProposeAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FieldSiteConfirmAssignment($id: ID!) {\n          confirmAssignment(id: $id) {\n            status\n          }\n        }\n      "): typeof import('./graphql').FieldSiteConfirmAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query FieldSiteServiceProjects($s: ID!, $c: ID!) {\n        serviceProjects(filter: { siteId: $s, campaignId: $c, status: ACTIVE }) {\n          edges {\n            node {\n              id\n              name\n              posts {\n                id\n              }\n              team {\n                id\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').FieldSiteServiceProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query FieldSiteServiceTeam($id: ID!) {\n        serviceTeam(id: $id) {\n          members {\n            volunteer {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').FieldSiteServiceTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FieldSiteRecordService($input: RecordServiceInput!) {\n          recordService(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').FieldSiteRecordServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation FieldSiteApproveServiceRecord($id: ID!) {\n        approveServiceRecord(id: $id) {\n          status\n        }\n      }\n    "): typeof import('./graphql').FieldSiteApproveServiceRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FieldSiteServiceNeed($id: ID!) {\n          serviceNeed(id: $id) {\n            title\n            category\n            headcount\n            startsAt\n            endsAt\n            requiredSkills\n            beneficiaryGroups\n            beneficiaryCount\n            siteId\n            campaignId\n            postedByUnitId\n          }\n        }\n      "): typeof import('./graphql').FieldSiteServiceNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FieldSiteServiceTotalsServiceTotals($s: ID!, $c: ID!, $p: ID!) {\n          site: serviceTotals(groupBy: SITE, filter: { siteId: $s, campaignId: $c }) {\n            hours\n            personTimes\n            volunteers\n            records\n          }\n          project: serviceTotals(groupBy: PROJECT, filter: { projectId: $p }) {\n            hours\n            personTimes\n            volunteers\n            records\n          }\n          pending: serviceRecords(filter: { projectId: $p, status: SUBMITTED }) {\n            totalCount\n            edges {\n              node {\n                id\n                hours\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').FieldSiteServiceTotalsServiceTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query FieldVolunteerMe {\n        me {\n          volunteerId\n          volunteer {\n            memberships {\n              team {\n                projects {\n                  id\n                  name\n                  status\n                  startsOn\n                  endsOn\n                  siteId\n                  posts {\n                    id\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').FieldVolunteerMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation FieldVolunteerRecordService($input: RecordServiceInput!) {\n        recordService(input: $input) {\n          id\n        }\n      }\n    "): typeof import('./graphql').FieldVolunteerRecordServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query FieldVolunteerServiceNeeds {\n        serviceNeeds(first: 100, filter: { status: OPEN, cityCode: \"370100\" }) {\n          edges {\n            node {\n              id\n              title\n              startsAt\n              endsAt\n              site {\n                name\n                contactPhone\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').FieldVolunteerServiceNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FieldVolunteerProposeAssignments($n: ID!, $v: [ID!]!) {\n          proposeAssignments(needId: $n, volunteerIds: $v) {\n            id\n          }\n        }\n      "): typeof import('./graphql').FieldVolunteerProposeAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FieldVolunteerConfirmAssignment($id: ID!) {\n          confirmAssignment(id: $id) {\n            status\n          }\n        }\n      "): typeof import('./graphql').FieldVolunteerConfirmAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query FieldVolunteerMyAssignments($s: AssignmentStatus) {\n        myAssignments(status: $s, first: 100) {\n          edges {\n            node {\n              id\n              status\n              declineReason\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').FieldVolunteerMyAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query FieldVolunteerServiceRecords($v: ID!, $d: LocalDate!) {\n        serviceRecords(filter: { volunteerId: $v, from: $d, to: $d }, first: 100) {\n          edges {\n            node {\n              id\n              startsAt\n              endsAt\n              status\n              presenceConfirmedAt\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').FieldVolunteerServiceRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation FieldVolunteerIssueServiceCode($d: LocalDate!, $p: ID!) {\n            issueServiceCode(date: $d, projectId: $p) {\n              code\n            }\n          }\n        "): typeof import('./graphql').FieldVolunteerIssueServiceCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation FieldVolunteerApproveServiceRecord($id: ID!) {\n            approveServiceRecord(id: $id) {\n              status\n            }\n          }\n        "): typeof import('./graphql').FieldVolunteerApproveServiceRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query FieldVolunteerUnit($id: ID!) {\n              volunteer(id: $id) {\n                unitId\n              }\n            }\n          "): typeof import('./graphql').FieldVolunteerUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation FieldVolunteerRecordTraining($input: RecordTrainingInput!) {\n            recordTraining(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').FieldVolunteerRecordTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query FieldVolunteerMe2 {\n            me {\n              volunteer {\n                skills\n                availability {\n                  startsAt\n                  endsAt\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').FieldVolunteerMe2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MatchingMeCampaigns {\n        me {\n          unitId\n        }\n        campaigns {\n          id\n          startsOn\n          endsOn\n          year\n        }\n      }\n    "): typeof import('./graphql').MatchingMeCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MatchingSites($u: ID) {\n        sites(filter: { ownerUnitId: $u }, first: 40) {\n          edges {\n            node {\n              needs(status: OPEN) {\n                id\n                title\n                campaignId\n                headcount\n                postedByUnitId\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').MatchingSitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatchingMatchingSuggestionsExplained($id: ID!) {\n          matchingSuggestionsExplained(needId: $id) {\n            suggestions {\n              volunteerId\n              volunteer {\n                name\n              }\n            }\n            refused {\n              volunteerId\n              rules\n            }\n          }\n        }\n      "): typeof import('./graphql').MatchingMatchingSuggestionsExplainedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MatchingAssignments($id: ID) {\n        assignments(filter: { needId: $id }, first: 100) {\n          edges {\n            node {\n              id\n              volunteerId\n              status\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').MatchingAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatchingProposedPairs($after: String) {\n          assignments(filter: { status: PROPOSED }, first: 100, after: $after) {\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                needId\n                volunteerId\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').MatchingProposedPairsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatchingRespondToAssignment($id: ID!) {\n            respondToAssignment(id: $id, accept: true) {\n              status\n            }\n          }\n        "): typeof import('./graphql').MatchingRespondToAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatchingRespondToAssignment2($id: ID!) {\n            respondToAssignment(id: $id, accept: false, reason: \"那天有课\") {\n              status\n            }\n          }\n        "): typeof import('./graphql').MatchingRespondToAssignment2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatchingConfirmAssignment($id: ID!) {\n            confirmAssignment(id: $id) {\n              status\n            }\n          }\n        "): typeof import('./graphql').MatchingConfirmAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query MatchingReplacementCandidates($needId: ID!) {\n              matchingSuggestions(needId: $needId, limit: 20) {\n                volunteerId\n                volunteer {\n                  name\n                }\n              }\n            }\n          "): typeof import('./graphql').MatchingReplacementCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ProjectsUnitsCampaigns {\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n        campaigns {\n          id\n          year\n          startsOn\n          endsOn\n        }\n      }\n    "): typeof import('./graphql').ProjectsUnitsCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ProjectsSites($u: ID) {\n        sites(filter: { ownerUnitId: $u }, first: 1) {\n          edges {\n            node {\n              name\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ProjectsSitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ProjectsMe {\n        me {\n          volunteerId\n          volunteer {\n            name\n          }\n        }\n      }\n    "): typeof import('./graphql').ProjectsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ProjectsServiceTeams($v: ID) {\n        serviceTeams(filter: { memberId: $v }) {\n          edges {\n            node {\n              unitId\n              projects {\n                id\n                status\n                startsOn\n                endsOn\n                posts {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ProjectsServiceTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ProjectsRecordService($input: RecordServiceInput!) {\n          recordService(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').ProjectsRecordServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ProjectsApproveServiceRecord($id: ID!) {\n          approveServiceRecord(id: $id) {\n            status\n          }\n        }\n      "): typeof import('./graphql').ProjectsApproveServiceRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ProjectsServiceProject($id: ID!) {\n        serviceProject(id: $id) {\n          name\n          status\n          startsOn\n          endsOn\n          team {\n            unitId\n          }\n          posts {\n            name\n          }\n          safetyPlan {\n            responsiblePerson\n            responsiblePhone\n            emergencyPlan\n            insured\n          }\n        }\n      }\n    "): typeof import('./graphql').ProjectsServiceProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ProjectsServiceProjects($u: ID) {\n        serviceProjects(filter: { unitId: $u }, first: 100) {\n          edges {\n            node {\n              name\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ProjectsServiceProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ProjectsArchiveExports {\n            archiveExports {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql').ProjectsArchiveExportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ProjectsArchiveExports2 {\n            archiveExports {\n              edges {\n                node {\n                  id\n                  unitId\n                  scope\n                  recordCount\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').ProjectsArchiveExports2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ProjectsServiceRecord($id: ID!) {\n              serviceRecord(id: $id) {\n                archiveExportId\n              }\n            }\n          "): typeof import('./graphql').ProjectsServiceRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ProjectsServiceProjects2($u: ID) {\n          serviceProjects(filter: { unitId: $u }, first: 100) {\n            edges {\n              node {\n                id\n                name\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').ProjectsServiceProjects2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RecordsUnitsUnits {\n        jinan: units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n        qingdao: units(filter: { search: \"青岛市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').RecordsUnitsUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RecordsCreateAccount($input: CreateAccountInput!) {\n        createAccount(input: $input) {\n          id\n        }\n      }\n    "): typeof import('./graphql').RecordsCreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RecordsMe {\n        me {\n          volunteerId\n          volunteer {\n            name\n          }\n        }\n      }\n    "): typeof import('./graphql').RecordsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RecordsServiceTeams($v: ID) {\n        serviceTeams(filter: { memberId: $v }) {\n          edges {\n            node {\n              id\n              unitId\n              projects {\n                id\n                startsOn\n                endsOn\n                posts {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').RecordsServiceTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RecordsRecordService($input: RecordServiceInput!) {\n          recordService(input: $input) {\n            id\n            status\n          }\n        }\n      "): typeof import('./graphql').RecordsRecordServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RecordsServiceRecord($id: ID!) {\n        serviceRecord(id: $id) {\n          status\n          rejectionReason\n        }\n      }\n    "): typeof import('./graphql').RecordsServiceRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SitesSiteConnectionFields on SiteConnection {\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SitesSiteConnectionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SitesUnits {\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').SitesUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SitesSites($u: ID) {\n        sites(filter: { ownerUnitId: $u }) {\n          ...SitesSiteConnectionFields\n        }\n      }\n    "): typeof import('./graphql').SitesSitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SitesSite($id: ID!) {\n        site(id: $id) {\n          pairings {\n            id\n            unitId\n            status\n            kind\n            startedOn\n            endedOn\n            refusalReason\n          }\n        }\n      }\n    "): typeof import('./graphql').SitesSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SitesSites2($s: String) {\n            sites(filter: { search: $s }) {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql').SitesSites2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SitesSites3($s: String) {\n            sites(filter: { search: $s }) {\n              edges {\n                node {\n                  id\n                  ownerUnitId\n                  areaCode\n                  contactPhone\n                  peopleServed\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').SitesSites3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SitesPairUnitWithSite($input: PairUnitWithSiteInput!) {\n          pairUnitWithSite(input: $input) {\n            id\n            status\n          }\n        }\n      "): typeof import('./graphql').SitesPairUnitWithSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query StatusReportBlocksStatusReport($k: StatusReportKeyInput!) {\n          statusReport(key: $k) {\n            status\n            wordDownloadPath\n            rows {\n              projectId\n              progressText\n            }\n          }\n        }\n      "): typeof import('./graphql').StatusReportBlocksStatusReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SubUnitsUnits {\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').SubUnitsUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SubUnitsCreateUnit($input: CreateUnitInput!) {\n        createUnit(input: $input) {\n          id\n        }\n      }\n    "): typeof import('./graphql').SubUnitsCreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SubUnitsCreateVolunteer($input: CreateVolunteerInput!) {\n        createVolunteer(input: $input) {\n          id\n          name\n        }\n      }\n    "): typeof import('./graphql').SubUnitsCreateVolunteerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SubUnitsServiceTeam($id: ID!) {\n          serviceTeam(id: $id) {\n            unitId\n          }\n        }\n      "): typeof import('./graphql').SubUnitsServiceTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SubUnitsCreateServiceTeam($input: CreateServiceTeamInput!) {\n          createServiceTeam(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').SubUnitsCreateServiceTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SummaryMaterialsUnits {\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').SummaryMaterialsUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SummaryMaterialsSummaryMaterials($u: ID!, $c: ID!) {\n          summaryMaterials(unitId: $u, campaignId: $c) {\n            received\n          }\n        }\n      "): typeof import('./graphql').SummaryMaterialsSummaryMaterialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SummaryMaterialsCampaigns {\n        campaigns {\n          id\n          year\n          milestones {\n            kind\n            dueOn\n          }\n        }\n      }\n    "): typeof import('./graphql').SummaryMaterialsCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SupportUnits($s: String) {\n        units(filter: { search: $s }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').SupportUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SupportCreateAccount($input: CreateAccountInput!) {\n        createAccount(input: $input) {\n          id\n        }\n      }\n    "): typeof import('./graphql').SupportCreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query TeamsUnits {\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').TeamsUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query TeamsServiceTeams($u: ID) {\n        serviceTeams(filter: { unitId: $u }) {\n          edges {\n            node {\n              id\n              name\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').TeamsServiceTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TeamsCreateVolunteer($input: CreateVolunteerInput!) {\n          createVolunteer(input: $input) {\n            id\n            name\n            role\n          }\n        }\n      "): typeof import('./graphql').TeamsCreateVolunteerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query TeamsServiceTeam($id: ID!) {\n        serviceTeam(id: $id) {\n          id\n          name\n          status\n          leaderId\n          composition {\n            volunteers\n            cadres\n            valid\n          }\n          members {\n            volunteer {\n              id\n              name\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').TeamsServiceTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TeamsUpdateServiceTeam($id: ID!, $ids: [ID!]) {\n            updateServiceTeam(id: $id, input: { memberIds: $ids }) {\n              id\n            }\n          }\n        "): typeof import('./graphql').TeamsUpdateServiceTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation TeamsUpdateServiceTeam2($id: ID!, $ids: [ID!]) {\n            updateServiceTeam(id: $id, input: { memberIds: $ids }) {\n              composition {\n                volunteers\n              }\n            }\n          }\n        "): typeof import('./graphql').TeamsUpdateServiceTeam2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TeamsVolunteers($u: ID) {\n            volunteers(filter: { unitId: $u, role: VOLUNTEER, active: true }, first: 50) {\n              edges {\n                node {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').TeamsVolunteersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query VolunteersUnits {\n        units(filter: { search: \"济南市教育工会\" }) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').VolunteersUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query VolunteersVolunteers($u: ID) {\n        volunteers(filter: { unitId: $u }, first: 3) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').VolunteersVolunteersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation VolunteersCreateServiceTeam($input: CreateServiceTeamInput!) {\n        createServiceTeam(input: $input) {\n          id\n          name\n        }\n      }\n    "): typeof import('./graphql').VolunteersCreateServiceTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query VolunteersVolunteers2($f: VolunteerFilter) {\n        volunteers(filter: $f, first: 100) {\n          totalCount\n          edges {\n            node {\n              id\n              name\n              mobile\n              unitId\n              documentNumber\n              serviceCategories\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').VolunteersVolunteers2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query VolunteersFiltered($f: VolunteerFilter) {\n        volunteers(filter: $f, first: 100) {\n          totalCount\n          edges {\n            node {\n              id\n              skills\n              availability {\n                startsAt\n                endsAt\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').VolunteersFilteredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowMeCampaign($year: Int) {\n    me {\n      unitId\n    }\n    campaign(year: $year) {\n      id\n      name\n      endsOn\n      milestones {\n        kind\n        dueOn\n      }\n    }\n  }\n"): typeof import('./graphql').WorkflowMeCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query WorkflowMe {\n        me {\n          volunteerId\n          volunteer {\n            name\n            serviceCategories\n          }\n        }\n      }\n    "): typeof import('./graphql').WorkflowMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query WorkflowServiceTeams($v: ID) {\n        serviceTeams(filter: { memberId: $v }) {\n          edges {\n            node {\n              unitId\n              projects {\n                id\n                name\n                status\n                startsOn\n                endsOn\n                posts {\n                  id\n                }\n                safetyPlan {\n                  insured\n                }\n                site {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').WorkflowServiceTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query WorkflowAssignments($id: ID) {\n        assignments(filter: { needId: $id }, first: 100) {\n          edges {\n            node {\n              id\n              volunteerId\n              status\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').WorkflowAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query WorkflowServiceNeed($id: ID!) {\n            serviceNeed(id: $id) {\n              title\n              siteId\n              campaignId\n              category\n              headcount\n              status\n              startsAt\n              endsAt\n            }\n          }\n        "): typeof import('./graphql').WorkflowServiceNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query WorkflowVolunteer($id: ID!) {\n            volunteer(id: $id) {\n              name\n            }\n          }\n        "): typeof import('./graphql').WorkflowVolunteerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation WorkflowRespondToAssignment($id: ID!) {\n            respondToAssignment(id: $id, accept: true) {\n              status\n            }\n          }\n        "): typeof import('./graphql').WorkflowRespondToAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query WorkflowServiceNeed2($id: ID!) {\n            serviceNeed(id: $id) {\n              confirmedCount\n            }\n          }\n        "): typeof import('./graphql').WorkflowServiceNeed2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation WorkflowRecordService($input: RecordServiceInput!) {\n          recordService(input: $input) {\n            id\n            status\n          }\n        }\n      "): typeof import('./graphql').WorkflowRecordServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query WorkflowServiceRecord($id: ID!) {\n            serviceRecord(id: $id) {\n              status\n              volunteerId\n              hours\n              archiveExportId\n            }\n          }\n        "): typeof import('./graphql').WorkflowServiceRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query WorkflowStatusReport($key: StatusReportKeyInput!) {\n              statusReport(key: $key) {\n                status\n                progressText\n                submittedAt\n              }\n            }\n          "): typeof import('./graphql').WorkflowStatusReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query WorkflowArchiveExports {\n            archiveExports {\n              edges {\n                node {\n                  id\n                  unitId\n                  scope\n                  scopeId\n                  recordCount\n                  issueCount\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').WorkflowArchiveExportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query WorkflowServiceRecord2($id: ID!) {\n            serviceRecord(id: $id) {\n              archiveExportId\n            }\n          }\n        "): typeof import('./graphql').WorkflowServiceRecord2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessMatrixWriteServiceLog($input: WriteServiceLogInput!) {\n          writeServiceLog(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').AccessMatrixWriteServiceLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessMatrixMe {\n          me {\n            username\n          }\n        }\n      "): typeof import('./graphql').AccessMatrixMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessNestedSupportEntries {\n          supportEntries(first: 100) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').AccessNestedSupportEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessNestedTrainingRecords {\n          trainingRecords(first: 100) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').AccessNestedTrainingRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessNestedTeamMembers {\n        serviceTeams(first: 50) {\n          edges {\n            node {\n              id\n              leader {\n                id\n              }\n              composition {\n                volunteers\n              }\n              members {\n                volunteer {\n                  id\n                  homeLatitude\n                }\n              }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').AccessNestedTeamMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessNestedSuggestionDistances($n: ID!) {\n        matchingSuggestions(needId: $n, includeUnavailable: true) {\n          volunteerId\n          score\n          distanceKm\n          parts {\n            skill\n            availability\n            distance\n            pairing\n            load\n            honour\n          }\n        }\n      }\n    "): typeof import('./graphql').AccessNestedSuggestionDistancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessNestedMatchingPlan($c: ID!) {\n          matchingPlan(campaignId: $c, includeUnavailable: true) {\n            assignments {\n              distanceKm\n            }\n            metrics {\n              meanDistanceKm\n              p95DistanceKm\n            }\n          }\n        }\n      "): typeof import('./graphql').AccessNestedMatchingPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessNestedProposeAssignments($n: ID!, $ids: [ID!]!, $s: [Float!]) {\n          proposeAssignments(needId: $n, volunteerIds: $ids, scores: $s) {\n            id\n          }\n        }\n      "): typeof import('./graphql').AccessNestedProposeAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccessNestedServiceNeed($n: ID!) {\n            serviceNeed(id: $n) {\n              assignments {\n                volunteerId\n                score\n              }\n            }\n          }\n        "): typeof import('./graphql').AccessNestedServiceNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessNestedPhones($s: ID!, $p: ID!) {\n        site(id: $s) {\n          contactPhone\n        }\n        serviceProject(id: $p) {\n          safetyPlan {\n            responsiblePhone\n          }\n        }\n      }\n    "): typeof import('./graphql').AccessNestedPhonesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccessNestedVolunteerByNumber($n: String!) {\n            volunteerByNumber(volunteerNumber: $n) {\n              id\n            }\n          }\n        "): typeof import('./graphql').AccessNestedVolunteerByNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessNestedAuditEvents($f: AuditEventFilter) {\n          auditEvents(filter: $f) {\n            edges {\n              node {\n                after\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').AccessNestedAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveExportReviewCreate($input: CreateArchiveExportInput!) {\n    createArchiveExport(input: $input) {\n      id\n      recordCount\n      issueCount\n      downloads {\n        xlsx\n        records\n        report\n      }\n      issues(first: 1000) {\n        serviceRecordId\n        rule\n        columnName\n      }\n    }\n  }\n"): typeof import('./graphql').ArchiveExportReviewCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveExportReviewRecord($input: RecordServiceInput!) {\n    recordService(input: $input) {\n      id\n      hours\n    }\n  }\n"): typeof import('./graphql').ArchiveExportReviewRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveExportReviewCreateVolunteer($input: CreateVolunteerInput!) {\n    createVolunteer(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ArchiveExportReviewCreateVolunteerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveExportReviewUpdateVolunteer($id: ID!, $input: UpdateVolunteerInput!) {\n    updateVolunteer(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ArchiveExportReviewUpdateVolunteerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveExportReviewImport($input: ImportVolunteerRosterInput!) {\n    importVolunteerRoster(input: $input) {\n      importedCount\n      problemCount\n      problems {\n        line\n        column\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ArchiveExportReviewImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveExportsCreate($input: CreateArchiveExportInput!) {\n    createArchiveExport(input: $input) {\n      id\n      unitId\n      scope\n      scopeId\n      rangeStart\n      rangeEnd\n      recordCount\n      issueCount\n      fileSha256\n      reexportOfId\n      createdById\n      downloads {\n        xlsx\n        records\n        people\n        projects\n        report\n      }\n      issues {\n        serviceRecordId\n        rule\n        columnName\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ArchiveExportsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveExportsReexport($id: ID!) {\n    reexportArchiveExport(id: $id) {\n      id\n      reexportOfId\n      recordCount\n      fileSha256\n      downloads {\n        xlsx\n        records\n        people\n        projects\n        report\n      }\n    }\n  }\n"): typeof import('./graphql').ArchiveExportsReexportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ArchiveExportsArchiveExports {\n          archiveExports(first: 50) {\n            totalCount\n            edges {\n              node {\n                id\n                recordCount\n                issues {\n                  rule\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').ArchiveExportsArchiveExportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ArchiveExportsArchiveExports2 {\n          archiveExports {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').ArchiveExportsArchiveExports2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ArchiveExportsArchiveExport($id: ID!) {\n          archiveExport(id: $id) {\n            id\n          }\n        }\n      "): typeof import('./graphql').ArchiveExportsArchiveExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentsAssignmentFields on Assignment {\n    id\n    status\n    needId\n    volunteerId\n    score\n    declineReason\n    cancelReason\n    proposedAt\n    confirmedAt\n    respondedAt\n    cancelledAt\n  }\n"): typeof import('./graphql').AssignmentsAssignmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignmentsPropose($needId: ID!, $ids: [ID!]!, $scores: [Float!]) {\n    proposeAssignments(needId: $needId, volunteerIds: $ids, scores: $scores) {\n      ...AssignmentsAssignmentFields\n    }\n  }\n"): typeof import('./graphql').AssignmentsProposeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignmentsConfirm($id: ID!) {\n    confirmAssignment(id: $id) {\n      ...AssignmentsAssignmentFields\n    }\n  }\n"): typeof import('./graphql').AssignmentsConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignmentsRespond($id: ID!, $accept: Boolean!, $reason: String) {\n    respondToAssignment(id: $id, accept: $accept, reason: $reason) {\n      ...AssignmentsAssignmentFields\n    }\n  }\n"): typeof import('./graphql').AssignmentsRespondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignmentsCancel($id: ID!, $reason: String) {\n    cancelAssignment(id: $id, reason: $reason) {\n      ...AssignmentsAssignmentFields\n    }\n  }\n"): typeof import('./graphql').AssignmentsCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentsNeed($id: ID!) {\n    serviceNeed(id: $id) {\n      id\n      status\n      headcount\n      confirmedCount\n      assignments {\n        id\n        status\n        volunteerId\n      }\n    }\n  }\n"): typeof import('./graphql').AssignmentsNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignmentsUpdateNeed($id: ID!, $input: UpdateServiceNeedInput!) {\n    updateServiceNeed(id: $id, input: $input) {\n      id\n      status\n      headcount\n      confirmedCount\n    }\n  }\n"): typeof import('./graphql').AssignmentsUpdateNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentsAssignments($filter: AssignmentFilter, $after: String) {\n    assignments(filter: $filter, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          volunteerId\n          needId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AssignmentsAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentsMine($status: AssignmentStatus) {\n    myAssignments(status: $status, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          need {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AssignmentsMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentsAudit($filter: AuditEventFilter) {\n    auditEvents(filter: $filter, first: 100) {\n      edges {\n        node {\n          action\n          entityType\n          entityId\n          before\n          after\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AssignmentsAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AssignmentsPostServiceNeed($input: PostServiceNeedInput!) {\n            postServiceNeed(input: $input) {\n              status\n              headcount\n              confirmedCount\n            }\n          }\n        "): typeof import('./graphql').AssignmentsPostServiceNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMe {\n    me {\n      id\n      username\n      role\n      displayName\n      lastLoginAt\n    }\n  }\n"): typeof import('./graphql').AuthMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n      expiresAt\n      account {\n        id\n        username\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').AuthLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      username\n      role\n      unitId\n      volunteerId\n      siteId\n    }\n  }\n"): typeof import('./graphql').AuthCreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next) {\n      accessToken\n    }\n  }\n"): typeof import('./graphql').AuthChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthDeactivate($id: ID!) {\n    deactivateAccount(id: $id) {\n      id\n      active\n    }\n  }\n"): typeof import('./graphql').AuthDeactivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateApiToken($name: String!, $days: Int) {\n    createApiToken(name: $name, expiresInDays: $days) {\n      token\n      apiToken {\n        id\n        name\n        tokenPrefix\n        expiresAt\n      }\n    }\n  }\n"): typeof import('./graphql').AuthCreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').AuthRevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthAccounts {\n    accounts(first: 100) {\n      totalCount\n      edges {\n        node {\n          username\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuthAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthCreateUnit($input: CreateUnitInput!) {\n            createUnit(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').AuthCreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation AuthCreateVolunteer($input: CreateVolunteerInput!) {\n              createVolunteer(input: $input) {\n                id\n              }\n            }\n          "): typeof import('./graphql').AuthCreateVolunteerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackupCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').BackupCreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Nested($first: Int!) {\n    sites(first: $first) {\n      edges {\n        node {\n          name\n          needs {\n            title\n            assignments {\n              status\n              volunteer {\n                name\n                unit {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NestedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DataloaderUnits {\n          units(first: 1) {\n            edges {\n              node {\n                id\n                name\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').DataloaderUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DataloaderUpdateUnit($id: ID!) {\n          updateUnit(id: $id, input: { name: \"山东省教育工会（更名）\" }) {\n            id\n          }\n        }\n      "): typeof import('./graphql').DataloaderUpdateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DataloaderUnit($id: ID!) {\n          unit(id: $id) {\n            name\n          }\n        }\n      "): typeof import('./graphql').DataloaderUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DocumentSearchSearch($n: String!) {\n      volunteers(filter: { documentNumber: $n }) {\n        totalCount\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql').DocumentSearchSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaultsCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n    }\n  }\n"): typeof import('./graphql').FaultsCreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation InputHygieneCreateSite($input: CreateSiteInput!) {\n          createSite(input: $input) {\n            id\n            name\n          }\n        }\n      "): typeof import('./graphql').InputHygieneCreateSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query InputHygieneSites($s: String) {\n            sites(filter: { search: $s }, first: 5) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').InputHygieneSitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query InputHygieneSite($id: ID!) {\n          site(id: $id) {\n            description\n          }\n        }\n      "): typeof import('./graphql').InputHygieneSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation InputHygieneMarkLongTermBase($since: LocalDate!, $siteId: ID!) {\n          markLongTermBase(since: $since, siteId: $siteId) {\n            longTermBaseSince\n          }\n        }\n      "): typeof import('./graphql').InputHygieneMarkLongTermBaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation InputHygieneCreateArchiveExport($input: CreateArchiveExportInput!) {\n            createArchiveExport(input: $input) {\n              recordCount\n              downloads {\n                xlsx\n                records\n                people\n                projects\n                report\n              }\n            }\n          }\n        "): typeof import('./graphql').InputHygieneCreateArchiveExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LongTermBaseMark($siteId: ID!, $since: LocalDate!) {\n    markLongTermBase(siteId: $siteId, since: $since) {\n      id\n      isLongTermBase\n      longTermBaseSince\n    }\n  }\n"): typeof import('./graphql').LongTermBaseMarkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LongTermBaseUnmark($siteId: ID!) {\n    unmarkLongTermBase(siteId: $siteId) {\n      id\n      isLongTermBase\n      longTermBaseSince\n    }\n  }\n"): typeof import('./graphql').LongTermBaseUnmarkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LongTermBaseUpdateSite($id: ID!, $input: UpdateSiteInput!) {\n    updateSite(id: $id, input: $input) {\n      id\n      isLongTermBase\n      longTermBaseSince\n      description\n    }\n  }\n"): typeof import('./graphql').LongTermBaseUpdateSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LongTermBaseCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n      isLongTermBase\n      longTermBaseSince\n    }\n  }\n"): typeof import('./graphql').LongTermBaseCreateSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LongTermBaseSites {\n          sites(filter: { isLongTermBase: true }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').LongTermBaseSitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LongTermBaseAuditTrail($id: ID!) {\n          auditEvents(filter: { entityType: \"Site\", entityId: $id }) {\n            edges {\n              node {\n                action\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').LongTermBaseAuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingAvailabilityPlan($c: ID!, $u: ID, $all: Boolean) {\n    matchingPlan(campaignId: $c, scope: { unitId: $u }, includeUnavailable: $all) {\n      assignments {\n        volunteerId\n        needId\n        parts {\n          availability\n        }\n      }\n      metrics {\n        openPlaces\n        plannedPlaces\n        fillRate\n        availablePlaces\n        availableFillRate\n      }\n    }\n  }\n"): typeof import('./graphql').MatchingAvailabilityPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchingAvailabilityPropose($c: ID!, $u: ID, $all: Boolean) {\n    proposeMatchingPlan(campaignId: $c, scope: { unitId: $u }, includeUnavailable: $all) {\n      assignments {\n        volunteerId\n        needId\n        parts {\n          availability\n        }\n      }\n      metrics {\n        plannedPlaces\n        availablePlaces\n      }\n    }\n  }\n"): typeof import('./graphql').MatchingAvailabilityProposeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatchingAvailabilityServiceNeeds {\n          serviceNeeds(first: 10, filter: { status: OPEN }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').MatchingAvailabilityServiceNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MatchingAvailabilitySuggest($n: ID!, $all: Boolean) {\n        matchingSuggestions(needId: $n, limit: 100, includeUnavailable: $all) {\n          parts {\n            availability\n          }\n        }\n      }\n    "): typeof import('./graphql').MatchingAvailabilitySuggestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatchingAvailabilityServiceNeeds2 {\n          serviceNeeds(first: 20, filter: { status: OPEN }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').MatchingAvailabilityServiceNeeds2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatchingAvailabilityProposeAssignments($n: ID!, $v: [ID!]!) {\n            proposeAssignments(needId: $n, volunteerIds: $v) {\n              outsideAvailability\n            }\n          }\n        "): typeof import('./graphql').MatchingAvailabilityProposeAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchingExplanationsMatchSuggestionFields on MatchSuggestion {\n    volunteerId\n    needId\n    score\n    distanceKm\n    parts {\n      skill\n      availability\n      distance\n      pairing\n      load\n      honour\n    }\n  }\n"): typeof import('./graphql').MatchingExplanationsMatchSuggestionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchingExplanationsMatchingWeightsFields on MatchingWeights {\n    skill\n    availability\n    distance\n    pairing\n    load\n    honour\n  }\n"): typeof import('./graphql').MatchingExplanationsMatchingWeightsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchingExplanationsScorePartsViewFields on ScorePartsView {\n    skill\n    availability\n    distance\n    pairing\n    load\n    honour\n  }\n"): typeof import('./graphql').MatchingExplanationsScorePartsViewFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingExplanationsExplained($n: ID!, $w: MatchingWeightsInput, $all: Boolean) {\n    matchingSuggestionsExplained(needId: $n, limit: 100, weights: $w, includeUnavailable: $all) {\n      suggestions {\n        ...MatchingExplanationsMatchSuggestionFields\n      }\n      weights {\n        ...MatchingExplanationsMatchingWeightsFields\n      }\n      refused {\n        volunteerId\n        rules\n      }\n    }\n  }\n"): typeof import('./graphql').MatchingExplanationsExplainedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingExplanationsPlain($n: ID!, $w: MatchingWeightsInput, $all: Boolean) {\n    matchingSuggestions(needId: $n, limit: 100, weights: $w, includeUnavailable: $all) {\n      ...MatchingExplanationsMatchSuggestionFields\n    }\n  }\n"): typeof import('./graphql').MatchingExplanationsPlainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingExplanationsExplain($n: ID!, $v: ID!, $w: MatchingWeightsInput, $all: Boolean) {\n    matchingExplanation(needId: $n, volunteerId: $v, weights: $w, includeUnavailable: $all) {\n      volunteerId\n      needId\n      eligible\n      rules\n      score\n      distanceKm\n      parts {\n        ...MatchingExplanationsScorePartsViewFields\n      }\n      weights {\n        ...MatchingExplanationsMatchingWeightsFields\n      }\n    }\n  }\n"): typeof import('./graphql').MatchingExplanationsExplainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatchingExplanationsMe {\n          me {\n            unitId\n          }\n        }\n      "): typeof import('./graphql').MatchingExplanationsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MatchingExplanationsRespondToAssignment($id: ID!) {\n          respondToAssignment(id: $id, accept: false, reason: \"家中有事\") {\n            status\n          }\n        }\n      "): typeof import('./graphql').MatchingExplanationsRespondToAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatchingExplanationsCampaign($c: ID) {\n          campaign(id: $c) {\n            matchingWeights {\n              ...MatchingExplanationsMatchingWeightsFields\n            }\n          }\n        }\n      "): typeof import('./graphql').MatchingExplanationsCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MatchingExplanationsSetMatchingWeights($c: ID!) {\n          setMatchingWeights(campaignId: $c, weights: { pairing: 0.3 }) {\n            ...MatchingExplanationsMatchingWeightsFields\n          }\n        }\n      "): typeof import('./graphql').MatchingExplanationsSetMatchingWeightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatchingExplanationsMatchingSuggestionsExplained($n: ID!) {\n          matchingSuggestionsExplained(needId: $n, limit: 101) {\n            weights {\n              skill\n            }\n          }\n        }\n      "): typeof import('./graphql').MatchingExplanationsMatchingSuggestionsExplainedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingJointPlan($c: ID!, $u: ID, $cadres: CadreRuleInput, $all: Boolean) {\n    matchingPlan(campaignId: $c, scope: { unitId: $u }, cadres: $cadres, includeUnavailable: $all) {\n      assignments {\n        volunteerId\n        needId\n        score\n        volunteer {\n          role\n        }\n        need {\n          siteId\n          startsAt\n        }\n      }\n      metrics {\n        openPlaces\n        heldPlaces\n        plannedPlaces\n        cadreCoverage\n        totalScore\n        objective\n        objectiveBound\n        optimalityGap\n        solver\n        solverMillis\n      }\n    }\n  }\n"): typeof import('./graphql').MatchingJointPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchingJointPropose($c: ID!, $u: ID) {\n    proposeMatchingPlan(campaignId: $c, scope: { unitId: $u }, includeUnavailable: true) {\n      assignments {\n        volunteerId\n        needId\n      }\n      metrics {\n        heldPlaces\n        plannedPlaces\n      }\n    }\n  }\n"): typeof import('./graphql').MatchingJointProposeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatchingJointServiceNeeds {\n          serviceNeeds(first: 50, filter: { status: OPEN }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').MatchingJointServiceNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query MatchingJointMatchingSuggestions($n: ID!) {\n            matchingSuggestions(needId: $n, limit: 100, includeUnavailable: true) {\n              volunteerId\n              parts {\n                load\n              }\n            }\n          }\n        "): typeof import('./graphql').MatchingJointMatchingSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchingAssignmentConnectionFields on AssignmentConnection {\n    edges {\n      node {\n        id\n        volunteerId\n        needId\n      }\n    }\n  }\n"): typeof import('./graphql').MatchingAssignmentConnectionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingSuggestions($needId: ID!, $limit: Int) {\n    matchingSuggestions(needId: $needId, limit: $limit) {\n      score\n      distanceKm\n      parts {\n        skill\n        availability\n        distance\n        pairing\n        load\n        honour\n      }\n      volunteer {\n        id\n        unitId\n        safetyTrainedOn\n        active\n        serviceCategories\n      }\n      need {\n        id\n        category\n      }\n    }\n  }\n"): typeof import('./graphql').MatchingSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingPlan($campaignId: ID!, $scope: MatchingScopeInput, $weights: MatchingWeightsInput) {\n    matchingPlan(campaignId: $campaignId, scope: $scope, weights: $weights) {\n      assignments {\n        score\n        volunteerId\n        needId\n        volunteer {\n          unitId\n        }\n        need {\n          startsAt\n          endsAt\n        }\n      }\n      metrics {\n        openPlaces\n        plannedPlaces\n        fillRate\n        cadreCoverage\n        meanDistanceKm\n        p95DistanceKm\n        loadGini\n        totalScore\n        candidateEdges\n        solveMillis\n        solver\n        objective\n        objectiveBound\n        optimalityGap\n      }\n      weights {\n        skill\n        load\n      }\n    }\n  }\n"): typeof import('./graphql').MatchingPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatchingMeCampaign {\n          me {\n            unitId\n          }\n          campaign(year: 2019) {\n            id\n          }\n        }\n      "): typeof import('./graphql').MatchingMeCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatchingServiceNeeds {\n          serviceNeeds(first: 1, filter: { status: OPEN, category: TUTORING }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').MatchingServiceNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatchingCreateCampaign($input: CreateCampaignInput!) {\n            createCampaign(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').MatchingCreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatchingServiceNeeds2 {\n          serviceNeeds(first: 1, filter: { status: FILLED }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').MatchingServiceNeeds2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MatchingSetMatchingWeights($c: ID!) {\n          setMatchingWeights(campaignId: $c, weights: { load: 0.4 }) {\n            load\n            skill\n          }\n        }\n      "): typeof import('./graphql').MatchingSetMatchingWeightsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatchingCampaign($c: ID) {\n          campaign(id: $c) {\n            matchingWeights {\n              load\n            }\n          }\n        }\n      "): typeof import('./graphql').MatchingCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MatchingProposePlan($c: ID!, $u: ID) {\n        proposeMatchingPlan(campaignId: $c, scope: { unitId: $u }) {\n          assignments {\n            volunteerId\n            needId\n          }\n          metrics {\n            heldPlaces\n            plannedPlaces\n          }\n        }\n      }\n    "): typeof import('./graphql').MatchingProposePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query MatchingAssignments2 {\n            assignments(first: 100, filter: { status: PROPOSED }) {\n              ...MatchingAssignmentConnectionFields\n            }\n          }\n        "): typeof import('./graphql').MatchingAssignments2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MatchingRespondToAssignment3($id: ID!) {\n          respondToAssignment(id: $id, accept: false, reason: \"家中有事\") {\n            status\n          }\n        }\n      "): typeof import('./graphql').MatchingRespondToAssignment3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MatchingProposePlan2($c: ID!, $u: ID) {\n        proposeMatchingPlan(campaignId: $c, scope: { unitId: $u }) {\n          assignments {\n            volunteerId\n            needId\n          }\n        }\n      }\n    "): typeof import('./graphql').MatchingProposePlan2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatchingAssignments3 {\n          assignments(first: 1, filter: { status: PROPOSED }) {\n            ...MatchingAssignmentConnectionFields\n          }\n        }\n      "): typeof import('./graphql').MatchingAssignments3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MatchingCancelAssignment($id: ID!) {\n          cancelAssignment(id: $id, reason: \"另有安排\") {\n            status\n          }\n        }\n      "): typeof import('./graphql').MatchingCancelAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatchingUnit($id: ID!) {\n          unit(id: $id) {\n            pairings {\n              siteId\n              endedOn\n            }\n          }\n        }\n      "): typeof import('./graphql').MatchingUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatchingPostServiceNeed($input: PostServiceNeedInput!) {\n            postServiceNeed(input: $input) {\n              id\n              servedByTeam\n            }\n          }\n        "): typeof import('./graphql').MatchingPostServiceNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatchingMatchingPlan($c: ID!, $u: ID) {\n          matchingPlan(campaignId: $c, scope: { unitId: $u }, includeUnavailable: true) {\n            assignments {\n              volunteerId\n              needId\n              teamId\n              need {\n                startsAt\n                endsAt\n              }\n            }\n            metrics {\n              heldPlaces\n            }\n          }\n        }\n      "): typeof import('./graphql').MatchingMatchingPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatchingServiceTeam($id: ID!) {\n          serviceTeam(id: $id) {\n            status\n            unitId\n            members {\n              volunteer {\n                id\n                role\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').MatchingServiceTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatchingUnit2($id: ID!) {\n          unit(id: $id) {\n            pairings {\n              siteId\n            }\n          }\n        }\n      "): typeof import('./graphql').MatchingUnit2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MatchingPostServiceNeed2($input: PostServiceNeedInput!) {\n          postServiceNeed(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').MatchingPostServiceNeed2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeedsOpenToUnitPost($input: PostServiceNeedInput!) {\n    postServiceNeed(input: $input) {\n      id\n      postedByUnitId\n    }\n  }\n"): typeof import('./graphql').NeedsOpenToUnitPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsOpenToUnitList($unitId: ID!, $campaignId: ID!) {\n    serviceNeeds(filter: { unitId: $unitId, campaignId: $campaignId }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NeedsOpenToUnitListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NeedsOpenToUnitPosted($filter: ServiceNeedEventFilter) {\n    serviceNeedPosted(filter: $filter) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').NeedsOpenToUnitPostedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaginationVolunteers($first: Int, $after: String, $filter: VolunteerFilter) {\n    volunteers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          unitId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PaginationVolunteersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PairingRefusalReasonPair($input: PairUnitWithSiteInput!) {\n    pairUnitWithSite(input: $input) {\n      id\n      status\n      refusalReason\n    }\n  }\n"): typeof import('./graphql').PairingRefusalReasonPairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PairingRefusalReasonRefuse($id: ID!, $reason: String) {\n    refusePairing(id: $id, reason: $reason) {\n      id\n      status\n      refusalReason\n    }\n  }\n"): typeof import('./graphql').PairingRefusalReasonRefuseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PairingRefusalReasonApprove($id: ID!) {\n    approvePairing(id: $id) {\n      id\n      status\n      refusalReason\n    }\n  }\n"): typeof import('./graphql').PairingRefusalReasonApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PairingRefusalReasonPairing($s: ID!) {\n    site(id: $s) {\n      pairings {\n        id\n        status\n        refusalReason\n      }\n    }\n  }\n"): typeof import('./graphql').PairingRefusalReasonPairingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PairingRefusalReasonCreateSite($input: CreateSiteInput!) {\n          createSite(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').PairingRefusalReasonCreateSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalDataVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      id\n      documentNumber\n      mobile\n      birthDate\n    }\n  }\n"): typeof import('./graphql').PersonalDataVolunteerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalDataAudit($filter: AuditEventFilter) {\n    auditEvents(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          action\n          entityType\n          entityId\n          actorName\n          before\n          after\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PersonalDataAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PersonalDataQuery($id: ID!) {\n        serviceTeam(id: $id) {\n          leader {\n            documentNumber\n            mobile\n          }\n          members {\n            volunteer {\n              mobile\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').PersonalDataQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PersonalDataVolunteers($n: String!) {\n            volunteers(filter: { documentNumber: $n }) {\n              totalCount\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').PersonalDataVolunteersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PersonalDataUpdateVolunteer($id: ID!) {\n          updateVolunteer(id: $id, input: { mobile: \"13912345678\" }) {\n            id\n          }\n        }\n      "): typeof import('./graphql').PersonalDataUpdateVolunteerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PersonalDataServiceNeed($id: ID!) {\n            serviceNeed(id: $id) {\n              assignments {\n                volunteerId\n              }\n            }\n          }\n        "): typeof import('./graphql').PersonalDataServiceNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PersonalData__schema {\n          __schema {\n            mutationType {\n              fields {\n                name\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').PersonalData__SchemaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanProposalPlan {\n    matchingPlan(campaignId: \"1\", includeUnavailable: true) {\n      assignments {\n        volunteerId\n        needId\n      }\n      metrics {\n        plannedPlaces\n      }\n    }\n  }\n"): typeof import('./graphql').PlanProposalPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanProposalPropose {\n    proposeMatchingPlan(campaignId: \"1\", includeUnavailable: true) {\n      metrics {\n        heldPlaces\n        plannedPlaces\n      }\n    }\n  }\n"): typeof import('./graphql').PlanProposalProposeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProjectDatesRecordsUpdate($id: ID!, $input: UpdateServiceProjectInput!) {\n    updateServiceProject(id: $id, input: $input) {\n      startsOn\n      endsOn\n    }\n  }\n"): typeof import('./graphql').ProjectDatesRecordsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SdkReadmeAppPostServiceNeed($input: PostServiceNeedInput!) {\n          postServiceNeed(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').SdkReadmeAppPostServiceNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SdkPostServiceNeed($input: PostServiceNeedInput!) {\n            postServiceNeed(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').SdkPostServiceNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation SdkPostServiceNeed($input: PostServiceNeedInput!) {\n              postServiceNeed(input: $input) {\n                id\n              }\n            }\n          "): typeof import('./graphql').SdkPostServiceNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ServerCreateUnit {\n          createUnit(input: { code: \"P\", name: \"山东省教育工会\", kind: PROVINCE, cityCode: \"370100\" }) {\n            id\n          }\n        }\n      "): typeof import('./graphql').ServerCreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ServerCreateVolunteer($input: CreateVolunteerInput!) {\n          createVolunteer(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').ServerCreateVolunteerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ServerVolunteers {\n            volunteers {\n              edges {\n                node {\n                  name\n                  availability {\n                    startsAt\n                  }\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').ServerVolunteersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceLogsServiceLogFields on ServiceLog {\n    id\n    projectId\n    loggedOn\n    content\n    authorId\n    authorAccountId\n    authorName\n    project {\n      name\n    }\n  }\n"): typeof import('./graphql').ServiceLogsServiceLogFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceLogsWrite($input: WriteServiceLogInput!) {\n    writeServiceLog(input: $input) {\n      ...ServiceLogsServiceLogFields\n    }\n  }\n"): typeof import('./graphql').ServiceLogsWriteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceLogsUpdate($id: ID!, $input: UpdateServiceLogInput!) {\n    updateServiceLog(id: $id, input: $input) {\n      ...ServiceLogsServiceLogFields\n    }\n  }\n"): typeof import('./graphql').ServiceLogsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceLogsList($projectId: ID!, $filter: ServiceLogFilter) {\n    serviceLogs(projectId: $projectId, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          loggedOn\n          content\n          authorName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceLogsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ServiceLogsAuditTrail($id: ID!) {\n          auditEvents(filter: { entityType: \"ServiceLog\", entityId: $id }) {\n            edges {\n              node {\n                action\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').ServiceLogsAuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceRecordsFields on ServiceRecord {\n    id\n    volunteerId\n    projectId\n    postId\n    occasionId\n    startsAt\n    endsAt\n    hours\n    status\n    remark\n    rejectionReason\n    supersedesId\n    presenceConfirmedAt\n  }\n"): typeof import('./graphql').ServiceRecordsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceRecordsRecord($input: RecordServiceInput!) {\n    recordService(input: $input) {\n      ...ServiceRecordsFields\n    }\n  }\n"): typeof import('./graphql').ServiceRecordsRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceRecordsBatch($input: RecordServiceBatchInput!) {\n    recordServiceBatch(input: $input) {\n      ...ServiceRecordsFields\n    }\n  }\n"): typeof import('./graphql').ServiceRecordsBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceRecordsUpdate($id: ID!, $input: UpdateServiceRecordInput!) {\n    updateServiceRecord(id: $id, input: $input) {\n      ...ServiceRecordsFields\n    }\n  }\n"): typeof import('./graphql').ServiceRecordsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceRecordsSubmit($id: ID!) {\n    submitServiceRecord(id: $id) {\n      ...ServiceRecordsFields\n    }\n  }\n"): typeof import('./graphql').ServiceRecordsSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceRecordsApprove($id: ID!) {\n    approveServiceRecord(id: $id) {\n      ...ServiceRecordsFields\n    }\n  }\n"): typeof import('./graphql').ServiceRecordsApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceRecordsReject($id: ID!, $reason: String!) {\n    rejectServiceRecord(id: $id, reason: $reason) {\n      ...ServiceRecordsFields\n    }\n  }\n"): typeof import('./graphql').ServiceRecordsRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceRecordsCorrect($id: ID!, $input: CorrectServiceRecordInput!) {\n    correctServiceRecord(id: $id, input: $input) {\n      ...ServiceRecordsFields\n    }\n  }\n"): typeof import('./graphql').ServiceRecordsCorrectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceRecordsIssue($id: ID!, $date: LocalDate!, $minutes: Int) {\n    issueServiceCode(projectId: $id, date: $date, validForMinutes: $minutes) {\n      code\n      expiresAt\n      occasion {\n        id\n        date\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceRecordsIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceRecordsConfirm($id: ID!, $code: String!) {\n    confirmPresence(id: $id, code: $code) {\n      ...ServiceRecordsFields\n    }\n  }\n"): typeof import('./graphql').ServiceRecordsConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRecordsList($filter: ServiceRecordFilter) {\n    serviceRecords(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceRecordsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRecordsTotals($g: ServiceTotalsGroupBy!, $f: ServiceTotalsFilter) {\n    serviceTotals(groupBy: $g, filter: $f) {\n      key\n      label\n      hours\n      personTimes\n      volunteers\n      records\n    }\n  }\n"): typeof import('./graphql').ServiceRecordsTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceRecordsSafety($id: ID!, $input: SafetyPlanInput!) {\n    setSafetyPlan(projectId: $id, input: $input) {\n      id\n      responsiblePerson\n      insured\n    }\n  }\n"): typeof import('./graphql').ServiceRecordsSafetyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceRecordsStart($id: ID!) {\n    updateServiceProject(id: $id, input: { status: ACTIVE }) {\n      id\n      status\n      safetyPlan {\n        responsiblePerson\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceRecordsStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ServiceRecordsApproveServiceRecord($id: ID!) {\n            approveServiceRecord(id: $id) {\n              status\n              approvedById\n              reviewedByAccountId\n            }\n          }\n        "): typeof import('./graphql').ServiceRecordsApproveServiceRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ServiceRecordsMe {\n            me {\n              id\n            }\n          }\n        "): typeof import('./graphql').ServiceRecordsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ServiceRecordsByIds($ids: [ID!]) {\n        serviceRecords(filter: { ids: $ids }, first: 100) {\n          edges {\n            node {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').ServiceRecordsByIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiteOwnershipPair($input: PairUnitWithSiteInput!) {\n    pairUnitWithSite(input: $input) {\n      id\n      status\n      unitId\n      siteId\n    }\n  }\n"): typeof import('./graphql').SiteOwnershipPairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiteOwnershipApprove($id: ID!) {\n    approvePairing(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SiteOwnershipApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiteOwnershipRefuse($id: ID!) {\n    refusePairing(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SiteOwnershipRefuseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiteOwnershipEnd($id: ID!, $on: LocalDate!) {\n    endPairing(id: $id, endedOn: $on) {\n      id\n      endedOn\n    }\n  }\n"): typeof import('./graphql').SiteOwnershipEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteOwnershipRequests {\n    pairingRequests {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          unit {\n            id\n          }\n          site {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SiteOwnershipRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiteOwnershipUpdateSite($id: ID!, $input: UpdateSiteInput!) {\n    updateSite(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SiteOwnershipUpdateSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiteOwnershipMark($s: ID!) {\n    markLongTermBase(siteId: $s, since: \"2019-06-01\") {\n      id\n    }\n  }\n"): typeof import('./graphql').SiteOwnershipMarkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiteOwnershipPostNeed($input: PostServiceNeedInput!) {\n    postServiceNeed(input: $input) {\n      id\n      postedByUnitId\n    }\n  }\n"): typeof import('./graphql').SiteOwnershipPostNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiteOwnershipUpdateNeed($id: ID!, $input: UpdateServiceNeedInput!) {\n    updateServiceNeed(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SiteOwnershipUpdateNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiteOwnershipPropose($needId: ID!, $ids: [ID!]!) {\n    proposeAssignments(needId: $needId, volunteerIds: $ids) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SiteOwnershipProposeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiteOwnershipConfirm($id: ID!) {\n    confirmAssignment(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SiteOwnershipConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiteOwnershipCancel($id: ID!) {\n    cancelAssignment(id: $id, reason: \"现场另有安排\") {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SiteOwnershipCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiteOwnershipCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SiteOwnershipCreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiteOwnershipCreateProject($input: CreateServiceProjectInput!) {\n    createServiceProject(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SiteOwnershipCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiteOwnershipCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n      ownerUnitId\n      ownerUnit {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').SiteOwnershipCreateSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SiteOwnershipSites($u: ID!) {\n          sites(filter: { pairedUnitId: $u }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').SiteOwnershipSitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SiteOwnershipServiceNeeds($u: ID!) {\n          serviceNeeds(filter: { pairedUnitId: $u }) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').SiteOwnershipServiceNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SiteOwnershipMatchingPlan($c: ID!, $u: ID!) {\n          matchingPlan(campaignId: $c, scope: { unitId: $u }, includeUnavailable: true) {\n            assignments {\n              needId\n            }\n          }\n        }\n      "): typeof import('./graphql').SiteOwnershipMatchingPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SiteOwnershipAssignments($n: ID) {\n            assignments(filter: { needId: $n }) {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql').SiteOwnershipAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SiteOwnershipServiceNeed($n: ID!) {\n            serviceNeed(id: $n) {\n              assignments {\n                id\n              }\n            }\n          }\n        "): typeof import('./graphql').SiteOwnershipServiceNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SiteOwnershipContacts {\n        accounts(filter: { role: SITE_CONTACT }) {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').SiteOwnershipContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SitesNeedsProjectsSiteFields on Site {\n    id\n    name\n    kind\n    areaCode\n    cityCode\n    latitude\n    longitude\n    contactPhone\n    isLongTermBase\n    longTermBaseSince\n  }\n"): typeof import('./graphql').SitesNeedsProjectsSiteFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SitesNeedsProjectsServiceNeedFields on ServiceNeed {\n    id\n    title\n    category\n    status\n    headcount\n    startsAt\n    endsAt\n    beneficiaryGroups\n    siteId\n    site {\n      name\n    }\n  }\n"): typeof import('./graphql').SitesNeedsProjectsServiceNeedFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SitesNeedsProjectsServiceProjectFields on ServiceProject {\n    id\n    name\n    status\n    startsOn\n    endsOn\n    nationalCategoryCodes\n    beneficiaryCodes\n    areaCode\n    peopleServed\n    team {\n      name\n    }\n    site {\n      name\n    }\n    campaign {\n      year\n    }\n    posts {\n      name\n    }\n    needs {\n      title\n    }\n  }\n"): typeof import('./graphql').SitesNeedsProjectsServiceProjectFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SitesNeedsProjectsCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      ...SitesNeedsProjectsSiteFields\n    }\n  }\n"): typeof import('./graphql').SitesNeedsProjectsCreateSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SitesNeedsProjectsUpdateSite($id: ID!, $input: UpdateSiteInput!) {\n    updateSite(id: $id, input: $input) {\n      ...SitesNeedsProjectsSiteFields\n    }\n  }\n"): typeof import('./graphql').SitesNeedsProjectsUpdateSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SitesNeedsProjectsSites2($filter: SiteFilter) {\n    sites(filter: $filter) {\n      totalCount\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SitesNeedsProjectsSites2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SitesNeedsProjectsPair($input: PairUnitWithSiteInput!) {\n    pairUnitWithSite(input: $input) {\n      id\n      unitId\n      siteId\n      kind\n      startedOn\n      endedOn\n      unit {\n        name\n      }\n      site {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SitesNeedsProjectsPairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SitesNeedsProjectsEndPairing($id: ID!, $endedOn: LocalDate!) {\n    endPairing(id: $id, endedOn: $endedOn) {\n      id\n      endedOn\n    }\n  }\n"): typeof import('./graphql').SitesNeedsProjectsEndPairingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SitesNeedsProjectsPostNeed($input: PostServiceNeedInput!) {\n    postServiceNeed(input: $input) {\n      ...SitesNeedsProjectsServiceNeedFields\n    }\n  }\n"): typeof import('./graphql').SitesNeedsProjectsPostNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SitesNeedsProjectsUpdateNeed($id: ID!, $input: UpdateServiceNeedInput!) {\n    updateServiceNeed(id: $id, input: $input) {\n      ...SitesNeedsProjectsServiceNeedFields\n    }\n  }\n"): typeof import('./graphql').SitesNeedsProjectsUpdateNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SitesNeedsProjectsNeeds($filter: ServiceNeedFilter) {\n    serviceNeeds(filter: $filter) {\n      totalCount\n      edges {\n        node {\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SitesNeedsProjectsNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SitesNeedsProjectsCreateProject($input: CreateServiceProjectInput!) {\n    createServiceProject(input: $input) {\n      ...SitesNeedsProjectsServiceProjectFields\n    }\n  }\n"): typeof import('./graphql').SitesNeedsProjectsCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SitesNeedsProjectsUpdateProject($id: ID!, $input: UpdateServiceProjectInput!) {\n    updateServiceProject(id: $id, input: $input) {\n      ...SitesNeedsProjectsServiceProjectFields\n    }\n  }\n"): typeof import('./graphql').SitesNeedsProjectsUpdateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SitesNeedsProjectsProject($id: ID!) {\n    serviceProject(id: $id) {\n      ...SitesNeedsProjectsServiceProjectFields\n    }\n  }\n"): typeof import('./graphql').SitesNeedsProjectsProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation SitesNeedsProjectsCreateUnit($input: CreateUnitInput!) {\n              createUnit(input: $input) {\n                id\n              }\n            }\n          "): typeof import('./graphql').SitesNeedsProjectsCreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SitesNeedsProjectsCreateCampaign($input: CreateCampaignInput!) {\n            createCampaign(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').SitesNeedsProjectsCreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SitesNeedsProjectsCreateServiceTeam($input: CreateServiceTeamInput!) {\n            createServiceTeam(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').SitesNeedsProjectsCreateServiceTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query SitesNeedsProjectsServiceNeed($id: ID!) {\n              serviceNeed(id: $id) {\n                postedAt\n              }\n            }\n          "): typeof import('./graphql').SitesNeedsProjectsServiceNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query SitesNeedsProjectsSites {\n              sites(first: 100) {\n                edges {\n                  node {\n                    id\n                    open: needs(status: OPEN) {\n                      title\n                    }\n                    closed: needs(status: CLOSED) {\n                      title\n                    }\n                    all: needs {\n                      title\n                    }\n                  }\n                }\n              }\n            }\n          "): typeof import('./graphql').SitesNeedsProjectsSitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query SitesNeedsProjectsServiceNeed2($id: ID!) {\n                serviceNeed(id: $id) {\n                  startsAt\n                  endsAt\n                }\n              }\n            "): typeof import('./graphql').SitesNeedsProjectsServiceNeed2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SitesNeedsProjectsUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n            updateCampaign(id: $id, input: $input) {\n              startsOn\n              endsOn\n            }\n          }\n        "): typeof import('./graphql').SitesNeedsProjectsUpdateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SitesNeedsProjectsSetSafetyPlan($id: ID!, $input: SafetyPlanInput!) {\n            setSafetyPlan(projectId: $id, input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').SitesNeedsProjectsSetSafetyPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatusReportBlocksStatusReportRowFields on StatusReportRow {\n    teamName\n    projectId\n    projectName\n    teamSize\n    startsOn\n    endsOn\n    personTimes\n    supportSummary\n    leaderName\n    leaderTitle\n    leaderPhone\n    pairedWith\n    peopleServed\n    progressText\n  }\n"): typeof import('./graphql').StatusReportBlocksStatusReportRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusReportBlocksPreview($k: StatusReportKeyInput!) {\n    statusReportPreview(key: $k) {\n      ...StatusReportBlocksStatusReportRowFields\n    }\n  }\n"): typeof import('./graphql').StatusReportBlocksPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusReportBlocksReport($k: StatusReportKeyInput!) {\n    statusReport(key: $k) {\n      id\n      status\n      progressText\n      filledOn\n      downloadPath\n      wordDownloadPath\n      rows {\n        ...StatusReportBlocksStatusReportRowFields\n      }\n    }\n  }\n"): typeof import('./graphql').StatusReportBlocksReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusReportBlocksSave($k: StatusReportKeyInput!, $p: [StatusReportProgressInput!], $t: String) {\n    saveStatusReportDraft(key: $k, progress: $p, progressText: $t) {\n      id\n      rows {\n        projectId\n        progressText\n      }\n    }\n  }\n"): typeof import('./graphql').StatusReportBlocksSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusReportBlocksSubmit($k: StatusReportKeyInput!) {\n    submitStatusReport(key: $k) {\n      status\n      filledOn\n    }\n  }\n"): typeof import('./graphql').StatusReportBlocksSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusReportsPreview($k: StatusReportKeyInput!) {\n    statusReportPreview(key: $k) {\n      teamName\n      projectName\n      teamSize\n      startsOn\n      endsOn\n      personTimes\n      hours\n      funds\n      materialsValue\n      supportSummary\n      leaderName\n      leaderPhone\n      pairedWith\n      peopleServed\n    }\n  }\n"): typeof import('./graphql').StatusReportsPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusReportsReport($k: StatusReportKeyInput!) {\n    statusReport(key: $k) {\n      status\n      progressText\n      filledOn\n      rows {\n        projectId\n        personTimes\n        hours\n      }\n    }\n  }\n"): typeof import('./graphql').StatusReportsReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusReportsSave($k: StatusReportKeyInput!, $t: String) {\n    saveStatusReportDraft(key: $k, progressText: $t) {\n      status\n    }\n  }\n"): typeof import('./graphql').StatusReportsSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusReportsSubmit($k: StatusReportKeyInput!) {\n    submitStatusReport(key: $k) {\n      status\n      filledOn\n    }\n  }\n"): typeof import('./graphql').StatusReportsSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusReportsOverview($c: ID!) {\n    statusReportOverview(campaignId: $c, milestone: SUMMARY) {\n      dueOn\n      submitted\n      overdue\n      units {\n        unitId\n        state\n        overdue\n        late\n      }\n      byCity {\n        key\n        hours\n        personTimes\n      }\n    }\n  }\n"): typeof import('./graphql').StatusReportsOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query StatusReportsStatusReport($k: StatusReportKeyInput!) {\n          statusReport(key: $k) {\n            id\n            downloadPath\n            progressText\n          }\n        }\n      "): typeof import('./graphql').StatusReportsStatusReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StorageFaultsCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n    }\n  }\n"): typeof import('./graphql').StorageFaultsCreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StorageFaultsLogin($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      accessToken\n    }\n  }\n"): typeof import('./graphql').StorageFaultsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query StorageFaultsUnits {\n            units(first: 5) {\n              edges {\n                node {\n                  id\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').StorageFaultsUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscriptionSessionsNeedPosted {\n    serviceNeedPosted {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').SubscriptionSessionsNeedPostedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscriptionSessionsAssignments {\n    assignmentChanged {\n      id\n      volunteer {\n        id\n        documentNumber\n      }\n    }\n  }\n"): typeof import('./graphql').SubscriptionSessionsAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SubscriptionSessionsMe {\n            me {\n              id\n            }\n          }\n        "): typeof import('./graphql').SubscriptionSessionsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SubscriptionSessionsCreateApiToken {\n            createApiToken(name: \"实时订阅\") {\n              token\n              apiToken {\n                id\n              }\n            }\n          }\n        "): typeof import('./graphql').SubscriptionSessionsCreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SubscriptionSessionsRevokeApiToken($id: ID!) {\n          revokeApiToken(id: $id) {\n            revokedAt\n          }\n        }\n      "): typeof import('./graphql').SubscriptionSessionsRevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SubscriptionSessionsDeactivateAccount($id: ID!) {\n          deactivateAccount(id: $id) {\n            active\n          }\n        }\n      "): typeof import('./graphql').SubscriptionSessionsDeactivateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SubscriptionSessionsChangePassword($c: String!, $n: String!) {\n          changePassword(currentPassword: $c, newPassword: $n) {\n            accessToken\n          }\n        }\n      "): typeof import('./graphql').SubscriptionSessionsChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SubscriptionSessionsProposeAssignments($n: ID!, $v: [ID!]!) {\n          proposeAssignments(needId: $n, volunteerIds: $v) {\n            id\n          }\n        }\n      "): typeof import('./graphql').SubscriptionSessionsProposeAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SubscriptionSessionsUpdateVolunteer($id: ID!, $u: ID!) {\n          updateVolunteer(id: $id, input: { unitId: $u }) {\n            id\n          }\n        }\n      "): typeof import('./graphql').SubscriptionSessionsUpdateVolunteerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SubscriptionSessionsApproveServiceRecord($id: ID!) {\n            approveServiceRecord(id: $id) {\n              id\n            }\n          }\n        "): typeof import('./graphql').SubscriptionSessionsApproveServiceRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscriptionsRedisNeedPosted {\n    serviceNeedPosted {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').SubscriptionsRedisNeedPostedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SubscriptionsRedisServiceNeeds {\n          serviceNeeds(first: 100) {\n            edges {\n              node {\n                title\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').SubscriptionsRedisServiceNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SubscriptionsRedisCreateApiToken {\n          createApiToken(name: \"跨实例\") {\n            token\n            apiToken {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').SubscriptionsRedisCreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SubscriptionsRedisRevokeApiToken($id: ID!) {\n          revokeApiToken(id: $id) {\n            id\n          }\n        }\n      "): typeof import('./graphql').SubscriptionsRedisRevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SubscriptionsRedisLogin {\n            login(username: \"nobody.here\", password: \"wrong\") {\n              accessToken\n            }\n          }\n        "): typeof import('./graphql').SubscriptionsRedisLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SubscriptionsRedisMe {\n        me {\n          id\n        }\n      }\n    "): typeof import('./graphql').SubscriptionsRedisMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SubscriptionsRedisChangePassword($c: String!, $n: String!) {\n          changePassword(currentPassword: $c, newPassword: $n) {\n            accessToken\n          }\n        }\n      "): typeof import('./graphql').SubscriptionsRedisChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscriptionsNeedPosted($filter: ServiceNeedEventFilter) {\n    serviceNeedPosted(filter: $filter) {\n      id\n      title\n      category\n      status\n      site {\n        id\n        name\n      }\n      campaign {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').SubscriptionsNeedPostedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SubscriptionsPostServiceNeed($input: PostServiceNeedInput!) {\n          postServiceNeed(input: $input) {\n            id\n          }\n        }\n      "): typeof import('./graphql').SubscriptionsPostServiceNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SubscriptionsServiceNeed($id: ID!) {\n          serviceNeed(id: $id) {\n            title\n          }\n        }\n      "): typeof import('./graphql').SubscriptionsServiceNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SubscriptionsProposeAssignments($n: ID!, $v: [ID!]!) {\n            proposeAssignments(needId: $n, volunteerIds: $v) {\n              id\n            }\n          }\n        "): typeof import('./graphql').SubscriptionsProposeAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SubscriptionsConfirmAssignment($id: ID!) {\n          confirmAssignment(id: $id) {\n            id\n            status\n          }\n        }\n      "): typeof import('./graphql').SubscriptionsConfirmAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SubscriptionsApproveServiceRecord($id: ID!) {\n          approveServiceRecord(id: $id) {\n            id\n          }\n        }\n      "): typeof import('./graphql').SubscriptionsApproveServiceRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SubscriptionsSaveStatusReportDraft($key: StatusReportKeyInput!) {\n          saveStatusReportDraft(key: $key, progressText: \"部署启动\") {\n            id\n          }\n        }\n      "): typeof import('./graphql').SubscriptionsSaveStatusReportDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SubscriptionsSubmitStatusReport($key: StatusReportKeyInput!) {\n          submitStatusReport(key: $key) {\n            id\n          }\n        }\n      "): typeof import('./graphql').SubscriptionsSubmitStatusReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SummaryMaterialsStatus($u: ID!, $c: ID!) {\n    summaryMaterials(unitId: $u, campaignId: $c) {\n      unitId\n      unitName\n      dueOn\n      received\n      submittedAt\n      late\n      overdue\n      canUpload\n      draftDownloadPath\n      materials {\n        id\n        fileName\n        byteSize\n        sha256\n        uploadCount\n        submittedByAccountId\n        downloadPath\n      }\n    }\n  }\n"): typeof import('./graphql').SummaryMaterialsStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SummaryMaterialsSubmit($input: SubmitSummaryMaterialsInput!) {\n    submitSummaryMaterials(input: $input) {\n      received\n      late\n      overdue\n      canUpload\n      materials {\n        fileName\n        byteSize\n        sha256\n        uploadCount\n        downloadPath\n      }\n    }\n  }\n"): typeof import('./graphql').SummaryMaterialsSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SummaryMaterialsOverview($c: ID!) {\n    summaryMaterialsOverview(campaignId: $c) {\n      dueOn\n      received\n      late\n      overdue\n      units {\n        unitId\n        unitName\n        received\n        late\n        overdue\n        submittedAt\n        materials {\n          downloadPath\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SummaryMaterialsOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupportSupportEntryFields on SupportEntry {\n    id\n    kind\n    projectId\n    siteId\n    occurredOn\n    amount\n    fundingSource\n    itemName\n    quantity\n    quantityUnit\n    estimatedValue\n    note\n    recordedById\n    recordedByAccountId\n    recordedByName\n    voidedAt\n    voidReason\n  }\n"): typeof import('./graphql').SupportSupportEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportRecord($input: RecordSupportEntryInput!) {\n    recordSupportEntry(input: $input) {\n      ...SupportSupportEntryFields\n    }\n  }\n"): typeof import('./graphql').SupportRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportUpdate($id: ID!, $input: UpdateSupportEntryInput!) {\n    updateSupportEntry(id: $id, input: $input) {\n      ...SupportSupportEntryFields\n    }\n  }\n"): typeof import('./graphql').SupportUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportVoid($id: ID!, $reason: String!) {\n    voidSupportEntry(id: $id, reason: $reason) {\n      ...SupportSupportEntryFields\n    }\n  }\n"): typeof import('./graphql').SupportVoidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportList($filter: SupportEntryFilter) {\n    supportEntries(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          amount\n          estimatedValue\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SupportListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportTotals($filter: SupportScopeFilter, $groupBy: [SupportTotalsDimension!]) {\n    supportTotals(filter: $filter, groupBy: $groupBy) {\n      groupBy\n      rows {\n        year\n        quarter\n        month\n        unitId\n        projectId\n        siteId\n        kind\n        fundingSource\n        entryCount\n        fundsAmount\n        materialsValue\n        totalValue\n        project {\n          name\n        }\n        site {\n          name\n        }\n        unit {\n          name\n        }\n      }\n      total {\n        entryCount\n        fundsAmount\n        materialsValue\n        totalValue\n      }\n    }\n  }\n"): typeof import('./graphql').SupportTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SupportAuditTrail($id: ID!) {\n            auditEvents(filter: { entityType: \"SupportEntry\", entityId: $id }) {\n              edges {\n                node {\n                  action\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql').SupportAuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SupportQuery($id: ID!) {\n          serviceProject(id: $id) {\n            supportEntries {\n              amount\n            }\n          }\n        }\n      "): typeof import('./graphql').SupportQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamFormationVolunteerFields on Volunteer {\n    id\n    unitId\n    role\n    active\n    safetyTrainedOn\n    serviceCategories\n  }\n"): typeof import('./graphql').TeamFormationVolunteerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamFormationProposal($unitId: ID!) {\n    teamFormationProposal(unitId: $unitId) {\n      teams {\n        unitId\n        covers\n        cadres {\n          ...TeamFormationVolunteerFields\n        }\n        volunteers {\n          ...TeamFormationVolunteerFields\n        }\n        composition {\n          volunteers\n          cadres\n          size\n          valid\n        }\n      }\n      uncovered\n      unplacedVolunteers\n    }\n  }\n"): typeof import('./graphql').TeamFormationProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TeamFormationMe {\n          me {\n            unitId\n          }\n        }\n      "): typeof import('./graphql').TeamFormationMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TeamFormationCreateServiceTeam($input: CreateServiceTeamInput!) {\n          createServiceTeam(input: $input) {\n            id\n            composition {\n              valid\n            }\n          }\n        }\n      "): typeof import('./graphql').TeamFormationCreateServiceTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TeamFormationUnits {\n          units(first: 100) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').TeamFormationUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamsServiceTeamFields on ServiceTeam {\n    id\n    name\n    status\n    unitId\n    leaderId\n    leader {\n      id\n      name\n      role\n    }\n    members {\n      volunteerId\n    }\n    composition {\n      volunteers\n      cadres\n      size\n      valid\n    }\n  }\n"): typeof import('./graphql').TeamsServiceTeamFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsCreateTeam($input: CreateServiceTeamInput!) {\n    createServiceTeam(input: $input) {\n      ...TeamsServiceTeamFields\n    }\n  }\n"): typeof import('./graphql').TeamsCreateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsUpdateTeam($id: ID!, $input: UpdateServiceTeamInput!) {\n    updateServiceTeam(id: $id, input: $input) {\n      ...TeamsServiceTeamFields\n    }\n  }\n"): typeof import('./graphql').TeamsUpdateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsActivateTeam($id: ID!) {\n    activateServiceTeam(id: $id) {\n      ...TeamsServiceTeamFields\n    }\n  }\n"): typeof import('./graphql').TeamsActivateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsDisbandTeam($id: ID!) {\n    disbandServiceTeam(id: $id) {\n      ...TeamsServiceTeamFields\n    }\n  }\n"): typeof import('./graphql').TeamsDisbandTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsTeam($id: ID!) {\n    serviceTeam(id: $id) {\n      ...TeamsServiceTeamFields\n    }\n  }\n"): typeof import('./graphql').TeamsTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsTeams($filter: ServiceTeamFilter) {\n    serviceTeams(filter: $filter) {\n      totalCount\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TeamsTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsMemberships($id: ID!) {\n    volunteer(id: $id) {\n      name\n      memberships {\n        team {\n          name\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TeamsMembershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').TeamsCreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamsCreateVolunteer2($input: CreateVolunteerInput!) {\n    createVolunteer(input: $input) {\n      id\n      role\n    }\n  }\n"): typeof import('./graphql').TeamsCreateVolunteer2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingTrainingRecordFields on TrainingRecord {\n    id\n    unitId\n    topic\n    covers\n    heldOn\n    hours\n    trainer\n    attendeeCount\n    unit {\n      name\n    }\n    attendees {\n      id\n    }\n  }\n"): typeof import('./graphql').TrainingTrainingRecordFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrainingRecord($input: RecordTrainingInput!) {\n    recordTraining(input: $input) {\n      ...TrainingTrainingRecordFields\n    }\n  }\n"): typeof import('./graphql').TrainingRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrainingUpdate($id: ID!, $input: UpdateTrainingInput!) {\n    updateTraining(id: $id, input: $input) {\n      ...TrainingTrainingRecordFields\n    }\n  }\n"): typeof import('./graphql').TrainingUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingList($filter: TrainingRecordFilter) {\n    trainingRecords(filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          topic\n          attendeeCount\n          attendees {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TrainingListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TrainingAuditTrail($id: ID!) {\n          auditEvents(filter: { entityType: \"Volunteer\", entityId: $id }) {\n            edges {\n              node {\n                action\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').TrainingAuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TrainingVolunteers($u: ID) {\n          volunteers(filter: { unitId: $u, safetyTrained: true }) {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').TrainingVolunteersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitsCampaignsUnitFields on Unit {\n    id\n    code\n    name\n    kind\n    parentId\n    cityCode\n  }\n"): typeof import('./graphql').UnitsCampaignsUnitFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitsCampaignsCampaignFields on Campaign {\n    id\n    year\n    name\n    startsOn\n    endsOn\n    phases {\n      kind\n      startsOn\n      endsOn\n    }\n    milestones {\n      kind\n      dueOn\n    }\n  }\n"): typeof import('./graphql').UnitsCampaignsCampaignFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitsCampaignsCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitsCampaignsUnitFields\n    }\n  }\n"): typeof import('./graphql').UnitsCampaignsCreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitsCampaignsUpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      ...UnitsCampaignsUnitFields\n    }\n  }\n"): typeof import('./graphql').UnitsCampaignsUpdateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsCampaignsUnits($filter: UnitFilter) {\n    units(filter: $filter) {\n      totalCount\n      edges {\n        node {\n          ...UnitsCampaignsUnitFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UnitsCampaignsUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsCampaignsUnitTree($id: ID!) {\n    unit(id: $id) {\n      code\n      parent {\n        code\n      }\n      children {\n        code\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').UnitsCampaignsUnitTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnitsCampaignsCreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...UnitsCampaignsCampaignFields\n    }\n  }\n"): typeof import('./graphql').UnitsCampaignsCreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsCampaignsCampaignByYear($year: Int) {\n    campaign(year: $year) {\n      ...UnitsCampaignsCampaignFields\n    }\n  }\n"): typeof import('./graphql').UnitsCampaignsCampaignByYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query UnitsCampaignsCampaigns {\n            campaigns {\n              year\n            }\n          }\n        "): typeof import('./graphql').UnitsCampaignsCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerRosterImport($input: ImportVolunteerRosterInput!) {\n    importVolunteerRoster(input: $input) {\n      dryRun\n      rowCount\n      importedCount\n      problemCount\n      problems {\n        line\n        column\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').VolunteerRosterImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerRosterVolunteers($filter: VolunteerFilter) {\n    volunteers(filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          gender\n          role\n          serviceCategories\n          skills\n          safetyTrainedOn\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VolunteerRosterVolunteersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerRosterCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').VolunteerRosterCreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerRosterCreateVolunteer($input: CreateVolunteerInput!) {\n    createVolunteer(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').VolunteerRosterCreateVolunteerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerRosterCreateTeam($input: CreateServiceTeamInput!) {\n    createServiceTeam(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').VolunteerRosterCreateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VolunteersVolunteerFields on Volunteer {\n    id\n    volunteerNumber\n    name\n    gender\n    birthDate\n    documentType\n    documentNumber\n    mobile\n    role\n    title\n    honours\n    serviceCategories\n    skills\n    subjects\n    homeAreaCode\n    safetyTrainedOn\n    active\n    unitId\n    unit {\n      id\n      name\n    }\n    availability {\n      startsAt\n      endsAt\n    }\n  }\n"): typeof import('./graphql').VolunteersVolunteerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteersCreateVolunteer($input: CreateVolunteerInput!) {\n    createVolunteer(input: $input) {\n      ...VolunteersVolunteerFields\n    }\n  }\n"): typeof import('./graphql').VolunteersCreateVolunteerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteersUpdateVolunteer($id: ID!, $input: UpdateVolunteerInput!) {\n    updateVolunteer(id: $id, input: $input) {\n      ...VolunteersVolunteerFields\n    }\n  }\n"): typeof import('./graphql').VolunteersUpdateVolunteerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteersVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      ...VolunteersVolunteerFields\n    }\n  }\n"): typeof import('./graphql').VolunteersVolunteerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteersVolunteers3($filter: VolunteerFilter) {\n    volunteers(filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VolunteersVolunteers3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteersCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').VolunteersCreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation WebSessionsPostServiceNeed($input: PostServiceNeedInput!) {\n            postServiceNeed(input: $input) {\n              id\n            }\n          }\n        "): typeof import('./graphql').WebSessionsPostServiceNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessWorldMe {\n          me {\n            id\n          }\n        }\n      "): typeof import('./graphql').AccessWorldMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DemoWorldMeCampaign {\n        me {\n          unitId\n        }\n        campaign(year: 2019) {\n          id\n        }\n      }\n    "): typeof import('./graphql').DemoWorldMeCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestServerLogin($u: String!, $p: String!) {\n    login(username: $u, password: $p) {\n      accessToken\n    }\n  }\n"): typeof import('./graphql').TestServerLoginDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
