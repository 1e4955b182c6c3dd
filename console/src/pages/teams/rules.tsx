import { Space, Tag, Tooltip } from 'antd';
import { SdkError, type VolunteerRole } from '../../../../client-sdk/src';
import { describeError } from '../../errors';

/**
 * The notice's rule (DOMAIN.md): each team has 7–10 volunteers plus 1–2 union cadres (工会干部). The
 * server (server/src/modules/teams/team-composition.ts) enforces it; the screen shows it and offers
 * only what it allows.
 */
export const TEAM_RULE = { minVolunteers: 7, maxVolunteers: 10, minCadres: 1, maxCadres: 2 } as const;

export interface Composition {
  volunteers: number;
  cadres: number;
}

export function compositionOf(roles: readonly VolunteerRole[]): Composition & { valid: boolean } {
  const cadres = roles.filter((role) => role === 'UNION_CADRE').length;
  const volunteers = roles.length - cadres;
  return { volunteers, cadres, valid: compositionProblems({ volunteers, cadres }).length === 0 };
}

/** What keeps a team from meeting the rule, in words; empty when it meets it. */
export function compositionProblems({ volunteers, cadres }: Composition): string[] {
  const problems: string[] = [];
  if (volunteers < TEAM_RULE.minVolunteers)
    problems.push(`志愿者 ${volunteers} 人，还差 ${TEAM_RULE.minVolunteers - volunteers} 人（须 7–10 人）`);
  if (volunteers > TEAM_RULE.maxVolunteers)
    problems.push(`志愿者 ${volunteers} 人，多了 ${volunteers - TEAM_RULE.maxVolunteers} 人（须 7–10 人）`);
  if (cadres < TEAM_RULE.minCadres) problems.push(`还没有工会干部（须 1–2 名）`);
  if (cadres > TEAM_RULE.maxCadres)
    problems.push(`工会干部 ${cadres} 名，多了 ${cadres - TEAM_RULE.maxCadres} 名（须 1–2 名）`);
  return problems;
}

/** Why a team may not start serving yet (composition and leader); empty when it may. */
export function activationBlockers(composition: Composition, leaderId: string | null | undefined): string[] {
  const blockers = compositionProblems(composition);
  if (!leaderId) blockers.push('还没有指定负责人');
  return blockers;
}

/** Whether one more member of this role stays within the maximum (a forming team may be short). */
export function roomFor(composition: Composition, role: VolunteerRole): string | null {
  if (role === 'UNION_CADRE' && composition.cadres >= TEAM_RULE.maxCadres)
    return `工会干部已有 ${composition.cadres} 名，最多 ${TEAM_RULE.maxCadres} 名`;
  if (role !== 'UNION_CADRE' && composition.volunteers >= TEAM_RULE.maxVolunteers)
    return `志愿者已有 ${composition.volunteers} 人，最多 ${TEAM_RULE.maxVolunteers} 人`;
  return null;
}

/**
 * Why this member may not leave: a serving team keeps meeting the rule, and keeps its leader.
 * Null when they may.
 */
export function removalBlocker(
  composition: Composition,
  role: VolunteerRole,
  serving: boolean,
  isLeader: boolean,
): string | null {
  if (isLeader) return '负责人不能移出：请先把另一名成员设为负责人';
  if (!serving) return null;
  const after =
    role === 'UNION_CADRE'
      ? { ...composition, cadres: composition.cadres - 1 }
      : { ...composition, volunteers: composition.volunteers - 1 };
  const problems = compositionProblems(after);
  return problems.length > 0
    ? `已启用的服务队须保持 7–10 名志愿者和 1–2 名工会干部：移出后${problems[0]}`
    : null;
}

/** 8/7–10 志愿者 and 1/1–2 工会干部, each red when out of range. */
export function CompositionTags({ composition }: { composition: Composition }) {
  const volunteersOk =
    composition.volunteers >= TEAM_RULE.minVolunteers && composition.volunteers <= TEAM_RULE.maxVolunteers;
  const cadresOk = composition.cadres >= TEAM_RULE.minCadres && composition.cadres <= TEAM_RULE.maxCadres;
  const problems = compositionProblems(composition);
  return (
    <Tooltip
      title={problems.length > 0 ? problems.join('；') : '符合 7–10 名志愿者 + 1–2 名工会干部的组队要求'}
    >
      <Space size={4} data-field="composition" data-valid={String(problems.length === 0)}>
        <Tag color={volunteersOk ? 'green' : 'red'} data-field="volunteers">
          志愿者 {composition.volunteers}/7–10
        </Tag>
        <Tag color={cadresOk ? 'green' : 'red'} data-field="cadres">
          工会干部 {composition.cadres}/1–2
        </Tag>
      </Space>
    </Tooltip>
  );
}

/** A team mutation's failure in words: the composition rule in Chinese, the rest as describeError. */
export function teamErrorText(error: unknown): string {
  if (error instanceof SdkError && error.code === 'TEAM_COMPOSITION_INVALID') {
    const { volunteers, cadres } = error.extensions as { volunteers?: number; cadres?: number };
    const now =
      typeof volunteers === 'number' && typeof cadres === 'number'
        ? `：现有志愿者 ${volunteers} 人、工会干部 ${cadres} 名`
        : '';
    return `服务器未同意：服务队须有 7–10 名志愿者和 1–2 名工会干部${now}`;
  }
  if (error instanceof SdkError && error.code === 'CONFLICT' && error.field === 'name')
    return '本单位已有同名的服务队，请换一个名称';
  if (error instanceof SdkError && /leader must be a member/.test(error.message))
    return '负责人必须是服务队成员';
  if (error instanceof SdkError && /needs a leader|keeps a leader/.test(error.message))
    return '服务队须先指定负责人才能启用';
  if (error instanceof SdkError && /disbanded team cannot be changed/.test(error.message))
    return '已解散的服务队不能再修改';
  return describeError(error);
}

export const STATUS_COLORS = { FORMING: 'gold', ACTIVE: 'green', DISBANDED: 'default' } as const;
