import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DownloadOutlined, ExportOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { SdkError, type ArchiveExportScope } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import { chinaDate, formatChinaTime } from '../../china-time';
import { describeError } from '../../errors';
import {
  ExportsListDocument,
  ExportsOptionsDocument,
  type ExportRowFragment,
  type ExportsOptionsQuery,
} from '../../graphql/generated';
import { ARCHIVE_EXPORT_SCOPE_LABELS, labelOf, labelOptions } from '../../labels';
import { isSignedOutError } from '../../session';
import { currentCampaignId, fieldMessage, mayDownloadExports } from './area';
import { ProblemAlert } from '../../paging';
import { useWorkingUnit } from '../../working-unit';
import { IssueDrawer, IssueReport, type Issue } from './IssueReport';

/** The API's largest page: a unit's batches, newest shown first. */
const MAX_BATCHES = 100;

/** Every file of a batch, with the short name the list of batches uses. */
const FILES: readonly { key: keyof ExportRowFragment['downloads']; label: string; short: string }[] = [
  { key: 'xlsx', label: 'Excel 工作簿（全部）', short: 'Excel' },
  { key: 'records', label: '服务记录 CSV', short: '服务记录' },
  { key: 'people', label: '系统外成员 CSV', short: '系统外成员' },
  { key: 'projects', label: '项目信息 CSV', short: '项目信息' },
  { key: 'report', label: '校验报告 CSV', short: '校验报告' },
];

interface Values {
  scope: ArchiveExportScope;
  scopeId?: string;
  range: [Dayjs, Dayjs];
}

/** A batch just made: its counts and the first rules broken, as the server answered. */
interface Made {
  batch: ExportRowFragment;
  issues: readonly Issue[];
  again: boolean;
}

/** NOTHING_TO_EXPORT while records still fail: what the refusal named, to put right first. */
interface Blocked {
  failingRecords: number;
  issueCount: number;
  issues: readonly Issue[];
}

/**
 * 归档导出 (/records/exports): the last step of the coordinator's work (… → 审核 → 报告 → 导出). The
 * unit's approved service records not exported yet, for a unit, team or project over China dates,
 * become a batch in the national volunteer system's vocabulary (www.chinavolunteer.cn; a worksheet
 * to key in, not an import file): an Excel workbook and four CSVs, downloaded with the session's
 * cookie. A record goes into one batch only; 重新导出 gives an earlier batch's files again.
 */
