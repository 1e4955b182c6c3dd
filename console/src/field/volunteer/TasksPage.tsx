import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Alert, App, Button, Card, Empty, Spin, Tag, Typography } from 'antd';
import { useSignedIn } from '../../auth';
import { describeError } from '../../errors';
import {
  FieldVolunteerAcceptedMoreDocument,
  FieldVolunteerTasksDocument,
  type FieldVolunteerAssignmentFragment,
  type FieldVolunteerTasksQuery,
} from '../../graphql/generated';
import {
  ASSIGNMENT_STATUS_LABELS,
  labelOf,
  SERVICE_CATEGORY_LABELS,
  SERVICE_PROJECT_STATUS_LABELS,
} from '../../labels';
import { isSignedOutError } from '../../session';
import { useOutbox } from '../outbox';
import DeclineSheet from './DeclineSheet';
import { answerRefusal, formatSegment, myProjects, type MyProject } from './rules';
import { SiteContact } from './SiteContact';
import './volunteer.css';

type Assignment = FieldVolunteerAssignmentFragment;

interface Tasks {
  volunteerId: string | null;
  /** Waiting for my answer: confirmed ones (accept or decline), proposed ones (decline only). */
  toAnswer: Assignment[];
  /** Accepted, not over yet, soonest first. */
  upcoming: Assignment[];
  projects: MyProject[];
}

async function loadTasks(client: ReturnType<typeof useSignedIn>['client']): Promise<Tasks> {
  const data: FieldVolunteerTasksQuery = await client.request(FieldVolunteerTasksDocument, {});
  const accepted = data.accepted.edges.map((e) => e.node);
  // Past years' accepted service comes first in the API's order: read on until today's is in.
  let page = data.accepted.pageInfo;
  while (page.hasNextPage && accepted.length < 1000) {
    const more = await client.request(FieldVolunteerAcceptedMoreDocument, { after: page.endCursor });
    accepted.push(...more.myAssignments.edges.map((e) => e.node));
    page = more.myAssignments.pageInfo;
  }
  const now = Date.now();
  const byStart = (a: Assignment, b: Assignment) => a.need.startsAt.localeCompare(b.need.startsAt);
  return {
    volunteerId: data.me.volunteerId,
    toAnswer: [...data.confirmed.edges, ...data.proposed.edges].map((e) => e.node).sort(byStart),
    upcoming: accepted.filter((a) => Date.parse(a.need.endsAt) > now).sort(byStart),
    projects: myProjects(data.me.volunteer).filter(
      (p) => p.project.status === 'ACTIVE' || p.project.status === 'PLANNED',
    ),
  };
}

/**
 * 任务 (/field/tasks), the volunteer's first tab: the invitations waiting for their answer (接受, or
 * 婉拒 with an optional reason — service is voluntary), the service they accepted that is still
 * ahead with its place, time and the site's contact to call, and the projects their teams run.
 * Live: the API's assignmentChanged subscription (their own) reads the list again when a
 * coordinator proposes, confirms or withdraws; every answer reads it again too.
 */
