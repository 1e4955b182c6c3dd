import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  List,
  Modal,
  Popconfirm,
  Progress,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ReloadOutlined } from '@ant-design/icons';
import type { AssignmentStatus, MatchingScopeInput } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import { formatChinaTime } from '../../china-time';
import { describeError } from '../../errors';
import {
  MatchingPlanAssignmentsDocument,
  MatchingPlanDocument,
  MatchingProposeDocument,
  MatchingProposePlanDocument,
  MatchingReplacementsDocument,
  type MatchingReplacementsQuery,
  type PlanFieldsFragment,
} from '../../graphql/generated';
import { labelOf, MATCHING_SOLVER_LABELS } from '../../labels';
import { isSignedOutError } from '../../session';
import {
  AssignmentStatusTag,
  kmText,
  PartsLegend,
  percentText,
  proposeErrorText,
  RealtimeBadge,
  scoreText,
  TotalBar,
  useAssignmentEvents,
  useMatchingOptions,
  type AssignmentEvent,
} from './shared';
import { ProblemAlert } from '../../paging';
import { useWorkingUnit } from '../../working-unit';

type Pair = PlanFieldsFragment['assignments'][number];
type Candidate = MatchingReplacementsQuery['matchingSuggestions'][number];

const keyOf = (needId: string, volunteerId: string) => `${needId}:${volunteerId}`;

/** One pair of the plan as reviewed: the planned pair, or the one the coordinator put in its place. */
interface Row {
  key: string;
  /** The plan's pair this row started as (its key is kept when the volunteer is replaced). */
  planned: Pair;
  volunteerId: string;
  volunteerName: string;
  score: number;
  distanceKm: number | null;
  parts: Pair['parts'];
  replaced: boolean;
}

/** What was proposed, with each state as it changes. */
interface Proposed {
  key: string;
  needId: string;
  needTitle: string;
  volunteerId: string;
  volunteerName: string;
  status: AssignmentStatus;
}

interface Outcome {
  proposed: number;
  failed: { needTitle: string; reason: string }[];
}

function rowOf(pair: Pair): Row {
  return {
    key: keyOf(pair.needId, pair.volunteerId),
    planned: pair,
    volunteerId: pair.volunteerId,
    volunteerName: pair.volunteer?.name ?? `志愿者 ${pair.volunteerId}`,
    score: pair.score,
    distanceKm: pair.distanceKm,
    parts: pair.parts,
    replaced: false,
  };
}

/**
 * 整体方案 (/matching/plan): the plan for the unit's open places in a campaign (matchingPlan, nothing
 * saved) as a table of need ↔ volunteer pairs with distance and score, and the plan's figures. The
 * coordinator proposes it whole (proposeMatchingPlan), or edits it first — removing pairs, putting
 * another of the need's suggestions in one's place — and proposes the edited version need by need
 * (proposeAssignments: each need all or none). What was proposed is then listed with its state, live.
 */
