import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { labelsAsDescriptions, SERVICE_CATEGORY_LABELS } from './labels';

/** What a service need asks for (DOMAIN.md "Service needs: the categories users will ask for"). */
export enum ServiceCategory {
  TUTORING = 'TUTORING',
  SAFETY_TALK = 'SAFETY_TALK',
  TEACHER_MENTORING = 'TEACHER_MENTORING',
  SCIENCE_POPULARISATION = 'SCIENCE_POPULARISATION',
  TECH_SERVICE = 'TECH_SERVICE',
  MEDICAL_SERVICE = 'MEDICAL_SERVICE',
  CULTURE = 'CULTURE',
  POLICY_CONSULTING = 'POLICY_CONSULTING',
  PROFESSIONAL_TRAINING = 'PROFESSIONAL_TRAINING',
  MATERIAL_DONATION = 'MATERIAL_DONATION',
  INTERNET_PLUS = 'INTERNET_PLUS',
}

registerEnumType(ServiceCategory, {
  name: 'ServiceCategory',
  description: 'The kind of service a need asks for and a volunteer can give.',
  // The Chinese labels (labels.ts), the table the console and the exports use too.
  valuesConfig: labelsAsDescriptions(SERVICE_CATEGORY_LABELS),
});

/** 服务类别 of the national volunteer system (ARCHIVE_FORMAT.md). */
export const NATIONAL_CATEGORY_LABELS: Readonly<Record<string, string>> = {
  '0001': '社区服务',
  '0002': '扶贫减贫',
  '0003': '支教助学',
  '0004': '卫生健康',
  '0005': '法律服务',
  '0006': '环境保护',
  '0007': '科技科普',
  '0008': '文化艺术',
  '0009': '平安综治',
  '0010': '文明风尚',
  '0011': '交通引导',
  '0012': '志愿消防',
  '0013': '应急救援',
  '0014': '禁毒宣传',
  '0015': '体育健身',
  '0016': '旅游服务',
  '0017': '关爱特殊群体',
  '0018': '大型活动',
  '0019': '海外志愿服务',
  '0020': '税收服务',
  '0099': '其他',
};

/** The code every poverty-alleviation project carries besides its own. */
export const POVERTY_ALLEVIATION_CODE = '0002';

interface CategoryInfo {
  label: string;
  nationalCode: string;
}

/** Our categories mapped onto the national 服务类别, as ARCHIVE_FORMAT.md sets out. */
export const SERVICE_CATEGORY_INFO: Readonly<Record<ServiceCategory, CategoryInfo>> = {
  TUTORING: { label: SERVICE_CATEGORY_LABELS.TUTORING, nationalCode: '0003' },
  SAFETY_TALK: { label: SERVICE_CATEGORY_LABELS.SAFETY_TALK, nationalCode: '0009' },
  TEACHER_MENTORING: { label: SERVICE_CATEGORY_LABELS.TEACHER_MENTORING, nationalCode: '0003' },
  SCIENCE_POPULARISATION: { label: SERVICE_CATEGORY_LABELS.SCIENCE_POPULARISATION, nationalCode: '0007' },
  TECH_SERVICE: { label: SERVICE_CATEGORY_LABELS.TECH_SERVICE, nationalCode: '0007' },
  MEDICAL_SERVICE: { label: SERVICE_CATEGORY_LABELS.MEDICAL_SERVICE, nationalCode: '0004' },
  CULTURE: { label: SERVICE_CATEGORY_LABELS.CULTURE, nationalCode: '0008' },
  POLICY_CONSULTING: { label: SERVICE_CATEGORY_LABELS.POLICY_CONSULTING, nationalCode: '0005' },
  PROFESSIONAL_TRAINING: { label: SERVICE_CATEGORY_LABELS.PROFESSIONAL_TRAINING, nationalCode: '0003' },
  MATERIAL_DONATION: { label: SERVICE_CATEGORY_LABELS.MATERIAL_DONATION, nationalCode: '0002' },
  INTERNET_PLUS: { label: SERVICE_CATEGORY_LABELS.INTERNET_PLUS, nationalCode: '0099' },
};

@ObjectType({ description: 'A service category with its Chinese label and national 服务类别 code.' })
export class ServiceCategoryInfo {
  @Field(() => ServiceCategory)
  category: ServiceCategory;

  @Field()
  label: string;

  @Field({ description: 'The national system 服务类别 code, e.g. 0003 支教助学.' })
  nationalCode: string;

  @Field()
  nationalLabel: string;
}

export function listServiceCategories(): ServiceCategoryInfo[] {
  return Object.values(ServiceCategory).map((category) => {
    const info = SERVICE_CATEGORY_INFO[category];
    return {
      category,
      label: info.label,
      nationalCode: info.nationalCode,
      nationalLabel: NATIONAL_CATEGORY_LABELS[info.nationalCode] ?? '',
    };
  });
}
