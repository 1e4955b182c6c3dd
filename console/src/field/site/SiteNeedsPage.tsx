import { useEffect, useState } from 'react';
import { Link, Route, Routes, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Empty, Select, Spin, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSignedIn } from '../../auth';
import { formatChinaTime } from '../../china-time';
import { describeError } from '../../errors';
import { FieldSiteNeedsDocument, type FieldSiteNeedRowFragment } from '../../graphql/generated';
import {
  ASSIGNMENT_STATUS_LABELS,
  labelOf,
  SERVICE_CATEGORY_LABELS,
  SERVICE_NEED_STATUS_LABELS,
} from '../../labels';
import { defaultCampaignId } from '../../pages/needs/options';
import { isSignedOutError } from '../../session';
import NeedDetail from './NeedDetail';
import PostNeedForm from './PostNeedForm';
import { countByStatus, formatWindow, sortNeeds, SELECT_POPUP } from './rules';
import { useSite, WithSite, type SiteCampaign, type SiteInfo } from './useSite';
import './site.css';

/**
 * 需求 (/field/site), the site contact's first tab: the site's needs in a campaign (the one under
 * way by default, `?campaign=`), each with how many places are taken and who has been put forward;
 * 发布需求 (/field/site/new) posts one; a need's page (/field/site/needs/:id) lists its assignments
 * as the API shows them to a site contact.
 */
export default function SiteNeedsPage() {
  const state = useSite();
  return (
    <WithSite state={state}>
      {(site, campaigns) => (
        <Routes>
          <Route index element={<NeedsList site={site} campaigns={campaigns} />} />
          <Route path="new" element={<PostNeedForm site={site} campaigns={campaigns} />} />
          <Route path="needs/:needId" element={<NeedDetail />} />
        </Routes>
      )}
    </WithSite>
  );
}

function NeedsList({ site, campaigns }: { site: SiteInfo; campaigns: SiteCampaign[] }) {
  const { client, expired } = useSignedIn();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const campaignId = params.get('campaign') ?? defaultCampaignId(campaigns);
  const [needs, setNeeds] = useState<FieldSiteNeedRowFragment[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setNeeds(null);
    setProblem(null);
    client
      .request(FieldSiteNeedsDocument, { siteId: site.id, campaignId })
      .then((data) => current && setNeeds(sortNeeds(data.serviceNeeds.edges.map((e) => e.node))))
      .catch((error: unknown) => {
        if (!current) return;
        if (isSignedOutError(error)) expired();
        else setProblem(describeError(error));
      });
    return () => {
      current = false;
    };
  }, [client, expired, site.id, campaignId, attempt]);

  const choose = (id: string) => setParams({ campaign: id }, { replace: true });

  return (
    <div className="site-page">
      <div className="site-head">
        <Typography.Text strong data-testid="site-name">
          {site.name}
        </Typography.Text>
        {campaigns.length > 1 && campaignId && (
          <Select
            classNames={SELECT_POPUP}
            aria-label="活动"
            className="site-campaign"
            value={campaignId}
            onChange={choose}
            options={[...campaigns]
              .sort((a, b) => b.year - a.year)
              .map((c) => ({ value: c.id, label: `${c.year}年活动` }))}
          />
        )}
      </div>
      <Button type="primary" size="large" block icon={<PlusOutlined />} onClick={() => navigate('new')}>
        发布需求
      </Button>
      {problem && (
        <Alert
          type="error"
          showIcon
          title="需求没有读到"
          description={problem}
          action={<Button onClick={() => setAttempt((n) => n + 1)}>重试</Button>}
        />
      )}
      {!needs && !problem && <Spin style={{ display: 'block', margin: '32px auto' }} />}
      {needs && needs.length === 0 && (
        <Empty description="本帮扶点在这次活动中还没有需求。点“发布需求”写明要什么服务、几个人、什么时间，结对单位就能安排志愿者。" />
      )}
      {needs?.map((need) => (
        <NeedCard key={need.id} need={need} />
      ))}
    </div>
  );
}

function NeedCard({ need }: { need: FieldSiteNeedRowFragment }) {
  const counts = countByStatus(need.assignments);
  const summary = (['ACCEPTED', 'CONFIRMED', 'PROPOSED'] as const)
    .filter((s) => counts[s])
    .map((s) => `${ASSIGNMENT_STATUS_LABELS[s]} ${counts[s]}`);
  return (
    <Link to={`needs/${need.id}`} className="site-card-link" data-testid="need" data-need-id={need.id}>
      <Card size="small" className="site-card">
        <div className="site-card-head">
          <Typography.Text strong className="site-wrap">
            {need.title}
          </Typography.Text>
          <Tag color={need.status === 'OPEN' ? 'blue' : undefined}>
            {labelOf(SERVICE_NEED_STATUS_LABELS, need.status)}
          </Tag>
        </div>
        <Typography.Text type="secondary">
          {labelOf(SERVICE_CATEGORY_LABELS, need.category)} ·{' '}
          {formatWindow(need.startsAt, need.endsAt, formatChinaTime)}
        </Typography.Text>
        <Typography.Text data-field="places">
          已确认 {need.confirmedCount} / {need.headcount} 人
          {summary.length > 0 ? `（${summary.join('，')}）` : ''}
        </Typography.Text>
        {need.assignments.length === 0 && need.status === 'OPEN' && (
          <Typography.Text type="secondary">
            还没有安排人员：结对单位的协调员匹配志愿者后会显示在这里。
          </Typography.Text>
        )}
      </Card>
    </Link>
  );
}
