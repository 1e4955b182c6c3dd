import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  Button,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { SdkError, type Client } from '../../../../client-sdk/src';
import { describeError } from '../../errors';
import type { ProjectsOptionsQuery } from '../../graphql/generated';
import { fieldMessage } from './area';

/** What the drawer edits: a new project, or one that exists (its team, site and campaign stay). */
export interface EditedProject {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  peopleServed: number | null;
  areaCode: string;
  description?: string | null;
  team: { id: string; name: string };
  site: { id: string; name: string };
  campaign: { id: string; year: number };
  posts: readonly { id: string; name: string }[];
}

interface Values {
  teamId?: string;
  siteId?: string;
  campaignId?: string;
  name: string;
  startsOn: Dayjs;
  endsOn: Dayjs;
  posts?: { name: string; description?: string }[];
  peopleServed?: number | null;
  areaCode?: string;
  description?: string;
}

const FIELDS = [
  'teamId',
  'siteId',
  'campaignId',
  'name',
  'startsOn',
  'endsOn',
  'peopleServed',
  'areaCode',
  'description',
] as const;
type Field = (typeof FIELDS)[number];

/** A project's dates are China calendar dates: the picker's date is sent as it reads. */
const DATE_FORMAT = 'YYYY-MM-DD';

/**
 * 新建项目 / 编辑项目: a project of one of the unit's teams at a site it may serve, in a campaign,
 * with at least one post (岗位). Editing keeps the team, site and campaign and the posts already
 * there (service records refer to them); new posts are added. The server's word on a field goes
 * beside it.
 */
