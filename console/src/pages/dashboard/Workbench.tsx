import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Row,
  Select,
  Space,
  Spin,
  Statistic,
  Steps,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ReloadOutlined } from '@ant-design/icons';
import type { MilestoneKind, ReportFilingState, ServiceNeedFilter } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import { chinaDate, formatChinaTime } from '../../china-time';
import { describeError } from '../../errors';
import {
  DashboardCampaignsDocument,
  DashboardProvinceDocument,
  DashboardUnitDocument,
  type DashboardCampaignsQuery,
  type DashboardCountsFragment,
  type DashboardOverviewFragment,
  type DashboardProvinceQuery,
  type DashboardReportStateFragment,
  type DashboardUnitQuery,
} from '../../graphql/generated';
import {
  ASSIGNMENT_STATUS_LABELS,
  MILESTONE_KIND_LABELS,
  REPORT_FILING_STATE_LABELS,
  SERVICE_NEED_STATUS_LABELS,
  SERVICE_RECORD_STATUS_LABELS,
} from '../../labels';
import { isSignedOutError } from '../../session';
import {
  defaultCampaign,
  FILING_STATE_COLORS,
  isLate,
  isOverdue,
  isReportMilestone,
  REPORT_MILESTONES,
  reportPath,
  type ReportMilestone,
} from './milestones';
import { ProblemAlert } from '../../paging';
import { MaterialsOverview, UnitMaterials } from './SummaryMaterials';
import { useWorkingUnit } from '../../working-unit';

/** ECharts is loaded only when the province's overview draws its charts, not with the first screen. */
const TotalsChart = lazy(() => import('./TotalsChart'));

type Campaign = DashboardCampaignsQuery['campaigns'][number];
type Milestone = Campaign['milestones'][number];
type Loaded =
  | { key: string; kind: 'unit'; data: DashboardUnitQuery }
  | { key: string; kind: 'province'; data: DashboardProvinceQuery };

const ALIAS: Record<ReportMilestone, 'launch' | 'midTerm' | 'summary'> = {
  LAUNCH: 'launch',
  MID_TERM: 'midTerm',
  SUMMARY: 'summary',
};

/**
 * 工作台 (/dashboard): the campaign's milestones with their deadlines and, for a coordinator, the
 * unit's 调度表 state for each (未填报 / 草稿 / 已提交, overdue in red), for the province every unit's;
 * then what waits to be acted on, each a link to the screen that acts on it. Two requests: the
 * campaigns (with the coordinator's unit), then the reports and the counts for the campaign shown.
 */
