import { CITIES, COUNTIES, type County } from '../../../../seeds/data/shandong-areas';

/**
 * The 16 cities and the counties of Shandong the console offers when a site is registered, with
 * approximate seat coordinates (a site's map pin until the coordinator corrects it): the same list
 * the demo data uses. Any other 6-digit county code may still be typed.
 */
export { CITIES, COUNTIES };
export type Area = Pick<County, 'code' | 'name' | 'latitude' | 'longitude'>;

const CITY_BY_CODE = new Map(CITIES.map((c) => [c.code, c]));
const COUNTY_BY_CODE = new Map(COUNTIES.map((c) => [c.code, c]));

/** `菏泽市` for 371700 or any county code under it; the code itself when unknown. */
export function cityName(code: string): string {
  return CITY_BY_CODE.get(`${code.slice(0, 4)}00`)?.name ?? code;
}

/** `菏泽市曹县` for 371721; the city and the code when the county is not in the list. */
export function areaName(code: string): string {
  const county = COUNTY_BY_CODE.get(code);
  return `${cityName(code)}${county ? county.name : `（${code}）`}`;
}

export function countyOf(code: string): Area | undefined {
  return COUNTY_BY_CODE.get(code);
}
