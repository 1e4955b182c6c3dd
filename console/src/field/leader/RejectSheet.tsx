import { useEffect, useState } from 'react';
import { Button, Drawer, Form, Input, Typography } from 'antd';
import type { SdkError } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import { describeError, formFieldOf } from '../../errors';
import type { FieldLeaderRecordFragment } from '../../graphql/generated';
import { eachLimited } from '../../pages/records/rules';
import { isSignedOutError } from '../../session';
import { describeRecord, reasonMessage, type ReviewFailure } from './rules';

/** The API's limit on a rejection reason (service-record.rules.ts MAX_REASON_LENGTH). */
const MAX_REASON = 500;
const CONCURRENCY = 3;

/**
 * 驳回: a sheet from the bottom asking why (required, at most 500 characters), then each record
 * sent back with it. The server's word on the reason stays beside the field with the sheet open;
 * other refusals are handed back to the list.
 */
export default function RejectSheet(props: {
  targets: FieldLeaderRecordFragment[] | null;
  onClose(): void;
  onDone(done: string[], failed: ReviewFailure[]): void;
}) {
  const { targets, onClose, onDone } = props;
  const { client, expired } = useSignedIn();
  const [form] = Form.useForm<{ reason: string }>();
  const [sending, setSending] = useState(false);
  /** Those still to send back: after a refusal about the reason, the ones not yet done. */
  const [pending, setPending] = useState<FieldLeaderRecordFragment[]>([]);

  useEffect(() => {
    if (targets) {
      form.resetFields();
      setPending(targets);
    }
  }, [targets, form]);

  const send = async ({ reason }: { reason: string }) => {
    if (pending.length === 0) return;
    setSending(true);
    try {
      const results = await eachLimited(pending, CONCURRENCY, (row) =>
        client.call('rejectServiceRecord', { id: row.id, reason }),
      );
      if (results.some((r) => r.status === 'rejected' && isSignedOutError(r.reason))) return expired();
      const done = pending.filter((_, i) => results[i]!.status === 'fulfilled').map((r) => r.id);
      const aboutReason = results.find(
        (r): r is PromiseRejectedResult =>
          r.status === 'rejected' && formFieldOf(r.reason, ['reason'] as const) === 'reason',
      );
      const failed = pending.flatMap((row, i) => {
        const result = results[i]!;
        if (result.status !== 'rejected') return [];
        if (formFieldOf(result.reason, ['reason'] as const) === 'reason') return [];
        return [{ row, reason: describeError(result.reason) }];
      });
      onDone(done, failed);
      if (aboutReason) {
        form.setFields([{ name: 'reason', errors: [reasonMessage(aboutReason.reason as SdkError)] }]);
        setPending(pending.filter((_, i) => results[i]!.status === 'rejected'));
        return;
      }
      onClose();
    } finally {
      setSending(false);
    }
  };

  return (
    <Drawer
      open={targets !== null}
      placement="bottom"
      size="auto"
      closable={false}
      rootClassName="leader-sheet"
      title={pending.length > 1 ? `驳回 ${pending.length} 条服务记录` : '驳回服务记录'}
      onClose={() => !sending && onClose()}
      forceRender
      footer={
        <div className="leader-pair">
          <Button size="large" disabled={sending} onClick={onClose}>
            取消
          </Button>
          <Button size="large" danger type="primary" loading={sending} onClick={() => form.submit()}>
            驳回
          </Button>
        </div>
      }
    >
      <Typography.Paragraph type="secondary">
        {pending.length === 1
          ? `${describeRecord(pending[0]!)}（${pending[0]!.project.name}）`
          : `已选 ${pending.length} 条`}
        。驳回后，队员可以修改并重新提交。
      </Typography.Paragraph>
      <Form form={form} name="reject" layout="vertical" onFinish={(v) => void send(v)}>
        <Form.Item
          label="驳回理由"
          name="reason"
          rules={[{ required: true, whitespace: true, message: '请填写驳回理由' }]}
        >
          <Input.TextArea rows={3} maxLength={MAX_REASON} showCount placeholder="告诉队员需要修改什么" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
