import { App, Button, Card, Tag, Typography } from 'antd';
import { useSignedIn } from '../../auth';
import { formatChinaTime } from '../../china-time';
import type { FieldVolunteerRecordFragment } from '../../graphql/generated';
import { removeFromOutbox, type OutboxEntry, type useOutbox } from '../outbox';
import { formatSegment, recordRefusal } from './rules';

/**
 * 待发送: what this phone recorded and the server does not have yet. Waiting entries go by
 * themselves when the network is back (重试 sends them now); an entry the server refused needs
 * the volunteer: its reason in Chinese, 修改 (into the form) or 删除.
 */
export default function OutboxSection(props: {
  outbox: ReturnType<typeof useOutbox>;
  records: readonly FieldVolunteerRecordFragment[];
  /** Opens a refused entry in the form; null where there is no form. */
  onEdit: ((entry: OutboxEntry) => void) | null;
}) {
  const { outbox, records, onEdit } = props;
  const { session } = useSignedIn();
  const { modal } = App.useApp();
  const { entries, sending, flushing, lastTry, flush } = outbox;
  if (entries.length === 0) return null;
  const waiting = entries.filter((e) => !e.refusal);
  const refused = entries.filter((e) => e.refusal);

  const remove = (entry: OutboxEntry) =>
    modal.confirm({
      title: '删除这条没发出的记录？',
      content: `${formatSegment(entry.input.startsAt, entry.input.endsAt)}，${entry.projectName}。删除后需要重新填写。`,
      okText: '删除',
      okButtonProps: { danger: true, size: 'large' },
      cancelText: '保留',
      cancelButtonProps: { size: 'large' },
      onOk: () => removeFromOutbox(session.account.id, entry.key),
    });

  return (
    <Card
      size="small"
      className="vol-card vol-outbox"
      data-testid="outbox"
      title={`待发送（${entries.length}）`}
    >
      {waiting.length > 0 && (
        <>
          <Typography.Paragraph type="secondary" className="vol-hint">
            {waiting.length} 条记录保存在这部手机上，还没有发到服务器：联网后会自动发送，不会重复。
            {lastTry && lastTry.result.waiting > 0
              ? `上次尝试 ${formatChinaTime(lastTry.at).slice(11)}，网络不通。`
              : ''}
          </Typography.Paragraph>
          <Button
            size="large"
            block
            loading={flushing}
            data-action="retry-outbox"
            onClick={() => void flush()}
          >
            立即重试发送
          </Button>
        </>
      )}
      {entries.map((entry) => {
        const why = entry.refusal ? recordRefusal(entry.refusal, records).message : null;
        return (
          <div
            key={entry.key}
            className="vol-outbox-entry"
            data-outbox-key={entry.key}
            data-state={entry.refusal ? 'refused' : sending.has(entry.key) ? 'sending' : 'waiting'}
          >
            <div className="vol-card-head">
              <Typography.Text strong>
                {formatSegment(entry.input.startsAt, entry.input.endsAt)}
              </Typography.Text>
              {entry.refusal ? (
                <Tag color="error">需处理</Tag>
              ) : sending.has(entry.key) ? (
                <Tag color="processing">发送中</Tag>
              ) : (
                <Tag color="warning">待发送</Tag>
              )}
            </div>
            <Typography.Text type="secondary">
              {entry.projectName} · {entry.postName}
            </Typography.Text>
            {why && (
              <Typography.Text type="danger" data-field="refusal">
                服务器没有接受：{why}
              </Typography.Text>
            )}
            {entry.refusal && (
              <div className="vol-pair">
                <Button size="large" danger data-action="delete-entry" onClick={() => remove(entry)}>
                  删除
                </Button>
                <Button
                  size="large"
                  data-action="edit-entry"
                  disabled={!onEdit}
                  onClick={() => onEdit?.(entry)}
                >
                  修改
                </Button>
              </div>
            )}
          </div>
        );
      })}
      {refused.length > 0 && waiting.length === 0 && (
        <Typography.Text type="secondary">需处理的记录改好后重新提交，或删除。</Typography.Text>
      )}
    </Card>
  );
}
