import { chinaDate, chinaDateTime, chinaDayEnd, chinaDayStart, chinaToday } from '../../server/src/core/time';

describe('chinaDate', () => {
  it.each([
    ['2019-05-01T15:59:59Z', '2019-05-01'],
    ['2019-05-01T15:59:59.999Z', '2019-05-01'],
    ['2019-05-01T16:00:00Z', '2019-05-02'],
    ['2019-05-01T00:00:00Z', '2019-05-01'],
    ['2019-12-31T16:00:00Z', '2020-01-01'],
    ['2020-02-28T16:00:00Z', '2020-02-29'],
  ])('gives %s the China date %s', (instant, date) => {
    expect(chinaDate(new Date(instant))).toBe(date);
  });

  it('chinaToday is chinaDate of now', () => {
    expect(chinaToday(new Date('2019-05-01T16:00:00Z'))).toBe('2019-05-02');
  });
});

describe('chinaDateTime', () => {
  it.each([
    ['2019-05-01T15:59:59Z', '2019-05-01 23:59:59'],
    ['2019-05-01T15:59:59.999Z', '2019-05-01 23:59:59'],
    ['2019-05-01T16:00:00Z', '2019-05-02 00:00:00'],
    ['2019-05-04T01:30:05Z', '2019-05-04 09:30:05'],
  ])('writes %s as %s', (instant, text) => {
    expect(chinaDateTime(new Date(instant))).toBe(text);
    expect(text).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });
});

describe('chinaDayStart', () => {
  it.each([
    ['2019-05-02', '2019-05-01T16:00:00.000Z'],
    ['2020-01-01', '2019-12-31T16:00:00.000Z'],
  ])('starts %s at %s', (date, instant) => {
    expect(chinaDayStart(date).toISOString()).toBe(instant);
  });

  it('round-trips through chinaDate', () => {
    expect(chinaDate(chinaDayStart('2019-05-02'))).toBe('2019-05-02');
    expect(chinaDate(new Date(chinaDayStart('2019-05-02').getTime() - 1))).toBe('2019-05-01');
  });
});

describe('chinaDayEnd', () => {
  it.each([
    ['2019-10-31', '2019-10-31T16:00:00.000Z'],
    ['2019-12-31', '2019-12-31T16:00:00.000Z'],
    ['2020-02-28', '2020-02-28T16:00:00.000Z'],
  ])('ends %s at %s, the next date’s start', (date, instant) => {
    expect(chinaDayEnd(date).toISOString()).toBe(instant);
    expect(chinaDayEnd(date).getTime()).toBe(chinaDayStart(chinaDate(chinaDayEnd(date))).getTime());
  });

  it('is exclusive: its last millisecond is still the same date in China', () => {
    expect(chinaDate(new Date(chinaDayEnd('2019-10-31').getTime() - 1))).toBe('2019-10-31');
    expect(chinaDate(chinaDayEnd('2019-10-31'))).toBe('2019-11-01');
  });
});
