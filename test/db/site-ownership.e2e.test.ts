import { Role, SYSTEM_ACTOR } from '../../server/src/core/actor';
import { AuditEvent } from '../../server/src/core/audit-event.entity';
import { ServiceCategory } from '../../server/src/modules/code-lists/service-category';
import { ServiceNeed } from '../../server/src/modules/needs/service-need.entity';
import { serviceNeedEvent } from '../../server/src/modules/needs/service-need.events';
import { Pairing, Site } from '../../server/src/modules/sites/site.entity';
import { UnitKind } from '../../server/src/modules/units/unit.entity';
import { UnitService } from '../../server/src/modules/units/unit.service';
import { VolunteerService } from '../../server/src/modules/volunteers/volunteer.service';
import { AccessWorld, type UnitSide } from '../support/access-world';
import { testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';
import type { CreateSiteInput, PostServiceNeedInput, TypedDocumentString } from '../graphql/graphql';

const PAIR = graphql(`
  mutation SiteOwnershipPair($input: PairUnitWithSiteInput!) {
    pairUnitWithSite(input: $input) {
      id
      status
      unitId
      siteId
    }
  }
`);
const APPROVE = graphql(`
  mutation SiteOwnershipApprove($id: ID!) {
    approvePairing(id: $id) {
      id
      status
    }
  }
`);
const REFUSE = graphql(`
  mutation SiteOwnershipRefuse($id: ID!) {
    refusePairing(id: $id) {
      id
      status
    }
  }
`);
const END = graphql(`
  mutation SiteOwnershipEnd($id: ID!, $on: LocalDate!) {
    endPairing(id: $id, endedOn: $on) {
      id
      endedOn
    }
  }
`);
const REQUESTS = graphql(`
  query SiteOwnershipRequests {
    pairingRequests {
      totalCount
      edges {
        node {
          id
          status
          unit {
            id
          }
          site {
            id
          }
        }
      }
    }
  }
`);
const UPDATE_SITE = graphql(`
  mutation SiteOwnershipUpdateSite($id: ID!, $input: UpdateSiteInput!) {
    updateSite(id: $id, input: $input) {
      id
    }
  }
`);
const MARK = graphql(`
  mutation SiteOwnershipMark($s: ID!) {
    markLongTermBase(siteId: $s, since: "2019-06-01") {
      id
    }
  }
`);
const POST_NEED = graphql(`
  mutation SiteOwnershipPostNeed($input: PostServiceNeedInput!) {
    postServiceNeed(input: $input) {
      id
      postedByUnitId
    }
  }
`);
const UPDATE_NEED = graphql(`
  mutation SiteOwnershipUpdateNeed($id: ID!, $input: UpdateServiceNeedInput!) {
    updateServiceNeed(id: $id, input: $input) {
      id
      status
    }
  }
`);
const PROPOSE = graphql(`
  mutation SiteOwnershipPropose($needId: ID!, $ids: [ID!]!) {
    proposeAssignments(needId: $needId, volunteerIds: $ids) {
      id
      status
    }
  }
`);
const CONFIRM = graphql(`
  mutation SiteOwnershipConfirm($id: ID!) {
    confirmAssignment(id: $id) {
      id
      status
    }
  }
`);
const CANCEL = graphql(`
  mutation SiteOwnershipCancel($id: ID!) {
    cancelAssignment(id: $id, reason: "现场另有安排") {
      id
      status
    }
  }
`);
const CREATE_ACCOUNT = graphql(`
  mutation SiteOwnershipCreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
    }
  }
`);
const CREATE_PROJECT = graphql(`
  mutation SiteOwnershipCreateProject($input: CreateServiceProjectInput!) {
    createServiceProject(input: $input) {
      id
    }
  }
`);
const CREATE_SITE = graphql(`
  mutation SiteOwnershipCreateSite($input: CreateSiteInput!) {
    createSite(input: $input) {
      id
      ownerUnitId
      ownerUnit {
        id
      }
    }
  }
`);

/**
 * Pairing never widens a unit's rights over what another unit owns: unit B asking to pair with
 * unit A's site waits for A's answer, and even once paired acts only on its own needs, projects
 * and assignments. Jinan is A (owns its site), Qingdao is B, Zibo a third paired unit.
 */
describe(`site ownership and pairing approval over HTTP (${testDbKind()})`, () => {
  let server: TestServer;
  let world: AccessWorld;
  let a: UnitSide;
  let b: UnitSide;
  let aToken: string;
  let bToken: string;
  let ziboToken: string;
  let ziboUnitId: number;
  let requestId: string;
  let bVolunteerIds: number[];

  function needInput(siteId: number, title: string, hour = 1): PostServiceNeedInput {
    return {
      siteId: String(siteId),
      campaignId: String(world.campaignId),
      title,
      category: 'TUTORING',
      headcount: 2,
      startsAt: `${world.year}-08-0${hour}T01:00:00Z`,
      endsAt: `${world.year}-08-0${hour}T04:00:00Z`,
    };
  }

  /** Fails with `code` on `field` and leaves every table as it was. */
  async function refused<R, V>(
    token: string,
    query: TypedDocumentString<R, V>,
    variables: NoInfer<V>,
    code: string,
    field: string,
  ) {
    await server.as(token).expectRejected(query, variables, code, field);
  }

  beforeAll(async () => {
    server = await startTestServer();
    world = await new AccessWorld(server).build();
    a = world.units.in;
    b = world.units.out;
    aToken = world.tokens.coordinator;
    bToken = await server.signInAs({
      username: 'qingdao-coordinator',
      role: Role.UNIT_COORDINATOR,
      unitId: String(b.unitId),
    });
    const zibo = await new UnitService(server.dataSource, SYSTEM_ACTOR).create({
      code: 'SD-370300',
      name: '淄博市教育工会',
      kind: UnitKind.CITY,
      parentId: String(world.provinceId),
      cityCode: '370300',
    });
    ziboUnitId = zibo.id;
    ziboToken = await server.signInAs({
      username: 'zibo-coordinator',
      role: Role.UNIT_COORDINATOR,
      unitId: String(zibo.id),
    });
    bVolunteerIds = [b.members[0]!.id, b.members[1]!.id];
  });

  afterAll(() => server.stop());

  it('gives every site an owner: its own unit for a coordinator, the province for the admin', async () => {
    const input: CreateSiteInput = {
      name: '单县某村小学',
      kind: 'SCHOOL',
      areaCode: '371722',
      latitude: 34.8,
      longitude: 116.1,
    };
    const byCoordinator = await server.as(aToken).gql(CREATE_SITE, { input });
    expect(byCoordinator.errors).toBeUndefined();
    expect(byCoordinator.data!.createSite).toMatchObject({
      ownerUnitId: String(a.unitId),
      ownerUnit: { id: String(a.unitId) },
    });
    const byAdmin = await server.gql(CREATE_SITE, { input: { ...input, name: '单县某村卫生室' } });
    expect(byAdmin.data!.createSite).toMatchObject({ ownerUnitId: null, ownerUnit: null });
    await refused(
      bToken,
      CREATE_SITE,
      { input: { ...input, name: '单县另一村', ownerUnitId: String(a.unitId) } },
      'FORBIDDEN',
      'ownerUnitId',
    );
  });

  it("keeps B's self-pairing with A's site a request, which gives B nothing", async () => {
    const asked = await server.as(bToken).gql(PAIR, {
      input: { unitId: b.unitId, siteId: a.siteId, kind: 'SELF_PAIRED', startedOn: `${world.year}-02-01` },
    });
    expect(asked.errors).toBeUndefined();
    expect(asked.data!.pairUnitWithSite).toMatchObject({ status: 'REQUESTED', unitId: String(b.unitId) });
    requestId = asked.data!.pairUnitWithSite.id;

    await refused(
      bToken,
      UPDATE_SITE,
      { id: a.siteId, input: { description: '已由青岛接管' } },
      'FORBIDDEN',
      'id',
    );
    await refused(
      bToken,
      UPDATE_SITE,
      { id: a.siteId, input: { contactPhone: '13800001111' } },
      'FORBIDDEN',
      'id',
    );
    await refused(bToken, UPDATE_NEED, { id: a.needId, input: { status: 'CANCELLED' } }, 'FORBIDDEN', 'id');
    await refused(bToken, MARK, { s: a.siteId }, 'FORBIDDEN', 'siteId');
    await refused(bToken, POST_NEED, { input: needInput(a.siteId, '青岛冒名需求') }, 'FORBIDDEN', 'siteId');
    await refused(bToken, PROPOSE, { needId: a.needId, ids: bVolunteerIds }, 'FORBIDDEN', 'needId');
    await refused(
      bToken,
      CREATE_ACCOUNT,
      {
        input: {
          username: 'hijacked-site',
          displayName: '冒名联系人',
          password: 'a-long-enough-password',
          role: 'SITE_CONTACT',
          siteId: a.siteId,
        },
      },
      'FORBIDDEN',
      'siteId',
    );
    await refused(
      bToken,
      CREATE_PROJECT,
      { input: world.projectInput(b.teamId, a.siteId) },
      'BAD_USER_INPUT',
      'siteId',
    );
    // B cannot answer its own request either.
    await refused(bToken, APPROVE, { id: requestId }, 'FORBIDDEN', 'id');
    const bRequests = await server.as(bToken).gql(REQUESTS);
    expect(bRequests.data!.pairingRequests.totalCount).toBe(0);
  });

  it("lets only the site's owner (or the province) answer, audited", async () => {
    const waiting = await server.as(aToken).gql(REQUESTS);
    expect(waiting.data!.pairingRequests.edges.map((e: any) => e.node)).toEqual([
      { id: requestId, status: 'REQUESTED', unit: { id: String(b.unitId) }, site: { id: String(a.siteId) } },
    ]);
    await refused(ziboToken, APPROVE, { id: requestId }, 'FORBIDDEN', 'id');
    const approved = await server.as(aToken).gql(APPROVE, { id: requestId });
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approvePairing).toEqual({ id: requestId, status: 'ACTIVE' });
    await refused(aToken, REFUSE, { id: requestId }, 'CONFLICT', 'id');
    const trail = await server.dataSource
      .getRepository(AuditEvent)
      .findBy({ entityType: 'Pairing', entityId: requestId });
    expect(trail.map((e) => [e.action, (e.after as { status?: string } | null)?.status])).toEqual([
      ['CREATE', 'REQUESTED'],
      ['UPDATE', 'ACTIVE'],
    ]);
  });

  it("still keeps B off A's site, needs and contact account once paired, but lets B serve", async () => {
    const siteBefore = await server.dataSource.getRepository(Site).findOneByOrFail({ id: a.siteId });
    await refused(
      bToken,
      UPDATE_SITE,
      { id: a.siteId, input: { contactName: '青岛联系人' } },
      'FORBIDDEN',
      'id',
    );
    await refused(bToken, UPDATE_NEED, { id: a.needId, input: { headcount: 1 } }, 'FORBIDDEN', 'id');
    await refused(bToken, MARK, { s: a.siteId }, 'FORBIDDEN', 'siteId');
    expect(await server.dataSource.getRepository(Site).findOneByOrFail({ id: a.siteId })).toEqual(siteBefore);

    // B posts a need of its own at A's site, changes it, and serves the site's own need.
    const own = await server.as(bToken).gql(POST_NEED, { input: needInput(a.siteId, '青岛队暑期辅导', 2) });
    expect(own.errors).toBeUndefined();
    expect(own.data!.postServiceNeed.postedByUnitId).toBe(String(b.unitId));
    const changed = await server.as(bToken).gql(UPDATE_NEED, {
      id: own.data!.postServiceNeed.id,
      input: { headcount: 3 },
    });
    expect(changed.errors).toBeUndefined();
    const project = await server
      .as(bToken)
      .gql(CREATE_PROJECT, { input: world.projectInput(b.teamId, a.siteId) });
    expect(project.errors).toBeUndefined();
    const proposed = await server.as(bToken).gql(PROPOSE, { needId: a.needId, ids: bVolunteerIds });
    expect(proposed.errors).toBeUndefined();
    const confirmed = await server.as(bToken).gql(CONFIRM, { id: proposed.data!.proposeAssignments[0]!.id });
    expect(confirmed.data!.confirmAssignment.status).toBe('CONFIRMED');

    // A, whose need it is, may clear it of B's people; a third unit may not.
    await refused(ziboToken, CANCEL, { id: confirmed.data!.confirmAssignment.id }, 'FORBIDDEN', 'id');
    const cancelled = await server.as(aToken).gql(CANCEL, { id: confirmed.data!.confirmAssignment.id });
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelAssignment.status).toBe('CANCELLED');
    const need = await server.dataSource.getRepository(ServiceNeed).findOneByOrFail({ id: a.needId });
    expect(need.confirmedCount).toBe(0);
  });

  it('keeps a need a paired unit posted closed to the other paired units', async () => {
    // Zibo, paired by the province, posts its own need at A's site.
    await server.dataSource.getRepository(Pairing).save({
      unitId: ziboUnitId,
      siteId: a.siteId,
      kind: 'SELF_PAIRED',
      startedOn: `${world.year}-02-01`,
    } as Pairing);
    const zibos = await server
      .as(ziboToken)
      .gql(POST_NEED, { input: needInput(a.siteId, '淄博队科普讲座', 3) });
    expect(zibos.errors).toBeUndefined();
    const ziboNeedId = zibos.data!.postServiceNeed.id;
    await refused(bToken, PROPOSE, { needId: ziboNeedId, ids: bVolunteerIds }, 'FORBIDDEN', 'needId');
    await refused(bToken, UPDATE_NEED, { id: ziboNeedId, input: { status: 'CANCELLED' } }, 'FORBIDDEN', 'id');
    // The site's owner still answers for every need on its site.
    const closed = await server.as(aToken).gql(UPDATE_NEED, { id: ziboNeedId, input: { status: 'CLOSED' } });
    expect(closed.data!.updateServiceNeed.status).toBe('CLOSED');
  });

  it('lets the owner end a pairing on its site, after which the need is closed to B again', async () => {
    const proposed = await server.as(bToken).gql(PROPOSE, { needId: a.needId, ids: [b.members[2]!.id] });
    expect(proposed.errors).toBeUndefined();
    const ended = await server.as(aToken).gql(END, { id: requestId, on: `${world.year}-03-01` });
    expect(ended.errors).toBeUndefined();
    await refused(bToken, CONFIRM, { id: proposed.data!.proposeAssignments[0]!.id }, 'FORBIDDEN', 'id');
    await refused(bToken, PROPOSE, { needId: a.needId, ids: [b.members[3]!.id] }, 'FORBIDDEN', 'needId');
  });

  it('counts a pairing that waits for approval nowhere: filters, need events, matching', async () => {
    // The one person anywhere who offers the need's category is B's: only the pairing decides the plan.
    await new VolunteerService(server.dataSource, SYSTEM_ACTOR).update(b.loner.id, {
      serviceCategories: [ServiceCategory.MEDICAL_SERVICE],
    });
    const waitingSite = await world.site(a.unitId);
    const asked = await server.as(bToken).gql(PAIR, {
      input: { unitId: b.unitId, siteId: waitingSite, kind: 'SELF_PAIRED', startedOn: `${world.year}-02-01` },
    });
    expect(asked.data!.pairUnitWithSite.status).toBe('REQUESTED');
    const posted = await server.as(aToken).gql(POST_NEED, {
      input: { ...needInput(waitingSite, '王庄村义诊', 4), category: ServiceCategory.MEDICAL_SERVICE },
    });
    expect(posted.data!.postServiceNeed.postedByUnitId).toBe(String(a.unitId));
    const needId = posted.data!.postServiceNeed.id;
    const sites = await server.as(bToken).gql(
      graphql(`
        query SiteOwnershipSites($u: ID!) {
          sites(filter: { pairedUnitId: $u }) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
      { u: b.unitId },
    );
    expect(sites.data!.sites.edges.map((e: any) => e.node.id)).not.toContain(String(waitingSite));
    const needs = await server.as(bToken).gql(
      graphql(`
        query SiteOwnershipServiceNeeds($u: ID!) {
          serviceNeeds(filter: { pairedUnitId: $u }) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
      { u: b.unitId },
    );
    expect(needs.data!.serviceNeeds.edges.map((e: any) => e.node.id)).not.toContain(needId);
    const plan = await server.as(bToken).gql(
      // This world's people state no availability: everyone is weighed, as the pairing is the point here.
      graphql(`
        query SiteOwnershipMatchingPlan($c: ID!, $u: ID!) {
          matchingPlan(campaignId: $c, scope: { unitId: $u }, includeUnavailable: true) {
            assignments {
              needId
            }
          }
        }
      `),
      { c: world.campaignId, u: b.unitId },
    );
    expect(plan.errors).toBeUndefined();
    expect(plan.data!.matchingPlan.assignments.map((p: any) => p.needId)).not.toContain(needId);
    // Nor does it show B the assignments of A's people to the site's needs.
    const proposedByA = await server.as(aToken).gql(PROPOSE, { needId, ids: [a.loner.id] });
    expect(proposedByA.errors).toBeUndefined();
    const seenByB = async () => {
      const list = await server.as(bToken).gql(
        graphql(`
          query SiteOwnershipAssignments($n: ID) {
            assignments(filter: { needId: $n }) {
              totalCount
            }
          }
        `),
        {
          n: needId,
        },
      );
      const nested = await server.as(bToken).gql(
        graphql(`
          query SiteOwnershipServiceNeed($n: ID!) {
            serviceNeed(id: $n) {
              assignments {
                id
              }
            }
          }
        `),
        {
          n: needId,
        },
      );
      return [list.data!.assignments.totalCount, nested.data!.serviceNeed!.assignments.length];
    };
    expect(await seenByB()).toEqual([0, 0]);
    // Subscribers filtering on their pairings (`pairedWithMyUnits`) read the event's paired units.
    const need = await server.dataSource.getRepository(ServiceNeed).findOneByOrFail({ id: Number(needId) });
    expect((await serviceNeedEvent(server.dataSource.manager, need)).pairedUnitIds).not.toContain(b.unitId);
    // Approved, the site's own need is open to B and B's people are planned for it.
    await server.as(aToken).gql(APPROVE, { id: asked.data!.pairUnitWithSite.id });
    expect((await serviceNeedEvent(server.dataSource.manager, need)).pairedUnitIds).toContain(b.unitId);
    expect(await seenByB()).toEqual([1, 1]);
    const after = await server.as(bToken).gql(
      // This world's people state no availability: everyone is weighed, as the pairing is the point here.
      graphql(`
        query SiteOwnershipMatchingPlan($c: ID!, $u: ID!) {
          matchingPlan(campaignId: $c, scope: { unitId: $u }, includeUnavailable: true) {
            assignments {
              needId
            }
          }
        }
      `),
      { c: world.campaignId, u: b.unitId },
    );
    expect(after.data!.matchingPlan.assignments.map((p: any) => p.needId)).toContain(needId);
  });

  it('lets a refused unit ask again, and the owner give out its own site’s contact account', async () => {
    const other = await world.site(a.unitId);
    const asked = await server.as(bToken).gql(PAIR, {
      input: { unitId: b.unitId, siteId: other, kind: 'SELF_PAIRED', startedOn: `${world.year}-02-01` },
    });
    const id = asked.data!.pairUnitWithSite.id;
    const refusedPairing = await server.as(aToken).gql(REFUSE, { id });
    expect(refusedPairing.data!.refusePairing.status).toBe('REFUSED');
    await refused(
      bToken,
      CREATE_PROJECT,
      { input: world.projectInput(b.teamId, other) },
      'BAD_USER_INPUT',
      'siteId',
    );
    const again = await server.as(bToken).gql(PAIR, {
      input: { unitId: b.unitId, siteId: other, kind: 'SELF_PAIRED', startedOn: `${world.year}-02-01` },
    });
    expect(again.data!.pairUnitWithSite).toEqual({
      id,
      status: 'REQUESTED',
      unitId: String(b.unitId),
      siteId: String(other),
    });
    // The owner's own pairing is active at once.
    const ownPairing = await server.as(aToken).gql(PAIR, {
      input: { unitId: a.unitId, siteId: other, kind: 'BUREAU_PAIRED', startedOn: `${world.year}-02-01` },
    });
    expect(ownPairing.data!.pairUnitWithSite.status).toBe('ACTIVE');
    const contact = await server.as(aToken).gql(CREATE_ACCOUNT, {
      input: {
        username: 'own-site-contact',
        displayName: '王庄村联系人',
        password: 'a-long-enough-password',
        role: 'SITE_CONTACT',
        siteId: String(other),
      },
    });
    expect(contact.errors).toBeUndefined();
    const contacts = graphql(`
      query SiteOwnershipContacts {
        accounts(filter: { role: SITE_CONTACT }) {
          totalCount
        }
      }
    `);
    expect((await server.as(aToken).gql(contacts)).data!.accounts.totalCount).toBe(2);
    expect((await server.as(bToken).gql(contacts)).data!.accounts.totalCount).toBe(0);
  });
});
