import type { ChecklistTemplateInput } from '../template-schema';
import { date, option, signature, signer, text, yesNo } from './template-helpers';

const S = 'seed001 S17'; // 客户投诉处理方案 (salt distribution centre; the text ends in 六、3)
const FORM = `${S} 三、3(1): 客户投诉记录单`;

/**
 * 《客户投诉记录单》 of the salt distribution centre (seed001 S17 三、3): the
 * fields of the source's form, then the cause analysis (四) and the department
 * found responsible (五), which the source asks the customer-service
 * department to decide from the record.
 */
export const saltComplaintRecord: ChecklistTemplateInput = {
  id: 'salt.complaint-record',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '客户投诉记录单', en: 'Customer complaint record sheet' },
  source: `${S} 三–五`,
  schedule: { kind: 'perEvent', source: `${S} 三、3(1): 客户不论以何种方式投诉，客户投诉人员均须填写《客户投诉记录单》` },
  sections: [
    {
      id: 'record',
      title: { zh: '投诉记录', en: 'The complaint' },
      source: FORM,
      items: [
        text('customer-name', '投诉客户名称', 'Complaining customer', FORM, { required: true }),
        text('business-address', '营业地址', 'Business address', FORM, { required: true }),
        date('accepted-on', '受理日期', 'Date accepted', FORM),
        text('acceptance-no', '受理编号', 'Acceptance number', FORM, { required: true }),
        {
          id: 'channel',
          kind: 'choice',
          label: { zh: '投诉方式', en: 'How the customer complained' },
          source: `${S} 三、2`,
          required: true,
          options: [option('phone', '电话投诉', 'Telephone'), option('email', '电邮投诉', 'E-mail'), option('on-site', '现场投诉', 'On site'), option('other', '其他投诉', 'Other')],
        },
        text('contact', '客户联系方式', 'Customer contact', FORM, { required: true }),
        text('reason', '投诉理由（事件经过）', 'Reason (what happened)', FORM, { required: true }),
        text('demand', '投诉要求', 'What the customer asks for', FORM, { required: true }),
        signature('receiver', '受理人员（签字）', 'Received by (signature)', FORM),
      ],
    },
    {
      id: 'analysis',
      title: { zh: '投诉原因与处理部门', en: 'Cause and responsible department' },
      source: `${S} 四、五`,
      items: [
        {
          id: 'responsibility',
          kind: 'choice',
          label: { zh: '投诉事项的责任', en: 'Where the responsibility lies' },
          source: `${S} 四: 客户服务部人员针对投诉事项，判断客户投诉事项的责任`,
          required: true,
          options: [option('salt-quality', '盐品质量问题', 'Salt product quality'), option('customer-manager', '客户经理', 'The customer manager')],
        },
        {
          id: 'salt-remedy',
          kind: 'choice',
          label: { zh: '向客户作出解释，同时', en: 'Explained to the customer, and' },
          source: `${S} 四、1: 耐心、认真地向客户作出解释，同时退换盐品或召回`,
          required: true,
          showIf: { itemId: 'responsibility', equals: 'salt-quality' },
          options: [option('exchange', '退换盐品', 'Salt returned or exchanged'), option('recall', '召回', 'Recalled')],
        },
        date('resolution-deadline', '投诉解决期限（已通知客户）', 'Deadline for resolving it (told to the customer)', `${S} 四、2: 根据投诉事项的性质判定投诉处理时间，并及时将投诉解决期限通知客户`, {
          hint: { zh: '原文未规定期限，按投诉事项的性质判定', en: 'The source sets no limit: judged by the nature of the matter' },
          showIf: { itemId: 'responsibility', equals: 'customer-manager' },
        }),
        {
          id: 'responsible-department',
          kind: 'choice',
          label: { zh: '主要责任部门', en: 'Main responsible department' },
          source: `${S} 五、1`,
          required: true,
          options: [
            option('production', '生产部门', 'Production'),
            option('quality', '质量监督人员', 'Quality supervision'),
            option('dispatch', '调度运输人员', 'Dispatch and transport'),
            option('distribution', '配送中心', 'Distribution centre'),
            option('area-manager', '片区经理', 'Area manager'),
            option('customer-manager', '客户经理', 'Customer manager'),
          ],
        },
        yesNo('handling-sheet-copied', '客户服务主管已向相关责任人送达《客户投诉处理单》副本', 'The customer-service supervisor sent the responsible person a copy of the handling sheet', `${S} 五、2`, {
          failsOn: 'no',
          correctiveAction: true,
        }),
      ],
    },
  ],
  signers: [signer('受理人员', 'Received by'), signer('客户服务主管', 'Customer-service supervisor')],
};
