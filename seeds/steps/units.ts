import type { EntityManager } from 'typeorm';
import { ServiceCategory } from '../../server/src/modules/code-lists/service-category';
import { Unit, UnitKind } from '../../server/src/modules/units/unit.entity';
import { CITIES, UNIVERSITIES } from '../data/shandong';
import { insertChunks } from './common';

/** A unit with what later steps need of it: the categories its people serve best, a short name. */
export type UnitRow = Unit & { strengths: readonly ServiceCategory[]; shortName: string };

const CITY_CATEGORIES: readonly ServiceCategory[] = [
  ServiceCategory.TUTORING,
  ServiceCategory.SAFETY_TALK,
  ServiceCategory.TEACHER_MENTORING,
];

/** The province union, the 16 city unions and the university unions, ids from 1 in that order. */
export async function insertUnits(manager: EntityManager): Promise<UnitRow[]> {
  const rows: UnitRow[] = [];
  const add = (
    fields: Omit<Unit, 'id' | 'createdAt' | 'updatedAt' | 'parent'>,
    extra: Pick<UnitRow, 'strengths' | 'shortName'>,
  ) => rows.push({ ...fields, ...extra, id: rows.length + 1 } as UnitRow);
  add(
    {
      code: 'SD',
      name: '中国教育工会山东省委员会',
      kind: UnitKind.PROVINCE,
      parentId: null,
      cityCode: '370100',
    },
    { strengths: [], shortName: '省教育工会' },
  );
  for (const city of CITIES) {
    add(
      {
        code: `SD-${city.code}`,
        name: city.unionName,
        kind: UnitKind.CITY,
        parentId: 1,
        cityCode: city.code,
      },
      { strengths: CITY_CATEGORIES, shortName: city.shortName },
    );
  }
  UNIVERSITIES.forEach((university, i) => {
    add(
      {
        code: `SD-U${String(i + 1).padStart(2, '0')}`,
        name: university.unionName,
        kind: UnitKind.UNIVERSITY,
        parentId: 1,
        cityCode: university.cityCode,
      },
      { strengths: university.strengths, shortName: university.name },
    );
  });
  await insertChunks(
    manager,
    Unit,
    rows.map(({ strengths: _s, shortName: _n, ...unit }) => unit),
  );
  return rows;
}
