import { idCheckCharacter } from '../../server/src/modules/volunteers/document-number';

/** A resident ID with a correct check character; `sequence` odd for men, even for women. */
export function residentId(area = '370102', birth = '19800101', sequence = 1): string {
  const first17 = `${area}${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}

/** Distinct valid IDs for a batch of people. */
export function residentIds(count: number, area = '370102'): string[] {
  return Array.from({ length: count }, (_, i) => residentId(area, '19850615', i + 1));
}

export function mobile(n: number): string {
  return `138${String(n).padStart(8, '0')}`;
}
