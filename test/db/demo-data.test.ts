import { DEMO_SIZE } from '../../seeds/seed';
import { seedDemoDataIfEmpty } from '../../seeds/demo';
import { openTestDatabase, testDbKind, type TestDatabase } from '../support/test-database';

describe(`the demo data npm start seeds (${testDbKind()})`, () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase();
  });

  afterAll(() => db.drop());

  it('fills an empty database once, with approved service time for reports, totals and exports', async () => {
    const summary = await seedDemoDataIfEmpty(db.dataSource);
    expect(summary?.volunteers).toBe(DEMO_SIZE.volunteers);
    const [row] = await db.dataSource.query(
      `SELECT COUNT(*) AS n FROM service_record WHERE status = 'APPROVED'`,
    );
    expect(Number(row.n)).toBe(DEMO_SIZE.records);
    // A second start finds data and leaves it alone.
    expect(await seedDemoDataIfEmpty(db.dataSource)).toBeNull();
    const [again] = await db.dataSource.query('SELECT COUNT(*) AS n FROM service_record');
    expect(Number(again.n)).toBe(DEMO_SIZE.records);
  });
});
