/**
 * Geography and institutions of Shandong for demo data.
 * Cities, counties and universities are real (codes per GB/T 2260 as in use in 2019);
 * towns, villages, schools and clinics are assembled from name parts, so they are synthetic.
 * Coordinates are approximate (~3 decimals) city/county seats, good enough for map pins.
 */
import { ServiceCategory } from '../../server/src/modules/code-lists/service-category';
export { CITIES, COUNTIES, type City, type County } from './shandong-areas';

export interface University {
  readonly name: string;
  readonly unionName: string;
  readonly cityCode: string;
  /** Categories its teams plausibly offer, so generated projects fit the university. */
  readonly strengths: readonly ServiceCategory[];
}

function university(name: string, cityCode: string, strengths: readonly ServiceCategory[]): University {
  return { name, unionName: `${name}工会`, cityCode, strengths };
}

/** Real universities with unions; cityCode is the main campus's city. */
export const UNIVERSITIES: readonly University[] = [
  university('山东大学', '370100', [ServiceCategory.MEDICAL_SERVICE, ServiceCategory.SCIENCE_POPULARISATION, ServiceCategory.POLICY_CONSULTING, ServiceCategory.PROFESSIONAL_TRAINING, ServiceCategory.TECH_SERVICE]),
  university('中国海洋大学', '370200', [ServiceCategory.SCIENCE_POPULARISATION, ServiceCategory.TECH_SERVICE, ServiceCategory.PROFESSIONAL_TRAINING, ServiceCategory.INTERNET_PLUS]),
  university('山东师范大学', '370100', [ServiceCategory.TEACHER_MENTORING, ServiceCategory.TUTORING, ServiceCategory.CULTURE, ServiceCategory.SCIENCE_POPULARISATION, ServiceCategory.INTERNET_PLUS]),
  university('曲阜师范大学', '370800', [ServiceCategory.TEACHER_MENTORING, ServiceCategory.TUTORING, ServiceCategory.CULTURE, ServiceCategory.POLICY_CONSULTING]),
  university('青岛大学', '370200', [ServiceCategory.MEDICAL_SERVICE, ServiceCategory.TEACHER_MENTORING, ServiceCategory.CULTURE, ServiceCategory.PROFESSIONAL_TRAINING]),
  university('山东农业大学', '370900', [ServiceCategory.TECH_SERVICE, ServiceCategory.PROFESSIONAL_TRAINING, ServiceCategory.SCIENCE_POPULARISATION, ServiceCategory.POLICY_CONSULTING]),
  university('山东科技大学', '370200', [ServiceCategory.TECH_SERVICE, ServiceCategory.SCIENCE_POPULARISATION, ServiceCategory.SAFETY_TALK, ServiceCategory.INTERNET_PLUS]),
  university('山东财经大学', '370100', [ServiceCategory.POLICY_CONSULTING, ServiceCategory.PROFESSIONAL_TRAINING, ServiceCategory.INTERNET_PLUS]),
  university('山东中医药大学', '370100', [ServiceCategory.MEDICAL_SERVICE, ServiceCategory.SCIENCE_POPULARISATION, ServiceCategory.PROFESSIONAL_TRAINING]),
  university('聊城大学', '371500', [ServiceCategory.TEACHER_MENTORING, ServiceCategory.TUTORING, ServiceCategory.TECH_SERVICE, ServiceCategory.CULTURE]),
  university('临沂大学', '371300', [ServiceCategory.TEACHER_MENTORING, ServiceCategory.TUTORING, ServiceCategory.PROFESSIONAL_TRAINING, ServiceCategory.MATERIAL_DONATION]),
  university('鲁东大学', '370600', [ServiceCategory.TEACHER_MENTORING, ServiceCategory.TUTORING, ServiceCategory.TECH_SERVICE, ServiceCategory.CULTURE]),
  university('山东第一医科大学', '370100', [ServiceCategory.MEDICAL_SERVICE, ServiceCategory.SAFETY_TALK, ServiceCategory.SCIENCE_POPULARISATION]),
  university('济南大学', '370100', [ServiceCategory.TECH_SERVICE, ServiceCategory.PROFESSIONAL_TRAINING, ServiceCategory.TUTORING, ServiceCategory.SCIENCE_POPULARISATION]),
  university('山东理工大学', '370300', [ServiceCategory.TECH_SERVICE, ServiceCategory.PROFESSIONAL_TRAINING, ServiceCategory.SCIENCE_POPULARISATION]),
  university('潍坊医学院', '370700', [ServiceCategory.MEDICAL_SERVICE, ServiceCategory.SAFETY_TALK, ServiceCategory.PROFESSIONAL_TRAINING]),
  university('济宁医学院', '370800', [ServiceCategory.MEDICAL_SERVICE, ServiceCategory.SAFETY_TALK, ServiceCategory.SCIENCE_POPULARISATION]),
  university('德州学院', '371400', [ServiceCategory.TEACHER_MENTORING, ServiceCategory.TUTORING, ServiceCategory.MATERIAL_DONATION]),
  university('菏泽学院', '371700', [ServiceCategory.TEACHER_MENTORING, ServiceCategory.TUTORING, ServiceCategory.TECH_SERVICE, ServiceCategory.MATERIAL_DONATION]),
];

