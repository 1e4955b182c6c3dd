import { useCallback, useEffect, useRef, useState } from 'react';
import { Badge, Button, Progress, Space, Tag, Tooltip } from 'antd';
import type { AssignmentStatus, Client } from '../../../../client-sdk/src';
import { SdkError } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import { describeError } from '../../errors';
import {
  MatchingOptionsDocument,
  type MatchingNeedInfoFragment,
  type MatchingOptionsQuery,
  type ScorePartsFragment,
  type WeightsFragment,
} from '../../graphql/generated';
import { chinaDate } from '../../china-time';
import { ASSIGNMENT_STATUS_LABELS, labelOf, MATCHING_RULE_LABELS } from '../../labels';
import { isSignedOutError } from '../../session';
import { useWorkingUnit } from '../../working-unit';

/** The parts of a matching score, in the order the screen draws them, with their Chinese names. */
export const SCORE_PARTS: readonly {
  key: keyof ScorePartsFragment & keyof WeightsFragment;
  label: string;
  hint: string;
  color: string;
}[] = [
  { key: 'skill', label: '技能匹配', hint: '服务类别、技能和任教学科与需求的契合程度', color: '#1677ff' },
  { key: 'distance', label: '距离', hint: '志愿者住处离帮扶点越近越高', color: '#13c2c2' },
  { key: 'availability', label: '时间', hint: '本人填报的可服务时间覆盖需求时段的程度', color: '#52c41a' },
  { key: 'load', label: '服务均衡', hint: '本次活动已承担的服务越少越高，让大家轮流服务', color: '#faad14' },
  { key: 'pairing', label: '结对关系', hint: '志愿者所在单位与该帮扶点结对时为满分', color: '#722ed1' },
  { key: 'honour', label: '荣誉', hint: '劳模、先进工作者等荣誉：仅在得分相近时起作用', color: '#eb2f96' },
];

/** A score 0–1 as the screen shows it: out of 100, one decimal. */
export function scoreText(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : (score * 100).toFixed(1);
}

/** Kilometres as the screen shows them (the API rounds to whole km for other units' people). */
export function kmText(km: number | null | undefined): string {
  return km === null || km === undefined ? '未知' : `${km.toFixed(1)} 公里`;
}

export function percentText(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** One part of a score drawn as a small bar, with its weight in the tooltip. */
export function PartBar({ value, weight, color }: { value: number; weight: number; color: string }) {
  return (
    <Tooltip title={`得分 ${scoreText(value)} × 权重 ${percentText(weight)} = ${scoreText(value * weight)}`}>
      <Progress
        percent={Math.round(value * 1000) / 10}
        size="small"
        strokeColor={color}
        format={(p) => (p ?? 0).toFixed(0)}
        style={{ width: 96, margin: 0 }}
      />
    </Tooltip>
  );
}

/**
 * The total drawn as one bar of its weighted parts (each part's share of the total, in its colour),
 * with the figure beside it.
 */
export function TotalBar({
  score,
  parts,
  weights,
}: {
  score: number;
  parts: ScorePartsFragment;
  weights: WeightsFragment;
}) {
  return (
    <Tooltip
      title={
        <div>
          {SCORE_PARTS.map((p) => (
            <div key={p.key}>
              {p.label}：{scoreText(parts[p.key])} × {percentText(weights[p.key])}
            </div>
          ))}
        </div>
      }
    >
      <Space size={6} data-field="score">
        <div
          style={{
            display: 'flex',
            width: 110,
            height: 10,
            background: '#f0f0f0',
            borderRadius: 5,
            overflow: 'hidden',
          }}
          aria-hidden
        >
          {SCORE_PARTS.map((p) => (
            <div
              key={p.key}
              style={{ width: `${parts[p.key] * weights[p.key] * 100}%`, background: p.color }}
            />
          ))}
        </div>
        <strong>{scoreText(score)}</strong>
      </Space>
    </Tooltip>
  );
}

/** The legend of the total's colours. */
export function PartsLegend({ weights }: { weights: WeightsFragment }) {
  return (
    <Space wrap size={[12, 4]} data-testid="weights">
      {SCORE_PARTS.map((p) => (
        <Tooltip key={p.key} title={p.hint}>
          <Badge color={p.color} text={`${p.label}（权重 ${percentText(weights[p.key])}）`} />
        </Tooltip>
      ))}
    </Space>
  );
}

const STATUS_COLORS: Record<AssignmentStatus, string> = {
  PROPOSED: 'processing',
  CONFIRMED: 'gold',
  ACCEPTED: 'green',
  DECLINED: 'red',
  CANCELLED: 'default',
};

export function AssignmentStatusTag({ status }: { status: AssignmentStatus }) {
  return (
    <Tag color={STATUS_COLORS[status]} data-field="status" data-status={status}>
      {labelOf(ASSIGNMENT_STATUS_LABELS, status)}
    </Tag>
  );
}

/** Assignments that hold one of a need's places: proposed, confirmed or accepted. */
export const LIVE_STATUSES: readonly AssignmentStatus[] = ['PROPOSED', 'CONFIRMED', 'ACCEPTED'];

/** The campaign under way (today within its dates), else the newest. */
export function defaultCampaignId(campaigns: MatchingOptionsQuery['campaigns']): string | null {
  const today = chinaDate();
  const running = campaigns.filter((c) => c.startsOn <= today && today <= c.endsOn);
  const pool = running.length > 0 ? running : campaigns;
  return [...pool].sort((a, b) => b.year - a.year)[0]?.id ?? null;
}

/**
 * The open needs the options offer, without duplicates: a coordinator's unit's own and paired
 * sites' needs that are open to the unit (the site's own, or the unit's), the province's list.
 */
export function openNeedsOf(
  options: MatchingOptionsQuery,
  unitId: string | null,
): MatchingNeedInfoFragment[] {
  const seen = new Map<string, MatchingNeedInfoFragment>();
  const sites = [...(options.ownSites?.edges ?? []), ...(options.pairedSites?.edges ?? [])];
  for (const { node } of sites) {
    for (const need of node.needs) {
      if (need.postedByUnitId && need.postedByUnitId !== unitId) continue;
      seen.set(need.id, need);
    }
  }
  for (const { node } of options.openNeeds?.edges ?? []) seen.set(node.id, node);
  return [...seen.values()].sort((a, b) => (a.startsAt < b.startsAt ? -1 : 1));
}

export type Realtime = 'connecting' | 'live' | 'offline';

export interface AssignmentEvent {
  id: string;
  needId: string;
  volunteerId: string;
  status: AssignmentStatus;
}

/**
 * Assignment changes as they happen (the SDK's assignmentsChanged subscription: one need's, or all
 * the coordinator may read), and `onReconnected` after the socket came back (delivery is at most
 * once: what changed meanwhile must be read again).
 */
export function useAssignmentEvents(
  client: Client,
  needId: string | null,
  enabled: boolean,
  onEvent: (event: AssignmentEvent) => void,
  onReconnected: () => void,
  expired: () => void,
): { realtime: Realtime; retry: () => void } {
  const [realtime, setRealtime] = useState<Realtime>('connecting');
  const [attempt, setAttempt] = useState(0);
  const handlers = useRef({ onEvent, onReconnected, expired });
  handlers.current = { onEvent, onReconnected, expired };
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    setRealtime('connecting');
    const stream = client.events.assignmentsChanged(needId ? { needId } : {});
    const stop = client.onConnection((event) => {
      if (!current) return;
      if (event.type === 'closed') setRealtime('offline');
      if (event.type === 'reconnected') {
        setRealtime('live');
        handlers.current.onReconnected();
      }
    });
    stream.acknowledged.then(() => current && setRealtime('live')).catch(() => undefined);
    void (async () => {
      try {
        for await (const changed of stream) {
          if (!current) break;
          handlers.current.onEvent(changed);
        }
      } catch (error) {
        if (!current) return;
        setRealtime('offline');
        if (isSignedOutError(error)) handlers.current.expired();
      }
    })();
    return () => {
      current = false;
      stop();
      void stream.return();
    };
  }, [client, needId, enabled, attempt]);
  return { realtime, retry: () => setAttempt((n) => n + 1) };
}

