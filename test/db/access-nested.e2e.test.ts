import { Role, SYSTEM_ACTOR } from '../../server/src/core/actor';
import { Assignment, AssignmentStatus } from '../../server/src/modules/assignments/assignment.entity';
import { AssignmentService } from '../../server/src/modules/assignments/assignment.service';
import { ServiceCategory } from '../../server/src/modules/code-lists/service-category';
import { MilestoneKind } from '../../server/src/modules/campaigns/campaign.entity';
import { StatusReport, StatusReportStatus } from '../../server/src/modules/reports/status-report.entity';
import { Site } from '../../server/src/modules/sites/site.entity';
import { FundingSource, SupportKind } from '../../server/src/modules/support/support-entry.entity';
import { SupportService } from '../../server/src/modules/support/support.service';
import { TrainingTopicKind } from '../../server/src/modules/safety/safety.entity';
import { TrainingService } from '../../server/src/modules/safety/training.service';
import { Volunteer } from '../../server/src/modules/volunteers/volunteer.entity';
import { VolunteerService } from '../../server/src/modules/volunteers/volunteer.service';
import { AccessWorld } from '../support/access-world';
import { mobile, residentId } from '../support/fixtures';
import { testDbKind } from '../support/test-database';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server';
import { documentsFor, hasRequiredArgs, loadSchema, splitDocuments } from '../support/nested-walk';
import { graphql } from '../graphql';

/**
 * The read rules hold on every path, not only at the top: for each role, every root query field
 * is expanded down every object field to depth 3 (connections and edges are not counted), and
 * every scoped object that comes back must be one the matching top-level query gives that role;
 * personal fields (document numbers, mobiles, birth dates, home coordinates, phones) must be
 * masked or null wherever the role may not see them. Queries are built from schema/schema.graphql,
 * so a new field is walked without anyone adding it here.
 */

type Caller = 'admin' | 'coordinator' | 'leader' | 'volunteer' | 'siteContact';
const CALLERS: Caller[] = ['admin', 'coordinator', 'leader', 'volunteer', 'siteContact'];

/** Scoped types and the top-level list that defines what each role may see of them. */
const REFERENCE_LISTS: Record<string, string> = {
  Volunteer: 'volunteers',
  Assignment: 'assignments',
  ServiceRecord: 'serviceRecords',
  SupportEntry: 'supportEntries',
  TrainingRecord: 'trainingRecords',
};

