import type { Permission, Role } from '../domain/roles';
import type { ChoiceNote } from '../sources/choice-note';

/**
 * 第十九条: the sales department manager makes the initial grading (初步评定, with
 * the handling salesperson and the finance credit-control supervisor) and fills
 * in the 客户信用等级分类汇总表; the VP in charge and the CFO review it (审核); the
 * general manager approves it (审批). Mapped onto the app's roles
 * (shared/domain/roles.ts); a step by anyone else is refused with the step's own
 * error naming who may take it.
 */
export type CreditStep = 'propose' | 'review' | 'approve';

export interface CreditStepRule {
  step: CreditStep;
  permission: Permission;
  /** The roles whose permissions include it (kept equal to ROLE_PERMISSIONS by test/shared/credit-approval.test.ts). */
  roles: readonly Role[];
  sourcePost: { zh: string; en: string };
  /** The i18n key of the refusal when someone else tries the step. */
  refusal: string;
  source: string;
  choice: ChoiceNote;
}

const S = 'seed002 客户管理制度3 第十九条';

export const CREDIT_CHAIN: readonly CreditStepRule[] = [
  {
    step: 'propose',
    permission: 'credit.propose',
    roles: ['station_lead', 'unit_head'],
    sourcePost: { zh: '营销部经理（会同经办业务员、财务部信用控制主管）初步评定', en: 'Sales department manager (with the salesperson and the credit-control supervisor): initial grading' },
    refusal: 'credit.errors.proposeRole',
    source: S,
    choice: {
      zh: '本程序没有营销部经理这一角色：由部门负责人或站长（网点负责人）提出初步评定；经办业务员和信用控制主管的会同写在评定说明里，并在打印的汇总表上签字。',
      en: 'The app has no sales-manager role: the unit head or the station lead makes the initial grading; the salesperson and the credit-control supervisor take part as named in the reason and sign the printed summary.',
    },
  },
  {
    step: 'review',
    permission: 'credit.review',
    roles: ['leader_in_charge'],
    sourcePost: { zh: '公司主管副总、财务总监审核', en: 'VP in charge and CFO: review' },
    refusal: 'credit.errors.reviewRole',
    source: S,
    choice: {
      zh: '本程序没有财务总监角色：审核由分管领导（主管副总）在程序里完成，财务总监在打印的汇总表上签字。',
      en: 'The app has no CFO role: the leader in charge (VP in charge) reviews in the app and the CFO signs the printed summary.',
    },
  },
  {
    step: 'approve',
    permission: 'credit.approve',
    roles: ['general_manager'],
    sourcePost: { zh: '总经理审批', en: 'General manager: approval' },
    refusal: 'credit.errors.approveRole',
    source: S,
    choice: { zh: '总经理审批后等级生效；审核或审批不同意的，这次评定结束，等级不变。', en: 'The grade takes effect on the general manager\'s approval; a refusal at review or approval ends that grading and the grade stays as it was.' },
  },
];

export function creditStepRule(step: CreditStep): CreditStepRule {
  return CREDIT_CHAIN.find((rule) => rule.step === step)!;
}
