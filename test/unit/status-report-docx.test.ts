import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { PROGRESS_LABEL, statusReportDocx } from '../../server/src/modules/reports/status-report.docx';
import { STATUS_REPORT_TITLE } from '../../server/src/modules/reports/status-report.rules';
import type { StatusReportRow } from '../../server/src/modules/reports/status-report.types';

const run = promisify(execFile);

/** Debian's LibreOffice, installed by .ci/run (libreoffice-writer-nogui). */
const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';

const row = (over: Partial<StatusReportRow>): StatusReportRow =>
  ({
    teamId: 1,
    teamName: '济南教职工志愿服务1队',
    projectId: 7,
    projectName: '防溺水安全知识宣讲项目',
    teamSize: 9,
    startsOn: '2019-04-01',
    endsOn: '2019-09-30',
    personTimes: 42,
    hours: '126.50',
    funds: '3000.00',
    materialsValue: '1200.50',
    supportSummary: '资金 3000.00 元；物资 价值 1200.50 元（图书 120 册）',
    leaderName: '杜兵兵',
    leaderTitle: '工会常务副主席',
    leaderPhone: '13778538991',
    pairedWith: '平阴县清河镇孙岭村',
    peopleServed: 390,
    progressText: '每周两次到孙岭村小学开展课后辅导和防溺水宣讲。',
    ...over,
  }) as StatusReportRow;

/**
 * The 调度表's Word file as an office suite shows it: written by `docx`, rendered headless by
 * LibreOffice (a second, independent reader besides mammoth) to plain text, and compared word for
 * word with mammoth's reading, so a layout only one reader understands would show here.
 */
describe('the 调度表 Word file in LibreOffice', () => {
  it('renders the title, header and every block with the same text mammoth reads', async () => {
    const bytes = await statusReportDocx({
      unitName: '济南市教育工会',
      milestoneLabel: '活动总结',
      filledOn: '2019-09-28',
      unitProgressText: '全市教职工志愿服务总体情况。',
      rows: [
        row({}),
        row({
          teamId: 2,
          teamName: '济南教职工志愿服务2队',
          projectId: 8,
          projectName: '暑期支教项目',
          leaderPhone: null,
          progressText: null,
        }),
      ],
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'status-report-docx-'));
    try {
      const file = path.join(dir, 'report.docx');
      fs.writeFileSync(file, bytes);
      // A profile of its own: another LibreOffice running on the machine does not take the call.
      await run(
        SOFFICE,
        [
          `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'txt:Text (encoded):UTF8',
          '--outdir',
          dir,
          file,
        ],
        { timeout: 120_000 },
      );
      const rendered = fs.readFileSync(path.join(dir, 'report.txt'), 'utf8').replace(/^\uFEFF/, '');
      const { value: read } = await mammoth.extractRawText({ buffer: bytes });
      const words = (text: string) => text.split(/\s+/).filter(Boolean);
      expect(words(rendered)).toEqual(words(read));
      for (const expected of [
        STATUS_REPORT_TITLE,
        '填表单位',
        '济南市教育工会',
        '填表日期',
        '志愿服务队名称',
        '济南教职工志愿服务1队',
        '济南教职工志愿服务2队',
        '暑期支教项目',
        '2019年9月28日',
        '42',
        '13778538991',
        '平阴县清河镇孙岭村',
        PROGRESS_LABEL,
        '每周两次到孙岭村小学开展课后辅导和防溺水宣讲。',
        // The second block has no text of its own: the unit-wide one stands in.
        '全市教职工志愿服务总体情况。',
      ]) {
        expect(rendered).toContain(expected);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
