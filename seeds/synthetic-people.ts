import { idCheckCharacter } from '../server/src/modules/volunteers/document-number';
import {
  GIVEN_NAME_CHARS_FEMALE,
  GIVEN_NAME_CHARS_MALE,
  GIVEN_NAME_CHARS_NEUTRAL,
  MINORITY_FULL_NAMES,
  SURNAMES,
} from './data/people';
import type { Random } from './random';

/**
 * Synthetic people: plausible names, resident IDs with a correct GB 11643 check character and
 * Shandong area codes, and mobiles. Every value is made up; none belongs to a real person.
 */
export class SyntheticPeople {
  private readonly usedIds = new Set<string>();

  constructor(private readonly random: Random) {}

  name(gender: 'MALE' | 'FEMALE'): string {
    if (this.random.chance(0.004)) return this.random.pick(MINORITY_FULL_NAMES);
    const surname = this.random.weighted(SURNAMES);
    const pool = gender === 'MALE' ? GIVEN_NAME_CHARS_MALE : GIVEN_NAME_CHARS_FEMALE;
    const first = this.random.pick(this.random.chance(0.3) ? GIVEN_NAME_CHARS_NEUTRAL : pool);
    return this.random.chance(0.35) ? surname + first : surname + first + this.random.pick(pool);
  }

  /** An 18-character resident ID: area + birth date + sequence (odd for men) + check character. */
  residentId(areaCode: string, gender: 'MALE' | 'FEMALE', birthYearFrom = 1963, birthYearTo = 1998): string {
    for (;;) {
      const year = this.random.int(birthYearFrom, birthYearTo);
      const month = this.random.int(1, 12);
      const day = this.random.int(1, daysIn(year, month));
      const order = this.random.int(0, 49) * 2 + this.random.int(0, 9) * 100 + (gender === 'MALE' ? 1 : 0);
      const first17 = `${areaCode}${year}${pad(month)}${pad(day)}${String(order % 1000).padStart(3, '0')}`;
      const id = first17 + idCheckCharacter(first17);
      if (!this.usedIds.has(id)) {
        this.usedIds.add(id);
        return id;
      }
    }
  }

  mobile(): string {
    const prefixes = [
      '134',
      '135',
      '137',
      '138',
      '139',
      '150',
      '151',
      '158',
      '159',
      '182',
      '186',
      '187',
      '188',
      '199',
    ];
    return this.random.pick(prefixes) + String(this.random.int(0, 99_999_999)).padStart(8, '0');
  }
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