export default function Workbench() {
  const { session, client, expired } = useSignedIn();
  const working = useWorkingUnit();
  const { account } = session;
  const province = account.role === 'PROVINCIAL_ADMIN';
  const [params, setParams] = useSearchParams();
  const [options, setOptions] = useState<DashboardCampaignsQuery | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [reloads, setReloads] = useState(0);

  const fail = useCallback(
    (error: unknown) => {
      if (isSignedOutError(error)) expired();
      else setProblem(describeError(error));
    },
    [expired],
  );

  useEffect(() => {
    if (options) return;
    let current = true;
    client
      .request(DashboardCampaignsDocument, {})
      .then((result) => current && setOptions(result))
      .catch((error: unknown) => current && fail(error));
    return () => {
      current = false;
    };
  }, [client, fail, options, reloads]);

  const campaigns = options?.campaigns ?? [];
  const campaignParam = params.get('campaign');
  const campaign =
    campaigns.find((c) => c.id === campaignParam) ?? (options ? defaultCampaign(campaigns) : null);
  const milestones = useMemo(
    () => [...(campaign?.milestones ?? [])].sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1)),
    [campaign],
  );
  /**
   * The open needs counted: the campaign's needs open to the unit (as the needs board shows a unit),
   * or the whole province's.
   */
  const needsFilter = useMemo<ServiceNeedFilter | null>(
    () =>
      campaign
        ? {
            campaignId: campaign.id,
            status: 'OPEN',
            ...(!province && working.unitId ? { unitId: working.unitId } : {}),
          }
        : null,
    [campaign, province, working.unitId],
  );
  const key = JSON.stringify([working.unitId, campaign?.id, needsFilter, reloads]);

  useEffect(() => {
    if (!campaign || !needsFilter) return;
    if (!province && !working.unitId) return;
    let current = true;
    const has = (kind: MilestoneKind) => campaign.milestones.some((m) => m.kind === kind);
    const flags = {
      withLaunch: has('LAUNCH'),
      withMidTerm: has('MID_TERM'),
      withSummary: has('SUMMARY'),
      withMaterials: has('FINAL_MATERIALS'),
    };
    setLoading(true);
    const request: Promise<Loaded> = province
      ? client
          .request(DashboardProvinceDocument, { campaignId: campaign.id, needs: needsFilter, ...flags })
          .then((data) => ({ key, kind: 'province', data }))
      : client
          .request(DashboardUnitDocument, {
            campaignId: campaign.id,
            unitId: working.unitId!,
            needs: needsFilter,
            ...flags,
          })
          .then((data) => ({ key, kind: 'unit', data }));
    request
      .then((result) => {
        if (!current) return;
        setProblem(null);
        setLoaded(result);
      })
      .catch((error: unknown) => current && fail(error))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [client, campaign, needsFilter, province, working.unitId, key, fail]);

  const reload = () => setReloads((n) => n + 1);
  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  };

  const data = loaded?.key === key ? loaded : null;
  const title = province ? '工作台 · 省教育工会' : `工作台 · ${working.unitName ?? '本单位'}`;

  if (!province && !working.unitId) {
    return (
      <Alert type="warning" showIcon title="这个账号没有关联单位，无法显示工作台。请联系省教育工会管理员。" />
    );
  }

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={title}
        extra={
          <Space>
            <Select
              aria-label="活动"
              style={{ width: 360 }}
              loading={!options && !problem}
              value={campaign?.id}
              placeholder="选择活动"
              onChange={(value: string) => setParam('campaign', value)}
              options={campaigns.map((c) => ({ value: c.id, label: c.name }))}
            />
            <Button icon={<ReloadOutlined />} onClick={reload} loading={loading}>
              刷新
            </Button>
          </Space>
        }
      >
        <ProblemAlert problem={problem} onRetry={reload} />
        {options && !campaign && (
          <Empty description="还没有活动。省教育工会创建年度活动并设定报送节点后，这里会显示各节点和截止日期。" />
        )}
        {campaign && (
          <>
            <Typography.Title level={5} data-field="campaign" style={{ marginTop: 0 }}>
              {campaign.name}
            </Typography.Title>
            <Typography.Paragraph type="secondary">
              活动时间 {campaign.startsOn} 至 {campaign.endsOn}。截止日期均为北京时间，当天报送不算逾期。
            </Typography.Paragraph>
            {milestones.length === 0 ? (
              <Empty description="这个活动还没有设定报送节点。" />
            ) : (
              <MilestoneSteps campaign={campaign} milestones={milestones} data={data} />
            )}
          </>
        )}
      </Card>
      {campaign && needsFilter && (
        <Counts counts={data?.data ?? null} needsLink={needsLink(campaign.id)} province={province} />
      )}
      {campaign && data?.kind === 'unit' && data.data.materials && (
        <UnitMaterials campaignId={campaign.id} materials={data.data.materials} onChanged={reload} />
      )}
      {campaign && data?.kind === 'province' && data.data.materials && (
        <MaterialsOverview overview={data.data.materials} />
      )}
      {campaign && data?.kind === 'province' && (
        <ProvinceOverview
          campaign={campaign}
          data={data.data}
          tab={params.get('milestone')}
          onTab={(value) => setParam('milestone', value)}
        />
      )}
    </Space>
  );
}

function needsLink(campaignId: string): string {
  // The board is scoped to the unit by itself (the province's to every need).
  return `/needs?${new URLSearchParams({ campaign: campaignId, status: 'OPEN' }).toString()}`;
}

function reportState(report: DashboardReportStateFragment | null | undefined): ReportFilingState {
  if (!report) return 'NOT_STARTED';
  return report.status === 'SUBMITTED' ? 'SUBMITTED' : 'DRAFT';
}

function StateTags({
  dueOn,
  state,
  submittedAt,
}: {
  dueOn: string;
  state: ReportFilingState;
  submittedAt?: string | null;
}) {
  return (
    <>
      <Tag color={FILING_STATE_COLORS[state]} data-field="state">
        {REPORT_FILING_STATE_LABELS[state]}
      </Tag>
      {isOverdue(dueOn, state) && (
        <Tag color="red" data-field="overdue">
          已逾期
        </Tag>
      )}
      {state === 'SUBMITTED' && isLate(dueOn, submittedAt) && <Tag color="orange">逾期提交</Tag>}
    </>
  );
}

