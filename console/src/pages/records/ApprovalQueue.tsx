import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CheckOutlined, CloseOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { SdkError, type ServiceRecordFilter, type ServiceRecordStatus } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import { chinaDate, formatChinaTime } from '../../china-time';
import { describeError, formFieldOf } from '../../errors';
import {
  RecordsOptionsDocument,
  RecordsQueueDocument,
  type RecordRowFragment,
  type RecordsOptionsQuery,
} from '../../graphql/generated';
import { labelOf, labelOptions, SERVICE_RECORD_STATUS_LABELS } from '../../labels';
import { CursorPager, PAGE_SIZE, pageOf, ProblemAlert, useCursorPages } from '../../paging';
import { isSignedOutError } from '../../session';
import { eachLimited, formatHours, mayReview } from './rules';
import { useWorkingUnit } from '../../working-unit';

/** Approvals and rejections are one mutation each: this many at a time. */
const CONCURRENCY = 3;
const MAX_REASON = 500;
const DEFAULT_STATUS: ServiceRecordStatus = 'SUBMITTED';

const STATUS_COLORS: Record<ServiceRecordStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'gold',
  APPROVED: 'green',
  REJECTED: 'red',
  SUPERSEDED: 'default',
};

/** A record the server would not approve or reject, and its words why. */
interface Failure {
  row: RecordRowFragment;
  action: '通过' | '驳回';
  reason: string;
}

function describeRow(row: RecordRowFragment): string {
  return `${row.volunteer?.name ?? `志愿者 ${row.volunteerId}`} ${chinaDate(new Date(row.startsAt))}`;
}

/** The reason field's message for a server error that names it. */
function reasonMessage(error: SdkError): string {
  if (/ is required$/.test(error.message)) return '请填写驳回理由';
  const max = /at most (\d+) characters/.exec(error.message);
  if (max) return `驳回理由最多 ${max[1]} 个字`;
  return error.message;
}

/**
 * 服务记录 › 审核队列 (/records): the approval queue. The records the signed-in person may see, waiting for approval by
 * default (status, project and China-date filters in the URL), a page of 20 at a time; the team's
 * leader or the unit's coordinator approves them (one, or the selected ones) or sends them back
 * with a reason. Each is a mutation of its own: the outcome says how many went through and, for
 * any that did not, which and the server's reason.
 */
