import type { DocumentType } from '../../../../client-sdk/src';
import {
  checkDocumentNumber,
  checkMinimumAge,
  type DocumentTypeValue,
} from '../../../../server/src/modules/volunteers/document-check';
import {
  ROSTER_COLUMNS,
  volunteerProblemMessage,
} from '../../../../server/src/modules/volunteers/volunteer-messages';
import { chinaDate } from '../../china-time';

export { ROSTER_COLUMNS, volunteerProblemMessage };

/**
 * The document number's problem in Chinese, or null when the server will take it: the very rule
 * the server applies (server/src/modules/volunteers/document-check.ts, bundled here), so the
 * answer as you type is the server's answer.
 */
export function documentNumberProblem(type: DocumentType, value: string, today = new Date()): string | null {
  const checked = checkDocumentNumber('documentNumber', type as DocumentTypeValue, value, today);
  if (!checked.ok) return volunteerProblemMessage('documentNumber', checked.message);
  // The server's minimum age (volunteer.rules.ts), from the birth date the number encodes.
  const birthDate = identityOf(type, value)?.birthDate ?? null;
  const old = checkMinimumAge('documentNumber', birthDate, chinaDate(today));
  return old.ok
    ? null
    : volunteerProblemMessage('documentNumber', old.message, 'VOLUNTEER_UNDER_MINIMUM_AGE');
}

/** For an 18-character resident ID or permit that passes: the gender and birth date it encodes. */
export function identityOf(
  type: DocumentType,
  value: string,
): { gender: 'MALE' | 'FEMALE'; birthDate: string } | null {
  if (!['MAINLAND_ID_CARD', 'HONG_KONG_ID', 'MACAO_ID', 'TAIWAN_ID'].includes(type)) return null;
  const checked = checkDocumentNumber('documentNumber', type as DocumentTypeValue, value);
  if (!checked.ok || checked.value.length !== 18) return null;
  const birth = checked.value.slice(6, 14);
  return {
    gender: Number(checked.value[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
  };
}

/** The server's mobile rule (core/validate.ts normaliseMobile): spaces and hyphens dropped, 11 digits 13–19. */
export function mobileProblem(value: string): string | null {
  const mobile = value.replace(/[\s-]/g, '');
  if (mobile === '') return '请填写手机号码';
  return /^1[3-9]\d{9}$/.test(mobile) ? null : volunteerProblemMessage('mobile', '');
}

/** 370102********123X: what a list shows of a document number (the server's mask, core/audit.ts). */
export function maskDocumentNumber(value: string): string {
  if (value.includes('*')) return value; // already masked by the server
  if (value.length <= 4) return '*'.repeat(value.length);
  const head = value.length >= 14 ? value.slice(0, 6) : value.slice(0, 1);
  return head + '*'.repeat(value.length - head.length - 4) + value.slice(-4);
}

/** Skills and the like typed in one box: split on the separators people use. */
export function splitTags(text: string): string[] {
  return text
    .split(/[;；,，、\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The instant a China calendar date starts. */
export function chinaDayStartIso(date: string): string {
  return new Date(`${date}T00:00:00+08:00`).toISOString();
}

/** The instant the China calendar day after `date` starts (the end of `date`, exclusive). */
export function chinaDayEndIso(date: string): string {
  return new Date(new Date(`${date}T00:00:00+08:00`).getTime() + 24 * 60 * 60 * 1000).toISOString();
}

/** Today in China, for the training date's upper bound. */
export function chinaToday(): string {
  return chinaDate(new Date());
}

/** A roster template: the header row, UTF-8 with a BOM so that Excel reads the Chinese right. */
export function rosterTemplateCsv(): string {
  return `\uFEFF${ROSTER_COLUMNS.join(',')}\r\n`;
}

/** What an import refused as a whole (file too large, not a roster...) means, in Chinese. */
export function importRefusal(message: string): string | null {
  let match: RegExpExecArray | null;
  if ((match = /at most (\d+) KB/.exec(message)))
    return `文件不能超过 ${match[1]} KB：请把名册拆成几个文件分别导入`;
  if ((match = /at most (\d+) rows/.exec(message)))
    return `一份名册最多 ${match[1]} 行：请把名册拆成几个文件分别导入`;
  if (/old \.xls/.test(message)) return '不能读取旧版 .xls 文件：请在 Excel 中“另存为” .xlsx 或 CSV 后再导入';
  if (/must be an \.xlsx or \.csv/.test(message)) return '只能导入 Excel（.xlsx）或 CSV 文件';
  if (/unpacks to more than/.test(message))
    return '这个 Excel 文件太大：请只保留名册这一张表，或另存为 CSV 后再导入';
  if (/cannot be read|not an Excel workbook|no sheet/.test(message))
    return '无法读取这个文件：请用 Excel 打开后重新保存（.xlsx 或 CSV）再导入';
  if (/no rows below its header/.test(message)) return '名册中表头下面没有志愿者';
  if (/registered meanwhile/.test(message))
    return '导入期间有人登记了名册中的志愿者，未导入任何人：请重新检查名册';
  if (/is empty/.test(message)) return '文件是空的';
  return null;
}
