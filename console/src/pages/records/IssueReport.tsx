import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Drawer, Empty, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useSignedIn } from '../../auth';
import { chinaDate } from '../../china-time';
import { describeError } from '../../errors';
import { ExportIssueRecordsDocument, ExportIssuesDocument } from '../../graphql/generated';
import { ARCHIVE_RULE_LABELS, labelOf } from '../../labels';
import { fixLink, type Issue, type RecordOf } from './fix-link';

export type { Issue };
import { isSignedOutError } from '../../session';

/** The records one request may name (the API's limit). */
const SHOWN = 100;

/**
 * 校验报告 as a table: each rule broken in Chinese, the volunteer, day and project of the record, and a
 * link to where it is put right. The records are read in one request (the first 100 shown; the
 * report file has every line).
 */
export function IssueReport({ issues, total }: { issues: readonly Issue[]; total: number }) {
  const { client, expired } = useSignedIn();
  const shown = useMemo(() => issues.slice(0, SHOWN), [issues]);
  const ids = useMemo(() => [...new Set(shown.map((i) => i.serviceRecordId))].slice(0, SHOWN), [shown]);
  const [records, setRecords] = useState<Map<string, RecordOf> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setRecords(null);
    if (ids.length === 0) {
      setRecords(new Map());
      return;
    }
    client
      .request(ExportIssueRecordsDocument, { ids })
      .then(({ serviceRecords }) => {
        if (current) setRecords(new Map(serviceRecords.edges.map(({ node }) => [node.id, node])));
      })
      .catch((error: unknown) => {
        if (!current) return;
        if (isSignedOutError(error)) expired();
        else setProblem(describeError(error));
      });
    return () => {
      current = false;
    };
  }, [client, expired, ids]);

  const columns: ColumnsType<Issue & { key: string }> = [
    {
      title: '问题',
      key: 'rule',
      render: (_, issue) => (
        <Space orientation="vertical" size={0}>
          <span data-field="rule" data-rule={issue.rule}>
            {labelOf(ARCHIVE_RULE_LABELS, issue.rule)}
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {issue.columnName} · {issue.message}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '志愿者',
      key: 'volunteer',
      width: 140,
      render: (_, issue) => {
        const volunteer = records?.get(issue.serviceRecordId)?.volunteer;
        return volunteer ? `${volunteer.name}（${volunteer.volunteerNumber}）` : '—';
      },
    },
    {
      title: '服务日期',
      key: 'day',
      width: 110,
      render: (_, issue) => {
        const record = records?.get(issue.serviceRecordId);
        return record ? chinaDate(new Date(record.startsAt)) : '—';
      },
    },
    {
      title: '项目',
      key: 'project',
      render: (_, issue) => records?.get(issue.serviceRecordId)?.project.name ?? '—',
    },
    {
      title: '操作',
      key: 'fix',
      width: 130,
      render: (_, issue) => {
        const link = fixLink(issue, records?.get(issue.serviceRecordId));
        return link ? (
          <Link to={link.to} data-action="fix">
            {link.label}
          </Link>
        ) : null;
      },
    },
  ];

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="issue-report">
      {problem && <Alert type="error" showIcon title={`记录信息未能读取：${problem}`} />}
      {total > shown.length && (
        <Typography.Text type="secondary">
          共 {total} 条问题，这里列出前 {shown.length} 条；其余见“校验报告 CSV”。
        </Typography.Text>
      )}
      <Table
        rowKey="key"
        size="small"
        loading={records === null && !problem}
        columns={columns}
        dataSource={shown.map((issue, i) => ({
          ...issue,
          key: `${issue.serviceRecordId}-${issue.rule}-${i}`,
        }))}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description="没有未通过校验的记录。" /> }}
      />
    </Space>
  );
}

/** A batch's 校验报告 in a drawer, read when opened. */
export function IssueDrawer({ batchId, onClose }: { batchId: string | null; onClose: () => void }) {
  const { client, expired } = useSignedIn();
  const [loaded, setLoaded] = useState<{ id: string; issues: Issue[]; total: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!batchId) return;
    let current = true;
    setProblem(null);
    client
      .request(ExportIssuesDocument, { id: batchId })
      .then(({ archiveExport }) => {
        if (!current) return;
        if (!archiveExport) setProblem('没有这个批次，或您无权查看。');
        else setLoaded({ id: batchId, issues: archiveExport.issues, total: archiveExport.issueCount });
      })
      .catch((error: unknown) => {
        if (!current) return;
        if (isSignedOutError(error)) expired();
        else setProblem(describeError(error));
      });
    return () => {
      current = false;
    };
  }, [batchId, client, expired]);

  const report = loaded && loaded.id === batchId ? loaded : null;
  return (
    <Drawer
      open={batchId !== null}
      onClose={onClose}
      size="large"
      title={
        <Space>
          校验报告
          {batchId && <Tag>批次 {batchId}</Tag>}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        这些记录不符合全国系统的规则，没有导出。按“操作”中的链接改正后，下一次导出会包含它们。
      </Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} />}
      {report ? <IssueReport issues={report.issues} total={report.total} /> : !problem && <Table loading />}
    </Drawer>
  );
}
