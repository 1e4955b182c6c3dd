/**
 * Name parts and personal attributes for synthetic volunteers, cadres and site contacts.
 * Why: names are assembled from common parts at random, so they look plausible
 * but do not describe real people.
 */

/**
 * 100 common surnames with rough relative frequency (per 10,000 people, nationwide,
 * rounded). Why weights: a uniform pick makes 覃 as common as 王, which looks fake.
 */
export const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 710], ['李', 700], ['张', 680], ['刘', 540], ['陈', 450],
  ['杨', 310], ['赵', 230], ['黄', 220], ['周', 200], ['吴', 200],
  ['徐', 170], ['孙', 160], ['胡', 140], ['朱', 140], ['高', 130],
  ['林', 120], ['何', 120], ['郭', 120], ['马', 120], ['罗', 90],
  ['梁', 90], ['宋', 80], ['郑', 80], ['谢', 70], ['韩', 70],
  ['唐', 70], ['冯', 70], ['于', 65], ['董', 65], ['肖', 60],
  ['程', 60], ['曹', 60], ['袁', 55], ['邓', 55], ['许', 55],
  ['傅', 50], ['沈', 50], ['曾', 50], ['彭', 50], ['吕', 50],
  ['苏', 45], ['卢', 45], ['蒋', 45], ['蔡', 45], ['贾', 45],
  ['丁', 40], ['魏', 40], ['薛', 40], ['叶', 40], ['闫', 35],
  ['余', 35], ['潘', 35], ['杜', 35], ['戴', 35], ['夏', 30],
  ['钟', 30], ['汪', 30], ['田', 30], ['任', 30], ['姜', 30],
  ['范', 30], ['方', 28], ['石', 28], ['姚', 28], ['谭', 28],
  ['廖', 25], ['邹', 25], ['熊', 25], ['金', 25], ['陆', 25],
  ['郝', 22], ['孔', 22], ['白', 22], ['崔', 22], ['康', 22],
  ['毛', 20], ['邱', 20], ['秦', 20], ['江', 20], ['史', 20],
  ['顾', 18], ['侯', 18], ['邵', 18], ['孟', 18], ['龙', 18],
  ['万', 16], ['段', 16], ['雷', 16], ['钱', 16], ['汤', 16],
  ['尹', 15], ['黎', 15], ['易', 15], ['常', 15], ['武', 15],
  ['乔', 14], ['贺', 14], ['赖', 14], ['龚', 14], ['文', 14],
];

/** Characters typical of men's given names (one or two are combined). */
export const GIVEN_NAME_CHARS_MALE: readonly string[] = [
  '伟', '强', '磊', '军', '勇', '杰', '涛', '斌', '超', '明',
  '刚', '平', '辉', '鹏', '华', '飞', '鑫', '波', '宇', '浩',
  '凯', '健', '俊', '帆', '帅', '旭', '宁', '龙', '林', '峰',
  '建', '国', '志', '东', '海', '成', '亮', '新', '兵', '庆',
  '瑞', '博', '文', '武', '振', '昊', '晨', '阳', '彬', '栋',
  '锋', '坤', '广', '德', '胜', '山', '良', '雷', '松', '春',
  '立', '福', '忠', '贵', '永', '乐', '泽', '毅', '晓', '铭',
];

/** Characters typical of women's given names. */
export const GIVEN_NAME_CHARS_FEMALE: readonly string[] = [
  '芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '燕', '玲',
  '婷', '雪', '慧', '莉', '萍', '红', '琳', '洁', '倩', '颖',
  '梅', '琴', '云', '兰', '凤', '秀', '英', '华', '微', '晶',
  '妍', '璐', '蕾', '薇', '瑶', '悦', '佳', '欣', '怡', '雯',
  '菲', '露', '月', '春', '茜', '楠', '萌', '媛', '蓉', '岚',
  '琪', '珊', '彤', '莹', '爽', '丹', '青', '晓', '梦', '思',
  '雅', '馨', '宁', '荣', '桂', '玉', '翠', '淑', '秋', '冰',
];

