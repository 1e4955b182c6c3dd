/**
 * 志愿服务记录导出（供录入全国志愿服务信息系统参考）from the command line, acting as the system,
 * on the configured database (DATABASE_URL), which must exist already:
 *   npm run export -- --unit-id 2 --from 2019-04-01 --to 2019-09-30 [--out exports]
 *   npm run export -- --team-id 5 | --project-id 9 …      a team's or a project's records
 *   npm run export -- --batch 12 [--out exports]          the files of an existing batch again
 *   npm run export -- --reexport 12 [--out exports]       a recorded re-export of batch 12
 *   npm run export -- --help                              every option, with examples
 * Writes the batch's five files (服务记录, 系统外成员, 项目信息 and 校验报告 as CSV, and the workbook) into
 * <out>/archive-export-<id>/, named as the HTTP download names them plus the unit (export-files.ts),
 * with a progress bar per file counting rows; rows stream from the database to the files.
 */
import 'reflect-metadata';
import path from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { SYSTEM_ACTOR } from '../core/actor';
import { ConfigError, loadConfig } from '../core/config';
import { AppError } from '../core/errors';
import { DatabaseOpenError, describeDatabase, openDatabase } from '../database';
import { ArchiveExportScope } from '../modules/archive-exports/archive-export.entity';
import type { ExportFile } from '../modules/archive-exports/archive-export.files';
import { ArchiveExportService } from '../modules/archive-exports/archive-export.service';
import { parseCli, positiveId, UsageError, type CliSpec } from './args';
import { MissingDatabaseError, requireExistingDatabase } from './existing-database';
import { writeBatchFiles, type FileProgress } from './export-files';

export const DEFAULT_OUT = 'exports';

export const EXPORT_CLI = {
  command: 'npm run export --',
  script: 'dist/server/src/cli/export.js',
  summary:
    '志愿服务记录导出: exports approved service records, not exported before, as a new batch for entry into\n' +
    'the national volunteer service system (chinavolunteer.cn), or writes the files of an existing batch again.\n' +
    'Acts as the system on the configured database, which must exist.',
  usage: [
    '(--unit-id N | --team-id N | --project-id N) --from YYYY-MM-DD --to YYYY-MM-DD [--out DIR]',
    '(--batch N | --reexport N) [--out DIR]',
  ],
  options: {
    'unit-id': { type: 'string', value: 'N', description: "a new batch of a unit's records (all its teams)" },
    'team-id': { type: 'string', value: 'N', description: "a new batch of one team's records" },
    'project-id': { type: 'string', value: 'N', description: "a new batch of one project's records" },
    from: {
      type: 'string',
      value: 'YYYY-MM-DD',
      description: 'first service day of a new batch (China date)',
    },
    to: { type: 'string', value: 'YYYY-MM-DD', description: 'last service day of a new batch (China date)' },
    batch: {
      type: 'string',
      value: 'N',
      description: 'write the files of existing batch N again (no new batch)',
    },
    reexport: {
      type: 'string',
      value: 'N',
      description: 'record a deliberate re-export of batch N (a new batch, same files) and write its files',
    },
    out: {
      type: 'string',
      value: 'DIR',
      default: DEFAULT_OUT,
      description:
        'folder for the files, relative to the current folder; they go into DIR/archive-export-<batch>/',
    },
  },
  environment: [
    [
      'DATABASE_URL',
      'the database, as for the server (default data/volunteer.sqlite, from the current folder)',
    ],
    ['DATABASE_PASSWORD', 'the MariaDB/MySQL password, when not in DATABASE_URL'],
  ],
  notes: [
    'Files: 服务记录 (records), 系统外成员 (people), 项目信息 (projects) and 校验报告 (rules broken) as CSV, and all\n' +
      'of them as one .xlsx workbook, named like 志愿服务记录导出（供录入全国志愿服务信息系统参考）-<unit>-批次<N>-服务记录.csv.\n' +
      'They hold ID numbers and mobiles: keep them out of version control and shared folders.',
  ],
  examples: [
    'npm run export -- --unit-id 2 --from 2019-04-01 --to 2019-09-30',
    'npm run export -- --batch 12 --out /srv/exports',
    'DATABASE_URL=sqlite:/srv/volunteer/data/volunteer.sqlite node dist/server/src/cli/export.js --team-id 5 --from 2019-04-01 --to 2019-06-30',
  ],
} as const satisfies CliSpec;

