import { BadInputError } from '../../core/errors';
import { requireInt, uniqueValues } from '../../core/validate';
import { BENEFICIARY_NATIONAL_CODE, NATIONAL_BENEFICIARY_LABELS } from '../code-lists/beneficiary-group';
import {
  NATIONAL_CATEGORY_LABELS,
  POVERTY_ALLEVIATION_CODE,
  SERVICE_CATEGORY_INFO,
} from '../code-lists/service-category';
import type { ServiceNeed } from '../needs/service-need.entity';
import { ServiceProjectStatus } from './service-project.entity';

export const MAX_NATIONAL_CATEGORIES = 4;

export function checkNationalCategoryCodes(codes: readonly string[]): string[] {
  const unique = uniqueValues('nationalCategoryCodes', codes);
  if (unique.length === 0)
    throw new BadInputError('nationalCategoryCodes', 'give at least one 服务类别 code');
  if (unique.length > MAX_NATIONAL_CATEGORIES) {
    throw new BadInputError(
      'nationalCategoryCodes',
      `a project may carry at most ${MAX_NATIONAL_CATEGORIES} 服务类别 codes`,
    );
  }
  for (const code of unique) {
    if (!NATIONAL_CATEGORY_LABELS[code]) {
      throw new BadInputError('nationalCategoryCodes', `${code} is not a national 服务类别 code`);
    }
  }
  // The whole campaign is poverty alleviation (助力脱贫攻坚, DOMAIN.md): the archive export
  // refuses a project without 0002 (PROJECT_POVERTY_CODE_MISSING), so refuse it on entry.
  if (!unique.includes(POVERTY_ALLEVIATION_CODE)) {
    throw new BadInputError(
      'nationalCategoryCodes',
      `every project of the campaign carries ${POVERTY_ALLEVIATION_CODE} 扶贫减贫: add it to the 服务类别 codes`,
    );
  }
  return unique;
}

export function checkBeneficiaryCodes(codes: readonly string[]): string[] {
  const unique = uniqueValues('beneficiaryCodes', codes);
  for (const code of unique) {
    if (!NATIONAL_BENEFICIARY_LABELS[code]) {
      throw new BadInputError('beneficiaryCodes', `${code} is not a national 服务对象 code`);
    }
  }
  return unique;
}

/** Every poverty-alleviation project carries 0002, then the codes of the needs it serves. */
export function defaultNationalCategoryCodes(needs: readonly Pick<ServiceNeed, 'category'>[]): string[] {
  const codes = [
    POVERTY_ALLEVIATION_CODE,
    ...needs.map((need) => SERVICE_CATEGORY_INFO[need.category].nationalCode),
  ];
  return [...new Set(codes)].slice(0, MAX_NATIONAL_CATEGORIES);
}

/**
 * 服务对象人数 of a new project: the figure given, else the sum of the 受益人数 of the needs it
 * serves (what their site contacts entered), else null: not entered. The site's own 服务人数 is the
 * whole village or school, not whom this project serves, so it is never taken for it.
 */
export function peopleServedOf(
  given: number | null | undefined,
  needs: readonly Pick<ServiceNeed, 'beneficiaryCount'>[],
): number | null {
  if (given !== undefined && given !== null) {
    return requireInt('peopleServed', given, { min: 0, max: 10_000_000 });
  }
  const fromNeeds = needs.reduce((sum, need) => sum + need.beneficiaryCount, 0);
  return fromNeeds > 0 ? fromNeeds : null;
}

/** 服务对象 06 贫困家庭: whom a poverty-alleviation project serves when no need says more. */
export const POOR_HOUSEHOLDS_CODE = '06';

/**
 * The 服务对象 codes of the needs a project serves; 06 贫困家庭 for a project that serves none yet
 * (the campaign's beneficiaries by definition): the national archive refuses a project without one.
 */
export function defaultBeneficiaryCodes(needs: readonly Pick<ServiceNeed, 'beneficiaryGroups'>[]): string[] {
  const codes = needs.flatMap((need) =>
    need.beneficiaryGroups.map((group) => BENEFICIARY_NATIONAL_CODE[group]),
  );
  return codes.length > 0 ? [...new Set(codes)].sort() : [POOR_HOUSEHOLDS_CODE];
}

const NEXT_STATUSES: Readonly<Record<ServiceProjectStatus, readonly ServiceProjectStatus[]>> = {
  PLANNED: [ServiceProjectStatus.ACTIVE, ServiceProjectStatus.CANCELLED],
  ACTIVE: [ServiceProjectStatus.COMPLETED, ServiceProjectStatus.CANCELLED],
  COMPLETED: [],
  CANCELLED: [],
};

export function requireStatusChange(from: ServiceProjectStatus, to: ServiceProjectStatus): void {
  if (from !== to && !NEXT_STATUSES[from].includes(to)) {
    throw new BadInputError('status', `a ${from} project cannot become ${to}`);
  }
}
