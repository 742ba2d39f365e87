import type { RulePackInput } from '../pack-schema';
import { HEAT_SUPPLY_FIELDS } from './record-fields';
import { heatSupplyProcedure } from './procedures/heat-supply';
import { heatSupplyPaths } from './side-paths/heat-supply';

const S = 'seed002 客户管理制度11'; // 供热单位 客户服务制度（一–十一）

const REPAIR_CLASS = {
  zh: '报修（九）不是投诉，但由同一个调度室接收；规则结构中没有报修这种记录类型，所以把它们作为本规则包的等级，受理时勾选，带有 九(十)–(十一) 规定的维修时限。',
  en: 'Repair requests (报修, 九) are not complaints but reach the same dispatch room; the schema has no record type for them, so they are classes of this pack, ticked on intake, carrying the repair time limits of 九(十)–(十一).',
};

/**
 * The heat-supply company's service rules (seed002-part2 §6): complaint vs
 * 举报 with their reply limits (十一(六)), the station's 1-hour handling opinion
 * (四(五)), and the repair limits of 九(十)–(十一).
 */
export const seed002Doc11HeatSupplyPack: RulePackInput = {
  id: 'seed002-doc11-heat-supply',
  version: '1.3.0',
  name: { zh: '供热客户服务制度', en: 'Heat-supply customer service rules' },
  organisation: { zh: '某供热单位（供热站、公司调度室）', en: 'Heat-supply company (heating stations and company dispatch room)' },
  source: `${S} 一–十一`,
  classes: [
    { code: 'complaint', label: { zh: '投诉', en: 'Complaint' }, source: `${S} 十一(六)` },
    { code: 'report', label: { zh: '举报', en: 'Report (tip-off)' }, source: `${S} 十一(六)` },
    { code: 'repair', label: { zh: '其它报修事件', en: 'Other repair request' }, source: `${S} 九(十)`, choice: REPAIR_CLASS },
    { code: 'repair-leak', label: { zh: '用户报修跑、冒、滴、漏', en: 'Repair request: running, bursting, dripping or leaking' }, source: `${S} 九(十)`, choice: REPAIR_CLASS },
  ],
  defaultClass: 'complaint',
  criteria: [
    { id: 'report', classCode: 'report', source: `${S} 十一(六)`, label: { zh: '用户举报', en: 'The user makes a report (举报)' } },
    { id: 'repair', classCode: 'repair', source: `${S} 九(四), 九(十)`, label: { zh: '用户报修（跑、冒、滴、漏以外）', en: 'Repair request other than a leak' } },
    { id: 'repair-leak', classCode: 'repair-leak', source: `${S} 九(十)`, label: { zh: '用户报修跑、冒、滴、漏', en: 'Repair request for running, bursting, dripping or leaking' } },
  ],
  invalidReasons: [],
  deadlines: [
    {
      milestone: 'response',
      label: { zh: '供热站拿出处理意见，反馈给公司调度室', en: 'Station gives a handling opinion to the company dispatch room' },
      classes: ['complaint', 'report'],
      from: 'received',
      duration: { unit: 'hours', amount: 1 },
      source: `${S} 四(五)`,
      choice: {
        zh: '“应限时办理用户来信、来电、来访事件，供热站要在1小时内拿出处理意见”：从受理起算；适用于投诉和反映，报修另按 九(十) 的时限。上级转办事件的1小时没有单独区分：本程序分辨不出这类记录。',
        en: '“应限时办理用户来信、来电、来访事件，供热站要在1小时内拿出处理意见”: counted from receipt; applied to complaints and reports, repairs having their own limits in 九(十). The 1 hour for matters transferred by superiors (上级转办事件) is not separated: the app cannot tell such records apart.',
      },
    },
    {
      milestone: 'reply',
      label: { zh: '投诉在5个工作日内答复', en: 'Reply to a complaint within 5 working days' },
      classes: ['complaint'],
      from: 'received',
      duration: { unit: 'workingDays', amount: 5 },
      source: `${S} 十一(六)`,
    },
    {
      milestone: 'reply',
      label: { zh: '举报在10个工作日内答复', en: 'Reply to a report within 10 working days' },
      classes: ['report'],
      from: 'received',
      duration: { unit: 'workingDays', amount: 10 },
      source: `${S} 十一(六)`,
    },
    {
      milestone: 'firstContact',
      label: { zh: '30分钟内与用户取得联系，约定处理时间', en: 'Contact the user within 30 minutes and agree a time' },
      classes: ['repair'],
      from: 'received',
      duration: { unit: 'minutes', amount: 30 },
      source: `${S} 九(十)`,
    },
    {
      milestone: 'arrival',
      label: { zh: '两个小时内赶到报修现场', en: 'Arrive on site within two hours' },
      classes: ['repair'],
      from: 'received',
      duration: { unit: 'hours', amount: 2 },
      source: `${S} 九(十)`,
      choice: { zh: '从报修电话起算，而不是从约定时间起算：原文在一句话里给出两个时限，没有单独的起算点。', en: 'Counted from the repair call, not from the agreed time: the source gives both limits in one sentence without a separate start.' },
    },
    {
      milestone: 'arrival',
      label: { zh: '30分钟内赶到现场', en: 'Arrive on site within 30 minutes' },
      classes: ['repair-leak'],
      from: 'received',
      duration: { unit: 'minutes', amount: 30 },
      source: `${S} 九(十)`,
    },
    {
      milestone: 'resolution',
      label: { zh: '24小时内处理完毕', en: 'Finish within 24 hours' },
      classes: ['repair'],
      from: 'received',
      duration: { unit: 'hours', amount: 24 },
      source: `${S} 九(十)`,
      choice: { zh: '24小时写在其他报修的条款中；原文没有规定漏水抢修的完成时限，所以漏水报修不设时限。', en: 'The 24 hours stand in the clause on other repair requests; the source gives no completion limit for leaks, so none is set for repair-leak.' },
    },
    {
      milestone: 'callBack',
      label: { zh: '48小时后做一次回访询问工作', en: 'Revisit the user 48 hours later' },
      classes: ['repair', 'repair-leak'],
      from: 'resolved',
      duration: { unit: 'hours', amount: 48 },
      source: `${S} 九(十一)`,
      choice: {
        zh: '“48小时后做一次回访”：回访定在维修完成48小时后；规则结构只有“在…之前完成”的时限，所以在处理完毕后48小时到期，提前回访不会提示。',
        en: '“48小时后做一次回访”: the revisit is set at 48 hours after the repair is finished; the schema has only due-by times, so it is due at 48 hours after resolution and an earlier revisit is not flagged.',
      },
    },
  ],
  escalationTriggers: [],
  notifications: [
    {
      id: 'complaint.department',
      when: { classCode: 'complaint' },
      notify: [{ zh: '相关部门或领导', en: 'Relevant department or leader' }],
      to: ['unit_head'],
      limit: { term: 'immediately' },
      source: `${S} 十一(六)`,
      choice: { zh: '“立即转交有关部门或领导”：“立即”按本站设定的“立即”分钟数；相关部门或领导对应“部门负责人”角色。', en: '“立即转交有关部门或领导”: 立即 → the site’s “immediately”; 相关部门或领导 → the unit head role.' },
    },
    {
      id: 'report.department',
      when: { classCode: 'report' },
      notify: [{ zh: '相关部门或领导', en: 'Relevant department or leader' }],
      to: ['unit_head'],
      limit: { term: 'immediately' },
      source: `${S} 十一(六)`,
      choice: { zh: '与投诉相同。', en: 'As for complaints.' },
    },
    {
      id: 'opinion.dispatch-room',
      when: { event: 'resolved' },
      notify: [{ zh: '公司调度室（处理意见）', en: 'Company dispatch room (handling opinion)' }],
      to: ['call_centre'],
      limit: { unit: 'hours', amount: 1 },
      source: `${S} 四(五)`,
      choice: {
        zh: '“供热站要在1小时内拿出处理意见，反馈给公司调度室”：供热站的处理意见在记录时即反馈给调度室；调度室对应“呼叫中心/客服中心”角色。这里的1小时是调度室确认收到的时限；供热站自己的1小时是响应时限。',
        en: '“供热站要在1小时内拿出处理意见，反馈给公司调度室”: the station’s answer is fed back to the dispatch room when it is recorded; the dispatch room → the call centre role. The 1 hour here is the dispatch room’s to acknowledge it; the station’s own hour is the response deadline.',
      },
    },
    {
      id: 'repair.department',
      when: { classCode: 'repair' },
      notify: [{ zh: '抢修部门', en: 'Emergency repair department' }],
      to: ['handler'],
      limit: { term: 'immediately' },
      source: `${S} 九(四)`,
      choice: {
        zh: '“确属供热单位抢修范围内的故障或无法判断故障原因的…立即通知抢修部门”：用户自有设施内的故障改为电话指导，规则结构分辨不出，所以每件报修都通知抢修部门；抢修部门对应“投诉处理专人”角色（由他去干活）。',
        en: '“确属供热单位抢修范围内的故障或无法判断故障原因的…立即通知抢修部门”: a fault inside the user’s own installation is advised by phone instead, which the schema cannot tell apart, so the repair department is told of every repair request; it → the handler role (投诉处理专人, who does the work).',
      },
    },
    {
      id: 'repair-leak.department',
      when: { classCode: 'repair-leak' },
      notify: [{ zh: '抢修部门', en: 'Emergency repair department' }],
      to: ['handler'],
      limit: { term: 'immediately' },
      source: `${S} 九(四)`,
      choice: { zh: '与其他报修相同。', en: 'As for other repairs.' },
    },
  ],
  // Since 1.1.0: who receives and handles complaints, reports and repairs (四(五), 九(四), 十一(六)).
  procedure: heatSupplyProcedure,
  // Since 1.2.0: the measured length of a stoppage (九(三)).
  recordFields: HEAT_SUPPLY_FIELDS,
  // Since 1.3.0: the stoppage notice (九(三)) and the room temperature's band (七(一)).
  paths: heatSupplyPaths,
};

/** 1.2.0, before the side paths: kept shipped for the complaints graded by it. */
export const seed002Doc11HeatSupplyPackV120: RulePackInput = { ...seed002Doc11HeatSupplyPack, version: '1.2.0', paths: undefined };

/** 1.0.0, before the route: kept shipped for the complaints graded by it. */
/** 1.1.0, before the record fields: kept shipped for the complaints graded by it. */
export const seed002Doc11HeatSupplyPackV110: RulePackInput = { ...seed002Doc11HeatSupplyPackV120, version: '1.1.0', recordFields: undefined };

export const seed002Doc11HeatSupplyPackV100: RulePackInput = { ...seed002Doc11HeatSupplyPackV110, version: '1.0.0', procedure: undefined };
