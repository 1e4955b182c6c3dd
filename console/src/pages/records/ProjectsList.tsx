import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Empty, Select, Space, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { ServiceProjectFilter, ServiceProjectStatus } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import {
  ProjectsListDocument,
  ProjectsOptionsDocument,
  type ProjectRowFragment,
  type ProjectsOptionsQuery,
} from '../../graphql/generated';
import { labelOf, labelOptions, SERVICE_PROJECT_STATUS_LABELS } from '../../labels';
import { CursorPager, PAGE_SIZE, pageOf, ProblemAlert, useCursorPages } from '../../paging';
import { currentCampaignId, mayEditProjects, PROJECT_STATUS_COLORS, SAFETY_RULE } from './area';
import ProjectDrawer, { type EditedProject } from './ProjectDrawer';
import { useWorkingUnit } from '../../working-unit';

/**
 * 服务项目 (/records/projects): the projects of the unit's teams (the province: every unit's), by
 * campaign (the one under way by default), team and status, in the URL; 新建项目 and 编辑 in a drawer.
 * Each row says whether the project has its safety plan.
 */
export default function ProjectsList() {
  const { session, client } = useSignedIn();
  const { account } = session;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [options, setOptions] = useState<ProjectsOptionsQuery | null>(null);
  const [optionsAttempt, setOptionsAttempt] = useState(0);
  const [drawer, setDrawer] = useState<{ project: EditedProject | null } | null>(null);
  const canEdit = mayEditProjects(account.role);
  const working = useWorkingUnit();
  const unitId = account.role === 'UNIT_COORDINATOR' ? working.unitId : null;

  const defaultCampaign = useMemo(() => (options ? currentCampaignId(options.campaigns) : null), [options]);
  const campaignParam = params.get('campaign');
  const campaignId = campaignParam === 'all' ? null : (campaignParam ?? defaultCampaign);
  const teamId = params.get('team');
  const status = params.get('status') as ServiceProjectStatus | null;
  // The default campaign is known once the options are in: the list waits for them unless the URL says.
  const ready = options !== null || campaignParam !== null;
  const filter = useMemo<ServiceProjectFilter>(
    () => ({
      ...(unitId ? { unitId } : {}),
      ...(campaignId ? { campaignId } : {}),
      ...(teamId ? { teamId } : {}),
      ...(status ? { status } : {}),
    }),
    [unitId, campaignId, teamId, status],
  );
  const key = JSON.stringify(filter);
  const pages = useCursorPages(
    ready
      ? (after) =>
          client
            .request(ProjectsListDocument, { filter, first: PAGE_SIZE, after })
            .then(({ serviceProjects }) => pageOf(serviceProjects))
      : null,
    key,
    [client],
  );
  const { fail, loading, problem, rows } = pages;

  useEffect(() => {
    let current = true;
    client
      .request(ProjectsOptionsDocument, { unitId, withUnitSites: unitId !== null })
      .then((result) => current && setOptions(result))
      .catch((error: unknown) => current && fail(error));
    return () => {
      current = false;
    };
  }, [client, unitId, fail, optionsAttempt]);

  const reload = () => {
    if (!options) setOptionsAttempt((n) => n + 1);
    pages.reload();
  };

  const setParam = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null) next.delete(name);
      else next.set(name, value);
    }
    setParams(next, { replace: true });
  };

  const teams = options?.serviceTeams.edges.map((e) => e.node) ?? [];

  const columns: ColumnsType<ProjectRowFragment> = [
    {
      title: '项目名称',
      key: 'name',
      width: 240,
      render: (_, row) => (
        <Link to={`/records/projects/${row.id}`} data-field="name">
          {row.name}
        </Link>
      ),
    },
    { title: '服务队', key: 'team', width: 160, render: (_, row) => row.team.name },
    { title: '结对帮扶点', key: 'site', width: 160, render: (_, row) => row.site.name },
    {
      title: '执行时间',
      key: 'dates',
      width: 190,
      render: (_, row) => (
        <span data-field="dates">
          {row.startsOn} 至 {row.endsOn}
        </span>
      ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 90,
      render: (value: ServiceProjectStatus) => (
        <Tag color={PROJECT_STATUS_COLORS[value]} data-field="status">
          {labelOf(SERVICE_PROJECT_STATUS_LABELS, value)}
        </Tag>
      ),
    },
    {
      title: '安全预案',
      key: 'safety',
      width: 110,
      render: (_, row) =>
        row.safetyPlan ? (
          <Tag color="green" data-field="safety">
            已制定
          </Tag>
        ) : (
          <Tooltip title={SAFETY_RULE}>
            <Tag
              color={row.status === 'PLANNED' || row.status === 'ACTIVE' ? 'orange' : 'default'}
              data-field="safety"
            >
              未制定
            </Tag>
          </Tooltip>
        ),
    },
    {
      title: '岗位',
      key: 'posts',
      width: 180,
      ellipsis: true,
      render: (_, row) => row.posts.map((p) => p.name).join('、') || '—',
    },
    {
      title: '操作',
      key: 'actions',
      width: 120,
      fixed: 'right',
      render: (_, row) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => navigate(`/records/projects/${row.id}`)}>
            查看
          </Button>
          {canEdit && row.status !== 'COMPLETED' && row.status !== 'CANCELLED' && (
            <Button
              type="link"
              size="small"
              data-action="edit"
              onClick={() => setDrawer({ project: { ...row, posts: row.posts } })}
            >
              编辑
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const filtered = teamId || status || campaignParam;
  const emptyText = filtered ? (
    <Empty description="没有符合筛选条件的服务项目。可以清除筛选条件再看看。">
      <Button onClick={() => setParam({ campaign: null, team: null, status: null })}>清除筛选</Button>
    </Empty>
  ) : (
    <Empty
      description={
        canEdit
          ? '本活动还没有服务项目。点「新建项目」为本单位的服务队立项；项目开始前须制定安全责任制与危机预案。'
          : '本活动还没有服务项目。'
      }
    >
      {canEdit && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ project: null })}>
          新建项目
        </Button>
      )}
      <Button style={{ marginLeft: 8 }} onClick={() => setParam({ campaign: 'all' })}>
        查看全部活动
      </Button>
    </Empty>
  );

  return (
    <Card
      title="服务项目"
      extra={
        <Space>
          {canEdit && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDrawer({ project: null })}
              disabled={!options}
              data-action="new-project"
            >
              新建项目
            </Button>
          )}
          <Button icon={<ReloadOutlined />} onClick={reload} loading={loading}>
            刷新
          </Button>
        </Space>
      }
    >
      <Alert
        style={{ marginBottom: 16 }}
        type="info"
        showIcon
        title="安全责任制与危机预案"
        description={SAFETY_RULE}
      />
      <Space wrap style={{ marginBottom: 16 }} aria-label="筛选">
        <Select
          aria-label="活动"
          style={{ width: 200 }}
          loading={!options && !problem}
          value={campaignId ?? 'all'}
          onChange={(value: string) => setParam({ campaign: value === defaultCampaign ? null : value })}
          options={[
            { value: 'all', label: '全部活动' },
            ...(options?.campaigns ?? []).map((c) => ({ value: c.id, label: `${c.year} 年活动` })),
          ]}
        />
        <Select
          aria-label="服务队"
          style={{ width: 220 }}
          allowClear
          placeholder="全部服务队"
          value={teamId ?? undefined}
          onChange={(value?: string) => setParam({ team: value ?? null })}
          options={teams.map((t) => ({ value: t.id, label: t.name }))}
        />
        <Select
          aria-label="状态"
          style={{ width: 140 }}
          allowClear
          placeholder="全部状态"
          value={status ?? undefined}
          onChange={(value?: string) => setParam({ status: value ?? null })}
          options={labelOptions(SERVICE_PROJECT_STATUS_LABELS)}
        />
      </Space>
      <ProblemAlert problem={problem} onRetry={reload} />
      <Table<ProjectRowFragment>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={loading || !ready}
        pagination={false}
        locale={{ emptyText: loading || !ready ? ' ' : emptyText }}
        scroll={{ x: 1200 }}
      />
      <CursorPager pages={pages} unit="个" />
      <ProjectDrawer
        open={drawer !== null}
        onClose={() => setDrawer(null)}
        client={client}
        project={drawer?.project ?? null}
        options={options}
        defaultCampaignId={campaignId ?? defaultCampaign}
        onSaved={(id) => {
          const created = drawer?.project === null;
          setDrawer(null);
          pages.reload();
          message.success(
            created ? '服务项目已创建。请接着制定它的安全责任制与危机预案。' : '服务项目已保存',
          );
          if (created) void navigate(`/records/projects/${id}`);
        }}
      />
    </Card>
  );
}
