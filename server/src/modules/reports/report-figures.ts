import { In, IsNull, LessThanOrEqual, type DataSource } from 'typeorm';
import type { Actor } from '../../core/actor';
import { ServiceTotalsGroupBy } from '../service-records/service-record.inputs';
import { ServiceTotalsService } from '../service-records/service-record.totals';
import { SupportEntry, SupportKind } from '../support/support-entry.entity';
import { SupportTotalsDimension } from '../support/support.inputs';
import { SupportService } from '../support/support.service';
import type { ReportTotal } from './status-report.types';

/**
 * The figures of a report come from the modules that own them, so a report and the totals a
 * coordinator queries can never disagree: hours and 人次 from service records, support from the ledger.
 */

export interface ProjectService {
  personTimes: number;
  hours: string;
}

export interface ProjectSupport {
  funds: string;
  materialsValue: string;
  summary: string;
}

/** Approved hours and 人次 per project of a unit's teams, up to a China date (inclusive). */
export async function projectServiceUpTo(
  dataSource: DataSource,
  actor: Actor,
  campaignId: number,
  unitId: number,
  asOf: string,
): Promise<Map<number, ProjectService>> {
  const rows = await new ServiceTotalsService(dataSource, actor).totals(ServiceTotalsGroupBy.PROJECT, {
    campaignId: String(campaignId),
    unitId: String(unitId),
    to: asOf,
  });
  return new Map(rows.map((row) => [Number(row.key), { personTimes: row.personTimes, hours: row.hours }]));
}

/**
 * Funds and the value of materials per project (exact sums from the ledger, voided lines left
 * out) up to a China date, and the line the form wants: "资金 …元；物资：item qty unit、…".
 */
export async function projectSupportUpTo(
  dataSource: DataSource,
  actor: Actor,
  campaignId: number,
  unitId: number,
  asOf: string,
): Promise<Map<number, ProjectSupport>> {
  const totals = await new SupportService(dataSource, actor).totals(
    { campaignId: String(campaignId), unitId: String(unitId), to: asOf },
    [SupportTotalsDimension.PROJECT],
  );
  const projectIds = totals.rows.map((row) => Number(row.projectId));
  if (projectIds.length === 0) return new Map();
  const materials = await dataSource.getRepository(SupportEntry).find({
    where: {
      projectId: In(projectIds),
      kind: SupportKind.MATERIALS,
      voidedAt: IsNull(),
      occurredOn: LessThanOrEqual(asOf),
    },
    order: { occurredOn: 'ASC', id: 'ASC' },
  });
  const itemsOf = new Map<number, string[]>();
  for (const line of materials) {
    const item = `${line.itemName ?? ''} ${trimZeros(line.quantity ?? '')}${line.quantityUnit ?? ''}`.trim();
    itemsOf.set(line.projectId, [...(itemsOf.get(line.projectId) ?? []), item]);
  }
  return new Map(
    totals.rows.map((row) => {
      const projectId = Number(row.projectId);
      const parts: string[] = [];
      if (row.fundsAmount !== '0.00') parts.push(`资金 ${row.fundsAmount} 元`);
      const items = itemsOf.get(projectId);
      if (items?.length) parts.push(`物资：${items.join('、')}（折合 ${row.materialsValue} 元）`);
      return [
        projectId,
        { funds: row.fundsAmount, materialsValue: row.materialsValue, summary: parts.join('；') },
      ];
    }),
  );
}

function trimZeros(quantity: string): string {
  return quantity.includes('.') ? quantity.replace(/\.?0+$/, '') : quantity;
}

/** Province-wide hours and 人次 by city of the served site and by national 服务类别. */
export async function provinceTotalsUpTo(
  dataSource: DataSource,
  actor: Actor,
  campaignId: number,
  asOf: string,
): Promise<{ byCity: ReportTotal[]; byCategory: ReportTotal[] }> {
  const service = new ServiceTotalsService(dataSource, actor);
  const filter = { campaignId: String(campaignId), to: asOf };
  const [byCity, byCategory] = await Promise.all([
    service.totals(ServiceTotalsGroupBy.CITY, filter),
    service.totals(ServiceTotalsGroupBy.CATEGORY, filter),
  ]);
  const view = (row: { key: string; label: string | null; hours: string; personTimes: number }) => ({
    key: row.key,
    label: row.label ?? row.key,
    hours: row.hours,
    personTimes: row.personTimes,
  });
  return { byCity: byCity.map(view), byCategory: byCategory.map(view) };
}
