import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  Result,
  Select,
  Space,
  Spin,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { CheckCircleOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { VolunteerRole } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import { chinaDate } from '../../china-time';
import { formFieldOf } from '../../errors';
import {
  TeamsProposalDocument,
  TeamsUnitsDocument,
  type ProposedVolunteerFragment,
  type TeamsProposalQuery,
} from '../../graphql/generated';
import { labelOf, SERVICE_CATEGORY_LABELS } from '../../labels';
import { isSignedOutError } from '../../session';
import { activationBlockers, compositionOf, CompositionTags, roomFor, teamErrorText } from './rules';
import { VolunteerPicker, type PickedVolunteer } from './VolunteerPicker';
import { useWorkingUnit } from '../../working-unit';

type Proposal = TeamsProposalQuery['teamFormationProposal'];
type Person = Pick<ProposedVolunteerFragment, 'id' | 'name' | 'role' | 'title'>;

/** A proposed team as the coordinator adjusts it before creating it. */
interface Draft {
  key: string;
  unitId: string;
  name: string;
  members: Person[];
  leaderId: string | null;
  covers: Proposal['teams'][number]['covers'];
  /** Set once created: the team's id, and whether it was activated. */
  created?: { id: string; active: boolean; refusal?: string };
  nameError?: string;
  problem?: string;
}

function shortName(unitName: string | null | undefined): string {
  return (unitName ?? '').replace(/(教育)?工会$/, '') || '本单位';
}

/**
 * 组建建议: the formation assistant's teams for the unit (from its free, safety-trained volunteers,
 * covering its paired sites' open needs). The coordinator renames, removes or adds members, picks
 * the leader, and creates each team — and starts it serving — in one click.
 */
export function FormationProposal() {
  const { session, client, expired } = useSignedIn();
  const working = useWorkingUnit();
  const { account } = session;
  const isAdmin = account.role === 'PROVINCIAL_ADMIN';
  const [unit, setUnit] = useState<{ id: string; name: string } | null>(
    working.unitId ? { id: working.unitId, name: working.unitName ?? '' } : null,
  );
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);

  const fail = useCallback(
    (error: unknown) => {
      if (isSignedOutError(error)) expired();
      else setProblem(teamErrorText(error));
    },
    [expired],
  );

  useEffect(() => {
    if (!unit) return;
    let current = true;
    setLoading(true);
    setProblem(null);
    client
      .request(TeamsProposalDocument, { unitId: unit.id })
      .then(({ teamFormationProposal }) => {
        if (!current) return;
        setProposal(teamFormationProposal);
        const today = chinaDate();
        setDrafts(
          teamFormationProposal.teams.map((t, i) => ({
            key: `${reloads}-${i}`,
            unitId: t.unitId,
            name: `${shortName(unit.name)}教职工志愿服务队（${today} 组建${i + 1}）`,
            members: [...t.cadres, ...t.volunteers],
            leaderId: t.cadres[0]?.id ?? null,
            covers: t.covers,
          })),
        );
      })
      .catch((error: unknown) => current && fail(error))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [client, unit, reloads, fail]);

  const update = (key: string, change: Partial<Draft>) =>
    setDrafts((was) => was.map((d) => (d.key === key ? { ...d, ...change } : d)));

  return (
    <div data-testid="proposal">
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          {isAdmin && <UnitChooser value={unit} onChange={setUnit} />}
          <Typography.Text type="secondary">
            系统从{unit ? `“${unit.name}”` : '所选单位'}
            已参加安全培训、尚未加入服务队的志愿者中，按 7–10 名志愿者 + 1–2
            名工会干部组队，并尽量覆盖结对帮扶点的服务需求。建议只是草稿，创建前可以改名、增减成员、换负责人。
          </Typography.Text>
        </Space>
        <Button
          icon={<ReloadOutlined />}
          loading={loading}
          disabled={!unit}
          onClick={() => setReloads((n) => n + 1)}
        >
          重新生成建议
        </Button>
      </Space>
      {problem && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={problem} />}
      {!unit && <Empty description="请先选择要组建服务队的单位。" />}
      {unit && loading && !proposal && <Spin style={{ display: 'block', margin: 48 }} />}
      {proposal && (
        <>
          {(proposal.uncovered.length > 0 || proposal.unplacedVolunteers > 0) && (
            <Alert
              style={{ marginBottom: 16 }}
              type="info"
              showIcon
              title={[
                proposal.unplacedVolunteers > 0
                  ? `还有 ${proposal.unplacedVolunteers} 名空闲志愿者未编入建议的服务队`
                  : null,
                proposal.uncovered.length > 0
                  ? `以下需求类别没有服务队能覆盖：${proposal.uncovered
                      .map((c) => labelOf(SERVICE_CATEGORY_LABELS, c))
                      .join('、')}`
                  : null,
              ]
                .filter(Boolean)
                .join('；')}
            />
          )}
          {drafts.length === 0 ? (
            <Empty description="现在没有足够的空闲志愿者组成新的服务队：至少需要 7 名已参加安全培训、尚未入队的志愿者和 1 名工会干部。可以先登记志愿者、安排安全培训，或新建服务队后逐个添加成员。">
              <Link to="/teams">
                <Button>返回服务队列表</Button>
              </Link>
            </Empty>
          ) : (
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              {drafts.map((draft, i) => (
                <DraftCard key={draft.key} index={i} draft={draft} update={(c) => update(draft.key, c)} />
              ))}
            </Space>
          )}
        </>
      )}
    </div>
  );
}

function DraftCard({
  index,
  draft,
  update,
}: {
  index: number;
  draft: Draft;
  update: (c: Partial<Draft>) => void;
}) {
  const { client, expired } = useSignedIn();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'activate' | 'create' | null>(null);
  const [picked, setPicked] = useState<PickedVolunteer | null>(null);
  const composition = compositionOf(draft.members.map((m) => m.role as VolunteerRole));
  const blockers = activationBlockers(composition, draft.leaderId);
  const addBlocker = picked ? roomFor(composition, picked.role) : null;

  if (draft.created) {
    return (
      <Card size="small" data-testid={`draft-${index}`}>
        <Result
          status={draft.created.active ? 'success' : 'warning'}
          title={draft.created.active ? `“${draft.name}”已创建并启用` : `“${draft.name}”已创建，尚未启用`}
          subTitle={draft.created.refusal}
          extra={
            <Link to={`/teams/${draft.created.id}`} data-action="open-created">
              <Button type="primary">查看服务队</Button>
            </Link>
          }
        />
      </Card>
    );
  }

  const create = async (activate: boolean) => {
    setBusy(activate ? 'activate' : 'create');
    update({ nameError: undefined, problem: undefined });
    let id: string;
    try {
      const team = await client.call('createServiceTeam', {
        input: {
          unitId: draft.unitId,
          name: draft.name.trim(),
          memberIds: draft.members.map((m) => m.id),
          leaderId: draft.leaderId,
        },
      });
      id = team.id;
    } catch (error) {
      setBusy(null);
      if (isSignedOutError(error)) return expired();
      if (formFieldOf(error, ['name'] as const)) update({ nameError: teamErrorText(error) });
      else update({ problem: teamErrorText(error) });
      return;
    }
    if (!activate) {
      setBusy(null);
      message.success(`已创建“${draft.name}”`);
      return update({ created: { id, active: false } });
    }
    try {
      await client.call('activateServiceTeam', { id });
      message.success(`已创建并启用“${draft.name}”`);
      update({ created: { id, active: true } });
    } catch (error) {
      if (isSignedOutError(error)) return expired();
      update({ created: { id, active: false, refusal: `未能启用：${teamErrorText(error)}` } });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card
      size="small"
      data-testid={`draft-${index}`}
      title={
        <Form.Item
          style={{ margin: '8px 0' }}
          label={`建议 ${index + 1}`}
          validateStatus={draft.nameError || !draft.name.trim() ? 'error' : undefined}
          help={draft.nameError ?? (!draft.name.trim() ? '请填写服务队名称' : undefined)}
        >
          <Input
            aria-label="服务队名称"
            data-field="draft-name"
            style={{ width: 360 }}
            maxLength={100}
            value={draft.name}
            onChange={(e) => update({ name: e.target.value, nameError: undefined })}
          />
        </Form.Item>
      }
      extra={<CompositionTags composition={composition} />}
    >
      {draft.problem && (
        <Alert
          style={{ marginBottom: 12 }}
          type="error"
          showIcon
          title={draft.problem}
          data-testid="refusal"
        />
      )}
      {draft.covers.length > 0 && (
        <div style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">能覆盖的需求类别：</Typography.Text>
          {draft.covers.map((c) => (
            <Tag key={c} color="cyan">
              {labelOf(SERVICE_CATEGORY_LABELS, c)}
            </Tag>
          ))}
        </div>
      )}
      <div style={{ marginBottom: 8 }} data-testid="draft-members">
        {draft.members.map((m) => (
          <Tag
            key={m.id}
            data-member={m.id}
            color={m.role === 'UNION_CADRE' ? 'purple' : undefined}
            closable
            closeIcon={<span aria-label={`移出 ${m.name}`}>×</span>}
            onClose={(e) => {
              e.preventDefault();
              update({
                members: draft.members.filter((x) => x.id !== m.id),
                leaderId: draft.leaderId === m.id ? null : draft.leaderId,
              });
            }}
            style={{ marginBottom: 4 }}
          >
            {m.name}
            {m.role === 'UNION_CADRE' ? '（工会干部）' : ''}
          </Tag>
        ))}
      </div>
      <Space wrap style={{ marginBottom: 12 }}>
        <VolunteerPicker
          client={client}
          unitId={draft.unitId}
          exclude={new Set(draft.members.map((m) => m.id))}
          value={picked}
          onChange={setPicked}
        />
        <Tooltip title={addBlocker}>
          <Button
            icon={<PlusOutlined />}
            disabled={!picked || !!addBlocker}
            onClick={() => {
              if (!picked) return;
              update({ members: [...draft.members, picked] });
              setPicked(null);
            }}
          >
            加入
          </Button>
        </Tooltip>
        <Select<string>
          aria-label="负责人"
          style={{ width: 220 }}
          placeholder="选择负责人"
          value={draft.leaderId ?? undefined}
          onChange={(leaderId) => update({ leaderId })}
          options={draft.members.map((m) => ({
            value: m.id,
            label: `负责人：${m.name}${m.role === 'UNION_CADRE' ? '（工会干部）' : ''}`,
          }))}
        />
      </Space>
      <Space wrap>
        <Tooltip title={blockers.length > 0 ? `还不能启用：${blockers.join('；')}` : null}>
          <Button
            type="primary"
            icon={<CheckCircleOutlined />}
            data-action="create-activate"
            disabled={blockers.length > 0 || !draft.name.trim() || busy !== null}
            loading={busy === 'activate'}
            onClick={() => void create(true)}
          >
            创建并启用
          </Button>
        </Tooltip>
        <Button
          data-action="create-only"
          disabled={!draft.name.trim() || busy !== null}
          loading={busy === 'create'}
          onClick={() => void create(false)}
        >
          仅创建（组建中）
        </Button>
        {blockers.length > 0 && <Typography.Text type="danger">{blockers.join('；')}</Typography.Text>}
      </Space>
    </Card>
  );
}

/** The province chooses the unit to propose teams for. */
function UnitChooser({
  value,
  onChange,
}: {
  value: { id: string; name: string } | null;
  onChange: (unit: { id: string; name: string }) => void;
}) {
  const { client } = useSignedIn();
  const [search, setSearch] = useState('');
  const [units, setUnits] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      client
        .request(TeamsUnitsDocument, { search: search.trim() || null })
        .then(({ units }) => current && setUnits(units.edges.map((e) => e.node)))
        .catch(() => current && setUnits([]));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, search]);
  return (
    <Select<string>
      aria-label="单位"
      style={{ width: 260 }}
      placeholder="选择单位"
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value?.id}
      onChange={(id) => {
        const unit = units.find((u) => u.id === id);
        if (unit) onChange(unit);
      }}
      options={units.map((u) => ({ value: u.id, label: u.name }))}
    />
  );
}
