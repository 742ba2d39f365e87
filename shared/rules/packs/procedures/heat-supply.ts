import type { ProcedureInput } from '../../procedure-schema';

const S = 'seed002 客户管理制度11'; // 供热单位 客户服务制度

const NOTHING_ELSE = {
  refer: 'No referral is named.',
  review: 'No review is named.',
  approve: 'No approval is named.',
  sign: 'No signature is named on a complaint (the user’s signatures of 八(二)(七) and 九(六) are on temperature records and confirmation slips).',
};

/**
 * The heat-supply company's posts and its two routes: complaints and reports
 * come in on the dispatch room's hotline and are passed at once to the
 * department or leader concerned (十一(二)、(六)), the heating station giving
 * its handling opinion (四(五)); a repair request is handled by the emergency
 * repair department (九(四)).
 */
export const heatSupplyProcedure: ProcedureInput = {
  source: `${S} 四(五), 九(四), 十一(二)、(六)`,
  roles: [
    {
      id: 'dispatch_room',
      name: { zh: '供热调度室（公司调度室）', en: 'Dispatch room' },
      source: `${S} 四(五), 十一(二)`,
      choice: {
        zh: '投诉举报电话设在供热调度室（十一(二)）；意见箱、领导接待日和来访（十一(三)–(五)）收到的投诉由谁受理，原文没有说：网点可以把收取这些投诉的人也对应到这个岗位。',
        en: 'The complaint hotline is the dispatch room’s (十一(二)); the source does not say who takes those from the opinion box, the leaders’ reception day or visits (十一(三)–(五)): the site may map those who collect them to this post too.',
      },
    },
    { id: 'department_or_leader', name: { zh: '相关部门或领导', en: 'Department or leader concerned' }, source: `${S} 十一(六)` },
    { id: 'heat_station', name: { zh: '供热站', en: 'Heating station' }, source: `${S} 四(五)` },
    { id: 'repair_department', name: { zh: '抢修部门', en: 'Emergency repair department' }, source: `${S} 九(四)` },
  ],
  routes: [
    {
      classes: ['complaint', 'report'],
      source: `${S} 四(五), 十一(六)`,
      steps: {
        receive: { roles: ['dispatch_room'], source: `${S} 十一(二)、(六)` },
        handle: {
          roles: ['department_or_leader', 'heat_station'],
          source: `${S} 四(五), 十一(六)`,
          choice: {
            zh: '“立即转递相关部门或领导处理”（十一(六)）；“供热站要在1小时内拿出处理意见，反馈给公司调度室”（四(五)）：两者都可以办理处理步骤。',
            en: '“立即转递相关部门或领导处理” (十一(六)); “供热站要在1小时内拿出处理意见，反馈给公司调度室” (四(五)): either takes the handling steps.',
          },
        },
      },
      handOver: [{ from: 'dispatch_room', to: 'department_or_leader', source: `${S} 十一(六)` }],
      silent: { ...NOTHING_ELSE, close: '“建立对投诉举报用户的回访制度” (十一(九)) names no one: the app’s own call-back rights apply.' },
    },
    {
      classes: ['repair', 'repair-leak'],
      source: `${S} 九(四)、(十)、(十一)`,
      steps: {
        handle: {
          roles: ['repair_department'],
          source: `${S} 九(四)`,
          choice: {
            zh: '“立即通知抢修部门前去处理”：报修只指派给抢修部门的人。用户内部故障改为电话指导（九(四)），由受理的人记入处理日志后按无效或咨询处理。',
            en: '“立即通知抢修部门前去处理”: a repair is assigned only to the repair department. A fault inside the user’s installation is advised by phone (九(四)), logged by whoever took the call.',
          },
        },
      },
      handOver: [],
      silent: {
        ...NOTHING_ELSE,
        receive: '九(四) names no one for taking a repair call (the 24-hour duty of 九(二) is the company’s): the app’s own rights apply.',
        close: 'The 48-hour revisit (九(十一)) names no one: the app’s own call-back rights apply.',
      },
    },
  ],
};
