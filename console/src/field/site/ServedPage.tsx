import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Empty, Select, Spin, Typography } from 'antd';
import { useSignedIn } from '../../auth';
import { formatChinaTime } from '../../china-time';
import { describeError } from '../../errors';
import {
  FieldSiteServedDocument,
  type FieldSiteProjectFragment,
  type FieldSiteServedQuery,
  type FieldSiteTotalFragment,
} from '../../graphql/generated';
import { labelOf, SERVICE_PROJECT_STATUS_LABELS } from '../../labels';
import { defaultCampaignId } from '../../pages/needs/options';
import { formatHours } from '../../pages/records/rules';
import { isSignedOutError } from '../../session';
import { formatWindow, SELECT_POPUP } from './rules';
import { useSite, WithSite, type SiteCampaign, type SiteInfo } from './useSite';
import './site.css';

type PendingRecord = FieldSiteServedQuery['pending']['edges'][number]['node'];

interface Served {
  projects: FieldSiteProjectFragment[];
  site: FieldSiteTotalFragment | null;
  totals: Map<string, FieldSiteTotalFragment>;
  /** The site's records waiting for approval in the campaign, by project. */
  pending: Map<string, PendingRecord[]>;
  /** Waiting records the one request did not bring (beyond its 100). */
  pendingNotRead: number;
}

/**
 * 服务情况 (/field/served): the service done at the site in a campaign (the one under way by
 * default, `?campaign=`): approved 人次, volunteers, hours and records for the site and for each
 * project, as the API totals them (serviceTotals, over the records a site contact may read), and
 * each project's records still waiting for the team leader's approval.
 */
export default function ServedPage() {
  const state = useSite();
  return (
    <WithSite state={state}>
      {(site, campaigns) => <ServedAtSite site={site} campaigns={campaigns} />}
    </WithSite>
  );
}

function ServedAtSite({ site, campaigns }: { site: SiteInfo; campaigns: SiteCampaign[] }) {
  const { client, expired } = useSignedIn();
  const [params, setParams] = useSearchParams();
  const campaignId = params.get('campaign') ?? defaultCampaignId(campaigns);
  const [served, setServed] = useState<Served | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setServed(null);
    setProblem(null);
    (async () => {
      const data = await client.request(FieldSiteServedDocument, { siteId: site.id, campaignId });
      const projects = data.serviceProjects.edges
        .map((e) => e.node)
        .filter((p) => !campaignId || p.campaignId === campaignId);
      const pending = new Map<string, PendingRecord[]>(projects.map((p) => [p.id, []]));
      for (const { node } of data.pending.edges) pending.get(node.projectId)?.push(node);
      return {
        projects,
        site: data.site[0] ?? null,
        totals: new Map(data.projects.map((t) => [t.key, t])),
        pending,
        pendingNotRead: data.pending.totalCount - data.pending.edges.length,
      };
    })()
      .then((result) => current && setServed(result))
      .catch((error: unknown) => {
        if (!current) return;
        if (isSignedOutError(error)) expired();
        else setProblem(describeError(error));
      });
    return () => {
      current = false;
    };
  }, [client, expired, site.id, campaignId, attempt]);

  return (
    <div className="site-page">
      <div className="site-head">
        <Typography.Text strong>{site.name}</Typography.Text>
        {campaigns.length > 1 && campaignId && (
          <Select
            classNames={SELECT_POPUP}
            aria-label="活动"
            className="site-campaign"
            value={campaignId}
            onChange={(id) => setParams({ campaign: id }, { replace: true })}
            options={[...campaigns]
              .sort((a, b) => b.year - a.year)
              .map((c) => ({ value: c.id, label: `${c.year}年活动` }))}
          />
        )}
      </div>
      {problem && (
        <Alert
          type="error"
          showIcon
          title="服务情况没有读到"
          description={problem}
          action={<Button onClick={() => setAttempt((n) => n + 1)}>重试</Button>}
        />
      )}
      {!served && !problem && <Spin style={{ display: 'block', margin: '32px auto' }} />}
      {served && (
        <>
          <Card size="small" title="本帮扶点合计（已审核）" data-testid="site-total">
            <Figures total={served.site} />
          </Card>
          {served.pendingNotRead > 0 && (
            <Alert
              type="info"
              showIcon
              title={`另有 ${served.pendingNotRead} 条待审核记录未列出`}
              description="手机上每次列出最近的 100 条；全部记录可在电脑上的“服务记录”中查看。"
            />
          )}
          {served.projects.length === 0 ? (
            <Empty description="这次活动还没有服务队在本帮扶点开展服务项目。结对单位建立项目、志愿者记录服务并经负责人审核后，这里会显示服务情况。" />
          ) : (
            served.projects.map((p) => (
              <ProjectCard
                key={p.id}
                project={p}
                total={served.totals.get(p.id) ?? null}
                pending={served.pending.get(p.id)!}
              />
            ))
          )}
        </>
      )}
    </div>
  );
}