export function RealtimeBadge({ state, onRetry }: { state: Realtime; onRetry: () => void }) {
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

/**
 * The campaigns and the open needs of the unit (one request, MatchingOptions), for the picker and the
 * plan's campaign choice.
 */
export function useMatchingOptions(campaignParam: string | null) {
  const { session, client, expired } = useSignedIn();
  const working = useWorkingUnit();
  const { account } = session;
  const isUnit = account.role !== 'PROVINCIAL_ADMIN' && working.unitId !== null;
  const [options, setOptions] = useState<MatchingOptionsQuery | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const fail = useCallback(
    (error: unknown) => (isSignedOutError(error) ? expired() : setProblem(describeError(error))),
    [expired],
  );
  // The province's list of open needs is narrowed by the campaign asked for in the URL, if any.
  const askedCampaign = isUnit ? null : campaignParam;
  useEffect(() => {
    let current = true;
    setProblem(null);
    client
      .request(MatchingOptionsDocument, { unitId: working.unitId, isUnit, campaignId: askedCampaign })
      .then((result) => current && setOptions(result))
      .catch((error: unknown) => current && fail(error));
    return () => {
      current = false;
    };
  }, [client, working.unitId, isUnit, askedCampaign, fail, attempt]);
  const campaignId = campaignParam ?? (options ? defaultCampaignId(options.campaigns) : null);
  return { options, problem, retry: () => setAttempt((n) => n + 1), campaignId, isUnit };
}

/**
 * A refused proposal in words: ASSIGNMENT_NOT_ALLOWED names each volunteer a hard rule refused and
 * the rules (the same codes as matching's, shown by their labels); anything else as describeError.
 */
export function proposeErrorText(error: unknown, nameOf: (volunteerId: string) => string): string {
  if (error instanceof SdkError && error.code === 'ASSIGNMENT_NOT_ALLOWED') {
    const exclusions = error.extensions.exclusions as
      { volunteerId: string; reasons: string[] }[] | undefined;
    if (Array.isArray(exclusions) && exclusions.length > 0) {
      return `未能提出（全部未提出）：${exclusions
        .map(
          (e) =>
            `${nameOf(e.volunteerId)}：${e.reasons.map((r) => labelOf(MATCHING_RULE_LABELS, r)).join('、')}`,
        )
        .join('；')}`;
    }
  }
  if (error instanceof SdkError && error.code === 'NEED_FULL') return '名额已满：这条需求的名额都已被占用。';
  return describeError(error);
}
