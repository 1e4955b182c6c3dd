import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { STATUS_REPORT_TITLE } from './status-report.rules';
import type { StatusReportRow } from './status-report.types';

/** Everything the Word form says, worked out by the caller; this file only lays it out. */
export interface StatusReportDocument {
  unitName: string;
  /** 活动部署启动, 半程推进 or 活动总结. */
  milestoneLabel: string;
  /** 填表日期 (YYYY-MM-DD), null for a draft. */
  filledOn: string | null;
  rows: readonly StatusReportRow[];
  /** The unit-wide text of reports from before per-project texts, for blocks without their own. */
  unitProgressText: string | null;
}

/** The label of the progress cell, word for word as on the notice's attachment. */
/** The media type of a Word (.docx) file: the 调度表's and the summary materials'. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const PROGRESS_LABEL = '志愿服务进展情况（500字以内，主要做法、特色内容等）';

// Six grid columns (label, value, label, value, label, value), in twentieths of a point, filling
// an A4 page's text width; rows with fewer pairs span the value cells as the attachment does.
const COLUMN_WIDTHS = [1900, 1500, 1000, 1600, 1500, 1526];
const TABLE_WIDTH = COLUMN_WIDTHS.reduce((a, b) => a + b, 0);

const paragraphs = (value: string, bold = false) =>
  // One paragraph per line, so line breaks in a progress text survive.
  (value === '' ? [''] : value.split('\n')).map(
    (line) => new Paragraph({ children: [new TextRun({ text: line, bold })] }),
  );

function cell(value: string, column: number, span: number, label: boolean): TableCell {
  const width = COLUMN_WIDTHS.slice(column, column + span).reduce((a, b) => a + b, 0);
  return new TableCell({
    columnSpan: span,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: paragraphs(value, label),
  });
}

/** Label/value pairs across a row; the first value spans the columns the other pairs leave. */
function formRow(pairs: [string, string][]): TableRow {
  const cells: TableCell[] = [];
  let column = 0;
  pairs.forEach(([label, value], i) => {
    const span = i === 0 ? COLUMN_WIDTHS.length - 2 * pairs.length + 1 : 1;
    cells.push(cell(label, column, 1, true), cell(value, column + 1, span, false));
    column += 1 + span;
  });
  return new TableRow({ cantSplit: true, children: cells });
}

/** 项目执行时间 as the form is filled in by hand: 2019年4月1日至2019年9月30日. */
export function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** The text a block shows: the project's own, else the unit-wide text of an older report. */
export function blockProgress(row: Pick<StatusReportRow, 'progressText'>, unitText: string | null): string {
  return row.progressText ?? unitText ?? '';
}

function block(row: StatusReportRow, unitText: string | null): Table {
  return new Table({
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMN_WIDTHS,
    rows: [
      formRow([['志愿服务队名称', row.teamName]]),
      formRow([
        ['志愿服务项目名称', row.projectName],
        ['志愿服务队组成人数', String(row.teamSize)],
      ]),
      formRow([
        ['项目执行时间', `${chineseDate(row.startsOn)}至${chineseDate(row.endsOn)}`],
        ['参与项目总人次', String(row.personTimes)],
      ]),
      formRow([['物质或资金支持情况', row.supportSummary || '无']]),
      formRow([
        ['负责人姓名', row.leaderName ?? ''],
        ['职务', row.leaderTitle ?? ''],
        ['电话', row.leaderPhone ?? ''],
      ]),
      formRow([
        ['结对志愿服务单位、社区', row.pairedWith],
        ['服务对象人数', row.peopleServed === null ? '' : String(row.peopleServed)],
      ]),
      formRow([[PROGRESS_LABEL, blockProgress(row, unitText)]]),
    ],
  });
}

/**
 * The report as the notice's attachment (附件: 情况调度表): the title, 填表单位 and 填表日期, then one
 * form table per team project, label cells on the left of their values.
 */
export async function statusReportDocx(report: StatusReportDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: STATUS_REPORT_TITLE, bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: `（${report.milestoneLabel}）` })],
    }),
    new Paragraph({
      children: [
        new TextRun({ text: `填表单位：${report.unitName}` }),
        new TextRun({ text: '\t' }),
        new TextRun({
          text: `填表日期：${report.filledOn ? chineseDate(report.filledOn) : '（草稿，未报送）'}`,
        }),
      ],
      tabStops: [{ type: TabStopType.RIGHT, position: TABLE_WIDTH }],
    }),
  ];
  report.rows.forEach((row, i) => {
    if (i > 0) children.push(new Paragraph({ children: [] }));
    children.push(block(row, report.unitProgressText));
  });
  if (report.rows.length === 0) {
    // A unit with no project started by the deadline files its unit-wide text alone.
    children.push(
      new Paragraph({ children: [new TextRun({ text: `${PROGRESS_LABEL}：`, bold: true })] }),
      ...paragraphs(report.unitProgressText ?? ''),
    );
  }
  const document = new Document({
    creator: report.unitName,
    title: `${STATUS_REPORT_TITLE}（${report.milestoneLabel}）`,
    styles: { default: { document: { run: { font: '宋体', size: 24 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
