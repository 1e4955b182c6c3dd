import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  Result,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DownloadOutlined, ReloadOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { SdkError } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import { chinaDate, formatChinaTime } from '../../china-time';
import { describeError, formFieldOf } from '../../errors';
import {
  ReportsStatusReportDocument,
  type ReportsRowFragment,
  type ReportsStatusReportQuery,
} from '../../graphql/generated';
import { MILESTONE_KIND_LABELS, REPORT_FILING_STATE_LABELS } from '../../labels';
import { isSignedOutError } from '../../session';
import { FILING_STATE_COLORS, isLate, isOverdue, isReportMilestone } from '../dashboard/milestones';
import { ProblemAlert } from '../../paging';
import { useWorkingUnit } from '../../working-unit';

/** The form's limit for 志愿服务进展情况 (the server's too). */
const MAX_PROGRESS = 500;
const FORM_TITLE = '全省教育系统工会助力脱贫攻坚教职工志愿服务活动情况调度表';

interface Values {
  /** The unit-wide text: for a unit with no project yet, or any project without its own text. */
  progressText?: string;
  /** Each project's own text, by project id. */
  progress?: Record<string, string | undefined>;
}

const MISSING_PROGRESS = '提交前请填写志愿服务进展情况';

/** The progress field's message for a server error that names it. */
function progressMessage(error: SdkError): string {
  if (/required|needs its progress text|write the unit/.test(error.message)) return MISSING_PROGRESS;
  const max = /at most (\d+) characters/.exec(error.message);
  if (max) return `志愿服务进展情况最多 ${max[1]} 个字`;
  return error.message;
}

/** The projects a server refusal names: one text too long (progress[i].text), or those without a text. */
function projectsNamedBy(error: unknown): string[] | null {
  if (!(error instanceof SdkError) || !error.field?.startsWith('progress')) return null;
  const { projectId, projectIds } = error.extensions as { projectId?: string; projectIds?: string[] };
  return projectIds ?? (projectId ? [projectId] : null);
}

function yuan(value: string): string {
  return Number(value) === 0 ? '—' : `${value} 元`;
}

const columns: ColumnsType<ReportsRowFragment> = [
  { title: '序号', key: 'index', width: 56, render: (_, __, index) => index + 1 },
  { title: '志愿服务队名称', dataIndex: 'teamName', key: 'teamName' },
  { title: '志愿服务项目名称', dataIndex: 'projectName', key: 'projectName' },
  { title: '志愿服务队组成人数', dataIndex: 'teamSize', key: 'teamSize', align: 'right' },
  {
    title: '项目执行时间',
    key: 'period',
    render: (_, row) => `${row.startsOn} 至 ${row.endsOn}`,
  },
  {
    title: '参与项目总人次',
    dataIndex: 'personTimes',
    key: 'personTimes',
    align: 'right',
    render: (value: number) => <span data-field="personTimes">{value}</span>,
  },
  { title: '服务时长（小时）', dataIndex: 'hours', key: 'hours', align: 'right' },
  {
    title: '物质或资金支持情况',
    key: 'support',
    render: (_, row) =>
      row.supportSummary || (
        <Typography.Text type="secondary">
          资金 {yuan(row.funds)}，物资 {yuan(row.materialsValue)}
        </Typography.Text>
      ),
  },
  {
    title: '负责人（姓名 / 职务 / 电话）',
    key: 'leader',
    render: (_, row) =>
      row.leaderName ? (
        [row.leaderName, row.leaderTitle, row.leaderPhone].filter(Boolean).join(' / ')
      ) : (
        <Typography.Text type="secondary">未设负责人</Typography.Text>
      ),
  },
  { title: '结对志愿服务单位、社区', dataIndex: 'pairedWith', key: 'pairedWith' },
  {
    title: '服务对象人数',
    dataIndex: 'peopleServed',
    key: 'peopleServed',
    align: 'right',
    render: (value: number | null) =>
      value === null ? <Typography.Text type="secondary">未填写</Typography.Text> : value,
  },
];

