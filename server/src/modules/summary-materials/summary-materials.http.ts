import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../../core/config';
import { ErrorCode } from '../../core/errors';
import { sendCaughtError, sendError, sendSignInRequired } from '../../core/http-errors';
import { authenticateHttpRequest } from '../accounts/web-session.http';
import { DOCX_MIME } from '../reports/status-report.docx';
import { SUMMARY_MATERIALS_BASE, SummaryMaterialsService } from './summary-materials.service';

const FILES = ['draft.docx', 'final.docx'] as const;

/**
 * GET /summary-materials/:campaignId/:unitId/draft.docx: the Word draft generated now from the
 * unit's records; …/final.docx: the document the unit handed in, as received. Authenticated like
 * /graphql (bearer token) or the console's session cookie; 401 without, 403 for anyone but the
 * province and the unit's coordinators, 404 for an unknown campaign or unit or nothing received yet.
 */
export function summaryMaterialsRouter(dataSource: DataSource, auth: Config['auth']): Router {
  const router = Router();
  router.get(`${SUMMARY_MATERIALS_BASE}/:campaignId/:unitId/:file`, async (req: Request, res: Response) => {
    const file = String(req.params.file) as (typeof FILES)[number];
    if (!FILES.includes(file)) {
      sendError(res, 404, ErrorCode.NOT_FOUND, `no such file: choose one of ${FILES.join(', ')}`);
      return;
    }
    try {
      const actor = await authenticateHttpRequest(dataSource, auth, req, res, { csrf: false });
      if (!actor) {
        sendSignInRequired(res);
        return;
      }
      const service = new SummaryMaterialsService(dataSource, actor);
      const campaignId = String(req.params.campaignId);
      const unitId = String(req.params.unitId);
      const { fileName, bytes } =
        file === 'draft.docx'
          ? await service.draft(campaignId, unitId)
          : await service.received(campaignId, unitId);
      res.setHeader('Content-Type', DOCX_MIME);
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="summary-materials-${campaignId}-${unitId}-${file}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      );
      res.setHeader('Cache-Control', 'no-store');
      res.send(bytes);
    } catch (error) {
      sendCaughtError(res, error);
    }
  });
  return router;
}