/** The campaign's milestones in date order, each with its deadline and the report's state. */
function MilestoneSteps({
  campaign,
  milestones,
  data,
}: {
  campaign: Campaign;
  milestones: Milestone[];
  data: Loaded | null;
}) {
  const today = chinaDate();
  let current = milestones.findIndex((m) => m.dueOn >= today);
  if (current < 0) current = milestones.length - 1;
  const items = milestones.map((m, index) => {
    const label = MILESTONE_KIND_LABELS[m.kind];
    if (!isReportMilestone(m.kind)) {
      // 活动总结材料: handed in as a Word document (the card below), not a 调度表.
      let status: 'finish' | 'process' | 'wait' | 'error' =
        index < current ? 'finish' : index === current ? 'process' : 'wait';
      let body: ReactNode = <Typography.Text type="secondary">按通知报送活动总结材料</Typography.Text>;
      const materials = data?.data.materials;
      if (data?.kind === 'unit' && data.data.materials) {
        const mine = data.data.materials;
        status = mine.received ? 'finish' : mine.overdue ? 'error' : status;
        body = (
          <div data-field="materials-step">
            {mine.received ? (mine.late ? '逾期报送' : '已报送') : mine.overdue ? '已逾期' : '未报送'}
          </div>
        );
      } else if (data?.kind === 'province' && materials && 'units' in materials) {
        const total = materials.units.length;
        status =
          total > 0 && materials.received === total ? 'finish' : materials.overdue > 0 ? 'error' : status;
        body = (
          <div data-field="materials-step">
            已报送 {materials.received} / {total} 个单位
          </div>
        );
      }
      return {
        title: label,
        status,
        description: (
          <div data-milestone={m.kind}>
            <div>截止 {m.dueOn}</div>
            {body}
          </div>
        ),
      };
    }
    const kind = m.kind;
    let body: ReactNode = <Typography.Text type="secondary">读取中…</Typography.Text>;
    let status: 'finish' | 'process' | 'wait' | 'error' = index === current ? 'process' : 'wait';
    if (data?.kind === 'unit') {
      const report = data.data[ALIAS[kind]];
      const state = reportState(report);
      if (state === 'SUBMITTED') status = 'finish';
      else if (isOverdue(m.dueOn, state, today)) status = 'error';
      body = (
        <>
          <div>
            <StateTags dueOn={m.dueOn} state={state} submittedAt={report?.submittedAt} />
          </div>
          {report?.submittedAt && <div>提交于 {formatChinaTime(report.submittedAt)}</div>}
          <Link to={reportPath(campaign.id, kind)} data-action="open-report">
            {state === 'SUBMITTED' ? '查看调度表' : state === 'DRAFT' ? '继续填报' : '填报调度表'}
          </Link>
        </>
      );
    } else if (data?.kind === 'province') {
      const overview = data.data[ALIAS[kind]];
      if (overview) {
        const total = overview.units.length;
        if (total > 0 && overview.submitted === total) status = 'finish';
        else if (overview.overdue > 0) status = 'error';
        body = (
          <>
            <div data-field="submitted">
              已提交 {overview.submitted} / {total} 个单位
            </div>
            {overview.overdue > 0 && (
              <Typography.Text type="danger" data-field="overdue">
                {overview.overdue} 个单位已逾期
              </Typography.Text>
            )}
          </>
        );
      }
    }
    return {
      title: label,
      status,
      description: (
        <div data-milestone={kind}>
          <div>
            截止{' '}
            <Typography.Text type={status === 'error' ? 'danger' : undefined} data-field="due">
              {m.dueOn}
            </Typography.Text>
          </div>
          {body}
        </div>
      ),
    };
  });
  return <Steps aria-label="活动节点" current={current} items={items} />;
}

interface CountCard {
  key: string;
  title: string;
  value: number | null;
  to: string;
  action: string;
  zero: string;
}