export default function PlanPage() {
  const { client, expired } = useSignedIn();
  const working = useWorkingUnit();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const {
    options,
    problem: optionsProblem,
    retry,
    campaignId,
    isUnit,
  } = useMatchingOptions(params.get('campaign'));
  const cityCode = params.get('city');
  const scope = useMemo<MatchingScopeInput | null>(() => {
    if (isUnit) return working.unitId ? { unitId: working.unitId } : null;
    return cityCode ? { cityCode } : null;
  }, [isUnit, working.unitId, cityCode]);

  const [plan, setPlan] = useState<PlanFieldsFragment | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [replans, setReplans] = useState(0);
  const [proposing, setProposing] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [proposed, setProposed] = useState<Proposed[]>([]);
  const [replacing, setReplacing] = useState<Row | null>(null);

  const fail = useCallback(
    (error: unknown) => (isSignedOutError(error) ? expired() : setProblem(describeError(error))),
    [expired],
  );

  // Planning is work (an optimisation over the unit's volunteers and open places, a few hundred ms
  // on a large unit), so it runs when asked (生成方案), not whenever the page opens.
  useEffect(() => {
    if (!campaignId || !scope || replans === 0) return;
    let current = true;
    setLoading(true);
    client
      .request(MatchingPlanDocument, { campaignId, scope })
      .then(({ matchingPlan }) => {
        if (!current) return;
        setProblem(null);
        setPlan(matchingPlan);
        setRows(matchingPlan.assignments.map(rowOf));
      })
      .catch((error: unknown) => current && fail(error))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [client, campaignId, scope, fail, replans]);

  const planned = useMemo(() => plan?.assignments ?? [], [plan]);
  const removed = planned.length - rows.length;
  const replaced = rows.filter((r) => r.replaced).length;
  const edited = removed > 0 || replaced > 0;
  const needs = useMemo(() => new Map(planned.map((p) => [p.needId, p.need])), [planned]);

  // Live: every assignment the coordinator may read; those proposed here are updated.
  const onEvent = useCallback((event: AssignmentEvent) => {
    setProposed((list) =>
      list.map((p) =>
        p.key === keyOf(event.needId, event.volunteerId) ? { ...p, status: event.status } : p,
      ),
    );
  }, []);
  const readStates = useCallback(async () => {
    // What changed while the socket was away: the visible assignments, a page of 100 at a time.
    const states = new Map<string, AssignmentStatus>();
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const {
        assignments,
      }: {
        assignments: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: { needId: string; volunteerId: string; status: AssignmentStatus } }[];
        };
      } = await client.request(MatchingPlanAssignmentsDocument, { after });
      for (const { node } of assignments.edges) states.set(keyOf(node.needId, node.volunteerId), node.status);
      if (!assignments.pageInfo.hasNextPage) break;
      after = assignments.pageInfo.endCursor;
    }
    setProposed((list) => list.map((p) => ({ ...p, status: states.get(p.key) ?? p.status })));
  }, [client]);
  const { realtime, retry: resubscribe } = useAssignmentEvents(
    client,
    null,
    proposed.length > 0,
    onEvent,
    () => {
      readStates().catch((error: unknown) => isSignedOutError(error) && expired());
      message.info('实时连接已恢复，邀请状态已重新读取。');
    },
    expired,
  );

  const proposeWhole = async () => {
    if (!campaignId || !scope) return;
    setProposing(true);
    setOutcome(null);
    try {
      const { proposeMatchingPlan } = await client.request(MatchingProposePlanDocument, {
        campaignId,
        scope,
      });
      const list = proposeMatchingPlan.assignments.map<Proposed>((p) => ({
        key: keyOf(p.needId, p.volunteerId),
        needId: p.needId,
        needTitle: p.need.title,
        volunteerId: p.volunteerId,
        volunteerName: p.volunteer?.name ?? `志愿者 ${p.volunteerId}`,
        status: 'PROPOSED',
      }));
      setProposed(list);
      setOutcome({ proposed: list.length, failed: [] });
      message.success(`已提出 ${list.length} 份邀请`);
      setPlan(null);
      setRows([]);
    } catch (error) {
      if (isSignedOutError(error)) expired();
      else {
        const before = (error as { extensions?: { proposedBefore?: number } }).extensions?.proposedBefore;
        setProblem(
          `${describeError(error)}${typeof before === 'number' ? `（此前已提出 ${before} 份；重新生成方案后可提出其余的）` : ''}`,
        );
      }
    } finally {
      setProposing(false);
    }
  };

  const proposeEdited = async () => {
    setProposing(true);
    setOutcome(null);
    const byNeed = new Map<string, Row[]>();
    for (const row of rows) byNeed.set(row.planned.needId, [...(byNeed.get(row.planned.needId) ?? []), row]);
    const list: Proposed[] = [];
    const failed: Outcome['failed'] = [];
    // One need at a time, each all or none: a refusal leaves that need's pairs unproposed.
    for (const [needId, pairs] of byNeed) {
      const title = needs.get(needId)?.title ?? needId;
      try {
        const { proposeAssignments } = await client.request(MatchingProposeDocument, {
          needId,
          volunteerIds: pairs.map((p) => p.volunteerId),
          scores: pairs.map((p) => p.score),
        });
        for (const a of proposeAssignments) {
          list.push({
            key: keyOf(a.needId, a.volunteerId),
            needId: a.needId,
            needTitle: title,
            volunteerId: a.volunteerId,
            volunteerName: a.volunteer?.name ?? `志愿者 ${a.volunteerId}`,
            status: a.status,
          });
        }
      } catch (error) {
        if (isSignedOutError(error)) {
          expired();
          return;
        }
        failed.push({
          needTitle: title,
          reason: proposeErrorText(
            error,
            (id) => pairs.find((p) => p.volunteerId === id)?.volunteerName ?? `志愿者 ${id}`,
          ),
        });
      }
    }
    setProposed(list);
    setOutcome({ proposed: list.length, failed });
    if (failed.length === 0) message.success(`已提出 ${list.length} 份邀请`);
    else message.warning(`已提出 ${list.length} 份邀请，${failed.length} 条需求未提出`);
    setPlan(null);
    setRows([]);
    setProposing(false);
  };

  const columns: ColumnsType<Row> = [
    {
      title: '服务需求',
      key: 'need',
      width: 240,
      render: (_, row) => (
        <div data-field="need">
          <Link to={`/matching/needs/${row.planned.needId}`}>{row.planned.need.title}</Link>
          <br />
          <Typography.Text type="secondary">
            {row.planned.need.site.name} · {formatChinaTime(row.planned.need.startsAt)}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: '志愿者',
      key: 'volunteer',
      width: 150,
      render: (_, row) => (
        <Space size={4} data-field="volunteer">
          <span>{row.volunteerName}</span>
          {row.replaced && <Tag color="purple">已更换</Tag>}
          {row.planned.teamId && <Tag>整队</Tag>}
        </Space>
      ),
    },
    {
      title: '距离',
      key: 'distance',
      width: 100,
      sorter: (a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity),
      render: (_, row) => <span data-field="distance">{kmText(row.distanceKm)}</span>,
    },
    {
      title: '得分',
      key: 'score',
      width: 170,
      sorter: (a, b) => a.score - b.score,
      render: (_, row) => plan && <TotalBar score={row.score} parts={row.parts} weights={plan.weights} />,
    },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_, row) => (
        <Space size={4}>
          {!row.planned.teamId && (
            <Button size="small" data-action="replace" onClick={() => setReplacing(row)}>
              更换
            </Button>
          )}
          <Button
            size="small"
            danger
            data-action="remove"
            onClick={() =>
              setRows((list) =>
                // A team goes whole: removing one of its members removes the team from that need.
                list.filter((r) =>
                  row.planned.teamId
                    ? !(r.planned.needId === row.planned.needId && r.planned.teamId === row.planned.teamId)
                    : r.key !== row.key,
                ),
              )
            }
          >
            移除
          </Button>
        </Space>
      ),
    },
  ];

  const metrics = plan?.metrics;
  const noScope = !isUnit && !cityCode;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title="整体匹配方案"
        extra={
          <Button
            type={replans === 0 ? 'primary' : 'default'}
            icon={<ReloadOutlined />}
            loading={loading}
            disabled={!campaignId || !scope}
            onClick={() => {
              setOutcome(null);
              setReplans((n) => n + 1);
            }}
          >
            {replans === 0 ? '生成方案' : '重新生成方案'}
          </Button>
        }
      >
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label="活动"
            style={{ width: 320 }}
            loading={!options}
            placeholder="活动"
            value={campaignId ?? undefined}
            onChange={(value: string) => {
              const next = new URLSearchParams(params);
              next.set('campaign', value);
              setParams(next, { replace: true });
            }}
            options={(options?.campaigns ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
          {!isUnit && (
            <Select
              aria-label="城市"
              style={{ width: 200 }}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="选择要匹配的城市"
              value={cityCode ?? undefined}
              onChange={(value: string) => {
                const next = new URLSearchParams(params);
                next.set('city', value);
                setParams(next, { replace: true });
              }}
              options={(options?.cities?.edges ?? []).map(({ node }) => ({
                value: node.cityCode,
                label: node.name,
              }))}
            />
          )}
          <Typography.Text type="secondary">
            方案只是建议，不会保存；提出后志愿者才会收到邀请。已有的邀请和确认不会改动，方案只补足空缺名额。
          </Typography.Text>
        </Space>
        <ProblemAlert
          problem={optionsProblem ?? problem}
          onRetry={() => {
            retry();
            setReplans((n) => n + 1);
          }}
        />
        {!noScope && replans === 0 && (
          <Alert
            type="info"
            showIcon
            data-testid="plan-not-made"
            title="点击右上角「生成方案」：按空缺名额和可服务的志愿者计算一份匹配方案，供审核、修改后提出。"
          />
        )}
        {noScope && (
          <Alert type="info" showIcon title="请先选择一个城市：全省一次生成的方案太大，按城市逐个匹配。" />
        )}
        {metrics && (
          <Row gutter={[16, 16]} data-testid="metrics">
            <Col xs={12} md={6}>
              <Statistic title="待补名额" value={metrics.openPlaces} suffix="个" />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="方案可填补" value={metrics.plannedPlaces} suffix="个" />
              <Progress percent={Math.round(metrics.fillRate * 1000) / 10} size="small" />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title="平均距离"
                value={metrics.meanDistanceKm === null ? '—' : metrics.meanDistanceKm.toFixed(1)}
                suffix={metrics.meanDistanceKm === null ? undefined : '公里'}
              />
              <Typography.Text type="secondary">
                最远的 5%：{kmText(metrics.p95DistanceKm)} 以上
              </Typography.Text>
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="已有邀请或确认" value={metrics.heldPlaces} suffix="个" />
            </Col>
            <Col xs={12} md={6}>
              <Tooltip title="服务负担的基尼系数：0 表示每人承担的服务一样多">
                <Statistic title="服务均衡（基尼系数）" value={metrics.loadGini.toFixed(2)} />
              </Tooltip>
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="有工会干部参与的需求" value={percentText(metrics.cadreCoverage)} />
            </Col>
            <Col xs={12} md={6}>
              <Tooltip title="方案中每一对得分（0–1）之和">
                <Statistic title="总得分" value={metrics.totalScore.toFixed(2)} />
              </Tooltip>
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title="求解方法"
                value={labelOf(MATCHING_SOLVER_LABELS, metrics.solver)}
                styles={{ content: { fontSize: 16 } }}
              />
              {metrics.optimalityGap !== null && (
                <Typography.Text type="secondary">
                  与最优方案差距 ≤ {percentText(metrics.optimalityGap)}
                </Typography.Text>
              )}
            </Col>
          </Row>
        )}
      </Card>

      {outcome && (
        <Alert
          type={outcome.failed.length ? 'warning' : 'success'}
          showIcon
          data-testid="outcome"
          title={`已提出 ${outcome.proposed} 份邀请${outcome.failed.length ? `，${outcome.failed.length} 条需求未提出` : ''}`}
          description={
            outcome.failed.length > 0 && (
              <List
                size="small"
                dataSource={outcome.failed}
                renderItem={(f) => (
                  <List.Item>
                    {f.needTitle}：{f.reason}
                  </List.Item>
                )}
              />
            )
          }
        />
      )}

      {!outcome && (
        <Card
          title={
            <Space>
              <span>方案明细</span>
              {plan && <Typography.Text type="secondary">（{rows.length} 对）</Typography.Text>}
              {edited && (
                <Tag color="purple" data-testid="edited">
                  已修改：移除 {removed} 对，更换 {replaced} 人
                </Tag>
              )}
            </Space>
          }
          extra={
            <Space>
              {edited && (
                <Button onClick={() => setRows(planned.map(rowOf))} data-action="restore">
                  恢复原方案
                </Button>
              )}
              <Popconfirm
                title={edited ? '按修改后的方案提出邀请？' : '按方案全部提出邀请？'}
                description={
                  edited
                    ? '逐条需求提出：每条需求的人选一起提出，某条被拒绝时不影响其他需求。'
                    : '方案中的每一对都会向志愿者发出邀请（待协调员确认、本人答复）。'
                }
                okText="提出"
                cancelText="取消"
                onConfirm={() => (edited ? proposeEdited() : proposeWhole())}
                disabled={rows.length === 0}
              >
                <Button
                  type="primary"
                  data-action="propose-plan"
                  disabled={rows.length === 0}
                  loading={proposing}
                >
                  {edited ? '提出修改后的方案' : '全部提出'}
                </Button>
              </Popconfirm>
            </Space>
          }
        >
          {plan && <PartsLegend weights={plan.weights} />}
          <div data-testid="plan" style={{ marginTop: 12 }}>
            <Table<Row>
              rowKey="key"
              size="middle"
              columns={columns}
              dataSource={rows}
              loading={loading}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              scroll={{ x: 860 }}
              locale={{
                emptyText:
                  loading || !plan ? (
                    ' '
                  ) : (
                    <Empty
                      description={
                        planned.length > 0
                          ? '方案中的人选都已移除。点击“恢复原方案”重新开始。'
                          : '没有可以补足的名额：需求都已有人选，或本单位没有符合条件的志愿者。可在“按需求匹配”中查看各条需求的未入选原因。'
                      }
                    />
                  ),
              }}
            />
          </div>
        </Card>
      )}

      {proposed.length > 0 && (
        <Card
          title={
            <Space>
              <span>已提出的邀请</span>
              <RealtimeBadge state={realtime} onRetry={resubscribe} />
            </Space>
          }
          extra={
            <Button
              onClick={() => {
                setOutcome(null);
                setProposed([]);
                setReplans((n) => n + 1);
              }}
            >
              为其余名额重新生成方案
            </Button>
          }
        >
          <div data-testid="proposed">
            <Table<Proposed>
              rowKey="key"
              size="middle"
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              dataSource={proposed}
              columns={[
                {
                  title: '服务需求',
                  key: 'need',
                  render: (_, p) => <Link to={`/matching/needs/${p.needId}`}>{p.needTitle}</Link>,
                },
                { title: '志愿者', dataIndex: 'volunteerName', width: 160 },
                {
                  title: '状态',
                  key: 'status',
                  width: 120,
                  render: (_, p) => <AssignmentStatusTag status={p.status} />,
                },
              ]}
            />
          </div>
        </Card>
      )}

      {replacing && (
        <ReplaceModal
          row={replacing}
          taken={
            new Set(
              rows.filter((r) => r.planned.needId === replacing.planned.needId).map((r) => r.volunteerId),
            )
          }
          onClose={() => setReplacing(null)}
          onChoose={(candidate) => {
            setRows((list) =>
              list.map((r) =>
                r.key === replacing.key
                  ? {
                      ...r,
                      volunteerId: candidate.volunteerId,
                      volunteerName: candidate.volunteer?.name ?? `志愿者 ${candidate.volunteerId}`,
                      score: candidate.score,
                      distanceKm: candidate.distanceKm,
                      parts: candidate.parts,
                      replaced: candidate.volunteerId !== r.planned.volunteerId,
                    }
                  : r,
              ),
            );
            setReplacing(null);
          }}
        />
      )}
    </Space>
  );
}