export default function ExportsPage() {
  const { session, client, expired } = useSignedIn();
  const { account } = session;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [options, setOptions] = useState<ExportsOptionsQuery | null>(null);
  const [batches, setBatches] = useState<{ rows: ExportRowFragment[]; total: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [reloads, setReloads] = useState(0);
  const [optionsAttempt, setOptionsAttempt] = useState(0);
  const [sending, setSending] = useState(false);
  const [made, setMade] = useState<Made | null>(null);
  const [blocked, setBlocked] = useState<Blocked | null>(null);
  /** The batch whose 校验报告 the drawer shows. */
  const [reportOf, setReportOf] = useState<string | null>(null);
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [reexporting, setReexporting] = useState<string | null>(null);
  const canExport = mayDownloadExports(account.role);
  const working = useWorkingUnit();
  const unitId = account.role === 'UNIT_COORDINATOR' ? working.unitId : null;
  const scope = Form.useWatch('scope', form) ?? 'UNIT';

  const fail = useCallback(
    (error: unknown) => {
      if (isSignedOutError(error)) expired();
      else setProblem(describeError(error));
    },
    [expired],
  );

  useEffect(() => {
    let current = true;
    client
      .request(ExportsOptionsDocument, { unitId })
      .then((result) => current && setOptions(result))
      .catch((error: unknown) => current && fail(error));
    return () => {
      current = false;
    };
  }, [client, unitId, fail, optionsAttempt]);

  useEffect(() => {
    let current = true;
    setLoading(true);
    client
      .request(ExportsListDocument, { filter: unitId ? { unitId } : null, first: MAX_BATCHES })
      .then(({ archiveExports }) => {
        if (!current) return;
        setProblem(null);
        setBatches({
          rows: archiveExports.edges.map((e) => e.node).sort((a, b) => Number(b.id) - Number(a.id)),
          total: archiveExports.totalCount,
        });
      })
      .catch((error: unknown) => current && fail(error))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [client, unitId, reloads, fail]);

  // The default range: the campaign under way, from its first day to today (China dates).
  const defaultRange = useMemo<[Dayjs, Dayjs] | undefined>(() => {
    if (!options) return undefined;
    const id = currentCampaignId(options.campaigns);
    const campaign = options.campaigns.find((c) => c.id === id);
    if (!campaign) return undefined;
    const today = chinaDate();
    return [dayjs(campaign.startsOn), dayjs(today < campaign.endsOn ? today : campaign.endsOn)];
  }, [options]);
  useEffect(() => {
    if (defaultRange && !form.isFieldTouched('range')) form.setFieldsValue({ range: defaultRange });
  }, [defaultRange, form]);

  const teams = new Map((options?.serviceTeams.edges ?? []).map(({ node }) => [node.id, node.name]));
  const projects = new Map(
    (options?.serviceProjects.edges ?? []).map(({ node }) => [
      node.id,
      `${node.name}（${node.campaign.year}）`,
    ]),
  );
  const scopeName = (row: Pick<ExportRowFragment, 'scope' | 'scopeId'>) => {
    if (row.scope === 'TEAM') return teams.get(row.scopeId) ?? `服务队 ${row.scopeId}`;
    if (row.scope === 'PROJECT') return projects.get(row.scopeId) ?? `项目 ${row.scopeId}`;
    return (
      working.units.find((u) => u.id === row.scopeId)?.name ??
      (row.scopeId === account.unitId && account.unitName ? account.unitName : `单位 ${row.scopeId}`)
    );
  };

  const reload = () => {
    if (!options) setOptionsAttempt((n) => n + 1);
    setReloads((n) => n + 1);
  };

  const submit = async (values: Values) => {
    setSending(true);
    setFormProblem(null);
    setBlocked(null);
    try {
      const batch = await client.exports.create({
        scope: values.scope,
        scopeId: values.scope === 'UNIT' ? (unitId ?? '') : values.scopeId!,
        rangeStart: values.range[0].format('YYYY-MM-DD'),
        rangeEnd: values.range[1].format('YYYY-MM-DD'),
      });
      setMade({ batch, issues: batch.issues, again: false });
      message.success(`已导出 ${batch.recordCount} 条服务记录（批次 ${batch.id}）`);
      setReloads((n) => n + 1);
    } catch (error) {
      if (isSignedOutError(error)) return expired();
      if (error instanceof SdkError && error.code === 'NOTHING_TO_EXPORT') {
        const { failingRecords, issueCount, issues } = error.extensions;
        if (Array.isArray(issues) && issues.length > 0) {
          setBlocked({
            failingRecords: Number(failingRecords ?? 0),
            issueCount: Number(issueCount ?? issues.length),
            issues: issues as Issue[],
          });
        }
      }
      if (error instanceof SdkError && error.field) {
        const name = error.field.replace(/^input\./, '');
        const field =
          name === 'rangeStart' || name === 'rangeEnd' ? 'range' : name === 'scopeId' ? 'scopeId' : null;
        if (field && !(field === 'scopeId' && values.scope === 'UNIT')) {
          form.setFields([{ name: field, errors: [fieldMessage(error)] }]);
          return;
        }
        setFormProblem(fieldMessage(error));
      } else {
        setFormProblem(describeError(error));
      }
    } finally {
      setSending(false);
    }
  };

  const reexport = async (row: ExportRowFragment) => {
    setReexporting(row.id);
    try {
      const batch = await client.exports.reexport(row.id);
      setMade({ batch, issues: batch.issues, again: true });
      message.success(`已重新导出批次 ${row.id}（新批次 ${batch.id}，文件与原批次相同）`);
      setReloads((n) => n + 1);
    } catch (error) {
      if (isSignedOutError(error)) return expired();
      message.error(describeError(error));
    } finally {
      setReexporting(null);
    }
  };

  const downloadLinks = (row: ExportRowFragment, compact: boolean) => (
    <Space size={compact ? 0 : 'small'} wrap data-testid={`downloads-${row.id}`}>
      {FILES.map((file, i) => (
        <Button
          key={file.key}
          type={compact ? 'link' : i === 0 ? 'primary' : 'default'}
          size={compact ? 'small' : 'middle'}
          icon={<DownloadOutlined />}
          href={row.downloads[file.key]}
          download
          data-file={file.key}
          title={file.label}
        >
          {compact ? file.short : file.label}
        </Button>
      ))}
    </Space>
  );

  const columns: ColumnsType<ExportRowFragment> = [
    { title: '批次', dataIndex: 'id', width: 70, render: (id: string) => <span data-field="id">{id}</span> },
    {
      title: '范围',
      key: 'scope',
      width: 240,
      render: (_, row) => (
        <Space size={4} wrap>
          <Tag>{labelOf(ARCHIVE_EXPORT_SCOPE_LABELS, row.scope)}</Tag>
          <span data-field="scope">{scopeName(row)}</span>
        </Space>
      ),
    },
    {
      title: '服务日期',
      key: 'range',
      width: 190,
      render: (_, row) => (
        <span data-field="range">
          {row.rangeStart} 至 {row.rangeEnd}
        </span>
      ),
    },
    {
      title: '导出记录',
      dataIndex: 'recordCount',
      width: 90,
      align: 'right',
      render: (n: number) => <span data-field="records">{n}</span>,
    },
    {
      title: '未通过校验',
      dataIndex: 'issueCount',
      width: 110,
      align: 'right',
      render: (n: number, row) =>
        n > 0 ? (
          <Button
            type="link"
            size="small"
            data-action="issues"
            onClick={() => setReportOf(row.id)}
            style={{ paddingInline: 0 }}
          >
            <Typography.Text type="warning">{n} 条 · 查看</Typography.Text>
          </Button>
        ) : (
          0
        ),
    },
    {
      title: '导出时间（北京时间）',
      dataIndex: 'createdAt',
      width: 160,
      render: (at: string, row) => (
        <Space orientation="vertical" size={0}>
          <span>{formatChinaTime(at)}</span>
          {row.reexportOfId && (
            <Typography.Text type="secondary">重新导出批次 {row.reexportOfId}</Typography.Text>
          )}
        </Space>
      ),
    },
    ...(canExport
      ? [
          {
            title: '下载与操作',
            key: 'actions',
            width: 300,
            fixed: 'right' as const,
            render: (_: unknown, row: ExportRowFragment) => (
              <Space size={0} wrap>
                {downloadLinks(row, true)}
                <Popconfirm
                  title="重新导出这个批次？"
                  description="会记一个新批次，文件与原批次完全相同；不会导出新的记录。"
                  okText="重新导出"
                  cancelText="取消"
                  onConfirm={() => reexport(row)}
                >
                  <Button type="link" size="small" loading={reexporting === row.id}>
                    重新导出
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        title="导出到全国志愿服务信息系统（www.chinavolunteer.cn）的志愿服务记录"
        description={
          '导出本单位已审核、尚未导出的服务记录，按全国系统的字段整理成 Excel 工作簿（服务记录、系统外成员、项目信息、校验报告、说明），' +
          '供在全国系统中逐项录入（全国系统没有批量导入）。每条记录只导出一次；不符合全国系统规则的记录不导出，列在校验报告里，改正后会在下一次导出。'
        }
      />
      <ProblemAlert problem={problem} onRetry={reload} style={{}} />
      {canExport ? (
        <Card title="新建导出">
          {formProblem && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={formProblem} />}
          <Form<Values>
            form={form}
            name="archiveExport"
            layout="inline"
            initialValues={{ scope: 'UNIT' }}
            onFinish={submit}
            style={{ rowGap: 12 }}
          >
            <Form.Item label="范围" name="scope" rules={[{ required: true }]}>
              <Select
                style={{ width: 140 }}
                options={labelOptions(ARCHIVE_EXPORT_SCOPE_LABELS)}
                onChange={() => form.setFieldsValue({ scopeId: undefined })}
              />
            </Form.Item>
            {scope !== 'UNIT' && (
              <Form.Item
                name="scopeId"
                rules={[{ required: true, message: scope === 'TEAM' ? '请选择服务队' : '请选择项目' }]}
              >
                <Select
                  style={{ width: 300 }}
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={scope === 'TEAM' ? '选择服务队' : '选择服务项目'}
                  options={[...(scope === 'TEAM' ? teams : projects)].map(([value, label]) => ({
                    value,
                    label,
                  }))}
                />
              </Form.Item>
            )}
            <Form.Item
              label="服务日期"
              name="range"
              rules={[{ required: true, message: '请选择服务日期范围' }]}
              tooltip="按服务开始的北京时间日期"
            >
              <DatePicker.RangePicker placeholder={['开始日期', '结束日期']} />
            </Form.Item>
            <Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                icon={<ExportOutlined />}
                loading={sending}
                data-action="export"
              >
                导出
              </Button>
            </Form.Item>
          </Form>
          {blocked && (
            <Alert
              style={{ marginTop: 16 }}
              type="warning"
              showIcon
              data-testid="export-blocked"
              closable={{ onClose: () => setBlocked(null) }}
              title={`没有可导出的记录：${blocked.failingRecords} 条记录未通过全国系统校验（共 ${blocked.issueCount} 处问题），改正后再导出`}
              description={<IssueReport issues={blocked.issues} total={blocked.issueCount} />}
            />
          )}
          {made && (
            <Alert
              style={{ marginTop: 16 }}
              type={made.batch.issueCount > 0 ? 'warning' : 'success'}
              showIcon
              data-testid="export-made"
              closable={{ onClose: () => setMade(null) }}
              title={
                made.again
                  ? `批次 ${made.batch.id}：重新导出批次 ${made.batch.reexportOfId}，${made.batch.recordCount} 条服务记录`
                  : `批次 ${made.batch.id}：已导出 ${made.batch.recordCount} 条服务记录` +
                    (made.batch.issueCount > 0
                      ? `，${made.batch.issueCount} 条未通过全国系统校验（未导出）`
                      : '')
              }
              description={
                <Space orientation="vertical" style={{ width: '100%' }}>
                  {downloadLinks(made.batch, false)}
                  {made.issues.length > 0 && (
                    <IssueReport issues={made.issues} total={made.batch.issueCount} />
                  )}
                  <Typography.Text type="secondary">
                    录入方法：在全国系统中按「分组号」逐组选择项目和岗位，勾选该组志愿者，添加服务时段；未注册的志愿者先按「系统外成员」添加。
                  </Typography.Text>
                </Space>
              }
            />
          )}
        </Card>
      ) : (
        <Alert
          type="warning"
          showIcon
          title="导出文件含志愿者完整的身份证号和手机号，由各单位协调员导出和下载；省教育工会只查看导出批次的情况。"
        />
      )}
      <Card
        title="导出批次"
        extra={
          <Button icon={<ReloadOutlined />} onClick={reload} loading={loading}>
            刷新
          </Button>
        }
      >
        <Table<ExportRowFragment>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={batches?.rows ?? []}
          loading={loading && !batches}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 个批次` }}
          locale={{
            emptyText: loading ? (
              ' '
            ) : (
              <Empty
                description={
                  canExport
                    ? '还没有导出过。服务记录审核通过后，在上面选择范围和服务日期，点「导出」。'
                    : '还没有导出批次。'
                }
              />
            ),
          }}
          scroll={{ x: 1100 }}
        />
        {batches && batches.total > batches.rows.length && (
          <Typography.Text type="secondary">
            共 {batches.total} 个批次，这里列出最早的 {batches.rows.length} 个。
          </Typography.Text>
        )}
      </Card>
      <IssueDrawer batchId={reportOf} onClose={() => setReportOf(null)} />
    </Space>
  );
}
