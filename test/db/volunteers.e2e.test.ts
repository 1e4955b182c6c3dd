import { Role } from '../../server/src/core/actor';
import { mobile, residentId } from '../support/fixtures';
import { testDbKind } from '../support/test-database';
import { expectError, startTestServer, type TestServer, type TokenClient } from '../support/test-server';
import { graphql } from '../graphql';
import type { CreateUnitInput, CreateVolunteerInput, VolunteerFilter } from '../graphql/graphql';

// Selections several operations of this file read alike.
graphql(`
  fragment VolunteersVolunteerFields on Volunteer {
    id
    volunteerNumber
    name
    gender
    birthDate
    documentType
    documentNumber
    mobile
    role
    title
    honours
    serviceCategories
    skills
    subjects
    homeAreaCode
    safetyTrainedOn
    active
    unitId
    unit {
      id
      name
    }
    availability {
      startsAt
      endsAt
    }
  }
`);

const CREATE_VOLUNTEER = graphql(`
  mutation VolunteersCreateVolunteer($input: CreateVolunteerInput!) {
    createVolunteer(input: $input) {
      ...VolunteersVolunteerFields
    }
  }
`);
const UPDATE_VOLUNTEER = graphql(`
  mutation VolunteersUpdateVolunteer($id: ID!, $input: UpdateVolunteerInput!) {
    updateVolunteer(id: $id, input: $input) {
      ...VolunteersVolunteerFields
    }
  }
`);
const VOLUNTEER = graphql(`
  query VolunteersVolunteer($id: ID!) {
    volunteer(id: $id) {
      ...VolunteersVolunteerFields
    }
  }
`);
const VOLUNTEERS = graphql(`
  query VolunteersVolunteers3($filter: VolunteerFilter) {
    volunteers(filter: $filter) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
const CREATE_UNIT = graphql(`
  mutation VolunteersCreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
    }
  }
