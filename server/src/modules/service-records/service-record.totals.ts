import type { DataSource } from 'typeorm';
import { idsOrNone, isSqlite } from '../../core/dialect';
import { readOnlyRows } from '../../core/sqlite-reads';
import type { Actor } from '../../core/actor';
import { BadInputError } from '../../core/errors';
import { parseId, requireAreaCode } from '../../core/validate';
import { NATIONAL_CATEGORY_LABELS } from '../code-lists/service-category';
import { recordScope } from './service-record.access';
import { ServiceRecordStatus } from './service-record.entity';
import { ServiceTotal, ServiceTotalsGroupBy, type ServiceTotalsFilter } from './service-record.inputs';
import { formatHundredths } from './service-record.rules';
import { dateRange } from './service-record.store';

/** The 16 cities of Shandong (GB/T 2260), to label CITY totals. */
const SHANDONG_CITIES: Readonly<Record<string, string>> = {
  '370100': '济南市',
  '370200': '青岛市',
  '370300': '淄博市',
  '370400': '枣庄市',
  '370500': '东营市',
  '370600': '烟台市',
  '370700': '潍坊市',
  '370800': '济宁市',
  '370900': '泰安市',
  '371000': '威海市',
  '371100': '日照市',
  '371300': '临沂市',
  '371400': '德州市',
  '371500': '聊城市',
  '371600': '滨州市',
  '371700': '菏泽市',
};

/**
 * Hours and 人次 of approved records, grouped in SQL on both databases. Hours are summed as whole
 * hundredths of an hour (exact: a DECIMAL on MariaDB, an integer on SQLite, whose DECIMAL is a
 * float) and turned into a decimal string without a float. 人次 counts distinct (volunteer,
 * occasion) pairs. The caller sees totals only of the records they may read.
 */
