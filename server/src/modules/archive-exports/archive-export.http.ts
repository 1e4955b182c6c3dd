import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../../core/config';
import { ErrorCode } from '../../core/errors';
import { sendCaughtError, sendError, sendSignInRequired } from '../../core/http-errors';
import { logError } from '../../core/log';
import { authenticateHttpRequest } from '../accounts/web-session.http';
import { EXPORT_FILES, FILE_TITLES, writeExportFile, type ExportFile } from './archive-export.files';
import { EXPORT_LABEL } from './archive-export.rules';
import { ArchiveExportService } from './archive-export.service';

export const DOWNLOAD_BASE = '/archive-exports';

export function downloadPaths(id: number) {
  const path = (file: ExportFile) => `${DOWNLOAD_BASE}/${id}/${file}`;
  return {
    xlsx: path('export.xlsx'),
    records: path('records.csv'),
    people: path('people.csv'),
    projects: path('projects.csv'),
    report: path('report.csv'),
  };
}

/**
 * GET /archive-exports/:id/{records,people,projects,report}.csv | export.xlsx: streams a batch's
 * file, authenticated with the same bearer tokens as /graphql or the browser's session cookie (401 without or with a bad token,
 * 403 for anyone but the unit's coordinator, 404 for an unknown batch or file). Rows go from a
 * database cursor through the stringifier straight into the response.
 */
export function archiveExportRouter(dataSource: DataSource, auth: Config['auth']): Router {
  const router = Router();
  router.get(`${DOWNLOAD_BASE}/:id/:file`, async (req: Request, res: Response) => {
    const file = req.params.file as ExportFile;
    const id = /^\d{1,15}$/.test(String(req.params.id)) ? Number(req.params.id) : NaN;
    if (!EXPORT_FILES.includes(file) || !Number.isSafeInteger(id) || id <= 0) {
      sendError(
        res,
        404,
        ErrorCode.NOT_FOUND,
        `no such export file: choose one of ${EXPORT_FILES.join(', ')}`,
      );
      return;
    }
    let content;
    try {
      const actor = await authenticateHttpRequest(dataSource, auth, req, res, { csrf: false });
      if (!actor) {
        sendSignInRequired(res);
        return;
      }
      content = await new ArchiveExportService(dataSource, actor).openForDownload(id, file);
    } catch (error) {
      sendCaughtError(res, error);
      return;
    }
    const name = `${EXPORT_LABEL}-批次${content.id}-${FILE_TITLES[file]}.${file.endsWith('.xlsx') ? 'xlsx' : 'csv'}`;
    res.setHeader(
      'Content-Type',
      file.endsWith('.xlsx')
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/csv; charset=utf-8',
    );
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="archive-export-${content.id}-${file}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    res.setHeader('Cache-Control', 'no-store');
    try {
      await writeExportFile(content, file, res);
    } catch (error) {
      // Headers are gone: all that is left is to cut the response so the client sees it failed.
      logError('[archive export] download cut off', error);
      res.destroy(error as Error);
    }
  });
  return router;
}
