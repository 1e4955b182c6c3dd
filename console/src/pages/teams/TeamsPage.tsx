import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, Route, Routes, useNavigate, useSearchParams } from 'react-router-dom';
import { Button, Card, Empty, Input, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { ServiceTeamStatus } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import { TeamsListDocument, type TeamRowFragment } from '../../graphql/generated';
import { labelOf, labelOptions, SERVICE_TEAM_STATUS_LABELS } from '../../labels';
import { isSignedOutError } from '../../session';
import { FormationProposal } from './FormationProposal';
import { TeamDetail } from './TeamDetail';
import { TeamFormModal } from './TeamFormModal';
import { CompositionTags, STATUS_COLORS, teamErrorText } from './rules';
import { ProblemAlert } from '../../paging';
import { useWorkingUnit } from '../../working-unit';

/**
 * 服务队: the unit's teams (/teams) with each one's state, leader, composition against the 7–10 + 1–2
 * rule and projects; one team (/teams/:id) with its members, leader, activation and disbanding; the
 * formation assistant's proposal turned into teams (/teams/proposal).
 */
export default function TeamsPage() {
  return (
    <Routes>
      <Route index element={<TeamList />} />
      <Route path="proposal" element={<TeamList tab="proposal" />} />
      <Route path=":id" element={<TeamDetail />} />
    </Routes>
  );
}

/** Whether this role forms and changes teams (the API lets the unit's coordinator and the province). */
export function managesTeams(role: string): boolean {
  return role === 'UNIT_COORDINATOR' || role === 'PROVINCIAL_ADMIN';
}

function TeamList({ tab = 'list' }: { tab?: 'list' | 'proposal' }) {
  const { session } = useSignedIn();
  const navigate = useNavigate();
  const manages = managesTeams(session.account.role);
  return (
    <Card title="服务队">
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate(key === 'proposal' ? '/teams/proposal' : '/teams')}
        items={[
          { key: 'list', label: '服务队列表', children: tab === 'list' ? <TeamTable /> : null },
          ...(manages
            ? [
                {
                  key: 'proposal',
                  label: '组建建议',
                  children: tab === 'proposal' ? <FormationProposal /> : null,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

function TeamTable() {
  const { session, client, expired } = useSignedIn();
  const { account } = session;
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [teams, setTeams] = useState<TeamRowFragment[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const [creating, setCreating] = useState(false);
  const asMember = account.role === 'TEAM_LEADER' || account.role === 'VOLUNTEER';
  const working = useWorkingUnit();
  const unitId = account.role === 'UNIT_COORDINATOR' ? working.unitId : null;
  const canCreate = account.role === 'UNIT_COORDINATOR' && !!unitId;

  const fail = useCallback(
    (error: unknown) => {
      if (isSignedOutError(error)) expired();
      else setProblem(teamErrorText(error));
    },
    [expired],
  );

  useEffect(() => {
    let current = true;
    setLoading(true);
    client
      .request(TeamsListDocument, { filter: unitId ? { unitId } : {}, asMember })
      .then((result) => {
        if (!current) return;
        setProblem(null);
        setTeams(
          asMember
            ? (result.me?.volunteer?.memberships ?? []).map((m) => m.team)
            : (result.serviceTeams?.edges ?? []).map((e) => e.node),
        );
      })
      .catch((error: unknown) => current && fail(error))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [client, unitId, asMember, reloads, fail]);

  const status = params.get('status') as ServiceTeamStatus | null;
  const search = params.get('q') ?? '';
  const rows = useMemo(
    () =>
      (teams ?? []).filter(
        (t) => (!status || t.status === status) && (!search || t.name.includes(search.trim())),
      ),
    [teams, status, search],
  );
  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const columns: ColumnsType<TeamRowFragment> = [
    {
      title: '服务队',
      key: 'name',
      width: 220,
      render: (_, team) => (
        <Link to={`/teams/${team.id}`} data-field="name">
          {team.name}
        </Link>
      ),
    },
    ...(account.role === 'PROVINCIAL_ADMIN' || asMember
      ? [{ title: '单位', key: 'unit', render: (_: unknown, team: TeamRowFragment) => team.unit.name }]
      : []),
    {
      title: '状态',
      dataIndex: 'status',
      width: 90,
      render: (value: ServiceTeamStatus) => (
        <Tag color={STATUS_COLORS[value]} data-field="status">
          {labelOf(SERVICE_TEAM_STATUS_LABELS, value)}
        </Tag>
      ),
    },
    {
      title: '负责人',
      key: 'leader',
      width: 100,
      render: (_, team) => (
        <span data-field="leader">
          {team.leader?.name ?? <Typography.Text type="danger">未指定</Typography.Text>}
        </span>
      ),
    },
    {
      title: '组成（7–10 名志愿者 + 1–2 名工会干部）',
      key: 'composition',
      render: (_, team) =>
        team.status === 'DISBANDED' ? (
          <Typography.Text type="secondary">共 {team.composition.size} 人</Typography.Text>
        ) : (
          <CompositionTags composition={team.composition} />
        ),
    },
    {
      title: '服务项目',
      key: 'projects',
      render: (_, team) =>
        team.projects.length > 0 ? (
          <Space size={[0, 4]} wrap>
            {team.projects.map((p) => (
              <Tag key={p.id}>{p.name}</Tag>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">暂无项目</Typography.Text>
        ),
    },
  ];

  const filtered = !!status || !!search;
  const emptyText = filtered ? (
    <Empty description="没有符合筛选条件的服务队。可以清除筛选条件再看看。">
      <Button onClick={() => setParams({}, { replace: true })}>清除筛选</Button>
    </Empty>
  ) : (
    <Empty
      description={
        canCreate
          ? '本单位还没有服务队。可以在“组建建议”中按系统建议一键组建，或新建服务队后逐个添加成员。'
          : asMember
            ? '您还不是任何服务队的成员。'
            : '还没有服务队。'
      }
    >
      {canCreate && (
        <Space>
          <Button type="primary" onClick={() => navigate('/teams/proposal')}>
            查看组建建议
          </Button>
          <Button onClick={() => setCreating(true)}>新建服务队</Button>
        </Space>
      )}
    </Empty>
  );

  return (
    <>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap aria-label="筛选">
          <Select
            aria-label="状态"
            style={{ width: 140 }}
            allowClear
            placeholder="全部状态"
            value={status ?? undefined}
            onChange={(value?: string) => setParam('status', value ?? null)}
            options={labelOptions(SERVICE_TEAM_STATUS_LABELS)}
          />
          <Input.Search
            aria-label="服务队名称"
            style={{ width: 220 }}
            allowClear
            placeholder="按名称查找"
            defaultValue={search}
            onSearch={(value) => setParam('q', value.trim() || null)}
          />
        </Space>
        <Space>
          <Button icon={<ReloadOutlined />} onClick={() => setReloads((n) => n + 1)} loading={loading}>
            刷新
          </Button>
          {canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新建服务队
            </Button>
          )}
        </Space>
      </Space>
      <ProblemAlert problem={problem} onRetry={() => setReloads((n) => n + 1)} />
      <Table<TeamRowFragment>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: loading || !teams ? ' ' : emptyText }}
      />
      {unitId && (
        <TeamFormModal
          open={creating}
          onClose={() => setCreating(false)}
          onSaved={(id) => navigate(`/teams/${id}`)}
          unitId={unitId}
        />
      )}
    </>
  );
}
