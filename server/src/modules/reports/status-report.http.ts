import { stringify } from 'csv-stringify/sync';
import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../../core/config';
import { CSV_OPTIONS } from '../../core/csv';
import { sendCaughtError, sendSignInRequired } from '../../core/http-errors';
import { authenticateHttpRequest } from '../accounts/web-session.http';
import { MILESTONE_KIND_LABELS } from '../code-lists/labels';
import { blockProgress, DOCX_MIME, statusReportDocx } from './status-report.docx';
import { STATUS_REPORT_TITLE } from './status-report.rules';
import { StatusReportService } from './status-report.service';

export const REPORT_BASE = '/status-reports';

export function reportDownloadPath(id: number): string {
  return `${REPORT_BASE}/${id}/report.csv`;
}

export function reportWordPath(id: number): string {
  return `${REPORT_BASE}/${id}/report.docx`;
}

/** The form's columns, in its order (附件: 情况调度表), one row per team project. */
const COLUMNS = [
  '序号',
  '志愿服务队名称',
  '志愿服务项目名称',
  '志愿服务队组成人数',
  '项目执行时间',
  '参与项目总人次',
  '物质或资金支持情况',
  '负责人姓名',
  '负责人职务',
  '负责人电话',
  '结对志愿服务单位、社区',
  '服务对象人数',
  '志愿服务进展情况',
];

type Download = Awaited<ReturnType<StatusReportService['forDownload']>>;

function csvOf({ report, unitName, rows }: Download): Buffer | string {
  const lines = [
    [STATUS_REPORT_TITLE, MILESTONE_KIND_LABELS[report.milestone]],
    ['填表单位', unitName, '填表日期', report.filledOn ?? '（草稿，未报送）'],
    COLUMNS,
    ...rows.map((row, i) => [
      String(i + 1),
      row.teamName,
      row.projectName,
      String(row.teamSize),
      `${row.startsOn} 至 ${row.endsOn}`,
      String(row.personTimes),
      row.supportSummary,
      row.leaderName ?? '',
      row.leaderTitle ?? '',
      row.leaderPhone ?? '',
      row.pairedWith,
      row.peopleServed === null ? '' : String(row.peopleServed),
      blockProgress(row, report.progressText),
    ]),
    // A unit with no project started by the deadline files its unit-wide text alone.
    ...(rows.length === 0 && report.progressText ? [['志愿服务进展情况', report.progressText]] : []),
  ];
  return stringify(lines, CSV_OPTIONS);
}

function wordOf({ report, unitName, rows }: Download): Promise<Buffer> {
  return statusReportDocx({
    unitName,
    milestoneLabel: MILESTONE_KIND_LABELS[report.milestone],
    filledOn: report.filledOn,
    rows,
    unitProgressText: report.progressText,
  });
}

const FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8', render: csvOf },
  docx: { contentType: DOCX_MIME, render: wordOf },
} as const;

/**
 * GET /status-reports/:id/report.csv and …/report.docx: a saved report as the spreadsheet or as the
 * notice's Word form, the rows as filed once submitted and live while a draft. Authenticated like
 * /graphql (bearer token) or the console's session cookie, with the same access: 401 without, 403
 * for roles that read no reports, 404 alike for an unknown id and another unit's report.
 */
export function statusReportRouter(dataSource: DataSource, auth: Config['auth']): Router {
  const router = Router();
  for (const [extension, format] of Object.entries(FORMATS)) {
    router.get(`${REPORT_BASE}/:id/report.${extension}`, async (req: Request, res: Response) => {
      const id = /^\d{1,15}$/.test(String(req.params.id)) ? Number(req.params.id) : NaN;
      try {
        const actor = await authenticateHttpRequest(dataSource, auth, req, res, { csrf: false });
        if (!actor) {
          sendSignInRequired(res);
          return;
        }
        const download = await new StatusReportService(dataSource, actor).forDownload(id);
        const body = await format.render(download);
        const fileName = `情况调度表-${download.unitName}-${MILESTONE_KIND_LABELS[download.report.milestone]}.${extension}`;
        res.setHeader('Content-Type', format.contentType);
        res.setHeader(
          'Content-Disposition',
          `attachment; filename="status-report-${id}.${extension}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        );
        res.send(body);
      } catch (error) {
        sendCaughtError(res, error);
      }
    });
  }
  return router;
}
