import { Field, ObjectType, registerEnumType } from 'type-graphql';

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
  valuesConfig: {
    TUTORING: { description: '学习辅导' },
    SAFETY_TALK: { description: '安全知识宣讲' },
    TEACHER_MENTORING: { description: '教师对口帮扶' },
    SCIENCE_POPULARISATION: { description: '科学普及' },
    TECH_SERVICE: { description: '科技服务' },
    MEDICAL_SERVICE: { description: '医疗服务' },
    CULTURE: { description: '文化服务' },
    POLICY_CONSULTING: { description: '政策咨询' },
    PROFESSIONAL_TRAINING: { description: '专业培训/技能培训' },
    MATERIAL_DONATION: { description: '捐赠物资' },
    INTERNET_PLUS: { description: '互联网+服务' },
  },
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
  TUTORING: { label: '学习辅导', nationalCode: '0003' },
  SAFETY_TALK: { label: '安全知识宣讲', nationalCode: '0009' },
  TEACHER_MENTORING: { label: '教师对口帮扶', nationalCode: '0003' },
  SCIENCE_POPULARISATION: { label: '科学普及', nationalCode: '0007' },
  TECH_SERVICE: { label: '科技服务', nationalCode: '0007' },
  MEDICAL_SERVICE: { label: '医疗服务', nationalCode: '0004' },
  CULTURE: { label: '文化服务', nationalCode: '0008' },
  POLICY_CONSULTING: { label: '政策咨询', nationalCode: '0005' },
  PROFESSIONAL_TRAINING: { label: '专业培训/技能培训', nationalCode: '0003' },
  MATERIAL_DONATION: { label: '捐赠物资', nationalCode: '0002' },
  INTERNET_PLUS: { label: '互联网+服务', nationalCode: '0099' },
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
