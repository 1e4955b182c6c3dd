/**
 * Imports a unit's volunteer roster from the spreadsheet coordinators already keep (CSV or XLSX),
 * built only on the SDK. Each bad row is reported with its line and reason; good rows are created,
 * or updated when the volunteer is already registered (found by document number), so running it
 * twice changes nothing the second time.
 *
 *   node dist/examples/import-roster.js --url http://localhost:4000/graphql --token <token> --unit 2 roster.xlsx
 */
import {
  Client,
  createClient,
  SdkError,
  type CreateVolunteerInput,
  type VolunteerFieldsFragment,
} from '../src/node';
import { ServiceCategoriesDocument, type ServiceCategory } from '../src/generated/graphql';
import { readRoster, type RosterRow } from './roster';

export interface RowProblem {
  line: number;
  name: string;
  /** The column at fault (a heading of the sheet), when known. */
  column: string | null;
  reason: string;
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  rejected: RowProblem[];
}

/** The API's input fields and the sheet's columns, to name the cell a server error is about. */
const COLUMN_OF_FIELD: Record<string, string> = {
  name: '姓名',
  gender: '性别',
  documentNumber: '证件号码',
  mobile: '手机号码',
  title: '职务',
  role: '身份',
  serviceCategories: '服务类别',
  skills: '技能',
  homeAreaCode: '常住地区代码',
  safetyTrainedOn: '安全培训日期',
};

const GENDERS: Record<string, 'MALE' | 'FEMALE'> = { 男: 'MALE', 女: 'FEMALE' };
const ROLES: Record<string, 'VOLUNTEER' | 'UNION_CADRE'> = { 志愿者: 'VOLUNTEER', 工会干部: 'UNION_CADRE' };
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** Imports every row; never throws for a bad row, only for a failure of the whole run (e.g. no access). */
export async function importRoster(
  client: Client,
  unitId: string,
  rows: readonly RosterRow[],
): Promise<ImportReport> {
  const categories = new Map(
    (await client.request(ServiceCategoriesDocument, {})).serviceCategories.map((c) => [c.label, c.category]),
  );
  const report: ImportReport = { created: 0, updated: 0, unchanged: 0, rejected: [] };
  const seen = new Map<string, number>();
  for (const row of rows) {
    const name = row.cells['姓名'] ?? '';
    const problem = (column: string | null, reason: string) =>
      report.rejected.push({ line: row.line, name, column, reason });
    const parsed = parseRow(row, unitId, categories);
    if ('column' in parsed) {
      problem(parsed.column, parsed.reason);
      continue;
    }
    const earlier = seen.get(parsed.documentNumber);
    if (earlier !== undefined) {
      problem('证件号码', `the same document number as line ${earlier}`);
      continue;
    }
    seen.set(parsed.documentNumber, row.line);
    try {
      const existing = await client.volunteers.findByDocument(parsed.documentNumber);
      if (!existing) {
        await client.volunteers.create(parsed);
        report.created++;
      } else if (existing.unitId !== unitId) {
        problem('证件号码', 'already registered with another unit');
      } else {
        const changes = changedFields(existing, parsed);
        if (Object.keys(changes).length === 0) {
          report.unchanged++;
        } else {
          await client.volunteers.update(existing.id, changes);
          report.updated++;
        }
      }
    } catch (error) {
      if (!(error instanceof SdkError) || !['BAD_USER_INPUT', 'CONFLICT'].includes(error.code)) throw error;
      const field = error.field?.split('.').pop() ?? null;
      problem(field ? (COLUMN_OF_FIELD[field] ?? field) : null, error.message);
    }
  }
  return report;
}

type Parsed = CreateVolunteerInput & { documentNumber: string };

