/**
 * 志愿服务记录导出（供录入全国志愿服务信息系统参考）from the command line, acting as the system,
 * on the configured database (DATABASE_URL):
 *   npm run export -- --unit-id 2 --from 2019-04-01 --to 2019-09-30 [--out exports]
 *   npm run export -- --team-id 5 | --project-id 9 …      a team's or a project's records
 *   npm run export -- --batch 12 [--out exports]          the files of an existing batch again
 *   npm run export -- --reexport 12 [--out exports]       a recorded re-export of batch 12
 * Writes records.csv, people.csv, projects.csv, report.csv and export.xlsx into
 * <out>/archive-export-<id>/ with a progress bar; rows stream from the database to the files.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { SYSTEM_ACTOR } from '../core/actor';
import { ConfigError, loadConfig } from '../core/config';
import { AppError } from '../core/errors';
import { openDatabase } from '../database';
import { ArchiveExportScope } from '../modules/archive-exports/archive-export.entity';
import { EXPORT_FILES, writeExportFile } from '../modules/archive-exports/archive-export.files';
import { ArchiveExportService } from '../modules/archive-exports/archive-export.service';

const USAGE =
  'usage: npm run export -- (--unit-id N | --team-id N | --project-id N) --from YYYY-MM-DD --to YYYY-MM-DD [--out DIR]\n' +
  '       npm run export -- (--batch N | --reexport N) [--out DIR]';

function bar(label: string): SingleBar {
  return new SingleBar(
    {
      format: `${label.padEnd(12)} [{bar}] {percentage}% | {value}/{total} rows | {eta}s left`,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'unit-id': { type: 'string' },
      'team-id': { type: 'string' },
      'project-id': { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      batch: { type: 'string' },
      reexport: { type: 'string' },
      out: { type: 'string', default: 'exports' },
    },
  });
  const config = loadConfig();
  const dataSource = await openDatabase(config.database);
  const service = new ArchiveExportService(dataSource, SYSTEM_ACTOR);
  try {
    let batchId: number;
    if (values.batch) {
      batchId = Number(values.batch);
    } else if (values.reexport) {
      batchId = (await service.reexport(Number(values.reexport))).id;
      console.log(`re-export of batch ${values.reexport} recorded as batch ${batchId}`);
    } else {
      const scoped = (
        [
          ['unit-id', ArchiveExportScope.UNIT],
          ['team-id', ArchiveExportScope.TEAM],
          ['project-id', ArchiveExportScope.PROJECT],
        ] as const
      ).filter(([flag]) => values[flag] !== undefined);
      if (scoped.length !== 1 || !values.from || !values.to) throw new Error(USAGE);
      const [flag, scope] = scoped[0]!;
      const input = { scope, scopeId: values[flag]!, rangeStart: values.from, rangeEnd: values.to };
      const total = await service.countCandidates(input);
      const progress = bar('checking');
      progress.start(total, 0);
      const batch = await service.create(input, { progress: (done) => progress.update(done) });
      progress.update(total);
      progress.stop();
      batchId = batch.id;
      console.log(
        `batch ${batch.id}: ${batch.recordCount} records exported, ${batch.issueCount} rule(s) broken (see report.csv)`,
      );
    }
    const dir = path.resolve(values.out, `archive-export-${batchId}`);
    fs.mkdirSync(dir, { recursive: true });
    for (const file of EXPORT_FILES) {
      const content = await service.openForDownload(batchId, file);
      const batch = await service.get(batchId);
      const progress = bar(file);
      const total = file === 'report.csv' ? batch!.issueCount : batch!.recordCount;
      progress.start(total, 0);
      let rows = 0;
      await writeExportFile(content, file, fs.createWriteStream(path.join(dir, file)), () => {
        rows += 1;
        if (rows % 1000 === 0) progress.update(Math.min(rows, total));
      });
      progress.update(total);
      progress.stop();
    }
    console.log(`wrote ${path.relative(process.cwd(), dir)}/{${EXPORT_FILES.join(',')}}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  if (error instanceof AppError || error instanceof ConfigError || error instanceof Error) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