/**
 * Building blocks for synthetic site names: `{county}{town}{village}村`, schools, communities, clinics.
 * Why synthetic: seed sites must not point at real villages' real people; the parts are common
 * morphemes so the result reads naturally.
 * Templates use `{town}` (full town name, e.g. 青岗镇), `{village}` (e.g. 王庄) and `{stem}` placeholders;
 * fill them with `fillTemplate`.
 */
export const SITE_NAME_PARTS = {
  /** Town stems (2–3 characters); append a townSuffix. */
  townStems: [
    '青岗', '安集', '兴隆', '太平', '龙王庙', '凤山', '桃园', '柳林', '石桥', '马集',
    '黄店', '白庙', '新安', '古城', '清河', '高庄', '杨楼', '侯寨', '双河', '大义',
    '孙寺', '韩集', '北城', '南王', '东岭', '西关', '仁和', '永丰', '常乐', '宝泉',
  ],
  /** Mostly 镇, some 乡 and 街道; repeat 镇 in the pick if you want it more common. */
  townSuffixes: ['镇', '乡', '街道'],
  /** First morpheme of a village name: a surname or a position word. */
  villageStems: [
    '王', '李', '张', '刘', '陈', '杨', '赵', '孙', '马', '朱', '胡', '郭', '高', '徐', '田',
    '前', '后', '东', '西', '南', '北', '大', '小', '上', '下', '新', '老', '双', '三里', '五里',
  ],
  /** Second morpheme: typical north-China village endings. */
  villageSuffixes: [
    '庄', '楼', '集', '寨', '屯', '营', '店', '洼', '堂', '桥', '岭', '峪', '官庄', '家庄', '家寨',
    '家洼', '河', '庙', '堌堆', '井',
  ],
  /** `{village}` plus one of these gives the administrative village name. */
  villageTemplates: ['{village}村'],
  schoolTemplates: [
    '{town}中心小学',
    '{town}初级中学',
    '{town}中学',
    '{town}中心幼儿园',
    '{village}小学',
    '{village}教学点',
  ],
  communityStems: [
    '幸福', '和平', '阳光', '新华', '东方', '振兴', '富民', '兴隆', '康乐', '丰收', '向阳', '惠民',
  ],
  communityTemplates: ['{stem}社区', '{town}{stem}社区'],
  clinicTemplates: ['{town}卫生院', '{town}中心卫生院', '{village}村卫生室'],
} as const;

export type SiteNamePlaceholder = 'town' | 'village' | 'stem';

/** Replace `{town}`, `{village}`, `{stem}` in a template; throws on a missing value so bad names never slip in. */
export function fillTemplate(
  template: string,
  values: Readonly<Partial<Record<SiteNamePlaceholder, string>>>,
): string {
  return template.replace(/\{(town|village|stem)\}/g, (_match, key: SiteNamePlaceholder) => {
    const value = values[key];
    if (value === undefined) {
      throw new Error(`fillTemplate: no value for {${key}} in "${template}"`);
    }
    return value;
  });
}
