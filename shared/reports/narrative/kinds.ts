import type { NarrativeKindInput, PeriodNarrativeKindInput } from './kind-schema';

/**
 * The narrative periodic reports the seed documents name
 * (../shared/domain/reports-mandated.md, "Narrative periodic report"): the
 * numbers come from a report definition of shared/reports/definitions, the
 * text from the sections below, under the headings the source names.
 */
const P4 = 'seed003 篇4';
const P5 = 'seed003 篇5';
const P6 = 'seed003 篇6';
const H = 'seed004 §H';
const L = 'seed004 §L';

const DEALER_SECTIONS = (clause: string): PeriodNarrativeKindInput['sections'] => [
  { id: 'summary', heading: { zh: '用户抱怨和回访结果汇总', en: 'Complaints and call-back results, summarised' }, source: `${H} ${clause} 将用户抱怨和回访结果进行汇总`, required: true },
  { id: 'analysis', heading: { zh: '分析', en: 'Analysis' }, source: `${H} ${clause} 分析`, required: true },
  { id: 'weaknesses', heading: { zh: '弱点', en: 'Weaknesses' }, source: `${H} ${clause} 针对弱点`, required: true },
  { id: 'capa', heading: { zh: '纠正预防措施', en: 'Corrective and preventive actions' }, source: `${H} ${clause} 制定纠正预防措施`, required: true },
];

