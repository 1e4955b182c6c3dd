import { lazy, Suspense, useMemo } from 'react';
import { Link, Route, Routes, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { Button, Card, Empty, Select, Space, Spin, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatChinaTime } from '../../china-time';
import type { MatchingNeedInfoFragment } from '../../graphql/generated';
import { labelOf, SERVICE_CATEGORY_LABELS } from '../../labels';
import { openNeedsOf, useMatchingOptions } from './shared';
import { ProblemAlert } from '../../paging';
import { useWorkingUnit } from '../../working-unit';

const NeedMatching = lazy(() => import('./NeedMatching'));
const PlanPage = lazy(() => import('./PlanPage'));

/**
 * 匹配 (routed at /matching/*): 按需求匹配 — pick an open need (/matching) and see its ranked
 * suggestions, who was left out and why, and its assignments (/matching/needs/:needId) — and 整体方案
 * (/matching/plan): the unit's plan for a campaign, reviewed and proposed whole or edited.
 */
export default function MatchingPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const active = /^\/matching\/plan(\/|$)/.test(location.pathname) ? '/matching/plan' : '/matching';
  return (
    <>
      <Tabs
        aria-label="匹配"
        activeKey={active}
        items={[
          { key: '/matching', label: '按需求匹配' },
          { key: '/matching/plan', label: '整体方案' },
        ]}
        onChange={(key) => navigate(key)}
        style={{ marginBottom: 4 }}
      />
      <Suspense fallback={<Spin style={{ display: 'block', marginTop: 96 }} size="large" />}>
        <Routes>
          <Route index element={<NeedPicker />} />
          <Route path="needs/:needId" element={<NeedMatching />} />
          <Route path="plan" element={<PlanPage />} />
          <Route
            path="*"
            element={
              <Empty description="没有这个页面。">
                <Link to="/matching">返回匹配</Link>
              </Empty>
            }
          />
        </Routes>
      </Suspense>
    </>
  );
}

/** /matching: the open needs of the campaign the unit may plan for, each a link to its suggestions. */
function NeedPicker() {
  const working = useWorkingUnit();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const { options, problem, retry, campaignId } = useMatchingOptions(params.get('campaign'));
  const needs = useMemo(
    () =>
      options
        ? openNeedsOf(options, working.unitId).filter((n) => !campaignId || n.campaignId === campaignId)
        : [],
    [options, working.unitId, campaignId],
  );

  const columns: ColumnsType<MatchingNeedInfoFragment> = [
    {
      title: '需求',
      dataIndex: 'title',
      render: (title: string, need) => (
        <Space size={4} wrap>
          <Link to={`/matching/needs/${need.id}`}>{title}</Link>
          {need.servedByTeam && <Tag>整队服务</Tag>}
        </Space>
      ),
    },
    {
      title: '服务类别',
      dataIndex: 'category',
      width: 140,
      render: (value: string) => <Tag color="geekblue">{labelOf(SERVICE_CATEGORY_LABELS, value)}</Tag>,
    },
    { title: '结对帮扶点', key: 'site', width: 220, render: (_, need) => need.site.name },
    {
      title: '服务时间（北京时间）',
      key: 'time',
      width: 170,
      render: (_, need) => (
        <div>
          {formatChinaTime(need.startsAt)}
          <br />
          <Typography.Text type="secondary">至 {formatChinaTime(need.endsAt)}</Typography.Text>
        </div>
      ),
    },
    {
      title: '已确认/需要',
      key: 'places',
      width: 110,
      render: (_, need) => `${need.confirmedCount}/${need.headcount}`,
    },
    {
      title: '操作',
      key: 'action',
      width: 100,
      render: (_, need) => (
        <Button size="small" type="primary" onClick={() => navigate(`/matching/needs/${need.id}`)}>
          查看人选
        </Button>
      ),
    },
  ];

  return (
    <Card
      title="选择一条服务需求"
      extra={
        <Button onClick={() => navigate(`/matching/plan${campaignId ? `?campaign=${campaignId}` : ''}`)}>
          查看整体方案
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
          onChange={(value: string) => setParams({ campaign: value }, { replace: true })}
          options={(options?.campaigns ?? []).map((c) => ({ value: c.id, label: c.name }))}
        />
        <Typography.Text type="secondary">
          列出本单位所属和结对帮扶点上招募中的需求；点击需求查看推荐人选、各项得分和未入选原因。
        </Typography.Text>
      </Space>
      <ProblemAlert problem={problem} onRetry={retry} />
      <Table<MatchingNeedInfoFragment>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={needs}
        loading={!options && !problem}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        locale={{
          emptyText: !options ? (
            ' '
          ) : (
            <Empty description="这个活动里本单位所属和结对的帮扶点没有招募中的需求。可以换一个活动，或在“服务需求”中发布需求。">
              <Button onClick={() => navigate('/needs')}>去服务需求</Button>
            </Empty>
          ),
        }}
      />
    </Card>
  );
}
