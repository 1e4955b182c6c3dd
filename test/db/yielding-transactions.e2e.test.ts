import { setTimeout as sleep } from 'node:timers/promises';
import { holdingConnection } from '../../server/src/core/sqlite-guard';
import { openTestDatabase, testDbKind, type TestDatabase } from '../support/test-database';

/**
 * A long transaction that gives the event loop turns (an archive export) must not take in the
 * statements of other requests that run meanwhile: on SQLite, with its one connection, they wait
 * until it has ended; on MariaDB/MySQL they run on their own connections. Either way their writes
 * are their own and a read sees only what was committed.
 */
describe(`transactions that yield to the event loop (${testDbKind()})`, () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase();
    await db.dataSource.query('CREATE TABLE yield_probe (id INT PRIMARY KEY, note VARCHAR(20))');
  });

  afterAll(() => db.drop());

  beforeEach(() => db.dataSource.query('DELETE FROM yield_probe'));

  const notes = async () =>
    ((await db.dataSource.query('SELECT note FROM yield_probe ORDER BY id')) as { note: string }[]).map(
      (row) => row.note,
    );

  it("keeps another request's write, made while it yields, when it rolls back", async () => {
    let otherDone = false;
    const long = holdingConnection(db.dataSource, () =>
      db.dataSource.transaction(async (manager) => {
        await manager.query(`INSERT INTO yield_probe (id, note) VALUES (1, 'long')`);
        await sleep(100); // the loop turns: the other request arrives now
        throw new Error('the long transaction fails');
      }),
    );
    const other = (async () => {
      await sleep(20);
      await db.dataSource.transaction((manager) =>
        manager.query(`INSERT INTO yield_probe (id, note) VALUES (2, 'other')`),
      );
      otherDone = true;
    })();
    await expect(long).rejects.toThrow('the long transaction fails');
    await other;
    expect(otherDone).toBe(true);
    expect(await notes()).toEqual(['other']);
  });

  it('lets a read made while it yields see only committed rows', async () => {
    let seen: string[] | null = null;
    const long = holdingConnection(db.dataSource, () =>
      db.dataSource.transaction(async (manager) => {
        await manager.query(`INSERT INTO yield_probe (id, note) VALUES (1, 'uncommitted')`);
        await sleep(100);
        throw new Error('rolled back');
      }),
    );
    const read = (async () => {
      await sleep(20);
      seen = await notes();
    })();
    await expect(long).rejects.toThrow('rolled back');
    await read;
    expect(seen).toEqual([]);
  });

  it('commits both when neither fails, and a nested hold joins the holder', async () => {
    const long = holdingConnection(db.dataSource, () =>
      db.dataSource.transaction(async (manager) => {
        await manager.query(`INSERT INTO yield_probe (id, note) VALUES (1, 'long')`);
        await sleep(50);
        // Work inside the hold may read through the data source too (same context: no wait).
        await holdingConnection(db.dataSource, () => db.dataSource.query('SELECT COUNT(*) FROM yield_probe'));
        await manager.query(`INSERT INTO yield_probe (id, note) VALUES (3, 'long again')`);
      }),
    );
    const other = (async () => {
      await sleep(10);
      await db.dataSource.query(`INSERT INTO yield_probe (id, note) VALUES (2, 'other')`);
    })();
    await Promise.all([long, other]);
    expect(await notes()).toEqual(['long', 'other', 'long again']);
  });
});
