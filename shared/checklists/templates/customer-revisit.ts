import type { ChecklistTemplateInput } from '../template-schema';
import { date, dateTime, option, signature, signer, text, yesNo } from './template-helpers';

const S = 'seed002 客户管理制度15'; // 客户回访控制程序 (seed002-part2 §10)
const at = (ref: string) => `${S} ${ref} (seed002-part2 §10)`;
const RECORD = at('四、2: 热情、全面了解客户的需求和对服务的意见，并认真填写《客户回访记录表》');
const PREPARED = at('三、3: 客户基本情况(姓名、职务、年龄等)');
const REPORT = at('五、1: 在结束回访的第二天…根据《客户回访记录表》，填写《客户回访报告表》，主要对客户的回访过程和回访结果进行汇总和评价');
const REVIEW = at('五、2: 客户服务主管对《客户回访记录》、《客户回访报告表》进行审查，并提出指导意见');

/** 《客户回访记录表》: filled during the visit by the customer-service specialist. */
export const customerRevisitRecord: ChecklistTemplateInput = {
  id: 'service.customer-revisit-record',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '客户回访记录表', en: 'Customer follow-up visit record' },
  source: `${S} 四 (seed002-part2 §10.3, §10.4)`,
  schedule: { kind: 'perEvent', source: at('四: 实施回访') },
  sections: [
    {
      id: 'customer',
      title: { zh: '客户', en: 'Customer' },
      source: PREPARED,
      items: [
        text('customer-name', '客户姓名', 'Name', PREPARED, { required: true }),
        text('customer-position', '职务', 'Position', PREPARED),
        text('customer-age', '年龄', 'Age', PREPARED),
        {
          id: 'visit-type',
          kind: 'choice',
          label: { zh: '回访类型', en: 'Kind of visit' },
          source: at('一、2: 例行回访和针对大客户的特定回访'),
          required: true,
          options: [option('routine', '例行回访', 'Routine visit'), option('key-customer', '大客户特定回访', 'Specific visit to a key customer')],
        },
      ],
    },
    {
      id: 'visit',
      title: { zh: '回访', en: 'Visit' },
      source: RECORD,
      items: [
        dateTime('visited-at', '回访时间', 'Visited at', at('三、2: 与客户预约回访的时间和地点')),
        text('place', '回访地点', 'Place', at('三、2: 与客户预约回访的时间和地点'), { required: true }),
        text('method', '回访方式', 'Method', at('三、1: 选择适合的回访方式'), { required: true }),
        text('purpose', '回访目的', 'Purpose', at('二、3: 确定每个客户拜访的具体目的'), { required: true }),
        yesNo('on-time', '准时到达回访地点', 'Arrived on time', at('四、1: 客户服务专员要准时到达回访地点'), { failsOn: 'no', correctiveAction: true }),
        text('needs', '客户的需求', "Customer's needs", RECORD, { required: true }),
        text('opinions', '客户对服务的意见', "Customer's opinions on the service", RECORD, { required: true }),
        // Not returning is allowed with the supervisor's approval (四、3): the approval below is the check, this is recorded.
        yesNo('materials-returned', '回访资料已归还公司', 'Visit materials returned to the company', at('四、3: 回访结束后…及时将回访的相关资料归还给公司'), { failsOn: 'no', correctiveAction: false }),
        yesNo('non-return-approved', '无法归还已报客户服务主管批准', 'Non-return approved by the customer-service supervisor', at('四、3: 如果由于客观原因确实无法归还，应报客户服务主管批准'), {
          showIf: { itemId: 'materials-returned', equals: false },
          failsOn: 'no',
          correctiveAction: true,
        }),
        signature('specialist-signature', '客户服务专员签字', 'Customer-service specialist', RECORD),
      ],
    },
  ],
  signers: [signer('客户服务专员', 'Customer-service specialist'), signer('客户服务主管', 'Customer-service supervisor')],
};

/** 《客户回访报告表》: filled the day after the visit from the record, reviewed by the supervisor. */
export const customerRevisitReport: ChecklistTemplateInput = {
  id: 'service.customer-revisit-report',
  version: '1.1.0',
  kind: 'checklist',
  title: { zh: '客户回访报告表', en: 'Customer follow-up visit report' },
  source: `${S} 五 (seed002-part2 §10.3, §10.4)`,
  schedule: { kind: 'perEvent', source: REPORT },
  sections: [
    {
      id: 'report',
      title: { zh: '回访报告', en: 'Report' },
      source: REPORT,
      items: [
        text('customer-name', '客户姓名', 'Customer', REPORT, { required: true }),
        date('visited-on', '回访日期', 'Visit date', REPORT),
        date('reported-on', '填报日期（回访结束的第二天）', 'Filled on (the day after the visit)', REPORT),
        // The day after is the latest day: a report filled the evening of the visit is early, not late.
        yesNo('reported-next-day', '不晚于结束回访的第二天填报', 'Filled no later than the day after the visit', REPORT, {
          required: false,
          failsOn: 'no',
          correctiveAction: true,
          computed: { kind: 'daysAfter', fromItemId: 'visited-on', toItemId: 'reported-on', atMostDays: 1 },
        }),
        text('process-summary', '回访过程汇总', 'Summary of the visit', REPORT, { required: true }),
        text('result', '回访结果', 'Result', REPORT, { required: true }),
        text('evaluation', '评价', 'Evaluation', REPORT, { required: true }),
        signature('specialist-signature', '客户服务专员签字', 'Customer-service specialist', REPORT),
      ],
    },
    {
      id: 'review',
      title: { zh: '主管审阅', en: 'Supervisor review' },
      source: REVIEW,
      items: [
        text('guidance', '指导意见', 'Guidance', REVIEW, { required: true }),
        signature('supervisor-signature', '客户服务主管签字', 'Customer-service supervisor', REVIEW),
      ],
    },
  ],
  signers: [signer('客户服务专员', 'Customer-service specialist'), signer('客户服务主管', 'Customer-service supervisor')],
};

/** 1.0.0, which asked both dates but did not check the day after: kept to read the records made on it. */
export const customerRevisitReportV100: ChecklistTemplateInput = {
  ...customerRevisitReport,
  version: '1.0.0',
  sections: customerRevisitReport.sections.map((section) => ({ ...section, items: section.items.filter((i) => i.id !== 'reported-next-day') })),
};
