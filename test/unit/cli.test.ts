import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEED_CLI } from '../../seeds/cli';
import { helpText, parseCli, UsageError, type CliSpec } from '../../server/src/cli/args';
import { BACKUP_CLI } from '../../server/src/cli/backup';
import { CREATE_ACCOUNT_CLI } from '../../server/src/cli/create-account';
import { EMIT_SCHEMA_CLI } from '../../server/src/cli/emit-schema';
import { EXPORT_CLI, exportTask } from '../../server/src/cli/export';
import { exportFileName, safeFileNamePart } from '../../server/src/cli/export-files';
import { GENERATE_MIGRATION_CLI } from '../../server/src/cli/generate-migration';
import { MIGRATE_CLI } from '../../server/src/cli/migrate';
import { EXPORT_FILES, FILE_TITLES } from '../../server/src/modules/archive-exports/archive-export.files';
import { EXPORT_LABEL } from '../../server/src/modules/archive-exports/archive-export.rules';
import { thrownBy } from './support/expect-error';

const ROOT = path.resolve(__dirname, '../..');

const CLIS: [string, CliSpec][] = [
  ['server/src/cli/export.ts', EXPORT_CLI],
  ['server/src/cli/migrate.ts', MIGRATE_CLI],
  ['server/src/cli/create-account.ts', CREATE_ACCOUNT_CLI],
  ['server/src/cli/backup.ts', BACKUP_CLI],
  ['server/src/cli/emit-schema.ts', EMIT_SCHEMA_CLI],
  ['server/src/cli/generate-migration.ts', GENERATE_MIGRATION_CLI],
  ['seeds/cli.ts', SEED_CLI],
];

/** An environment without the database settings of the shell or the test run. */
function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', ...extra };
  for (const name of ['DATABASE_URL', 'DATABASE_PASSWORD', 'ACCOUNT_PASSWORD', 'SEED_DEMO_DATA']) {
    if (!(name in extra)) delete env[name];
  }
  return env;
}

/** A CLI as a real process from the TypeScript sources, in `cwd` (an empty folder by default). */
function run(file: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const cwd = options.cwd ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cli-'));
  const result = spawnSync(
    process.execPath,
    ['-r', path.join(ROOT, 'test/support/swc-register.js'), path.join(ROOT, file), ...args],
    { cwd, env: options.env ?? cleanEnv(), encoding: 'utf8', timeout: 60_000 },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, cwd };
}