/** Checks a row the way the server will, so most mistakes are reported without a round trip. */
function parseRow(
  row: RosterRow,
  unitId: string,
  categories: ReadonlyMap<string, ServiceCategory>,
): Parsed | { column: string; reason: string } {
  const cell = (column: string) => row.cells[column] ?? '';
  const name = cell('姓名');
  if (!name) return { column: '姓名', reason: 'a name is required' };
  const documentNumber = cell('证件号码').toUpperCase();
  if (!isResidentId(documentNumber)) {
    return {
      column: '证件号码',
      reason: 'not a valid resident ID number (18 characters with a correct check digit)',
    };
  }
  const mobile = cell('手机号码');
  if (!/^1[3-9]\d{9}$/.test(mobile))
    return { column: '手机号码', reason: 'a mobile number has 11 digits and starts with 1' };
  const genderText = cell('性别');
  if (genderText && !GENDERS[genderText]) return { column: '性别', reason: 'write 男 or 女' };
  const roleText = cell('身份') || '志愿者';
  const role = ROLES[roleText];
  if (!role) return { column: '身份', reason: 'write 志愿者 or 工会干部' };
  const serviceCategories: ServiceCategory[] = [];
  for (const label of split(cell('服务类别'))) {
    const category = categories.get(label);
    if (!category) return { column: '服务类别', reason: `unknown service category ${label}` };
    serviceCategories.push(category);
  }
  const homeAreaCode = cell('常住地区代码');
  if (!/^\d{6}$/.test(homeAreaCode)) return { column: '常住地区代码', reason: 'an area code has 6 digits' };
  const trained = cell('安全培训日期');
  if (trained && !/^\d{4}-\d{2}-\d{2}$/.test(trained)) {
    return { column: '安全培训日期', reason: 'write the date as YYYY-MM-DD' };
  }
  return {
    unitId,
    name,
    documentNumber,
    mobile,
    homeAreaCode,
    role,
    serviceCategories,
    skills: split(cell('技能')),
    ...(genderText ? { gender: GENDERS[genderText] } : {}),
    ...(cell('职务') ? { title: cell('职务') } : {}),
    ...(trained ? { safetyTrainedOn: trained } : {}),
  };
}

function split(text: string): string[] {
  return text
    .split(/[;；,，、]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

function isResidentId(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(value[i]), 0);
  return '10X98765432'[sum % 11] === value[17];
}

/** The fields of the sheet that differ from the registered volunteer. */
function changedFields(existing: VolunteerFieldsFragment, row: Parsed) {
  const changes: Record<string, unknown> = {};
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (existing.name !== row.name) changes.name = row.name;
  if (existing.mobile !== row.mobile) changes.mobile = row.mobile;
  if (existing.homeAreaCode !== row.homeAreaCode) changes.homeAreaCode = row.homeAreaCode;
  if (existing.role !== row.role) changes.role = row.role;
  if ((existing.title ?? undefined) !== row.title) changes.title = row.title ?? null;
  if (!same([...existing.serviceCategories].sort(), [...(row.serviceCategories ?? [])].sort())) {
    changes.serviceCategories = row.serviceCategories;
  }
  if (!same([...existing.skills].sort(), [...(row.skills ?? [])].sort())) changes.skills = row.skills;
  if (row.safetyTrainedOn && existing.safetyTrainedOn !== row.safetyTrainedOn) {
    changes.safetyTrainedOn = row.safetyTrainedOn;
  }
  return changes;
}

function argument(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

async function main(args: string[]): Promise<number> {
  const url = argument(args, 'url') ?? 'http://localhost:4000/graphql';
  const token = argument(args, 'token') ?? process.env.UVP_TOKEN;
  const unitId = argument(args, 'unit');
  const file = args.filter((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--')).pop();
  if (!token || !unitId || !file) {
    console.error(
      'usage: import-roster --url <graphql url> --token <token> --unit <unit id> <roster.csv|xlsx>',
    );
    return 2;
  }
  const report = await importRoster(createClient({ url, token }), unitId, await readRoster(file));
  console.log(
    `created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, rejected ${report.rejected.length}`,
  );
  for (const p of report.rejected)
    console.log(`line ${p.line} ${p.name || '(no name)'} — ${p.column ?? ''}: ${p.reason}`);
  return report.rejected.length > 0 ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
