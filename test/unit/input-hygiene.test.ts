import { AppError } from '../../server/src/core/errors';
import {
  DATE_BOUNDS,
  optionalSearch,
  optionalText,
  requireDateInBounds,
  requireInstantInBounds,
  requireText,
} from '../../server/src/core/validate';

function codeOf(action: () => unknown): { code: unknown; field: unknown } | 'accepted' {
  try {
    action();
    return 'accepted';
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.extensions.code, field: error.extensions.field };
  }
}

const bad = (field: string) => ({ code: 'BAD_USER_INPUT', field });

describe('free text', () => {
  it('is NFC-normalised, so one text has one spelling and one length', () => {
    const decomposed = 'Cafe\u0301 re\u0301sume\u0301';
    expect(requireText('name', decomposed, { max: 11 })).toBe('Café résumé');
    expect(requireText('name', '한국', { max: 2 })).toBe('한국');
    expect(requireText('name', '\u1112\u1161\u11AB\u1100\u116E\u11A8', { max: 2 })).toBe('한국');
  });

  it('refuses C0 and C1 control characters and DEL, with the field', () => {
    for (const c of [
      '\u0000',
      '\u0001',
      '\u0007',
      '\u000B',
      '\u000C',
      '\u001B',
      '\u001F',
      '\u007F',
      '\u0085',
      '\u009B',
    ]) {
      expect(codeOf(() => requireText('title', `培训${c}活动`, { max: 100 }))).toEqual(bad('title'));
      expect(
        codeOf(() => optionalText('description', `培训${c}活动`, { max: 2000, multiline: true })),
      ).toEqual(bad('description'));
    }
  });

  it('keeps line breaks (as LF) and tabs in long texts only', () => {
    expect(
      optionalText('description', '第一行\r\n第二行\r第三行\u2028第四行\t末', { max: 100, multiline: true }),
    ).toBe('第一行\n第二行\n第三行\n第四行\t末');
    for (const text of ['第一行\n第二行', '一\r二', '一\u2028二', '一\t二']) {
      expect(codeOf(() => requireText('name', text, { max: 100 }))).toEqual(bad('name'));
    }
  });

  it('refuses bidi embeddings, overrides and isolates', () => {
    for (const c of [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ]) {
      expect(codeOf(() => requireText('itemName', `invoice${c}fdp.exe`, { max: 100 }))).toEqual(
        bad('itemName'),
      );
      expect(codeOf(() => optionalText('note', `备注${c}`, { max: 500, multiline: true }))).toEqual(
        bad('note'),
      );
    }
  });

  it('refuses text that shows nothing, and lone surrogates and noncharacters', () => {
    for (const text of [
      '\u200B',
      '\u200B\u200C\u200D',
      '\u3000\u200B',
      '\u2060\uFEFF',
      '\u3164',
      '\u2800\u2800',
      '\u200E',
      '\u00AD',
    ]) {
      expect(codeOf(() => requireText('title', text, { max: 100 }))).toEqual(bad('title'));
      expect(codeOf(() => optionalText('description', text, { max: 100, multiline: true }))).toEqual(
        bad('description'),
      );
    }
    for (const text of ['a\uD800b', 'a\uDC00', '\uFFFE', 'x\uFFFF', '\uFDD0']) {
      expect(codeOf(() => requireText('title', text, { max: 100 }))).toEqual(bad('title'));
    }
  });

  it('trims zero-width characters at the ends but keeps joiners inside (emoji, scripts)', () => {
    expect(requireText('name', '\u200B 助学小组 \uFEFF', { max: 100 })).toBe('助学小组');
    expect(requireText('name', '家庭👨\u200D👩\u200D👧', { max: 100 })).toBe('家庭👨\u200D👩\u200D👧');
    expect(requireText('name', '𠮷野家·测试', { max: 100 })).toBe('𠮷野家·测试');
    // White space only is "not given" for optional text, and "required" for required text.
    expect(optionalText('address', '  \u3000 ', { max: 10 })).toBeNull();
    expect(codeOf(() => requireText('name', ' \u3000', { max: 10 }))).toEqual(bad('name'));
  });
});

describe('search text', () => {
  it('is capped at 100 characters with BAD_USER_INPUT on the field', () => {
    expect(optionalSearch('search', 'x'.repeat(100))).toBe('x'.repeat(100));
    expect(optionalSearch('search', '𠮷'.repeat(100))).toBe('𠮷'.repeat(100));
    expect(codeOf(() => optionalSearch('search', 'x'.repeat(101)))).toEqual(bad('search'));
    expect(codeOf(() => optionalSearch('search', '%'.repeat(50_000)))).toEqual(bad('search'));
    expect(optionalSearch('search', '  ')).toBeNull();
    expect(optionalSearch('search', undefined)).toBeNull();
    expect(optionalSearch('skill', 'Cafe\u0301')).toBe('Café');
    expect(codeOf(() => optionalSearch('search', 'a\u0000'))).toEqual(bad('search'));
  });
});

describe('date bounds', () => {
  const range = (field: string) => ({ code: 'DATE_OUT_OF_RANGE', field });

  it(`takes China dates from ${DATE_BOUNDS.min} to ${DATE_BOUNDS.max}`, () => {
    expect(requireDateInBounds('occurredOn', '2000-01-01')).toBe('2000-01-01');
    expect(requireDateInBounds('occurredOn', '2100-12-31')).toBe('2100-12-31');
    expect(requireDateInBounds('since', null)).toBeNull();
    for (const date of ['1999-12-31', '0201-05-01', '0000-01-01', '2101-01-01', '9999-12-31']) {
      expect(codeOf(() => requireDateInBounds('occurredOn', date))).toEqual(range('occurredOn'));
    }
  });

  it('takes instants whose China date is inside the bounds', () => {
    const at = (text: string) => new Date(text);
    expect(requireInstantInBounds('startsAt', at('2000-01-01T00:00:00+08:00')).toISOString()).toBe(
      '1999-12-31T16:00:00.000Z',
    );
    expect(codeOf(() => requireInstantInBounds('startsAt', at('1999-12-31T23:59:59+08:00')))).toEqual(
      range('startsAt'),
    );
    expect(requireInstantInBounds('endsAt', at('2100-12-31T23:59:59+08:00'))).toBeInstanceOf(Date);
    expect(codeOf(() => requireInstantInBounds('endsAt', at('2101-01-01T00:00:00+08:00')))).toEqual(
      range('endsAt'),
    );
    expect(codeOf(() => requireInstantInBounds('endsAt', new Date(8.64e15)))).toEqual(range('endsAt'));
    expect(codeOf(() => requireInstantInBounds('endsAt', new Date(-8.64e15)))).toEqual(range('endsAt'));
    expect(codeOf(() => requireInstantInBounds('endsAt', new Date(NaN)))).toEqual(bad('endsAt'));
  });
});
