import type { ChecklistTemplateInput } from '../template-schema';
import { column, date, dateTime, option, signature, signer, text } from './template-helpers';

const S = 'seed004 §J'; // 顾客抱怨处理办法 (domestic sales; the text ends after 5.1.1)
const EIGHT_D = `${S} 4.1: 采用8D模式，按8D的要求进行处理`;
const TIMELINE = `${S} 4.3.5: 遇到上述情况，应把此过程一一写入8D报告的“问题描述”栏中`;
const intake = (n: number) => `${S} 5.1.1.${n}`;
const serious = { itemId: 'grade', equals: 'serious' } as const;

/**
 * The 8D report of seed004 §J. The source prescribes the 8D method (4.1) and
 * names one of its fields, 问题描述, into which every situation of 4.3.2–4.3.4
 * is written step by step (4.3.5): here a register of those events under D2.
 * Test and sample-making time does not count (4.3.4), so the serious
 * complaint's 24-hour containment (4.3.1) is computed from the times entered
 * with the clock stopped between each test or sample start and its end.
 * Waiting for the customer through Sales stops no clock in the source: the
 * analysis clock restarts from Sales' latest feedback (4.3.3), which the
 * complaint's rule pack (seed004-j-domestic-sales-8d) computes; the register
 * records when the customer was asked and answered. The disciplines D1–D8 are
 * the 8D method's own steps, which the source names by reference only.
 */