export default function TasksPage() {
  const { session, client, expired } = useSignedIn();
  const { message } = App.useApp();
  const [tasks, setTasks] = useState<Tasks | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState<string | null>(null);
  const [declining, setDeclining] = useState<Assignment | null>(null);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  // Entries recorded without a network are sent from whichever tab is open.
  useOutbox(client, session.account.id, expired);

  useEffect(() => {
    let current = true;
    loadTasks(client)
      .then((loaded) => {
        if (!current) return;
        setTasks(loaded);
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

  useAssignmentEvents(client, reload);

  const accept = async (assignment: Assignment) => {
    setBusy(assignment.id);
    try {
      await client.call('respondToAssignment', { id: assignment.id, accept: true });
      message.success(`已接受：${assignment.need.title}。请按时到达服务地点`);
    } catch (error) {
      if (isSignedOutError(error)) return expired();
      message.error(answerRefusal(error));
    } finally {
      setBusy(null);
      reload();
    }
  };

  if (problem && !tasks) {
    return (
      <Alert
        type="error"
        showIcon
        title="任务没有读到"
        description={problem}
        action={<Button onClick={reload}>重试</Button>}
      />
    );
  }
  if (!tasks) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!tasks.volunteerId) {
    return <Empty description="这个账号没有对应的志愿者信息，请联系单位协调员。" />;
  }

  return (
    <div className="vol" data-testid="tasks">
      {problem && <Alert type="warning" showIcon title={`刷新失败：${problem}`} />}
      <section className="vol-section" data-testid="to-answer">
        <Typography.Title level={5} className="vol-heading">
          待我答复{tasks.toAnswer.length > 0 ? `（${tasks.toAnswer.length}）` : ''}
        </Typography.Title>
        {tasks.toAnswer.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description="现在没有等你答复的邀请。单位协调员为服务需求推荐并确认你之后，邀请会出现在这里。"
          />
        ) : (
          tasks.toAnswer.map((a) => (
            <AssignmentCard key={a.id} assignment={a}>
              {a.status === 'PROPOSED' && (
                <Typography.Text type="secondary">
                  协调员确认后即可接受；不能参加的话，现在就可以婉拒。
                </Typography.Text>
              )}
              <div className="vol-pair">
                <Button
                  size="large"
                  data-action="decline"
                  disabled={busy !== null}
                  onClick={() => setDeclining(a)}
                >
                  婉拒
                </Button>
                <Button
                  size="large"
                  type="primary"
                  data-action="accept"
                  disabled={a.status !== 'CONFIRMED' || (busy !== null && busy !== a.id)}
                  loading={busy === a.id}
                  onClick={() => void accept(a)}
                >
                  接受
                </Button>
              </div>
            </AssignmentCard>
          ))
        )}
      </section>

      <section className="vol-section" data-testid="upcoming">
        <Typography.Title level={5} className="vol-heading">
          即将参加的服务
        </Typography.Title>
        {tasks.upcoming.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description="还没有即将参加的服务。接受邀请后，服务的时间、地点和联系人会显示在这里。"
          />
        ) : (
          tasks.upcoming.map((a) => <AssignmentCard key={a.id} assignment={a} />)
        )}
      </section>

      <section className="vol-section" data-testid="projects">
        <Typography.Title level={5} className="vol-heading">
          我的服务项目
        </Typography.Title>
        {tasks.projects.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description="你所在的服务队还没有进行中的服务项目。项目开始后，服务地点和联系人会显示在这里。"
          />
        ) : (
          tasks.projects.map(({ project, teamName }) => (
            <Card key={project.id} size="small" className="vol-card" data-project-id={project.id}>
              <div className="vol-card-head">
                <Typography.Text strong>{project.name}</Typography.Text>
                <Tag color={project.status === 'ACTIVE' ? 'green' : 'default'}>
                  {labelOf(SERVICE_PROJECT_STATUS_LABELS, project.status)}
                </Tag>
              </div>
              <Typography.Text type="secondary">
                {teamName} · {project.startsOn} 至 {project.endsOn}
              </Typography.Text>
              <SiteContact site={project.site} />
              {project.status === 'ACTIVE' && (
                <Link className="vol-link" to={`/field/record?project=${project.id}`}>
                  记录这个项目的服务时长
                </Link>
              )}
            </Card>
          ))
        )}
      </section>

      <DeclineSheet
        assignment={declining}
        onClose={() => setDeclining(null)}
        onDone={(title) => {
          setDeclining(null);
          message.success(`已婉拒：${title}`);
          reload();
        }}
        onStale={(reason) => {
          setDeclining(null);
          message.error(reason);
          reload();
        }}
      />
    </div>
  );
}

function AssignmentCard({ assignment, children }: { assignment: Assignment; children?: ReactNode }) {
  const { need } = assignment;
  return (
    <Card
      size="small"
      className="vol-card"
      data-assignment-id={assignment.id}
      data-status={assignment.status}
    >
      <div className="vol-card-head">
        <Typography.Text strong>{need.title}</Typography.Text>
        <Tag color={assignment.status === 'ACCEPTED' ? 'green' : 'blue'}>
          {labelOf(ASSIGNMENT_STATUS_LABELS, assignment.status)}
        </Tag>
      </div>
      <Typography.Text>
        <Tag>{labelOf(SERVICE_CATEGORY_LABELS, need.category)}</Tag>
        <span data-field="time">{formatSegment(need.startsAt, need.endsAt)}</span>（北京时间）
      </Typography.Text>
      {need.description && (
        <Typography.Paragraph type="secondary" className="vol-text" ellipsis={{ rows: 3 }}>
          {need.description}
        </Typography.Paragraph>
      )}
      <SiteContact site={need.site} />
      {children}
    </Card>
  );
}

/** The signed-in volunteer's assignment changes as they happen: each reads the list again. */
function useAssignmentEvents(client: ReturnType<typeof useSignedIn>['client'], reload: () => void) {
  const onChange = useRef(reload);
  onChange.current = reload;
  useEffect(() => {
    let current = true;
    const stream = client.events.assignmentsChanged({ onlyMine: true });
    const stop = client.onConnection((event) => {
      // Delivery is at most once: what changed while the socket was away is read again.
      if (current && event.type === 'reconnected') onChange.current();
    });
    void (async () => {
      try {
        for await (const changed of stream) {
          if (!current) break;
          if (changed) onChange.current();
        }
      } catch {
        // No live updates (a proxy without WebSockets): the list is still read after each answer.
      }
    })();
    return () => {
      current = false;
      stop();
      void stream.return();
    };
  }, [client]);
}
