import { useEffect, useState } from 'react';
import { Alert, Button, Drawer, Form, Input } from 'antd';
import { SdkError } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import { chinaDate } from '../../china-time';
import { describeError, formFieldOf } from '../../errors';
import type { FieldLeaderLogFragment, FieldLeaderProjectFragment } from '../../graphql/generated';
import { isSignedOutError } from '../../session';
import { lastRecordableDay, logMessage } from './rules';

/** The API's limit on an entry (service-log.rules.ts MAX_LOG_LENGTH). */
const MAX_LOG = 5000;
const FIELDS = ['loggedOn', 'content'] as const;

interface Values {
  loggedOn: string;
  content: string;
}

/**
 * 写日志 / 编辑: a sheet from the bottom with the day (China date) and the text. New entries go
 * through writeServiceLog, changes to one's own through updateServiceLog; the server's word beside
 * the field it names.
 */
export default function LogSheet(props: {
  project: FieldLeaderProjectFragment;
  entry: FieldLeaderLogFragment | 'new' | null;
  onClose(): void;
  onSaved(): void;
}) {
  const { project, entry, onClose, onSaved } = props;
  const { client, expired } = useSignedIn();
  const [form] = Form.useForm<Values>();
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  /** Kept while the sheet slides away, so its title does not change on the way out. */
  const [editingOwn, setEditingOwn] = useState(false);
  const lastDay = lastRecordableDay(project, chinaDate());

  useEffect(() => {
    if (!entry) return;
    setEditingOwn(entry !== 'new');
    setProblem(null);
    form.resetFields();
    form.setFieldsValue(
      entry === 'new'
        ? { loggedOn: lastDay, content: '' }
        : { loggedOn: entry.loggedOn, content: entry.content },
    );
  }, [entry, form, lastDay]);

  const save = async (values: Values) => {
    if (!entry) return;
    setSending(true);
    setProblem(null);
    try {
      if (entry === 'new') {
        await client.call('writeServiceLog', {
          input: { projectId: project.id, loggedOn: values.loggedOn, content: values.content },
        });
      } else {
        await client.call('updateServiceLog', {
          id: entry.id,
          input: { loggedOn: values.loggedOn, content: values.content },
        });
      }
      onSaved();
    } catch (error) {
      if (isSignedOutError(error)) return expired();
      const field = formFieldOf(error, FIELDS);
      if (field && error instanceof SdkError) form.setFields([{ name: field, errors: [logMessage(error)] }]);
      else setProblem(describeError(error));
    } finally {
      setSending(false);
    }
  };

  return (
    <Drawer
      open={entry !== null}
      placement="bottom"
      size="auto"
      closable={false}
      rootClassName="leader-sheet"
      title={editingOwn ? '编辑日志' : '写志愿服务日志'}
      onClose={() => !sending && onClose()}
      forceRender
      footer={
        <div className="leader-pair">
          <Button size="large" disabled={sending} onClick={onClose}>
            取消
          </Button>
          <Button size="large" type="primary" loading={sending} onClick={() => form.submit()}>
            保存
          </Button>
        </div>
      }
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form<Values>
        form={form}
        name="log"
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => void save(v)}
      >
        <Form.Item
          label="日期"
          name="loggedOn"
          rules={[{ required: true, message: '请选择日期' }]}
          extra={`项目期间 ${project.startsOn} 至 ${project.endsOn}，不晚于今天`}
        >
          <Input type="date" min={project.startsOn} max={lastDay} />
        </Form.Item>
        <Form.Item
          label="内容"
          name="content"
          rules={[{ required: true, whitespace: true, message: '请填写日志内容' }]}
        >
          <Input.TextArea
            rows={6}
            maxLength={MAX_LOG}
            showCount
            placeholder="今天做了什么、服务了多少人、有什么问题和下一步安排"
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
