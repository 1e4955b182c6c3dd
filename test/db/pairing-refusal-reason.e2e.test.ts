import { Role, SYSTEM_ACTOR } from '../../server/src/core/actor';
import { UnitKind } from '../../server/src/modules/units/unit.entity';
import { UnitService } from '../../server/src/modules/units/unit.service';
import { testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';

const PAIR = graphql(`
  mutation PairingRefusalReasonPair($input: PairUnitWithSiteInput!) {
    pairUnitWithSite(input: $input) {
      id
      status
      refusalReason
    }
  }
`);
const REFUSE = graphql(`
  mutation PairingRefusalReasonRefuse($id: ID!, $reason: String) {
    refusePairing(id: $id, reason: $reason) {
      id
      status
      refusalReason
    }
  }
`);
const APPROVE = graphql(`
  mutation PairingRefusalReasonApprove($id: ID!) {
    approvePairing(id: $id) {
      id
      status
      refusalReason
    }
  }
`);
const PAIRING = graphql(`
  query PairingRefusalReasonPairing($s: ID!) {
    site(id: $s) {
      pairings {
        id
        status
        refusalReason
      }
    }
  }
`);

/**
 * 拒绝结对 with a reason: the site's owner says why it refuses a unit's request; the asking unit
 * reads it on the pairing; a reason too long is refused on `reason` and changes nothing; asking
 * again (or an approval) clears it.
 */
describe(`pairing refusal reason over HTTP (${testDbKind()})`, () => {
  let server: TestServer;
  let ownerToken: string;
  let askerToken: string;
  let askerUnitId: string;
  let siteId: string;

  beforeAll(async () => {
    server = await startTestServer();
    const units = new UnitService(server.dataSource, SYSTEM_ACTOR);
    const province = await units.create({
      code: 'P',
      name: '山东省教育工会',
      kind: UnitKind.PROVINCE,
      cityCode: '370100',
    });
    const city = (code: string, name: string, cityCode: string) =>
      units.create({ code, name, kind: UnitKind.CITY, parentId: String(province.id), cityCode });
    const owner = await city('SD-370100', '济南市教育工会', '370100');
    const asker = await city('SD-370200', '青岛市教育工会', '370200');
    askerUnitId = String(asker.id);
    ownerToken = await server.signInAs({
      username: 'jinan-coordinator',
      role: Role.UNIT_COORDINATOR,
      unitId: String(owner.id),
    });
    askerToken = await server.signInAs({
      username: 'qingdao-coordinator',
      role: Role.UNIT_COORDINATOR,
      unitId: askerUnitId,
    });
    const site = await server.gql(
      graphql(`
        mutation PairingRefusalReasonCreateSite($input: CreateSiteInput!) {
          createSite(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          name: '平阴县某村',
          kind: 'VILLAGE',
          areaCode: '370124',
          latitude: 36.29,
          longitude: 116.46,
        },
      },
      { token: ownerToken },
    );
    expect(site.errors).toBeUndefined();
    siteId = site.data!.createSite.id;
  });

  afterAll(() => server.stop());

  const ask = async () => {
    const asked = await server.gql(
      PAIR,
      { input: { unitId: askerUnitId, siteId, kind: 'SELF_PAIRED', startedOn: '2019-04-01' } },
      { token: askerToken },
    );
    expect(asked.errors).toBeUndefined();
    return asked.data!.pairUnitWithSite;
  };

  it('keeps the reason the owner gives, for the asking unit to read', async () => {
    const request = await ask();
    expect(request).toMatchObject({ status: 'REQUESTED', refusalReason: null });

    // Too long: refused on `reason`, and the request still waits.
    await server
      .as(ownerToken)
      .expectRejected(REFUSE, { id: request.id, reason: '远'.repeat(501) }, 'BAD_USER_INPUT', 'reason');
    const waiting = await server.gql(PAIRING, { s: siteId }, { token: askerToken });
    expect(waiting.data!.site!.pairings).toEqual([
      { id: request.id, status: 'REQUESTED', refusalReason: null },
    ]);

    const refused = await server.gql(
      REFUSE,
      { id: request.id, reason: '  该村今年已由本单位服务队全覆盖，建议选择邻近的村  ' },
      { token: ownerToken },
    );
    expect(refused.errors).toBeUndefined();
    expect(refused.data!.refusePairing).toEqual({
      id: request.id,
      status: 'REFUSED',
      refusalReason: '该村今年已由本单位服务队全覆盖，建议选择邻近的村',
    });
    const read = await server.gql(PAIRING, { s: siteId }, { token: askerToken });
    expect(read.data!.site!.pairings[0]!.refusalReason).toBe(
      '该村今年已由本单位服务队全覆盖，建议选择邻近的村',
    );
  });

  it('clears it when the unit asks again, and a refusal without a reason keeps none', async () => {
    const again = await ask();
    expect(again).toMatchObject({ status: 'REQUESTED', refusalReason: null });
    const refused = await server.gql(REFUSE, { id: again.id }, { token: ownerToken });
    expect(refused.data!.refusePairing).toMatchObject({ status: 'REFUSED', refusalReason: null });
    const third = await ask();
    const approved = await server.gql(APPROVE, { id: third.id }, { token: ownerToken });
    expect(approved.data!.approvePairing).toEqual({ id: third.id, status: 'ACTIVE', refusalReason: null });
  });

  it('is only the owner’s to give: the asking unit cannot refuse its own request', async () => {
    const site = await server.gql(
      graphql(`
        mutation PairingRefusalReasonCreateSite($input: CreateSiteInput!) {
          createSite(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          name: '商河县某村',
          kind: 'VILLAGE',
          areaCode: '370126',
          latitude: 37.31,
          longitude: 117.16,
        },
      },
      { token: ownerToken },
    );
    const asked = await server.gql(
      PAIR,
      {
        input: {
          unitId: askerUnitId,
          siteId: site.data!.createSite.id,
          kind: 'SELF_PAIRED',
          startedOn: '2019-04-01',
        },
      },
      { token: askerToken },
    );
    await server
      .as(askerToken)
      .expectRejected(REFUSE, { id: asked.data!.pairUnitWithSite.id, reason: '不需要了' }, 'FORBIDDEN', 'id');
  });
});
