import { useState } from 'react';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Form, Input, Typography } from 'antd';
import { SdkError } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import { chinaWallClockToIso, formatChinaTime } from '../../china-time';
import { describeError } from '../../errors';
import type { FieldVolunteerMeQuery } from '../../graphql/generated';
import { volunteerProblemMessage } from '../../pages/volunteers/rules';
import { isSignedOutError } from '../../session';
import { formatSegment } from './rules';

type Volunteer = NonNullable<FieldVolunteerMeQuery['me']['volunteer']>;

interface Window {
  /** `2025-06-01T08:00` as the phone's date-time picker gives it, read as China time. */
  start?: string;
  end?: string;
}

/** The API keeps at most this many windows (volunteer.rules.ts MAX_WINDOWS). */
const MAX_WINDOWS = 50;

const toInput = (iso: string) => formatChinaTime(iso).replace(' ', 'T');

/**
 * 可服务时间: the periods I said I am free (matching proposes people in them), in China time.
 * 编辑 lists them with the phone's own date-time pickers, 添加时段 and 删除; 保存 replaces the
 * whole list (updateVolunteer's `availability`).
 */
export default function MeAvailability({ volunteer, onSaved }: { volunteer: Volunteer; onSaved(): void }) {
  const { client, expired } = useSignedIn();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ windows: Window[] }>();
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const windows = [...volunteer.availability].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const now = new Date().toISOString();

  const open = () => {
    form.setFieldsValue({
      windows: windows.map((w) => ({ start: toInput(w.startsAt), end: toInput(w.endsAt) })),
    });
    setProblem(null);
    setEditing(true);
  };

  const save = async ({ windows: typed }: { windows?: Window[] }) => {
    setSaving(true);
    setProblem(null);
    try {
      await client.call('updateVolunteer', {
        id: volunteer.id,
        input: {
          availability: (typed ?? []).map((w) => ({
            startsAt: chinaWallClockToIso(w.start!),
            endsAt: chinaWallClockToIso(w.end!),
          })),
        },
      });
      message.success('可服务时间已保存');
      setEditing(false);
      onSaved();
    } catch (error) {
      if (isSignedOutError(error)) return expired();
      const at =
        error instanceof SdkError
          ? /^(?:input\.)?availability\[(\d+)\]\.(startsAt|endsAt)$/.exec(error.field ?? '')
          : null;
      if (error instanceof SdkError && at) {
        const name: ['windows', number, 'start' | 'end'] = [
          'windows',
          Number(at[1]),
          at[2] === 'startsAt' ? 'start' : 'end',
        ];
        const text = /must be after/.test(error.message)
          ? '结束须晚于开始'
          : volunteerProblemMessage(error.field, error.message, error.code);
        form.setFields([{ name, errors: [text] }]);
      } else {
        setProblem(describeError(error));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      size="small"
      className="vol-card"
      title="可服务时间（北京时间）"
      data-testid="availability"
      extra={
        !editing && (
          <Button size="large" type="link" data-action="edit-availability" onClick={open}>
            编辑
          </Button>
        )
      }
    >
      {!editing ? (
        windows.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description="还没有填写可服务时间。填写后，协调员匹配服务需求时会优先考虑你有空的时段。"
          />
        ) : (
          windows.map((w) => (
            <Typography.Text key={w.id} type={w.endsAt < now ? 'secondary' : undefined} data-field="window">
              {formatSegment(w.startsAt, w.endsAt)}
              {w.endsAt < now ? '（已过）' : ''}
            </Typography.Text>
          ))
        )
      ) : (
        <Form form={form} name="availability" layout="vertical" onFinish={(v) => void save(v)}>
          {problem && <Alert type="error" showIcon title={problem} />}
          <Form.List name="windows">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <div key={field.key} className="vol-window" data-window={index}>
                    <Form.Item
                      label={`时段 ${index + 1} 开始`}
                      name={[field.name, 'start']}
                      rules={[{ required: true, message: '请选择开始时间' }]}
                    >
                      <Input type="datetime-local" />
                    </Form.Item>
                    <Form.Item
                      label="结束"
                      name={[field.name, 'end']}
                      dependencies={[['windows', field.name, 'start']]}
                      rules={[
                        { required: true, message: '请选择结束时间' },
                        ({ getFieldValue }) => ({
                          validator: (_, value: string | undefined) => {
                            const start = getFieldValue(['windows', field.name, 'start']) as
                              string | undefined;
                            return !value || !start || value > start
                              ? Promise.resolve()
                              : Promise.reject(new Error('结束须晚于开始'));
                          },
                        }),
                      ]}
                    >
                      <Input type="datetime-local" />
                    </Form.Item>
                    <Button size="large" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)}>
                      删除这个时段
                    </Button>
                  </div>
                ))}
                <Button
                  size="large"
                  block
                  icon={<PlusOutlined />}
                  disabled={fields.length >= MAX_WINDOWS}
                  data-action="add-window"
                  onClick={() => add({})}
                >
                  添加时段
                </Button>
              </>
            )}
          </Form.List>
          <div className="vol-pair vol-below">
            <Button size="large" disabled={saving} onClick={() => setEditing(false)}>
              取消
            </Button>
            <Button
              size="large"
              type="primary"
              htmlType="submit"
              loading={saving}
              data-action="save-availability"
            >
              保存
            </Button>
          </div>
        </Form>
      )}
    </Card>
  );
}
