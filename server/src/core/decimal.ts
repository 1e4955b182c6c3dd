import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { ValueTransformer } from 'typeorm';
import { BadInputError } from './errors';

/**
 * Money and quantities are decimals carried as strings end to end: mysql2 returns DECIMAL as
 * a string and better-sqlite3 as a number, so the transformer makes both look the same.
 */
const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

export function decimalTransformer(scale: number): ValueTransformer {
  return {
    to: (value: string | null | undefined) => (value === undefined ? undefined : value),
    from: (value: string | number | null) =>
      value === null || value === undefined ? null : formatDecimal(String(value), scale),
  };
}

/** Pads or checks the fractional digits without going through a float. */
export function formatDecimal(value: string, scale: number): string {
  // better-sqlite3 may hand back exponent notation for tiny numbers; such values are 0 at our scales.
  if (/e/i.test(value)) value = Number(value).toFixed(scale);
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = value.replace(/^-/, '').split('.');
  const digits = fraction.padEnd(scale, '0').slice(0, scale);
  const wholeDigits = whole.replace(/^0+(?=\d)/, '');
  const result = scale > 0 ? `${wholeDigits}.${digits}` : wholeDigits;
  return negative && /[1-9]/.test(result) ? `-${result}` : result;
}

export interface DecimalRule {
  /** Total significant digits the column holds. */
  precision: number;
  scale: number;
  min?: string;
  allowZero?: boolean;
}

/** Validates a decimal string against a column's precision and scale; returns it normalised. */
export function parseDecimal(field: string, raw: string | null | undefined, rule: DecimalRule): string {
  const value = (raw ?? '').trim();
  if (!DECIMAL_PATTERN.test(value)) {
    throw new BadInputError(field, `${field} must be a decimal number written with digits, e.g. 1200.50`);
  }
  const fraction = value.split('.')[1] ?? '';
  if (fraction.replace(/0+$/, '').length > rule.scale) {
    throw new BadInputError(field, `${field} may have at most ${rule.scale} decimal places`);
  }
  const normalised = formatDecimal(value, rule.scale);
  const wholeDigits = normalised.replace(/^-/, '').split('.')[0] ?? '';
  if (wholeDigits.length > rule.precision - rule.scale) {
    throw new BadInputError(field, `${field} is too large`);
  }
  if (normalised.startsWith('-')) throw new BadInputError(field, `${field} must not be negative`);
  if (!rule.allowZero && !/[1-9]/.test(normalised)) {
    throw new BadInputError(field, `${field} must be greater than zero`);
  }
  return normalised;
}

/**
 * A GraphQLError coded BAD_USER_INPUT: graphql-js keeps its extensions when it wraps it in the
 * variable's error, so a client gets the code and the field (a plain TypeError came out masked).
 */
function notADecimal(): GraphQLError {
  return new GraphQLError('Decimal must be a string of digits such as "1200.50"', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * A JSON number has usually been a binary float in the client already (0.1 + 0.2 is sent as
 * 0.30000000000000004) and is one again in our JSON parser, so the digits meant cannot be known:
 * refused, always, rather than accepted sometimes.
 */
function numberRefused(): GraphQLError {
  return new GraphQLError('send money as a string like "12.50", not as a number', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** A decimal number as a string, e.g. "1200.50"; never a float. */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description:
    'A decimal number carried as a string to keep every digit, e.g. "1200.50". A JSON number is refused.',
  serialize(value) {
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    throw new TypeError('Decimal must be a string');
  },
  parseValue(value) {
    if (typeof value === 'string' && DECIMAL_PATTERN.test(value.trim())) return value.trim();
    if (typeof value === 'number') throw numberRefused();
    throw notADecimal();
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && DECIMAL_PATTERN.test(ast.value.trim())) return ast.value.trim();
    if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT) throw numberRefused();
    throw notADecimal();
  },
});
