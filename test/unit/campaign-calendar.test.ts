import { chinaDate, chinaDayEnd, chinaDayStart } from '../../server/src/core/time';
import { CampaignPhaseKind, MilestoneKind } from '../../server/src/modules/campaigns/campaign.entity';
import {
  addDays,
  currentCampaignCalendar,
  daysBetween,
  NEED_DAYS_AHEAD,
  noticeCalendar,
  RECORDABLE_DAYS_BEHIND,
} from '../../seeds/campaign-calendar';

/** A China-time clock: `cn('2026-12-04 22:19')`. */
const cn = (text: string) => new Date(`${text.replace(' ', 'T')}:00+08:00`);

describe('noticeCalendar', () => {
  it('is the 2019 notice’s calendar in the year asked for', () => {
    expect(noticeCalendar(2019, '2019年活动')).toEqual({
      year: 2019,
      name: '2019年活动',
      startsOn: '2019-03-01',
      endsOn: '2019-10-31',
      phases: [
        { kind: CampaignPhaseKind.LAUNCH, startsOn: '2019-03-01', endsOn: '2019-03-31' },
        { kind: CampaignPhaseKind.SERVICE, startsOn: '2019-04-01', endsOn: '2019-09-30' },
        { kind: CampaignPhaseKind.SUMMARY, startsOn: '2019-10-01', endsOn: '2019-10-11' },
      ],
      milestones: [
        { kind: MilestoneKind.LAUNCH, dueOn: '2019-03-30' },
        { kind: MilestoneKind.MID_TERM, dueOn: '2019-06-30' },
        { kind: MilestoneKind.SUMMARY, dueOn: '2019-09-30' },
        { kind: MilestoneKind.FINAL_MATERIALS, dueOn: '2019-10-11' },
      ],
    });
  });
});

