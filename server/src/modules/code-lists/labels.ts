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

/** ReportFilingState: where a unit stands with one milestone's 调度表. */
export const REPORT_FILING_STATE_LABELS = {
  NOT_STARTED: '未填报',
  DRAFT: '草稿',
  SUBMITTED: '已提交',
} as const;

/** StatusReportStatus: a saved 调度表. */
export const STATUS_REPORT_STATUS_LABELS = {
  DRAFT: '草稿',
  SUBMITTED: '已提交',
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

/** ServiceTeamStatus: a 志愿服务队's state. */
export const SERVICE_TEAM_STATUS_LABELS = {
  FORMING: '组建中',
  ACTIVE: '已启用',
  DISBANDED: '已解散',
} as const;

/** SiteKind: what a 结对帮扶点 is. */
export const SITE_KIND_LABELS = {
  VILLAGE: '村',
  SCHOOL: '学校',
  CLINIC: '卫生院/卫生室',
  COMMUNITY: '社区',
} as const;

/** PairingKind: how a unit came to be paired with a site (the notice's three ways). */
export const PAIRING_KIND_LABELS = {
  BUREAU_PAIRED: '所在市教育局结对扶贫帮扶点',
  SCHOOL_PAIRED: '所在学校结对扶贫帮扶点',
  SELF_PAIRED: '自行省内结对',
} as const;

/** PairingStatus: a pairing on its way to counting. */
export const PAIRING_STATUS_LABELS = {
  REQUESTED: '待对方同意',
  ACTIVE: '已结对',
  REFUSED: '已拒绝',
} as const;

/** VolunteerRole: what a team member counts as under the 7–10 + 1–2 rule. */
export const VOLUNTEER_ROLE_LABELS = {
  VOLUNTEER: '志愿者',
  UNION_CADRE: '工会干部',
} as const;

/** ServiceProjectStatus: a project from planning to its end (it starts only with a safety plan). */
export const SERVICE_PROJECT_STATUS_LABELS = {
  PLANNED: '计划中',
  ACTIVE: '进行中',
  COMPLETED: '已完成',
  CANCELLED: '已取消',
} as const;

/** ArchiveExportScope: what an archive export (归档导出) covers. */
export const ARCHIVE_EXPORT_SCOPE_LABELS = {
  UNIT: '整个单位',
  TEAM: '服务队',
  PROJECT: '服务项目',
} as const;

/** MatchingRule: why matching leaves a volunteer out of a need (the matching screen's reasons). */
export const MATCHING_RULE_LABELS = {
  NO_OPEN_PLACES: '名额已满',
  CATEGORY_NOT_OFFERED: '未提供该类服务',
  INACTIVE: '已停止服务',
  NO_SAFETY_TRAINING: '未参加安全培训',
  DECLINED_BEFORE: '曾拒绝该需求',
  ALREADY_ASSIGNED: '已安排该需求',
  DOUBLE_BOOKED: '时间冲突',
  CANCELLED_BY_COORDINATOR: '已被协调人取消',
  OUTSIDE_AVAILABILITY: '不在可服务时间内',
  ZERO_SCORE: '匹配得分为零',
} as const;

/** MatchingSolver: how a matching plan was worked out (and how close to the best it is proven). */
export const MATCHING_SOLVER_LABELS = {
  MIN_COST_FLOW: '最小费用流（已证明最优）',
  HIGHS: '混合整数规划（HiGHS）',
  HEURISTIC: '启发式（规模较大）',
  GREEDY: '贪心估算',
} as const;

/** Gender (性别). */
export const GENDER_LABELS = {
  MALE: '男',
  FEMALE: '女',
} as const;

/** DocumentType: 证件类型, as the national volunteer system names them (codes 01–07, 99). */
export const DOCUMENT_TYPE_LABELS = {
  MAINLAND_ID_CARD: '内地居民身份证',
  HONG_KONG_ID: '香港居民身份证',
  MACAO_ID: '澳门居民身份证',
  TAIWAN_ID: '台湾居民身份证',
  PASSPORT: '护照',
  MILITARY_OFFICER_CARD: '军官证',
  SOLDIER_CARD: '士兵证',
  OTHER: '其他',
} as const;

/** TrainingTopicKind: what a training covered (the notice: training in the work, conduct and safety). */
export const TRAINING_TOPIC_LABELS = {
  SAFETY: '安全培训',
  CONDUCT: '志愿服务礼仪与纪律',
  SKILLS: '业务技能培训',
} as const;

/** SupportKind: a line of the 服务保障 ledger (物质或资金支持情况). */
export const SUPPORT_KIND_LABELS = {
  FUNDS: '资金支持',
  MATERIALS: '物质支持',
} as const;

/** FundingSource: where the money or goods of a support line came from (经费来源). */
export const FUNDING_SOURCE_LABELS = {
  UNION_FUNDS: '工会经费',
  UNIT_FUNDS: '单位配套',
  DONATION: '捐赠',
  OTHER: '其他',
} as const;

/** Honour: a volunteer's honours (the notice encourages 劳模 and 先进工作者 to join). */
export const HONOUR_LABELS = {
  MODEL_WORKER: '劳动模范（劳模）',
  ADVANCED_WORKER: '先进工作者',
  EXCELLENT_TEACHER: '优秀教师',
} as const;

/** CadreCoverage: what the 1–2 union cadres rule counts when matching (each need, or each site each day). */
export const CADRE_COVERAGE_LABELS = {
  NEED: '每个需求',
  SITE_DAY: '每个帮扶点每天',
} as const;

/** AuditAction: what an entry of the 审计日志 records. */
export const AUDIT_ACTION_LABELS = {
  CREATE: '新增',
  UPDATE: '修改',
  DELETE: '删除',
  READ_PERSONAL_DATA: '查看个人信息',
  LOGIN_THROTTLED: '登录锁定',
  SEARCH_PERSONAL_DATA: '按证件号码查找',
} as const;

/** ServiceTotalsGroupBy: what service totals (服务时长、人次) are counted by, e.g. a report's first column. */
export const SERVICE_TOTALS_GROUP_BY_LABELS = {
  CATEGORY: '服务类别',
  CITY: '城市',
  PROJECT: '服务项目',
  QUARTER: '季度',
  SITE: '帮扶点',
  TEAM: '服务队',
  UNIT: '单位',
  VOLUNTEER: '志愿者',
} as const;

/** SupportTotalsDimension: what support totals (物质或资金支持) are counted by. */
export const SUPPORT_TOTALS_DIMENSION_LABELS = {
  CAMPAIGN: '活动',
  FUNDING_SOURCE: '经费来源',
  KIND: '支持类型',
  MONTH: '月份',
  PROJECT: '服务项目',
  QUARTER: '季度',
  SITE: '帮扶点',
  UNIT: '单位',
  YEAR: '年度',
} as const;

/**
 * Every table above by the GraphQL enum's name, for code that walks them (the completeness test,
 * a generic label lookup). Every enum of the schema is here but ErrorCode: its values are for
 * programs to branch on, and people read the error's message instead.
 */
export const ENUM_LABELS = {
  ServiceCategory: SERVICE_CATEGORY_LABELS,
  ServiceNeedStatus: SERVICE_NEED_STATUS_LABELS,
  Role: ROLE_LABELS,
  MilestoneKind: MILESTONE_KIND_LABELS,
  ReportFilingState: REPORT_FILING_STATE_LABELS,
  StatusReportStatus: STATUS_REPORT_STATUS_LABELS,
  CampaignPhaseKind: CAMPAIGN_PHASE_KIND_LABELS,
  AssignmentStatus: ASSIGNMENT_STATUS_LABELS,
  BeneficiaryGroup: BENEFICIARY_GROUP_LABELS,
  UnitKind: UNIT_KIND_LABELS,
  ServiceRecordStatus: SERVICE_RECORD_STATUS_LABELS,
  ServiceProjectStatus: SERVICE_PROJECT_STATUS_LABELS,
  ArchiveExportScope: ARCHIVE_EXPORT_SCOPE_LABELS,
  ServiceTeamStatus: SERVICE_TEAM_STATUS_LABELS,
  SiteKind: SITE_KIND_LABELS,
  PairingKind: PAIRING_KIND_LABELS,
  PairingStatus: PAIRING_STATUS_LABELS,
  VolunteerRole: VOLUNTEER_ROLE_LABELS,
  Gender: GENDER_LABELS,
  DocumentType: DOCUMENT_TYPE_LABELS,
  MatchingRule: MATCHING_RULE_LABELS,
  MatchingSolver: MATCHING_SOLVER_LABELS,
  TrainingTopicKind: TRAINING_TOPIC_LABELS,
  SupportKind: SUPPORT_KIND_LABELS,
  FundingSource: FUNDING_SOURCE_LABELS,
  Honour: HONOUR_LABELS,
  CadreCoverage: CADRE_COVERAGE_LABELS,
  AuditAction: AUDIT_ACTION_LABELS,
  ServiceTotalsGroupBy: SERVICE_TOTALS_GROUP_BY_LABELS,
  SupportTotalsDimension: SUPPORT_TOTALS_DIMENSION_LABELS,
} as const;

/**
 * The archive export's rule codes (archive-exports/archive-export.rules.ts RULES), as a coordinator
 * reads them in the validation report: what is wrong, said in the national system's words.
 */
export const ARCHIVE_RULE_LABELS = {
  NAME_INVALID: '姓名不符合全国系统要求（汉字可含“·”，或拉丁字母加单个空格）',
  DOCUMENT_TYPE_INVALID: '证件类型不是全国系统的代码',
  DOCUMENT_CHECK_DIGIT: '证件号码校验位错误',
  DOCUMENT_NUMBER_INVALID: '证件号码格式或出生日期不符合要求',
  VOLUNTEER_UNDER_MINIMUM_AGE: '服务当日志愿者未满 16 周岁',
  MOBILE_INVALID: '手机号码应为 13–19 开头的 11 位数字',
  AREA_CODE_INVALID: '服务区域应为 6 位行政区划代码',
  SEGMENT_INVALID: '服务时段的开始时间应早于结束时间',
  SEGMENT_TOO_SHORT: '服务时段至少 1 分钟',
  SEGMENT_CROSSES_MIDNIGHT: '服务时段不能跨天（北京时间）',
  SEGMENT_IN_FUTURE: '服务时段不能在将来',
  SEGMENT_OUTSIDE_PROJECT: '服务时段不在项目执行时间内',
  SEGMENT_OVERLAP: '与该志愿者另一条已审核记录的时段重叠',
  HOURS_MISMATCH: '服务时长与起止时间不符',
  REMARK_TOO_LONG: '服务内容（备注）过长',
  PROJECT_NAME_TOO_LONG: '项目名称超过 50 个字',
  PROJECT_CATEGORIES_INVALID: '项目的服务类别应为 1–4 个全国代码',
  PROJECT_POVERTY_CODE_MISSING: '项目的服务类别缺少 0002 扶贫减贫',
  PROJECT_BENEFICIARIES_INVALID: '项目的服务对象含非全国代码',
  PROJECT_BENEFICIARIES_MISSING: '项目没有填写服务对象',
} as const;

/** `valuesConfig` for type-graphql's registerEnumType: each value described by its label. */
export function labelsAsDescriptions<K extends string>(
  labels: Readonly<Record<K, string>>,
): Record<K, { description: string }> {
  const config = {} as Record<K, { description: string }>;
  for (const key of Object.keys(labels) as K[]) config[key] = { description: labels[key] };
  return config;
}
