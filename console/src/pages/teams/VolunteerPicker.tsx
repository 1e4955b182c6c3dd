import { useEffect, useRef, useState } from 'react';
import { Select, Typography } from 'antd';
import type { Client } from '../../../../client-sdk/src';
import { describeError } from '../../errors';
import { TeamsVolunteersDocument, type TeamsVolunteersQuery } from '../../graphql/generated';
import { labelOf, VOLUNTEER_ROLE_LABELS } from '../../labels';

export type PickedVolunteer = TeamsVolunteersQuery['volunteers']['edges'][number]['node'];

/**
 * Chooses one of the unit's active volunteers by name or volunteer number, as the coordinator
 * types (30 at a time); says which are cadres and which are already in a team.
 */
export function VolunteerPicker({
  client,
  unitId,
  exclude,
  value,
  onChange,
  disabled,
}: {
  client: Client;
  unitId: string;
  /** Already chosen: not offered. */
  exclude: ReadonlySet<string>;
  value: PickedVolunteer | null;
  onChange: (volunteer: PickedVolunteer | null) => void;
  disabled?: boolean;
}) {
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<PickedVolunteer[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  /** The unit's volunteers are read when the list is first opened, not with the page. */
  const [opened, setOpened] = useState(false);

  useEffect(() => {
    if (!opened) return;
    let current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setLoading(true);
      client
        .request(TeamsVolunteersDocument, { unitId, search: search.trim() || null })
        .then(({ volunteers }) => {
          if (!current) return;
          setFound(volunteers.edges.map((e) => e.node));
          setTotal(volunteers.totalCount);
          setProblem(null);
        })
        .catch((error: unknown) => current && setProblem(describeError(error)))
        .finally(() => current && setLoading(false));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer.current);
    };
  }, [client, unitId, search, opened]);

  const offered = found.filter((v) => !exclude.has(v.id));
  const byId = new Map(offered.map((v) => [v.id, v]));
  return (
    <Select<string>
      aria-label="选择志愿者"
      style={{ width: 360 }}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onOpenChange={(open) => open && setOpened(true)}
      allowClear
      disabled={disabled}
      loading={loading}
      placeholder="输入姓名或志愿者编号查找本单位志愿者"
      value={value?.id}
      onChange={(id?: string) => onChange((id && byId.get(id)) || null)}
      notFoundContent={
        problem ??
        (loading ? '查找中…' : search ? '没有找到：换个姓名或编号试试' : '本单位还没有可选的志愿者')
      }
      options={offered.map((v) => {
        const teams = v.memberships.filter((m) => m.team.status !== 'DISBANDED').map((m) => m.team.name);
        return {
          value: v.id,
          label: `${v.name}（${labelOf(VOLUNTEER_ROLE_LABELS, v.role)}${v.title ? `·${v.title}` : ''}）${
            teams.length > 0 ? ` 已在${teams.join('、')}` : ''
          }${v.safetyTrainedOn ? '' : ' 未参加安全培训'}`,
        };
      })}
      popupRender={(menu) => (
        <>
          {menu}
          {total > found.length && (
            <Typography.Text type="secondary" style={{ display: 'block', padding: '4px 12px' }}>
              共 {total} 人，只列出前 {found.length} 人：输入姓名缩小范围
            </Typography.Text>
          )}
        </>
      )}
    />
  );
}
