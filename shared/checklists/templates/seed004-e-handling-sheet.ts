import type { ChecklistTemplateInput } from '../template-schema';
import { check, dateTime, option, signature, signer, text, yesNo } from './template-helpers';

const S = 'seed004 §E'; // 客户投诉处理作业流程及管理办法 (manufacturer; the text ends at 5.3.4)
const SHEET = `${S} 5.2.2: 接到投诉后的1小时内发出《客户投诉处理单》`;
const major = { itemId: 'class', equals: 'major' } as const;
const CLOCK = {
  zh: '时限按投诉记录所用规则包计算（一般投诉3个工作日回复；重大投诉8个工作小时内临时改善对策、2个工作日内永久对策）',
  en: 'The limits are computed on the complaint by its rule pack (general: reply in 3 working days; major: temporary measure in 8 working hours, permanent measure in 2 working days)',
};

/**
 * 《客户投诉处理单》 of seed004 §E: issued by the sales representative within one
 * hour of receiving the complaint (computed from the two times entered),
 * approved at department-head level (the marketing VP for a major complaint),
 * signed for by the quality department's head, then QE's analysis and the
 * responsible department's corrective plan (5.3). The working-time limits of
 * 5.3.1 need the site's calendar and are the complaint's clocks.
 */
export const manufacturerHandlingSheet: ChecklistTemplateInput = {
  id: 'manufacturer.complaint-handling-sheet',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '客户投诉处理单', en: 'Customer complaint handling sheet' },
  source: `${S} 5.1–5.3`,
  schedule: { kind: 'perEvent', source: SHEET },
  sections: [
    {
      id: 'intake',
      title: { zh: '投诉受理与初步评审', en: 'Intake and preliminary review' },
      source: `${S} 5.1、5.2.1`,
      items: [
        text('customer', '客户', 'Customer', `${S} 5.1.1`, { required: true }),
        {
          id: 'channel',
          kind: 'choice',
          label: { zh: '投诉方式', en: 'How it came in' },
          source: `${S} 5.1.1`,
          required: true,
          options: [option('phone', '电话', 'Telephone'), option('verbal', '口头', 'Verbal'), option('written', '书面', 'Written')],
        },
        dateTime('received-at', '接到投诉时间', 'Complaint received at', SHEET),
        {
          id: 'stage',
          kind: 'choice',
          label: { zh: '投诉所属环节', en: 'Stage complained about' },
          source: `${S} 5.2.2`,
          required: true,
          options: [
            option('sales', '销售', 'Sales'),
            option('after-sales', '售后服务', 'After-sales service'),
            option('quality', '产品品质', 'Product quality'),
            option('delivery', '交期延误', 'Late delivery'),
          ],
        },
        text('details', '投诉细节（已确认）', 'Details (confirmed)', `${S} 5.2.1`, { required: true }),
        text('evidence', '客户提供的证据', 'Evidence from the customer', `${S} 5.2.1`),
        text('emergency-measure', '临时应急对策', 'Temporary emergency measure', `${S} 5.2.1`, { required: true }),
        {
          id: 'class',
          kind: 'choice',
          label: { zh: '投诉类别', en: 'Class' },
          source: `${S} 5.2.2、5.3.1`,
          required: true,
          options: [option('general', '一般投诉', 'General complaint'), option('major', '重大客户投诉', 'Major complaint')],
        },
      ],
    },
    {
      id: 'issue',
      title: { zh: '发出与签收', en: 'Issue and receipt' },
      source: SHEET,
      items: [
        dateTime('issued-at', '《客户投诉处理单》发出时间', 'Handling sheet issued at', SHEET),
        yesNo('issued-within-hour', '接到投诉后1小时内发出', 'Issued within 1 hour of receiving the complaint', SHEET, {
          required: false,
          failsOn: 'no',
          correctiveAction: true,
          computed: { kind: 'elapsed', fromItemId: 'received-at', toItemId: 'issued-at', maxMinutes: 60 },
        }),
        signature('approver', '部门主任级以上人员批准', 'Approved (department head or above)', `${S} 5.2.2`),
        signature('vp-approval', '营销副总审批（重大客户投诉）', 'Marketing VP approval (major complaint)', `${S} 5.2.2`, { showIf: major }),
        signature('qa-head', '品管部负责人签收', 'Quality department head signs for it', `${S} 5.2.2`),
      ],
    },
    {
      id: 'handling',
      title: { zh: '调查分析与纠正措施', en: 'Investigation and corrective action' },
      source: `${S} 5.3`,
      items: [
        check('qe-registered', 'QE工程师已在《客户投诉登记表》上登记', 'QE engineer entered it in the complaint register', `${S} 5.3.1`),
        text('responsible-department', '责任部门', 'Responsible department', `${S} 5.3.2`, { required: true }),
        text('root-cause', '根本原因', 'Root cause', `${S} 5.3.3`, { required: true }),
        text('corrective-plan', '纠正措施计划', 'Corrective-action plan', `${S} 5.3.3`, { required: true }),
        {
          id: 'plan-review',
          kind: 'choice',
          label: { zh: 'QE初步评审', en: 'QE preliminary review' },
          source: `${S} 5.3.3`,
          required: true,
          options: [option('pass', '通过', 'Passed'), option('returned', '不通过，退回责任部门重新分析、检讨', 'Not passed: returned to the department to analyse again')],
        },
        dateTime('reply-at', '回复客户时间', 'Customer answered at', `${S} 5.3.1`, { hint: CLOCK, showIf: { itemId: 'class', equals: 'general' } }),
        dateTime('temporary-measure-at', '提出临时改善对策时间', 'Temporary improvement measure proposed at', `${S} 5.3.1`, { hint: CLOCK, showIf: major }),
        dateTime('permanent-measure-at', '回复永久对策时间', 'Permanent measure answered at', `${S} 5.3.1`, { hint: CLOCK, showIf: major }),
        signature('capa-approval', '管理者代表/总经理审批纠正预防措施', 'Corrective and preventive action approved (management representative / GM)', `${S} 4.3`),
      ],
    },
  ],
  signers: [signer('营销业务员', 'Sales representative'), signer('部门主任', 'Department head'), signer('品管部负责人', 'Quality department head')],
};
