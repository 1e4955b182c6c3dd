import { registerEnumType } from 'type-graphql';
import { BENEFICIARY_GROUP_LABELS, labelsAsDescriptions } from './labels';

/** Who a need serves (DOMAIN.md 服务对象), with the national 服务对象 code it maps to. */
export enum BeneficiaryGroup {
  POOR_RURAL_STUDENTS = 'POOR_RURAL_STUDENTS',
  DISABLED_STUDENTS = 'DISABLED_STUDENTS',
  STUDENTS_WITH_LEARNING_DIFFICULTIES = 'STUDENTS_WITH_LEARNING_DIFFICULTIES',
  TEACHERS_IN_WEAK_AREAS = 'TEACHERS_IN_WEAK_AREAS',
  POOR_WORKERS = 'POOR_WORKERS',
  RURAL_RESIDENTS = 'RURAL_RESIDENTS',
  ELDERLY = 'ELDERLY',
  CHILDREN = 'CHILDREN',
  GENERAL_PUBLIC = 'GENERAL_PUBLIC',
}

registerEnumType(BeneficiaryGroup, {
  name: 'BeneficiaryGroup',
  description: 'A group of people a service need serves.',
  valuesConfig: labelsAsDescriptions(BENEFICIARY_GROUP_LABELS),
});

/** 服务对象 codes of the national volunteer system (ARCHIVE_FORMAT.md). */
export const BENEFICIARY_NATIONAL_CODE: Readonly<Record<BeneficiaryGroup, string>> = {
  POOR_RURAL_STUDENTS: '06',
  DISABLED_STUDENTS: '04',
  STUDENTS_WITH_LEARNING_DIFFICULTIES: '07',
  TEACHERS_IN_WEAK_AREAS: '99',
  POOR_WORKERS: '06',
  RURAL_RESIDENTS: '09',
  ELDERLY: '03',
  CHILDREN: '01',
  GENERAL_PUBLIC: '11',
};

/** 服务对象 labels of the national volunteer system. */
export const NATIONAL_BENEFICIARY_LABELS: Readonly<Record<string, string>> = {
  '01': '儿童',
  '02': '妇女',
  '03': '老年人',
  '04': '残障人士',
  '05': '优抚对象',
  '06': '贫困家庭',
  '07': '特殊群体',
  '08': '病患者',
  '09': '农村居民',
  '10': '城镇居民',
  '11': '社会公众',
  '99': '其他',
};
