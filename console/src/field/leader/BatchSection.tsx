import { useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Checkbox, Form, Input, Select, Space, Typography } from 'antd';
import { useSignedIn } from '../../auth';
import { chinaDate, chinaWallClockToIso } from '../../china-time';
import { labelOf, SERVICE_PROJECT_STATUS_LABELS } from '../../labels';
import { formatHours } from '../../pages/records/rules';
import { isSignedOutError } from '../../session';
import { batchRefusal, lastRecordableDay, newIdempotencyKey, takesRecords } from './rules';
import type { SectionProps } from './TeamPage';

interface Values {
  postId?: string;
  date: string;
  start: string;
  end: string;
  volunteerIds: string[];
  remark?: string;
}

const MAX_REMARK = 500;

/** What the last entry made: shown until the form changes. */
interface Made {
  count: number;
  hours: string;
  names: string[];
}

/**
 * 批量记录: one segment of service (post, China date, start and end) for many members of the
 * project's team at once, submitted for review (recordServiceBatch: all or none). Members are
 * ticked from the whole team (全选 / 全不选). A refusal goes beside the field the server names; an
 * overlapping record names the member whose time is in the way and marks them in the list.
 */
export default function BatchSection({ choice }: SectionProps) {
  const { client, expired } = useSignedIn();
  const { message } = App.useApp();
  const { project, team } = choice;
  const [form] = Form.useForm<Values>();
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [made, setMade] = useState<Made | null>(null);
  const [clash, setClash] = useState<string | null>(null);
  /** One key per entry as filled in: a retry of the same entry is answered with the records made. */
  const key = useRef(newIdempotencyKey());
  const today = chinaDate();
  const lastDay = lastRecordableDay(project, today);
  const members = useMemo(
    () => [...team.members].sort((a, b) => a.volunteer.name.localeCompare(b.volunteer.name, 'zh-CN')),
    [team.members],
  );
  const nameOf = (id: string) => members.find((m) => m.volunteer.id === id)?.volunteer.name ?? null;
  const ticked = Form.useWatch('volunteerIds', form) ?? [];

  if (!takesRecords(project.status)) {
    return (
      <Alert
        type="info"
        showIcon
        title={`项目${labelOf(SERVICE_PROJECT_STATUS_LABELS, project.status)}，不能记录服务时长`}
        description="项目开始（进行中）后才能记录服务时长。开始前须制定安全责任制与危机预案，全体成员完成安全培训，见“安全”。"
      />
    );
  }

  const submit = async (values: Values) => {
    setSending(true);
    setProblem(null);
    setClash(null);
    try {
      const records = await client.call(
        'recordServiceBatch',
        {
          input: {
            projectId: project.id,
            postId: values.postId!,
            volunteerIds: values.volunteerIds,
            segments: [
              {
                startsAt: chinaWallClockToIso(`${values.date} ${values.start}`),
                endsAt: chinaWallClockToIso(`${values.date} ${values.end}`),
              },
            ],
            remark: values.remark?.trim() || null,
            submit: true,
            idempotencyKey: key.current,
          },
        },
        // The key makes a retry safe: the server answers it with the records already made.
        { retry: true },
      );
      key.current = newIdempotencyKey();
      const names = values.volunteerIds.map((id) => nameOf(id) ?? `志愿者 ${id}`);
      setMade({ count: records.length, hours: records[0]?.hours ?? '0', names });
      message.success(`已为 ${records.length} 名成员记录服务时长，等待审核`);
      form.setFieldsValue({ volunteerIds: [] });
    } catch (error) {
      if (isSignedOutError(error)) return expired();
      const refusal = batchRefusal(error, nameOf);
      if (refusal.volunteerId) setClash(refusal.volunteerId);
      if (refusal.field) {
        form.setFields([{ name: refusal.field, errors: [refusal.message] }]);
        form.scrollToField(refusal.field);
      } else {
        setProblem(refusal.message);
      }
    } finally {
      setSending(false);
    }
  };

  const onlyPost = project.posts.length === 1 ? project.posts[0]!.id : undefined;
  const timeRules = [{ required: true, message: '请填写时间' }];

  return (
    <div className="leader-section" data-testid="batch">
      <Typography.Paragraph type="secondary">
        为多名队员记录同一次服务：实际服务的时段（北京时间，不含往返交通），提交后进入待审核。
      </Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} data-testid="batch-problem" />}
      {made && (
        <Alert
          type="success"
          showIcon
          data-testid="batch-made"
          title={`已记录 ${made.count} 名成员，每人 ${formatHours(made.hours)} 小时`}
          description={`${made.names.join('、')}。记录已提交，在“审核”中通过。`}
        />
      )}
      <Form<Values>
        form={form}
        name="batch"
        layout="vertical"
        requiredMark={false}
        initialValues={{ postId: onlyPost, date: lastDay, volunteerIds: [] }}
        onValuesChange={() => {
          key.current = newIdempotencyKey();
          setMade(null);
        }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item label="岗位" name="postId" rules={[{ required: true, message: '请选择岗位' }]}>
          <Select
            size="large"
            placeholder="选择岗位"
            classNames={{ popup: { root: 'leader-popup' } }}
            options={project.posts.map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        <Form.Item
          label="服务日期"
          name="date"
          rules={[{ required: true, message: '请选择服务日期' }]}
          extra={`项目期间 ${project.startsOn} 至 ${project.endsOn}`}
        >
          <Input type="date" min={project.startsOn} max={lastDay} />
        </Form.Item>
        <div className="leader-pair">
          <Form.Item label="开始时间" name="start" rules={timeRules}>
            <Input type="time" />
          </Form.Item>
          <Form.Item
            label="结束时间"
            name="end"
            dependencies={['start']}
            rules={[
              ...timeRules,
              ({ getFieldValue }) => ({
                validator: (_, end?: string) => {
                  const start = getFieldValue('start') as string | undefined;
                  return !start || !end || end > start
                    ? Promise.resolve()
                    : Promise.reject(new Error('结束时间须晚于开始时间'));
                },
              }),
            ]}
          >
            <Input type="time" />
          </Form.Item>
        </div>
        <Form.Item
          label={`成员（已选 ${ticked.length} / ${members.length} 人）`}
          name="volunteerIds"
          rules={[{ type: 'array', min: 1, message: '请至少选择一名成员' }]}
        >
          <MemberPicker members={members} clash={clash} />
        </Form.Item>
        <Form.Item label="备注（服务内容）" name="remark">
          <Input.TextArea rows={3} maxLength={MAX_REMARK} showCount placeholder="例如：课后辅导，作业答疑" />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={sending}>
          {ticked.length > 0 ? `记录 ${ticked.length} 名成员的服务时长` : '记录服务时长'}
        </Button>
      </Form>
    </div>
  );
}

/** The team's members to tick, with 全选 / 全不选; a member whose time is in the way is marked. */
function MemberPicker(props: {
  members: SectionProps['choice']['team']['members'];
  clash: string | null;
  value?: string[];
  onChange?: (value: string[]) => void;
}) {
  const { members, clash, value = [], onChange } = props;
  return (
    <div className="leader-members">
      <Space className="leader-members-all">
        <Button onClick={() => onChange?.(members.map((m) => m.volunteer.id))}>全选</Button>
        <Button onClick={() => onChange?.([])}>全不选</Button>
      </Space>
      <Checkbox.Group value={value} onChange={(v) => onChange?.(v as string[])}>
        {members.map((m) => (
          <div key={m.volunteer.id} data-volunteer-id={m.volunteer.id}>
            <Checkbox value={m.volunteer.id}>
              {m.volunteer.name}
              {m.volunteer.id === clash && <Typography.Text type="danger"> 时段冲突</Typography.Text>}
            </Checkbox>
          </div>
        ))}
      </Checkbox.Group>
    </div>
  );
}
