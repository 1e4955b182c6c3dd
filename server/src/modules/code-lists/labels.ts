/**
 * The Chinese label of every enum value people see: one table for the server's exports and reports
 * and for the web console (console/src/labels.ts bundles this very file for the browser).
 *
 * This module imports nothing, on purpose: the console's bundle must not reach type-graphql,
 * TypeORM or Node built-ins (test/unit/labels.test.ts checks both that and that every value of each
 * enum, as the schema has it, has a label). Keys are the enum values as the API sends them.
 */

/** ServiceCategory: what a need asks for (DOMAIN.md "Service needs"). */
export const SERVICE_CATEGORY_LABELS = {
  TUTORING: '学习辅导',
  SAFETY_TALK: '安全知识宣讲',
  TEACHER_MENTORING: '教师对口帮扶',
  SCIENCE_POPULARISATION: '科学普及',
  TECH_SERVICE: '科技服务',
  MEDICAL_SERVICE: '医疗服务',
  CULTURE: '文化服务',
  POLICY_CONSULTING: '政策咨询',
  PROFESSIONAL_TRAINING: '专业培训/技能培训',
  MATERIAL_DONATION: '捐赠物资',
  INTERNET_PLUS: '互联网+服务',
} as const;

/** ServiceNeedStatus. */
export const SERVICE_NEED_STATUS_LABELS = {
  OPEN: '招募中',
  FILLED: '已满员',
  CLOSED: '已结束',
  CANCELLED: '已取消',
} as const;

/** Role: who uses the system (DOMAIN.md "Who uses the system"). */
export const ROLE_LABELS = {
  PROVINCIAL_ADMIN: '省教育工会管理员',
  UNIT_COORDINATOR: '单位协调员',
  TEAM_LEADER: '服务队负责人',
  VOLUNTEER: '志愿者',
  SITE_CONTACT: '帮扶点联系人',
} as const;

/** MilestoneKind: the reporting deadlines of a campaign (情况调度表 and the summary materials). */
export const MILESTONE_KIND_LABELS = {
  LAUNCH: '活动部署启动',
  MID_TERM: '半程推进',
  SUMMARY: '活动总结',
  FINAL_MATERIALS: '活动总结材料',
} as const;

/** CampaignPhaseKind. */
export const CAMPAIGN_PHASE_KIND_LABELS = {
  LAUNCH: '部署启动',
  SERVICE: '组队服务',
  SUMMARY: '总结',
} as const;

/** AssignmentStatus: a volunteer put forward for a need (two yeses: coordinator, then volunteer). */
export const ASSIGNMENT_STATUS_LABELS = {
  PROPOSED: '已推荐',
  CONFIRMED: '待本人答复',
  ACCEPTED: '已接受',
  DECLINED: '已婉拒',
  CANCELLED: '已撤回',
} as const;

/** BeneficiaryGroup: who a need serves (服务对象). */
export const BENEFICIARY_GROUP_LABELS = {
  POOR_RURAL_STUDENTS: '农村困难家庭学生',
  DISABLED_STUDENTS: '残疾学生',
  STUDENTS_WITH_LEARNING_DIFFICULTIES: '学习有困难学生',
  TEACHERS_IN_WEAK_AREAS: '薄弱地区教师',
  POOR_WORKERS: '贫困地区职工群众',
  RURAL_RESIDENTS: '农村居民',
  ELDERLY: '老年人',
  CHILDREN: '儿童（含留守儿童）',
  GENERAL_PUBLIC: '社会公众',
} as const;

/** UnitKind. */
export const UNIT_KIND_LABELS = {
  PROVINCE: '省教育工会',
  CITY: '市教育工会',
  UNIVERSITY: '高校工会',
} as const;

/** ServiceRecordStatus: a service record on its way to approval. */
export const SERVICE_RECORD_STATUS_LABELS = {
  DRAFT: '草稿',
  SUBMITTED: '待审核',
  APPROVED: '已审核',
  REJECTED: '已退回',
  SUPERSEDED: '已更正',
} as const;

/**
 * Every table above by the GraphQL enum's name, for code that walks them (the completeness test,
 * a generic label lookup).
 */
export const ENUM_LABELS = {
  ServiceCategory: SERVICE_CATEGORY_LABELS,
  ServiceNeedStatus: SERVICE_NEED_STATUS_LABELS,
  Role: ROLE_LABELS,
  MilestoneKind: MILESTONE_KIND_LABELS,
  CampaignPhaseKind: CAMPAIGN_PHASE_KIND_LABELS,
  AssignmentStatus: ASSIGNMENT_STATUS_LABELS,
  BeneficiaryGroup: BENEFICIARY_GROUP_LABELS,
  UnitKind: UNIT_KIND_LABELS,
  ServiceRecordStatus: SERVICE_RECORD_STATUS_LABELS,
} as const;

/** `valuesConfig` for type-graphql's registerEnumType: each value described by its label. */
export function labelsAsDescriptions<K extends string>(
  labels: Readonly<Record<K, string>>,
): Record<K, { description: string }> {
  const config = {} as Record<K, { description: string }>;
  for (const key of Object.keys(labels) as K[]) config[key] = { description: labels[key] };
  return config;
}
