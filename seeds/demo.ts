import type { DataSource } from 'typeorm';
import { DEMO_SIZE, isEmpty, seedDatabase, type SeedSummary } from './seed';

/**
 * On first start, an empty database gets the demo data so a newcomer sees a working platform: the
 * 2019 campaign of the notice, and one of the current year whose needs still lie ahead.
 */
export async function seedDemoDataIfEmpty(
  dataSource: DataSource,
  now: Date = new Date(),
): Promise<SeedSummary | null> {
  if (!(await isEmpty(dataSource))) return null;
  return seedDatabase(dataSource, { ...DEMO_SIZE, now });
}
