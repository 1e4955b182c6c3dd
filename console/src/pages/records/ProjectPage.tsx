import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Popconfirm,
  Result,
  Space,
  Spin,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { SdkError, type ServiceProjectStatus } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import { formatChinaTime } from '../../china-time';
import { describeError } from '../../errors';
import { ProjectDetailDocument, type ProjectDetailQuery } from '../../graphql/generated';
import { labelOf, SERVICE_NEED_STATUS_LABELS, SERVICE_PROJECT_STATUS_LABELS } from '../../labels';
import { isSignedOutError } from '../../session';
import { fieldMessage, mayEditProjects, NEXT_PROJECT_STATUSES, PROJECT_STATUS_COLORS } from './area';
import ProjectDrawer from './ProjectDrawer';
import SafetyPlanCard from './SafetyPlanCard';
import { useWorkingUnit } from '../../working-unit';

type Project = NonNullable<ProjectDetailQuery['serviceProject']>;

const STATUS_ACTIONS: Partial<Record<ServiceProjectStatus, string>> = {
  ACTIVE: '开始项目',
  COMPLETED: '标记为已完成',
  CANCELLED: '取消项目',
};

type Loaded =
  | { state: 'loading' }
  | { state: 'found'; project: Project }
  | { state: 'missing' }
  | { state: 'notYours' }
  | { state: 'failed'; problem: string };

/**
 * One project (/records/projects/:id): what it is, its posts and needs, its safety plan (shown and
 * set here), and the status changes the API allows — 开始项目 only once the safety rule is met.
 * A coordinator sees their own unit's teams' projects only.
 */
