import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Empty, Spin, Typography } from 'antd';
import { useSignedIn } from '../../auth';
import { formatChinaTime } from '../../china-time';
import { describeError } from '../../errors';
import { FieldLeaderQueueDocument, type FieldLeaderRecordFragment } from '../../graphql/generated';
import { eachLimited, formatHours } from '../../pages/records/rules';
import { isSignedOutError } from '../../session';
import RejectSheet from './RejectSheet';
import { describeRecord, type ReviewFailure } from './rules';
import type { SectionProps } from './TeamPage';

/** Approvals are one mutation each: this many at a time, as the console's queue sends them. */
const CONCURRENCY = 3;
const PAGE = 20;

/**
 * 审核: the team's submitted records, oldest first, as cards. 通过 one, or tick several and 通过所选;
 * 驳回 asks for a reason (RejectSheet). The leader's own time is shown but not offered: the API
 * leaves it to the unit's coordinator. Whatever the server refuses is listed with its reason.
 */
export default function ApprovalsSection({ choice, volunteerId }: SectionProps) {
  const { client, expired } = useSignedIn();
  const { message } = App.useApp();
  const teamId = choice.team.id;
  const [rows, setRows] = useState<FieldLeaderRecordFragment[] | null>(null);
  const [total, setTotal] = useState(0);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState<ReviewFailure[]>([]);
  const [rejecting, setRejecting] = useState<FieldLeaderRecordFragment[] | null>(null);

  const load = useCallback(
    async (after: string | null) => {
      setLoading(true);
      try {
        const { serviceRecords } = await client.request(FieldLeaderQueueDocument, {
          teamId,
          first: PAGE,
          after,
        });
        const page = serviceRecords.edges.map((e) => e.node);
        setRows((was) => (after && was ? [...was, ...page] : page));
        setTotal(serviceRecords.totalCount);
        setNext(serviceRecords.pageInfo.hasNextPage ? serviceRecords.pageInfo.endCursor : null);
        setProblem(null);
      } catch (error) {
        if (isSignedOutError(error)) expired();
        else setProblem(describeError(error));
      } finally {
        setLoading(false);
      }
    },
    [client, expired, teamId],
  );

  useEffect(() => {
    setRows(null);
    setSelected([]);
    setFailures([]);
    void load(null);
  }, [load]);

  const reviewable = (row: FieldLeaderRecordFragment) => row.volunteerId !== volunteerId;
  const byId = new Map((rows ?? []).map((r) => [r.id, r]));
  const chosen = selected.map((id) => byId.get(id)).filter((r): r is FieldLeaderRecordFragment => !!r);
  const choosable = (rows ?? []).filter(reviewable);

  /** After a review: the ones done leave the list and the selection; the first page is read again. */
  const settle = (done: string[], failed: ReviewFailure[]) => {
    setSelected((was) => was.filter((id) => !done.includes(id)));
    setFailures(failed);
    if (done.length > 0) void load(null);
  };

  const approve = async (targets: FieldLeaderRecordFragment[]) => {
    if (targets.length === 0) return;
    setBusy(true);
    try {
      const results = await eachLimited(targets, CONCURRENCY, (row) =>
        client.call('approveServiceRecord', { id: row.id }),
      );
      if (results.some((r) => r.status === 'rejected' && isSignedOutError(r.reason))) return expired();
      const done = targets.filter((_, i) => results[i]!.status === 'fulfilled').map((r) => r.id);
      const failed = targets.flatMap((row, i) => {
        const result = results[i]!;
        return result.status === 'rejected' ? [{ row, reason: describeError(result.reason) }] : [];
      });
      settle(done, failed);
      if (failed.length === 0) message.success(`已通过 ${done.length} 条服务记录`);
      else if (done.length > 0) message.warning(`已通过 ${done.length} 条，${failed.length} 条未通过`);
      else message.error(`${failed.length} 条服务记录未通过`);
    } finally {
      setBusy(false);
    }
  };

  const toggle = (id: string, on: boolean) =>
    setSelected((was) => (on ? [...new Set([...was, id])] : was.filter((x) => x !== id)));

  if (!rows) {
    return problem ? (
      <Alert
        type="error"
        showIcon
        title={problem}
        action={<Button onClick={() => void load(null)}>重试</Button>}
      />
    ) : (
      <Spin style={{ display: 'block', margin: '48px auto' }} />
    );
  }

  return (
    <div className="leader-section" data-testid="approvals">
      {problem && <Alert type="error" showIcon title={problem} />}
      {failures.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="failures"
          title={`${failures.length} 条服务记录未能处理`}
          description={
            <ul className="leader-failures">
              {failures.map((f) => (
                <li key={f.row.id} data-record-id={f.row.id}>
                  {describeRecord(f.row)}：{f.reason}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {rows.length === 0 ? (
        <Empty
          description={`${choice.team.name}没有待审核的服务记录。队员提交服务时长后会出现在这里；也可以在“批量记录”中为队员记录一次服务。`}
        >
          <Button loading={loading} onClick={() => void load(null)}>
            刷新
          </Button>
        </Empty>
      ) : (
        <>
          <div className="leader-bulk" data-testid="bulk-actions">
            <Checkbox
              checked={choosable.length > 0 && chosen.length === choosable.length}
              indeterminate={chosen.length > 0 && chosen.length < choosable.length}
              disabled={choosable.length === 0 || busy}
              onChange={(e) => setSelected(e.target.checked ? choosable.map((r) => r.id) : [])}
            >
              {chosen.length > 0 ? `已选 ${chosen.length} 条` : `待审核 ${total} 条`}
            </Checkbox>
            <Button
              type="primary"
              data-action="approve-selected"
              disabled={chosen.length === 0 || busy}
              loading={busy && !rejecting}
              onClick={() => void approve(chosen)}
            >
              通过所选
            </Button>
            <Button
              danger
              data-action="reject-selected"
              disabled={chosen.length === 0 || busy}
              onClick={() => setRejecting(chosen)}
            >
              驳回
            </Button>
          </div>
          {rows.map((row) => (
            <RecordCard
              key={row.id}
              row={row}
              own={!reviewable(row)}
              checked={selected.includes(row.id)}
              busy={busy}
              onCheck={(on) => toggle(row.id, on)}
              onApprove={() => void approve([row])}
              onReject={() => setRejecting([row])}
            />
          ))}
          {next && (
            <Button block size="large" loading={loading} onClick={() => void load(next)}>
              加载更多（还有 {total - rows.length} 条）
            </Button>
          )}
        </>
      )}
      <RejectSheet
        targets={rejecting}
        onClose={() => setRejecting(null)}
        onDone={(done, failed) => {
          settle(done, failed);
          if (done.length > 0) message.success(`已驳回 ${done.length} 条服务记录`);
        }}
      />
    </div>
  );
}

function RecordCard(props: {
  row: FieldLeaderRecordFragment;
  own: boolean;
  checked: boolean;
  busy: boolean;
  onCheck(on: boolean): void;
  onApprove(): void;
  onReject(): void;
}) {
  const { row, own, checked, busy } = props;
  const name = row.volunteer?.name ?? `志愿者 ${row.volunteerId}`;
  return (
    <Card size="small" className="leader-card" data-record-id={row.id}>
      <div className="leader-card-head">
        <Checkbox
          checked={checked}
          disabled={own || busy}
          onChange={(e) => props.onCheck(e.target.checked)}
          aria-label={`选择 ${describeRecord(row)}`}
        >
          <Typography.Text strong data-field="volunteer">
            {name}
          </Typography.Text>
        </Checkbox>
        <Typography.Text strong data-field="hours">
          {formatHours(row.hours)} 小时
        </Typography.Text>
      </div>
      <div data-field="project">
        {row.project.name} · <span data-field="post">{row.post.name}</span>
      </div>
      <div>
        <time dateTime={row.startsAt} data-field="date">
          {formatChinaTime(row.startsAt).slice(0, 10)}
        </time>{' '}
        <span data-field="slot">
          {formatChinaTime(row.startsAt).slice(11)}–{formatChinaTime(row.endsAt).slice(11)}
        </span>
        <Typography.Text type="secondary">（北京时间）</Typography.Text>
      </div>
      {row.remark && (
        <Typography.Paragraph type="secondary" className="leader-text" data-field="remark">
          {row.remark}
        </Typography.Paragraph>
      )}
      {own ? (
        <Typography.Text type="secondary">本人的服务记录，由单位协调员审核。</Typography.Text>
      ) : (
        <div className="leader-pair">
          <Button
            size="large"
            type="primary"
            ghost
            data-action="approve"
            disabled={busy}
            onClick={props.onApprove}
          >
            通过
          </Button>
          <Button size="large" danger data-action="reject" disabled={busy} onClick={props.onReject}>
            驳回
          </Button>
        </div>
      )}
    </Card>
  );
}
