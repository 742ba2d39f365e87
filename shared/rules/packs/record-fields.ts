import type { z } from 'zod';
import type { recordFieldSchema } from '../record-fields-schema';

type RecordFieldInput = z.input<typeof recordFieldSchema>;

/**
 * The fields each organisation's register or record card asks beyond what every complaint holds (time,
 * content, complainant, phone, first receiver, remedy asked, result), one list per pack, each cited. Only
 * what the source names; where it names a thing without saying how it is written down, a `choice` note says
 * what we chose.
 */

const DOC12 = 'seed002 客户管理制度12';
const SOUND_OPTIONS = [
  { code: 'sufficient', label: { zh: '充分', en: 'Sufficient' } },
  { code: 'insufficient', label: { zh: '不充分', en: 'Not sufficient' } },
];
const REASONABLE_OPTIONS = [
  { code: 'reasonable', label: { zh: '合理', en: 'Reasonable' } },
  { code: 'unreasonable', label: { zh: '不合理', en: 'Not reasonable' } },
];

/** The car dealer's 客户投诉处理表 (第四条 1–2): the plate at intake, the two judgements when the case is assigned. */
export const CAR_DEALER_DOC12_FIELDS: RecordFieldInput[] = [
  {
    id: 'licencePlate',
    label: { zh: '投诉人车牌号', en: 'Complainant’s licence plate' },
    kind: { type: 'plate' },
    at: 'intake',
    source: `${DOC12} 第四条（一般意义的客户投诉）1`,
    choice: {
      zh: '原文对一般投诉写明“投诉时间、投诉内容、投诉人、投诉人车牌号等信息”，对重大投诉只写“详细记录客户投诉内容”；登记时还不知道是否重大（由客户关系经理认定，第四条 2），所以每件投诉登记时都要填车牌号。',
      en: '“投诉时间、投诉内容、投诉人、投诉人车牌号等信息” is written for ordinary complaints; for major ones the source says only “详细记录客户投诉内容”. Whether a case is major is not known at intake (the customer-relations manager decides it, 第四条 2), so every complaint asks the plate at intake.',
    },
  },
  {
    id: 'groundsSufficient',
    label: { zh: '投诉理由是否充分', en: 'Are the grounds sufficient' },
    kind: { type: 'choice', options: SOUND_OPTIONS },
    at: 'accept',
    source: `${DOC12} 第四条（一般意义的客户投诉）2`,
    choice: {
      zh: '客户关系经理“判定客户投诉理由是否充分，投诉要求是否合理，然后填写客户投诉处理表确定投诉受理责任人”：在受理分派这一步填写。',
      en: 'The customer-relations manager “判定客户投诉理由是否充分，投诉要求是否合理，然后填写客户投诉处理表确定投诉受理责任人”: filled in when the case is accepted and assigned.',
    },
  },
  {
    id: 'demandReasonable',
    label: { zh: '投诉要求是否合理', en: 'Is the demand reasonable' },
    kind: { type: 'choice', options: REASONABLE_OPTIONS },
    at: 'accept',
    source: `${DOC12} 第四条（一般意义的客户投诉）2`,
  },
];

/** §H: the key-attention list is of vehicles (4, 7-2); the plate says which. */
export const CAR_DEALER_H_FIELDS: RecordFieldInput[] = [
  {
    id: 'licencePlate',
    label: { zh: '车牌号', en: 'Licence plate' },
    kind: { type: 'plate' },
    at: 'intake',
    required: false,
    source: 'seed004 §H 4, 7-2',
    choice: {
      zh: '原文有“重点关注车辆（用户）”名单，回访满意后由服务经理撤消，但没有说用什么识别车辆：选用车牌号，登记时填写；投诉不一定涉及某辆车，所以不是必填。',
      en: 'The source keeps a list of key-attention vehicles (users), removed by the service manager after a satisfied callback, but does not say how a vehicle is identified: the plate is chosen, asked at intake; not every complaint is about one vehicle, so it is optional.',
    },
  },
];

