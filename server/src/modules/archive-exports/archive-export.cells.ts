import { CELL } from './archive-export.rules';

/**
 * A row's cells (CELL order) split by where they come from, so a batch stores what its rows
 * share once: the volunteer's, the post's (project, post, site, team), and the record's own.
 * `joinCells(splitCells(cells))` gives the cells back exactly.
 */

const PERSON_CELLS = [
  CELL.name,
  CELL.documentType,
  CELL.documentNumber,
  CELL.mobile,
  CELL.area,
  CELL.registered,
] as const;
const POST_CELLS = [CELL.project, CELL.post, CELL.place, CELL.team] as const;
const RECORD_CELLS = [CELL.start, CELL.end, CELL.hours, CELL.remark, CELL.recorder, CELL.recordedOn] as const;
const CELL_COUNT = PERSON_CELLS.length + POST_CELLS.length + RECORD_CELLS.length;

/** The record's cells where they are not read (part 2 needs only the person's and the post's). */
const NO_RECORD_CELLS: readonly string[] = RECORD_CELLS.map(() => '');

export interface SplitCells {
  person: string[];
  post: string[];
  record: string[];
}

export function splitCells(cells: readonly string[]): SplitCells {
  const pick = (at: readonly number[]) => at.map((i) => cells[i]!);
  return { person: pick(PERSON_CELLS), post: pick(POST_CELLS), record: pick(RECORD_CELLS) };
}

export function joinCells(parts: { [K in keyof SplitCells]: readonly string[] }): string[] {
  const cells = new Array<string>(CELL_COUNT);
  const put = (at: readonly number[], values: readonly string[], part: string) => {
    if (values.length !== at.length)
      throw new Error(`stored ${part} cells: ${values.length}, expected ${at.length}`);
    at.forEach((i, k) => (cells[i] = values[k]!));
  };
  put(PERSON_CELLS, parts.person, 'person');
  put(POST_CELLS, parts.post, 'post');
  put(RECORD_CELLS, parts.record, 'record');
  return cells;
}

/**
 * Stored cells (JSON) parsed once per distinct text: the rows of a batch share a few thousand
 * people and posts. Bounded, so a batch of ever new people does not grow it without end.
 */
class ParsedCells {
  private readonly parsed = new Map<string, string[]>();

  constructor(private readonly limit = 50_000) {}

  of(text: string): string[] {
    let cells = this.parsed.get(text);
    if (!cells) {
      if (this.parsed.size >= this.limit) this.parsed.clear();
      cells = JSON.parse(text) as string[];
      this.parsed.set(text, cells);
    }
    return cells;
  }
}

/**
 * Rows rebuilt from what a batch stored: the person's and the post's texts (each parsed once, as
 * they repeat on many rows) with the record's own cells, or empty ones where they are not read.
 */
export class StoredCells {
  private readonly people = new ParsedCells();
  private readonly posts = new ParsedCells();

  row(personText: string, postText: string, record: readonly string[] = NO_RECORD_CELLS): string[] {
    return joinCells({ person: this.people.of(personText), post: this.posts.of(postText), record });
  }
}
