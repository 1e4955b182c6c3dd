import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  pageSize,
} from '../../server/src/core/pagination';
import { expectBadInput } from './support/expect-error';

const cursorOf = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('cursors', () => {
  it.each([0, 1, 42, 1_000_000, Number.MAX_SAFE_INTEGER])('round-trips id %i', (id) => {
    expect(decodeCursor('after', encodeCursor(id))).toBe(id);
  });

  it('is opaque: the id does not show in the cursor', () => {
    expect(encodeCursor(12345)).not.toContain('12345');
    expect(encodeCursor(12345)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['an empty string', ''],
    ['another prefix', cursorOf('row:5')],
    ['no prefix', cursorOf('5')],
    ['a non-number', cursorOf('id:abc')],
    ['a negative id', cursorOf('id:-1')],
    ['a fraction', cursorOf('id:1.5')],
    ['an unsafe integer', cursorOf(`id:${Number.MAX_SAFE_INTEGER + 1}`)],
  ])('rejects %s with the field it is given', (_why, cursor) => {
    expectBadInput(() => decodeCursor('after', cursor), 'after');
  });

  it.each([
    ['an empty id', cursorOf('id:')],
    ['a padded id', cursorOf('id: 5')],
    ['a hexadecimal id', cursorOf('id:0x10')],
    ['an exponent id', cursorOf('id:1e2')],
  ])('rejects a cursor the server never issues: %s', (_why, cursor) => {
    expectBadInput(() => decodeCursor('after', cursor), 'after');
  });
});

describe('pageSize', () => {
  it.each([
    [undefined, DEFAULT_PAGE_SIZE],
    [null, DEFAULT_PAGE_SIZE],
    [1, 1],
    [MAX_PAGE_SIZE, MAX_PAGE_SIZE],
  ])('takes first=%s as %i', (first, size) => {
    expect(pageSize(first)).toBe(size);
  });

  it('defaults to 20 and allows at most 100', () => {
    expect([DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE]).toEqual([20, 100]);
  });

  it.each([0, -1, 101, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects first=%s with field first',
    (first) => {
      expectBadInput(() => pageSize(first), 'first');
    },
  );
});