/** §D 第六条 1.1: the facts the receiver collects first. */
export const SERVICE_COMPANY_D_FIELDS: RecordFieldInput[] = [
  {
    id: 'eventAt',
    label: { zh: '事情发生时间', en: 'When it happened' },
    kind: { type: 'datetime' },
    at: 'intake',
    source: 'seed004 §D 第六条 1.1',
    choice: {
      zh: '“首先了解事情发生的时间、地点、经过、主要当事人姓名、客户联系方式”：时间、地点在登记时必填；经过即投诉内容，联系方式即客户电话。',
      en: '“首先了解事情发生的时间、地点、经过、主要当事人姓名、客户联系方式”: time and place are required at intake; the course of events is the complaint’s content and the contact its phone.',
    },
  },
  { id: 'eventPlace', label: { zh: '事情发生地点', en: 'Where it happened' }, kind: { type: 'text', maxLength: 200 }, at: 'intake', source: 'seed004 §D 第六条 1.1' },
  {
    id: 'involvedPersons',
    label: { zh: '主要当事人姓名', en: 'Main persons involved' },
    kind: { type: 'text', maxLength: 200 },
    at: 'intake',
    required: false,
    source: 'seed004 §D 第六条 1.1',
    choice: { zh: '客户不一定说得出当事人姓名：登记时填写，不是必填。', en: 'A customer may not know the names of those involved: asked at intake, not required.' },
  },
];

/** 篇4 第十五条: the record card's 受理部门处理意见 (the customer's request is the complaint's own 客户要求). */
export const RETAIL_CHAIN_FIELDS: RecordFieldInput[] = [
  {
    id: 'departmentOpinion',
    label: { zh: '受理部门处理意见', en: 'Handling department’s opinion' },
    kind: { type: 'text', maxLength: 2000 },
    at: 'resolve',
    source: 'seed003 篇4 第十五条',
    choice: {
      zh: '记录卡的其余必填项（投诉客户名称、客户要求、受理时间、编号）是每件投诉本有的；处理意见由受理部门在调查后拟定（第十一条、第十二条），所以在答复客户这一步必填。',
      en: 'The card’s other required items (customer name, the customer’s request, time accepted, number) are every complaint’s own; the handling department drafts its opinion after the investigation (第十一条, 第十二条), so it is required when the customer is answered.',
    },
  },
];

const DOC6 = 'seed002 客户管理制度6';

/** The testing station's 抱怨申述登记表 (1.1). */
export const TESTING_STATION_FIELDS: RecordFieldInput[] = [
  {
    id: 'reportNo',
    label: { zh: '检测报告编号', en: 'Test report number' },
    kind: { type: 'text', maxLength: 50 },
    at: 'intake',
    source: `${DOC6} 1.1`,
    choice: {
      zh: '申诉针对“测试报告”（接到测试报告后十日内），原文没有写报告编号一栏：选用报告编号指明是哪份报告，登记时必填；收到报告的日期已由申诉时限一项询问。',
      en: 'An appeal is about “the test report” (within 10 days of receiving it); the source names no number column: the report’s number is chosen to say which report, required at intake; the day the report was received is already asked for the appeal window.',
    },
  },
  {
    id: 'appealGrounds',
    label: { zh: '申诉的有关依据', en: 'Grounds supporting the appeal' },
    kind: { type: 'text', maxLength: 2000 },
    at: 'intake',
    source: `${DOC6} 1.1`,
    choice: { zh: '“详细说明申诉的理由及有关依据”：理由即投诉内容，依据另填，登记时必填。', en: '“详细说明申诉的理由及有关依据”: the reasons are the complaint’s content; the grounds are their own field, required at intake.' },
  },
];

/** The property company's record (具体内容 1): 投诉的时间、姓名、住址、联系电话号码及投诉主题. */
export const PROPERTY_FIELDS: RecordFieldInput[] = [
  {
    id: 'residence',
    label: { zh: '住址', en: 'Residence' },
    kind: { type: 'text', maxLength: 200 },
    at: 'intake',
    personal: 'address',
    source: 'seed002 客户管理制度8 具体内容 1',
    choice: {
      zh: '时间、姓名、电话和主题是每件投诉本有的；住址另填，登记时必填，和其他个人信息一样按权限遮蔽。',
      en: 'Time, name, phone and subject are every complaint’s own; the residence is its own field, required at intake, masked like the other personal data.',
    },
  },
];

/** Heat supply 九(三): a stoppage of 8 hours or more obliges a notice; the measured time says whether it was one. */
export const HEAT_SUPPLY_FIELDS: RecordFieldInput[] = [
  {
    id: 'stoppageHours',
    label: { zh: '停热时长', en: 'Length of the heat stoppage' },
    kind: { type: 'number', unit: { zh: '小时', en: 'hours' }, min: 0, max: 10000 },
    at: 'intake',
    required: false,
    source: 'seed002 客户管理制度11 九(三)',
    choice: {
      zh: '“停热八小时以上的，供热站应当通知用户或进行公告”：停热投诉登记时记录测得的停热时长（小时）；不是每件投诉都涉及停热，所以不是必填。',
      en: '“停热八小时以上的，供热站应当通知用户或进行公告”: a stoppage complaint records the measured length in hours at intake; not every complaint is about a stoppage, so it is optional.',
    },
  },
];