/** 人次, people, hours and records as the API gave them; zeros when nothing is approved yet. */
function Figures({ total }: { total: FieldSiteTotalFragment | null }) {
  const figures: [string, string, string][] = [
    ['personTimes', '服务人次', String(total?.personTimes ?? 0)],
    ['volunteers', '志愿者', `${total?.volunteers ?? 0} 人`],
    ['hours', '服务时长', `${formatHours(total?.hours ?? '0.00')} 小时`],
    ['records', '服务记录', `${total?.records ?? 0} 条`],
  ];
  return (
    <div className="site-figures">
      {figures.map(([field, label, value]) => (
        <div key={field} className="site-figure">
          <Typography.Text type="secondary">{label}</Typography.Text>
          <Typography.Text strong data-field={field}>
            {value}
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}

/** Waiting records listed on a project's card; the rest are counted. */
const PENDING_SHOWN = 20;

function ProjectCard(props: {
  project: FieldSiteProjectFragment;
  total: FieldSiteTotalFragment | null;
  pending: PendingRecord[];
}) {
  const { project, total, pending } = props;
  const plan = project.safetyPlan;
  return (
    <Card
      size="small"
      className="site-card"
      data-testid="served-project"
      data-project-id={project.id}
      title={<span className="site-wrap">{project.name}</span>}
    >
      <Typography.Text type="secondary">
        {project.team.name} · {labelOf(SERVICE_PROJECT_STATUS_LABELS, project.status)}
      </Typography.Text>
      <Typography.Text type="secondary">
        服务期 {project.startsOn} 至 {project.endsOn}
      </Typography.Text>
      <Figures total={total} />
      <Typography.Text data-field="pending">
        待审核 {pending.length} 条
        {pending.length > 0 ? '：志愿者已记录，等服务队负责人审核后计入上面的合计' : ''}
      </Typography.Text>
      {pending.slice(0, PENDING_SHOWN).map((node) => (
        <Typography.Text key={node.id} type="secondary" data-testid="pending-record" data-record-id={node.id}>
          {formatWindow(node.startsAt, node.endsAt, formatChinaTime)} · {node.post.name} ·{' '}
          <span data-field="hours">{formatHours(node.hours)}</span> 小时
        </Typography.Text>
      ))}
      {pending.length > PENDING_SHOWN && (
        <Typography.Text type="secondary">另有 {pending.length - PENDING_SHOWN} 条未列出</Typography.Text>
      )}
      {plan && (
        <Typography.Text>
          安全责任人：{plan.responsiblePerson}
          {plan.responsiblePhone && (
            <>
              {' '}
              <a href={`tel:${plan.responsiblePhone}`} className="site-tel">
                {plan.responsiblePhone}
              </a>
            </>
          )}
        </Typography.Text>
      )}
    </Card>
  );
}
