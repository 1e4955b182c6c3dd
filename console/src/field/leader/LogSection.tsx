import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Empty, Spin, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useSignedIn } from '../../auth';
import { formatChinaTime } from '../../china-time';
import { describeError } from '../../errors';
import {
  FieldLeaderLogsDocument,
  type FieldLeaderLogFragment,
  type FieldLeaderLogsQuery,
} from '../../graphql/generated';
import { isSignedOutError } from '../../session';
import LogSheet from './LogSheet';
import type { SectionProps } from './TeamPage';

/** The API's largest page; a project's log rarely needs a second one. */
const PAGE = 100;

/** Newest day first, and on one day the entry written last first. */
function newestFirst(a: FieldLeaderLogFragment, b: FieldLeaderLogFragment): number {
  return b.loggedOn.localeCompare(a.loggedOn) || Number(b.id) - Number(a.id);
}

/**
 * 日志: the project's 志愿服务日志, newest first (the API lists them in the order written, so the
 * whole log is read and turned round). 写日志 adds an entry (a China date within the project, not
 * after today; up to 5,000 characters); the leader's own entries have 编辑.
 */
export default function LogSection({ choice, accountId, volunteerId }: SectionProps) {
  const { client, expired } = useSignedIn();
  const { project } = choice;
  const [logs, setLogs] = useState<FieldLeaderLogFragment[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  /** The entry being edited, `'new'` for a new one, null when the sheet is shut. */
  const [editing, setEditing] = useState<FieldLeaderLogFragment | 'new' | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const all: FieldLeaderLogFragment[] = [];
      let after: string | null = null;
      do {
        // Typed: `after` feeds the next request, which TypeScript cannot infer round the loop.
        const { serviceLogs }: FieldLeaderLogsQuery = await client.request(FieldLeaderLogsDocument, {
          projectId: project.id,
          first: PAGE,
          after,
        });
        all.push(...serviceLogs.edges.map((e) => e.node));
        after = serviceLogs.pageInfo.hasNextPage ? serviceLogs.pageInfo.endCursor : null;
      } while (after);
      setLogs(all.sort(newestFirst));
      setProblem(null);
    } catch (error) {
      if (isSignedOutError(error)) expired();
      else setProblem(describeError(error));
    } finally {
      setLoading(false);
    }
  }, [client, expired, project.id]);

  useEffect(() => {
    setLogs(null);
    void load();
  }, [load]);

  const mine = (log: FieldLeaderLogFragment) =>
    log.authorAccountId === accountId || (log.authorId !== null && log.authorId === volunteerId);

  return (
    <div className="leader-section" data-testid="logs">
      <Button
        type="primary"
        size="large"
        block
        icon={<PlusOutlined />}
        data-action="write-log"
        onClick={() => setEditing('new')}
      >
        写日志
      </Button>
      {problem && (
        <Alert
          type="error"
          showIcon
          title={problem}
          action={<Button onClick={() => void load()}>重试</Button>}
        />
      )}
      {!logs ? (
        !problem && <Spin style={{ display: 'block', margin: '48px auto' }} />
      ) : logs.length === 0 ? (
        <Empty description="这个项目还没有志愿服务日志。每次服务后点“写日志”，记下做了什么、服务了多少人、遇到什么问题。">
          <Button loading={loading} onClick={() => void load()}>
            刷新
          </Button>
        </Empty>
      ) : (
        logs.map((log) => (
          <Card
            key={log.id}
            size="small"
            className="leader-card"
            data-log-id={log.id}
            title={
              <time dateTime={log.loggedOn} data-field="loggedOn">
                {log.loggedOn}
              </time>
            }
            extra={
              mine(log) && (
                <Button
                  type="text"
                  icon={<EditOutlined />}
                  data-action="edit-log"
                  aria-label={`编辑 ${log.loggedOn} 的日志`}
                  onClick={() => setEditing(log)}
                >
                  编辑
                </Button>
              )
            }
          >
            <Typography.Paragraph className="leader-text" data-field="content">
              {log.content}
            </Typography.Paragraph>
            <Typography.Text type="secondary">
              {log.authorName || '系统'} · 写于 {formatChinaTime(log.createdAt)}
              {log.updatedAt !== log.createdAt && `，改于 ${formatChinaTime(log.updatedAt)}`}
            </Typography.Text>
          </Card>
        ))
      )}
      <LogSheet
        project={project}
        entry={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void load();
        }}
      />
    </div>
  );
}