const SCOPES = [
  ['unit-id', ArchiveExportScope.UNIT],
  ['team-id', ArchiveExportScope.TEAM],
  ['project-id', ArchiveExportScope.PROJECT],
] as const;

/** What to do, from the arguments: checked before the database is opened. */
export type ExportTask =
  | { kind: 'new'; scope: ArchiveExportScope; scopeId: number; from: string; to: string; out: string }
  | { kind: 'batch'; batchId: number; out: string }
  | { kind: 'reexport'; batchId: number; out: string };

export function exportTask(args: string[]): ExportTask | null {
  const parsed = parseCli(EXPORT_CLI, args);
  if (!parsed) return null;
  const { values } = parsed;
  const out = values.out ?? DEFAULT_OUT;
  const scoped = SCOPES.filter(([flag]) => values[flag] !== undefined);
  const again = (['batch', 'reexport'] as const).filter((flag) => values[flag] !== undefined);
  if (again.length + scoped.length !== 1) {
    throw new UsageError(
      'name one thing to export: --unit-id, --team-id or --project-id for a new batch, or --batch or --reexport',
      EXPORT_CLI,
    );
  }
  if (again.length === 1) {
    const flag = again[0]!;
    if (values.from !== undefined || values.to !== undefined) {
      throw new UsageError(
        `--from and --to are for a new batch; --${flag} takes the batch's own dates`,
        EXPORT_CLI,
      );
    }
    return { kind: flag, batchId: positiveId(flag, values[flag]!, EXPORT_CLI), out };
  }
  const [flag, scope] = scoped[0]!;
  if (!values.from || !values.to) throw new UsageError('a new batch needs --from and --to', EXPORT_CLI);
  return {
    kind: 'new',
    scope,
    scopeId: positiveId(flag, values[flag]!, EXPORT_CLI),
    from: values.from,
    to: values.to,
    out,
  };
}

function bar(label: string): SingleBar {
  return new SingleBar(
    {
      format: `${label.padEnd(12)} [{bar}] {percentage}% | {value}/{total} rows | {eta}s left`,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
}

/** A bar per file on a terminal (cli-progress draws nothing when stderr is not one). */
function fileBars(): FileProgress {
  let current: SingleBar | null = null;
  return {
    start(file: ExportFile, total: number) {
      current = bar(file);
      current.start(total, 0);
    },
    update(rows: number) {
      current?.update(rows);
    },
    finish(rows: number) {
      current?.update(rows);
      current?.stop();
      current = null;
    },
  };
}

async function main(): Promise<void> {
  const task = exportTask(process.argv.slice(2));
  if (!task) return;
  const config = loadConfig();
  requireExistingDatabase(config.database);
  const dataSource = await openDatabase(config.database);
  const service = new ArchiveExportService(dataSource, SYSTEM_ACTOR);
  try {
    let batchId: number;
    if (task.kind === 'batch') {
      batchId = task.batchId;
    } else if (task.kind === 'reexport') {
      batchId = (await service.reexport(task.batchId)).id;
      console.log(`re-export of batch ${task.batchId} recorded as batch ${batchId}`);
    } else {
      const input = { scope: task.scope, scopeId: task.scopeId, rangeStart: task.from, rangeEnd: task.to };
      const total = await service.countCandidates(input);
      const progress = bar('checking');
      progress.start(total, 0);
      let batch;
      try {
        batch = await service.create(input, { progress: (done) => progress.update(done) });
        progress.update(total);
      } finally {
        progress.stop();
      }
      batchId = batch.id;
      console.log(
        `batch ${batch.id} in ${describeDatabase(config.database)}: ${batch.recordCount} records exported, ` +
          `${batch.issueCount} rule(s) broken (see 校验报告)`,
      );
    }
    const dir = path.resolve(task.out, `archive-export-${batchId}`);
    const files = await writeBatchFiles(dataSource, service, batchId, dir, fileBars());
    console.log(`wrote ${dir}${path.sep}`);
    for (const file of files) console.log(`  ${file.name}  (${file.rows} rows)`);
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((error) => {
    // Usage, configuration and missing-database errors, and the service's refusals, are for the
    // operator: their message is the whole story. Anything else is a fault: its stack helps.
    if (error instanceof AppError) {
      console.error(`${error.code}${error.field ? ` (${error.field})` : ''}: ${error.message}`);
    } else if (
      error instanceof UsageError ||
      error instanceof MissingDatabaseError ||
      error instanceof ConfigError ||
      error instanceof DatabaseOpenError
    ) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
}
