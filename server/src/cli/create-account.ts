/**
 * Creates an account in the configured database (DATABASE_URL, as `npm start` uses), acting as
 * the system. This is how a new deployment gets its first provincial admin:
 *   ACCOUNT_PASSWORD='…' npm run account:create -- --username admin --role PROVINCIAL_ADMIN --name 省教育工会管理员
 * Other roles name their link: --unit-id N (UNIT_COORDINATOR), --volunteer-id N (TEAM_LEADER,
 * VOLUNTEER), --site-id N (SITE_CONTACT). The password is read from ACCOUNT_PASSWORD only, never
 * from the command line, where other users and the shell history would see it.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Role, SYSTEM_ACTOR } from '../core/actor';
import { ConfigError, loadConfig } from '../core/config';
import { AppError } from '../core/errors';
import { openDatabase } from '../database';
import { AccountService } from '../modules/accounts/account.service';

const USAGE =
  'usage: ACCOUNT_PASSWORD=… npm run account:create -- --username NAME --role ROLE --name DISPLAY_NAME ' +
  '[--unit-id N | --volunteer-id N | --site-id N]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      'unit-id': { type: 'string' },
      'volunteer-id': { type: 'string' },
      'site-id': { type: 'string' },
    },
  });
  const roles = Object.values(Role) as string[];
  if (!values.username || !values.name || !values.role) throw new Error(USAGE);
  if (!roles.includes(values.role)) throw new Error(`--role must be one of ${roles.join(', ')}`);
  const password = process.env.ACCOUNT_PASSWORD;
  if (!password) throw new Error(`set the password in ACCOUNT_PASSWORD (not on the command line)\n${USAGE}`);

  const config = loadConfig();
  const dataSource = await openDatabase(config.database);
  try {
    const account = await new AccountService(dataSource, SYSTEM_ACTOR).create({
      username: values.username,
      displayName: values.name,
      password,
      role: values.role as Role,
      unitId: values['unit-id'] ?? null,
      volunteerId: values['volunteer-id'] ?? null,
      siteId: values['site-id'] ?? null,
    });
    console.log(`created account ${account.id}: ${account.username} (${account.role})`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  if (error instanceof AppError) {
    console.error(`${error.code}${error.field ? ` (${error.field})` : ''}: ${error.message}`);
  } else {
    console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
