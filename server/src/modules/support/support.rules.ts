import { parseDecimal } from '../../core/decimal';
import { BadInputError } from '../../core/errors';
import { chinaToday } from '../../core/time';
import { optionalText, requireDateInBounds, requireText } from '../../core/validate';
import { FundingSource, SupportKind } from './support-entry.entity';

/** One line may carry at most 1亿元 (amount or estimated value): more is a typing error, not support. */
export const MAX_LINE_VALUE = '100000000.00';
const MAX_LINE_VALUE_FEN = toFen(MAX_LINE_VALUE);
const MONEY = { precision: 14, scale: 2 } as const;
const QUANTITY = { precision: 12, scale: 2 } as const;
export const MAX_NOTE_LENGTH = 500;
export const MAX_VOID_REASON_LENGTH = 500;

/** What a caller gives for a line; null and undefined both mean "not given". */
export interface SupportFieldsInput {
  kind?: SupportKind | null;
  occurredOn?: string | null;
  amount?: string | null;
  fundingSource?: FundingSource | null;
  itemName?: string | null;
  quantity?: string | null;
  quantityUnit?: string | null;
  estimatedValue?: string | null;
  note?: string | null;
}

/** A line after every rule has been applied: what gets written. */
export interface SupportFields {
  kind: SupportKind;
  occurredOn: string;
  amount: string | null;
  fundingSource: FundingSource | null;
  itemName: string | null;
  quantity: string | null;
  quantityUnit: string | null;
  estimatedValue: string | null;
  note: string | null;
}

const given = (value: unknown) => value !== null && value !== undefined && value !== '';

/**
 * Checks a whole support line (pure). FUNDS: an amount (元, > 0, two decimals at most) and its
 * source, and no goods. MATERIALS: the item, a quantity > 0 with its unit and the estimated value
 * (≥ 0: a gift in kind may have no price); a source is optional (who paid for the goods), an
 * amount is not allowed (the value is the estimate). The date is a China date, not in the future.
 */
export function normaliseSupportEntry(input: SupportFieldsInput, now: Date = new Date()): SupportFields {
  const kind = input.kind;
  if (kind !== SupportKind.FUNDS && kind !== SupportKind.MATERIALS) {
    throw new BadInputError('kind', 'kind must be FUNDS or MATERIALS');
  }
  const occurredOn = input.occurredOn ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(occurredOn)) {
    throw new BadInputError('occurredOn', 'occurredOn is required, e.g. 2019-06-15');
  }
  if (occurredOn > chinaToday(now)) {
    throw new BadInputError('occurredOn', 'occurredOn cannot be in the future (China time)');
  }
  // After the future check: that one says more about a date past today.
  requireDateInBounds('occurredOn', occurredOn);
  const note = optionalText('note', input.note, { max: MAX_NOTE_LENGTH, multiline: true });

  if (kind === SupportKind.FUNDS) {
    for (const field of ['itemName', 'quantity', 'quantityUnit', 'estimatedValue'] as const) {
      if (given(input[field])) {
        throw new BadInputError(field, `a FUNDS line carries no goods: leave ${field} out`);
      }
    }
    if (!given(input.amount)) throw new BadInputError('amount', 'a FUNDS line needs its amount in 元');
    const amount = boundedMoney('amount', input.amount, false);
    if (!input.fundingSource) {
      throw new BadInputError('fundingSource', 'a FUNDS line needs its source, e.g. UNION_FUNDS or DONATION');
    }
    return {
      kind,
      occurredOn,
      amount,
      fundingSource: input.fundingSource,
      itemName: null,
      quantity: null,
      quantityUnit: null,
      estimatedValue: null,
      note,
    };
  }

  if (given(input.amount)) {
    throw new BadInputError('amount', 'a MATERIALS line has no amount: give its estimatedValue instead');
  }
  const itemName = requireText('itemName', input.itemName, { max: 100 });
  if (!given(input.quantity)) throw new BadInputError('quantity', 'a MATERIALS line needs its quantity');
  const quantity = parseDecimal('quantity', input.quantity, QUANTITY);
  const quantityUnit = requireText('quantityUnit', input.quantityUnit, { max: 20 });
  if (!given(input.estimatedValue)) {
    throw new BadInputError('estimatedValue', 'a MATERIALS line needs its estimated value in 元 (0 if none)');
  }
  const estimatedValue = boundedMoney('estimatedValue', input.estimatedValue, true);
  return {
    kind,
    occurredOn,
    amount: null,
    fundingSource: input.fundingSource ?? null,
    itemName,
    quantity,
    quantityUnit,
    estimatedValue,
    note,
  };
}

function boundedMoney(field: string, raw: string | null | undefined, allowZero: boolean): string {
  const value = parseDecimal(field, raw, { ...MONEY, allowZero });
  if (toFen(value) > MAX_LINE_VALUE_FEN) {
    throw new BadInputError(field, `${field} must be at most ${MAX_LINE_VALUE} 元 on one line`);
  }
  return value;
}

export function requireVoidReason(reason: string | null | undefined): string {
  return requireText('reason', reason, { max: MAX_VOID_REASON_LENGTH, multiline: true });
}

/** "1200.50" → 120050n: exact, no float on the way. */
export function toFen(yuan: string): bigint {
  const negative = yuan.startsWith('-');
  const [whole = '0', fraction = ''] = yuan.replace(/^-/, '').split('.');
  const fen = BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
  return negative ? -fen : fen;
}

/** 120050n → "1200.50". */
export function fenToYuan(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const text = `${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}