describe('currentCampaignCalendar', () => {
  it('keeps the notice’s calendar, shifted to the year, while four weeks of it are left', () => {
    const calendar = currentCampaignCalendar(cn('2026-07-15 10:00'));
    const { needDays, ...campaign } = calendar;
    expect(campaign).toEqual(noticeCalendar(2026, '2026年助力乡村振兴教职工志愿服务活动'));
    // From tomorrow to the end of the service phase.
    expect(needDays).toEqual({ first: '2026-07-16', last: '2026-09-30' });
  });

  it('puts the needs in the service phase when the clock is before it', () => {
    const calendar = currentCampaignCalendar(cn('2026-01-20 09:00'));
    expect(calendar).toMatchObject({ year: 2026, endsOn: '2026-10-31' });
    expect(calendar.needDays).toEqual({ first: '2026-04-01', last: '2026-09-30' });
  });

  it('starts a week behind the clock when the notice’s 1 March is not that far behind', () => {
    const january = currentCampaignCalendar(cn('2026-01-20 09:00'));
    expect(january.startsOn).toBe(addDays('2026-01-20', -RECORDABLE_DAYS_BEHIND));
    expect(january.phases[0]).toEqual({
      kind: CampaignPhaseKind.LAUNCH,
      startsOn: january.startsOn,
      endsOn: '2026-03-31',
    });
    expect(january.phases.slice(1)).toEqual(noticeCalendar(2026, '').phases.slice(1));
    expect(january.milestones).toEqual(noticeCalendar(2026, '').milestones);
    expect(currentCampaignCalendar(cn('2026-03-03 12:00')).startsOn).toBe('2026-02-24');
    expect(currentCampaignCalendar(cn('2026-03-08 12:00')).startsOn).toBe('2026-03-01');
    // On 31 December the campaign is next year's, and still covers the week just past.
    expect(currentCampaignCalendar(cn('2026-12-31 10:00'))).toMatchObject({
      year: 2027,
      startsOn: '2026-12-24',
    });
  });

  it('gives the needs four weeks past the service phase while the campaign still holds them', () => {
    const calendar = currentCampaignCalendar(cn('2026-09-20 09:00'));
    expect(calendar.endsOn).toBe('2026-10-31');
    expect(calendar.needDays).toEqual({ first: '2026-09-21', last: '2026-10-18' });
    expect(currentCampaignCalendar(cn('2026-10-03 23:59'))).toMatchObject({
      endsOn: '2026-10-31',
      needDays: { first: '2026-10-04', last: '2026-10-31' },
    });
  });

  it('runs the campaign to 31 December once fewer than four weeks are left before 31 October', () => {
    expect(currentCampaignCalendar(cn('2026-10-04 00:00'))).toMatchObject({
      endsOn: '2026-12-31',
      needDays: { first: '2026-10-05', last: '2026-11-01' },
    });
    const december = currentCampaignCalendar(cn('2026-12-04 22:19'));
    expect(december).toMatchObject({
      year: 2026,
      name: '2026年助力乡村振兴教职工志愿服务活动',
      startsOn: '2026-03-01',
      endsOn: '2026-12-31',
      needDays: { first: '2026-12-05', last: '2026-12-31' },
    });
    // The phases and milestones stay the notice's: they are the year's history by then.
    expect(december.phases).toEqual(noticeCalendar(2026, '').phases);
    expect(december.milestones).toEqual(noticeCalendar(2026, '').milestones);
  });

  it('takes the China date of the clock: 16:30 UTC on 4 December is already 5 December in China', () => {
    expect(currentCampaignCalendar(new Date('2026-12-04T16:30:00Z')).needDays.first).toBe('2026-12-06');
    expect(currentCampaignCalendar(new Date('2026-12-04T15:59:59Z')).needDays.first).toBe('2026-12-05');
  });

  it('serves the last day of the year on 30 December, and is next year’s campaign on 31 December', () => {
    expect(currentCampaignCalendar(cn('2026-12-30 18:00')).needDays).toEqual({
      first: '2026-12-31',
      last: '2026-12-31',
    });
    const newYearsEve = currentCampaignCalendar(cn('2026-12-31 10:00'));
    expect(newYearsEve).toMatchObject({ year: 2027, startsOn: '2026-12-24', endsOn: '2027-10-31' });
    expect(newYearsEve.needDays).toEqual({ first: '2027-04-01', last: '2027-09-30' });
  });

  it('refuses a clock in 2019, whose campaign is the notice’s own', () => {
    expect(() => currentCampaignCalendar(cn('2019-07-01 09:00'))).toThrow(/before 2020/);
    expect(currentCampaignCalendar(cn('2019-12-31 09:00')).year).toBe(2020);
  });

  it('on every day of four years: needs after today, inside the campaign, phases inside it too', () => {
    for (let day = '2025-01-01'; day <= '2028-12-31'; day = addDays(day, 1)) {
      for (const time of ['00:00', '12:00', '23:59']) {
        const now = cn(`${day} ${time}`);
        const c = currentCampaignCalendar(now);
        expect(c.needDays.first > chinaDate(now)).toBe(true);
        expect(chinaDayStart(c.needDays.first).getTime()).toBeGreaterThan(now.getTime());
        expect(c.needDays.first <= c.needDays.last).toBe(true);
        expect(c.needDays.first >= c.startsOn && c.needDays.last <= c.endsOn).toBe(true);
        expect(chinaDayEnd(c.needDays.last).getTime()).toBeLessThanOrEqual(chinaDayEnd(c.endsOn).getTime());
        expect(daysBetween(c.needDays.first, c.needDays.last)).toBeLessThan(183);
        // At least four weeks of need days, unless the year runs out first.
        if (c.needDays.last !== `${c.year}-12-31`) {
          expect(daysBetween(c.needDays.first, c.needDays.last) + 1).toBeGreaterThanOrEqual(NEED_DAYS_AHEAD);
        }
        expect([`${c.year}-10-31`, `${c.year}-12-31`]).toContain(c.endsOn);
        for (const phase of c.phases)
          expect(phase.startsOn >= c.startsOn && phase.endsOn <= c.endsOn).toBe(true);
        // The week just past is inside it: service done then can be recorded.
        expect(c.startsOn <= addDays(chinaDate(now), -RECORDABLE_DAYS_BEHIND)).toBe(true);
      }
    }
  });
});

describe('addDays and daysBetween', () => {
  it('count China calendar days across months, leap days and years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-04-01', -14)).toBe('2026-03-18');
    expect(daysBetween('2026-04-01', '2026-09-30')).toBe(182);
    expect(daysBetween('2026-12-31', '2026-12-05')).toBe(-26);
  });
});
