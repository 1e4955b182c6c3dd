import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { App, Button, Card, Empty, Tag, Typography } from 'antd';
import { useSignedIn } from '../../auth';
import { describeError } from '../../errors';
import type { ServiceRecordStatus } from '../../../../client-sdk/src';
import { labelOf, SERVICE_RECORD_STATUS_LABELS } from '../../labels';
import { formatHours } from '../../pages/records/rules';
import { isSignedOutError } from '../../session';
import { formatSegment, RECENT_DAYS, type RecordData } from './rules';

const STATUS_COLOURS: Record<ServiceRecordStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  APPROVED: 'success',
  REJECTED: 'error',
  SUPERSEDED: 'default',
};

/**
 * 我的记录: my records of the last days, newest first, each with its state (草稿, 待审核, 已审核,
 * 已退回 with the leader's reason), whether presence was confirmed, and what can be done next: a
 * draft sent for review, presence confirmed with the site's code.
 */
export default function MyRecords({ data, reload }: { data: RecordData; reload(): void }) {
  const { client, expired } = useSignedIn();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<string | null>(null);

  const submit = async (id: string) => {
    setBusy(id);
    try {
      await client.call('submitServiceRecord', { id });
      message.success('已提交，等待服务队负责人审核');
    } catch (error) {
      if (isSignedOutError(error)) return expired();
      message.error(describeError(error));
    } finally {
      setBusy(null);
      reload();
    }
  };

  return (
    <section className="vol-section" data-testid="my-records">
      <Typography.Title level={5} className="vol-heading">
        我的记录
      </Typography.Title>
      {data.records.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={`最近 ${RECENT_DAYS} 天没有服务记录。服务结束后在上面记下时长，提交后由服务队负责人审核。`}
        />
      ) : (
        data.records.map((r) => {
          const open = r.status === 'DRAFT' || r.status === 'SUBMITTED';
          return (
            <Card key={r.id} size="small" className="vol-card" data-record-id={r.id} data-status={r.status}>
              <div className="vol-card-head">
                <Typography.Text strong data-field="time">
                  {formatSegment(r.startsAt, r.endsAt)}
                </Typography.Text>
                <Tag color={STATUS_COLOURS[r.status]} data-field="status">
                  {labelOf(SERVICE_RECORD_STATUS_LABELS, r.status)}
                </Tag>
              </div>
              <Typography.Text type="secondary">
                {formatHours(r.hours)} 小时 · {r.project.name} · {r.post.name}
              </Typography.Text>
              {r.remark && <Typography.Paragraph className="vol-text">{r.remark}</Typography.Paragraph>}
              {r.status === 'REJECTED' && (
                <Typography.Text type="danger" data-field="rejection">
                  退回理由：{r.rejectionReason ?? '未说明'}。可以按理由改正后重新记录这段时间。
                </Typography.Text>
              )}
              {r.presenceConfirmedAt ? (
                <Typography.Text type="success" data-field="presence">
                  已确认到场
                </Typography.Text>
              ) : (
                open && (
                  <div className="vol-pair">
                    {r.status === 'DRAFT' ? (
                      <Button
                        size="large"
                        loading={busy === r.id}
                        disabled={busy !== null && busy !== r.id}
                        onClick={() => void submit(r.id)}
                      >
                        提交审核
                      </Button>
                    ) : (
                      <span />
                    )}
                    <Button
                      size="large"
                      data-action="presence"
                      onClick={() => navigate(`/field/record/presence?record=${r.id}`)}
                    >
                      确认到场
                    </Button>
                  </div>
                )
              )}
            </Card>
          );
        })
      )}
      {data.moreRecords && (
        <Typography.Text type="secondary">只显示最近 {RECENT_DAYS} 天中的前 100 条记录。</Typography.Text>
      )}
    </section>
  );
}
