/**
 * The volunteer rules' refusals in Chinese, for people: the roster import's problems (server) and
 * the console's 志愿者 form (console/src/pages/volunteers, which bundles this very file). The rules
 * themselves live in volunteer.rules.ts and document-number.ts; this only words their errors.
 *
 * This module imports nothing, on purpose, so the browser bundle does not reach the server's code.
 */

/** The roster's columns (the form units keep), in the order coordinators keep them. */
export const ROSTER_COLUMNS = [
  '姓名',
  '性别',
  '证件号码',
  '手机号码',
  '职务',
  '身份',
  '服务类别',
  '技能',
  '常住地区代码',
  '安全培训日期',
] as const;

export type RosterColumn = (typeof ROSTER_COLUMNS)[number];

/** Columns a roster must have; the others may be missing or empty. */
export const REQUIRED_ROSTER_COLUMNS: readonly RosterColumn[] = [
  '姓名',
  '证件号码',
  '手机号码',
  '常住地区代码',
];

/** The API's input field each column fills. */
export const FIELD_OF_COLUMN: Readonly<Record<RosterColumn, string>> = {
  姓名: 'name',
  性别: 'gender',
  证件号码: 'documentNumber',
  手机号码: 'mobile',
  职务: 'title',
  身份: 'role',
  服务类别: 'serviceCategories',
  技能: 'skills',
  常住地区代码: 'homeAreaCode',
  安全培训日期: 'safetyTrainedOn',
};

/** The column of an input field (`skills[2]` → 技能); null for fields no column fills. */
export function columnOfField(field: string | null | undefined): RosterColumn | null {
  if (!field) return null;
  const name = field.replace(/^input\./, '').replace(/\[\d+\]$/, '');
  const found = (Object.keys(FIELD_OF_COLUMN) as RosterColumn[]).find((c) => FIELD_OF_COLUMN[c] === name);
  return found ?? null;
}

/**
 * What a refusal of createVolunteer/updateVolunteer means, in Chinese, for the field it names;
 * the server's own words when the rule is not one of these.
 */
export function volunteerProblemMessage(
  field: string | null | undefined,
  message: string,
  code?: string,
): string {
  const name = (field ?? '').replace(/^input\./, '').replace(/\[\d+\]$/, '');
  let match: RegExpExecArray | null;
  if (code === 'DATE_OUT_OF_RANGE') return '日期须在 2000-01-01 至 2100-12-31 之间';
  if (code === 'CONFLICT' && name === 'documentNumber') return '已有志愿者用这个证件号码登记';
  if (code === 'VOLUNTEER_UNDER_MINIMUM_AGE') {
    const age = /at least (\d+) years old/.exec(message);
    return `志愿者须年满 ${age ? age[1] : 16} 周岁（按证件号码中的出生日期计算）`;
  }
  if (/ is required$/.test(message)) return '必填';
  if (
    /contains a broken character|control characters|bidirectional|noncharacter|single line|tabs/.test(message)
  )
    return '含有不能保存的字符（换行、制表符或不可见字符），请重新输入';
  switch (name) {
    case 'documentNumber':
      if (/Hong Kong\/Macao\/Taiwan residence permit/.test(message))
        return '这是港澳台居民居住证号码，不是内地居民身份证号码';
      if (/must be 18 characters/.test(message)) return '身份证号码应为 18 位：17 位数字加 1 位数字或 X';
      if (/no real birth date/.test(message)) return '身份证号码第 7–14 位不是真实的出生日期';
      if (/check digit/.test(message)) return '身份证号码校验位不对，请逐位核对';
      break;
    case 'mobile':
      return '手机号码应为 11 位数字，以 13–19 开头';
    case 'name':
      if ((match = /at most (\d+) characters/.exec(message))) return `姓名最多 ${match[1]} 个字`;
      return '姓名只能是汉字（少数民族姓名可用间隔号“·”）或英文字母';
    case 'gender':
      if (/does not match/.test(message)) return '性别与身份证号码不符（第 17 位单数为男、双数为女）';
      return '请填写性别';
    case 'homeAreaCode':
      return '常住地区代码应为 6 位数字（行政区划代码，如 370102）';
    case 'safetyTrainedOn':
      if (/future/.test(message)) return '安全培训日期不能晚于今天';
      break;
    case 'title':
      if ((match = /at most (\d+) characters/.exec(message))) return `职务最多 ${match[1]} 个字`;
      break;
    case 'skills':
    case 'subjects':
      if ((match = /at most (\d+) entries/.exec(message))) return `最多 ${match[1]} 项`;
      if ((match = /at most (\d+) characters/.exec(message))) return `每项最多 ${match[1]} 个字`;
      if ((match = /lists (.+) twice/.exec(message))) return `“${match[1]}”写了两次`;
      if (/is empty/.test(message)) return '有一项是空的';
      break;
    case 'serviceCategories':
      if (/twice/.test(message)) return '同一服务类别写了两次';
      break;
  }
  return message;
}
