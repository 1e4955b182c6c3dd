import { chinaDate, chinaDayStart } from '../server/src/core/time';
import { CampaignPhaseKind, MilestoneKind } from '../server/src/modules/campaigns/campaign.entity';

/** A campaign's dates, phases and reporting milestones: what `createCampaign` takes. */
export interface CampaignCalendar {
  year: number;
  name: string;
  startsOn: string;
  endsOn: string;
  phases: { kind: CampaignPhaseKind; startsOn: string; endsOn: string }[];
  milestones: { kind: MilestoneKind; dueOn: string }[];
}

/** A demo campaign still under way, with the China dates its open needs are seeded on. */
export interface CurrentCampaignCalendar extends CampaignCalendar {
  /** First and last day (inclusive) of the seeded needs: all after the clock's day, within the campaign. */
  needDays: { first: string; last: string };
}

/** The year of the 2019 notice: the demo's own campaign, whose data tests and docs depend on. */
export const NOTICE_YEAR = 2019;

/**
 * Days of the seeded needs ahead of the clock: four weeks of them, or what is left of the service
 * phase when that is longer. The notice's campaign ends on 31 October; when fewer than these are
 * left before it, the campaign runs to 31 December instead so that service can still be planned.
 */
export const NEED_DAYS_AHEAD = 28;

/**
 * The demo campaign starts at least this many days before the clock's day: earlier than the
 * notice's 1 March in January, February, early March and on 31 December (which belongs to next
 * year's campaign), so that service done in the days just past can be recorded now.
 */
export const RECORDABLE_DAYS_BEHIND = 7;

/**
 * The 2019 notice's calendar (DOMAIN.md "The campaign calendar") in any year: launch by the end of
 * March, teams serve April to September, summary in early October, status reports due 30 March,
 * 30 June and 30 September and the summary materials by 11 October.
 */
export function noticeCalendar(year: number, name: string): CampaignCalendar {
  const on = (monthDay: string) => `${year}-${monthDay}`;
  return {
    year,
    name,
    startsOn: on('03-01'),
    endsOn: on('10-31'),
    phases: [
      { kind: CampaignPhaseKind.LAUNCH, startsOn: on('03-01'), endsOn: on('03-31') },
      { kind: CampaignPhaseKind.SERVICE, startsOn: on('04-01'), endsOn: on('09-30') },
      { kind: CampaignPhaseKind.SUMMARY, startsOn: on('10-01'), endsOn: on('10-11') },
    ],
    milestones: [
      { kind: MilestoneKind.LAUNCH, dueOn: on('03-30') },
      { kind: MilestoneKind.MID_TERM, dueOn: on('06-30') },
      { kind: MilestoneKind.SUMMARY, dueOn: on('09-30') },
      { kind: MilestoneKind.FINAL_MATERIALS, dueOn: on('10-11') },
    ],
  };
}

/**
 * The demo's campaign of the year the clock is in, so that needs can be posted and served now
 * (a new need must end in the future, which the 2019 campaign never will again). It follows the
 * notice's calendar; the year is that of the next China day, since needs go on whole days after
 * today: on 31 December that is next year's campaign. Late in the year, when fewer than
 * NEED_DAYS_AHEAD days are left before 31 October, the campaign runs to 31 December. Its needs go
 * on the days from tomorrow (not before the service phase starts) for four weeks, or to the end
 * of the service phase when that is later, never past the campaign's end. When the notice's start
 * is less than RECORDABLE_DAYS_BEHIND days behind the clock, the campaign (and its launch phase)
 * starts that many days back instead: its started projects then cover the days just past.
 */
export function currentCampaignCalendar(now: Date): CurrentCampaignCalendar {
  const tomorrow = addDays(chinaDate(now), 1);
  const year = Number(tomorrow.slice(0, 4));
  if (year <= NOTICE_YEAR) {
    throw new Error(`the clock (${now.toISOString()}) is before ${NOTICE_YEAR + 1}: no current campaign`);
  }
  const notice = noticeCalendar(year, `${year}年助力乡村振兴教职工志愿服务活动`);
  const behind = addDays(chinaDate(now), -RECORDABLE_DAYS_BEHIND);
  const startsOn = behind < notice.startsOn ? behind : notice.startsOn;
  const phases = notice.phases.map((phase) =>
    phase.kind === CampaignPhaseKind.LAUNCH ? { ...phase, startsOn } : phase,
  );
  const service = notice.phases.find((p) => p.kind === CampaignPhaseKind.SERVICE)!;
  const first = tomorrow > service.startsOn ? tomorrow : service.startsOn;
  const fourWeeks = addDays(first, NEED_DAYS_AHEAD - 1);
  const endsOn = fourWeeks <= notice.endsOn ? notice.endsOn : `${year}-12-31`;
  const wanted = fourWeeks > service.endsOn ? fourWeeks : service.endsOn;
  return {
    ...notice,
    startsOn,
    phases,
    endsOn,
    needDays: { first, last: wanted < endsOn ? wanted : endsOn },
  };
}

/** The China date `days` after `date` (both `YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  return chinaDate(new Date(chinaDayStart(date).getTime() + days * 86_400_000));
}

/** Whole days from `from` to `to` (China dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((chinaDayStart(to).getTime() - chinaDayStart(from).getTime()) / 86_400_000);
}
