import { stringify } from 'csv-stringify/sync';
import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../../core/config';
import { CSV_OPTIONS } from '../../core/csv';
import { sendCaughtError, sendSignInRequired } from '../../core/http-errors';
import { authenticateHttpRequest } from '../accounts/web-session.http';
import { MILESTONE_KIND_LABELS } from '../code-lists/labels';
import { StatusReportService } from './status-report.service';

export const REPORT_BASE = '/status-reports';

export function reportDownloadPath(id: number): string {
  return `${REPORT_BASE}/${id}/report.csv`;
}

/** The form's columns, in its order (附件: 情况调度表). */
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
];

/**
 * GET /status-reports/:id/report.csv: a saved report as the spreadsheet units file, the rows as filed
 * once submitted and live while a draft, with the same bearer tokens and access as /graphql.
 */
export function statusReportRouter(dataSource: DataSource, auth: Config['auth']): Router {
  const router = Router();
  router.get(`${REPORT_BASE}/:id/report.csv`, async (req: Request, res: Response) => {
    const id = /^\d{1,15}$/.test(String(req.params.id)) ? Number(req.params.id) : NaN;
    try {
      const actor = await authenticateHttpRequest(dataSource, auth, req, res, { csrf: false });
      if (!actor) {
        sendSignInRequired(res);
        return;
      }
      const { report, unitName, rows } = await new StatusReportService(dataSource, actor).forDownload(id);
      const lines = [
        ['情况调度表', MILESTONE_KIND_LABELS[report.milestone]],
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
          String(row.peopleServed),
        ]),
        ['志愿服务进展情况', report.progressText ?? ''],
      ];
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="status-report-${id}.csv"; filename*=UTF-8''${encodeURIComponent(`情况调度表-${unitName}-${MILESTONE_KIND_LABELS[report.milestone]}.csv`)}`,
      );
      res.send(stringify(lines, CSV_OPTIONS));
    } catch (error) {
      sendCaughtError(res, error);
    }
  });
  return router;
}