export default function ApprovalQueue() {
  const { session, client, expired } = useSignedIn();
  const working = useWorkingUnit();
  const { account } = session;
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [options, setOptions] = useState<RecordsOptionsQuery | null>(null);
  const [optionsAttempt, setOptionsAttempt] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState<Set<string>>(new Set());
  const [failures, setFailures] = useState<Failure[]>([]);
  /** The records the reject dialog sends back; null when it is shut. */
  const [rejecting, setRejecting] = useState<RecordRowFragment[] | null>(null);
  const [sendingReject, setSendingReject] = useState(false);
  const [rejectForm] = Form.useForm<{ reason: string }>();
  const canReview = mayReview(account.role);

  const statusParam = params.get('status');
  const status: ServiceRecordStatus | null =
    statusParam === 'all' ? null : ((statusParam as ServiceRecordStatus | null) ?? DEFAULT_STATUS);
  const projectId = params.get('project');
  const from = params.get('from');
  const to = params.get('to');
  const filter = useMemo<ServiceRecordFilter>(
    () => ({
      ...(status ? { status } : {}),
      ...(projectId ? { projectId } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    }),
    [status, projectId, from, to],
  );
  const key = JSON.stringify(filter);
  const pages = useCursorPages(
    (after) =>
      client
        .request(RecordsQueueDocument, { filter, first: PAGE_SIZE, after })
        .then(({ serviceRecords }) => pageOf(serviceRecords)),
    key,
    [client],
  );
  const { fail, loading, problem } = pages;
  const reload = () => {
    if (!options) setOptionsAttempt((n) => n + 1);
    pages.reload();
  };

  useEffect(() => {
    let current = true;
    const unitId = account.role === 'UNIT_COORDINATOR' ? working.unitId : null;
    client
      .request(RecordsOptionsDocument, { unitId })
      .then((result) => current && setOptions(result))
      .catch((error: unknown) => current && fail(error));
    return () => {
      current = false;
    };
  }, [client, working.unitId, account.role, fail, optionsAttempt]);

  const { rows } = pages;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const selectedRows = selected.map((id) => byId.get(id)).filter((r): r is RecordRowFragment => !!r);
  const selectable = selectedRows.filter((r) => r.status === 'SUBMITTED');

  const setParam = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null) next.delete(name);
      else next.set(name, value);
    }
    setParams(next, { replace: true });
    setSelected([]);
  };

  const markBusy = (ids: string[], on: boolean) =>
    setBusy((was) => {
      const next = new Set(was);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  /** After approving or rejecting: the ones done leave the selection, and the page is read again. */
  const settle = (done: string[], failed: Failure[]) => {
    setSelected((was) => was.filter((id) => !done.includes(id)));
    setFailures(failed);
    if (done.length > 0) pages.reload();
  };

  const approve = async (targets: RecordRowFragment[]) => {
    if (targets.length === 0) return;
    const ids = targets.map((r) => r.id);
    markBusy(ids, true);
    try {
      const results = await eachLimited(targets, CONCURRENCY, (row) =>
        client.call('approveServiceRecord', { id: row.id }),
      );
      if (results.some((r) => r.status === 'rejected' && isSignedOutError(r.reason))) return expired();
      const done = targets.filter((_, i) => results[i]!.status === 'fulfilled').map((r) => r.id);
      const failed: Failure[] = targets.flatMap((row, i) => {
        const result = results[i]!;
        return result.status === 'rejected'
          ? [{ row, action: '通过' as const, reason: describeError(result.reason) }]
          : [];
      });
      settle(done, failed);
      if (failed.length === 0) message.success(`已通过 ${done.length} 条服务记录`);
      else if (done.length > 0)
        message.warning(`已通过 ${done.length} 条，${failed.length} 条未通过（原因见列表上方）`);
      else message.error(`${failed.length} 条服务记录未通过（原因见列表上方）`);
    } finally {
      markBusy(ids, false);
    }
  };

  const openReject = (targets: RecordRowFragment[]) => {
    if (targets.length === 0) return;
    rejectForm.resetFields();
    setRejecting(targets);
  };

  const sendReject = async ({ reason }: { reason: string }) => {
    const targets = rejecting ?? [];
    if (targets.length === 0) return;
    setSendingReject(true);
    const ids = targets.map((r) => r.id);
    markBusy(ids, true);
    try {
      const results = await eachLimited(targets, CONCURRENCY, (row) =>
        client.call('rejectServiceRecord', { id: row.id, reason }),
      );
      if (results.some((r) => r.status === 'rejected' && isSignedOutError(r.reason))) return expired();
      const done = targets.filter((_, i) => results[i]!.status === 'fulfilled').map((r) => r.id);
      // The server's word on the reason itself goes beside the field; the dialog stays open for it.
      const aboutReason = results.find(
        (r): r is PromiseRejectedResult =>
          r.status === 'rejected' && formFieldOf(r.reason, ['reason'] as const) === 'reason',
      );
      const failed: Failure[] = targets.flatMap((row, i) => {
        const result = results[i]!;
        if (result.status !== 'rejected' || result === aboutReason) return [];
        if (aboutReason && formFieldOf(result.reason, ['reason'] as const) === 'reason') return [];
        return [{ row, action: '驳回' as const, reason: describeError(result.reason) }];
      });
      settle(done, failed);
      if (done.length > 0) message.success(`已驳回 ${done.length} 条服务记录`);
      if (aboutReason) {
        rejectForm.setFields([{ name: 'reason', errors: [reasonMessage(aboutReason.reason as SdkError)] }]);
        setRejecting(targets.filter((_, i) => results[i]!.status === 'rejected'));
        return;
      }
      if (failed.length > 0) message.error(`${failed.length} 条服务记录未驳回（原因见列表上方）`);
      setRejecting(null);
    } finally {
      markBusy(ids, false);
      setSendingReject(false);
    }
  };

  const columns: ColumnsType<RecordRowFragment> = [
    {
      title: '志愿者',
      key: 'volunteer',
      width: 90,
      render: (_, row) => (
        <span data-field="volunteer">
          {row.volunteer?.name ?? <Typography.Text type="secondary">（不可见）</Typography.Text>}
        </span>
      ),
    },
    {
      title: '项目',
      key: 'project',
      width: 180,
      render: (_, row) => <span data-field="project">{row.project.name}</span>,
    },
    {
      title: '岗位',
      key: 'post',
      width: 100,
      render: (_, row) => <span data-field="post">{row.post.name}</span>,
    },
    {
      title: '服务日期',
      key: 'date',
      width: 100,
      render: (_, row) => (
        <time dateTime={row.startsAt} data-field="date">
          {formatChinaTime(row.startsAt).slice(0, 10)}
        </time>
      ),
    },
    {
      title: '时段（北京时间）',
      key: 'slot',
      width: 130,
      render: (_, row) => (
        <span data-field="slot">
          {formatChinaTime(row.startsAt).slice(11)}–{formatChinaTime(row.endsAt).slice(11)}
        </span>
      ),
    },
    {
      title: '时长（小时）',
      dataIndex: 'hours',
      width: 100,
      align: 'right',
      render: (hours: string) => <span data-field="hours">{formatHours(hours)}</span>,
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 80,
      render: (value: ServiceRecordStatus, row) => (
        <Space orientation="vertical" size={0}>
          <Tag color={STATUS_COLORS[value]} data-field="status">
            {labelOf(SERVICE_RECORD_STATUS_LABELS, value)}
          </Tag>
          {value === 'REJECTED' && row.rejectionReason && (
            <Typography.Text type="secondary">{row.rejectionReason}</Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: '备注',
      dataIndex: 'remark',
      width: 180,
      render: (remark: string | null) =>
        remark ? (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: remark }} style={{ margin: 0 }}>
            {remark}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    ...(canReview
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 110,
            fixed: 'right' as const,
            render: (_: unknown, row: RecordRowFragment) =>
              row.status === 'SUBMITTED' ? (
                <Space size={0}>
                  <Button
                    type="link"
                    size="small"
                    data-action="approve"
                    loading={busy.has(row.id) && !rejecting}
                    disabled={busy.has(row.id)}
                    onClick={() => void approve([row])}
                  >
                    通过
                  </Button>
                  <Button
                    type="link"
                    size="small"
                    danger
                    data-action="reject"
                    disabled={busy.has(row.id)}
                    onClick={() => openReject([row])}
                  >
                    驳回
                  </Button>
                </Space>
              ) : null,
          },
        ]
      : []),
  ];

  const emptyText =
    status === 'SUBMITTED' && !projectId && !from && !to ? (
      <Empty
        description={
          canReview
            ? '没有待审核的服务记录。志愿者提交服务时长后会出现在这里；也可以查看其他状态的记录。'
            : '没有待审核的服务记录。'
        }
      >
        <Button onClick={() => setParam({ status: 'all' })}>查看全部状态</Button>
      </Empty>
    ) : (
      <Empty description="没有符合筛选条件的服务记录。可以清除筛选条件再看看。">
        <Button onClick={() => setParam({ status: null, project: null, from: null, to: null })}>
          清除筛选
        </Button>
      </Empty>
    );

  const projectOptions = (options?.serviceProjects.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.name}（${node.campaign.year}）`,
  }));

  return (
    <Card
      title="记录列表"
      extra={
        <Button icon={<ReloadOutlined />} onClick={reload} loading={loading}>
          刷新
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }} aria-label="筛选">
        <Select
          aria-label="状态"
          style={{ width: 140 }}
          value={status ?? 'all'}
          onChange={(value: string) => setParam({ status: value === DEFAULT_STATUS ? null : value })}
          options={[{ value: 'all', label: '全部状态' }, ...labelOptions(SERVICE_RECORD_STATUS_LABELS)]}
        />
        <Select
          aria-label="项目"
          style={{ width: 300 }}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={!options && !problem}
          placeholder="全部项目"
          value={projectId ?? undefined}
          onChange={(value?: string) => setParam({ project: value ?? null })}
          options={projectOptions}
        />
        <DatePicker.RangePicker
          aria-label="服务日期"
          placeholder={['服务日期从', '至']}
          allowEmpty={[true, true]}
          value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
          onChange={(_, [start, end]) => setParam({ from: start || null, to: end || null })}
        />
      </Space>
      <ProblemAlert problem={problem} onRetry={reload} />
      {failures.length > 0 && (
        <Alert
          style={{ marginBottom: 16 }}
          type="warning"
          showIcon
          closable={{ onClose: () => setFailures([]) }}
          data-testid="failures"
          title={`${failures.length} 条服务记录未能${failures[0]!.action}`}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {failures.map((f) => (
                <li key={f.row.id} data-row-key={f.row.id}>
                  {describeRow(f.row)}（{f.row.project.name}）：{f.reason}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {canReview && (
        <Space style={{ marginBottom: 12 }} data-testid="bulk-actions">
          <Typography.Text type="secondary">
            {selectable.length > 0 ? `已选 ${selectable.length} 条` : '勾选待审核的记录可批量处理'}
          </Typography.Text>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            disabled={selectable.length === 0 || busy.size > 0}
            loading={busy.size > 0 && !rejecting}
            onClick={() => void approve(selectable)}
          >
            批量通过
          </Button>
          <Button
            danger
            icon={<CloseOutlined />}
            disabled={selectable.length === 0 || busy.size > 0}
            onClick={() => openReject(selectable)}
          >
            驳回
          </Button>
        </Space>
      )}
      <Table<RecordRowFragment>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        rowSelection={
          canReview
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys.map(String)),
                getCheckboxProps: (row) => ({
                  disabled: row.status !== 'SUBMITTED' || busy.has(row.id),
                  'aria-label': `选择 ${describeRow(row)}`,
                }),
              }
            : undefined
        }
        locale={{ emptyText: loading ? ' ' : emptyText }}
        scroll={{ x: 1100 }}
      />
      <CursorPager pages={pages} unit="条" />
      <Modal
        title={rejecting && rejecting.length > 1 ? `驳回 ${rejecting.length} 条服务记录` : '驳回服务记录'}
        open={rejecting !== null}
        onCancel={() => !sendingReject && setRejecting(null)}
        okText="驳回"
        okButtonProps={{ danger: true, loading: sendingReject }}
        cancelText="取消"
        onOk={() => rejectForm.submit()}
        forceRender
      >
        {rejecting && (
          <Typography.Paragraph type="secondary">
            {rejecting.length === 1
              ? `${describeRow(rejecting[0]!)}（${rejecting[0]!.project.name}）`
              : `已选 ${rejecting.length} 条`}
            。驳回后，志愿者可以修改并重新提交。
          </Typography.Paragraph>
        )}
        <Form form={rejectForm} name="reject" layout="vertical" onFinish={(v) => void sendReject(v)}>
          <Form.Item
            label="驳回理由"
            name="reason"
            rules={[{ required: true, whitespace: true, message: '请填写驳回理由' }]}
          >
            <Input.TextArea rows={3} maxLength={MAX_REASON} showCount placeholder="告诉志愿者需要修改什么" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
