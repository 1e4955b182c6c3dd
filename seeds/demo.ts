import type { DataSource } from 'typeorm';
import { Account } from '../server/src/modules/accounts/account.entity';
import { verifyPassword } from '../server/src/modules/accounts/password';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SIZE, isEmpty, seedDatabase, type SeedSummary } from './seed';

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

/** How to sign in to the console as the demo coordinator. */
export interface DemoSignIn {
  username: string;
  password: string;
}

/**
 * The demo coordinator's sign-in while it still works: the account exists, is active and takes the
 * published password. Once someone changes that password or deactivates the account, the server
 * stops pointing newcomers at it.
 */
export async function demoSignIn(dataSource: DataSource): Promise<DemoSignIn | null> {
  const username = DEMO_ACCOUNTS.coordinator.username;
  const account = await dataSource.getRepository(Account).findOneBy({ username, active: true });
  if (!account || !(await verifyPassword(DEMO_PASSWORD, account.passwordHash))) return null;
  return { username, password: DEMO_PASSWORD };
}
