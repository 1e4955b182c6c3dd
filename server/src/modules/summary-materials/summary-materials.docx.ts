import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/** One project of the draft, its figures from the same functions as the status report's. */
export interface DraftProject {
  name: string;
  startsOn: string;
  endsOn: string;
  siteName: string;
  /** National 服务类别, in Chinese. */
  categories: string[];
  /** 服务内容: the categories of the needs it serves, in Chinese. */
  contents: string[];
  status: string;
  /** 服务对象人数 as entered on the project; null when nobody entered one. */
  peopleServed: number | null;
  hours: string;
  personTimes: number;
  funds: string;
  materialsValue: string;
  supportSummary: string;
}

export interface DraftTeam {
  name: string;
  leaderName: string | null;
  leaderTitle: string | null;
  size: number;
  projects: DraftProject[];
}

export interface DraftTraining {
  heldOn: string;
  topic: string;
  covers: string[];
  hours: string;
  trainer: string;
  attendees: string[];
}

export interface DraftLog {
  projectName: string;
  loggedOn: string;
  authorName: string;
  content: string;
}

/** Everything the generated draft says, worked out by the service; this file only lays it out. */
export interface SummaryDraft {
  campaignName: string;
  year: number;
  unitName: string;
  /** The last China date the figures cover. */
  asOf: string;
  /** When the draft was made, China time (YYYY-MM-DD HH:mm:ss). */
  generatedAt: string;
  dueOn: string | null;
  totals: {
    teams: number;
    projects: number;
    volunteers: number;
    hours: string;
    personTimes: number;
    funds: string;
    materialsValue: string;
    /** The sum of the figures entered, and how many projects have none. */
    peopleServed: number;
    projectsWithoutPeopleServed: number;
  };
  teams: DraftTeam[];
  trainings: DraftTraining[];
  /** Members of the teams above with a safety training date on record, and all of them. */
  trainedMembers: number;
  members: number;
  logs: DraftLog[];
  logsPerProject: number;
}

const text = (value: string, bold = false) =>
  new Paragraph({ children: [new TextRun({ text: value, bold })] });

const heading = (value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ heading: level, children: [new TextRun({ text: value })] });

/** A form-like table: label cells on the left, values on the right, as the notice's attachment is laid out. */
function labelTable(rows: [string, string][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({ width: { size: 28, type: WidthType.PERCENTAGE }, children: [text(label, true)] }),
            new TableCell({
              width: { size: 72, type: WidthType.PERCENTAGE },
              // One paragraph per line, so line breaks in a value survive.
              children: (value === '' ? [''] : value.split('\n')).map((line) => text(line)),
            }),
          ],
        }),
    ),
  });
}

function gridTable(header: string[], rows: string[][]): Table {
  const row = (cells: string[], bold: boolean) =>
    new TableRow({ children: cells.map((cell) => new TableCell({ children: [text(cell, bold)] })) });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(header, true), ...rows.map((cells) => row(cells, false))],
  });
}

const orNone = (values: string[]) => (values.length ? values.join('、') : '无');

