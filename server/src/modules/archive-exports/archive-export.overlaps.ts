/**
 * SEGMENT_OVERLAP for a whole export in one pass. Each approved record's segment is compared
 * with the other approved records of its volunteer that could touch it: records arrive ordered
 * by volunteer and start, and only those still running at the current start are kept, so the
 * pass holds a handful of segments at a time (a correlated subquery per candidate took most of a
 * million-row export's time). Two records overlap when each starts before the other ends
 * (touching ends allowed), whatever their lengths.
 */

export interface Span {
  id: number;
  volunteerId: number;
  /** Epoch milliseconds. */
  startsAt: number;
  endsAt: number;
}

export class OverlapSweep {
  private volunteerId: number | null = null;
  private running: Span[] = [];
  /** Record id → the smallest id of another record overlapping it. */
  readonly overlaps = new Map<number, number>();

  /** Spans must come ordered by volunteer, then start. */
  add(span: Span): void {
    if (span.volunteerId !== this.volunteerId) {
      this.volunteerId = span.volunteerId;
      this.running = [];
    }
    // Ended by this start: no later span (starting here or after) can overlap them.
    this.running = this.running.filter((other) => other.endsAt > span.startsAt);
    for (const other of this.running) {
      if (other.startsAt < span.endsAt && other.id !== span.id) {
        this.note(span.id, other.id);
        this.note(other.id, span.id);
      }
    }
    this.running.push(span);
  }

  private note(id: number, other: number): void {
    const known = this.overlaps.get(id);
    if (known === undefined || other < known) this.overlaps.set(id, other);
  }
}
