import { useCallback, useEffect, useMemo, useState } from 'react';
import { Navigate, Route, Routes, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Empty, Spin } from 'antd';
import { useSignedIn } from '../../auth';
import { describeError } from '../../errors';
import { FieldVolunteerProjectsDocument, FieldVolunteerRecordsDocument } from '../../graphql/generated';
import { isSignedOutError } from '../../session';
import { useOutbox, type OutboxEntry } from '../outbox';
import MyRecords from './MyRecords';
import OutboxSection from './OutboxSection';
import PresencePage from './PresencePage';
import RecordForm from './RecordForm';
import { daysAgo, myProjects, RECENT_DAYS, takesRecords, type RecordData } from './rules';
import './volunteer.css';

/**
 * 记录 (/field/record): record a segment of service (project, post, China date, start and end)
 * with the rules said before sending; what was recorded without a network waits on the phone
 * (待发送) and goes when the network is back; my recent records and their states. Its sub-page
 * `presence` (/field/record/presence?code=…, the address the site's QR code holds) confirms
 * presence with the site's 服务码. Two requests: my teams' projects, then my recent records.
 */
export default function RecordPage() {
  const { session, client, expired } = useSignedIn();
  const [data, setData] = useState<RecordData | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const outbox = useOutbox(client, session.account.id, expired, reload);

  useEffect(() => {
    let current = true;
    (async () => {
      const { me } = await client.request(FieldVolunteerProjectsDocument, {});
      if (!me.volunteerId) {
        const none: RecordData = { volunteerId: '', projects: [], records: [], moreRecords: false };
        return none;
      }
      const { serviceRecords } = await client.request(FieldVolunteerRecordsDocument, {
        volunteerId: me.volunteerId,
        from: daysAgo(RECENT_DAYS),
      });
      const records = serviceRecords.edges
        .map((e) => e.node)
        .sort((a, b) => b.startsAt.localeCompare(a.startsAt) || Number(b.id) - Number(a.id));
      return {
        volunteerId: me.volunteerId,
        projects: myProjects(me.volunteer).filter((p) => takesRecords(p.project.status)),
        records,
        moreRecords: serviceRecords.totalCount > records.length,
      };
    })()
      .then((loaded) => {
        if (!current) return;
        setData(loaded);
        setProblem(null);
      })
      .catch((error: unknown) => {
        if (!current) return;
        if (isSignedOutError(error)) expired();
        else setProblem(describeError(error));
      });
    return () => {
      current = false;
    };
  }, [client, expired, attempt]);

  if (problem && !data) {
    return (
      <div className="vol">
        <Alert
          type="error"
          showIcon
          title="记录页没有读到"
          description={problem}
          action={<Button onClick={reload}>重试</Button>}
        />
        {/* What waits on the phone is shown even when nothing else could be read. */}
        <OutboxSection outbox={outbox} records={[]} onEdit={null} />
      </div>
    );
  }
  if (!data) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!data.volunteerId) {
    return <Empty description="这个账号没有对应的志愿者信息，请联系单位协调员。" />;
  }

  return (
    <Routes>
      <Route index element={<RecordHome data={data} outbox={outbox} problem={problem} reload={reload} />} />
      <Route
        path="presence"
        element={
          <PresencePage data={data} waiting={outbox.entries.filter((e) => !e.refusal)} reload={reload} />
        }
      />
      <Route path="*" element={<Navigate to="/field/record" replace />} />
    </Routes>
  );
}

function RecordHome(props: {
  data: RecordData;
  outbox: ReturnType<typeof useOutbox>;
  problem: string | null;
  reload(): void;
}) {
  const { data, outbox, problem, reload } = props;
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [editing, setEditing] = useState<OutboxEntry | null>(null);
  const wanted = params.get('project');
  const initialProject = useMemo(
    () => data.projects.find((p) => p.project.id === wanted)?.project.id ?? data.projects[0]?.project.id,
    [data.projects, wanted],
  );

  return (
    <div className="vol" data-testid="record">
      {problem && (
        <Alert
          type="warning"
          showIcon
          title="记录列表没有刷新（网络不通？）"
          description={problem}
          action={<Button onClick={reload}>重试</Button>}
        />
      )}
      <OutboxSection outbox={outbox} records={data.records} onEdit={setEditing} />
      {data.projects.length === 0 ? (
        <Empty
          data-testid="no-projects"
          description="你所在的服务队还没有进行中的服务项目。项目开始（进行中）后才能记录服务时长，请联系服务队负责人。"
        />
      ) : (
        <RecordForm
          projects={data.projects}
          records={data.records}
          initialProject={initialProject}
          editing={editing}
          onEdited={() => setEditing(null)}
          onSent={reload}
        />
      )}
      <Button
        size="large"
        block
        data-action="open-presence"
        onClick={() => navigate('/field/record/presence')}
      >
        输入服务码确认到场
      </Button>
      <MyRecords data={data} reload={reload} />
    </div>
  );
}
