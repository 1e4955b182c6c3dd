import type { DataSource } from 'typeorm';
import { Unit } from '../server/src/modules/units/unit.entity';
import { currentCampaignCalendar, noticeCalendar, NOTICE_YEAR } from './campaign-calendar';
import { CITIES } from './data/shandong';
import { Random } from './random';
import { demoPasswordHash, insertDemoAccounts } from './steps/accounts';
import { insertCampaign } from './steps/campaigns';
import { CURRENT_NEEDS_PER_SITE, insertCurrentCampaign } from './steps/current-campaign';
import { insertNeeds } from './steps/needs';
import { insertProjects } from './steps/projects';
import { insertServiceRecords } from './steps/records';
import { insertPairings, insertSites } from './steps/sites';
import { insertTeams } from './steps/teams';
import { insertUnits } from './steps/units';
import { insertVolunteers } from './steps/volunteers';
import { SyntheticPeople } from './synthetic-people';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './steps/accounts';

export interface SeedOptions {
  /** How many volunteers (teachers, staff and cadres) to create; the demo uses 600. */
  volunteers: number;
  /** How many service needs; by default about three per site. */
  needs?: number;
  /** How many sites; by default three per city, more for large needs counts. */
  sites?: number;
  /** PRNG seed: the same seed and sizes give the same data. */
  seed?: number;
  /**
   * Approved service records to add (for the export benchmark): teams serve their project's site
   * together, every member on the same segment, up to three segments a day over the project.
   */
  records?: number;
  /** Called as rows are written, for a progress bar. */
  progress?: (done: number, total: number) => void;
  /**
   * The clock of a live demo. Given it, the 2019 campaign gets a second one in the clock's year
   * (`currentCampaignCalendar`) with open needs still ahead, so the workflow can be walked today;
   * the 2019 data stays exactly as without it. Without it the data depends on the seed alone.
   */
  now?: Date;
}

export interface SeedSummary {
  units: number;
  campaigns: number;
  volunteers: number;
  teams: number;
  sites: number;
  needs: number;
  projects: number;
  assignments: number;
  accounts: number;
  records: number;
}

/** What `npm start` seeds: enough approved service time that reports, totals and exports show figures. */
export const DEMO_SIZE = { volunteers: 600, records: 3000 } as const;

/** Whether the database holds no units yet: seeding only ever fills an empty database. */
export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(Unit).count()) === 0;
}

/**
 * Fills an empty database with realistic, clearly synthetic data for the 2019 campaign:
 * the province union, the 16 city unions and the university unions, volunteers with valid
 * synthetic IDs, teams that meet the composition rule, sites in real Shandong counties, needs
 * in every category, projects and assignments. Every row passes the same rules as the API.
 * Given a clock (`now`), a campaign of the current year follows on the same units and sites.
 *
 * Each step is a module of seeds/steps; they run in this order, in one transaction, drawing from
 * one random stream, so the order is part of what a seed gives.
 */
export async function seedDatabase(dataSource: DataSource, options: SeedOptions): Promise<SeedSummary> {
  if (!(await isEmpty(dataSource))) throw new Error('refusing to seed: the database already holds units');
  const random = new Random(options.seed ?? 2019);
  const people = new SyntheticPeople(random);
  const needCount = options.needs ?? undefined;
  const siteCount = options.sites ?? Math.max(CITIES.length * 3, Math.ceil((needCount ?? 0) / 3));
  const current = options.now ? currentCampaignCalendar(options.now) : null;
  const total =
    options.volunteers +
    siteCount +
    (needCount ?? siteCount * 3) +
    (options.records ?? 0) +
    (current ? siteCount * CURRENT_NEEDS_PER_SITE : 0);
  let done = 0;
  const advance = (count: number) => {
    done += count;
    options.progress?.(Math.min(done, total), total);
  };

  const passwordHash = await demoPasswordHash(options.seed ?? 2019);
  return dataSource.transaction(async (manager) => {
    const units = await insertUnits(manager);
    const campaign = await insertCampaign(
      manager,
      1,
      noticeCalendar(NOTICE_YEAR, '2019年“践行新思想·奋进新时代”助力脱贫攻坚教职工志愿服务活动'),
    );
    const sites = await insertSites(manager, random, siteCount, advance);
    await insertPairings(manager, random, units, sites);
    const volunteers = await insertVolunteers(manager, random, people, units, options.volunteers, advance);
    const teams = await insertTeams(manager, random, units, volunteers);
    const needs = await insertNeeds(manager, random, campaign, sites, needCount ?? siteCount * 3, advance);
    const { projects, assignments } = await insertProjects(manager, random, campaign, teams, sites, needs);
    const accounts = await insertDemoAccounts(manager, units, passwordHash);
    const records = options.records
      ? await insertServiceRecords(manager, random, teams, options.records, advance)
      : 0;
    // Last, and from a stream of its own, so that the 2019 data is the same with it or without it.
    const currentRows = current
      ? await insertCurrentCampaign(
          manager,
          new Random((options.seed ?? 2019) + current.year * 7919),
          { calendar: current, clock: options.now!, units, sites, volunteers, teams },
          { needs: needs.length, projects },
          advance,
        )
      : { needs: 0, projects: 0 };
    return {
      units: units.length,
      campaigns: current ? 2 : 1,
      volunteers: volunteers.length,
      teams: teams.length,
      sites: sites.length,
      needs: needs.length + currentRows.needs,
      projects: projects + currentRows.projects,
      assignments,
      accounts,
      records,
    };
  });
}
