import {
  decimalTransformer,
  formatDecimal,
  parseDecimal,
  type DecimalRule,
} from '../../server/src/core/decimal';
import { expectBadInput } from './support/expect-error';

const MONEY: DecimalRule = { precision: 12, scale: 2 };

describe('parseDecimal', () => {
  it.each([
    ['12', '12.00'],
    ['1.5', '1.50'],
    ['1200.50', '1200.50'],
    [' 1.5 ', '1.50'],
    ['0.01', '0.01'],
    ['1.500', '1.50'],
    ['0007.10', '7.10'],
    ['9999999999.99', '9999999999.99'],
  ])('reads %j as %s', (raw, expected) => {
    expect(parseDecimal('amount', raw, MONEY)).toBe(expected);
  });

  it.each([
    ['too many decimals', '1.234'],
    ['too large for the precision', '10000000000'],
    ['too large for the precision', '10000000000.00'],
    ['negative', '-1.00'],
    ['zero', '0'],
    ['zero', '0.00'],
    ['exponent notation', '1e3'],
    ['a comma', '1,200.50'],
    ['a leading dot', '.5'],
    ['a trailing dot', '5.'],
    ['a plus sign', '+5'],
    ['letters', 'abc'],
    ['empty', ''],
    ['null', null],
  ])('rejects %s (%j) naming the field', (_why, raw) => {
    expectBadInput(() => parseDecimal('amount', raw, MONEY), 'amount');
  });

  it.each([
    ['0', '0.00'],
    ['0.00', '0.00'],
  ])('accepts %j as %s when allowZero', (raw, expected) => {
    expect(parseDecimal('amount', raw, { ...MONEY, allowZero: true })).toBe(expected);
  });

  it('rejects a negative number even when zero is allowed', () => {
    expectBadInput(() => parseDecimal('amount', '-0.01', { ...MONEY, allowZero: true }), 'amount');
  });

  it.each([
    [{ precision: 5, scale: 2 }, '999.99', '999.99'],
    [{ precision: 4, scale: 0 }, '9999', '9999'],
    [{ precision: 4, scale: 0 }, '12.0', '12'],
  ])('with %j accepts %s as %s', (rule, raw, expected) => {
    expect(parseDecimal('hours', raw, rule)).toBe(expected);
  });

  it.each([
    [{ precision: 5, scale: 2 }, '1000'],
    [{ precision: 4, scale: 0 }, '10000'],
    [{ precision: 4, scale: 0 }, '12.5'],
  ])('with %j rejects %s', (rule, raw) => {
    expectBadInput(() => parseDecimal('hours', raw, rule), 'hours');
  });
});

describe('formatDecimal', () => {
  it.each([
    ['1.5', 2, '1.50'],
    ['0.10', 2, '0.10'],
    ['-0', 2, '0.00'],
    ['-0.00', 2, '0.00'],
    ['-1.5', 2, '-1.50'],
    ['12', 2, '12.00'],
    ['007', 2, '7.00'],
    ['0', 0, '0'],
    ['12', 0, '12'],
    ['1e-7', 2, '0.00'],
  ])('formats %j at scale %i as %s', (value, scale, expected) => {
    expect(formatDecimal(value, scale)).toBe(expected);
  });
});

describe('decimalTransformer', () => {
  const transformer = decimalTransformer(2);

  it.each([
    ['a number (better-sqlite3)', 1.5, '1.50'],
    ['a string (mysql2)', '1.50', '1.50'],
    ['a whole number', 1200, '1200.00'],
    ['a tiny float', 1e-7, '0.00'],
    ['null', null, null],
  ])('reads %s', (_driver, value, expected) => {
    expect(transformer.from(value)).toBe(expected);
  });

  it('writes the string as given', () => {
    expect(transformer.to('1.50')).toBe('1.50');
    expect(transformer.to(null)).toBeNull();
  });
});
