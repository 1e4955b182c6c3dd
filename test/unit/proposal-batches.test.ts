import { proposalBatches } from '../../server/src/modules/matching/matching.service';

const group = (needId: number, size: number) => ({
  needId,
  volunteerIds: Array.from({ length: size }, (_, i) => i),
});
const sizes = (batches: { volunteerIds: unknown[] }[][]) =>
  batches.map((batch) => batch.reduce((sum, g) => sum + g.volunteerIds.length, 0));

describe('proposalBatches', () => {
  it('keeps the order, never splits a need, and fills each batch up to the size', () => {
    const groups = [group(1, 3), group(2, 4), group(3, 2), group(4, 5), group(5, 1)];
    const batches = proposalBatches(groups, 7);
    expect(batches.flat().map((g) => g.needId)).toEqual([1, 2, 3, 4, 5]);
    expect(sizes(batches)).toEqual([7, 7, 1]);
  });

  it('gives a need larger than the size a batch of its own', () => {
    expect(sizes(proposalBatches([group(1, 2), group(2, 9), group(3, 2)], 5))).toEqual([2, 9, 2]);
  });

  it('gives no batch for no groups', () => {
    expect(proposalBatches([], 5)).toEqual([]);
  });
});
