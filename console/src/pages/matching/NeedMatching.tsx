import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Input,
  Popconfirm,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ReloadOutlined } from '@ant-design/icons';
import type { MatchingRule } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import { formatChinaTime } from '../../china-time';
import { describeError } from '../../errors';
import {
  MatchingCancelDocument,
  MatchingConfirmDocument,
  MatchingLeftOutDocument,
  MatchingNeedAssignmentsDocument,
  MatchingNeedDocument,
  MatchingProposeDocument,
  type MatchingAssignmentFragment,
  type MatchingLeftOutQuery,
  type MatchingNeedQuery,
} from '../../graphql/generated';
import {
  labelOf,
  MATCHING_RULE_LABELS,
  SERVICE_CATEGORY_LABELS,
  SERVICE_NEED_STATUS_LABELS,
  VOLUNTEER_ROLE_LABELS,
} from '../../labels';
import { isSignedOutError } from '../../session';
import {
  AssignmentStatusTag,
  kmText,
  LIVE_STATUSES,
  PartBar,
  PartsLegend,
  proposeErrorText,
  RealtimeBadge,
  SCORE_PARTS,
  TotalBar,
  useAssignmentEvents,
  type AssignmentEvent,
} from './shared';
import { useWorkingUnit } from '../../working-unit';

const LIMIT = 20;

type Suggestion = MatchingNeedQuery['matchingSuggestionsExplained']['suggestions'][number];
type Refused = MatchingNeedQuery['matchingSuggestionsExplained']['refused'][number];

/**
 * One need (/matching/needs/:needId): what it asks for, its ranked suggestions with each part of the
 * score drawn, everyone of the unit offering its category who was left out and why, 提出邀请 for the
 * selected (within the places still open), and its assignments, whose states change live.
 */
