import type { DataSource } from 'typeorm';
import { DEMO_SIZE, isEmpty, seedDatabase, type SeedSummary } from './seed';

/** On first start, an empty database gets the demo data so a newcomer sees a working platform. */
export async function seedDemoDataIfEmpty(dataSource: DataSource): Promise<SeedSummary | null> {
  if (!(await isEmpty(dataSource))) return null;
  return seedDatabase(dataSource, { ...DEMO_SIZE });
}
