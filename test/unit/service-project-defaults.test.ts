import {
  defaultBeneficiaryCodes,
  defaultNationalCategoryCodes,
} from '../../server/src/modules/projects/service-project.rules';
import { BeneficiaryGroup } from '../../server/src/modules/code-lists/beneficiary-group';
import { ServiceCategory } from '../../server/src/modules/code-lists/service-category';

/**
 * A project planned without naming its national codes gets defaults the archive export accepts:
 * 0002 扶贫减贫 always, and a 服务对象 even when it serves no need yet (06 贫困家庭).
 */
describe('a project’s default national codes', () => {
  it('serving no need: 0002 and 06, so its records can be exported', () => {
    expect(defaultNationalCategoryCodes([])).toEqual(['0002']);
    expect(defaultBeneficiaryCodes([])).toEqual(['06']);
  });

  it('serving needs: their codes, each once, sorted', () => {
    const needs = [
      { category: ServiceCategory.TUTORING, beneficiaryGroups: [BeneficiaryGroup.CHILDREN] },
      {
        category: ServiceCategory.TUTORING,
        beneficiaryGroups: [BeneficiaryGroup.ELDERLY, BeneficiaryGroup.CHILDREN],
      },
    ];
    expect(defaultNationalCategoryCodes(needs)).toEqual(['0002', '0003']);
    expect(defaultBeneficiaryCodes(needs)).toEqual(['01', '03']);
  });
});