describe(`nested read rules by role (${testDbKind()})`, () => {
  let server: TestServer;
  let world: AccessWorld;
  const schema = loadSchema();
  /** Argument lists for root fields, several per field where in- and out-of-scope targets differ. */
  let rootArgs: Record<string, string[]>;
  let tutors: Volunteer[];
  let tutoringNeedId: number;

  beforeAll(async () => {
    server = await startTestServer();
    world = await new AccessWorld(server).build();
    const ds = server.dataSource;
    const { in: jinan, out: qingdao } = world.units;
    // Everyone lives somewhere; sites have contact phones.
    await ds
      .createQueryBuilder()
      .update(Volunteer)
      .set({ homeLatitude: 36.65123, homeLongitude: 117.12047 })
      .execute();
    await ds.createQueryBuilder().update(Site).set({ contactPhone: '0531-86080001' }).execute();
    // A Qingdao volunteer proposed for a need at Jinan's site: Jinan's coordinator and site see the
    // assignment, not the person. And a Jinan volunteer on a Jinan need.
    const assignments = new AssignmentService(ds, SYSTEM_ACTOR);
    await assignments.propose(jinan.needId, [qingdao.members[5]!.id, jinan.members[0]!.id]);
    await assignments.propose(qingdao.needId, [qingdao.members[6]!.id]);
    // Records, support lines, trainings and safety plans on both sides.
    for (const side of [jinan, qingdao]) {
      await world.serviceRecord(side, side.members[0]!, 'APPROVED');
      await world.serviceRecord(side, side.members[1]!, 'SUBMITTED');
      const { projectId } = await world.recordsProject(side);
      await new SupportService(ds, SYSTEM_ACTOR).record({
        kind: SupportKind.FUNDS,
        projectId: String(projectId),
        occurredOn: '2019-05-01',
        amount: '100.00',
        fundingSource: FundingSource.UNION_FUNDS,
      });
      await new TrainingService(ds, SYSTEM_ACTOR).record({
        unitId: String(side.unitId),
        topic: '安全知识培训',
        covers: [TrainingTopicKind.SAFETY],
        heldOn: '2019-05-01',
        hours: '2',
        trainer: '张安全',
        attendeeIds: [String(side.members[0]!.id), String(side.members[2]!.id)],
      });
    }
    // Tutors of both units with homes at odd distances, for matching.
    tutors = [];
    for (const [unitId, lat] of [
      [jinan.unitId, 35.12345],
      [jinan.unitId, 36.54321],
      [qingdao.unitId, 36.06789],
    ] as const) {
      const n = world.next() + 500;
      tutors.push(
        await new VolunteerService(ds, SYSTEM_ACTOR).create({
          name: `辅导员${'甲乙丙丁戊己庚辛壬癸'[n % 10]}`,
          documentNumber: residentId('370102', '19800101', n),
          mobile: mobile(n),
          unitId: String(unitId),
          homeAreaCode: '370102',
          homeLatitude: lat,
          homeLongitude: 117.01234,
          serviceCategories: [ServiceCategory.TUTORING],
          safetyTrainedOn: `${new Date().getUTCFullYear()}-01-02`,
        }),
      );
    }
    tutoringNeedId = await world.freshNeed(jinan, 3);

    const idArgs = (ids: (number | string)[]) => ids.map((id) => `(id: "${id}")`);
    const record = (side: typeof jinan) =>
      world.serviceRecord(side, side.members[3]!, 'APPROVED').then((r) => r.id);
    const support = await server.gql(
      graphql(`
        query AccessNestedSupportEntries {
          supportEntries(first: 100) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
    );
    const trainings = await server.gql(
      graphql(`
        query AccessNestedTrainingRecords {
          trainingRecords(first: 100) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
    );
    const key = (unitId: number, milestone = 'LAUNCH') =>
      `{ unitId: "${unitId}", campaignId: "${world.campaignId}", milestone: ${milestone} }`;
    rootArgs = {
      archiveExport: idArgs([1]),
      matchingPlan: [jinan.unitId, qingdao.unitId].map(
        (u) => `(campaignId: "${world.campaignId}", scope: { unitId: "${u}" })`,
      ),
      matchingSuggestions: [tutoringNeedId, jinan.needId, qingdao.needId].map((n) => `(needId: "${n}")`),
      matchingSuggestionsExplained: [tutoringNeedId, jinan.needId, qingdao.needId].map(
        (n) => `(needId: "${n}", includeUnavailable: true)`,
      ),
      matchingExplanation: [tutors[0]!.id, jinan.loner.id, qingdao.loner.id].map(
        (v) => `(needId: "${tutoringNeedId}", volunteerId: "${v}", includeUnavailable: true)`,
      ),
      serviceLogs: [jinan.projectId, qingdao.projectId].map((p) => `(projectId: "${p}")`),
      serviceNeed: idArgs([jinan.needId, qingdao.needId]),
      serviceProject: idArgs([
        jinan.projectId,
        qingdao.projectId,
        (await world.recordsProject(jinan)).projectId,
        (await world.recordsProject(qingdao)).projectId,
      ]),
      serviceRecord: idArgs([await record(jinan), await record(qingdao)]),
      serviceTeam: idArgs([jinan.teamId, qingdao.teamId]),
      serviceTotals: ['(groupBy: VOLUNTEER)'],
      site: idArgs([jinan.siteId, qingdao.siteId]),
      statusReport: [key(jinan.unitId), key(qingdao.unitId)].map((k) => `(key: ${k})`),
      statusReportOverview: [`(campaignId: "${world.campaignId}", milestone: LAUNCH)`],
      statusReportPreview: [key(jinan.unitId), key(qingdao.unitId)].map((k) => `(key: ${k})`),
      summaryMaterials: [jinan.unitId, qingdao.unitId].map(
        (u) => `(unitId: "${u}", campaignId: "${world.campaignId}")`,
      ),
      summaryMaterialsOverview: [`(campaignId: "${world.campaignId}")`],
      supportEntry: idArgs(support.data!.supportEntries.edges.map((e: any) => e.node.id)),
      teamFormationProposal: [jinan.unitId, qingdao.unitId].map((u) => `(unitId: "${u}")`),
      trainingRecord: idArgs(trainings.data!.trainingRecords.edges.map((e: any) => e.node.id)),
      unit: idArgs([jinan.unitId, qingdao.unitId]),
      volunteer: idArgs([jinan.members[0]!.id, jinan.members[1]!.id, qingdao.members[0]!.id, tutors[2]!.id]),
      volunteerByNumber: [jinan.loner, qingdao.loner].map((v) => `(volunteerNumber: "${v.volunteerNumber}")`),
    };
  });

  afterAll(() => server.stop());

  it('has arguments for every root query field that needs them', () => {
    const needing = Object.values(schema.getQueryType()!.getFields())
      .filter(hasRequiredArgs)
      .map((f) => f.name);
    expect(needing.filter((name) => !rootArgs[name])).toEqual([]);
  });

  /** Ids the top-level list gives the caller (all pages); empty when the role may not list them. */
  async function referenceIds(token: string, list: string): Promise<Set<string>> {
    const ids = new Set<string>();
    let after: string | null = null;
    for (;;) {
      // The list is named at run time: its shape is stated here rather than generated.
      type Page = {
        edges: { node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
      const response: GraphQLResponse<Record<string, Page>> = await server.gql<Record<string, Page>>(
        `query($after: String) { ${list}(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        { token },
      );
      if (response.errors) {
        expect(response.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
        return ids;
      }
      const page: Page = response.data![list]!;
      for (const edge of page.edges) ids.add(edge.node.id);
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
  }

  /** What the caller may see of personal data, from the world's own facts. */
  function personalRules(caller: Caller) {
    const { in: jinan } = world.units;
    const jinanTeam = new Set([jinan.cadre.id, ...jinan.members.map((m) => m.id)]);
    const self = caller === 'volunteer' ? jinan.members[0]!.id : caller === 'leader' ? jinan.cadre.id : null;
    const unitOf = new Map<number, number>();
    return {
      unitOf,
      /** Document number, mobile, birth date. */
      personal(volunteerId: number, unitId: number) {
        if (caller === 'coordinator') return unitId === jinan.unitId;
        if (caller === 'leader') return volunteerId === self || jinanTeam.has(volunteerId);
        return volunteerId === self && self !== null;
      },
      home(volunteerId: number, unitId: number) {
        return (
          (caller === 'coordinator' && unitId === jinan.unitId) || (self !== null && volunteerId === self)
        );
      },
      /** Site phones: owners (admin, the site's contact, paired coordinators) and those on its projects. */
      sitePhone(siteId: number) {
        if (caller === 'admin') return true;
        return siteId === jinan.siteId;
      },
    };
  }

  it.each(CALLERS)(
    'every object reached as %s is in scope, personal fields only where allowed',
    async (caller) => {
      const token = world.tokens[caller];
      const references: Record<string, Set<string>> = {};
      for (const [type, list] of Object.entries(REFERENCE_LISTS))
        references[type] = await referenceIds(token, list);
      const rules = personalRules(caller);
      const volunteerUnits = new Map(
        (await server.dataSource.getRepository(Volunteer).find({ select: { id: true, unitId: true } })).map(
          (v) => [String(v.id), v.unitId],
        ),
      );
      const projectSites = new Map<string, number>(
        (await server.dataSource.query('SELECT id, siteId FROM service_project')).map((row: any) => [
          String(row.id),
          Number(row.siteId),
        ]),
      );
      const seen: Record<string, number> = {};
      const problems: string[] = [];

      const visit = (value: unknown, where: string): void => {
        if (Array.isArray(value)) return value.forEach((item, i) => visit(item, `${where}[${i}]`));
        if (value === null || typeof value !== 'object') return;
        const object = value as Record<string, any>;
        const type = object.__typename as string | undefined;
        if (type) {
          seen[type] = (seen[type] ?? 0) + 1;
          const reference = references[type];
          if (reference && object.id !== undefined && !reference.has(object.id)) {
            problems.push(
              `${where}: ${type} ${object.id} is outside the ${REFERENCE_LISTS[type]} of ${caller}`,
            );
          }
          if (type === 'Volunteer') {
            const id = Number(object.id);
            const unitId = volunteerUnits.get(object.id)!;
            const personal = rules.personal(id, unitId);
            if (
              !personal &&
              typeof object.documentNumber === 'string' &&
              !object.documentNumber.includes('*')
            )
              problems.push(`${where}: documentNumber of ${id} unmasked`);
            if (!personal && typeof object.mobile === 'string' && !object.mobile.includes('*'))
              problems.push(`${where}: mobile of ${id} unmasked`);
            if (!personal && object.birthDate) problems.push(`${where}: birthDate of ${id} shown`);
            if (!rules.home(id, unitId) && (object.homeLatitude != null || object.homeLongitude != null))
              problems.push(`${where}: home of ${id} shown`);
          }
          if (type === 'Site' && object.contactPhone != null && !rules.sitePhone(Number(object.id)))
            problems.push(`${where}: contactPhone of site ${object.id} shown`);
          if (type === 'ServiceProject' && object.safetyPlan?.responsiblePhone != null) {
            if (!rules.sitePhone(projectSites.get(object.id)!))
              problems.push(`${where}: safety plan phone of project ${object.id} shown`);
          }
          if (type === 'MatchSuggestion' && object.distanceKm != null && caller !== 'coordinator') {
            if (!Number.isInteger(object.distanceKm))
              problems.push(`${where}: exact distance ${object.distanceKm}`);
          }
        }
        for (const [key, child] of Object.entries(object)) visit(child, `${where}.${key}`);
      };

      const roots = Object.values(schema.getQueryType()!.getFields());
      for (const root of roots) {
        const paged = root.args.some((arg) => arg.name === 'first');
        for (const given of rootArgs[root.name] ?? ['']) {
          // Five per page keeps the cost of a whole depth-3 expansion under the limit.
          const args = !paged ? given : given ? given.replace(/\)$/, ', first: 5)') : '(first: 5)';
          let documents = documentsFor(root, args);
          let response = await server.gql(documents[0]!, {}, { token });
          if (response.errors?.some((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX')) {
            documents = splitDocuments(root, args);
            for (const document of documents) {
              response = await server.gql(document, {}, { token });
              expect(response.errors?.map((e) => e.extensions?.code) ?? []).not.toContain(
                'QUERY_TOO_COMPLEX',
              );
              check(response, root.name + args);
            }
          } else {
            check(response, root.name + args);
          }
        }
      }

      function check(response: { data?: any; errors?: readonly any[] }, where: string) {
        for (const error of response.errors ?? []) {
          // Refusing the root is the top-level rule; a nested field never errs, it hides.
          if (
            error.path?.length !== 1 ||
            !['FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND'].includes(error.extensions?.code)
          )
            problems.push(
              `${where}: ${error.extensions?.code} at ${error.path?.join('.')}: ${error.message}`,
            );
        }
        visit(response.data, where);
      }

      expect(problems).toEqual([]);
      // The walk reached what it checks.
      expect(seen.Volunteer ?? 0).toBeGreaterThan(caller === 'siteContact' ? -1 : 0);
      expect(seen.Assignment ?? 0).toBeGreaterThan(0);
      expect(seen.Site ?? 0).toBeGreaterThan(0);
    },
  );

  it('answers serviceTeams { members { volunteer } } with only the volunteers the caller may read', async () => {
    const query = graphql(`
      query AccessNestedTeamMembers {
        serviceTeams(first: 50) {
          edges {
            node {
              id
              leader {
                id
              }
              composition {
                volunteers
              }
              members {
                volunteer {
                  id
                  homeLatitude
                }
              }
            }
          }
        }
      }
    `);
    const { in: jinan } = world.units;
    const jinanTeam = [jinan.cadre, ...jinan.members].map((v) => String(v.id)).sort();
    const expectations: Record<Caller, string[]> = {
      admin: [], // everything: checked below by count
      coordinator: jinanTeam,
      leader: jinanTeam,
      volunteer: [String(jinan.members[0]!.id)],
      siteContact: [],
    };
    for (const caller of CALLERS) {
      const response = await server.gql(query, {}, { token: world.tokens[caller] });
      expect(response.errors).toBeUndefined();
      const teams = response.data!.serviceTeams.edges.map((e) => e.node);
      const members = teams.flatMap((t) => t.members.map((m) => m.volunteer?.id)).sort();
      if (caller === 'admin') expect(members.length).toBe(16);
      else expect(members).toEqual(expectations[caller]);
      // Everyone still sees how big each team is.
      expect(teams.every((t) => t.composition.volunteers === 7)).toBe(true);
      const homes = teams.flatMap((t) => t.members.map((m) => m.volunteer?.homeLatitude));
      if (caller === 'coordinator') expect(homes.every((h) => h === 36.65123)).toBe(true);
      if (caller === 'admin') expect(homes.every((h) => h === null)).toBe(true);
      if (caller === 'leader') expect(homes.filter((h) => h !== null)).toHaveLength(1); // their own
    }
  });

  it('rounds distances to whole km for anyone but the coordinator of the volunteer’s unit', async () => {
    // This world's people state no availability: everyone is weighed, as distances are the point here.
    const query = graphql(`
      query AccessNestedSuggestionDistances($n: ID!) {
        matchingSuggestions(needId: $n, includeUnavailable: true) {
          volunteerId
          score
          distanceKm
          parts {
            skill
            availability
            distance
            pairing
            load
            honour
          }
        }
      }
    `);
    const exact = await server.gql(query, { n: tutoringNeedId }, { token: world.tokens.coordinator });
    expect(exact.errors).toBeUndefined();
    const rounded = await server.gql(query, { n: tutoringNeedId }, { token: world.tokens.admin });
    expect(rounded.errors).toBeUndefined();
    const byId = new Map(rounded.data!.matchingSuggestions.map((s) => [s.volunteerId, s]));
    expect(exact.data!.matchingSuggestions).toHaveLength(2); // the coordinator's own two tutors
    for (const own of exact.data!.matchingSuggestions) {
      expect(Number.isInteger(own.distanceKm)).toBe(false);
      const shown = byId.get(own.volunteerId)!;
      expect(shown.distanceKm).toBe(Math.round(own.distanceKm!));
      expect(shown.parts.distance).toBeCloseTo(1 - shown.distanceKm! / 300, 12);
      expect(shown.parts.distance).not.toBe(own.parts.distance);
    }
    const plan = await server.gql(
      graphql(`
        query AccessNestedMatchingPlan($c: ID!) {
          matchingPlan(campaignId: $c, includeUnavailable: true) {
            assignments {
              distanceKm
            }
            metrics {
              meanDistanceKm
              p95DistanceKm
            }
          }
        }
      `),
      { c: world.campaignId },
      { token: world.tokens.admin },
    );
    expect(plan.errors).toBeUndefined();
    for (const pair of plan.data!.matchingPlan.assignments)
      expect(Number.isInteger(pair.distanceKm)).toBe(true);
    expect(Number.isInteger(plan.data!.matchingPlan.metrics.p95DistanceKm)).toBe(true);
    // A proposal keeps its exact score; others read it to two decimals.
    const own = exact.data!.matchingSuggestions;
    const proposed = await server.gql(
      graphql(`
        mutation AccessNestedProposeAssignments($n: ID!, $ids: [ID!]!, $s: [Float!]) {
          proposeAssignments(needId: $n, volunteerIds: $ids, scores: $s) {
            id
          }
        }
      `),
      { n: tutoringNeedId, ids: own.map((s) => s.volunteerId), s: own.map((s) => s.score) },
      { token: world.tokens.coordinator },
    );
    expect(proposed.errors).toBeUndefined();
    const scores = async (token: string) => {
      const response = await server.gql(
        graphql(`
          query AccessNestedServiceNeed($n: ID!) {
            serviceNeed(id: $n) {
              assignments {
                volunteerId
                score
              }
            }
          }
        `),
        { n: tutoringNeedId },
        { token },
      );
      return new Map(response.data!.serviceNeed!.assignments.map((a: any) => [a.volunteerId, a.score]));
    };
    const coordinatorScores = await scores(world.tokens.coordinator);
    const adminScores = await scores(world.tokens.admin);
    for (const suggestion of own) {
      expect(coordinatorScores.get(suggestion.volunteerId)).toBe(suggestion.score);
      expect(adminScores.get(suggestion.volunteerId)).toBe(Math.round(suggestion.score * 100) / 100);
    }
  });

  it('shows a site’s and its safety plan’s phones only to its owners, those on its projects and volunteers going there', async () => {
    const query = graphql(`
      query AccessNestedPhones($s: ID!, $p: ID!) {
        site(id: $s) {
          contactPhone
        }
        serviceProject(id: $p) {
          safetyPlan {
            responsiblePhone
          }
        }
      }
    `);
    const { in: jinan, out: qingdao } = world.units;
    const jinanProject = (await world.recordsProject(jinan)).projectId;
    const qingdaoProject = (await world.recordsProject(qingdao)).projectId;
    const otherContact = await server.signInAs({
      username: 'qingdao-site',
      role: Role.SITE_CONTACT,
      siteId: String(qingdao.siteId),
    });
    const outsider = await server.signInAs({
      username: 'qingdao-loner',
      role: Role.VOLUNTEER,
      volunteerId: String(qingdao.loner.id),
    });
    const phones = async (token: string, siteId: number, projectId: number) => {
      const response = await server.gql(query, { s: siteId, p: projectId }, { token });
      expect(response.errors).toBeUndefined();
      return [response.data!.site?.contactPhone, response.data!.serviceProject?.safetyPlan?.responsiblePhone];
    };
    const shown = ['0531-86080001', '0531-81916597'];
    for (const caller of CALLERS)
      expect(await phones(world.tokens[caller], jinan.siteId, jinanProject)).toEqual(shown);
    expect(await phones(otherContact, jinan.siteId, jinanProject)).toEqual([null, null]);
    expect(await phones(outsider, jinan.siteId, jinanProject)).toEqual([null, null]);
    expect(await phones(otherContact, qingdao.siteId, qingdaoProject)).toEqual(shown);
    for (const caller of ['coordinator', 'leader', 'volunteer', 'siteContact'] as const)
      expect(await phones(world.tokens[caller], qingdao.siteId, qingdaoProject)).toEqual([null, null]);
    // A volunteer going to one of the site's needs must be able to call: once they accept, not before.
    const assignments = server.dataSource.getRepository(Assignment);
    const going = await assignments.save(
      assignments.create({
        needId: jinan.needId,
        volunteerId: qingdao.loner.id,
        status: AssignmentStatus.PROPOSED,
        proposedAt: new Date(),
      }),
    );
    try {
      expect(await phones(outsider, jinan.siteId, jinanProject)).toEqual([null, null]);
      await assignments.update(going.id, { status: AssignmentStatus.ACCEPTED });
      expect(await phones(outsider, jinan.siteId, jinanProject)).toEqual(shown);
      expect(await phones(outsider, qingdao.siteId, qingdaoProject)).toEqual([null, null]);
      await assignments.update(going.id, { status: AssignmentStatus.DECLINED });
      expect(await phones(outsider, jinan.siteId, jinanProject)).toEqual([null, null]);
    } finally {
      await assignments.delete(going.id);
    }
  });

  it('answers a by-id read of something not yours exactly as one of something that does not exist', async () => {
    const { out: qingdao } = world.units;
    const record = await world.serviceRecord(qingdao, qingdao.members[4]!, 'APPROVED');
    const support = await new SupportService(server.dataSource, SYSTEM_ACTOR).record({
      kind: SupportKind.FUNDS,
      projectId: String(qingdao.projectId),
      occurredOn: '2019-05-01',
      amount: '10.00',
      fundingSource: FundingSource.UNION_FUNDS,
    });
    const training = await new TrainingService(server.dataSource, SYSTEM_ACTOR).record({
      unitId: String(qingdao.unitId),
      topic: '志愿服务礼仪',
      covers: [TrainingTopicKind.CONDUCT],
      heldOn: '2019-05-01',
      hours: '1',
      trainer: '李老师',
      attendeeIds: [String(qingdao.members[0]!.id)],
    });
    const cases: [string, string, Caller[]][] = [
      ['volunteer', String(qingdao.loner.id), ['coordinator', 'leader', 'volunteer']],
      ['serviceRecord', String(record.id), ['coordinator', 'leader', 'volunteer', 'siteContact']],
      ['supportEntry', String(support.id), ['coordinator', 'leader', 'siteContact']],
      ['trainingRecord', String(training.id), ['coordinator', 'leader', 'volunteer']],
    ];
    for (const [field, id, callers] of cases) {
      for (const caller of callers) {
        const ask = (value: string) =>
          // The field is named at run time.
          server.gql(
            `query($id: ID!) { ${field}(id: $id) { id } }`,
            { id: value },
            { token: world.tokens[caller] },
          );
        const theirs = await ask(id);
        const missing = await ask('987654');
        expect({ field, caller, body: theirs }).toEqual({ field, caller, body: missing });
        expect(theirs).toEqual({ data: { [field]: null } });
      }
    }
    // Downloads too: another unit's report is as unknown as a report that does not exist.
    const report = await server.dataSource.getRepository(StatusReport).save({
      unitId: qingdao.unitId,
      campaignId: world.campaignId,
      milestone: MilestoneKind.SUMMARY,
      status: StatusReportStatus.DRAFT,
      progressText: '总结',
    });
    const download = async (id: number | string) => {
      const response = await fetch(new URL(`/status-reports/${id}/report.csv`, server.url), {
        headers: { authorization: `Bearer ${world.tokens.coordinator}` },
      });
      return [response.status, ((await response.json()) as any).errors[0].extensions.code];
    };
    expect(await download(report.id)).toEqual([404, 'NOT_FOUND']);
    expect(await download(987654)).toEqual([404, 'NOT_FOUND']);
    const byNumber = (n: string) =>
      server.gql(
        graphql(`
          query AccessNestedVolunteerByNumber($n: String!) {
            volunteerByNumber(volunteerNumber: $n) {
              id
            }
          }
        `),
        { n },
        {
          token: world.tokens.coordinator,
        },
      );
    expect(await byNumber(qingdao.loner.volunteerNumber)).toEqual(await byNumber('V99999999'));
  });

  it('keeps home coordinates out of the audit trail the admin reads', async () => {
    const response = await server.gql(
      graphql(`
        query AccessNestedAuditEvents($f: AuditEventFilter) {
          auditEvents(filter: $f) {
            edges {
              node {
                after
              }
            }
          }
        }
      `),
      { f: { action: 'CREATE', entityType: 'Volunteer', entityId: String(tutors[0]!.id) } },
      { token: world.tokens.admin },
    );
    expect(response.errors).toBeUndefined();
    const [event] = response.data!.auditEvents.edges;
    expect(JSON.parse(event!.node.after!)).toMatchObject({ homeLatitude: '***', homeLongitude: '***' });
    expect(event!.node.after).not.toContain('35.12345');
  });
});
