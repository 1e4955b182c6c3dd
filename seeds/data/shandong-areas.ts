/**
 * The cities and counties of Shandong (GB/T 2260 codes as in use in 2019) with approximate seat
 * coordinates. It imports nothing, so the console bundles it too (registering a site offers them).
 */
export interface City {
  /** GB/T 2260 6-digit code, as a string (codes are identifiers, not numbers). */
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  /** The city's education union (市教育工会), a unit in the system's unit tree. */
  readonly unionName: string;
  readonly latitude: number;
  readonly longitude: number;
}

export interface County {
  readonly code: string;
  readonly name: string;
  readonly cityCode: string;
  readonly latitude: number;
  readonly longitude: number;
}

function city(code: string, shortName: string, latitude: number, longitude: number): City {
  const name = `${shortName}市`;
  return { code, name, shortName, unionName: `${name}教育工会`, latitude, longitude };
}

function county(
  code: string,
  name: string,
  latitude: number,
  longitude: number,
): County {
  // The parent city is the code's first four digits + '00' — true for every GB/T 2260 county code.
  return { code, name, cityCode: `${code.slice(0, 4)}00`, latitude, longitude };
}

/** The 16 prefecture-level cities, in the notice's order (GB/T 2260 order). */
export const CITIES: readonly City[] = [
  city('370100', '济南', 36.651, 117.120),
  city('370200', '青岛', 36.067, 120.383),
  city('370300', '淄博', 36.813, 118.055),
  city('370400', '枣庄', 34.810, 117.323),
  city('370500', '东营', 37.434, 118.675),
  city('370600', '烟台', 37.464, 121.448),
  city('370700', '潍坊', 36.707, 119.162),
  city('370800', '济宁', 35.415, 116.587),
  city('370900', '泰安', 36.200, 117.088),
  city('371000', '威海', 37.513, 122.120),
  city('371100', '日照', 35.417, 119.527),
  city('371300', '临沂', 35.105, 118.356),
  city('371400', '德州', 37.434, 116.357),
  city('371500', '聊城', 36.457, 115.985),
  city('371600', '滨州', 37.383, 117.971),
  city('371700', '菏泽', 35.233, 115.481),
];

/**
 * Counties and county-level districts/cities, favouring those with poverty-alleviation work
 * (western Shandong plains, Yimeng mountain area, Yellow River flood plain). Codes that changed
 * around 2019–2020 (茌平, 蓬莱, 长岛) are left out on purpose.
 */
export const COUNTIES: readonly County[] = [
  // 济南
  county('370124', '平阴县', 36.289, 116.456),
  county('370126', '商河县', 37.309, 117.157),
  county('370113', '长清区', 36.553, 116.752),
  // 青岛
  county('370283', '平度市', 36.777, 119.960),
  county('370285', '莱西市', 36.888, 120.518),
  county('370281', '胶州市', 36.264, 120.034),
  // 淄博
  county('370323', '沂源县', 36.185, 118.171),
  county('370322', '高青县', 37.170, 117.826),
  county('370304', '博山区', 36.494, 117.862),
  // 枣庄
  county('370406', '山亭区', 35.100, 117.461),
  county('370405', '台儿庄区', 34.562, 117.734),
  county('370404', '峄城区', 34.773, 117.591),
  // 东营
  county('370522', '利津县', 37.490, 118.256),
  county('370503', '河口区', 37.886, 118.526),
  county('370523', '广饶县', 37.054, 118.407),
  // 烟台
  county('370686', '栖霞市', 37.336, 120.850),
  county('370687', '海阳市', 36.776, 121.159),
  county('370682', '莱阳市', 36.979, 120.712),
  // 潍坊
  county('370724', '临朐县', 36.512, 118.542),
  county('370784', '安丘市', 36.478, 119.219),
  county('370725', '昌乐县', 36.707, 118.830),
  // 济宁
  county('370831', '泗水县', 35.665, 117.251),
  county('370829', '嘉祥县', 35.408, 116.342),
  county('370832', '梁山县', 35.802, 116.096),
  county('370830', '汶上县', 35.712, 116.489),
  county('370826', '微山县', 34.807, 117.129),
  county('370828', '金乡县', 35.067, 116.311),
  // 泰安
  county('370923', '东平县', 35.937, 116.471),
  county('370921', '宁阳县', 35.759, 116.805),
  // 威海
  county('371083', '乳山市', 36.920, 121.540),
  county('371003', '文登区', 37.194, 122.058),
  // 日照
  county('371121', '五莲县', 35.750, 119.209),
  county('371122', '莒县', 35.580, 118.837),
  // 临沂
  county('371321', '沂南县', 35.550, 118.465),
  county('371323', '沂水县', 35.790, 118.628),
  county('371325', '费县', 35.266, 117.977),
  county('371326', '平邑县', 35.506, 117.640),
  county('371328', '蒙阴县', 35.710, 117.945),
  county('371324', '兰陵县', 34.857, 118.071),
  county('371322', '郯城县', 34.613, 118.367),
  // 德州
  county('371423', '庆云县', 37.776, 117.385),
  county('371424', '临邑县', 37.190, 116.866),
  county('371422', '宁津县', 37.652, 116.800),
  county('371427', '夏津县', 36.948, 116.002),
  county('371428', '武城县', 37.213, 116.069),
  // 聊城
  county('371522', '莘县', 36.234, 115.671),
  county('371525', '冠县', 36.484, 115.442),
  county('371521', '阳谷县', 36.114, 115.791),
  county('371524', '东阿县', 36.335, 116.249),
  // 滨州
  county('371623', '无棣县', 37.771, 117.625),
  county('371622', '阳信县', 37.641, 117.578),
  county('371621', '惠民县', 37.489, 117.509),
  county('371603', '沾化区', 37.699, 118.130),
  // 菏泽
  county('371721', '曹县', 34.825, 115.549),
  county('371722', '单县', 34.791, 116.087),
  county('371723', '成武县', 34.953, 115.890),
  county('371724', '巨野县', 35.391, 116.089),
  county('371725', '郓城县', 35.600, 115.944),
  county('371726', '鄄城县', 35.563, 115.510),
  county('371728', '东明县', 35.290, 115.099),
  county('371703', '定陶区', 35.071, 115.573),
];