export class ServiceTotalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
  ) {}

  async totals(groupBy: ServiceTotalsGroupBy, filter: ServiceTotalsFilter = {}): Promise<ServiceTotal[]> {
    const sqlite = isSqlite(this.dataSource);
    const where: string[] = ['r.status = :approved'];
    const params: Record<string, unknown> = { approved: ServiceRecordStatus.APPROVED };
    const scope = recordScope(this.actor, 'r');
    if (scope) {
      where.push(scope.sql);
      Object.assign(params, scope.params);
    }
    const idFilter = (field: keyof ServiceTotalsFilter, column: string) => {
      const value = filter[field];
      if (value) {
        where.push(`${column} = :${field}`);
        params[field] = parseId(field, value);
      }
    };
    idFilter('campaignId', 'p.campaignId');
    idFilter('projectId', 'r.projectId');
    idFilter('teamId', 'p.teamId');
    idFilter('siteId', 'p.siteId');
    idFilter('volunteerId', 'r.volunteerId');
    if (filter.unitId) {
      where.push('t.unitId IN (:...unitIds)');
      params.unitIds = await this.subtree(parseId('unitId', filter.unitId));
    }
    if (filter.cityCode) {
      where.push('s.cityCode = :cityCode');
      params.cityCode = requireAreaCode('cityCode', filter.cityCode);
    }
    const categories = Object.keys(NATIONAL_CATEGORY_LABELS).sort();
    if (filter.categoryCode) {
      if (!NATIONAL_CATEGORY_LABELS[filter.categoryCode]) {
        throw new BadInputError('categoryCode', `${filter.categoryCode} is not a national 服务类别 code`);
      }
      where.push('p.nationalCategoryCodes LIKE :categoryPattern');
      params.categoryPattern = `%"${filter.categoryCode}"%`;
    }
    const range = dateRange(filter.from, filter.to);
    if (range.from) {
      where.push('r.startsAt >= :fromInstant');
      params.fromInstant = range.from;
    }
    if (range.to) {
      where.push('r.startsAt < :toInstant');
      params.toInstant = range.to;
    }

    // CATEGORY: one row per code a project carries, from a table of the codes (portable: no JSON functions).
    let categoryJoin = '';
    if (groupBy === ServiceTotalsGroupBy.CATEGORY) {
      categoryJoin = `JOIN (${categories
        .map((code) => `SELECT '${code}' AS code, '%"${code}"%' AS pattern`)
        .join(' UNION ALL ')}) c ON p.nationalCategoryCodes LIKE c.pattern`;
    }
    const china = sqlite ? `datetime(r.startsAt, '+8 hours')` : 'DATE_ADD(r.startsAt, INTERVAL 8 HOUR)';
    const quarter = sqlite
      ? `strftime('%Y', ${china}) || '-Q' || ((CAST(strftime('%m', ${china}) AS INTEGER) + 2) / 3)`
      : `CONCAT(YEAR(${china}), '-Q', QUARTER(${china}))`;
    const [keyExpr, labelExpr] = (
      {
        VOLUNTEER: ['r.volunteerId', 'v.name'],
        TEAM: ['p.teamId', 't.name'],
        PROJECT: ['r.projectId', 'p.name'],
        SITE: ['p.siteId', 's.name'],
        UNIT: ['t.unitId', 'u.name'],
        CITY: ['s.cityCode', 'NULL'],
        CATEGORY: ['c.code', 'NULL'],
        QUARTER: [quarter, 'NULL'],
      } satisfies Record<ServiceTotalsGroupBy, [string, string]>
    )[groupBy];
    const hundredths = sqlite ? 'CAST(ROUND(r.hours * 100) AS INTEGER)' : 'ROUND(r.hours * 100)';
    const from = `FROM service_record r
      JOIN service_project p ON p.id = r.projectId
      JOIN service_team t ON t.id = p.teamId
      JOIN unit u ON u.id = t.unitId
      JOIN site s ON s.id = p.siteId
      JOIN volunteer v ON v.id = r.volunteerId
      ${categoryJoin}
      WHERE ${where.join(' AND ')}`;
    const sums = await this.query<{
      k: unknown;
      label: string | null;
      h: unknown;
      n: unknown;
      people: unknown;
    }>(
      `SELECT ${keyExpr} AS k, MAX(${labelExpr}) AS label, SUM(${hundredths}) AS h, COUNT(*) AS n,
              COUNT(DISTINCT r.volunteerId) AS people
       ${from} GROUP BY ${keyExpr} ORDER BY ${keyExpr}`,
      params,
    );
    const personTimes = await this.query<{ k: unknown; pt: unknown }>(
      `SELECT d.k AS k, COUNT(*) AS pt FROM (SELECT DISTINCT ${keyExpr} AS k, r.volunteerId, r.occasionId ${from}) d
       GROUP BY d.k`,
      params,
    );
    const byKey = new Map(personTimes.map((row) => [String(row.k), Number(row.pt)]));
    return sums.map((row) => {
      const key = String(row.k);
      const total = new ServiceTotal();
      total.key = key;
      total.label =
        groupBy === ServiceTotalsGroupBy.CITY
          ? (SHANDONG_CITIES[key] ?? null)
          : groupBy === ServiceTotalsGroupBy.CATEGORY
            ? (NATIONAL_CATEGORY_LABELS[key] ?? null)
            : row.label;
      total.hours = formatHundredths(String(row.h ?? 0));
      total.records = Number(row.n);
      total.volunteers = Number(row.people);
      total.personTimes = byKey.get(key) ?? 0;
      return total;
    });
  }

  private async query<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params, {});
    // Over every record in scope: on SQLite a thread of its own, not the event loop.
    return readOnlyRows<T>(this.dataSource, text, values);
  }

  /** A unit and every unit below it (SQLite, MariaDB 10.2+, MySQL 8). */
  private async subtree(rootId: number): Promise<number[]> {
    const rows: { id: number | string }[] = await this.dataSource.query(
      `WITH RECURSIVE subtree (id) AS (
         SELECT id FROM unit WHERE id = ?
         UNION
         SELECT unit.id FROM unit JOIN subtree ON unit.parentId = subtree.id
       ) SELECT id FROM subtree`,
      [rootId],
    );
    return idsOrNone(rows.map((row) => Number(row.id)));
  }
}