export const eightDReport: ChecklistTemplateInput = {
  id: 'manufacturer.8d-report',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '8D报告', en: '8D report' },
  source: `${S} 4–5.1.1`,
  schedule: { kind: 'perEvent', source: EIGHT_D },
  sections: [
    {
      id: 'complaint',
      title: { zh: '顾客反馈信息', en: 'The customer’s feedback' },
      source: `${S} 5.1.1`,
      items: [
        text('form-no', '投诉表序号', 'Complaint form number', intake(1), { required: true }),
        text('customer', '顾客名称/代号', 'Customer name / code', intake(1), { required: true }),
        text('product-no', '产品的编号', 'Product number', intake(1), { required: true }),
        text('defect', '投诉何种缺陷或问题', 'Defect or problem complained about', intake(2), { required: true }),
        date('shipped-on', '对应的出货日期', 'Shipment date', intake(3)),
        { id: 'shipped-qty', kind: 'number', label: { zh: '出货数量', en: 'Quantity shipped' }, min: 0, source: intake(3), required: true },
        { id: 'lot-size', kind: 'number', label: { zh: '批量', en: 'Lot size' }, min: 0, source: intake(4), required: true, hint: { zh: '不良率 = 不良数 ÷ 批量', en: 'Defect rate = defects ÷ lot size' } },
        { id: 'defect-count', kind: 'number', label: { zh: '不良数', en: 'Defects' }, min: 0, source: intake(4), required: true },
        text('found-at', '顾客方在什么环节发现该问题', 'Where the customer found the problem', intake(5), { required: true }),
        dateTime('received-at', '品保部收到业务部反馈时间', 'Quality assurance received Sales’ feedback at', `${S} 4.3`),
        {
          id: 'grade',
          kind: 'choice',
          label: { zh: '抱怨等级', en: 'Grade' },
          source: `${S} 4.2`,
          required: true,
          options: [option('serious', '严重抱怨', 'Serious'), option('general', '一般异常抱怨', 'General abnormality'), option('occasional', '偶发性异常抱怨', 'Occasional abnormality')],
        },
      ],
    },
    {
      id: 'd1-d2',
      title: { zh: 'D1 小组成员　D2 问题描述', en: 'D1 Team · D2 Problem description' },
      source: EIGHT_D,
      items: [
        text('d1-team', 'D1 小组成员', 'D1 Team members', EIGHT_D, { required: true }),
        text('d2-description', 'D2 问题描述', 'D2 Problem description', TIMELINE, { required: true }),
        {
          id: 'd2-timeline',
          kind: 'table',
          label: { zh: '问题描述：处理过程记录', en: 'Problem description: what happened, step by step' },
          hint: {
            zh: '需业务部协助沟通顾客、业务部最新反馈、试验和制样，均逐一记录；试验及制样时间不计入时限，但须先与业务部沟通并反馈顾客',
            en: 'Record each request for Sales’ help with the customer, each latest feedback, each test and sample; test and sample time does not count, but Sales and the customer are told first',
          },
          source: TIMELINE,
          columns: [
            column('at', 'dateTime', '时间', 'When', TIMELINE, { required: true }),
            column('event', 'choice', '情况', 'What', TIMELINE, {
              required: true,
              options: [
                option('sales-help', '需业务部协助沟通顾客（已知会业务部）', 'Sales asked to help with the customer (Sales told)'),
                option('feedback', '业务部最新反馈', 'Latest feedback from Sales'),
                option('test-start', '开始试验', 'Test started'),
                option('test-end', '试验结束', 'Test ended'),
                option('sample-start', '开始制样', 'Sample making started'),
                option('sample-end', '制样结束', 'Sample making ended'),
              ],
            }),
            column('note', 'text', '说明（试验、制样：已先与业务部沟通并反馈顾客）', 'Note (tests, samples: Sales and the customer told first)', `${S} 4.3.4、4.3.5`),
          ],
        },
      ],
    },
    {
      id: 'd3',
      title: { zh: 'D3 防堵计划（临时措施）', en: 'D3 Containment' },
      source: `${S} 4.3.1`,
      items: [
        text('d3-containment', 'D3 防堵计划', 'D3 Containment plan', EIGHT_D, { required: true }),
        dateTime('containment-done-at', '防堵计划处理完毕时间', 'Containment completed at', `${S} 4.3.1`, { showIf: serious }),
        {
          id: 'containment-in-24h',
          kind: 'yesNo',
          label: { zh: '严重抱怨：防堵计划于收到起24小时内处理完毕（试验及制样时间不计）', en: 'Serious: containment completed within 24 hours of receipt (test and sample time not counted)' },
          source: `${S} 4.3.1、4.3.4`,
          showIf: serious,
          failsOn: 'no',
          correctiveAction: true,
          computed: {
            kind: 'elapsed',
            fromItemId: 'received-at',
            toItemId: 'containment-done-at',
            maxMinutes: 24 * 60,
            pausedBy: { itemId: 'd2-timeline', atColumnId: 'at', eventColumnId: 'event', startValues: ['test-start', 'sample-start'], endValues: ['test-end', 'sample-end'] },
          },
        },
      ],
    },
    {
      id: 'd4-d8',
      title: { zh: 'D4–D8', en: 'D4–D8' },
      source: EIGHT_D,
      items: [
        text('d4-root-cause', 'D4 根本原因分析', 'D4 Root cause', `${S} 4.3.3`, { required: true, hint: { zh: '自业务部最新反馈日期起七个工作日内完成分析', en: 'Analysis within 7 working days of Sales’ latest feedback' } }),
        text('d5-permanent-action', 'D5 永久纠正措施', 'D5 Permanent corrective action', EIGHT_D, { required: true }),
        text('d6-implementation', 'D6 措施实施与验证', 'D6 Implementation and verification', `${S} 3.2`, { required: true }),
        text('d7-prevention', 'D7 预防再发生', 'D7 Prevent recurrence', EIGHT_D, { required: true }),
        dateTime('closed-at', 'D8 关闭时间', 'D8 Closed at', `${S} 3.2、4.3.1`, { hint: { zh: '严重抱怨整个异常1周内完成', en: 'Serious: the whole abnormality completed within 1 week' } }),
        signature('qa-closed', '品保部验证并关闭', 'Quality assurance verified and closed it', `${S} 3.2`),
        signature('sales-informed', '业务部已把处理结果反馈顾客', 'Sales gave the customer the result', `${S} 3.1`),
      ],
    },
  ],
  signers: [signer('品保部', 'Quality assurance'), signer('业务部', 'Sales')],
};
