import { SYSTEM_ACTOR } from '../../server/src/core/actor';
import type { DataSource } from 'typeorm';
import { CampaignService } from '../../server/src/modules/campaigns/campaign.service';
import type { CreateServiceProjectInput } from '../../server/src/modules/projects/service-project.inputs';
import { PairingKind, SiteKind } from '../../server/src/modules/sites/site.entity';
import { SiteService } from '../../server/src/modules/sites/site.service';
import { ServiceTeamService } from '../../server/src/modules/teams/service-team.service';
import { idCheckCharacter } from '../../server/src/modules/volunteers/document-number';

/** A resident ID with a correct check character; `sequence` odd for men, even for women. */
export function residentId(area = '370102', birth = '19800101', sequence = 1): string {
  const first17 = `${area}${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}

/** Distinct valid IDs for a batch of people. */
export function residentIds(count: number, area = '370102'): string[] {
  return Array.from({ length: count }, (_, i) => residentId(area, '19850615', i + 1));
}

export function mobile(n: number): string {
  return `138${String(n).padStart(8, '0')}`;
}

/**
 * The smallest chain a project needs, built through the services: a site paired with the unit,
 * the 2019 campaign and a forming team of the unit. `projectInput` gives a valid project for it.
 */
export async function pairedSiteCampaignAndTeam(dataSource: DataSource, unitId: number) {
  const sites = new SiteService(dataSource, SYSTEM_ACTOR);
  const site = await sites.create({
    name: '曹县青岗镇王庄村',
    kind: SiteKind.VILLAGE,
    areaCode: '371721',
    latitude: 34.83,
    longitude: 115.54,
  });
  const pairing = await sites.pairUnit({
    unitId: String(unitId),
    siteId: String(site.id),
    kind: PairingKind.SELF_PAIRED,
    startedOn: '2019-03-01',
  });
  const campaign = await new CampaignService(dataSource, SYSTEM_ACTOR).create({
    year: 2019,
    name: '2019年助力脱贫攻坚教职工志愿服务活动',
    startsOn: '2019-03-01',
    endsOn: '2019-10-31',
    phases: [],
    milestones: [],
  });
  const team = await new ServiceTeamService(dataSource, SYSTEM_ACTOR).create({
    name: '项目服务队',
    unitId: String(unitId),
  });
  const projectInput = (overrides: Partial<CreateServiceProjectInput> = {}): CreateServiceProjectInput => ({
    name: '助学',
    teamId: String(team.id),
    siteId: String(site.id),
    campaignId: String(campaign.id),
    startsOn: '2019-04-01',
    endsOn: '2019-09-30',
    posts: [{ name: '辅导员' }],
    ...overrides,
  });
  return { site, pairing, campaign, team, projectInput };
}
