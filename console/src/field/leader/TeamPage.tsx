import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Empty, Segmented, Select, Spin, Typography } from 'antd';
import { useSignedIn } from '../../auth';
import { describeError } from '../../errors';
import { FieldLeaderTeamsDocument } from '../../graphql/generated';
import { labelOf, SERVICE_PROJECT_STATUS_LABELS } from '../../labels';
import { isSignedOutError } from '../../session';
import { ledTeams, projectChoices, type LedProject } from './rules';
import './leader.css';

const ApprovalsSection = lazy(() => import('./ApprovalsSection'));
const BatchSection = lazy(() => import('./BatchSection'));
const LogSection = lazy(() => import('./LogSection'));
const SafetySection = lazy(() => import('./SafetySection'));

const BASE = '/field/team';
const SECTIONS = [
  { value: '', label: '审核' },
  { value: 'batch', label: '批量记录' },
  { value: 'log', label: '日志' },
  { value: 'safety', label: '安全' },
] as const;

/** What every section of the tab works on: the chosen project, its team, and who is signed in. */
export interface SectionProps {
  choice: LedProject;
  /** The leader's own volunteer record: their own time is reviewed by the unit's coordinator. */
  volunteerId: string;
  accountId: string;
  /** Reads the teams again (members' training, the safety plan). */
  reload(): void;
}

/**
 * 服务队 (/field/team), the team leader's phone tab: the team's submitted time to approve or send
 * back (审核), the same time for many members at once (批量记录), the project's 志愿服务日志 (日志) and
 * its safety plan with the members still untrained (安全). A leader of several teams or projects
 * picks one at the top (kept in the URL, `?project=`); the section is the path under /field/team.
 */
export default function TeamPage() {
  const { session, client, expired } = useSignedIn();
  const location = useLocation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [choices, setChoices] = useState<LedProject[] | null>(null);
  const [volunteerId, setVolunteerId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    setProblem(null);
    client
      .request(FieldLeaderTeamsDocument, {})
      .then((data) => {
        if (!current) return;
        setVolunteerId(data.me.volunteerId);
        setChoices(projectChoices(ledTeams(data)));
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

  const section = location.pathname.slice(BASE.length).replace(/^\//, '').split('/')[0] ?? '';
  const wanted = params.get('project');
  const choice = choices?.find((c) => c.project.id === wanted) ?? choices?.[0] ?? null;

  if (problem && !choices) {
    return (
      <Alert
        type="error"
        showIcon
        title="服务队信息没有读到"
        description={problem}
        action={<Button onClick={reload}>重试</Button>}
      />
    );
  }
  if (!choices) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!choice || !volunteerId) {
    return (
      <Empty
        data-testid="leader-empty"
        description={
          volunteerId && choices.length === 0
            ? '你负责的服务队还没有服务项目。请单位协调员在电脑版“服务记录 › 服务项目”中为服务队建立项目，项目开始后就能在这里审核和记录服务时长。'
            : '你目前没有负责的服务队。单位协调员在“服务队”中把你设为负责人后，这里会显示队伍的项目。'
        }
      />
    );
  }

  const teams = [...new Map(choices.map((c) => [c.team.id, c.team])).values()];
  const pick = (projectId: string) => {
    const next = new URLSearchParams(params);
    next.set('project', projectId);
    setParams(next, { replace: true });
  };
  const sectionProps: SectionProps = { choice, volunteerId, accountId: session.account.id, reload };

  return (
    <div className="leader" data-project-id={choice.project.id}>
      {choices.length > 1 ? (
        <Select
          aria-label="服务项目"
          size="large"
          className="leader-picker"
          classNames={{ popup: { root: 'leader-popup' } }}
          value={choice.project.id}
          onChange={pick}
          options={teams.map((team) => ({
            label: team.name,
            title: team.name,
            options: choices
              .filter((c) => c.team.id === team.id)
              .map(({ project }) => ({
                value: project.id,
                label: `${project.name}（${project.campaign.year}，${labelOf(SERVICE_PROJECT_STATUS_LABELS, project.status)}）`,
              })),
          }))}
        />
      ) : (
        <div className="leader-project">
          <Typography.Text strong>{choice.project.name}</Typography.Text>
          <Typography.Text type="secondary">
            {choice.team.name} · {labelOf(SERVICE_PROJECT_STATUS_LABELS, choice.project.status)}
          </Typography.Text>
        </div>
      )}
      <Segmented
        block
        className="leader-sections"
        aria-label="服务队功能"
        value={SECTIONS.some((s) => s.value === section) ? section : ''}
        options={SECTIONS.map((s) => ({ value: s.value, label: s.label }))}
        onChange={(value) => navigate(`${BASE}${value ? `/${value}` : ''}${location.search}`)}
      />
      <Suspense fallback={<Spin style={{ display: 'block', margin: '48px auto' }} />}>
        <Routes>
          <Route index element={<ApprovalsSection {...sectionProps} />} />
          <Route path="batch" element={<BatchSection {...sectionProps} />} />
          <Route path="log" element={<LogSection {...sectionProps} />} />
          <Route path="safety" element={<SafetySection {...sectionProps} />} />
          <Route path="*" element={<Navigate to={`${BASE}${location.search}`} replace />} />
        </Routes>
      </Suspense>
    </div>
  );
}