/** Characters used freely for either sex (helps avoid a too-obvious male/female split). */
export const GIVEN_NAME_CHARS_NEUTRAL: readonly string[] = [
  '子', '一', '文', '安', '宁', '晓', '明', '佳', '心', '天',
  '雨', '思', '嘉', '可', '欣', '家', '然', '涵', '琪', '航',
  '轩', '诺', '辰', '昕', '睿', '彤', '曦', '源', '清', '诗',
  '语', '逸', '舒', '依', '沐', '若', '言', '书', '远', '景',
  '恒', '秋', '冬', '楚', '方', '乐', '和', '艺', '悦', '星',
  '宸', '希', '予', '初', '知', '云', '宜', '笑', '君', '晴',
  '朗', '洋', '川', '玥', '梓', '允', '卓', '毓', '昀', '灵',
];

/**
 * Full names with the middle dot (U+00B7) used for Uyghur/Kazakh/Mongolian names.
 * Why: exercises the name-validation rule that allows `·` between parts.
 * Synthetic combinations of very common name parts.
 */
export const MINORITY_FULL_NAMES: readonly string[] = [
  '阿依古丽·买买提',
  '买买提·艾力',
  '热依拉·阿不都热依木',
  '艾尔肯·吾斯曼',
  '古丽米拉·吐尔逊',
  '迪丽娜尔·阿不都拉',
  '努尔兰·哈力克',
  '巴特尔·额尔敦',
  '其其格·巴雅尔',
  '阿尔斯兰·托合提',
];

/** School subjects (primary and secondary), used for teacher volunteers' specialties. */
export const SUBJECTS: readonly string[] = [
  '语文', '数学', '英语', '物理', '化学', '生物', '历史', '地理',
  '道德与法治', '思想政治', '音乐', '体育', '美术', '信息技术',
  '通用技术', '科学', '心理健康', '劳动教育', '书法', '综合实践活动',
];

/**
 * Free skill tags for volunteers and needs. `as const` so NEED_TEMPLATES can only
 * reference tags that exist here.
 */
export const SKILLS = [
  // tutoring / teaching
  '课后辅导', '作业辅导', '阅读指导', '英语口语', '特殊教育', '学习方法指导',
  // safety
  '急救培训', '消防安全', '交通安全', '防溺水教育', '食品安全', '网络安全',
  // teacher mentoring
  '教学设计', '课堂教学', '班主任工作', '教研指导', '说课评课', '信息化教学',
  // science popularisation
  '科普讲解', '科学实验', '天文科普', '机器人编程', '环保科普',
  // tech service / agriculture
  '农业技术', '果树栽培', '蔬菜种植', '畜牧兽医', '水产养殖', '农机维修',
  '电商培训', '直播带货', '计算机维修', '短视频制作',
  // medical
  '中医推拿', '针灸理疗', '全科诊疗', '口腔检查', '眼科筛查', '健康讲座', '护理',
  // psychology
  '心理辅导',
  // culture
  '书法', '绘画', '合唱指导', '舞蹈', '器乐', '戏曲', '摄影', '文艺演出',
  // policy / law
  '法律咨询', '政策宣讲', '社保政策', '就业指导', '财务会计',
  // vocational training
  '职业技能培训', '家政服务', '厨师烹饪', '电工',
  // donation logistics
  '物资募集', '图书整理', '物流协调',
  // Internet+
  '网课平台', '远程教学', '数据统计',
] as const;

export type Skill = (typeof SKILLS)[number];

/** Union cadre (工会干部) positions; each team has 1–2 cadres. */
export const CADRE_TITLES: readonly string[] = [
  '工会主席',
  '工会常务副主席',
  '工会副主席',
  '工会办公室主任',
  '工会女职工委员会主任',
  '工会经费审查委员会主任',
  '分工会主席',
  '工会委员',
  '工会干事',
];

/** Professional titles of volunteers (school teachers, university staff, affiliated-hospital doctors). */
export const TEACHER_TITLES: readonly string[] = [
  '教师',
  '二级教师',
  '一级教师',
  '高级教师',
  '正高级教师',
  '助教',
  '讲师',
  '副教授',
  '教授',
  '辅导员',
  '实验师',
  '高级实验师',
  '助理研究员',
  '副研究员',
  '研究员',
  '工程师',
  '高级工程师',
  '医师',
  '主治医师',
  '副主任医师',
  '主任医师',
  '主管护师',
];
