/**
 * Writes a batch's five files into a folder for `npm run export`, named as the HTTP download names
 * them plus the unit, each with its progress counted in rows written against the rows that file gets.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import {
  EXPORT_FILES,
  FILE_TITLES,
  partLines,
  writeExportFile,
  type ExportFile,
  type Lines,
} from '../modules/archive-exports/archive-export.files';
import { EXPORT_LABEL } from '../modules/archive-exports/archive-export.rules';
import type { ArchiveExportService } from '../modules/archive-exports/archive-export.service';
import { Unit } from '../modules/units/unit.entity';

/**
 * Rows of the workbook's last sheet, 说明 (标题, 说明, 导出批次, 导出时间), written by writeXlsx after the
 * four parts; the workbook's bar counts them too. test/db/export-cli checks the bar ends at this total.
 */
export const XLSX_NOTE_ROWS = 4;

/** Told how far each file is, in rows written (header rows not counted). */
export interface FileProgress {
  start(file: ExportFile, total: number): void;
  /** Rows of this file written so far. */
  update(rows: number): void;
  finish(rows: number): void;
}

export interface WrittenFile {
  file: ExportFile;
  name: string;
  path: string;
  /** Rows written (header excluded; the workbook: the rows of all its sheets). */
  rows: number;
  /** The rows the file was expected to get: its progress bar's total. */
  total: number;
}

// Not in a name on Windows, macOS or Linux, or a control character.
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/**
 * `text` as part of a file name on any usual file system: characters no system allows in a name
 * become `_`, runs of blanks one space, dots and blanks at the ends go (Windows drops trailing ones,
 * a leading dot hides the file), and it is cut to `maxBytes` of UTF-8 without splitting a character.
 * Chinese and other letters stay as they are.
 */
export function safeFileNamePart(text: string, maxBytes: number): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(UNSAFE, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  let out = '';
  let bytes = 0;
  for (const char of cleaned) {
    bytes += Buffer.byteLength(char);
    if (bytes > maxBytes) break;
    out += char;
  }
  return out.replace(/[.\s]+$/, '');
}

// A file name is at most 255 bytes on the usual file systems; the label, batch number, title and
// the `.tmp` of a file being written take about 130 of them, CJK characters being 3 bytes each.
const UNIT_NAME_BYTES = 100;

/**
 * A file's name: the HTTP download's (`<label>-批次<id>-<title>.<ext>`, archive-export.http.ts) with
 * the unit after the label, so a file moved out of its folder still says whose and which batch it is.
 * `contentId` is the batch whose content the file holds, as in the download: a re-export's files are
 * its original's, and say so inside (导出批次 in the workbook).
 */
export function exportFileName(contentId: number, unitName: string, file: ExportFile): string {
  const unit = safeFileNamePart(unitName, UNIT_NAME_BYTES);
  const extension = file.endsWith('.xlsx') ? 'xlsx' : 'csv';
  return `${EXPORT_LABEL}-${unit ? `${unit}-` : ''}批次${contentId}-${FILE_TITLES[file]}.${extension}`;
}

async function countLines(lines: Lines): Promise<number> {
  let rows = 0;
  for await (const batch of lines) rows += batch.length;
  return rows;
}

/**
 * Writes the files of batch `batchId` into `dir` (made if missing). Each is written beside its place
 * as `<name>.tmp` and renamed when whole, so a file that is there is complete even when the
 * process was killed. `service` acts for whoever may download the batch (the CLI: the system); each
 * file is audited as a download.
 */
export async function writeBatchFiles(
  dataSource: DataSource,
  service: ArchiveExportService,
  batchId: number,
  dir: string,
  progress?: FileProgress,
): Promise<WrittenFile[]> {
  const batch = await service.get(batchId);
  // openForDownload says NOT_FOUND the same way for an unknown batch.
  if (!batch) await service.openForDownload(batchId, EXPORT_FILES[0]);
  const unit = await dataSource.getRepository(Unit).findOneBy({ id: batch!.unitId });
  fs.mkdirSync(dir, { recursive: true });
  const written: WrittenFile[] = [];
  for (const file of EXPORT_FILES) {
    const content = await service.openForDownload(batchId, file);
    // The rows each file gets. A batch stores its record and issue counts; parts 2 and 3 are
    // counted from the stored rows (part 2 reads one row per volunteer and post, part 3 one per project).
    let total: number;
    if (file === 'records.csv') total = batch!.recordCount;
    else if (file === 'report.csv') total = batch!.issueCount;
    else if (file === 'export.xlsx') total = written.reduce((sum, w) => sum + w.rows, 0) + XLSX_NOTE_ROWS;
    else total = await countLines(partLines(content, file).lines);
    const name = exportFileName(content.id, unit?.name ?? `单位${batch!.unitId}`, file);
    const target = path.join(dir, name);
    const partial = `${target}.tmp`;
    progress?.start(file, total);
    let rows = 0;
    try {
      await writeExportFile(content, file, fs.createWriteStream(partial), (batchRows) => {
        rows += batchRows;
        progress?.update(rows);
      });
      fs.renameSync(partial, target);
    } catch (error) {
      fs.rmSync(partial, { force: true });
      throw error;
    } finally {
      progress?.finish(rows);
    }
    written.push({ file, name, path: target, rows, total });
  }
  return written;
}