`);

/** A resident ID whose check character is X, so the lower-case form can be typed. */
function residentIdEndingInX(area: string, birth: string): string {
  for (let sequence = 1; sequence < 1000; sequence++) {
    const id = residentId(area, birth, sequence);
    if (id.endsWith('X')) return id;
  }
  throw new Error('no sequence gives the check character X');
}

/** The first 17 characters with a check character that is not the right one. */
function withWrongCheckCharacter(id: string): string {
  const wrong = id[17] === '1' ? '2' : '1';
  return id.slice(0, 17) + wrong;
}

/** A sequence of 17 digits holding `birth` with its correct check character appended. */
function idWithBirth(birth: string): string {
  return residentId('370102', birth, 11);
}

// Windows in China time, sent as UTC instants.
const MAY_DAY = { startsAt: '2019-05-11T00:00:00.000Z', endsAt: '2019-05-11T04:00:00.000Z' };
const JUNE_DAY = { startsAt: '2019-06-15T01:00:00.000Z', endsAt: '2019-06-15T09:00:00.000Z' };
const JULY_DAY = { startsAt: '2019-07-20T00:30:00.000Z', endsAt: '2019-07-20T08:30:00.000Z' };

describe(`volunteers over HTTP (${testDbKind()})`, () => {
  let server: TestServer;
  let provinceId: string;
  let coordinatorToken: string;
  /** Sends the province coordinator's token: volunteers are the coordinators' to manage. */
  let coordinator: TokenClient;
  let jinanId: string;
  let sduId: string;
  let wang: any; // 王晓红: a teacher of the Jinan union, registered with a lower-case x
  let li: any; // 李强: a union cadre of the Jinan union, no safety training yet
  let zhang: any; // 张伟: a university teacher
  const wangId = residentIdEndingInX('370102', '19800315');

  async function createUnit(input: CreateUnitInput): Promise<string> {
    const response = await server.gql(CREATE_UNIT, { input });
    expect(response.errors).toBeUndefined();
    return response.data!.createUnit.id;
  }

  /** The smallest valid volunteer of the Jinan union; `overrides` change or add fields. */
  function volunteerInput(overrides: Partial<CreateVolunteerInput> = {}): CreateVolunteerInput {
    return {
      name: '赵敏',
      documentNumber: residentId('370103', '19900101', 22),
      mobile: mobile(99),
      unitId: jinanId,
      homeAreaCode: '370103',
      ...overrides,
    };
  }

  async function createVolunteer(overrides: Partial<CreateVolunteerInput>) {
    const response = await coordinator.gql(CREATE_VOLUNTEER, { input: volunteerInput(overrides) });
    expect(response.errors).toBeUndefined();
    return response.data!.createVolunteer;
  }

  async function namesMatching(filter: VolunteerFilter): Promise<{ totalCount: number; names: string[] }> {
    const response = await coordinator.gql(VOLUNTEERS, { filter });
    expect(response.errors).toBeUndefined();
    const { totalCount, edges } = response.data!.volunteers;
    return { totalCount, names: edges.map((edge: { node: { name: string } }) => edge.node.name) };
  }

  const rejectCreate = (
    overrides: Partial<CreateVolunteerInput>,
    code: string,
    field: string,
    client: Pick<TokenClient, 'expectRejected'> = coordinator,
  ) => client.expectRejected(CREATE_VOLUNTEER, { input: volunteerInput(overrides) }, code, field);

  beforeAll(async () => {
    server = await startTestServer();
    provinceId = await createUnit({
      code: 'SD',
      name: '中国教育工会山东省委员会',
      kind: 'PROVINCE',
      cityCode: '370100',
    });
    jinanId = await createUnit({
      code: 'SD-370100',
      name: '济南市教育工会',
      kind: 'CITY',
      parentId: provinceId,
      cityCode: '370100',
    });
    sduId = await createUnit({
      code: 'SD-U01',
      name: '山东大学工会',
      kind: 'UNIVERSITY',
      parentId: provinceId,
      cityCode: '370100',
    });
    // Volunteers are managed by coordinators: one at the province union sees every unit below it,
    // personal data included (the provincial admin does not need to and does not).
    coordinatorToken = await server.signInAs({
      username: 'sd-coordinator',
      role: Role.UNIT_COORDINATOR,
      unitId: provinceId,
    });
    coordinator = server.as(coordinatorToken);
    wang = await createVolunteer({
      name: '王晓红',
      documentNumber: wangId.slice(0, 17) + 'x',
      mobile: mobile(1),
      title: '高级教师',
      honours: ['MODEL_WORKER'],
      serviceCategories: ['TUTORING', 'SAFETY_TALK'],
      skills: ['急救培训', '数学辅导'],
      subjects: ['数学'],
      homeAreaCode: '370102',
      safetyTrainedOn: '2019-03-20',
      availability: [MAY_DAY, JUNE_DAY],
    });
    li = await createVolunteer({
      name: '李强',
      documentNumber: residentId('370104', '19750820', 13),
      mobile: mobile(2),
      role: 'UNION_CADRE',
      title: '工会主席',
      serviceCategories: ['POLICY_CONSULTING'],
      skills: ['政策宣讲'],
      homeAreaCode: '370104',
    });
    zhang = await createVolunteer({
      name: '张伟',
      documentNumber: residentId('370102', '19880505', 15),
      mobile: mobile(3),
      unitId: sduId,
      honours: ['ADVANCED_WORKER'],
      serviceCategories: ['SCIENCE_POPULARISATION', 'SAFETY_TALK'],
      skills: ['急救培训'],
      homeAreaCode: '370102',
      safetyTrainedOn: '2019-03-25',
    });
  });

  afterAll(() => server.stop());

  describe('registering', () => {
    it('normalises a lower-case x check character to X', () => {
      expect(wang.documentNumber).toBe(wangId);
      expect(wang.documentNumber.endsWith('X')).toBe(true);
      expect(wang.documentType).toBe('MAINLAND_ID_CARD');
    });

    it('derives gender and birth date from the resident ID', () => {
      // Sequence digit (17th character) even: a woman.
      expect(Number(wangId[16]) % 2).toBe(0);
      expect(wang).toMatchObject({ gender: 'FEMALE', birthDate: '1980-03-15' });
      expect(li).toMatchObject({ gender: 'MALE', birthDate: '1975-08-20' });
    });

    it('gives each volunteer a volunteerNumber of V and 8 digits that is not the document number', () => {
      for (const volunteer of [wang, li, zhang]) {
        expect(volunteer.volunteerNumber).toMatch(/^V\d{8}$/);
        expect(volunteer.volunteerNumber).toBe(`V${volunteer.id.padStart(8, '0')}`);
      }
      expect(new Set([wang.volunteerNumber, li.volunteerNumber, zhang.volunteerNumber]).size).toBe(3);
    });

    it('reads the volunteer back with its unit, availability windows, skills and defaults', async () => {
      const response = await coordinator.gql(VOLUNTEER, { id: wang.id });
      expect(response.errors).toBeUndefined();
      expect(response.data!.volunteer).toEqual({
        ...wang,
        role: 'VOLUNTEER',
        active: true,
        unitId: jinanId,
        unit: { id: jinanId, name: '济南市教育工会' },
        skills: ['急救培训', '数学辅导'],
        serviceCategories: ['TUTORING', 'SAFETY_TALK'],
        honours: ['MODEL_WORKER'],
        availability: [MAY_DAY, JUNE_DAY],
      });
      expect(response.data!.volunteer!.mobile).toBe(mobile(1));
    });
  });

  describe('updating', () => {
    it('changes the mobile and replaces every availability window, leaving other fields alone', async () => {
      const response = await coordinator.gql(UPDATE_VOLUNTEER, {
        id: wang.id,
        input: { mobile: '139 0000 1111', availability: [JULY_DAY] },
      });
      expect(response.errors).toBeUndefined();
      const read = await coordinator.gql(VOLUNTEER, { id: wang.id });
      expect(read.data!.volunteer).toMatchObject({
        mobile: '13900001111',
        availability: [JULY_DAY],
        name: '王晓红',
        documentNumber: wangId,
        gender: 'FEMALE',
        birthDate: '1980-03-15',
        skills: ['急救培训', '数学辅导'],
        safetyTrainedOn: '2019-03-20',
        volunteerNumber: wang.volunteerNumber,
      });
    });

    it('re-derives gender and birth date when the document number changes', async () => {
      const extra = await createVolunteer({
        name: '孙丽',
        documentNumber: residentId('370103', '19920202', 24),
        mobile: mobile(4),
      });
      expect(extra).toMatchObject({ gender: 'FEMALE', birthDate: '1992-02-02' });
      const response = await coordinator.gql(UPDATE_VOLUNTEER, {
        id: extra.id,
        input: { documentNumber: residentId('370103', '19930303', 25) },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.updateVolunteer).toMatchObject({ gender: 'MALE', birthDate: '1993-03-03' });
      // Tidy up: the filters below count the Jinan union's volunteers.
      const off = await coordinator.gql(UPDATE_VOLUNTEER, {
        id: extra.id,
        input: { active: false, unitId: provinceId },
      });
      expect(off.errors).toBeUndefined();
    });

    it('rejects a bad mobile on update (BAD_USER_INPUT, mobile) and writes nothing', async () => {
      await coordinator.expectRejected(
        UPDATE_VOLUNTEER,
        { id: li.id, input: { mobile: '1234' } },
        'BAD_USER_INPUT',
        'mobile',
      );
    });

    it('rejects replacing availability with a window ending before it starts and keeps the old windows', async () => {
      await coordinator.expectRejected(
        UPDATE_VOLUNTEER,
        { id: wang.id, input: { availability: [{ startsAt: JULY_DAY.endsAt, endsAt: JULY_DAY.startsAt }] } },
        'BAD_USER_INPUT',
        'availability[0].endsAt',
      );
    });

    it("rejects taking another volunteer's document number on update (CONFLICT, documentNumber)", async () => {
      await coordinator.expectRejected(
        UPDATE_VOLUNTEER,
        { id: li.id, input: { documentNumber: wangId.slice(0, 17) + 'x' } },
        'CONFLICT',
        'documentNumber',
      );
    });
  });

  describe('filters', () => {
    it('filters by unitId', async () => {
      expect(await namesMatching({ unitId: jinanId })).toEqual({ totalCount: 2, names: ['王晓红', '李强'] });
      expect(await namesMatching({ unitId: sduId })).toEqual({ totalCount: 1, names: ['张伟'] });
    });

    it('filters by unitId with includeSubUnits to take in the units below', async () => {
      expect(await namesMatching({ unitId: provinceId, active: true })).toEqual({ totalCount: 0, names: [] });
      expect(await namesMatching({ unitId: provinceId, includeSubUnits: true, active: true })).toEqual({
        totalCount: 3,
        names: ['王晓红', '李强', '张伟'],
      });
    });

    it('filters by role', async () => {
      expect(await namesMatching({ role: 'UNION_CADRE' })).toEqual({ totalCount: 1, names: ['李强'] });
      expect(await namesMatching({ role: 'VOLUNTEER', active: true })).toEqual({
        totalCount: 2,
        names: ['王晓红', '张伟'],
      });
    });

    it('filters by serviceCategory', async () => {
      expect(await namesMatching({ serviceCategory: 'TUTORING' })).toEqual({
        totalCount: 1,
        names: ['王晓红'],
      });
      expect(await namesMatching({ serviceCategory: 'SAFETY_TALK' })).toEqual({
        totalCount: 2,
        names: ['王晓红', '张伟'],
      });
      expect(await namesMatching({ serviceCategory: 'MEDICAL_SERVICE' })).toEqual({
        totalCount: 0,
        names: [],
      });
    });

    it('filters by a whole skill tag, not part of one', async () => {
      expect(await namesMatching({ skill: '急救培训' })).toEqual({
        totalCount: 2,
        names: ['王晓红', '张伟'],
      });
      expect(await namesMatching({ skill: '政策宣讲' })).toEqual({ totalCount: 1, names: ['李强'] });
      expect(await namesMatching({ skill: '急救' })).toEqual({ totalCount: 0, names: [] });
    });

    it('filters by honour', async () => {
      expect(await namesMatching({ honour: 'MODEL_WORKER' })).toEqual({ totalCount: 1, names: ['王晓红'] });
      expect(await namesMatching({ honour: 'ADVANCED_WORKER' })).toEqual({ totalCount: 1, names: ['张伟'] });
      expect(await namesMatching({ honour: 'EXCELLENT_TEACHER' })).toEqual({ totalCount: 0, names: [] });
    });

    it('filters by safetyTrained true and false', async () => {
      expect(await namesMatching({ safetyTrained: true })).toEqual({
        totalCount: 2,
        names: ['王晓红', '张伟'],
      });
      expect(await namesMatching({ safetyTrained: false, active: true })).toEqual({
        totalCount: 1,
        names: ['李强'],
      });
    });

    it('searches by part of the name and by volunteer number', async () => {
      expect(await namesMatching({ search: '晓红' })).toEqual({ totalCount: 1, names: ['王晓红'] });
      expect(await namesMatching({ search: '李' })).toEqual({ totalCount: 1, names: ['李强'] });
      expect(await namesMatching({ search: zhang.volunteerNumber.toLowerCase() })).toEqual({
        totalCount: 1,
        names: ['张伟'],
      });
      expect(await namesMatching({ search: '刘' })).toEqual({ totalCount: 0, names: [] });
    });

    it('combines filters with AND', async () => {
      expect(await namesMatching({ unitId: jinanId, skill: '急救培训', safetyTrained: true })).toEqual({
        totalCount: 1,
        names: ['王晓红'],
      });
    });

    it('finds a skill tag holding _ or % as typed', async () => {
      // Registered last among the filter tests: it adds a volunteer to the Jinan union.
      await createVolunteer({
        name: '钱程',
        documentNumber: residentId('370102', '19910909', 35),
        mobile: mobile(5),
        skills: ['Office_2016', '普通话100%达标'],
      });
      expect(await namesMatching({ skill: 'Office_2016' })).toEqual({ totalCount: 1, names: ['钱程'] });
      expect(await namesMatching({ skill: '普通话100%达标' })).toEqual({ totalCount: 1, names: ['钱程'] });
    });
  });

  describe('rejected input names the field and writes nothing', () => {
    it('a resident ID with a wrong check character (documentNumber)', async () => {
      await rejectCreate(
        { documentNumber: withWrongCheckCharacter(residentId('370102', '19850615', 31)) },
        'BAD_USER_INPUT',
        'documentNumber',
      );
    });

    it('a resident ID holding an impossible birth date, 30 February (documentNumber)', async () => {
      await rejectCreate({ documentNumber: idWithBirth('19850230') }, 'BAD_USER_INPUT', 'documentNumber');
    });

    it('a resident ID holding a birth date in the future (documentNumber)', async () => {
      await rejectCreate({ documentNumber: idWithBirth('20991231') }, 'BAD_USER_INPUT', 'documentNumber');
    });

    it('the same person submitted three times at the same moment: one is registered, the others get CONFLICT documentNumber', async () => {
      const input = volunteerInput({
        name: '周涛',
        documentNumber: residentId('370102', '19890412', 37),
        mobile: mobile(6),
      });
      const responses = await Promise.all([1, 2, 3].map(() => coordinator.gql(CREATE_VOLUNTEER, { input })));
      expect(responses.filter((r) => r.data?.createVolunteer)).toHaveLength(1);
      for (const response of responses.filter((r) => !r.data?.createVolunteer)) {
        expectError(response, 'CONFLICT', 'documentNumber');
      }
    });

    it('a mobile that is not 11 digits starting 13–19 (mobile)', async () => {
      await rejectCreate({ mobile: '12800001111' }, 'BAD_USER_INPUT', 'mobile');
      await rejectCreate({ mobile: '1380000111' }, 'BAD_USER_INPUT', 'mobile');
    });

    it('a name with digits (name)', async () => {
      await rejectCreate({ name: '王晓红2' }, 'BAD_USER_INPUT', 'name');
    });

    it('a document number already registered, typed with a lower-case x (CONFLICT, documentNumber)', async () => {
      await rejectCreate(
        { name: '王小红', documentNumber: wangId.slice(0, 17) + 'x' },
        'CONFLICT',
        'documentNumber',
      );
    });

    it('an unknown unit: NOT_FOUND for the provincial admin, FORBIDDEN for a coordinator (unitId)', async () => {
      await rejectCreate({ unitId: '999999' }, 'FORBIDDEN', 'unitId');
      await rejectCreate({ unitId: '999999' }, 'NOT_FOUND', 'unitId', server);
    });

    it('an availability window ending before it starts (availability[0].endsAt)', async () => {
      await rejectCreate(
        { availability: [{ startsAt: MAY_DAY.endsAt, endsAt: MAY_DAY.startsAt }] },
        'BAD_USER_INPUT',
        'availability[0].endsAt',
      );
    });

    it('an availability window ending when it starts, in second place (availability[1].endsAt)', async () => {
      await rejectCreate(
        { availability: [MAY_DAY, { startsAt: JUNE_DAY.startsAt, endsAt: JUNE_DAY.startsAt }] },
        'BAD_USER_INPUT',
        'availability[1].endsAt',
      );
    });

    it('a gender contradicting the one the ID encodes (gender)', async () => {
      // Sequence 22: even, a woman.
      await rejectCreate({ gender: 'MALE' }, 'BAD_USER_INPUT', 'gender');
    });

    it('a bad enum value passed as a variable, role "BOSS" (BAD_USER_INPUT, role)', async () => {
      // Deliberately not a VolunteerRole.
      await rejectCreate({ role: 'BOSS' as never }, 'BAD_USER_INPUT', 'role');
    });

    it('a bad enum value in a list passed as a variable (BAD_USER_INPUT, serviceCategories[1])', async () => {
      await rejectCreate(
        // Deliberately not a ServiceCategory.
        { serviceCategories: ['TUTORING', 'COOKING' as never] },
        'BAD_USER_INPUT',
        'serviceCategories[1]',
      );
    });
  });
});
