import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Empty,
  Modal,
  Popconfirm,
  Result,
  Space,
  Spin,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  CheckCircleOutlined,
  EditOutlined,
  ReloadOutlined,
  StopOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { useSignedIn } from '../../auth';
import { formatChinaTime } from '../../china-time';
import { TeamsDetailDocument, type TeamsDetailQuery } from '../../graphql/generated';
import {
  labelOf,
  SERVICE_CATEGORY_LABELS,
  SERVICE_TEAM_STATUS_LABELS,
  VOLUNTEER_ROLE_LABELS,
} from '../../labels';
import { isSignedOutError } from '../../session';
import { TeamFormModal } from './TeamFormModal';
import {
  activationBlockers,
  CompositionTags,
  removalBlocker,
  roomFor,
  STATUS_COLORS,
  teamErrorText,
} from './rules';
import { VolunteerPicker, type PickedVolunteer } from './VolunteerPicker';
import { useWorkingUnit } from '../../working-unit';

type Team = NonNullable<TeamsDetailQuery['serviceTeam']>;
type Member = Team['members'][number];

/** One team: its members (add and remove), leader, activation and disbanding. */
export function TeamDetail() {
  const { id = '' } = useParams();
  const { session, client, expired } = useSignedIn();
  const working = useWorkingUnit();
  const { account } = session;
  const { message } = App.useApp();
  const [team, setTeam] = useState<Team | null | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  /** The server's refusal of the last change, shown above the members. */
  const [refusal, setRefusal] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const [busy, setBusy] = useState<string | null>(null);
  const [picked, setPicked] = useState<PickedVolunteer | null>(null);
  const [editing, setEditing] = useState(false);

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
      .request(TeamsDetailDocument, { id })
      .then((result) => {
        if (!current) return;
        setProblem(null);
        setTeam(result.serviceTeam ?? null);
      })
      .catch((error: unknown) => current && fail(error))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [client, id, reloads, fail]);

  if (team === undefined) {
    return (
      <Card>
        {problem ? (
          <Alert type="error" showIcon title={problem} />
        ) : (
          <Spin style={{ display: 'block', margin: 48 }} />
        )}
      </Card>
    );
  }
  if (team === null) {
    return (
      <Result
        status="404"
        title="找不到这个服务队"
        subTitle="它可能不存在，或不属于您的单位。"
        extra={
          <Link to="/teams">
            <Button type="primary">返回服务队列表</Button>
          </Link>
        }
      />
    );
  }

  // The API lets any signed-in account read a team; this screen is the unit's own (as 服务项目 is).
  if (account.role === 'UNIT_COORDINATOR' && !working.coordinates(team.unitId)) {
    return (
      <Result
        status="403"
        title="无权查看这个服务队"
        subTitle="这个服务队不属于您的单位。"
        data-testid="team-not-yours"
        extra={
          <Link to="/teams">
            <Button type="primary">返回服务队列表</Button>
          </Link>
        }
      />
    );
  }

  const manages =
    account.role === 'PROVINCIAL_ADMIN' ||
    (account.role === 'UNIT_COORDINATOR' && working.coordinates(team.unitId));
  const editable = manages && team.status !== 'DISBANDED';
  const serving = team.status === 'ACTIVE';
  const composition = team.composition;
  const memberIds = team.members.map((m) => m.volunteer.id);
  const blockers = activationBlockers(composition, team.leaderId);

  /** Runs one change; the team is read again after it, and the server's refusal shown if it comes. */
  const change = async (key: string, action: () => Promise<unknown>, done: string) => {
    setBusy(key);
    setRefusal(null);
    try {
      await action();
      message.success(done);
      return true;
    } catch (error) {
      if (isSignedOutError(error)) expired();
      else setRefusal(teamErrorText(error));
      return false;
    } finally {
      setBusy(null);
      setReloads((n) => n + 1);
    }
  };

  /**
   * The membership as it stands now: updateServiceTeam replaces the whole list, so a change made
   * elsewhere since the page was read is kept rather than undone.
   */
  const currentMemberIds = async () => {
    const { serviceTeam } = await client.request(TeamsDetailDocument, { id: team.id });
    return serviceTeam ? serviceTeam.members.map((m) => m.volunteer.id) : memberIds;
  };

  const addPicked = async () => {
    if (!picked) return;
    const ok = await change(
      'add',
      async () => {
        const current = await currentMemberIds();
        if (current.includes(picked.id)) return;
        await client.call('updateServiceTeam', {
          id: team.id,
          input: { memberIds: [...current, picked.id] },
        });
      },
      `已将 ${picked.name} 加入服务队`,
    );
    if (ok) setPicked(null);
  };
  const remove = (member: Member) =>
    change(
      `remove-${member.volunteer.id}`,
      async () => {
        const current = await currentMemberIds();
        await client.call('updateServiceTeam', {
          id: team.id,
          input: { memberIds: current.filter((m) => m !== member.volunteer.id) },
        });
      },
      `已将 ${member.volunteer.name} 移出服务队`,
    );
  const makeLeader = (member: Member) =>
    change(
      `leader-${member.volunteer.id}`,
      () => client.call('updateServiceTeam', { id: team.id, input: { leaderId: member.volunteer.id } }),
      `${member.volunteer.name} 已是负责人`,
    );
  const activate = () =>
    change('activate', () => client.call('activateServiceTeam', { id: team.id }), '服务队已启用');
  const disband = () =>
    Modal.confirm({
      title: `解散“${team.name}”？`,
      content: '解散后服务队不再服务，也不能再修改；成员、项目和服务记录都会保留。',
      okText: '解散',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => change('disband', () => client.call('disbandServiceTeam', { id: team.id }), '服务队已解散'),
    });

  const addBlocker = picked ? roomFor(composition, picked.role) : null;

  const columns: ColumnsType<Member> = [
    {
      title: '姓名',
      key: 'name',
      render: (_, m) => (
        <Space>
          <span data-field="name">{m.volunteer.name}</span>
          {m.volunteer.id === team.leaderId && (
            <Tag color="blue" data-field="leader">
              负责人
            </Tag>
          )}
        </Space>
      ),
    },
    {
      title: '身份',
      key: 'role',
      width: 100,
      render: (_, m) => (
        <Tag color={m.volunteer.role === 'UNION_CADRE' ? 'purple' : undefined} data-field="role">
          {labelOf(VOLUNTEER_ROLE_LABELS, m.volunteer.role)}
        </Tag>
      ),
    },
    { title: '职务', key: 'title', render: (_, m) => m.volunteer.title ?? '—' },
    { title: '志愿者编号', key: 'number', width: 120, render: (_, m) => m.volunteer.volunteerNumber },
    {
      title: '服务类别',
      key: 'categories',
      render: (_, m) =>
        m.volunteer.serviceCategories.map((c) => labelOf(SERVICE_CATEGORY_LABELS, c)).join('、') || '—',
    },
    {
      title: '安全培训',
      key: 'safety',
      width: 110,
      render: (_, m) =>
        m.volunteer.safetyTrainedOn ?? <Typography.Text type="warning">未培训</Typography.Text>,
    },
    { title: '加入时间', key: 'joined', width: 150, render: (_, m) => formatChinaTime(m.joinedAt) },
    ...(editable
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 170,
            render: (_: unknown, m: Member) => {
              const isLeader = m.volunteer.id === team.leaderId;
              const blocker = removalBlocker(composition, m.volunteer.role, serving, isLeader);
              return (
                <Space size={0}>
                  {!isLeader && (
                    <Button
                      type="link"
                      size="small"
                      data-action="make-leader"
                      loading={busy === `leader-${m.volunteer.id}`}
                      disabled={busy !== null}
                      onClick={() => void makeLeader(m)}
                    >
                      设为负责人
                    </Button>
                  )}
                  <Tooltip title={blocker}>
                    <span>
                      <Popconfirm
                        title={`把 ${m.volunteer.name} 移出服务队？`}
                        okText="移出"
                        cancelText="取消"
                        okButtonProps={{ danger: true }}
                        disabled={!!blocker || busy !== null}
                        onConfirm={() => remove(m)}
                      >
                        <Button
                          type="link"
                          size="small"
                          danger
                          data-action="remove"
                          disabled={!!blocker || busy !== null}
                          loading={busy === `remove-${m.volunteer.id}`}
                        >
                          移出
                        </Button>
                      </Popconfirm>
                    </span>
                  </Tooltip>
                </Space>
              );
            },
          },
        ]
      : []),
  ];

  return (
    <Card
      title={
        <Breadcrumb
          items={[
            { title: <Link to="/teams">服务队</Link> },
            { title: <span data-field="team-name">{team.name}</span> },
          ]}
        />
      }
      extra={
        <Space>
          <Button icon={<ReloadOutlined />} loading={loading} onClick={() => setReloads((n) => n + 1)}>
            刷新
          </Button>
          {editable && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              编辑
            </Button>
          )}
          {editable && team.status === 'FORMING' && (
            <Tooltip title={blockers.length > 0 ? `还不能启用：${blockers.join('；')}` : null}>
              <Button
                type="primary"
                icon={<CheckCircleOutlined />}
                data-action="activate"
                disabled={blockers.length > 0 || busy !== null}
                loading={busy === 'activate'}
                onClick={() => void activate()}
              >
                启用服务队
              </Button>
            </Tooltip>
          )}
          {editable && (
            <Button
              danger
              icon={<StopOutlined />}
              data-action="disband"
              disabled={busy !== null}
              loading={busy === 'disband'}
              onClick={disband}
            >
              解散
            </Button>
          )}
        </Space>
      }
    >
      {problem && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={problem} />}
      <Descriptions column={{ xs: 1, md: 2, xl: 3 }} bordered size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label="状态">
          <Tag color={STATUS_COLORS[team.status]} data-field="status">
            {labelOf(SERVICE_TEAM_STATUS_LABELS, team.status)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label="单位">{team.unit.name}</Descriptions.Item>
        <Descriptions.Item label="负责人">
          <span data-field="leader-name">
            {team.leader?.name ?? (
              <Typography.Text type="danger">未指定（在成员中“设为负责人”）</Typography.Text>
            )}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label="组成（须 7–10 名志愿者 + 1–2 名工会干部）" span={2}>
          <Space>
            <CompositionTags composition={composition} />
            <Typography.Text type="secondary">共 {composition.size} 人</Typography.Text>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label="建立时间">{formatChinaTime(team.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="服务项目" span={2}>
          {team.projects.length > 0 ? team.projects.map((p) => <Tag key={p.id}>{p.name}</Tag>) : '暂无项目'}
        </Descriptions.Item>
        <Descriptions.Item label="简介">{team.description || '—'}</Descriptions.Item>
      </Descriptions>
      {editable && team.status === 'FORMING' && blockers.length > 0 && (
        <Alert
          style={{ marginBottom: 16 }}
          type="info"
          showIcon
          data-testid="activation-blockers"
          title={`组建中：还不能启用（${blockers.join('；')}）`}
          description="按组队要求，每支服务队由 7–10 名志愿者和 1–2 名工会干部组成，并指定一名负责人。"
        />
      )}
      {refusal && (
        <Alert
          style={{ marginBottom: 16 }}
          type="error"
          showIcon
          data-testid="refusal"
          title={refusal}
          closable={{ onClose: () => setRefusal(null) }}
        />
      )}
      {editable && (
        <Space wrap style={{ marginBottom: 12 }} data-testid="add-member">
          <VolunteerPicker
            client={client}
            unitId={team.unitId}
            exclude={new Set(memberIds)}
            value={picked}
            onChange={setPicked}
            disabled={busy !== null}
          />
          <Tooltip title={addBlocker}>
            <Button
              icon={<UserAddOutlined />}
              disabled={!picked || !!addBlocker || busy !== null}
              loading={busy === 'add'}
              onClick={() => void addPicked()}
            >
              加入服务队
            </Button>
          </Tooltip>
          {addBlocker && <Typography.Text type="danger">{addBlocker}</Typography.Text>}
        </Space>
      )}
      <Table<Member>
        rowKey={(m) => m.volunteer.id}
        size="middle"
        columns={columns}
        dataSource={team.members}
        pagination={false}
        locale={{
          emptyText: (
            <Empty
              description={
                editable ? '还没有成员：在上方输入姓名查找本单位的志愿者，加入服务队。' : '还没有成员。'
              }
            />
          ),
        }}
        scroll={{ x: 1000 }}
      />
      <TeamFormModal
        open={editing}
        onClose={() => setEditing(false)}
        onSaved={() => setReloads((n) => n + 1)}
        team={team}
      />
    </Card>
  );
}