export default function ProjectDrawer(props: {
  open: boolean;
  onClose: () => void;
  client: Client;
  /** null: a new project. */
  project: EditedProject | null;
  options: ProjectsOptionsQuery | null;
  defaultCampaignId: string | null;
  onSaved: (id: string) => void;
}) {
  const { open, onClose, client, project, options, defaultCampaignId, onSaved } = props;
  const [form] = Form.useForm<Values>();
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const editing = project !== null;

  const wasOpen = useRef(false);
  useEffect(() => {
    if (open && !wasOpen.current) {
      setProblem(null);
      form.resetFields();
      if (project) {
        form.setFieldsValue({
          name: project.name,
          startsOn: dayjs(project.startsOn),
          endsOn: dayjs(project.endsOn),
          peopleServed: project.peopleServed ?? undefined,
          areaCode: project.areaCode,
          description: project.description ?? undefined,
          posts: [],
        });
      } else {
        const teams = (options?.serviceTeams.edges ?? []).filter((e) => e.node.status !== 'DISBANDED');
        form.setFieldsValue({
          campaignId: defaultCampaignId ?? undefined,
          teamId: teams.length === 1 ? teams[0]!.node.id : undefined,
          posts: [{ name: '' }],
        });
      }
    }
    wasOpen.current = open;
  }, [open, form, project, options, defaultCampaignId]);

  const sites = new Map<string, { id: string; name: string; areaCode: string }>();
  for (const { node } of [...(options?.ownSites?.edges ?? []), ...(options?.pairedSites?.edges ?? [])]) {
    sites.set(node.id, node);
  }

  const showServerError = (error: unknown) => {
    if (!(error instanceof SdkError) || !error.field) {
      setProblem(describeError(error));
      return;
    }
    const name = error.field.replace(/^input\./, '');
    const post = /^(?:posts|addPosts)\[(\d+)\]\.(name|description)$/.exec(name);
    if (post) {
      form.setFields([
        {
          name: ['posts', Number(post[1]), post[2] as 'name' | 'description'],
          errors: [fieldMessage(error)],
        },
      ]);
      return;
    }
    if (name === 'posts' || name === 'addPosts') {
      form.setFields([{ name: 'posts', errors: [fieldMessage(error)] }]);
      return;
    }
    const field =
      name === 'id' ? null : (FIELDS as readonly string[]).includes(name) ? (name as Field) : null;
    if (field) {
      form.setFields([{ name: field, errors: [fieldMessage(error)] }]);
      form.scrollToField(field);
    } else {
      setProblem(describeError(error));
    }
  };

  const submit = async (values: Values) => {
    setSending(true);
    setProblem(null);
    const posts = (values.posts ?? [])
      .filter((p) => p.name?.trim())
      .map((p) => ({ name: p.name.trim(), description: p.description?.trim() || null }));
    const common = {
      name: values.name.trim(),
      startsOn: values.startsOn.format(DATE_FORMAT),
      endsOn: values.endsOn.format(DATE_FORMAT),
      description: values.description?.trim() || null,
      // A figure emptied on an existing project is cleared (not entered); a new one without a
      // figure takes its needs' 受益人数, if it serves any.
      ...(values.peopleServed !== undefined && values.peopleServed !== null
        ? { peopleServed: values.peopleServed }
        : project
          ? { peopleServed: null }
          : {}),
      ...(values.areaCode?.trim() ? { areaCode: values.areaCode.trim() } : {}),
    };
    try {
      if (project) {
        const saved = await client.call('updateServiceProject', {
          id: project.id,
          input: { ...common, ...(posts.length > 0 ? { addPosts: posts } : {}) },
        });
        onSaved(saved.id);
      } else {
        const saved = await client.call('createServiceProject', {
          input: {
            ...common,
            teamId: values.teamId!,
            siteId: values.siteId!,
            campaignId: values.campaignId!,
            posts,
          },
        });
        onSaved(saved.id);
      }
    } catch (error) {
      showServerError(error);
    } finally {
      setSending(false);
    }
  };

  const campaigns = options?.campaigns ?? [];
  const teams = options?.serviceTeams.edges ?? [];

  return (
    <Drawer
      title={editing ? `编辑项目：${project.name}` : '新建服务项目'}
      open={open}
      onClose={onClose}
      size={600}
      destroyOnHidden
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={sending} onClick={() => form.submit()} data-action="save-project">
            {editing ? '保存' : '创建'}
          </Button>
        </Space>
      }
    >
      {!editing && teams.length === 0 && (
        <Alert
          style={{ marginBottom: 16 }}
          type="info"
          showIcon
          title="本单位还没有服务队"
          description="服务项目由服务队承担。请先在「服务队」页面组建服务队。"
        />
      )}
      {!editing && options && sites.size === 0 && (
        <Alert
          style={{ marginBottom: 16 }}
          type="info"
          showIcon
          title="还没有可以开展项目的帮扶点"
          description="本单位登记的帮扶点和已获批准结对的帮扶点才能开展项目。请先在「结对帮扶点」页面登记或申请结对。"
        />
      )}
      {problem && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={problem} />}
      <Form<Values> form={form} name="project" layout="vertical" onFinish={submit} scrollToFirstError>
        {editing ? (
          <Typography.Paragraph type="secondary">
            服务队：{project.team.name}　帮扶点：{project.site.name}　活动：{project.campaign.year} 年
          </Typography.Paragraph>
        ) : (
          <>
            <Form.Item
              label="承担的服务队"
              name="teamId"
              rules={[{ required: true, message: '请选择服务队' }]}
            >
              <Select
                placeholder="选择本单位的服务队"
                options={teams.map(({ node }) => ({
                  value: node.id,
                  label: node.name,
                  disabled: node.status === 'DISBANDED',
                }))}
                notFoundContent="本单位还没有服务队"
              />
            </Form.Item>
            <Form.Item label="结对帮扶点" name="siteId" rules={[{ required: true, message: '请选择帮扶点' }]}>
              <Select
                placeholder="选择本单位登记或结对的帮扶点"
                showSearch={{ optionFilterProp: 'label' }}
                virtual={false}
                options={[...sites.values()].map((s) => ({ value: s.id, label: s.name }))}
                notFoundContent="没有可选的帮扶点"
              />
            </Form.Item>
            <Form.Item label="所属活动" name="campaignId" rules={[{ required: true, message: '请选择活动' }]}>
              <Select
                options={campaigns.map((c) => ({
                  value: c.id,
                  label: `${c.name}（${c.startsOn} 至 ${c.endsOn}）`,
                }))}
              />
            </Form.Item>
          </>
        )}
        <Form.Item
          label="项目名称"
          name="name"
          extra="全国志愿服务信息系统要求项目名称不超过 50 个字"
          rules={[
            { required: true, whitespace: true, message: '请填写项目名称' },
            { max: 50, message: '项目名称最多 50 个字' },
          ]}
        >
          <Input placeholder="例如：暑期留守儿童数学辅导" />
        </Form.Item>
        <Space align="start" size="large" wrap>
          <Form.Item label="开始日期" name="startsOn" rules={[{ required: true, message: '请选择开始日期' }]}>
            <DatePicker format={DATE_FORMAT} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item label="结束日期" name="endsOn" rules={[{ required: true, message: '请选择结束日期' }]}>
            <DatePicker format={DATE_FORMAT} style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <Typography.Text strong>{editing ? '岗位' : '岗位（至少一个）'}</Typography.Text>
        {editing && (
          <div style={{ margin: '8px 0' }}>
            {project.posts.map((p) => (
              <Tag key={p.id}>{p.name}</Tag>
            ))}
            <Typography.Text type="secondary">
              已有岗位保留不变（服务记录登记在岗位上），可以添加新岗位。
            </Typography.Text>
          </div>
        )}
        <Form.List
          name="posts"
          rules={
            editing
              ? []
              : [
                  {
                    validator: async (_, posts?: { name?: string }[]) => {
                      if (!posts || !posts.some((p) => p?.name?.trim())) throw new Error('至少填写一个岗位');
                    },
                  },
                ]
          }
        >
          {(fields, { add, remove }, { errors }) => (
            <div style={{ marginTop: 8 }}>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[{ max: 50, message: '岗位名称最多 50 个字' }]}
                    style={{ width: 220 }}
                  >
                    <Input
                      placeholder={`岗位 ${index + 1}，例如：学习辅导员`}
                      aria-label={`岗位 ${index + 1}`}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'description']}
                    rules={[{ max: 500, message: '最多 500 个字' }]}
                    style={{ width: 260 }}
                  >
                    <Input placeholder="岗位说明（选填）" />
                  </Form.Item>
                  <MinusCircleOutlined aria-label="删除岗位" onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Form.Item>
                <Button type="dashed" onClick={() => add({ name: '' })} icon={<PlusOutlined />}>
                  {editing ? '添加新岗位' : '添加岗位'}
                </Button>
                <Form.ErrorList errors={errors} />
              </Form.Item>
            </div>
          )}
        </Form.List>
        <Space align="start" size="large" wrap>
          <Form.Item
            label="服务对象人数"
            name="peopleServed"
            tooltip="新建时不填，按所服务需求的受益人数合计；没有需求则为“未填写”，调度表中留空"
          >
            <InputNumber min={0} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            label="服务区域（行政区划代码）"
            name="areaCode"
            tooltip="6 位行政区划代码；不填时用帮扶点的"
            rules={[{ pattern: /^\d{6}$/, message: '须为 6 位数字' }]}
          >
            <Input style={{ width: 160 }} placeholder="例如 370124" />
          </Form.Item>
        </Space>
        <Form.Item label="项目说明" name="description" rules={[{ max: 2000, message: '最多 2000 个字' }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
