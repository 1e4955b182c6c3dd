import { segmentProblems } from '../../console/src/field/volunteer/rules';

// What the volunteer's record form says before sending (console/src/field/volunteer/rules.ts): the
// rules the server applies too, told beside the field at fault, in China time whatever the phone's.
describe('a service segment checked on the phone before it is sent', () => {
  const project = { startsOn: '2026-05-01', endsOn: '2026-06-30' };
  // 2026-06-10 15:00 in China (07:00 UTC).
  const now = new Date('2026-06-10T07:00:00Z');
  const check = (date: string, start: string, end: string) =>
    segmentProblems({ date, start, end }, project, now).map((p) => [p.field, p.message]);

  it('takes a segment of today that has ended, inside the project', () => {
    expect(check('2026-06-10', '09:00', '11:30')).toEqual([]);
    expect(check('2026-05-01', '08:00', '08:01')).toEqual([]);
  });

  it('refuses a day outside the project, naming its dates, beside 日期', () => {
    expect(check('2026-04-30', '09:00', '10:00')).toEqual([
      ['date', '服务日期须在项目期间（2026-05-01 至 2026-06-30）内'],
    ]);
    expect(check('2026-07-01', '09:00', '10:00')[0]?.[0]).toBe('date');
  });

  it('refuses a day after today (China date), beside 日期', () => {
    expect(check('2026-06-11', '09:00', '10:00')).toEqual([
      ['date', '服务结束后才能记录：日期不能晚于今天（北京时间 2026-06-10）'],
    ]);
  });

  it('refuses today’s segment that has not ended yet, beside 结束时间', () => {
    expect(check('2026-06-10', '14:00', '15:30')).toEqual([
      ['end', '服务结束后才能记录：结束时间还没到（现在是北京时间 15:00）'],
    ]);
  });

  it('keeps a segment to one China day: an end before the start is refused, not taken across midnight', () => {
    expect(check('2026-06-09', '22:00', '01:00')[0]).toEqual([
      'end',
      '结束时间须晚于开始时间。一条记录只算同一天（北京时间）内的时间，跨过午夜请分两条记录',
    ]);
  });
});
