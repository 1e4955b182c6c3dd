import { RowWriter } from '../../server/src/modules/archive-exports/archive-export.writer';
import { openTestDatabase, testDbKind, type TestDatabase } from '../support/test-database';

describe(`the batch's bulk row writer (${testDbKind()})`, () => {
  let db: TestDatabase;
  const rows = async () =>
    (await db.dataSource.query('SELECT id, label FROM row_writer_probe ORDER BY id')) as {
      id: number;
      label: string;
    }[];

  beforeAll(async () => {
    db = await openTestDatabase();
    await db.dataSource.query(
      'CREATE TABLE row_writer_probe (id INTEGER NOT NULL PRIMARY KEY, label VARCHAR(20) NOT NULL UNIQUE)',
    );
  });

  afterEach(() => db.dataSource.query('DELETE FROM row_writer_probe'));

  afterAll(async () => {
    await db.dataSource.query('DROP TABLE row_writer_probe');
    await db.drop();
  });

  it('writes every row, in order, over several statements, once closed', async () => {
    await db.dataSource.transaction(async (manager) => {
      const writer = new RowWriter(manager, 'row_writer_probe', ['id', 'label'], 3);
      for (let id = 1; id <= 10; id++) await writer.add([id, `第${id}行`]);
      await writer.close();
    });
    expect(await rows()).toEqual(
      Array.from({ length: 10 }, (_, i) => ({ id: i + 1, label: `第${i + 1}行` })),
    );
  });

  it('reports a failed statement and, in a transaction, leaves none of the rows', async () => {
    const writing = db.dataSource.transaction(async (manager) => {
      const writer = new RowWriter(manager, 'row_writer_probe', ['id', 'label'], 3);
      for (let id = 1; id <= 7; id++) await writer.add([id, id === 5 ? 'same' : `row ${id}`]);
      await writer.add([8, 'same']); // the third statement repeats a unique label
      await writer.close();
    });
    await expect(writing).rejects.toThrow(/UNIQUE|Duplicate/i);
    expect(await rows()).toEqual([]);
  });
});
