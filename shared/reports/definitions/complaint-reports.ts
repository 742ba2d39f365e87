import type { ReportDefinitionInput } from '../definition-schema';

/**
 * The periodic complaint statistics the seed documents name
 * (../shared/domain/reports-mandated.md), each as data. Measures and
 * dimensions are those the source lists or that its assessment needs; a
 * target appears only where the source states the number.
 */
const P4 = 'seed003 篇4';
const P5 = 'seed003 篇5';
const P6 = 'seed003 篇6';
const D8 = 'seed002 客户管理制度8';
const D11 = 'seed002 客户管理制度11';
const D14 = 'seed002 客户管理制度14';

const RATES = ['responseOnTime', 'handlingOnTime', 'replyOnTime'] as const;

export const COMPLAINT_REPORTS: ReportDefinitionInput[] = [
  {
    id: 'general-statistics',
    title: { zh: '投诉综合统计', en: 'Complaint statistics' },
    // reports-mandated: period × dimension count table and rates against targets.
    source: 'seed001 S15 4.1 h); seed003 篇4 第二十七条; seed003 篇6 第三十八条(一)7',
    choice: 'Every measure and dimension the reporting relation holds, for any site and period; no target, since no single source sets them for every organisation.',
    periods: ['week', 'month', 'quarter', 'year'],
    measures: [
      { measure: 'received' },
      { measure: 'complaints' },
      { measure: 'closingRate' },
      ...RATES.map((measure) => ({ measure })),
      { measure: 'callBackRate' },
      { measure: 'satisfaction' },
      { measure: 'escalationRate' },
      { measure: 'repeatRate' },
      { measure: 'invalidShare' },
      { measure: 'meanHandlingWorkDays' },
    ],
    dimensions: ['kind', 'channel', 'class', 'category', 'cause', 'validity', 'unit', 'site', 'handler', 'status'],
    due: { kind: 'notStated', choice: 'A working statistic, not a filing: no due date.' },
    producer: { label: { zh: '投诉管理人', en: 'Complaint manager' }, role: 'call_centre', source: 'seed002 客户管理制度4 第四条 统计、分析、上报' },
    recipients: [{ label: { zh: '站长/网点负责人', en: 'Station lead' }, role: 'station_lead', source: 'seed002 客户管理制度4 第四条' }],
  },
  {
    id: 'retail-p4-monthly-statistics',
    title: { zh: '投诉统计表（月报）', en: 'Monthly complaint statistics' },
    source: `${P4} 第二十七条 行政人事部应于每月初10日内填报投诉统计表，呈报总经理审核`,
    packs: ['retail-chain-p4'],
    periods: ['month'],
    measures: [{ measure: 'received' }, { measure: 'complaints' }, { measure: 'handlingOnTime', source: `${P4} 第二十六条 (7日内处理完毕)` }, { measure: 'invalidShare' }],
    dimensions: ['kind', 'channel', 'unit', 'status', 'validity'],
    due: { kind: 'dayOfNextMonth', day: 10, source: `${P4} 第二十七条 每月初10日内` },
    producer: { label: { zh: '行政人事部', en: 'Admin & HR' }, role: 'admin_hr', source: `${P4} 第二十七条` },
    recipients: [{ label: { zh: '总经理', en: 'General manager' }, role: 'general_manager', source: `${P4} 第二十七条 呈报总经理审核` }],
  },
  {
    id: 'insurance-p5-monthly-analysis',
    title: { zh: '月度投诉处理分析报告', en: 'Monthly complaint handling analysis' },
    source: `${P5} 4.5.6 每月10日前上报上月所有处理结案投诉案件的《客户投诉记录表》及月度投诉处理分析报告`,
    packs: ['insurance-branch-p5'],
    periods: ['month', 'quarter', 'year'],
    measures: [
      { measure: 'complaints' },
      { measure: 'closingRate' },
      { measure: 'replyOnTime', source: `${P5} 5.2.4–5.2.5` },
      { measure: 'invalidShare', source: `${P5} 6.4 无效投诉纳入月度考核` },
      { measure: 'perHundredMillionPremium', source: `${P5} 6.5 亿元保费的投诉量` },
      { measure: 'perHundredMillionPolicies', source: `${P5} 6.5 亿张保单投诉比` },
    ],
    dimensions: ['class', 'channel', 'cause', 'validity', 'unit', 'site'],
    due: { kind: 'dayOfNextMonth', day: 10, source: `${P5} 4.5.6 每月10日前` },
    producer: { label: { zh: '分支机构', en: 'Sub-branch' }, role: 'station_lead', source: `${P5} 4.5.6` },
    recipients: [{ label: { zh: '分公司客服中心', en: 'Branch service centre' }, role: 'call_centre', source: `${P5} 4.5.6` }],
    choice: '6.5 links the two per-100-million rates to the heads’ pay without a target; premium and policy counts come from head office per period (the site holds no finance data).',
  },
  {
    id: 'sichuan-p6-analysis',
    title: { zh: '客户投诉分析报告', en: 'Customer complaint analysis' },
    source: `${P6} 第三十八条(一)7 呼叫中心按月、季、年度对客户投诉进行统计分析，编写客户投诉分析报告`,
    packs: ['sichuan-group-p6'],
    periods: ['month', 'quarter', 'year'],
    measures: [
      { measure: 'received' },
      { measure: 'complaints' },
      ...RATES.map((measure) => ({ measure })),
      { measure: 'callBackWithinLimit', hours: 48, target: { op: 'gte', value: 1, source: `${P6} 第三十六条 要求回访率为100%` }, source: `${P6} 第三十六条 投诉处理后48小时内进行回访; 第三十七条(四)` },
      { measure: 'callBackRate', target: { op: 'gte', value: 1, source: `${P6} 第三十六条 回访率为100%` } },
      { measure: 'satisfaction', source: `${P6} 第三十七条 对处理时限、态度、结果的满意度` },
      { measure: 'escalationRate', source: `${P6} 第七章 第三十条–第三十二条` },
      { measure: 'repeatRate', source: `${P6} 第三十条` },
      { measure: 'invalidShare', source: `${P6} 第十四条` },
      { measure: 'meanHandlingWorkDays' },
    ],
    dimensions: ['class', 'channel', 'kind', 'validity', 'cause', 'unit', 'handler', 'status', 'site'],
    due: { kind: 'notStated', choice: '第三十八条(一)7 sets the periods (月、季、年度) but no filing day; the report is current whenever it is run.' },
    producer: { label: { zh: '呼叫中心', en: 'Call centre' }, role: 'call_centre', source: `${P6} 第三十八条(一)7` },
    recipients: [{ label: { zh: '分管领导', en: 'Leader in charge' }, role: 'leader_in_charge', source: `${P6} 第三十八条(一)8 提出奖惩建议` }],
  },
  {
    id: 'property-d8-statistics',
    title: { zh: '统计评估分析报告（周、月）', en: 'Weekly and monthly statistical evaluation' },
    source: `${D8} 第9条 每周每月由客户中心作统计评估分析报告，并反馈董事办、总经办和开发商客户服务部`,
    packs: ['seed002-doc8-property'],
    periods: ['week', 'month'],
    measures: [{ measure: 'received' }, { measure: 'complaints' }, ...RATES.map((measure) => ({ measure })), { measure: 'callBackRate' }, { measure: 'satisfaction' }],
    dimensions: ['kind', 'channel', 'unit', 'status', 'handler'],
    due: { kind: 'notStated', choice: '第9条 sets the cadence (每周每月) but no day; the report is current whenever it is run.' },
    producer: { label: { zh: '客户中心', en: 'Customer centre' }, role: 'call_centre', source: `${D8} 第9条` },
    recipients: [
      { label: { zh: '董事办', en: 'Board office' }, source: `${D8} 第9条` },
      { label: { zh: '总经办', en: 'General manager’s office' }, role: 'general_manager', source: `${D8} 第9条` },
      { label: { zh: '开发商客户服务部', en: 'Developer’s customer service' }, source: `${D8} 第9条` },
    ],
  },
  {
    id: 'heat-d11-monthly',
    title: { zh: '月度办结率与满意率', en: 'Monthly closing and satisfaction rates' },
    source: `${D11} 四(六) 用户投诉办结率不低于100%（月办结），未办结件的处理用户满意率100%`,
    packs: ['seed002-doc11-heat-supply'],
    periods: ['month'],
    measures: [
      { measure: 'complaints' },
      { measure: 'closingRate', target: { op: 'gte', value: 1, source: `${D11} 四(六) 办结率不低于100%（月办结）` } },
      {
        measure: 'satisfaction',
        target: { op: 'gte', value: 1, source: `${D11} 四(六) 处理用户满意率100%` },
        choice: '“未办结件的处理用户满意率” is measured on the call-backs of the month; the app does not know which cases the source calls 未办结件 beyond those still open.',
      },
    ],
    dimensions: ['unit', 'status', 'handler'],
    due: { kind: 'notStated', choice: '四(六) sets a monthly rate, no filing day.' },
    producer: { label: { zh: '换热站/客服', en: 'Station / service' }, role: 'station_lead', source: `${D11} 四(六)` },
    recipients: [{ label: { zh: '公司', en: 'Company' }, role: 'unit_head', source: `${D11} 十一(九) 督办、适时通报` }],
  },
  {
    id: 'franchise-d14-weekly',
    title: { zh: '投诉周报', en: 'Weekly complaint report' },
    source: `${D14} 3.2 加盟事务文员……负责《投诉周报》的编写`,
    packs: ['seed002-doc14-franchise-sales'],
    periods: ['week'],
    measures: [{ measure: 'received' }, { measure: 'complaints' }, { measure: 'responseOnTime', source: `${D14} 5.4.1.1 1个工作日内回应` }, { measure: 'satisfaction' }, { measure: 'escalationRate' }],
    dimensions: ['kind', 'channel', 'class', 'handler', 'status'],
    due: { kind: 'notStated', choice: '3.2 names the weekly report but no day.' },
    producer: { label: { zh: '加盟事务文员', en: 'Franchise clerk' }, role: 'receiver', source: `${D14} 3.2` },
    recipients: [{ label: { zh: '加盟事务部', en: 'Franchise department' }, role: 'unit_head', source: `${D14} 3.2` }],
  },
  {
    id: 's15-monthly-summary',
    title: { zh: '客户投诉案件统计表（月度汇总）', en: 'Monthly complaint case statistics' },
    source: 'seed001 S15 4.1 h) 《客户投诉处理管理台帐》每月汇总、《客户投诉案件统计表》; e) 处理时效管理及逾期反应',
    packs: ['seed001-s15-tax-device-service'],
    periods: ['month'],
    measures: [{ measure: 'received' }, { measure: 'complaints' }, ...RATES.map((measure) => ({ measure })), { measure: 'repeatRate', source: 'seed001 S15 3.1.2 d)' }],
    dimensions: ['kind', 'channel', 'class', 'unit', 'status'],
    due: { kind: 'notStated', choice: '4.1 h) asks for a monthly summary without a day.' },
    producer: { label: { zh: '客服部', en: 'Service department' }, role: 'call_centre', source: 'seed001 S15 4.1' },
    recipients: [{ label: { zh: '公司负责人', en: 'Company head' }, role: 'general_manager', source: 'seed001 S15 4.1' }],
  },
  {
    id: 'dealer-h-summary',
    title: { zh: '投诉与回访总结分析', en: 'Complaint and call-back summary' },
    source: 'seed004 §H 7-3 售后服务部每月、7-4 销售部至少每季度对投诉及回访结果进行总结分析',
    packs: ['seed004-h-car-dealer'],
    periods: ['month', 'quarter'],
    measures: [{ measure: 'received' }, { measure: 'complaints' }, { measure: 'callBackRate' }, { measure: 'satisfaction' }, { measure: 'repeatRate' }],
    dimensions: ['kind', 'channel', 'unit', 'status'],
    due: { kind: 'notStated', choice: '7-3 (monthly, after-sales) and 7-4 (at least quarterly, sales) set the cadence but no day.' },
    producer: { label: { zh: '售后服务部/销售部', en: 'After-sales / sales department' }, role: 'unit_head', source: 'seed004 §H 7-3, 7-4' },
    recipients: [{ label: { zh: '总经理', en: 'General manager' }, role: 'general_manager', source: 'seed004 §H 7-3' }],
  },
  {
    id: 'power-p7-shares',
    title: { zh: '投诉类别占比', en: 'Complaint shares by category' },
    source: 'seed003 篇7 (2014: 电压质量52%、供电服务14%、电费电价14%、停复电12%、电网建设8%; by 供电所 and region)',
    periods: ['quarter', 'year'],
    measures: [{ measure: 'complaints' }],
    dimensions: ['category', 'unit', 'site'],
    due: { kind: 'notStated', choice: '篇7 reports yearly shares without a filing rule.' },
    producer: { label: { zh: '客户服务中心', en: 'Customer service centre' }, role: 'call_centre', source: 'seed003 篇7' },
    recipients: [{ label: { zh: '分管领导', en: 'Leader in charge' }, role: 'leader_in_charge', source: 'seed003 篇7 措施(4) 责任考核' }],
    choice: 'The category is the problem code staff give at intake; 篇7’s five categories are a power bureau’s and are not imposed on other sites.',
  },
];
