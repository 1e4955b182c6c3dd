import type { EntityManager } from 'typeorm';
import { chinaDayStart } from '../../server/src/core/time';
import type { Campaign } from '../../server/src/modules/campaigns/campaign.entity';
import { BeneficiaryGroup } from '../../server/src/modules/code-lists/beneficiary-group';
import { ServiceCategory } from '../../server/src/modules/code-lists/service-category';
import { ServiceNeed, ServiceNeedStatus } from '../../server/src/modules/needs/service-need.entity';
import {
  normaliseServiceNeed,
  requireWithinCampaign,
} from '../../server/src/modules/needs/service-need.rules';
import type { Site } from '../../server/src/modules/sites/site.entity';
import { NEED_TEMPLATES } from '../data/categories';
import type { Random } from '../random';
import { insertChunks, type Advance } from './common';

/** Who a need of each category serves. */
export const BENEFICIARIES: Readonly<Record<ServiceCategory, BeneficiaryGroup[]>> = {
  TUTORING: [BeneficiaryGroup.POOR_RURAL_STUDENTS, BeneficiaryGroup.STUDENTS_WITH_LEARNING_DIFFICULTIES],
  SAFETY_TALK: [BeneficiaryGroup.CHILDREN, BeneficiaryGroup.POOR_RURAL_STUDENTS],
  TEACHER_MENTORING: [BeneficiaryGroup.TEACHERS_IN_WEAK_AREAS],
  SCIENCE_POPULARISATION: [BeneficiaryGroup.CHILDREN, BeneficiaryGroup.RURAL_RESIDENTS],
  TECH_SERVICE: [BeneficiaryGroup.RURAL_RESIDENTS, BeneficiaryGroup.POOR_WORKERS],
  MEDICAL_SERVICE: [BeneficiaryGroup.ELDERLY, BeneficiaryGroup.RURAL_RESIDENTS],
  CULTURE: [BeneficiaryGroup.RURAL_RESIDENTS, BeneficiaryGroup.CHILDREN],
  POLICY_CONSULTING: [BeneficiaryGroup.POOR_WORKERS, BeneficiaryGroup.RURAL_RESIDENTS],
  PROFESSIONAL_TRAINING: [BeneficiaryGroup.POOR_WORKERS, BeneficiaryGroup.TEACHERS_IN_WEAK_AREAS],
  MATERIAL_DONATION: [BeneficiaryGroup.POOR_RURAL_STUDENTS, BeneficiaryGroup.DISABLED_STUDENTS],
  INTERNET_PLUS: [BeneficiaryGroup.POOR_RURAL_STUDENTS, BeneficiaryGroup.TEACHERS_IN_WEAK_AREAS],
};

/** `count` open needs of the 2019 campaign, on days from April to September, in every category. */
export async function insertNeeds(
  manager: EntityManager,
  random: Random,
  campaign: Campaign,
  sites: Site[],
  count: number,
  advance: Advance,
): Promise<ServiceNeed[]> {
  const categories = Object.values(ServiceCategory);
  const needs: ServiceNeed[] = [];
  for (let i = 0; i < count; i++) {
    // Round-robin over categories so every category of DOMAIN.md has needs.
    const category = categories[i % categories.length]!;
    const site = sites[(i * 7) % sites.length]!;
    const month = random.int(4, 9);
    const day = random.int(1, 28);
    const date = `2019-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const start = chinaDayStart(date);
    const fields = drawNeed(random, category, start, () =>
      random.chance(0.7) ? 16 : 16 + 24 * random.int(1, 4),
    );
    requireWithinCampaign(fields, campaign);
    needs.push({
      ...fields,
      id: i + 1,
      siteId: site.id,
      campaignId: campaign.id,
      status: ServiceNeedStatus.OPEN,
      confirmedCount: 0,
      postedAt: new Date(start.getTime() - random.int(7, 40) * 86_400_000),
    } as ServiceNeed);
  }
  await insertChunks(manager, ServiceNeed, needs, advance);
  return needs;
}

/**
 * A need of `category` from its templates, 8:30 on the day `start` begins until `endHours()` hours
 * after that midnight. The draws happen in this order (end hours after headcount), so the seeded data
 * depends on the seed alone.
 */
export function drawNeed(random: Random, category: ServiceCategory, start: Date, endHours: () => number) {
  const template = NEED_TEMPLATES[category];
  return normaliseServiceNeed({
    title: random.pick(template.titles),
    description: random.pick(template.descriptions),
    category,
    requiredSkills: random.pickSome(template.skills, Math.min(template.skills.length, random.int(1, 2))),
    headcount: random.int(2, 8),
    startsAt: new Date(start.getTime() + 8.5 * 3_600_000),
    endsAt: new Date(start.getTime() + endHours() * 3_600_000),
    beneficiaryGroups: BENEFICIARIES[category],
    beneficiaryCount: random.int(10, 200),
  });
}