/** What waits to be acted on, each a link to the screen that acts on it. */
function Counts({
  counts,
  needsLink: needsTo,
  province,
}: {
  counts: DashboardCountsFragment | null;
  needsLink: string;
  province: boolean;
}) {
  const cards: CountCard[] = [
    {
      key: 'openNeeds',
      title: `${province ? '全省' : '本单位可安排的'}${SERVICE_NEED_STATUS_LABELS.OPEN}服务需求`,
      value: counts?.openNeeds.totalCount ?? null,
      to: needsTo,
      action: '去匹配志愿者',
      zero: '没有招募中的需求。帮扶点或结对单位发布需求后会出现在这里。',
    },
    {
      key: 'proposed',
      title: `待确认的推荐（${ASSIGNMENT_STATUS_LABELS.PROPOSED}）`,
      value: counts?.proposed.totalCount ?? null,
      to: '/matching',
      action: '去确认或取消',
      zero: '没有等您确认的推荐。可在“匹配”中为招募中的需求推荐志愿者。',
    },
    {
      key: 'confirmed',
      title: `等志愿者答复（${ASSIGNMENT_STATUS_LABELS.CONFIRMED}）`,
      value: counts?.confirmed.totalCount ?? null,
      to: '/matching',
      action: '查看匹配',
      zero: '没有等志愿者答复的邀请。',
    },
    {
      key: 'submittedRecords',
      title: `${SERVICE_RECORD_STATUS_LABELS.SUBMITTED}的服务记录`,
      value: counts?.submittedRecords.totalCount ?? null,
      to: '/records',
      action: '去审核',
      zero: '没有待审核的服务时长。志愿者提交后会出现在这里。',
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map((card) => (
        <Col key={card.key} xs={24} sm={12} xl={6}>
          <Card data-count={card.key} data-value={card.value ?? ''}>
            <Statistic
              title={card.title}
              value={card.value ?? '—'}
              suffix={card.value === null ? undefined : '项'}
            />
            <div style={{ marginTop: 8, minHeight: 44 }}>
              {card.value === 0 ? (
                <Typography.Text type="secondary">{card.zero}</Typography.Text>
              ) : (
                <Link to={card.to} data-action="go">
                  {card.action} →
                </Link>
              )}
            </div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}

type UnitRow = DashboardOverviewFragment['units'][number];

/** The province: each unit's state for one milestone (tab in the URL), with its report to read. */
function ProvinceOverview({
  campaign,
  data,
  tab,
  onTab,
}: {
  campaign: Campaign;
  data: DashboardProvinceQuery;
  tab: string | null;
  onTab: (milestone: string) => void;
}) {
  const kinds = REPORT_MILESTONES.filter((k) => data[ALIAS[k]]);
  if (kinds.length === 0) return null;
  const today = chinaDate();
  const fallback = kinds.find((k) => data[ALIAS[k]]!.dueOn >= today) ?? kinds[kinds.length - 1]!;
  const active: ReportMilestone =
    isReportMilestone(tab ?? undefined) && kinds.includes(tab as ReportMilestone)
      ? (tab as ReportMilestone)
      : fallback;
  const overview = data[ALIAS[active]]!;
  const columns: ColumnsType<UnitRow> = [
    { title: '填表单位', dataIndex: 'unitName', key: 'unitName' },
    {
      title: '状态',
      key: 'state',
      filters: (Object.keys(REPORT_FILING_STATE_LABELS) as ReportFilingState[]).map((value) => ({
        value,
        text: REPORT_FILING_STATE_LABELS[value],
      })),
      onFilter: (value, row) => row.state === value,
      render: (_, row) => (
        <>
          <Tag color={FILING_STATE_COLORS[row.state]} data-field="state">
            {REPORT_FILING_STATE_LABELS[row.state]}
          </Tag>
          {row.overdue && <Tag color="red">已逾期</Tag>}
          {row.late && <Tag color="orange">逾期提交</Tag>}
        </>
      ),
    },
    {
      title: '提交时间',
      key: 'submittedAt',
      render: (_, row) => (row.submittedAt ? formatChinaTime(row.submittedAt) : '—'),
    },
    {
      title: '操作',
      key: 'action',
      render: (_, row) =>
        row.reportId ? <Link to={reportPath(campaign.id, active, row.unitId)}>查看调度表</Link> : null,
    },
  ];
  return (
    <Card title="各单位填报情况" data-testid="overview">
      <Tabs
        activeKey={active}
        onChange={onTab}
        items={kinds.map((k) => ({ key: k, label: MILESTONE_KIND_LABELS[k as MilestoneKind] }))}
      />
      <Typography.Paragraph>
        截止 {overview.dueOn}：已提交 {overview.submitted} 个单位
        {overview.overdue > 0 && (
          <Typography.Text type="danger">，{overview.overdue} 个单位已逾期</Typography.Text>
        )}
        。
      </Typography.Paragraph>
      <Tabs
        size="small"
        items={[
          {
            key: 'units',
            label: '各单位',
            children: (
              <Table<UnitRow>
                rowKey="unitId"
                size="small"
                columns={columns}
                dataSource={overview.units}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                locale={{ emptyText: <Empty description="还没有市或高校教育工会。" /> }}
              />
            ),
          },
          // The charts' code (ECharts) loads when one of these is first opened, not with the screen.
          {
            key: 'by-city',
            label: '按城市统计',
            children: (
              <Suspense fallback={<Spin />}>
                <Typography.Paragraph type="secondary">
                  截止 {overview.dueOn} 通过审核的服务时长与参与人次，按服务所在城市。
                </Typography.Paragraph>
                <TotalsChart rows={overview.byCity} testId="totals-by-city" />
              </Suspense>
            ),
          },
          {
            key: 'by-category',
            label: '按服务类别统计',
            children: (
              <Suspense fallback={<Spin />}>
                <Typography.Paragraph type="secondary">
                  截止 {overview.dueOn}{' '}
                  通过审核的服务时长与参与人次，按全国志愿服务类别（一个项目可有多个类别，分别计入）。
                </Typography.Paragraph>
                <TotalsChart rows={overview.byCategory} testId="totals-by-category" />
              </Suspense>
            ),
          },
        ]}
      />
    </Card>
  );
}