export const NARRATIVE_KINDS: NarrativeKindInput[] = [
  {
    id: 'sichuan-p6-analysis-report',
    title: { zh: '客户投诉分析报告', en: 'Customer complaint analysis report' },
    source: `${P6} 第三十八条(一)7 对所有投诉事件进行月、季、年的整理、分析，定期编制客户投诉分析报告`,
    packs: ['sichuan-group-p6'],
    periods: ['month', 'quarter', 'year'],
    statistics: {
      definitionId: 'sichuan-p6-analysis',
      measures: ['received', 'complaints', 'responseOnTime', 'handlingOnTime', 'replyOnTime', 'overdueCases', 'callBackWithinLimit', 'callBackRate', 'satisfaction', 'escalationRate', 'invalidShare'],
      dimensions: ['class', 'channel', 'cause', 'unit'],
      source: `${P6} 第三十八条(一)7 整理; 第三十六、三十七条 回访; 第三十条–第三十二条 升级`,
    },
    sections: [
      { id: 'overview', heading: { zh: '投诉情况整理', en: 'The period’s complaints' }, source: `${P6} 第三十八条(一)7 整理`, required: true },
      { id: 'analysis', heading: { zh: '分析', en: 'Analysis' }, source: `${P6} 第三十八条(一)7 分析`, required: true },
      {
        id: 'rewards',
        heading: { zh: '奖惩建议', en: 'Proposed rewards and penalties' },
        source: `${P6} 第三十八条(一)8 对各公司或职能部门的投诉受理及处理情况提出奖惩建议`,
        required: false,
        choice: { zh: '第三十八条(一)8 的奖惩建议不限于分析报告，可在报告中写，也可另行提出，因此不强制填写。', en: 'The proposals of (一)8 need not be made in this report, so the section may stay empty.' },
      },
    ],
    due: { kind: 'notStated', choice: { zh: '第三十八条(一)7 规定了月、季、年的周期和“定期编制”，没有规定报送日；期间结束后即可签发，列表只显示“待编制”，不显示逾期。', en: '第三十八条(一)7 sets the periods and “定期编制” but no day: a report may be issued once its period has ended, and the list shows it as to be written, never as late.' } },
    signer: { label: { zh: '呼叫中心', en: 'Call centre' }, role: 'call_centre', source: `${P6} 第三十八条(一)7 呼叫中心职责` },
    recipients: [{ label: { zh: '分管领导', en: 'Leader in charge' }, role: 'leader_in_charge', source: `${P6} 第三十八条(一)8` }],
  },
  {
    id: 'insurance-p5-monthly-analysis-report',
    title: { zh: '月度投诉处理分析报告', en: 'Monthly complaint handling analysis report' },
    source: `${P5} 4.5.6 分支机构须于每月10日前向分公司客服中心上报……月度投诉处理分析报告`,
    packs: ['insurance-branch-p5'],
    periods: ['month'],
    statistics: {
      definitionId: 'insurance-p5-monthly-analysis',
      measures: ['complaints', 'closingRate', 'replyOnTime', 'invalidShare'],
      dimensions: ['class', 'channel', 'cause', 'unit'],
      source: `${P5} 4.5.6 上月所有处理结案投诉案件; 6.4 无效投诉`,
    },
    sections: [
      { id: 'focus', heading: { zh: '投诉重点', en: 'Where complaints concentrate' }, source: `${P5} 4.4.2 定期总结客户的投诉重点`, required: true },
      { id: 'causes', heading: { zh: '引发投诉的原因', en: 'Causes of the complaints' }, source: `${P5} 4.4.2 分析引发投诉的原因`, required: true },
      { id: 'solutions', heading: { zh: '解决方案', en: 'Solutions' }, source: `${P5} 4.4.2 须对引发投诉的主要原因制定相应的解决方案，避免类似事件重复出现`, required: true },
    ],
    choice: { zh: '4.5.6 只点名了“月度投诉处理分析报告”，没有列出内容；各段标题取自 4.4.2 对分析报告的要求（投诉重点、原因、解决方案）。', en: '4.5.6 names the monthly analysis without its contents; the headings are those 4.4.2 asks of an analysis report (focus, causes, solutions).' },
    due: { kind: 'dayOfNextMonth', day: 10, source: `${P5} 4.5.6 每月10日前` },
    signer: { label: { zh: '分支机构负责人', en: 'Head of the sub-branch' }, role: 'station_lead', source: `${P5} 4.5.6 分支机构须……上报` },
    recipients: [{ label: { zh: '分公司客服中心', en: 'Branch service centre' }, role: 'call_centre', source: `${P5} 4.5.6` }],
  },
  {
    id: 'retail-p4-monthly-statistics-report',
    title: { zh: '投诉统计表', en: 'Complaint statistics (monthly filing)' },
    source: `${P4} 第二十七条 行政人事部应于每月初10日内填报投诉统计表，呈报总经理审核`,
    packs: ['retail-chain-p4'],
    periods: ['month'],
    statistics: {
      definitionId: 'retail-p4-monthly-statistics',
      measures: ['received', 'complaints', 'handlingOnTime', 'invalidShare'],
      dimensions: ['kind', 'channel', 'unit', 'status'],
      source: `${P4} 第二十七条 投诉统计表; 第二十六条 7日内处理完毕`,
    },
    sections: [
      {
        id: 'notes',
        heading: { zh: '填报说明', en: 'Notes of the filing' },
        source: `${P4} 第二十七条 填报`,
        required: false,
        choice: { zh: '第二十七条 只要求统计表本身；说明一段供行政人事部解释数字，可以不填。', en: '第二十七条 asks for the table alone; the notes let 行政人事部 explain the numbers and may stay empty.' },
      },
    ],
    due: { kind: 'dayOfNextMonth', day: 10, source: `${P4} 第二十七条 每月初10日内` },
    signer: { label: { zh: '行政人事部', en: 'Admin & HR' }, role: 'admin_hr', source: `${P4} 第二十七条 行政人事部应……填报` },
    recipients: [{ label: { zh: '总经理', en: 'General manager' }, role: 'general_manager', source: `${P4} 第二十七条 呈报总经理审核` }],
  },
  {
    id: 'dealer-h-aftersales-monthly-report',
    title: { zh: '售后用户抱怨与回访月度总结报告', en: 'After-sales monthly complaint and call-back report' },
    source: `${H} 7-3 售后服务部每月应将用户抱怨和回访结果进行汇总、分析，并形成报告，针对弱点制定纠正预防措施`,
    packs: ['seed004-h-car-dealer'],
    periods: ['month'],
    statistics: { definitionId: 'dealer-h-summary', measures: ['received', 'complaints', 'callBackRate', 'satisfaction', 'repeatRate'], dimensions: ['kind', 'channel', 'unit'], source: `${H} 7-3 用户抱怨和回访结果` },
    sections: DEALER_SECTIONS('7-3'),
    due: { kind: 'notStated', choice: { zh: '7-3 规定“每月”，没有规定报送日。', en: '7-3 says monthly, with no day.' } },
    signer: { label: { zh: '售后服务部负责人', en: 'Head of after-sales' }, role: 'unit_head', source: `${H} 7-3 售后服务部` },
    recipients: [{ label: { zh: '总经理', en: 'General manager' }, role: 'general_manager', source: `${H} 7-3` }],
  },
  {
    id: 'dealer-h-sales-quarterly-report',
    title: { zh: '销售用户抱怨与回访季度总结报告', en: 'Sales quarterly complaint and call-back report' },
    source: `${H} 7-4 销售部至少每季度应将用户抱怨和回访结果进汇总、分析，并形成报告，针对弱点制定纠正预防措施`,
    packs: ['seed004-h-car-dealer'],
    periods: ['quarter'],
    statistics: { definitionId: 'dealer-h-summary', measures: ['received', 'complaints', 'callBackRate', 'satisfaction', 'repeatRate'], dimensions: ['kind', 'channel', 'unit'], source: `${H} 7-4 用户抱怨和回访结果` },
    sections: DEALER_SECTIONS('7-4'),
    choice: { zh: '7-4 写“至少每季度”；本程序按季度列出应编报告，更频繁的总结可以另写。', en: '7-4 says at least quarterly; the app lists one report per quarter.' },
    due: { kind: 'notStated', choice: { zh: '7-4 没有规定报送日。', en: '7-4 sets no day.' } },
    signer: { label: { zh: '销售部负责人', en: 'Head of sales' }, role: 'unit_head', source: `${H} 7-4 销售部` },
    recipients: [{ label: { zh: '总经理', en: 'General manager' }, role: 'general_manager', source: `${H} 7-4` }],
  },
  {
    id: 'skoda-l-monthly-report',
    title: { zh: '每月客户抱怨汇总分析', en: 'Monthly complaint summary and analysis' },
    source: `${L} 售后服务总监的职责 7 对每月客户抱怨问题汇总进行分析，并制定整改措施`,
    packs: ['seed004-l-skoda-dealer'],
    periods: ['month'],
    statistics: {
      definitionId: 'general-statistics',
      measures: ['received', 'complaints', 'closingRate', 'satisfaction', 'escalationRate', 'repeatRate'],
      dimensions: ['kind', 'channel', 'unit'],
      source: `${L} 售后服务总监的职责 7 汇总`,
    },
    choice: { zh: '§L 没有自己的统计定义，数字取自“投诉综合统计”；总经理“监督审核各部门整改措施改进状况”，故为接收人。', en: '§L has no statistics definition of its own: the numbers come from the general statistics; the general manager receives it, as he 监督审核 the departments’ corrective measures.' },
    sections: [
      { id: 'analysis', heading: { zh: '汇总分析', en: 'Summary and analysis' }, source: `${L} 售后服务总监的职责 7 汇总进行分析`, required: true },
      { id: 'measures', heading: { zh: '整改措施', en: 'Corrective measures' }, source: `${L} 售后服务总监的职责 7 制定整改措施`, required: true },
    ],
    due: { kind: 'notStated', choice: { zh: '§L 规定“每月”，没有规定报送日。', en: '§L says monthly, with no day.' } },
    signer: { label: { zh: '售后服务总监', en: 'After-sales director' }, role: 'unit_head', source: `${L} 售后服务总监的职责` },
    recipients: [{ label: { zh: '总经理', en: 'General manager' }, role: 'general_manager', source: `${L} 总经理的职责 3 监督审核各部门整改措施改进状况` }],
  },
  {
    id: 'sichuan-p6-major-complaint-report',
    scope: 'case',
    title: { zh: '客户重大投诉专项报告', en: 'Special report on a major complaint' },
    source: `${P6} 第三十八条(一)7 定期编制客户投诉分析报告及客户重大投诉专项报告`,
    packs: ['sichuan-group-p6'],
    choice: {
      zh: '第三十八条(一)7 只点名了“客户重大投诉专项报告”，没有列出内容。案件事实（编号、受理时间、等级及判定依据、处理步骤及时间、处理人、各时限是否按时）由程序从投诉记录中自动填入；各段标题取自本办法对一件投诉处理的要求：分析问题的关键（第二十四条）、解决方案及处理过程（第十七条、第二十六条）、回访结果（第三十七条(二)）、奖惩建议（第三十八条(一)8）。',
      en: '第三十八条(一)7 names the special report on a major complaint without its contents. The case’s facts (serial, receipt, class and why, the steps with their times, handler, each deadline met or missed) are filled in from the record; the headings are what these rules ask of handling one complaint: the key of the problem (第二十四条), the solution and how it was carried out (第十七条, 第二十六条), the call-back’s result (第三十七条(二)), proposed rewards and penalties (第三十八条(一)8).',
    },
    facts: { source: `${P6} 第十三条 分级; 第十八条 时限; 第二十六条 处理过程进行全程登记; 第三十三条 信息记录反馈` },
    sections: [
      { id: 'keyProblem', heading: { zh: '投诉问题的关键', en: 'The key of the problem' }, source: `${P6} 第二十四条 分析客户投诉问题的关键`, required: true },
      { id: 'handling', heading: { zh: '解决方案及处理过程', en: 'Solution and how it was handled' }, source: `${P6} 第十七条 解决人、解决措施、解决时限; 第二十六条 处理过程全程登记`, required: true },
      {
        id: 'callBackResult',
        heading: { zh: '回访结果', en: 'Result of the call-back' },
        source: `${P6} 第三十七条(二) 解决是否到位，处理时限、服务态度和处理结果客户是否满意`,
        required: false,
        choice: { zh: '专项报告可以在回访之前签发（见签发时间的说明），因此回访结果不强制填写。', en: 'A special report may be issued before the call-back (see when it may be issued), so this section may stay empty.' },
      },
      {
        id: 'rewards',
        heading: { zh: '奖惩建议', en: 'Proposed rewards and penalties' },
        source: `${P6} 第三十八条(一)8 对各公司或职能部门的投诉受理及处理情况提出奖惩建议`,
        required: false,
        choice: { zh: '第三十八条(一)8 的奖惩建议可以另行提出，因此不强制填写。', en: 'The proposals of (一)8 may be made elsewhere, so the section may stay empty.' },
      },
    ],
    issuable: {
      choice: {
        zh: '原文没有规定专项报告何时编制。投诉一经定为重大即可起草和签发；签发时冻结当时的案件事实。案件后来的进展（办结、回访、升级）通过更正版本写入，更正版本签发时重新取案件事实。',
        en: 'The source does not say when the special report is written. It may be drafted and issued as soon as the complaint is major; issuing freezes the case’s facts as they are then. Later developments (resolution, call-back, escalation) go into a correction, whose facts are taken again when it is issued.',
      },
    },
    due: { kind: 'notStated', choice: { zh: '第三十八条(一)7 没有规定专项报告的报送时限，列表只显示“待编制”，不显示逾期。', en: '第三十八条(一)7 sets no time for the special report: the list shows it as to be written, never as late.' } },
    signer: { label: { zh: '呼叫中心', en: 'Call centre' }, role: 'call_centre', source: `${P6} 第三十八条(一)7 呼叫中心职责` },
    recipients: [{ label: { zh: '分管领导', en: 'Leader in charge' }, role: 'leader_in_charge', source: `${P6} 第三十八条(一)8` }],
  },
];
