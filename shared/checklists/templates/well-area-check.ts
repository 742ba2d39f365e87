import type { ChecklistTemplateInput } from '../template-schema';
import { check, column, date, signature, signer, text } from './template-helpers';

const S = 'seed000 第一篇 五'; // 严格落实绩效考核 (seed000-part1 §1.9)
const AREA = `${S}: 按照岗位需要和个人特点，划分了责任区域并落实到人头`;
const CHECK = `${S}: 区域责任人检查本区域的操作是否规范、风险点的防控是否执行到位等员工表现情况`;
const CADENCE = `${S}: 每次记录，每周通报，每月考核`;
const WEIGHT = `${S}: 将员工的培训学习后的测试结果和执行情况纳入绩效考核范围，在作业区考核中占5%的权重`;

/**
 * The responsibility-area cycle "每次记录，每周通报，每月考核" is three forms
 * with three cadences: the check recorded each time, the weekly circular, the
 * monthly assessment.
 */
export const areaCheck: ChecklistTemplateInput = {
  id: 'well.area-check',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '责任区域检查记录', en: 'Responsibility-area check' },
  source: `${S} (seed000-part1 §1.9, §4.4)`,
  schedule: { kind: 'perEvent', source: CADENCE },
  sections: [
    {
      id: 'area',
      title: { zh: '责任区域', en: 'Area' },
      source: AREA,
      items: [
        date('checked-on', '检查日期', 'Checked on', CADENCE),
        text('area', '责任区域', 'Responsibility area', AREA, { required: true }),
        text('area-owner', '区域责任人', 'Area responsible person', CHECK, { required: true }),
        text('employees', '被检查员工', 'Employees checked', CHECK),
      ],
    },
    {
      id: 'checks',
      title: { zh: '检查内容', en: 'Checks' },
      source: CHECK,
      items: [
        check('operation-standard', '本区域的操作是否规范', 'Operations in the area done to standard', CHECK),
        check('risk-controls', '风险点的防控是否执行到位', 'Risk-point controls carried out in full', CHECK),
        text('performance', '员工表现情况', 'Employee performance', CHECK),
        text('findings', '发现的问题', 'Problems found', CHECK),
        signature('checker-signature', '区域责任人签字', 'Area responsible person', CHECK),
      ],
    },
  ],
  signers: [signer('区域责任人', 'Area responsible person'), signer('站长', 'Station head')],
};

export const areaCheckWeeklyCircular: ChecklistTemplateInput = {
  id: 'well.area-check-weekly-circular',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '责任区域检查每周通报', en: 'Responsibility-area checks: weekly circular' },
  source: `${S} (seed000-part1 §1.9, §4.2)`,
  schedule: { kind: 'weekly', source: CADENCE },
  sections: [
    {
      id: 'circular',
      title: { zh: '本周通报', en: 'This week' },
      source: CADENCE,
      items: [
        date('week-from', '通报周期起', 'Week from', CADENCE),
        date('week-to', '通报周期止', 'Week to', CADENCE),
        text('summary', '本周检查情况', "This week's checks", `${CADENCE}; ${CHECK}`, { required: true }),
        text('problems', '存在问题及整改要求', 'Problems and required corrections', CHECK),
        date('circulated-on', '通报日期', 'Circulated on', CADENCE),
      ],
    },
  ],
  signers: [signer('通报人', 'Circulated by'), signer('站长', 'Station head')],
};

export const areaCheckMonthlyAssessment: ChecklistTemplateInput = {
  id: 'well.area-check-monthly-assessment',
  version: '1.0.0',
  kind: 'register',
  title: { zh: '班组法律风险防控月度考核', en: 'Team legal-risk control: monthly assessment' },
  source: `${S} (seed000-part1 §1.9, §4.3)`,
  orientation: 'landscape',
  schedule: { kind: 'monthly', source: CADENCE },
  sections: [
    {
      id: 'assessment',
      title: { zh: '月度考核', en: 'Monthly assessment' },
      source: `${S}: 我站制定了班组法律风险防控考核标准`,
      items: [
        text('month', '考核月份', 'Month assessed', CADENCE, { required: true }),
        {
          id: 'employees',
          kind: 'table',
          label: { zh: '员工考核', en: 'Employees' },
          hint: {
            zh: '考核结果纳入绩效考核，在作业区考核中占5%的权重，与员工的业绩薪酬直接挂钩。评分细则按本站《班组法律风险防控考核标准》（原文未给出）。',
            en: "Counts for 5% of the operation area's assessment and is linked to performance pay. Scoring follows the station's own team assessment standard (not given in the source).",
          },
          source: WEIGHT,
          required: true,
          columns: [
            column('employee', 'text', '员工', 'Employee', AREA, { required: true }),
            column('area', 'text', '责任区域', 'Responsibility area', AREA),
            column('checks', 'text', '本月检查记录情况', "This month's check records", CADENCE),
            column('test-results', 'text', '培训测试结果', 'Training test results', WEIGHT),
            column('execution', 'text', '执行情况', 'Execution', WEIGHT),
            column('result', 'text', '考核结果', 'Assessment result', `${S}: 每月考核`, { required: true }),
          ],
        },
      ],
    },
  ],
  signers: [signer('考核人', 'Assessed by'), signer('站长', 'Station head'), signer('审核人', 'Reviewed by')],
};
