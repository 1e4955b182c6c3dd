import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useSignedIn } from '../../auth';
import { chinaDate, chinaWallClockToIso, formatChinaTime } from '../../china-time';
import type { FieldVolunteerRecordFragment } from '../../graphql/generated';
import { formatHours } from '../../pages/records/rules';
import { isSignedOutError } from '../../session';
import { addToOutbox, newIdempotencyKey, removeFromOutbox, sendEntry, type OutboxEntry } from '../outbox';
import {
  MAX_REMARK,
  recordRefusal,
  recordRefusalOf,
  segmentProblems,
  type FieldProblem,
  type MyProject,
  type RecordValues,
} from './rules';

/**
 * One segment of my service: project, post, China date, start and end (the phone's own date and
 * time pickers; read as China time whatever the phone's zone), an optional note. The rules are
 * said before sending and checked as far as the phone can; the server's refusal goes beside the
 * field it names. The entry is kept on the phone before it is sent, so a lost network keeps it
 * (待发送) rather than losing it.
 */
export default function RecordForm(props: {
  projects: MyProject[];
  records: FieldVolunteerRecordFragment[];
  initialProject: string | undefined;
  /** An entry of the outbox the server refused, opened to be mended. */
  editing: OutboxEntry | null;
  onEdited(): void;
  onSent(): void;
}) {
  const { projects, records, initialProject, editing, onEdited, onSent } = props;
  const { session, client, expired } = useSignedIn();
  const { message } = App.useApp();
  const [form] = Form.useForm<RecordValues>();
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const today = chinaDate();
  const projectId = Form.useWatch('projectId', form) ?? initialProject;
  const chosen = projects.find((p) => p.project.id === projectId)?.project ?? null;
  const lastDay = chosen && chosen.endsOn < today ? chosen.endsOn : today;

  // A post preselected when the project has one; the date stays inside the project.
  useEffect(() => {
    if (!chosen) return;
    const post = form.getFieldValue('postId') as string | undefined;
    if (!chosen.posts.some((p) => p.id === post)) {
      form.setFieldValue('postId', chosen.posts.length === 1 ? chosen.posts[0]!.id : undefined);
    }
    const date = form.getFieldValue('date') as string | undefined;
    if (!date || date > lastDay || date < chosen.startsOn) form.setFieldValue('date', lastDay);
  }, [chosen, lastDay, form]);

  useEffect(() => {
    if (!editing) return;
    const start = formatChinaTime(editing.input.startsAt);
    const end = formatChinaTime(editing.input.endsAt);
    form.setFieldsValue({
      projectId: editing.input.projectId,
      postId: editing.input.postId,
      date: start.slice(0, 10),
      start: start.slice(11),
      end: end.slice(11),
      remark: editing.input.remark ?? '',
    });
    if (editing.refusal) show(recordRefusal(editing.refusal, records));
    form.scrollToField('projectId');
    // Only when another entry is opened: the list changing under it must not reset what is typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editing, form]);

  const show = (p: FieldProblem) => {
    if (p.field) {
      form.setFields([{ name: p.field, errors: [p.message] }]);
      form.scrollToField(p.field);
    } else {
      setProblem(p.message);
    }
  };

  const submit = async (values: RecordValues) => {
    setProblem(null);
    const project = projects.find((p) => p.project.id === values.projectId)?.project;
    const post = project?.posts.find((p) => p.id === values.postId);
    if (!project || !post || !values.date || !values.start || !values.end) return;
    const [first] = segmentProblems(
      { date: values.date, start: values.start, end: values.end },
      project,
      new Date(),
    );
    if (first) return show(first);
    const entry: OutboxEntry = {
      key: newIdempotencyKey(),
      input: {
        projectId: project.id,
        postId: post.id,
        startsAt: chinaWallClockToIso(`${values.date} ${values.start}`),
        endsAt: chinaWallClockToIso(`${values.date} ${values.end}`),
        remark: values.remark?.trim() ? values.remark.trim() : null,
      },
      projectName: project.name,
      postName: post.name,
      savedAt: new Date().toISOString(),
      refusal: null,
    };
    const accountId = session.account.id;
    let kept = true;
    try {
      addToOutbox(accountId, entry);
    } catch {
      // Storage refused (full, private mode): send all the same, only it cannot wait offline.
      kept = false;
    }
    setSending(true);
    try {
      const outcome = await sendEntry(client, accountId, entry, { refused: 'drop' });
      if (outcome.kind === 'refused') {
        removeFromOutbox(accountId, entry.key);
        return show(recordRefusalOf(outcome.error, records));
      }
      if (editing) {
        removeFromOutbox(accountId, editing.key);
        onEdited();
      }
      form.setFieldsValue({ start: undefined, end: undefined, remark: undefined });
      if (outcome.kind === 'sent') {
        message.success(`已提交 ${formatHours(outcome.record.hours)} 小时，等待服务队负责人审核`);
        onSent();
      } else if (isSignedOutError(outcome.error)) {
        message.warning('登录已失效：这条记录保存在手机上，重新登录后自动发送');
        expired();
      } else if (kept) {
        message.warning('网络不通：这条记录已保存在手机上（待发送），联网后自动发送');
      } else {
        removeFromOutbox(accountId, entry.key);
        setProblem('网络不通，手机也无法暂存这条记录：请联网后再提交');
      }
    } finally {
      setSending(false);
    }
  };

  const required = (what: string) => [{ required: true, message: `请${what}` }];

  return (
    <Card size="small" className="vol-card" title="记录服务时长" data-testid="record-form">
      <Alert
        type="info"
        className="vol-rules"
        title="记录前请看"
        description={
          <ul className="vol-rule-list" data-testid="record-rules">
            <li>只记实际服务的时间，不含往返交通；时间按北京时间填写。</li>
            <li>开始和结束须在同一天内，跨过午夜请分两条记录；至少 1 分钟。</li>
            <li>服务结束后才能记录，不能填将来的时间；日期须在项目期间内。</li>
            <li>不能与你已有的记录（草稿、待审核、已审核）时间重叠。</li>
            <li>提交后由服务队负责人审核，审核通过才计入服务时长。</li>
          </ul>
        }
      />
      {problem && <Alert type="error" showIcon title={problem} data-testid="record-problem" />}
      <Form
        form={form}
        name="record"
        layout="vertical"
        requiredMark={false}
        initialValues={{ projectId: initialProject, date: lastDay }}
        onFinish={(v) => void submit(v)}
        onValuesChange={() => setProblem(null)}
      >
        <Form.Item label="服务项目" name="projectId" rules={required('选择服务项目')}>
          <Select
            aria-label="服务项目"
            classNames={{ popup: { root: 'vol-popup' } }}
            options={projects.map(({ project, teamName }) => ({
              value: project.id,
              label: project.name,
              title: `${teamName} · ${project.site.name}`,
            }))}
          />
        </Form.Item>
        {chosen && (
          <Typography.Paragraph type="secondary" className="vol-hint">
            {chosen.site.name} · 项目期间 {chosen.startsOn} 至 {chosen.endsOn}
          </Typography.Paragraph>
        )}
        <Form.Item label="岗位" name="postId" rules={required('选择岗位')}>
          <Select
            aria-label="岗位"
            classNames={{ popup: { root: 'vol-popup' } }}
            options={(chosen?.posts ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        <Form.Item label="服务日期（北京时间）" name="date" rules={required('选择日期')}>
          <Input type="date" min={chosen?.startsOn} max={lastDay} />
        </Form.Item>
        <div className="vol-pair">
          <Form.Item label="开始时间" name="start" rules={required('填写开始时间')}>
            <Input type="time" />
          </Form.Item>
          <Form.Item label="结束时间" name="end" rules={required('填写结束时间')}>
            <Input type="time" />
          </Form.Item>
        </div>
        <Form.Item label="服务内容（选填）" name="remark">
          <Input.TextArea
            rows={2}
            maxLength={MAX_REMARK}
            showCount
            placeholder="例如：为三年级学生辅导数学"
          />
        </Form.Item>
        <Button type="primary" size="large" block htmlType="submit" loading={sending} data-action="record">
          {editing ? '改好了，重新提交' : '提交审核'}
        </Button>
        {editing && (
          <Button size="large" block className="vol-below" onClick={onEdited} disabled={sending}>
            不改了
          </Button>
        )}
      </Form>
    </Card>
  );
}
