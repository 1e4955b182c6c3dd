import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Switch, Tag, Typography } from 'antd';
import { CheckCircleTwoTone, ExclamationCircleTwoTone, SafetyCertificateOutlined } from '@ant-design/icons';
import { SdkError, type Client } from '../../../../client-sdk/src';
import { formatChinaTime } from '../../china-time';
import { describeError, formFieldOf } from '../../errors';
import type { SafetyPlanFieldsFragment } from '../../graphql/generated';
import { isSignedOutError } from '../../session';
import { fieldMessage, SAFETY_RULE } from './area';

interface Values {
  responsiblePerson: string;
  responsiblePhone: string;
  emergencyPlan: string;
  insured: boolean;
  insuranceNote?: string;
}

const FIELDS = [
  'responsiblePerson',
  'responsiblePhone',
  'emergencyPlan',
  'insured',
  'insuranceNote',
] as const;

/**
 * 安全责任制与危机预案 of one project: the rule, where the project stands against it (plan, training),
 * the plan as set, and the form that sets it (replaced as a whole; the server's word beside its field).
 */
export default function SafetyPlanCard(props: {
  client: Client;
  projectId: string;
  plan: SafetyPlanFieldsFragment | null;
  /** Team members without safety training on record (names). */
  untrained: readonly string[];
  memberCount: number;
  /** Whether the signed-in person may set it, and the project is not over. */
  editable: boolean;
  onSaved: () => void;
  onExpired: () => void;
}) {
  const { client, projectId, plan, untrained, memberCount, editable, onSaved, onExpired } = props;
  const [form] = Form.useForm<Values>();
  const [editing, setEditing] = useState(false);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const open = () => {
    setProblem(null);
    form.resetFields();
    form.setFieldsValue(
      plan
        ? {
            responsiblePerson: plan.responsiblePerson,
            responsiblePhone: plan.responsiblePhone ?? '',
            emergencyPlan: plan.emergencyPlan,
            insured: plan.insured,
            insuranceNote: plan.insuranceNote ?? undefined,
          }
        : { insured: false },
    );
    setEditing(true);
  };

  const submit = async (values: Values) => {
    setSending(true);
    setProblem(null);
    try {
      await client.call('setSafetyPlan', {
        projectId,
        input: {
          responsiblePerson: values.responsiblePerson,
          responsiblePhone: values.responsiblePhone,
          emergencyPlan: values.emergencyPlan,
          insured: values.insured ?? false,
          insuranceNote: values.insuranceNote?.trim() || null,
        },
      });
      setEditing(false);
      onSaved();
    } catch (error) {
      if (isSignedOutError(error)) return onExpired();
      const field = formFieldOf(error, FIELDS);
      if (field && error instanceof SdkError) {
        form.setFields([{ name: field, errors: [fieldMessage(error)] }]);
        form.scrollToField(field);
      } else {
        setProblem(error instanceof SdkError && error.field ? fieldMessage(error) : describeError(error));
      }
    } finally {
      setSending(false);
    }
  };

  const check = (ok: boolean, text: string) => (
    <Space>
      {ok ? (
        <CheckCircleTwoTone twoToneColor="#52c41a" />
      ) : (
        <ExclamationCircleTwoTone twoToneColor="#faad14" />
      )}
      <span>{text}</span>
    </Space>
  );

  return (
    <Card
      title={
        <Space>
          <SafetyCertificateOutlined />
          安全责任制与危机预案
          {plan ? (
            <Tag color="green" data-testid="safety-status">
              已制定
            </Tag>
          ) : (
            <Tag color="orange" data-testid="safety-status">
              未制定
            </Tag>
          )}
        </Space>
      }
      extra={
        editable &&
        !editing && (
          <Button type={plan ? 'default' : 'primary'} onClick={open} data-action="edit-safety-plan">
            {plan ? '修改安全预案' : '制定安全预案'}
          </Button>
        )
      }
      data-testid="safety-plan"
    >
      <Alert
        style={{ marginBottom: 16 }}
        type={plan ? 'info' : 'warning'}
        showIcon
        description={SAFETY_RULE}
      />
      <Space orientation="vertical" style={{ marginBottom: 16 }} data-testid="safety-checklist">
        {check(plan !== null, plan ? '已制定安全责任制与危机预案' : '尚未制定安全责任制与危机预案')}
        {check(
          untrained.length === 0,
          memberCount === 0
            ? '服务队还没有成员'
            : untrained.length === 0
              ? `服务队 ${memberCount} 名成员均已接受安全培训`
              : `${untrained.length} 名成员尚未接受安全培训：${untrained.join('、')}`,
        )}
      </Space>
      {problem && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={problem} />}
      {editing ? (
        <Form<Values>
          form={form}
          name="safetyPlan"
          layout="vertical"
          onFinish={submit}
          style={{ maxWidth: 720 }}
        >
          <Space align="start" size="large" wrap>
            <Form.Item
              label="安全责任人"
              name="responsiblePerson"
              rules={[
                { required: true, whitespace: true, message: '请填写安全责任人' },
                { max: 50, message: '最多 50 个字' },
              ]}
            >
              <Input style={{ width: 220 }} placeholder="姓名" />
            </Form.Item>
            <Form.Item
              label="责任人电话"
              name="responsiblePhone"
              rules={[{ required: true, whitespace: true, message: '请填写责任人电话' }]}
              extra="手机号，或带区号的固定电话，例如 0531-81916597"
            >
              <Input style={{ width: 240 }} />
            </Form.Item>
          </Space>
          <Form.Item
            label="危机预案"
            name="emergencyPlan"
            rules={[
              { required: true, whitespace: true, message: '请填写危机预案' },
              { max: 5000, message: '最多 5000 个字' },
            ]}
          >
            <Input.TextArea
              rows={6}
              showCount
              maxLength={5000}
              placeholder="发生意外（受伤、走失、交通事故、突发疾病、恶劣天气等）时怎么做：联系谁、送往哪里、如何通知家属和单位"
            />
          </Form.Item>
          <Space align="start" size="large" wrap>
            <Form.Item label="已购买志愿者保险" name="insured" valuePropName="checked">
              <Switch checkedChildren="是" unCheckedChildren="否" />
            </Form.Item>
            <Form.Item
              label="保险说明"
              name="insuranceNote"
              rules={[{ max: 200, message: '最多 200 个字' }]}
              tooltip="保险公司、保单号，或未购买的原因"
            >
              <Input style={{ width: 360 }} />
            </Form.Item>
          </Space>
          <Space>
            <Button type="primary" htmlType="submit" loading={sending} data-action="save-safety-plan">
              保存安全预案
            </Button>
            <Button onClick={() => setEditing(false)} disabled={sending}>
              取消
            </Button>
          </Space>
        </Form>
      ) : plan ? (
        <Descriptions bordered size="small" column={2} data-testid="safety-plan-view">
          <Descriptions.Item label="安全责任人">{plan.responsiblePerson}</Descriptions.Item>
          <Descriptions.Item label="责任人电话">
            {plan.responsiblePhone ?? <Typography.Text type="secondary">（不可见）</Typography.Text>}
          </Descriptions.Item>
          <Descriptions.Item label="危机预案" span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {plan.emergencyPlan}
            </Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label="志愿者保险">{plan.insured ? '已购买' : '未购买'}</Descriptions.Item>
          <Descriptions.Item label="保险说明">{plan.insuranceNote ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="最后修改（北京时间）" span={2}>
            {formatChinaTime(plan.updatedAt)}
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {editable
            ? '这个项目还没有安全预案。点「制定安全预案」填写安全责任人、危机预案和保险情况。'
            : '这个项目还没有安全预案。'}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