/**
 * 情况调度表 (/dashboard/reports/:campaignId/:milestone, `?unit=` for another unit's): the figures
 * the server computes for the unit's teams and projects (frozen once filed), the progress text the
 * unit writes, 保存草稿 and 提交 (confirmed first; read-only after), and the filed form as CSV. One
 * request loads it. The unit's own coordinator files; the province and others only read.
 */
export default function StatusReportPage() {
  const { session, client, expired } = useSignedIn();
  const working = useWorkingUnit();
  const { account } = session;
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const { campaignId = '', milestone } = useParams();
  const [params] = useSearchParams();
  const unitId = params.get('unit') ?? working.unitId;
  const [form] = Form.useForm<Values>();
  const [data, setData] = useState<ReportsStatusReportQuery | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [reloads, setReloads] = useState(0);

  const fail = useCallback(
    (error: unknown) => {
      if (isSignedOutError(error)) expired();
      else setProblem(describeError(error));
    },
    [expired],
  );

  const valid = isReportMilestone(milestone) && /^\d+$/.test(campaignId) && !!unitId;
  useEffect(() => {
    if (!valid) return;
    let current = true;
    setLoading(true);
    client
      .request(ReportsStatusReportDocument, {
        key: { campaignId, unitId: unitId!, milestone: milestone! as 'LAUNCH' },
        campaignId,
        unitId: unitId!,
      })
      .then((result) => {
        if (!current) return;
        setProblem(null);
        setData(result);
        const rows =
          result.statusReport?.status === 'SUBMITTED' ? result.statusReport.rows : result.statusReportPreview;
        form.setFieldsValue({
          progressText: result.statusReport?.progressText ?? '',
          progress: Object.fromEntries(rows.map((row) => [row.projectId, row.progressText ?? ''])),
        });
      })
      .catch((error: unknown) => current && fail(error))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [client, campaignId, unitId, milestone, valid, form, fail, reloads]);

  if (!valid) {
    return (
      <Result
        status="404"
        title="没有这个调度表"
        subTitle={
          unitId
            ? '地址可能有误。请回到工作台，从活动节点进入。'
            : '请从工作台的“各单位填报情况”选择一个单位的调度表。'
        }
        extra={
          <Button type="primary" onClick={() => navigate('/dashboard')}>
            返回工作台
          </Button>
        }
      />
    );
  }
  const kind = milestone;
  const label = MILESTONE_KIND_LABELS[kind];
  const report = data?.statusReport ?? null;
  const dueOn = data?.campaign?.milestones.find((m) => m.kind === kind)?.dueOn ?? null;
  const state = !report ? 'NOT_STARTED' : report.status === 'SUBMITTED' ? 'SUBMITTED' : 'DRAFT';
  const submitted = report?.status === 'SUBMITTED';
  /** Only the unit's own coordinator files its report; the province reads. */
  const mayFile = account.role === 'UNIT_COORDINATOR' && working.coordinates(unitId) && !submitted;
  const rows = submitted ? report.rows : (data?.statusReportPreview ?? []);

  const reportError = (error: unknown): void => {
    if (isSignedOutError(error)) {
      expired();
      return;
    }
    const field = formFieldOf(error, ['progressText'] as const);
    const projectIds = projectsNamedBy(error);
    if (field && error instanceof SdkError) {
      form.setFields([{ name: 'progressText', errors: [progressMessage(error)] }]);
    } else if (projectIds && error instanceof SdkError) {
      form.setFields(
        projectIds.map((projectId) => ({
          name: ['progress', projectId] as ['progress', string],
          errors: [progressMessage(error)],
        })),
      );
    } else {
      setFormProblem(describeError(error));
    }
  };

  const key = { campaignId, unitId: unitId!, milestone: kind };
  const save = async (): Promise<boolean> => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return false;
    setFormProblem(null);
    const text = values.progressText?.trim() ? values.progressText : null;
    const progress = rows.map((row) => {
      const own = values.progress?.[row.projectId];
      return { projectId: row.projectId, text: own?.trim() ? own : null };
    });
    await client.call('saveStatusReportDraft', { key, progressText: text, progress });
    return true;
  };

  const saveDraft = async () => {
    setBusy('save');
    try {
      if (await save()) {
        message.success('草稿已保存');
        setReloads((n) => n + 1);
      }
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    // Every project's block needs a text: its own, or the unit-wide one.
    const text = (form.getFieldValue('progressText') as string | undefined)?.trim();
    const missing = text
      ? []
      : rows.filter(
          (row) => !(form.getFieldValue(['progress', row.projectId]) as string | undefined)?.trim(),
        );
    if (!text && (rows.length === 0 || missing.length > 0)) {
      form.setFields([
        { name: 'progressText', errors: [MISSING_PROGRESS] },
        ...missing.map((row) => ({
          name: ['progress', row.projectId] as ['progress', string],
          errors: [MISSING_PROGRESS],
        })),
      ]);
      return;
    }
    const fine = await form.validateFields().then(
      () => true,
      () => false,
    );
    if (!fine) return;
    modal.confirm({
      title: `提交${label}调度表？`,
      content: '提交后不能再修改：表中的数字按现在的服务记录和台账冻结，报送给省教育工会。',
      okText: '提交',
      cancelText: '再看看',
      onOk: async () => {
        setBusy('submit');
        try {
          if (!(await save())) return;
          await client.call('submitStatusReport', { key });
          message.success('调度表已提交');
          setReloads((n) => n + 1);
        } catch (error) {
          reportError(error);
        } finally {
          setBusy(null);
        }
      },
    });
  };

  // Hours in whole hundredths (the API's 2 places), so the sum is exact.
  const totals = rows.reduce(
    (sum, row) => ({
      people: sum.people + row.personTimes,
      hundredths: sum.hundredths + Math.round(Number(row.hours) * 100),
      served: sum.served + (row.peopleServed ?? 0),
      notEntered: sum.notEntered + (row.peopleServed === null ? 1 : 0),
    }),
    { people: 0, hundredths: 0, served: 0, notEntered: 0 },
  );
  const totalHours = `${Math.floor(totals.hundredths / 100)}.${String(totals.hundredths % 100).padStart(2, '0')}`;
  const asOf = dueOn ? (chinaDate() < dueOn ? chinaDate() : dueOn) : null;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/dashboard">工作台</Link> }, { title: `${label}调度表` }]} />
      <ProblemAlert problem={problem} onRetry={() => setReloads((n) => n + 1)} style={{}} />
      <Card
        title={`${FORM_TITLE}（${label}）`}
        loading={!data && !problem}
        extra={
          <Space>
            {report ? (
              <>
                <Button
                  icon={<DownloadOutlined />}
                  href={report.wordDownloadPath}
                  data-action="download-word"
                >
                  下载调度表（Word）
                </Button>
                <Button icon={<DownloadOutlined />} href={report.downloadPath} data-action="download">
                  下载调度表（CSV）
                </Button>
              </>
            ) : (
              <Typography.Text type="secondary">保存草稿后可下载</Typography.Text>
            )}
            <Button icon={<ReloadOutlined />} onClick={() => setReloads((n) => n + 1)} loading={loading}>
              刷新
            </Button>
          </Space>
        }
      >
        {data && (
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="report-header">
            <Descriptions.Item label="填表单位">{data.unit?.name ?? unitId}</Descriptions.Item>
            <Descriptions.Item label="活动">{data.campaign?.name ?? campaignId}</Descriptions.Item>
            <Descriptions.Item label="截止日期">
              <Typography.Text type={dueOn && isOverdue(dueOn, state) ? 'danger' : undefined}>
                {dueOn ?? '—'}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="状态">
              <Tag color={FILING_STATE_COLORS[state]} data-field="state">
                {REPORT_FILING_STATE_LABELS[state]}
              </Tag>
              {dueOn && isOverdue(dueOn, state) && <Tag color="red">已逾期</Tag>}
              {dueOn && submitted && isLate(dueOn, report.submittedAt) && <Tag color="orange">逾期提交</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label="填表日期">{report?.filledOn ?? '提交时填写'}</Descriptions.Item>
            <Descriptions.Item label={submitted ? '提交时间' : '最后保存'}>
              <span data-field="time">
                {submitted && report.submittedAt
                  ? formatChinaTime(report.submittedAt)
                  : report
                    ? formatChinaTime(report.updatedAt)
                    : '尚未保存'}
              </span>
            </Descriptions.Item>
          </Descriptions>
        )}
      </Card>
      {data && (
        <Card
          title="各服务队、项目情况"
          extra={
            <Typography.Text type="secondary">
              合计 {totals.people} 人次 · {totalHours} 小时 · 服务对象 {totals.served} 人
              {totals.notEntered > 0 ? `（${totals.notEntered} 个项目未填写）` : ''}
            </Typography.Text>
          }
        >
          <Typography.Paragraph type="secondary">
            {submitted
              ? '以下是提交时冻结的数字，之后对服务记录的更正不会改变已报送的调度表。'
              : `以下数字由系统根据服务队、项目、已审核的服务记录和支持台账计算，截至 ${asOf ?? '截止日期'}（北京时间）；提交时冻结。`}
          </Typography.Paragraph>
          <Table<ReportsRowFragment>
            rowKey="projectId"
            size="small"
            columns={columns}
            dataSource={rows}
            pagination={false}
            scroll={{ x: 1300 }}
            locale={{
              emptyText: (
                <Empty description="本单位在这个活动中还没有服务项目。组建服务队并开设服务项目后，这里会按项目列出。">
                  <Link to="/records/projects">去看服务项目</Link>
                </Empty>
              ),
            }}
          />
        </Card>
      )}
      {data && (
        <Card title="志愿服务进展情况">
          {formProblem && (
            <Alert
              style={{ marginBottom: 16 }}
              type="error"
              showIcon
              title={formProblem}
              closable={{ onClose: () => setFormProblem(null) }}
            />
          )}
          {mayFile ? (
            <Form form={form} name="status-report" layout="vertical" disabled={busy !== null}>
              {rows.map((row) => (
                <Form.Item
                  key={row.projectId}
                  label={`${row.teamName} · ${row.projectName}`}
                  name={['progress', row.projectId]}
                  data-project={row.projectId}
                  extra="本项目的主要做法、特色内容，最多 500 字。"
                  rules={[{ max: MAX_PROGRESS, message: `最多 ${MAX_PROGRESS} 个字` }]}
                >
                  <Input.TextArea rows={4} maxLength={MAX_PROGRESS} showCount />
                </Form.Item>
              ))}
              <Form.Item
                label={rows.length ? '全单位总体情况（选填）' : '主要做法、特色内容'}
                name="progressText"
                extra={
                  rows.length
                    ? '未单独填写的项目按这段文字报送，最多 500 字。可以先保存草稿，提交前还能修改。'
                    : '写明主要做法和特色，最多 500 字。可以先保存草稿，提交前还能修改。'
                }
                rules={[{ max: MAX_PROGRESS, message: `最多 ${MAX_PROGRESS} 个字` }]}
              >
                <Input.TextArea
                  rows={8}
                  maxLength={MAX_PROGRESS}
                  showCount
                  placeholder="例如：组建支教服务队 3 支，每周开展课后辅导……"
                />
              </Form.Item>
              <Space>
                <Button icon={<SaveOutlined />} onClick={() => void saveDraft()} loading={busy === 'save'}>
                  保存草稿
                </Button>
                <Button
                  type="primary"
                  icon={<SendOutlined />}
                  onClick={() => void submit()}
                  loading={busy === 'submit'}
                >
                  提交
                </Button>
              </Space>
            </Form>
          ) : (
            <>
              {rows.map((row) => (
                <div key={row.projectId} data-project={row.projectId}>
                  <Typography.Text strong>{`${row.teamName} · ${row.projectName}`}</Typography.Text>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-field="projectProgress">
                    {row.progressText || report?.progressText || (
                      <Typography.Text type="secondary">（未填写）</Typography.Text>
                    )}
                  </Typography.Paragraph>
                </div>
              ))}
              {(report?.progressText || rows.length === 0) && (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-field="progressText">
                  {report?.progressText || <Typography.Text type="secondary">（未填写）</Typography.Text>}
                </Typography.Paragraph>
              )}
              <Typography.Text type="secondary">
                {submitted
                  ? `已于 ${report.submittedAt ? formatChinaTime(report.submittedAt) : report.filledOn} 提交，不能再修改。`
                  : '只有本单位的协调员可以填报和提交。'}
              </Typography.Text>
            </>
          )}
        </Card>
      )}
    </Space>
  );
}
