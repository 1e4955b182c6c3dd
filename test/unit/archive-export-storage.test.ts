import { joinCells, splitCells } from '../../server/src/modules/archive-exports/archive-export.cells';
import { OverlapSweep, type Span } from '../../server/src/modules/archive-exports/archive-export.overlaps';
import { CELL_COLUMNS } from '../../server/src/modules/archive-exports/archive-export.rules';

describe('stored cells split by person, post and record', () => {
  it('joins back to the very row', () => {
    const cells = CELL_COLUMNS.map((column, i) => `${column}-${i}`);
    const parts = splitCells(cells);
    expect(parts.person).toHaveLength(6);
    expect(parts.post).toHaveLength(4);
    expect(parts.record).toHaveLength(6);
    expect(joinCells(parts)).toEqual(cells);
  });

  it('refuses stored parts of the wrong length', () => {
    const parts = splitCells(CELL_COLUMNS.map(String));
    expect(() => joinCells({ ...parts, post: parts.post.slice(1) })).toThrow(/post cells/);
  });
});

describe('OverlapSweep', () => {
  // The rule as SQL would state it: another record of the volunteer, each starting before the other ends.
  function bruteForce(spans: Span[]): Map<number, number> {
    const found = new Map<number, number>();
    for (const a of spans)
      for (const b of spans) {
        if (a.id === b.id || a.volunteerId !== b.volunteerId) continue;
        if (b.startsAt < a.endsAt && b.endsAt > a.startsAt) {
          found.set(a.id, Math.min(found.get(a.id) ?? Infinity, b.id));
        }
      }
    return found;
  }

  it('finds every overlap the pairwise rule finds, and only those, with the smallest other id', () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const spans: Span[] = [];
    for (let id = 1; id <= 3000; id++) {
      const startsAt = random(2000) * 60_000;
      // Mostly short segments, some touching, some empty or reversed, a few very long.
      const length = [0, -60_000, 30 * 60_000, 60 * 60_000, 3 * 86_400_000][random(5)]! + random(3) * 60_000;
      spans.push({ id: 3001 - id, volunteerId: random(40), startsAt, endsAt: startsAt + length });
    }
    const ordered = [...spans].sort(
      (a, b) => a.volunteerId - b.volunteerId || a.startsAt - b.startsAt || a.id - b.id,
    );
    const sweep = new OverlapSweep();
    for (const span of ordered) sweep.add(span);
    const expected = bruteForce(spans);
    expect(expected.size).toBeGreaterThan(100);
    expect(new Map([...sweep.overlaps].sort((a, b) => a[0] - b[0]))).toEqual(
      new Map([...expected].sort((a, b) => a[0] - b[0])),
    );
  });

  it('lets segments touch', () => {
    const sweep = new OverlapSweep();
    sweep.add({ id: 1, volunteerId: 1, startsAt: 0, endsAt: 10 });
    sweep.add({ id: 2, volunteerId: 1, startsAt: 10, endsAt: 20 });
    sweep.add({ id: 3, volunteerId: 2, startsAt: 15, endsAt: 30 });
    expect(sweep.overlaps.size).toBe(0);
  });
});