/** Another of the need's suggestions in a pair's place (read when opened: matchingSuggestions). */
function ReplaceModal({
  row,
  taken,
  onClose,
  onChoose,
}: {
  row: Row;
  taken: Set<string>;
  onClose: () => void;
  onChoose: (candidate: Candidate) => void;
}) {
  const { client, expired } = useSignedIn();
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [choice, setChoice] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    client
      .request(MatchingReplacementsDocument, { needId: row.planned.needId })
      .then(({ matchingSuggestions }) => current && setCandidates(matchingSuggestions))
      .catch((error: unknown) => {
        if (!current) return;
        if (isSignedOutError(error)) expired();
        else setProblem(describeError(error));
      });
    return () => {
      current = false;
    };
  }, [client, row.planned.needId, expired]);
  const offered = (candidates ?? []).filter(
    (c) => c.volunteerId === row.planned.volunteerId || !taken.has(c.volunteerId),
  );
  const chosen = offered.find((c) => c.volunteerId === choice);
  return (
    <Modal
      open
      title={`更换人选：${row.planned.need.title}`}
      okText="更换"
      cancelText="取消"
      onCancel={onClose}
      okButtonProps={{ disabled: !chosen }}
      onOk={() => chosen && onChoose(chosen)}
    >
      <Typography.Paragraph>
        现为 {row.volunteerName}（得分 {scoreText(row.score)}，{kmText(row.distanceKm)}
        ）。从这条需求的推荐人选中另选一位：
      </Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Select
        aria-label="另选志愿者"
        style={{ width: '100%' }}
        loading={!candidates && !problem}
        placeholder="选择志愿者"
        value={choice ?? undefined}
        onChange={(value: string) => setChoice(value)}
        notFoundContent="这条需求没有其他可推荐的人选"
        options={offered.map((c) => ({
          value: c.volunteerId,
          label: `${c.volunteer?.name ?? `志愿者 ${c.volunteerId}`} · 得分 ${scoreText(c.score)} · ${kmText(c.distanceKm)}`,
        }))}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        推荐人选不考虑方案中其他需求的安排：若此人在同一时间已被安排到别的需求，提出时会被拒绝并说明原因。
      </Typography.Paragraph>
    </Modal>
  );
}
