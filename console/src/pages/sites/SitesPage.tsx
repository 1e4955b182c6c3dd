import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Empty,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { LinkOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { SiteKind } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import { SitesListDocument, type SiteRowFragment, type SitesListQuery } from '../../graphql/generated';
import {
  labelOf,
  labelOptions,
  PAIRING_KIND_LABELS,
  PAIRING_STATUS_LABELS,
  SITE_KIND_LABELS,
} from '../../labels';
import { isSignedOutError } from '../../session';
import { areaName, CITIES } from './areas';
import { siteErrorText } from './messages';
import { EndPairingModal, MarkBaseModal, RefusePairingModal, RequestPairingModal } from './PairingModals';
import { SiteDrawer } from './SiteDrawer';
import { ProblemAlert } from '../../paging';
import { useWorkingUnit } from '../../working-unit';

type Pairing = SiteRowFragment['pairings'][number];
type Request = NonNullable<SitesListQuery['pairingRequests']>['edges'][number]['node'];

/** One site as the table shows it: the unit's own, or one it is (or asks to be) paired with. */
interface Row {
  site: SiteRowFragment;
  owned: boolean;
  /** This unit's pairing with the site, if any (the latest). */
  mine: Pairing | null;
}

const RELATIONS = [
  { value: 'owned', label: '本单位登记的' },
  { value: 'paired', label: '已结对的' },
  { value: 'requested', label: '申请中的' },
];

function pairingState(p: Pairing): { text: string; color: string } {
  if (p.endedOn) return { text: `已结束（${p.endedOn}）`, color: 'default' };
  const color = p.status === 'ACTIVE' ? 'green' : p.status === 'REQUESTED' ? 'gold' : 'red';
  return { text: labelOf(PAIRING_STATUS_LABELS, p.status), color };
}

/**
 * 结对帮扶点: the sites the coordinator's unit owns or is paired with (county, contact, pairing state,
 * long-term base), filtered in the URL; registering and editing a site in a Drawer; the pairing
 * requests waiting for this unit's answer; asking to pair with a site; ending a pairing.
 */
export default function SitesPage() {
  const { session, client, expired } = useSignedIn();
  const { account } = session;
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [data, setData] = useState<SitesListQuery | null>(null);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const [editing, setEditing] = useState<{ site: SiteRowFragment | null } | null>(null);
  const [requesting, setRequesting] = useState(false);
  const [ending, setEnding] = useState<Parameters<typeof EndPairingModal>[0]['pairing']>(null);
  const [marking, setMarking] = useState<{ id: string; name: string } | null>(null);
  const [refusing, setRefusing] = useState<Parameters<typeof RefusePairingModal>[0]['request']>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [actionProblem, setActionProblem] = useState<string | null>(null);

  const isAdmin = account.role === 'PROVINCIAL_ADMIN';
  const asContact = account.role === 'SITE_CONTACT';
  const working = useWorkingUnit();
  const unitId = account.role === 'UNIT_COORDINATOR' ? working.unitId : null;
  const reload = () => setReloads((n) => n + 1);

  const fail = useCallback(
    (error: unknown) => {
      if (isSignedOutError(error)) expired();
      else setProblem(siteErrorText(error));
    },
    [expired],
  );

  useEffect(() => {
    let current = true;
    setLoading(true);
    client
      .request(SitesListDocument, {
        ownerUnitId: unitId,
        pairingsOf: unitId ?? '0',
        asUnit: !!unitId,
        asContact,
      })
      .then((result) => {
        if (!current) return;
        setProblem(null);
        setData(result);
      })
      .catch((error: unknown) => current && fail(error))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [client, unitId, asContact, reloads, fail]);

  const allRows = useMemo<Row[]>(() => {
    if (!data) return [];
    const rows = new Map<string, Row>();
    const ownsAll = isAdmin;
    for (const { node } of data.owned?.edges ?? []) {
      rows.set(node.id, { site: node, owned: ownsAll || node.ownerUnitId === unitId, mine: null });
    }
    if (data.contact?.site)
      rows.set(data.contact.site.id, { site: data.contact.site, owned: false, mine: null });
    for (const pairing of data.mine?.pairings ?? []) {
      const row = rows.get(pairing.site.id) ?? { site: pairing.site, owned: false, mine: null };
      rows.set(pairing.site.id, row);
    }
    for (const row of rows.values()) {
      const own = row.site.pairings.filter((p) => unitId && p.unitId === unitId);
      row.mine = own.sort((a, b) => Number(b.id) - Number(a.id))[0] ?? null;
    }
    return [...rows.values()];
  }, [data, unitId, isAdmin]);

  const relation = params.get('rel');
  const kind = params.get('kind') as SiteKind | null;
  const city = params.get('city');
  const base = params.get('base');
  const q = params.get('q') ?? '';
  const rows = allRows.filter(
    (r) =>
      (!relation ||
        (relation === 'owned' && r.owned) ||
        (relation === 'paired' && r.mine?.status === 'ACTIVE' && !r.mine.endedOn) ||
        (relation === 'requested' && r.mine?.status === 'REQUESTED' && !r.mine.endedOn)) &&
      (!kind || r.site.kind === kind) &&
      (!city || r.site.cityCode === city) &&
      (!base || r.site.isLongTermBase === (base === '1')) &&
      (!q || r.site.name.includes(q.trim())),
  );
  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const act = async (key: string, action: () => Promise<unknown>, done: string) => {
    setBusy(key);
    setActionProblem(null);
    try {
      await action();
      message.success(done);
      reload();
    } catch (error) {
      if (isSignedOutError(error)) expired();
      else setActionProblem(siteErrorText(error));
    } finally {
      setBusy(null);
    }
  };

  // The API answers for every unit the coordinator acts for; the screen is the working unit's.
  const requests = (data?.pairingRequests?.edges.map((e) => e.node) ?? []).filter(
    (r) => !unitId || r.site.ownerUnitId === unitId,
  );

  const columns: ColumnsType<Row> = [
    {
      title: '帮扶点',
      key: 'name',
      width: 220,
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          <Typography.Text strong data-field="name">
            {r.site.name}
          </Typography.Text>
          {r.site.isLongTermBase && (
            <Tag color="volcano" data-field="base">
              志愿服务基地{r.site.longTermBaseSince ? `（${r.site.longTermBaseSince} 起）` : ''}
            </Tag>
          )}
          {r.site.address && <Typography.Text type="secondary">{r.site.address}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: '类型',
      key: 'kind',
      width: 80,
      render: (_, r) => labelOf(SITE_KIND_LABELS, r.site.kind),
    },
    {
      title: '所在地',
      key: 'area',
      width: 130,
      render: (_, r) => <span data-field="area">{areaName(r.site.areaCode)}</span>,
    },
    {
      title: '联系人',
      key: 'contact',
      width: 130,
      render: (_, r) =>
        r.site.contactName || r.site.contactPhone ? (
          <Space orientation="vertical" size={0}>
            <span>{r.site.contactName ?? '—'}</span>
            {r.site.contactPhone && <Typography.Text type="secondary">{r.site.contactPhone}</Typography.Text>}
          </Space>
        ) : (
          <Typography.Text type="secondary">未填写</Typography.Text>
        ),
    },
    {
      title: '服务对象',
      key: 'served',
      width: 90,
      align: 'right',
      render: (_, r) => `${r.site.peopleServed} 人`,
    },
    {
      title: '结对情况',
      key: 'pairing',
      render: (_, r) => {
        const others = r.site.pairings.filter(
          (p) => p.unitId !== unitId && p.status === 'ACTIVE' && !p.endedOn,
        );
        return (
          <Space orientation="vertical" size={2} data-field="pairing">
            {r.owned && !isAdmin && <Tag color="blue">本单位登记</Tag>}
            {(isAdmin || !r.owned) && (
              <Typography.Text type="secondary">{r.site.ownerUnit?.name ?? '省教育工会'}登记</Typography.Text>
            )}
            {r.mine && (
              <span>
                <Tag color={pairingState(r.mine).color} data-field="my-pairing">
                  {pairingState(r.mine).text}
                </Tag>
                <Typography.Text type="secondary">
                  {labelOf(PAIRING_KIND_LABELS, r.mine.kind)}，{r.mine.startedOn} 起
                </Typography.Text>
                {r.mine.status === 'REFUSED' && !r.mine.endedOn && (
                  <Typography.Text type="danger" data-field="refusal-reason" style={{ display: 'block' }}>
                    {r.mine.refusalReason ? `拒绝理由：${r.mine.refusalReason}` : '对方未说明理由'}
                    ，可以再次申请
                  </Typography.Text>
                )}
              </span>
            )}
            {others.length > 0 && (
              <Typography.Text type="secondary">
                结对单位：{others.map((p) => p.unit.name).join('、')}
              </Typography.Text>
            )}
          </Space>
        );
      },
    },
    {
      title: '操作',
      key: 'actions',
      width: 170,
      fixed: 'right',
      render: (_, r) => {
        const editable = r.owned || asContact;
        const live = r.mine && !r.mine.endedOn && r.mine.status !== 'REFUSED' ? r.mine : null;
        return (
          <Space size={0} wrap>
            {editable && (
              <Button
                type="link"
                size="small"
                data-action="edit"
                onClick={() => setEditing({ site: r.site })}
              >
                编辑
              </Button>
            )}
            {r.owned && !r.site.isLongTermBase && (
              <Button
                type="link"
                size="small"
                data-action="mark-base"
                onClick={() => setMarking({ id: r.site.id, name: r.site.name })}
              >
                标为基地
              </Button>
            )}
            {r.owned && r.site.isLongTermBase && (
              <Popconfirm
                title={`“${r.site.name}”不再作为志愿服务基地？`}
                okText="确定"
                cancelText="取消"
                onConfirm={() =>
                  act(
                    `unmark-${r.site.id}`,
                    () => client.call('unmarkLongTermBase', { siteId: r.site.id }),
                    `“${r.site.name}”已不再是志愿服务基地`,
                  )
                }
              >
                <Button type="link" size="small" loading={busy === `unmark-${r.site.id}`}>
                  取消基地
                </Button>
              </Popconfirm>
            )}
            {live && (
              <Button
                type="link"
                size="small"
                danger
                data-action="end-pairing"
                onClick={() =>
                  setEnding({
                    id: live.id,
                    siteName: r.site.name,
                    unitName: live.unit.name,
                    startedOn: live.startedOn,
                    requested: live.status === 'REQUESTED',
                  })
                }
              >
                {live.status === 'REQUESTED' ? '撤回申请' : '结束结对'}
              </Button>
            )}
          </Space>
        );
      },
    },
  ];

  /** The owner sees every pairing of its site, and may end another unit's. */
  const expandedRowRender = (r: Row) => (
    <Table<Pairing>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={r.site.pairings}
      columns={[
        { title: '结对单位', key: 'unit', render: (_, p) => p.unit.name },
        { title: '结对方式', key: 'kind', render: (_, p) => labelOf(PAIRING_KIND_LABELS, p.kind) },
        {
          title: '状态',
          key: 'status',
          render: (_, p) => <Tag color={pairingState(p).color}>{pairingState(p).text}</Tag>,
        },
        { title: '开始日期', dataIndex: 'startedOn' },
        {
          title: '操作',
          key: 'actions',
          render: (_, p) =>
            r.owned && !p.endedOn && p.status === 'ACTIVE' ? (
              <Button
                type="link"
                size="small"
                danger
                onClick={() =>
                  setEnding({
                    id: p.id,
                    siteName: r.site.name,
                    unitName: p.unit.name,
                    startedOn: p.startedOn,
                    requested: false,
                  })
                }
              >
                结束结对
              </Button>
            ) : null,
        },
      ]}
    />
  );

  const filtered = !!(relation || kind || city || base || q);
  const emptyText = filtered ? (
    <Empty description="没有符合筛选条件的帮扶点。可以清除筛选条件再看看。">
      <Button onClick={() => setParams({}, { replace: true })}>清除筛选</Button>
    </Empty>
  ) : (
    <Empty
      description={
        asContact
          ? '找不到您的帮扶点。'
          : '还没有帮扶点。可以登记本单位的结对帮扶点，或申请与省内其他单位登记的帮扶点结对。'
      }
    >
      {!asContact && (
        <Space>
          <Button type="primary" onClick={() => setEditing({ site: null })}>
            登记帮扶点
          </Button>
          {unitId && <Button onClick={() => setRequesting(true)}>申请结对</Button>}
        </Space>
      )}
    </Empty>
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {!asContact && (
        <Card
          size="small"
          data-testid="pairing-requests"
          title={
            <Space>
              待本单位答复的结对申请
              <Badge count={requests.length} showZero={false} />
            </Space>
          }
        >
          {requests.length === 0 ? (
            <Typography.Text type="secondary">
              暂无。其他单位申请与{isAdmin ? '' : '本单位登记的'}帮扶点结对时，会出现在这里等您同意或拒绝。
            </Typography.Text>
          ) : (
            <Table<Request>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={requests}
              columns={[
                {
                  title: '申请单位',
                  key: 'unit',
                  render: (_, p) => <span data-field="unit">{p.unit.name}</span>,
                },
                {
                  title: '帮扶点',
                  key: 'site',
                  render: (_, p) => `${p.site.name}（${areaName(p.site.areaCode)}）`,
                },
                { title: '结对方式', key: 'kind', render: (_, p) => labelOf(PAIRING_KIND_LABELS, p.kind) },
                { title: '开始日期', dataIndex: 'startedOn' },
                {
                  title: '操作',
                  key: 'actions',
                  render: (_, p) => (
                    <Space size={0}>
                      <Button
                        type="link"
                        size="small"
                        data-action="approve"
                        loading={busy === `approve-${p.id}`}
                        disabled={busy !== null}
                        onClick={() =>
                          void act(
                            `approve-${p.id}`,
                            () => client.call('approvePairing', { id: p.id }),
                            `已同意${p.unit.name}与“${p.site.name}”结对`,
                          )
                        }
                      >
                        同意
                      </Button>
                      <Button
                        type="link"
                        size="small"
                        danger
                        data-action="refuse"
                        disabled={busy !== null}
                        onClick={() =>
                          setRefusing({ id: p.id, unitName: p.unit.name, siteName: p.site.name })
                        }
                      >
                        拒绝
                      </Button>
                    </Space>
                  ),
                },
              ]}
            />
          )}
        </Card>
      )}
      <Card
        title="结对帮扶点"
        extra={
          <Space>
            <Button icon={<ReloadOutlined />} onClick={reload} loading={loading}>
              刷新
            </Button>
            {unitId && (
              <Button
                icon={<LinkOutlined />}
                onClick={() => setRequesting(true)}
                data-action="request-pairing"
              >
                申请结对
              </Button>
            )}
            {!asContact && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing({ site: null })}
                data-action="create-site"
              >
                登记帮扶点
              </Button>
            )}
          </Space>
        }
      >
        {!asContact && (
          <Space wrap style={{ marginBottom: 16 }} aria-label="筛选">
            {!isAdmin && (
              <Select
                aria-label="关系"
                style={{ width: 140 }}
                allowClear
                placeholder="全部关系"
                value={relation ?? undefined}
                onChange={(v?: string) => setParam('rel', v ?? null)}
                options={RELATIONS}
              />
            )}
            <Select
              aria-label="类型"
              style={{ width: 140 }}
              allowClear
              placeholder="全部类型"
              value={kind ?? undefined}
              onChange={(v?: string) => setParam('kind', v ?? null)}
              options={labelOptions(SITE_KIND_LABELS)}
            />
            <Select
              aria-label="城市"
              style={{ width: 120 }}
              allowClear
              placeholder="全部城市"
              value={city ?? undefined}
              onChange={(v?: string) => setParam('city', v ?? null)}
              options={CITIES.map((c) => ({ value: c.code, label: c.name }))}
            />
            <Select
              aria-label="志愿服务基地"
              style={{ width: 150 }}
              allowClear
              placeholder="是否服务基地"
              value={base ?? undefined}
              onChange={(v?: string) => setParam('base', v ?? null)}
              options={[
                { value: '1', label: '志愿服务基地' },
                { value: '0', label: '非基地' },
              ]}
            />
            <Input.Search
              aria-label="帮扶点名称"
              style={{ width: 220 }}
              allowClear
              placeholder="按名称查找"
              defaultValue={q}
              onSearch={(v) => setParam('q', v.trim() || null)}
            />
          </Space>
        )}
        <ProblemAlert problem={problem} onRetry={reload} />
        {actionProblem && (
          <Alert
            style={{ marginBottom: 16 }}
            type="error"
            showIcon
            data-testid="refusal"
            title={actionProblem}
            closable={{ onClose: () => setActionProblem(null) }}
          />
        )}
        {isAdmin && (data?.owned?.totalCount ?? 0) > (data?.owned?.edges.length ?? 0) && (
          <Alert
            style={{ marginBottom: 16 }}
            type="info"
            showIcon
            title={`全省共 ${data?.owned?.totalCount} 个帮扶点，这里列出前 ${data?.owned?.edges.length} 个`}
          />
        )}
        <Table<Row>
          rowKey={(r) => r.site.id}
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={loading}
          pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          expandable={{
            expandedRowRender,
            rowExpandable: (r) => r.owned && r.site.pairings.length > 0,
          }}
          locale={{ emptyText: loading || !data ? ' ' : emptyText }}
          scroll={{ x: 1150 }}
        />
      </Card>
      <SiteDrawer
        open={editing !== null}
        site={editing?.site ?? null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
      {unitId && (
        <RequestPairingModal
          open={requesting}
          unitId={unitId}
          onClose={() => setRequesting(false)}
          onDone={() => {
            setRequesting(false);
            reload();
          }}
        />
      )}
      <EndPairingModal
        pairing={ending}
        onClose={() => setEnding(null)}
        onDone={() => {
          setEnding(null);
          reload();
        }}
      />
      <RefusePairingModal
        request={refusing}
        onClose={() => setRefusing(null)}
        onDone={() => {
          setRefusing(null);
          reload();
        }}
      />
      <MarkBaseModal
        site={marking}
        onClose={() => setMarking(null)}
        onDone={() => {
          setMarking(null);
          reload();
        }}
      />
    </Space>
  );
}
