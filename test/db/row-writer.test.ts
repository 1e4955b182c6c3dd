import { RowWriter } from '../../server/src/core/row-writer';
import { Unit, UnitKind } from '../../server/src/modules/units/unit.entity';
import { openTestDatabase, testDbKind, type TestDatabase } from '../support/test-database';

// The one bulk writer: the seeds' records and an archive export batch's rows go through it.
describe(`the bulk row writer (${testDbKind()})`, () => {
  let db: TestDatabase;
  const units = async () =>
    (await db.dataSource.getRepository(Unit).find({ order: { id: 'ASC' } })).map((unit) => ({
      code: unit.code,
      name: unit.name,
      parentId: unit.parentId,
      hasTimes: unit.createdAt instanceof Date && unit.updatedAt instanceof Date,
    }));
  const unit = (n: number, parentId: number | null = null): Partial<Unit> => ({
    code: `T-${n}`,
    name: `第${n}个单位`,
    kind: UnitKind.CITY,
    cityCode: '370100',
    parentId,
  });

  beforeAll(async () => {
    db = await openTestDatabase();
  });

  afterEach(async () => {
    await db.dataSource.query('DELETE FROM unit WHERE parentId IS NOT NULL');
    await db.dataSource.query('DELETE FROM unit');
  });

  afterAll(() => db.drop());

  it('writes every row, in order, over several statements, columns left out taking their defaults', async () => {
    const written: number[] = [];
    await db.dataSource.transaction(async (manager) => {
      const writer = new RowWriter(manager, Unit, { rowsPerBatch: 3, onWritten: (n) => written.push(n) });
      for (let n = 1; n <= 10; n++) await writer.add(unit(n));
      await writer.flush();
    });
    expect(written).toEqual([3, 3, 3, 1]);
    expect(await units()).toEqual(
      Array.from({ length: 10 }, (_, i) => ({
        code: `T-${i + 1}`,
        name: `第${i + 1}个单位`,
        parentId: null,
        hasTimes: true,
      })),
    );
  });

  it('sends the rows others refer to first (writtenFirst), so foreign keys hold', async () => {
    const parentId = 1001;
    await db.dataSource.transaction(async (manager) => {
      // The parent is still held (a batch of 100) when the children's first batch is sent.
      const parents = new RowWriter(manager, Unit, { rowsPerBatch: 100 });
      const children = new RowWriter(manager, Unit, { rowsPerBatch: 2, writtenFirst: [parents] });
      await parents.add({ id: parentId, ...unit(1) });
      for (let n = 2; n <= 5; n++) await children.add(unit(n, parentId));
      await children.flush();
      await parents.flush();
    });
    expect((await units()).map((u) => [u.code, u.parentId])).toEqual([
      ['T-1', null],
      ['T-2', parentId],
      ['T-3', parentId],
      ['T-4', parentId],
      ['T-5', parentId],
    ]);
  });

  it('reports a failed statement and, in a transaction, leaves none of the rows', async () => {
    const writing = db.dataSource.transaction(async (manager) => {
      const writer = new RowWriter(manager, Unit, { rowsPerBatch: 3 });
      for (let n = 1; n <= 7; n++) await writer.add(unit(n === 5 ? 99 : n));
      await writer.add(unit(99)); // the third statement repeats a unique code
      await writer.flush();
    });
    await expect(writing).rejects.toThrow(/UNIQUE|Duplicate/i);
    expect(await units()).toEqual([]);
  });
});
