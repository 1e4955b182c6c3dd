/**
 * Creates an account in the configured database (DATABASE_URL, as `npm start` uses), acting as
 * the system. This is how a new deployment gets its first provincial admin:
 *   ACCOUNT_PASSWORD='…' npm run account:create -- --username admin --role PROVINCIAL_ADMIN --name 省教育工会管理员
 * Other roles name their link: --unit-id N (UNIT_COORDINATOR), --volunteer-id N (TEAM_LEADER,
 * VOLUNTEER), --site-id N (SITE_CONTACT). The password is read from ACCOUNT_PASSWORD only, never
 * from the command line, where other users and the shell history would see it. The database must
 * exist: run from the wrong folder, it would otherwise create an empty one and the account in it.
 * `npm run account:create -- --help` lists every option.
 */
import 'reflect-metadata';
import { Role, SYSTEM_ACTOR } from '../core/actor';
import { ConfigError, loadConfig } from '../core/config';
import { AppError } from '../core/errors';
import { openDatabase } from '../database';
import { AccountService } from '../modules/accounts/account.service';
import { parseCli, UsageError, type CliSpec } from './args';
import { requireExistingDatabase } from './existing-database';

const ROLES = Object.values(Role) as string[];

export const CREATE_ACCOUNT_CLI = {
  command: 'npm run account:create --',
  script: 'dist/server/src/cli/create-account.js',
  summary:
    'Creates an account in the configured database, acting as the system: how a new deployment gets its\n' +
    'first provincial admin. The database must exist (the server or `npm run migrate` sets it up).',
  usage: ['--username NAME --role ROLE --name DISPLAY_NAME [--unit-id N | --volunteer-id N | --site-id N]'],
  options: {
    username: { type: 'string', value: 'NAME', description: 'the sign-in name' },
    role: { type: 'string', value: 'ROLE', description: `one of ${ROLES.join(', ')}` },
    name: { type: 'string', value: 'DISPLAY_NAME', description: 'the name shown for the account' },
    'unit-id': { type: 'string', value: 'N', description: 'the unit of a UNIT_COORDINATOR' },
    'volunteer-id': {
      type: 'string',
      value: 'N',
      description: 'the volunteer of a TEAM_LEADER or VOLUNTEER',
    },
    'site-id': { type: 'string', value: 'N', description: 'the site of a SITE_CONTACT' },
  },
  environment: [
    ['ACCOUNT_PASSWORD', 'the password (required; never on the command line, where others would see it)'],
    [
      'DATABASE_URL',
      'the database, as for the server (default data/volunteer.sqlite, from the current folder)',
    ],
    ['DATABASE_PASSWORD', 'the MariaDB/MySQL password, when not in DATABASE_URL'],
  ],
  examples: [
    'read -rs ACCOUNT_PASSWORD && export ACCOUNT_PASSWORD; npm run account:create -- --username admin --role PROVINCIAL_ADMIN --name 省教育工会管理员',
  ],
} as const satisfies CliSpec;

async function main(): Promise<void> {
  const parsed = parseCli(CREATE_ACCOUNT_CLI);
  if (!parsed) return;
  const { values } = parsed;
  if (!values.username || !values.name || !values.role) {
    throw new UsageError('--username, --role and --name are required', CREATE_ACCOUNT_CLI);
  }
  if (!ROLES.includes(values.role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  const password = process.env.ACCOUNT_PASSWORD;
  if (!password) {
    throw new UsageError(
      'set the password in ACCOUNT_PASSWORD (not on the command line)',
      CREATE_ACCOUNT_CLI,
    );
  }

  const config = loadConfig();
  requireExistingDatabase(config.database);
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

if (require.main === module) {
  main().catch((error) => {
    if (error instanceof AppError) {
      console.error(`${error.code}${error.field ? ` (${error.field})` : ''}: ${error.message}`);
    } else {
      console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
    }
    process.exit(1);
  });
}