export default function NeedMatching() {
  const { needId = '' } = useParams();
  const { session, client, expired } = useSignedIn();
  const working = useWorkingUnit();
  const { account } = session;
  const { message } = App.useApp();
  const [data, setData] = useState<MatchingNeedQuery | null>(null);
  const [names, setNames] = useState<MatchingLeftOutQuery | null>(null);
  const [assignments, setAssignments] = useState<MatchingAssignmentFragment[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [reloads, setReloads] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const [proposing, setProposing] = useState(false);
  const [proposeProblem, setProposeProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [cancelReason, setCancelReason] = useState('');

  const fail = useCallback(
    (error: unknown) => (isSignedOutError(error) ? expired() : setProblem(describeError(error))),
    [expired],
  );

  // Load: the need, its suggestions explained and its assignments (MatchingNeed), then the names of
  // those left out (MatchingLeftOut: the unit's people offering the need's category).
  useEffect(() => {
    let current = true;
    setLoading(true);
    client
      .request(MatchingNeedDocument, { needId, limit: LIMIT })
      .then(async (result) => {
        if (!current) return;
        setProblem(null);
        setData(result);
        setAssignments(result.assignments.edges.map((e) => e.node));
        setSelected([]);
        if (result.serviceNeed && result.matchingSuggestionsExplained.refused.length > 0) {
          const leftOut = await client.request(MatchingLeftOutDocument, {
            unitId: account.role === 'PROVINCIAL_ADMIN' ? null : working.unitId,
            category: result.serviceNeed.category,
          });
          if (current) setNames(leftOut);
        }
      })
      .catch((error: unknown) => current && fail(error))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [client, needId, working.unitId, account.role, fail, reloads]);

  const readAssignments = useCallback(() => {
    client
      .request(MatchingNeedAssignmentsDocument, { needId })
      .then(({ assignments: page }) => setAssignments(page.edges.map((e) => e.node)))
      .catch((error: unknown) => isSignedOutError(error) && expired());
  }, [client, needId, expired]);

  const onEvent = useCallback(
    (event: AssignmentEvent) => {
      if (event.needId !== needId) return;
      let known = false;
      setAssignments((rows) =>
        rows.map((row) => {
          if (row.id !== event.id) return row;
          known = true;
          return { ...row, status: event.status };
        }),
      );
      // One proposed elsewhere (another tab, the plan): read the list again for its details.
      if (!known) readAssignments();
    },
    [needId, readAssignments],
  );
  const { realtime, retry } = useAssignmentEvents(
    client,
    needId,
    Boolean(data?.serviceNeed),
    onEvent,
    () => {
      readAssignments();
      message.info('实时连接已恢复，邀请状态已重新读取。');
    },
    expired,
  );

  const need = data?.serviceNeed ?? null;
  const explained = data?.matchingSuggestionsExplained ?? null;
  const held = assignments.filter((a) => LIVE_STATUSES.includes(a.status)).length;
  const openPlaces = need ? Math.max(0, need.headcount - held) : 0;
  // Places taken (confirmed or accepted), as the assignments stand now (they change live).
  const taken = assignments.filter((a) => a.status === 'CONFIRMED' || a.status === 'ACCEPTED').length;
  const nameOf = useMemo(() => {
    const map = new Map<string, string>();
    for (const { node } of names?.volunteers.edges ?? []) map.set(node.id, node.name);
    for (const a of assignments) if (a.volunteer) map.set(a.volunteerId, a.volunteer.name);
    return map;
  }, [names, assignments]);

  const propose = async () => {
    if (!explained || selected.length === 0) return;
    setProposing(true);
    setProposeProblem(null);
    const chosen = explained.suggestions.filter((s) => selected.includes(s.volunteerId));
    try {
      const { proposeAssignments } = await client.request(MatchingProposeDocument, {
        needId,
        volunteerIds: chosen.map((s) => s.volunteerId),
        scores: chosen.map((s) => s.score),
      });
      message.success(`已向 ${proposeAssignments.length} 位志愿者提出邀请`);
      setReloads((n) => n + 1);
    } catch (error) {
      if (isSignedOutError(error)) expired();
      else
        setProposeProblem(
          proposeErrorText(
            error,
            (id) => chosen.find((c) => c.volunteerId === id)?.volunteer?.name ?? `志愿者 ${id}`,
          ),
        );
    } finally {
      setProposing(false);
    }
  };

  const act = async (row: MatchingAssignmentFragment, action: 'confirm' | 'cancel') => {
    setBusy(row.id);
    try {
      const updated =
        action === 'confirm'
          ? (await client.request(MatchingConfirmDocument, { id: row.id })).confirmAssignment
          : (
              await client.request(MatchingCancelDocument, {
                id: row.id,
                reason: cancelReason.trim() || null,
              })
            ).cancelAssignment;
      setAssignments((rows) => rows.map((r) => (r.id === updated.id ? updated : r)));
      message.success(action === 'confirm' ? '已确认，等待志愿者本人答复' : '已撤回邀请');
      if (action === 'cancel') setReloads((n) => n + 1);
    } catch (error) {
      if (isSignedOutError(error)) expired();
      else message.error(describeError(error));
    } finally {
      setBusy(null);
      setCancelReason('');
    }
  };

  if (problem && !data) {
    return (
      <Alert
        type="error"
        showIcon
        title={problem}
        action={
          <Space>
            <Button size="small" onClick={() => setReloads((n) => n + 1)}>
              重试
            </Button>
            <Link to="/matching">返回需求列表</Link>
          </Space>
        }
      />
    );
  }
  if (data && !need) {
    return (
      <Empty description="找不到这条服务需求，或它不在本单位可匹配的范围内。请从需求列表中选择。">
        <Link to="/matching">返回需求列表</Link>
      </Empty>
    );
  }

  const suggestionColumns: ColumnsType<Suggestion> = [
    { title: '排名', key: 'rank', width: 60, render: (_, __, index) => index + 1 },
    {
      title: '志愿者',
      key: 'volunteer',
      width: 150,
      render: (_, s) => (
        <div data-field="volunteer">
          <div>{s.volunteer?.name ?? `志愿者 ${s.volunteerId}`}</div>
          <Typography.Text type="secondary">
            {[s.volunteer ? labelOf(VOLUNTEER_ROLE_LABELS, s.volunteer.role) : null, s.volunteer?.title]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: '总分',
      key: 'score',
      width: 170,
      render: (_, s) => explained && <TotalBar score={s.score} parts={s.parts} weights={explained.weights} />,
    },
    ...SCORE_PARTS.map((part) => ({
      title: <Tooltip title={part.hint}>{part.label}</Tooltip>,
      key: part.key,
      width: 120,
      render: (_: unknown, s: Suggestion) => (
        <span data-part={part.key}>
          <PartBar value={s.parts[part.key]} weight={explained?.weights[part.key] ?? 0} color={part.color} />
        </span>
      ),
    })),
    {
      title: '距离（公里）',
      key: 'distance',
      width: 100,
      render: (_, s) => <span data-field="distance">{kmText(s.distanceKm)}</span>,
    },
  ];

  const refusedColumns: ColumnsType<Refused> = [
    {
      title: '志愿者',
      key: 'volunteer',
      width: 200,
      render: (_, r) => (
        <span data-field="volunteer">{nameOf.get(r.volunteerId) ?? `志愿者 ${r.volunteerId}`}</span>
      ),
    },
    {
      title: '未入选原因',
      key: 'rules',
      render: (_, r) => (
        <Space size={4} wrap data-field="reasons">
          {r.rules.map((rule: MatchingRule) => (
            <Tag key={rule} color="orange" data-rule={rule}>
              {labelOf(MATCHING_RULE_LABELS, rule)}
            </Tag>
          ))}
        </Space>
      ),
    },
  ];

  const assignmentColumns: ColumnsType<MatchingAssignmentFragment> = [
    {
      title: '志愿者',
      key: 'volunteer',
      width: 140,
      render: (_, a) => <span data-field="volunteer">{a.volunteer?.name ?? `志愿者 ${a.volunteerId}`}</span>,
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 120,
      render: (_, a) => (
        <Space size={4}>
          <AssignmentStatusTag status={a.status} />
          {a.outsideAvailability && (
            <Tooltip title="不在本人填报的可服务时间内，确认前请先询问本人">
              <Tag color="warning">时间待确认</Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      title: '匹配得分',
      key: 'score',
      width: 90,
      render: (_, a) => (a.score === null ? '—' : (a.score * 100).toFixed(1)),
    },
    { title: '提出时间', key: 'proposedAt', width: 150, render: (_, a) => formatChinaTime(a.proposedAt) },
    {
      title: '答复时间',
      key: 'respondedAt',
      width: 150,
      render: (_, a) => (a.respondedAt ? formatChinaTime(a.respondedAt) : '—'),
    },
    {
      title: '说明',
      key: 'reason',
      render: (_, a) => a.declineReason ?? a.cancelReason ?? '',
    },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_, a) => (
        <Space size={4}>
          {a.status === 'PROPOSED' && (
            <Button
              size="small"
              type="primary"
              data-action="confirm"
              loading={busy === a.id}
              onClick={() => void act(a, 'confirm')}
            >
              确认
            </Button>
          )}
          {LIVE_STATUSES.includes(a.status) && (
            <Popconfirm
              title="撤回这份邀请？"
              description={
                <Input
                  placeholder="撤回原因（选填）"
                  value={cancelReason}
                  maxLength={500}
                  onChange={(e) => setCancelReason(e.target.value)}
                />
              }
              okText="撤回"
              cancelText="取消"
              onConfirm={() => act(a, 'cancel')}
            >
              <Button size="small" danger data-action="cancel" loading={busy === a.id}>
                撤回
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  const suggestions = explained?.suggestions ?? [];
  const refused = explained?.refused ?? [];
  const tooMany = selected.length > openPlaces;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Link to="/matching">需求列表</Link>
            <span>/</span>
            <span data-testid="need-title">{need?.title ?? '…'}</span>
          </Space>
        }
        extra={
          <Button icon={<ReloadOutlined />} loading={loading} onClick={() => setReloads((n) => n + 1)}>
            刷新
          </Button>
        }
        loading={!need}
      >
        {need && (
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label="服务类别">
              {labelOf(SERVICE_CATEGORY_LABELS, need.category)}
            </Descriptions.Item>
            <Descriptions.Item label="结对帮扶点">{need.site.name}</Descriptions.Item>
            <Descriptions.Item label="状态">
              {labelOf(SERVICE_NEED_STATUS_LABELS, need.status)}
            </Descriptions.Item>
            <Descriptions.Item label="服务时间（北京时间）">
              {formatChinaTime(need.startsAt)} 至 {formatChinaTime(need.endsAt)}
            </Descriptions.Item>
            <Descriptions.Item label="已确认/需要">
              <span data-testid="places">
                {taken}/{need.headcount}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label="尚可邀请">
              <span data-testid="open-places">{openPlaces}</span> 人
            </Descriptions.Item>
          </Descriptions>
        )}
      </Card>

      <Card title="推荐人选" extra={explained && <PartsLegend weights={explained.weights} />}>
        {problem && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={problem} />}
        <Space style={{ marginBottom: 12 }} wrap data-testid="propose-bar">
          <Typography.Text>
            已选 {selected.length} 人，尚可邀请 {openPlaces} 人
          </Typography.Text>
          <Button
            type="primary"
            data-action="propose"
            disabled={selected.length === 0 || tooMany || need?.status !== 'OPEN'}
            loading={proposing}
            onClick={() => void propose()}
          >
            提出邀请
          </Button>
          {tooMany && <Typography.Text type="danger">所选人数超过尚可邀请的名额</Typography.Text>}
        </Space>
        {proposeProblem && (
          <Alert
            style={{ marginBottom: 12 }}
            type="error"
            showIcon
            title={proposeProblem}
            closable
            onClose={() => setProposeProblem(null)}
          />
        )}
        <div data-testid="suggestions">
          <Table<Suggestion>
            rowKey="volunteerId"
            size="middle"
            columns={suggestionColumns}
            dataSource={suggestions}
            loading={loading}
            pagination={false}
            scroll={{ x: 1250 }}
            rowSelection={{
              selectedRowKeys: selected,
              onChange: (keys) => setSelected(keys as string[]),
              getCheckboxProps: (s) => ({
                disabled: !selected.includes(s.volunteerId) && selected.length >= openPlaces,
              }),
            }}
            locale={{
              emptyText: loading ? (
                ' '
              ) : openPlaces === 0 ? (
                <Empty description="名额已满：每个名额都已有人确认或已发出邀请。如需换人，可在下方撤回邀请。" />
              ) : (
                <Empty description="本单位没有可推荐的志愿者。请查看下方未入选的原因，例如补充安全培训记录或可服务时间后再来。" />
              ),
            }}
          />
        </div>
      </Card>

      <Card title={`未入选人员（${refused.length}）`}>
        <Typography.Paragraph type="secondary">
          本单位提供该类服务、但未被推荐的志愿者，以及匹配时将其排除的原因。
        </Typography.Paragraph>
        <div data-testid="left-out">
          <Table<Refused>
            rowKey="volunteerId"
            size="small"
            columns={refusedColumns}
            dataSource={refused}
            loading={loading}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            locale={{ emptyText: loading ? ' ' : '没有被排除的人：提供该类服务的志愿者都在推荐名单中。' }}
          />
        </div>
      </Card>

      <Card
        title={
          <Space>
            <span>邀请与答复</span>
            <RealtimeBadge state={realtime} onRetry={retry} />
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">
          提出邀请后由协调员确认，再由志愿者本人接受或婉拒（志愿服务自愿参加）；状态变化会实时显示。
        </Typography.Paragraph>
        <div data-testid="assignments">
          <Table<MatchingAssignmentFragment>
            rowKey="id"
            size="middle"
            columns={assignmentColumns}
            dataSource={assignments}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: '还没有向任何人提出邀请。在上方勾选推荐人选，点击“提出邀请”。' }}
          />
        </div>
      </Card>
    </Space>
  );
}
