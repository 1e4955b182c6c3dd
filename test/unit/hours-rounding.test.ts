import { hoursFromSeconds, hoursOf } from '../../server/src/modules/service-records/service-record.rules';

/** The one rounding rule for service hours (docs/archive-format.md): exact, half up, 2 decimals. */
describe('hoursFromSeconds', () => {
  it('rounds the exact decimal half up at ties (a length ≡ 18 s mod 36 s)', () => {
    expect(hoursFromSeconds(3654)).toBe('1.02'); // 1.015 h
    expect(hoursFromSeconds(3618)).toBe('1.01'); // 1.005 h
    expect(hoursFromSeconds(18)).toBe('0.01'); // 0.005 h
    expect(hoursFromSeconds(3617)).toBe('1.00'); // just below the tie
    expect(hoursFromSeconds(3653)).toBe('1.01');
    expect(hoursFromSeconds(60)).toBe('0.02');
    expect(hoursFromSeconds(1200)).toBe('0.33');
    expect(hoursFromSeconds(86_400)).toBe('24.00');
  });

  it('rounds every tie of a day up, as exact decimal arithmetic does', () => {
    for (let k = 0; k < 2400; k++) {
      const seconds = 36 * k + 18; // k.5 hundredths of an hour
      expect(hoursFromSeconds(seconds)).toBe(((k + 1) / 100).toFixed(2));
    }
  });

  it('is what hoursOf gives for a segment', () => {
    const startsAt = new Date('2019-05-01T09:00:00+08:00');
    expect(hoursOf({ startsAt, endsAt: new Date(startsAt.getTime() + 3654_000) })).toBe('1.02');
  });
});
