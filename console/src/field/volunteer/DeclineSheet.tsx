import { useEffect, useState } from 'react';
import { Button, Drawer, Form, Input, Typography } from 'antd';
import { useSignedIn } from '../../auth';
import { formFieldOf } from '../../errors';
import type { FieldVolunteerAssignmentFragment } from '../../graphql/generated';
import { isSignedOutError } from '../../session';
import { answerRefusal, formatSegment } from './rules';

/** The API's limit on a decline reason (assignment.rules.ts MAX_REASON_LENGTH). */
const MAX_REASON = 500;

/**
 * 婉拒: a sheet from the bottom with an optional reason (at most 500 characters) that the
 * coordinator reads. The server's word on the reason stays beside it; any other refusal (the
 * invitation was withdrawn meanwhile) is shown and the list read again.
 */
export default function DeclineSheet(props: {
  assignment: FieldVolunteerAssignmentFragment | null;
  onClose(): void;
  onDone(title: string): void;
  onStale(reason: string): void;
}) {
  const { assignment, onClose, onDone, onStale } = props;
  const { client, expired } = useSignedIn();
  const [form] = Form.useForm<{ reason?: string }>();
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (assignment) {
      form.resetFields();
    }
  }, [assignment, form]);

  const send = async ({ reason }: { reason?: string }) => {
    if (!assignment) return;
    setSending(true);
    try {
      await client.call('respondToAssignment', {
        id: assignment.id,
        accept: false,
        reason: reason?.trim() ? reason.trim() : null,
      });
      onDone(assignment.need.title);
    } catch (error) {
      if (isSignedOutError(error)) return expired();
      if (formFieldOf(error, ['reason'] as const)) {
        form.setFields([{ name: 'reason', errors: [answerRefusal(error)] }]);
      } else {
        onStale(answerRefusal(error));
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <Drawer
      open={assignment !== null}
      placement="bottom"
      size="auto"
      closable={false}
      rootClassName="vol-sheet"
      title="婉拒邀请"
      onClose={() => !sending && onClose()}
      forceRender
      footer={
        <div className="vol-pair">
          <Button size="large" disabled={sending} onClick={onClose}>
            取消
          </Button>
          <Button
            size="large"
            danger
            type="primary"
            loading={sending}
            data-action="confirm-decline"
            onClick={() => form.submit()}
          >
            确认婉拒
          </Button>
        </div>
      }
    >
      {assignment && (
        <Typography.Paragraph type="secondary">
          {assignment.need.title}，{formatSegment(assignment.need.startsAt, assignment.need.endsAt)}
          （北京时间）。志愿服务自愿参加，婉拒后协调员会另找人选。
        </Typography.Paragraph>
      )}
      <Form form={form} name="decline" layout="vertical" onFinish={(v) => void send(v)}>
        <Form.Item label="婉拒理由（选填）" name="reason">
          <Input.TextArea
            rows={3}
            maxLength={MAX_REASON}
            showCount
            placeholder="例如：那天有课，换到周末可以参加"
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