describe('every CLI answers --help', () => {
  it.each(CLIS)('%s --help prints every option and an example, exits 0 and touches nothing', (file, spec) => {
    const { code, stdout, stderr, cwd } = run(file, ['--help']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage:');
    for (const name of Object.keys(spec.options)) expect(stdout).toContain(`--${name}`);
    for (const positional of spec.positionals ?? []) expect(stdout).toContain(positional.name);
    expect(stdout).toMatch(/Examples?:/);
    expect(spec.examples.length).toBeGreaterThan(0);
    for (const example of spec.examples) expect(stdout).toContain(example);
    // It ran nothing: no database, schema file or migration was written into the folder.
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it.each(CLIS)('%s refuses an unknown option with its usage and exit status 1, touching nothing', (file) => {
    const { code, stdout, stderr, cwd } = run(file, ['--no-such-option']);
    expect(code).toBe(1);
    expect(stderr).toContain('unknown option --no-such-option');
    expect(stderr).toContain('usage:');
    expect(stderr).toContain('--help');
    expect(stdout).toBe('');
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it('lists defaults, positionals and the environment in the help text', () => {
    const text = helpText(EXPORT_CLI);
    expect(text).toContain('--out DIR');
    expect(text).toContain('(default: exports)');
    expect(text).toContain('DATABASE_URL');
    expect(text).toContain('-h, --help');
    expect(helpText(BACKUP_CLI)).toContain('TARGET_FILE');
  });

  it('prints the help for -h too, and parses nothing else when --help comes with other arguments', () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(parseCli(EXPORT_CLI, ['--batch', 'x', '--help'])).toBeNull();
      expect(log).toHaveBeenCalledWith(helpText(EXPORT_CLI));
      for (const [, spec] of CLIS) expect(parseCli(spec, ['-h'])).toBeNull();
      expect(log).toHaveBeenCalledTimes(CLIS.length + 1);
    } finally {
      log.mockRestore();
    }
  });
});

describe('export arguments', () => {
  const usage = (args: string[]) => {
    const error = thrownBy(() => exportTask(args));
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain('usage: npm run export --');
    return (error as Error).message;
  };

  it('reads a new batch, an existing one and a re-export', () => {
    expect(exportTask(['--team-id', '5', '--from', '2019-04-01', '--to', '2019-06-30'])).toEqual({
      kind: 'new',
      scope: 'TEAM',
      scopeId: 5,
      from: '2019-04-01',
      to: '2019-06-30',
      out: 'exports',
    });
    expect(exportTask(['--batch', '12', '--out', '/srv/x'])).toEqual({
      kind: 'batch',
      batchId: 12,
      out: '/srv/x',
    });
    expect(exportTask(['--reexport', '3'])).toEqual({ kind: 'reexport', batchId: 3, out: 'exports' });
  });

  it('refuses what cannot be meant, before any database is opened', () => {
    expect(usage([])).toContain('name one thing to export');
    expect(
      usage(['--unit-id', '1', '--team-id', '2', '--from', '2019-01-01', '--to', '2019-02-01']),
    ).toContain('name one thing to export');
    expect(usage(['--batch', '1', '--reexport', '1'])).toContain('name one thing to export');
    expect(usage(['--unit-id', '1', '--from', '2019-01-01'])).toContain('needs --from and --to');
    expect(usage(['--batch', '1', '--from', '2019-01-01'])).toContain('--from and --to are for a new batch');
    expect(usage(['--batch', 'twelve'])).toContain('--batch must be a positive whole number');
    expect(usage(['--unit-id', '0', '--from', '2019-01-01', '--to', '2019-02-01'])).toContain(
      '--unit-id must be a positive whole number',
    );
    expect(usage(['--batch'])).toContain("Option '--batch <value>' argument missing");
  });
});

describe('CLIs that work on existing data refuse a database that is not there', () => {
  const exportArgs = ['--unit-id', '1', '--from', '2019-01-01', '--to', '2019-12-31'];

  it('export run from another folder names the file it looked for and creates nothing', () => {
    const { code, stdout, stderr, cwd } = run('server/src/cli/export.ts', exportArgs);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`no database at ${path.join(cwd, 'data', 'volunteer.sqlite')}`);
    expect(stderr).toContain('DATABASE_URL is not set');
    expect(stderr).toContain(`current folder (${cwd})`);
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it('resolves a relative DATABASE_URL from the current folder, as the server does', () => {
    const { code, stderr, cwd } = run('server/src/cli/export.ts', ['--batch', '1'], {
      env: cleanEnv({ DATABASE_URL: 'sqlite:store/volunteer.sqlite' }),
    });
    expect(code).toBe(1);
    expect(stderr).toContain(`no database at ${path.join(cwd, 'store', 'volunteer.sqlite')}`);
    expect(stderr).toContain('DATABASE_URL is sqlite:store/volunteer.sqlite');
    expect(fs.readdirSync(cwd)).toEqual([]);
  });

  it('refuses a file that is no database of this system, leaving it as it was', () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-'));
    fs.writeFileSync(path.join(cwd, 'empty.sqlite'), '');
    const { code, stderr } = run('server/src/cli/export.ts', ['--batch', '1'], {
      cwd,
      env: cleanEnv({ DATABASE_URL: 'sqlite:empty.sqlite' }),
    });
    expect(code).toBe(1);
    expect(stderr).toContain('is not a database of this system');
    expect(fs.statSync(path.join(cwd, 'empty.sqlite')).size).toBe(0);
    expect(fs.readdirSync(cwd)).toEqual(['empty.sqlite']);
  });

  it('account:create does not make an empty database with one account in it', () => {
    const { code, stderr, cwd } = run(
      'server/src/cli/create-account.ts',
      ['--username', 'admin', '--role', 'PROVINCIAL_ADMIN', '--name', '省教育工会管理员'],
      { env: cleanEnv({ ACCOUNT_PASSWORD: 'a-long-enough-password' }) },
    );
    expect(code).toBe(1);
    expect(stderr).toContain(`no database at ${path.join(cwd, 'data', 'volunteer.sqlite')}`);
    expect(fs.readdirSync(cwd)).toEqual([]);
  });
});

describe('export file names', () => {
  it('are the download names with the unit, keeping Chinese', () => {
    expect(exportFileName(12, '青岛市教育工会', 'records.csv')).toBe(
      `${EXPORT_LABEL}-青岛市教育工会-批次12-服务记录.csv`,
    );
    expect(exportFileName(3, '山东大学工会', 'export.xlsx')).toBe(
      `${EXPORT_LABEL}-山东大学工会-批次3-${FILE_TITLES['export.xlsx']}.xlsx`,
    );
  });

  it('are safe on the usual file systems whatever the unit is called', () => {
    const name = exportFileName(7, ' ../济南/市:教育*工会?"<>|\t\n. ', 'people.csv');
    expect(name).toBe(`${EXPORT_LABEL}-_济南_市_教育_工会_____-批次7-系统外成员.csv`);
    expect(name).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/);
    expect(safeFileNamePart('...隐藏', 50)).toBe('隐藏');
    expect(safeFileNamePart('单位。。. ', 50)).toBe('单位。。');
    expect(exportFileName(7, '///', 'people.csv')).toBe(`${EXPORT_LABEL}-___-批次7-系统外成员.csv`);
    expect(exportFileName(7, '', 'people.csv')).toBe(`${EXPORT_LABEL}-批次7-系统外成员.csv`);
  });

  it('fit in 255 bytes, with the .tmp of a file being written, for a unit name of 100 characters', () => {
    const longest = '山'.repeat(100);
    for (const file of EXPORT_FILES) {
      const name = exportFileName(999_999_999_999_999, longest, file);
      expect(Buffer.byteLength(`${name}.tmp`)).toBeLessThanOrEqual(255);
      expect(name).toContain('山'.repeat(30));
    }
    // Cut between characters, never inside one.
    expect(safeFileNamePart('𠮷'.repeat(10), 10)).toBe('𠮷𠮷');
  });
});
