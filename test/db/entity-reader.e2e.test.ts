import { columnsHydrator, entityReader } from '../../server/src/core/entity-reader';
import { Volunteer } from '../../server/src/modules/volunteers/volunteer.entity';
import { AccessWorld } from '../support/access-world';
import { testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * The entity reader's pages and raw rows of a few columns come out as TypeORM's own hydration gives
 * them (JSON, booleans, dates, numbers).
 */
describe(`entity reader (${testDbKind()})`, () => {
  let server: TestServer;
  let world: AccessWorld;

  beforeAll(async () => {
    server = await startTestServer();
    world = await new AccessWorld(server).build();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('converts each column as find does', async () => {
    const columns = [
      'id',
      'honours',
      'skills',
      'active',
      'safetyTrainedOn',
      'homeLatitude',
      'createdAt',
    ] as const;
    const id = world.units.in.cadre.id;
    const found = await server.dataSource.getRepository(Volunteer).findOneByOrFail({ id });
    const query = server.dataSource.getRepository(Volunteer).createQueryBuilder('v').select('v.id', 'id');
    for (const name of columns.slice(1)) query.addSelect(`v.${name}`, name);
    const [row] = await query.where('v.id = :id', { id }).getRawMany();
    const hydrated = columnsHydrator(server.dataSource, Volunteer, columns)(row);
    expect(hydrated).toEqual(Object.fromEntries(columns.map((name) => [name, found[name]])));
    expect(typeof hydrated.active).toBe('boolean');
    expect(hydrated.createdAt).toBeInstanceOf(Date);
  });

  it('reads pages of whole entities in key order, each after the last key, as find gives them', async () => {
    const repository = server.dataSource.getRepository(Volunteer);
    const expected = await repository.find({ where: { unitId: world.units.in.unitId }, order: { id: 'ASC' } });
    expect(expected.length).toBeGreaterThan(2);
    const reader = entityReader(server.dataSource, Volunteer);
    const pages: Volunteer[][] = [];
    for (let after = 0; ; ) {
      const page = await reader.page('unitId = ?', [world.units.in.unitId], after, 2);
      pages.push(page);
      if (page.length < 2) break;
      after = page[page.length - 1]!.id;
    }
    expect(pages.every((page) => page.length <= 2)).toBe(true);
    const read = pages.flat();
    expect(read).toEqual(expected);
    expect(read[0]).toBeInstanceOf(Volunteer);
  });

  it('refuses a property that is not a column', () => {
    expect(() => columnsHydrator(server.dataSource, Volunteer, ['unit' as 'id'])).toThrow(
      'Volunteer has no column unit',
    );
  });
});
