/**
 * The 16 cities and the counties of Shandong the console offers when a site is registered, with
 * approximate seat coordinates (a site's map pin until the coordinator corrects it). Copied from
 * seeds/data/shandong.ts (GB/T 2260 codes as in use in 2019), which the browser cannot import.
 * Any other 6-digit county code may still be typed.
 */
export interface Area {
  code: string;
  name: string;
  latitude: number;
  longitude: number;
}

export const CITIES: readonly Area[] = [
  { code: '370100', name: '济南市', latitude: 36.651, longitude: 117.12 },
  { code: '370200', name: '青岛市', latitude: 36.067, longitude: 120.383 },
  { code: '370300', name: '淄博市', latitude: 36.813, longitude: 118.055 },
  { code: '370400', name: '枣庄市', latitude: 34.81, longitude: 117.323 },
  { code: '370500', name: '东营市', latitude: 37.434, longitude: 118.675 },
  { code: '370600', name: '烟台市', latitude: 37.464, longitude: 121.448 },
  { code: '370700', name: '潍坊市', latitude: 36.707, longitude: 119.162 },
  { code: '370800', name: '济宁市', latitude: 35.415, longitude: 116.587 },
  { code: '370900', name: '泰安市', latitude: 36.2, longitude: 117.088 },
  { code: '371000', name: '威海市', latitude: 37.513, longitude: 122.12 },
  { code: '371100', name: '日照市', latitude: 35.417, longitude: 119.527 },
  { code: '371300', name: '临沂市', latitude: 35.105, longitude: 118.356 },
  { code: '371400', name: '德州市', latitude: 37.434, longitude: 116.357 },
  { code: '371500', name: '聊城市', latitude: 36.457, longitude: 115.985 },
  { code: '371600', name: '滨州市', latitude: 37.383, longitude: 117.971 },
  { code: '371700', name: '菏泽市', latitude: 35.233, longitude: 115.481 },
];

export const COUNTIES: readonly Area[] = [
  { code: '370124', name: '平阴县', latitude: 36.289, longitude: 116.456 },
  { code: '370126', name: '商河县', latitude: 37.309, longitude: 117.157 },
  { code: '370113', name: '长清区', latitude: 36.553, longitude: 116.752 },
  { code: '370283', name: '平度市', latitude: 36.777, longitude: 119.96 },
  { code: '370285', name: '莱西市', latitude: 36.888, longitude: 120.518 },
  { code: '370281', name: '胶州市', latitude: 36.264, longitude: 120.034 },
  { code: '370323', name: '沂源县', latitude: 36.185, longitude: 118.171 },
  { code: '370322', name: '高青县', latitude: 37.17, longitude: 117.826 },
  { code: '370304', name: '博山区', latitude: 36.494, longitude: 117.862 },
  { code: '370406', name: '山亭区', latitude: 35.1, longitude: 117.461 },
  { code: '370405', name: '台儿庄区', latitude: 34.562, longitude: 117.734 },
  { code: '370404', name: '峄城区', latitude: 34.773, longitude: 117.591 },
  { code: '370522', name: '利津县', latitude: 37.49, longitude: 118.256 },
  { code: '370503', name: '河口区', latitude: 37.886, longitude: 118.526 },
  { code: '370523', name: '广饶县', latitude: 37.054, longitude: 118.407 },
  { code: '370686', name: '栖霞市', latitude: 37.336, longitude: 120.85 },
  { code: '370687', name: '海阳市', latitude: 36.776, longitude: 121.159 },
  { code: '370682', name: '莱阳市', latitude: 36.979, longitude: 120.712 },
  { code: '370724', name: '临朐县', latitude: 36.512, longitude: 118.542 },
  { code: '370784', name: '安丘市', latitude: 36.478, longitude: 119.219 },
  { code: '370725', name: '昌乐县', latitude: 36.707, longitude: 118.83 },
  { code: '370831', name: '泗水县', latitude: 35.665, longitude: 117.251 },
  { code: '370829', name: '嘉祥县', latitude: 35.408, longitude: 116.342 },
  { code: '370832', name: '梁山县', latitude: 35.802, longitude: 116.096 },
  { code: '370830', name: '汶上县', latitude: 35.712, longitude: 116.489 },
  { code: '370826', name: '微山县', latitude: 34.807, longitude: 117.129 },
  { code: '370828', name: '金乡县', latitude: 35.067, longitude: 116.311 },
  { code: '370923', name: '东平县', latitude: 35.937, longitude: 116.471 },
  { code: '370921', name: '宁阳县', latitude: 35.759, longitude: 116.805 },
  { code: '371083', name: '乳山市', latitude: 36.92, longitude: 121.54 },
  { code: '371003', name: '文登区', latitude: 37.194, longitude: 122.058 },
  { code: '371121', name: '五莲县', latitude: 35.75, longitude: 119.209 },
  { code: '371122', name: '莒县', latitude: 35.58, longitude: 118.837 },
  { code: '371321', name: '沂南县', latitude: 35.55, longitude: 118.465 },
  { code: '371323', name: '沂水县', latitude: 35.79, longitude: 118.628 },
  { code: '371325', name: '费县', latitude: 35.266, longitude: 117.977 },
  { code: '371326', name: '平邑县', latitude: 35.506, longitude: 117.64 },
  { code: '371328', name: '蒙阴县', latitude: 35.71, longitude: 117.945 },
  { code: '371324', name: '兰陵县', latitude: 34.857, longitude: 118.071 },
  { code: '371322', name: '郯城县', latitude: 34.613, longitude: 118.367 },
  { code: '371423', name: '庆云县', latitude: 37.776, longitude: 117.385 },
  { code: '371424', name: '临邑县', latitude: 37.19, longitude: 116.866 },
  { code: '371422', name: '宁津县', latitude: 37.652, longitude: 116.8 },
  { code: '371427', name: '夏津县', latitude: 36.948, longitude: 116.002 },
  { code: '371428', name: '武城县', latitude: 37.213, longitude: 116.069 },
  { code: '371522', name: '莘县', latitude: 36.234, longitude: 115.671 },
  { code: '371525', name: '冠县', latitude: 36.484, longitude: 115.442 },
  { code: '371521', name: '阳谷县', latitude: 36.114, longitude: 115.791 },
  { code: '371524', name: '东阿县', latitude: 36.335, longitude: 116.249 },
  { code: '371623', name: '无棣县', latitude: 37.771, longitude: 117.625 },
  { code: '371622', name: '阳信县', latitude: 37.641, longitude: 117.578 },
  { code: '371621', name: '惠民县', latitude: 37.489, longitude: 117.509 },
  { code: '371603', name: '沾化区', latitude: 37.699, longitude: 118.13 },
  { code: '371721', name: '曹县', latitude: 34.825, longitude: 115.549 },
  { code: '371722', name: '单县', latitude: 34.791, longitude: 116.087 },
  { code: '371723', name: '成武县', latitude: 34.953, longitude: 115.89 },
  { code: '371724', name: '巨野县', latitude: 35.391, longitude: 116.089 },
  { code: '371725', name: '郓城县', latitude: 35.6, longitude: 115.944 },
  { code: '371726', name: '鄄城县', latitude: 35.563, longitude: 115.51 },
  { code: '371728', name: '东明县', latitude: 35.29, longitude: 115.099 },
  { code: '371703', name: '定陶区', latitude: 35.071, longitude: 115.573 },
];

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
