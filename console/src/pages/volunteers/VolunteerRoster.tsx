import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button, Card, DatePicker, Empty, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { EditOutlined, ImportOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { ServiceCategory, VolunteerFilter } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import { formatChinaTime } from '../../china-time';
import {
  VolunteersOptionsDocument,
  VolunteersRosterDocument,
  type VolunteerRowFragment,
  type VolunteersOptionsQuery,
} from '../../graphql/generated';
import {
  GENDER_LABELS,
  labelOf,
  labelOptions,
  SERVICE_CATEGORY_LABELS,
  VOLUNTEER_ROLE_LABELS,
} from '../../labels';
import { CursorPager, PAGE_SIZE, pageOf, ProblemAlert, useCursorPages } from '../../paging';
import { chinaDayEndIso, chinaDayStartIso, maskDocumentNumber } from './rules';
import { useWorkingUnit } from '../../working-unit';

// The form and the import dialog are loaded when first opened: not part of the first screen.
const VolunteerDrawer = lazy(() => import('./VolunteerDrawer'));
const ImportRosterModal = lazy(() => import('./ImportRosterModal'));

/** The filters the URL holds (`?q=&category=&skill=&trained=yes|no&team=&from=&to=`). */
const FILTER_PARAMS = ['q', 'category', 'skill', 'trained', 'team', 'from', 'to'] as const;

/** `2019-05-11 08:00–12:00` (China time), the end's date only when it differs. */
function describeWindow(window: { startsAt: string; endsAt: string }): string {
  const start = formatChinaTime(window.startsAt);
  const end = formatChinaTime(window.endsAt);
  return `${start}–${end.slice(0, 10) === start.slice(0, 10) ? end.slice(11) : end}`;
}

/**
 * 志愿者: the roster of the coordinator's unit (every unit's for the province), searched by name or
 * volunteer number and filtered by service category, skill, stated availability, safety training
 * and team (all in the URL), a page of 20 at a time. Coordinators add and edit volunteers in a
 * drawer (the ID number and mobile checked as typed) and import the rosters units already keep.
 */
export default function VolunteerRoster() {
  const { session, client, expired } = useSignedIn();
  const { account } = session;
  const [params, setParams] = useSearchParams();
  const [options, setOptions] = useState<VolunteersOptionsQuery | null>(null);
  const [optionsAttempt, setOptionsAttempt] = useState(0);
  /** The drawer: null shut, 'new' to add, or the volunteer being edited. */
  const [editing, setEditing] = useState<VolunteerRowFragment | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  // The unit's coordinator registers and edits; the province reads every unit (personal data masked).
  const working = useWorkingUnit();
  const unitId = account.role === 'UNIT_COORDINATOR' ? working.unitId : null;
  const mayChange = unitId !== null;

  const q = params.get('q');
  const category = params.get('category') as ServiceCategory | null;
  const skill = params.get('skill');
  const trained = params.get('trained');
  const teamId = params.get('team');
  const from = params.get('from');
  const to = params.get('to');
  const filter = useMemo<VolunteerFilter>(
    () => ({
      ...(unitId ? { unitId } : {}),
      ...(q ? { search: q } : {}),
      ...(category ? { serviceCategory: category } : {}),
      ...(skill ? { skill } : {}),
      ...(trained === 'yes' ? { safetyTrained: true } : trained === 'no' ? { safetyTrained: false } : {}),
      ...(teamId ? { teamId } : {}),
      ...(from ? { availableFrom: chinaDayStartIso(from) } : {}),
      ...(to ? { availableUntil: chinaDayEndIso(to) } : {}),
    }),
    [unitId, q, category, skill, trained, teamId, from, to],
  );
  const key = JSON.stringify(filter);
  const pages = useCursorPages(
    (after) =>
      client
        .request(VolunteersRosterDocument, { filter, first: PAGE_SIZE, after })
        .then(({ volunteers }) => pageOf(volunteers)),
    key,
    [client],
  );
  const { fail, loading, problem, rows } = pages;

  useEffect(() => {
    let current = true;
    client
      .request(VolunteersOptionsDocument, { unitId })
      .then((result) => current && setOptions(result))
      .catch((error: unknown) => current && fail(error));
    return () => {
      current = false;
    };
  }, [client, unitId, fail, optionsAttempt]);

  const reload = () => {
    if (!options) setOptionsAttempt((n) => n + 1);
    pages.reload();
  };

  const filtered = FILTER_PARAMS.some((name) => params.get(name));

  const setParam = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(name);
      else next.set(name, value);
    }
    setParams(next, { replace: true });
  };

  const columns: ColumnsType<VolunteerRowFragment> = [
    {
      title: '姓名',
      key: 'name',
      width: 130,
      fixed: 'left',
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <Space size={4} wrap>
            <span data-field="name">{row.name}</span>
            {row.role === 'UNION_CADRE' && (
              <Tag color="purple">{labelOf(VOLUNTEER_ROLE_LABELS, row.role)}</Tag>
            )}
            {!row.active && <Tag>已停用</Tag>}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.volunteerNumber}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '性别',
      dataIndex: 'gender',
      width: 60,
      render: (value: VolunteerRowFragment['gender']) => (
        <span data-field="gender">{labelOf(GENDER_LABELS, value)}</span>
      ),
    },
    {
      title: '证件号码',
      dataIndex: 'documentNumber',
      width: 175,
      render: (value: string) => (
        <Typography.Text code data-field="documentNumber">
          {maskDocumentNumber(value)}
        </Typography.Text>
      ),
    },
    {
      title: '手机',
      dataIndex: 'mobile',
      width: 120,
      render: (value: string) => <span data-field="mobile">{value}</span>,
    },
    {
      title: '服务类别 / 技能',
      key: 'skills',
      width: 210,
      render: (_, row) => (
        <Space orientation="vertical" size={2}>
          <Space size={[0, 4]} wrap data-field="categories">
            {row.serviceCategories.map((c) => (
              <Tag key={c} color="blue">
                {labelOf(SERVICE_CATEGORY_LABELS, c)}
              </Tag>
            ))}
          </Space>
          {row.skills.length > 0 && (
            <Typography.Text type="secondary" data-field="skills">
              技能：{row.skills.join('、')}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: '可服务时间（北京时间）',
      key: 'availability',
      width: 190,
      render: (_, row) => {
        if (row.availability.length === 0) return <Typography.Text type="secondary">未填写</Typography.Text>;
        const windows = [...row.availability].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
        return (
          <Tooltip title={windows.map((w) => describeWindow(w)).join('；')}>
            <span data-field="availability">
              {describeWindow(windows[0]!)}
              {windows.length > 1 && (
                <Typography.Text type="secondary"> 等 {windows.length} 段</Typography.Text>
              )}
            </span>
          </Tooltip>
        );
      },
    },
    {
      title: '安全培训',
      dataIndex: 'safetyTrainedOn',
      width: 120,
      render: (value: string | null) =>
        value ? (
          <Tag color="green" data-field="training">
            已培训 {value}
          </Tag>
        ) : (
          <Tag color="orange" data-field="training">
            未培训
          </Tag>
        ),
    },
    {
      title: '所在服务队',
      key: 'teams',
      width: 160,
      render: (_, row) =>
        row.memberships.length > 0 ? (
          <span data-field="teams">{row.memberships.map((m) => m.team.name).join('、')}</span>
        ) : (
          <Typography.Text type="secondary">未入队</Typography.Text>
        ),
    },
    ...(mayChange
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 80,
            fixed: 'right' as const,
            render: (_: unknown, row: VolunteerRowFragment) => (
              <Button
                type="link"
                size="small"
                icon={<EditOutlined />}
                data-action="edit"
                aria-label={`编辑 ${row.name}`}
                onClick={() => setEditing(row)}
              >
                编辑
              </Button>
            ),
          },
        ]
      : []),
  ];

  const emptyText = filtered ? (
    <Empty description="没有符合筛选条件的志愿者。可以清除筛选条件再看看。">
      <Button
        onClick={() => setParam(Object.fromEntries(FILTER_PARAMS.map((name) => [name, null] as const)))}
      >
        清除筛选
      </Button>
    </Empty>
  ) : mayChange ? (
    <Empty description="本单位还没有登记志愿者。可以逐个添加，或把单位现有的 Excel/CSV 名册一次导入。">
      <Space>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          添加志愿者
        </Button>
        <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
          导入名册
        </Button>
      </Space>
    </Empty>
  ) : (
    <Empty description="还没有登记的志愿者。志愿者由各单位协调员添加或导入。" />
  );

  const teamOptions = (options?.serviceTeams.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: node.name,
  }));

  return (
    <Card
      title="志愿者名单"
      extra={
        <Space>
          {mayChange && (
            <>
              <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
                导入名册
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                添加志愿者
              </Button>
            </>
          )}
          <Button icon={<ReloadOutlined />} onClick={reload} loading={loading}>
            刷新
          </Button>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }} aria-label="筛选">
        <Input.Search
          aria-label="搜索"
          placeholder="姓名或志愿者编号"
          allowClear
          style={{ width: 200 }}
          defaultValue={q ?? ''}
          key={`q-${q ?? ''}`}
          onSearch={(value) => setParam({ q: value.trim() || null })}
        />
        <Select
          aria-label="服务类别"
          style={{ width: 160 }}
          allowClear
          placeholder="全部服务类别"
          value={category ?? undefined}
          onChange={(value?: string) => setParam({ category: value ?? null })}
          options={labelOptions(SERVICE_CATEGORY_LABELS)}
        />
        <Input.Search
          aria-label="技能"
          placeholder="技能，如 急救培训"
          allowClear
          style={{ width: 190 }}
          defaultValue={skill ?? ''}
          key={`skill-${skill ?? ''}`}
          onSearch={(value) => setParam({ skill: value.trim() || null })}
        />
        <Select
          aria-label="安全培训"
          style={{ width: 130 }}
          allowClear
          placeholder="安全培训"
          value={trained ?? undefined}
          onChange={(value?: string) => setParam({ trained: value ?? null })}
          options={[
            { value: 'yes', label: '已培训' },
            { value: 'no', label: '未培训' },
          ]}
        />
        <Select
          aria-label="所在服务队"
          style={{ width: 180 }}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={!options && !problem}
          placeholder="全部服务队"
          value={teamId ?? undefined}
          onChange={(value?: string) => setParam({ team: value ?? null })}
          options={teamOptions}
          notFoundContent="本单位还没有服务队"
        />
        <DatePicker.RangePicker
          aria-label="可服务时间"
          placeholder={['可服务日期从', '至']}
          allowEmpty={[true, true]}
          value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
          onChange={(_, [start, end]) => setParam({ from: start || null, to: end || null })}
        />
      </Space>
      <ProblemAlert problem={problem} onRetry={reload} />
      {!mayChange && (
        <Typography.Paragraph type="secondary">
          省教育工会可查看各单位的志愿者（证件号码和手机号码已隐去部分数字）；添加、修改和导入由各单位协调员进行。
        </Typography.Paragraph>
      )}
      <Table<VolunteerRowFragment>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        locale={{ emptyText: loading ? ' ' : emptyText }}
        scroll={{ x: 1240 }}
      />
      <CursorPager pages={pages} unit="人" />
      {unitId && editing !== null && (
        <Suspense fallback={null}>
          <VolunteerDrawer
            open
            client={client}
            unitId={unitId}
            volunteer={editing === 'new' ? null : editing}
            onClose={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              pages.reload();
            }}
            onSignedOut={expired}
          />
        </Suspense>
      )}
      {unitId && importing && (
        <Suspense fallback={null}>
          <ImportRosterModal
            open
            client={client}
            unitId={unitId}
            onClose={() => setImporting(false)}
            onImported={() => {
              setImporting(false);
              pages.reload();
            }}
            onSignedOut={expired}
          />
        </Suspense>
      )}
    </Card>
  );
}
