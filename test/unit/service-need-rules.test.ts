import { requireWithinCampaign } from '../../server/src/modules/needs/service-need.rules';
import { expectBadInput } from './support/expect-error';

/** A China-time instant in 2019: `cn('10-31 24:00')` is the end of the campaign's last day. */
const cn = (text: string) => {
  const [monthDay, time] = text.split(' ');
  if (time === '24:00') return new Date(new Date(`2019-${monthDay}T00:00:00+08:00`).getTime() + 86_400_000);
  return new Date(`2019-${monthDay}T${time}:00+08:00`);
};
const window = (from: string, to: string) => ({ startsAt: cn(from), endsAt: cn(to) });
const CAMPAIGN = { startsOn: '2019-03-01', endsOn: '2019-10-31' };
const DATES = '2019-03-01 – 2019-10-31, China time';

describe('requireWithinCampaign', () => {
  it('accepts a need on an ordinary day of the campaign', () => {
    expect(() => requireWithinCampaign(window('07-10 09:00', '07-10 12:00'), CAMPAIGN)).not.toThrow();
  });

  it('accepts the whole campaign: from the first day 00:00 to the last day 24:00 China time', () => {
    expect(() => requireWithinCampaign(window('03-01 00:00', '10-31 24:00'), CAMPAIGN)).not.toThrow();
    // In UTC that is the evening before the first day to 16:00 on the last day.
    expect(cn('03-01 00:00').toISOString()).toBe('2019-02-28T16:00:00.000Z');
    expect(cn('10-31 24:00').toISOString()).toBe('2019-10-31T16:00:00.000Z');
  });

  it('accepts a one-day campaign for a need of that whole day', () => {
    const oneDay = { startsOn: '2019-07-10', endsOn: '2019-07-10' };
    expect(() => requireWithinCampaign(window('07-10 00:00', '07-10 24:00'), oneDay)).not.toThrow();
  });

  it('refuses a start a millisecond before the first day (startsAt), naming the campaign’s dates', () => {
    const early = { startsAt: new Date(cn('03-01 00:00').getTime() - 1), endsAt: cn('03-01 12:00') };
    const error = expectBadInput(() => requireWithinCampaign(early, CAMPAIGN), 'startsAt');
    expect(error.message).toBe(`a need must lie within its campaign (${DATES}): it starts before 2019-03-01`);
  });

  it('refuses an end a millisecond after the last day (endsAt), naming the campaign’s dates', () => {
    const late = { startsAt: cn('10-31 20:00'), endsAt: new Date(cn('10-31 24:00').getTime() + 1) };
    const error = expectBadInput(() => requireWithinCampaign(late, CAMPAIGN), 'endsAt');
    expect(error.message).toBe(`a need must lie within its campaign (${DATES}): it ends after 2019-10-31`);
  });

  it('reads the dates in China time, not UTC: 10-31 20:00 China time is inside, 11-01 07:00 is not', () => {
    // Both are 2019-10-31 in UTC; only the first is on the campaign's last day in China.
    expect(() => requireWithinCampaign(window('10-31 19:00', '10-31 20:00'), CAMPAIGN)).not.toThrow();
    expectBadInput(() => requireWithinCampaign(window('11-01 06:00', '11-01 07:00'), CAMPAIGN), 'endsAt');
    // And 03-01 07:00 China time is inside although it is still 02-28 in UTC.
    expect(() => requireWithinCampaign(window('03-01 07:00', '03-01 07:30'), CAMPAIGN)).not.toThrow();
  });

  it('names startsAt for a need wholly before the campaign and endsAt for one wholly after it', () => {
    expectBadInput(() => requireWithinCampaign(window('02-10 09:00', '02-10 12:00'), CAMPAIGN), 'startsAt');
    const nextYear = { startsAt: new Date('2027-07-10T01:00:00Z'), endsAt: new Date('2027-07-10T04:00:00Z') };
    expectBadInput(() => requireWithinCampaign(nextYear, CAMPAIGN), 'endsAt');
  });

  it('names startsAt for a need spanning the whole campaign and more', () => {
    expectBadInput(() => requireWithinCampaign(window('02-28 09:00', '11-01 12:00'), CAMPAIGN), 'startsAt');
  });
});
