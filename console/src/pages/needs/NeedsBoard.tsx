import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { App, Badge, Button, Card, Empty, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { ServiceCategory, ServiceNeedFilter, ServiceNeedStatus } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import { formatChinaTime } from '../../china-time';
import {
  NeedRowDocument,
  NeedsBoardDocument,
  NeedsBoardOptionsDocument,
  type NeedRowFragment,
  type NeedsBoardOptionsQuery,
} from '../../graphql/generated';
import { labelOf, labelOptions, SERVICE_CATEGORY_LABELS, SERVICE_NEED_STATUS_LABELS } from '../../labels';
import { CursorPager, PAGE_SIZE, pageOf, ProblemAlert, useCursorPages } from '../../paging';
import { isSignedOutError } from '../../session';
import { boardScope, cityNames, defaultCampaignId, mayPost, postableSites } from './options';
import { useWorkingUnit } from '../../working-unit';

// The form (date pickers, drawer) is loaded when first opened: it is not part of the first screen.
const PostNeedDrawer = lazy(() => import('./PostNeedDrawer'));

const STATUS_COLORS: Record<ServiceNeedStatus, string> = {
  OPEN: 'green',
  FILLED: 'blue',
  CLOSED: 'default',
  CANCELLED: 'red',
};

type Realtime = 'connecting' | 'live' | 'offline';

/**
 * 服务需求: the needs the signed-in person can see, filtered by campaign, status, category and
 * city, a page at a time (the API's cursor connection), updated live: a need posted anywhere that
 * matches the filters appears at the top without a reload (the SDK's needsPosted subscription), and
 * the page is read again after the socket reconnects (events sent while it was away are lost).
 */
export default function NeedsBoard() {
  const { session, client, expired } = useSignedIn();
  const working = useWorkingUnit();
  const { account } = session;
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [options, setOptions] = useState<NeedsBoardOptionsQuery | null>(null);
  /** Needs that arrived live, newest first, under the filter they arrived for. */
  const [live, setLive] = useState<{ key: string; rows: NeedRowFragment[] }>({ key: '', rows: [] });
  const [optionsAttempt, setOptionsAttempt] = useState(0);
  const [realtime, setRealtime] = useState<Realtime>('connecting');
  const [resubscribe, setResubscribe] = useState(0);
  const [posting, setPosting] = useState(false);
  /** The form is mounted once it has been opened, then kept (its drawer animates open and shut). */
  const [postingOpened, setPostingOpened] = useState(false);
  useEffect(() => {
    if (posting) setPostingOpened(true);
  }, [posting]);

  const campaignParam = params.get('campaign');
  const campaignId =
    campaignParam === 'all'
      ? null
      : (campaignParam ?? (options ? defaultCampaignId(options.campaigns) : null));
  const status = (params.get('status') as ServiceNeedStatus | null) ?? null;
  const category = (params.get('category') as ServiceCategory | null) ?? null;
  const cityCode = params.get('city');
  const filter = useMemo<ServiceNeedFilter>(
    () => ({
      ...(campaignId ? { campaignId } : {}),
      ...(status ? { status } : {}),
      ...(category ? { category } : {}),
      ...(cityCode ? { cityCode } : {}),
    }),
    [campaignId, status, category, cityCode],
  );
  const scope = useMemo(
    () => (options ? boardScope(account.role, working.unitId, options) : null),
    [options, account.role, working.unitId],
  );
  /** The filters as chosen, within the board's scope (the API's filter of the page). */
  const scoped = useMemo<ServiceNeedFilter>(
    () => ({
      ...filter,
      ...(scope?.kind === 'unit' ? { unitId: scope.unitId } : {}),
      ...(scope?.kind === 'site' ? { siteId: scope.siteId } : {}),
    }),
    [filter, scope],
  );
  const key = JSON.stringify(scoped);
  // The page waits for the filters' choices (the default campaign is among them).
  const pages = useCursorPages(
    scope
      ? (after) =>
          scope.kind === 'none'
            ? Promise.resolve({ rows: [], total: 0, hasNextPage: false, endCursor: null })
            : client
                .request(NeedsBoardDocument, { filter: scoped, first: PAGE_SIZE, after })
                .then(({ serviceNeeds }) => pageOf(serviceNeeds))
      : null,
    key,
    [client],
  );
  const { fail, loading, reload: reloadPages } = pages;
  /** Needs that arrived live: shown first, on the first page. */
  const arrived = live.key === key ? live.rows : [];
  const liveRows = pages.page === 1 ? arrived : [];
  /** Reads again what failed or may have changed: the page, and the filters' choices if they never came. */
  const reload = () => {
    if (!options) setOptionsAttempt((n) => n + 1);
    pages.reload();
  };

  useEffect(() => {
    let current = true;
    const withUnitSites = account.role === 'UNIT_COORDINATOR' && working.unitId !== null;
    client
      .request(NeedsBoardOptionsDocument, { unitId: working.unitId, withUnitSites })
      .then((result) => current && setOptions(result))
      .catch((error: unknown) => current && fail(error));
    return () => {
      current = false;
    };
  }, [client, working.unitId, account.role, fail, optionsAttempt]);

  const addLive = useCallback(
    (row: NeedRowFragment, forKey: string) =>
      setLive((was) => {
        const rows = was.key === forKey ? was.rows : [];
        return rows.some((r) => r.id === row.id) ? was : { key: forKey, rows: [row, ...rows] };
      }),
    [],
  );

  // Live: needs posted from now on that match the filters (the subscription takes the same ones).
  useEffect(() => {
    if (!scope || scope.kind === 'none') return;
    let current = true;
    setRealtime('connecting');
    const stream = client.events.needsPosted({
      ...(filter.campaignId ? { campaignId: filter.campaignId } : {}),
      ...(filter.category ? { category: filter.category } : {}),
      ...(filter.cityCode ? { cityCode: filter.cityCode } : {}),
      ...(scope.kind === 'unit' ? { unitId: scope.unitId } : {}),
    });
    let closedAt: number | null = null;
    const stop = client.onConnection((event) => {
      if (!current) return;
      if (event.type === 'closed') {
        setRealtime('offline');
        closedAt ??= Date.now();
      }
      if (event.type === 'reconnected') {
        setRealtime('live');
        // At most once: what was posted while the socket was away is read again, and the needs
        // posted meanwhile (from a little before it closed: postedAt is kept to the second) are
        // pinned at the top like the ones heard live.
        reloadPages();
        const since = new Date((closedAt ?? Date.now()) - 5000).toISOString();
        closedAt = null;
        client
          .request(NeedsBoardDocument, { filter: { ...scoped, postedSince: since }, first: PAGE_SIZE })
          .then(({ serviceNeeds }) => {
            if (!current) return;
            for (const edge of serviceNeeds.edges) addLive(edge.node, key);
          })
          .catch(() => undefined); // the page itself was read again above
        message.info('实时连接已恢复，列表已重新读取。');
      }
    });
    stream.acknowledged.then(() => current && setRealtime('live')).catch(() => undefined);
    void (async () => {
      try {
        for await (const posted of stream) {
          if (!current) break;
          if (filter.status && posted.status !== filter.status) continue;
          const { serviceNeed } = await client.request(NeedRowDocument, { id: posted.id });
          // The event filter has no site: a site contact's board keeps its own site's needs here.
          if (scope.kind === 'site' && serviceNeed?.site.id !== scope.siteId) continue;
          if (current && serviceNeed) addLive(serviceNeed, key);
        }
      } catch (error) {
        if (!current) return;
        setRealtime('offline');
        if (isSignedOutError(error)) expired();
      }
    })();
    return () => {
      current = false;
      stop();
      void stream.return();
    };
  }, [client, scope, filter, scoped, key, addLive, expired, message, resubscribe, reloadPages]);

  const cities = useMemo(() => (options ? cityNames(options) : new Map<string, string>()), [options]);
  const sites = useMemo(
    () => (options ? postableSites(options, account.role) : null),
    [options, account.role],
  );
  const pageRows = pages.rows;
  const liveIds = new Set(liveRows.map((r) => r.id));
  const rows = [...liveRows, ...pageRows.filter((r) => !liveIds.has(r.id))];
  const total = pages.total + arrived.filter((r) => !pageRows.some((p) => p.id === r.id)).length;
  const filtered = Boolean(status || category || cityCode);
  const canPost = mayPost(account.role);

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  };

  const columns: ColumnsType<NeedRowFragment> = [
    {
      title: '需求',
      dataIndex: 'title',
      width: 220,
      render: (title: string, row) => (
        <Space size={4} wrap>
          <span>{title}</span>
          {liveIds.has(row.id) && <Tag color="processing">新</Tag>}
          {row.servedByTeam && <Tag>整队服务</Tag>}
        </Space>
      ),
    },
    {
      title: '服务类别',
      dataIndex: 'category',
      width: 140,
      render: (value: ServiceCategory) => (
        <Tag color="geekblue">{labelOf(SERVICE_CATEGORY_LABELS, value)}</Tag>
      ),
    },
    {
      title: '结对帮扶点',
      key: 'site',
      width: 200,
      render: (_, row) => (
        <div>
          <div>{row.site.name}</div>
          <Typography.Text type="secondary">
            {cities.get(row.site.cityCode) ?? row.site.cityCode}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: '服务时间（北京时间）',
      key: 'time',
      width: 170,
      render: (_, row) => (
        <div>
          <time dateTime={row.startsAt} data-field="startsAt">
            {formatChinaTime(row.startsAt)}
          </time>
          <br />
          <Typography.Text type="secondary">
            至{' '}
            <time dateTime={row.endsAt} data-field="endsAt">
              {formatChinaTime(row.endsAt)}
            </time>
          </Typography.Text>
        </div>
      ),
    },
    {
      title: (
        <Tooltip title="已确认的名额 / 需要的人数">
          <span>已确认/需要</span>
        </Tooltip>
      ),
      key: 'places',
      width: 110,
      render: (_, row) => (
        <span data-field="places">
          {row.confirmedCount}/{row.headcount}
        </span>
      ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 90,
      render: (value: ServiceNeedStatus) => (
        <Tag color={STATUS_COLORS[value]}>{labelOf(SERVICE_NEED_STATUS_LABELS, value)}</Tag>
      ),
    },
    {
      title: '发布方',
      key: 'postedBy',
      width: 160,
      render: (_, row) =>
        row.postedByUnit?.name ?? <Typography.Text type="secondary">帮扶点/省教育工会</Typography.Text>,
    },
    // 匹配 (the matching screen's page of this need): for those who match, on open needs.
    ...(account.role === 'UNIT_COORDINATOR' || account.role === 'PROVINCIAL_ADMIN'
      ? [
          {
            title: '匹配',
            key: 'matching',
            width: 80,
            render: (_: unknown, row: NeedRowFragment) =>
              row.status === 'OPEN' ? <Link to={`/matching/needs/${row.id}`}>匹配</Link> : null,
          },
        ]
      : []),
  ];

  const emptyText = filtered ? (
    <Empty description="没有符合筛选条件的服务需求。可以清除筛选条件再看看。">
      <Space>
        <Button
          onClick={() => setParams(campaignParam ? { campaign: campaignParam } : {}, { replace: true })}
        >
          清除筛选
        </Button>
        {canPost && (
          <Button type="primary" onClick={() => setPosting(true)}>
            发布需求
          </Button>
        )}
      </Space>
    </Empty>
  ) : (
    <Empty
      description={
        canPost
          ? '这个活动还没有服务需求。点击“发布需求”，为结对帮扶点发布第一条。'
          : '这个活动还没有服务需求。帮扶点或协调员发布后会立即显示在这里。'
      }
    >
      {canPost && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setPosting(true)}>
          发布需求
        </Button>
      )}
    </Empty>
  );

  return (
    <Card
      title={
        <Space>
          <span>需求列表</span>
          <RealtimeBadge state={realtime} onRetry={() => setResubscribe((n) => n + 1)} />
        </Space>
      }
      extra={
        <Space>
          <Button icon={<ReloadOutlined />} onClick={reload} loading={loading}>
            刷新
          </Button>
          {canPost && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setPosting(true)}
              disabled={!options}
            >
              发布需求
            </Button>
          )}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }} aria-label="筛选">
        <Select
          aria-label="活动"
          style={{ width: 300 }}
          loading={!options}
          value={campaignParam === 'all' ? 'all' : (campaignId ?? undefined)}
          placeholder="活动"
          onChange={(value: string) => setParam('campaign', value)}
          options={[
            { value: 'all', label: '全部活动' },
            ...(options?.campaigns ?? []).map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
        <Select
          aria-label="状态"
          style={{ width: 140 }}
          allowClear
          placeholder="全部状态"
          value={status ?? undefined}
          onChange={(value?: string) => setParam('status', value ?? null)}
          options={labelOptions(SERVICE_NEED_STATUS_LABELS)}
        />
        <Select
          aria-label="服务类别"
          style={{ width: 180 }}
          allowClear
          placeholder="全部服务类别"
          value={category ?? undefined}
          onChange={(value?: string) => setParam('category', value ?? null)}
          options={labelOptions(SERVICE_CATEGORY_LABELS)}
        />
        <Select
          aria-label="城市"
          style={{ width: 140 }}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="全部城市"
          value={cityCode ?? undefined}
          onChange={(value?: string) => setParam('city', value ?? null)}
          options={[...cities].map(([code, name]) => ({ value: code, label: name }))}
        />
      </Space>
      {scope && (
        <Typography.Paragraph type="secondary" data-testid="needs-scope">
          {scope.kind === 'province' && '显示全省的服务需求。'}
          {scope.kind === 'unit' &&
            `显示${working.unitName ?? '本单位'}可以安排志愿者的需求：本单位发布的，以及本单位所属和结对帮扶点自身发布的。`}
          {scope.kind === 'site' && '显示本帮扶点的服务需求。'}
          {scope.kind === 'none' && '你的账号没有关联单位或帮扶点，没有可显示的服务需求。'}
        </Typography.Paragraph>
      )}
      <ProblemAlert problem={pages.problem} onRetry={reload} />
      <Table<NeedRowFragment>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={loading || !options}
        pagination={false}
        locale={{ emptyText: loading || !options ? ' ' : emptyText }}
        scroll={{ x: 1090 }}
      />
      <CursorPager pages={pages} unit="条" total={total} />
      {options && canPost && postingOpened && (
        <Suspense fallback={null}>
          <PostNeedDrawer
            open={posting}
            onClose={() => setPosting(false)}
            client={client}
            campaigns={options.campaigns}
            defaultCampaignId={campaignId ?? defaultCampaignId(options.campaigns)}
            sites={sites}
            onPosted={(row) => {
              setPosting(false);
              message.success(`已发布：${row.title}`);
              const matches =
                (!filter.campaignId || row.campaignId === filter.campaignId) &&
                (!filter.status || row.status === filter.status) &&
                (!filter.category || row.category === filter.category) &&
                (!filter.cityCode || row.site.cityCode === filter.cityCode);
              if (matches) addLive(row, key);
            }}
          />
        </Suspense>
      )}
    </Card>
  );
}

function RealtimeBadge({ state, onRetry }: { state: Realtime; onRetry: () => void }) {
  if (state === 'live')
    return <Badge status="success" text="实时更新中" data-testid="realtime" data-state="live" />;
  if (state === 'connecting')
    return (
      <Badge status="processing" text="正在连接实时更新…" data-testid="realtime" data-state="connecting" />
    );
  return (
    <Space size={4} data-testid="realtime" data-state="offline">
      <Badge status="warning" text="实时更新已中断" />
      <Button size="small" type="link" onClick={onRetry}>
        重新连接
      </Button>
    </Space>
  );
}