/** The draft as a .docx the coordinator opens in Word, completes and hands in. */
export async function summaryDraftDocx(draft: SummaryDraft): Promise<Buffer> {
  const { totals } = draft;
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: `${draft.campaignName}活动总结材料` })],
    }),
    text(`报送单位：${draft.unitName}`),
    text(
      `数据截至：${draft.asOf}（北京时间）　生成时间：${draft.generatedAt}（北京时间）` +
        (draft.dueOn ? `　报送截止：${draft.dueOn}` : ''),
    ),
    text(
      '说明：本稿由系统根据本单位登记的服务队、项目、服务时长、保障台账、培训记录和志愿服务日志生成，' +
        '请核对数据，补写“工作总结”部分后，以 Word（.docx）格式报送省教育工会。',
    ),

    heading('一、总体情况', HeadingLevel.HEADING_1),
    labelTable([
      ['志愿服务队', `${totals.teams} 支`],
      ['志愿服务项目', `${totals.projects} 个`],
      ['参与志愿者', `${totals.volunteers} 人`],
      ['服务时长', `${totals.hours} 小时`],
      ['参与项目总人次', `${totals.personTimes} 人次`],
      ['资金支持', `${totals.funds} 元`],
      ['物资支持（折合）', `${totals.materialsValue} 元`],
      [
        '服务对象人数',
        `${totals.peopleServed} 人` +
          (totals.projectsWithoutPeopleServed > 0
            ? `（另有 ${totals.projectsWithoutPeopleServed} 个项目未填写）`
            : ''),
      ],
    ]),
    text('服务时长与人次只计已审核的服务记录，不含往返交通时间；人次指一人参加一次服务计一次。'),

    heading('二、志愿服务队与服务项目', HeadingLevel.HEADING_1),
  ];
  if (draft.teams.length === 0) children.push(text('本活动期间尚未登记服务项目。'));
  for (const team of draft.teams) {
    children.push(
      heading(team.name, HeadingLevel.HEADING_2),
      text(
        `负责人：${team.leaderName ?? '未指定'}${team.leaderTitle ? `（${team.leaderTitle}）` : ''}　` +
          `组成人数：${team.size} 人`,
      ),
    );
    for (const project of team.projects) {
      children.push(
        heading(project.name, HeadingLevel.HEADING_3),
        labelTable([
          ['志愿服务项目名称', project.name],
          ['项目执行时间', `${project.startsOn} 至 ${project.endsOn}`],
          ['结对志愿服务单位、社区', project.siteName],
          ['服务类别', orNone(project.categories)],
          ['服务内容', orNone(project.contents)],
          ['项目状态', project.status],
          ['服务对象人数', project.peopleServed === null ? '未填写' : `${project.peopleServed} 人`],
          ['服务时长', `${project.hours} 小时`],
          ['参与项目总人次', `${project.personTimes} 人次`],
          ['物质或资金支持情况', project.supportSummary || '无'],
        ]),
      );
    }
  }

  children.push(heading('三、服务保障（物质与资金支持）', HeadingLevel.HEADING_1));
  const supported = draft.teams.flatMap((t) => t.projects).filter((p) => p.supportSummary);
  children.push(
    text(`资金支持合计 ${totals.funds} 元，物资折合 ${totals.materialsValue} 元（作废的台账记录不计）。`),
    supported.length
      ? gridTable(
          ['项目', '资金（元）', '物资折合（元）', '明细'],
          supported.map((p) => [p.name, p.funds, p.materialsValue, p.supportSummary]),
        )
      : text('本活动期间尚未登记物质或资金支持。'),
  );

  children.push(
    heading('四、安全教育与培训', HeadingLevel.HEADING_1),
    text(`服务队成员中已登记安全培训的：${draft.trainedMembers} 人（共 ${draft.members} 人）。`),
  );
  if (draft.trainings.length === 0) children.push(text('本活动期间尚未登记培训记录。'));
  for (const training of draft.trainings) {
    children.push(
      labelTable([
        ['培训日期', training.heldOn],
        ['培训主题', training.topic],
        ['培训内容', orNone(training.covers)],
        ['培训时长', `${training.hours} 小时`],
        ['培训人', training.trainer],
        [`参训人员（${training.attendees.length} 人）`, orNone(training.attendees)],
      ]),
      text(''),
    );
  }

  children.push(
    heading('五、志愿服务日志选登', HeadingLevel.HEADING_1),
    text(`每个项目选登截至 ${draft.asOf} 最近的 ${draft.logsPerProject} 篇日志。`),
  );
  if (draft.logs.length === 0) children.push(text('尚未记录志愿服务日志。'));
  for (const log of draft.logs) {
    children.push(
      heading(`${log.loggedOn}　${log.projectName}`, HeadingLevel.HEADING_3),
      text(`记录人：${log.authorName || '—'}`),
      ...log.content.split('\n').map((line) => text(line)),
    );
  }

  children.push(
    heading('六、工作总结（请补写）', HeadingLevel.HEADING_1),
    ...['（一）主要做法', '（二）特色内容与典型经验', '（三）存在问题与下一步打算'].flatMap((title) => [
      text(title, true),
      text('（请填写）'),
    ]),
    text(''),
    text(`${draft.unitName}`),
    text('年　　月　　日'),
  );

  const document = new Document({
    creator: draft.unitName,
    title: `${draft.campaignName}活动总结材料`,
    styles: { default: { document: { run: { font: '宋体', size: 24 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