export default function ProjectPage() {
  const { id = '' } = useParams();
  const { session, client, expired } = useSignedIn();
  const { coordinates } = useWorkingUnit();
  const { account } = session;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [reloads, setReloads] = useState(0);
  const [editing, setEditing] = useState(false);
  const [changing, setChanging] = useState<ServiceProjectStatus | null>(null);
  const [statusProblem, setStatusProblem] = useState<string | null>(null);

  const fail = useCallback(
    (error: unknown) => {
      if (isSignedOutError(error)) expired();
      else if (error instanceof SdkError && (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT'))
        setLoaded({ state: 'missing' });
      else if (error instanceof SdkError && error.code === 'FORBIDDEN') setLoaded({ state: 'notYours' });
      else setLoaded({ state: 'failed', problem: describeError(error) });
    },
    [expired],
  );

  useEffect(() => {
    let current = true;
    client
      .request(ProjectDetailDocument, { id })
      .then(({ serviceProject }) => {
        if (!current) return;
        if (!serviceProject) setLoaded({ state: 'missing' });
        // The API lets any signed-in account read a project; this screen is the unit's own.
        else if (account.role === 'UNIT_COORDINATOR' && !coordinates(serviceProject.team.unitId))
          setLoaded({ state: 'notYours' });
        else setLoaded({ state: 'found', project: serviceProject });
      })
      .catch((error: unknown) => current && fail(error));
    return () => {
      current = false;
    };
  }, [client, id, account.role, coordinates, reloads, fail]);

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/records/projects')}>
      返回服务项目
    </Button>
  );

  if (loaded.state === 'loading') return <Spin style={{ display: 'block', marginTop: 96 }} size="large" />;
  if (loaded.state === 'missing')
    return (
      <Result
        status="404"
        title="找不到这个服务项目"
        subTitle="项目编号可能有误，或项目已不存在。请从服务项目列表进入。"
        extra={back}
        data-testid="project-missing"
      />
    );
  if (loaded.state === 'notYours')
    return (
      <Result
        status="403"
        title="无权查看这个服务项目"
        subTitle="这个项目属于其他单位的服务队。您只能查看和管理本单位服务队的项目。"
        extra={back}
        data-testid="project-forbidden"
      />
    );
  if (loaded.state === 'failed')
    return (
      <Alert
        type="error"
        showIcon
        title={loaded.problem}
        action={
          <Button size="small" onClick={() => setReloads((n) => n + 1)}>
            重试
          </Button>
        }
      />
    );

  const { project } = loaded;
  const over = project.status === 'COMPLETED' || project.status === 'CANCELLED';
  const canEdit = mayEditProjects(account.role) && !over;
  const members = project.team.members;
  const untrained = members.filter((m) => !m.volunteer.safetyTrainedOn).map((m) => m.volunteer.name);
  const blockedStart = !project.safetyPlan
    ? '请先制定安全责任制与危机预案'
    : untrained.length > 0
      ? `还有 ${untrained.length} 名服务队成员未接受安全培训`
      : null;

  const changeStatus = async (to: ServiceProjectStatus) => {
    setChanging(to);
    setStatusProblem(null);
    try {
      await client.call('updateServiceProject', { id: project.id, input: { status: to } });
      message.success(`项目已${to === 'ACTIVE' ? '开始' : labelOf(SERVICE_PROJECT_STATUS_LABELS, to)}`);
      setReloads((n) => n + 1);
    } catch (error) {
      if (isSignedOutError(error)) return expired();
      setStatusProblem(error instanceof SdkError ? fieldMessage(error) : describeError(error));
    } finally {
      setChanging(null);
    }
  };

  const statusButtons = canEdit
    ? NEXT_PROJECT_STATUSES[project.status].map((to) => {
        const label = STATUS_ACTIONS[to] ?? to;
        if (to === 'CANCELLED')
          return (
            <Popconfirm
              key={to}
              title="取消这个项目？"
              description="取消后不能恢复，安全预案也不再修改。"
              okText="取消项目"
              cancelText="不取消"
              onConfirm={() => changeStatus(to)}
            >
              <Button danger loading={changing === to}>
                {label}
              </Button>
            </Popconfirm>
          );
        const blocked = to === 'ACTIVE' ? blockedStart : null;
        return (
          <Tooltip key={to} title={blocked}>
            <Button
              type="primary"
              disabled={blocked !== null}
              loading={changing === to}
              onClick={() => void changeStatus(to)}
              data-action={`status-${to}`}
            >
              {label}
            </Button>
          </Tooltip>
        );
      })
    : [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <span data-testid="project-name">{project.name}</span>
            <Tag color={PROJECT_STATUS_COLORS[project.status]} data-testid="project-status">
              {labelOf(SERVICE_PROJECT_STATUS_LABELS, project.status)}
            </Tag>
          </Space>
        }
        extra={
          <Space wrap>
            {back}
            {canEdit && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-action="edit">
                编辑
              </Button>
            )}
            {statusButtons}
          </Space>
        }
      >
        {statusProblem && (
          <Alert
            style={{ marginBottom: 16 }}
            type="error"
            showIcon
            title={statusProblem}
            closable={{ onClose: () => setStatusProblem(null) }}
          />
        )}
        <Descriptions bordered size="small" column={2} data-testid="project-details">
          <Descriptions.Item label="承担的服务队">{project.team.name}</Descriptions.Item>
          <Descriptions.Item label="负责人">{project.team.leader?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="结对帮扶点">{project.site.name}</Descriptions.Item>
          <Descriptions.Item label="所属活动">{project.campaign.name}</Descriptions.Item>
          <Descriptions.Item label="项目执行时间">
            <span data-field="dates">
              {project.startsOn} 至 {project.endsOn}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label="服务对象人数">
            {project.peopleServed === null ? (
              <Typography.Text type="secondary">未填写</Typography.Text>
            ) : (
              `${project.peopleServed} 人`
            )}
          </Descriptions.Item>
          <Descriptions.Item label="服务区域（行政区划代码）">{project.areaCode}</Descriptions.Item>
          <Descriptions.Item label="全国系统服务类别 / 服务对象代码">
            {project.nationalCategoryCodes.join('、') || '—'} / {project.beneficiaryCodes.join('、') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label="项目说明" span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {project.description ?? '—'}
            </Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label="创建时间（北京时间）">
            {formatChinaTime(project.createdAt)}
          </Descriptions.Item>
          <Descriptions.Item label="服务记录">
            <Link to={`/records?status=all&project=${project.id}`}>查看这个项目的服务记录</Link>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <SafetyPlanCard
        client={client}
        projectId={project.id}
        plan={project.safetyPlan ?? null}
        untrained={untrained}
        memberCount={members.length}
        editable={canEdit}
        onSaved={() => {
          message.success('安全预案已保存');
          setReloads((n) => n + 1);
        }}
        onExpired={expired}
      />
      <Card title="岗位">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={project.posts}
          data-testid="project-posts"
          columns={[
            { title: '岗位名称', dataIndex: 'name', width: 200 },
            { title: '说明', dataIndex: 'description', render: (d: string | null) => d ?? '—' },
          ]}
          locale={{ emptyText: canEdit ? '还没有岗位。点「编辑」添加岗位。' : '还没有岗位。' }}
        />
      </Card>
      <Card title="服务的需求">
        {project.needs.length === 0 ? (
          <Typography.Text type="secondary">这个项目没有关联服务需求。</Typography.Text>
        ) : (
          <Space wrap>
            {project.needs.map((need) => (
              <Tag key={need.id}>
                {need.title}（{labelOf(SERVICE_NEED_STATUS_LABELS, need.status)}）
              </Tag>
            ))}
          </Space>
        )}
      </Card>
      <ProjectDrawer
        open={editing}
        onClose={() => setEditing(false)}
        client={client}
        project={project}
        options={null}
        defaultCampaignId={project.campaignId}
        onSaved={() => {
          setEditing(false);
          message.success('服务项目已保存');
          setReloads((n) => n + 1);
        }}
      />
    </Space>
  );
}
