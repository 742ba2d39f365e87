import type { RulePackInput } from '../pack-schema';
import { TESTING_STATION_FIELDS } from './record-fields';
import { testingStationProcedure, testingStationProcedureWithSignatory } from './procedures/testing-station';
import { testingStationPaths } from './side-paths/testing-station';

const S = 'seed002 客户管理制度6'; // 监测站（本站）客户投诉（申诉）处理
const LATE_APPEAL = {
  code: 'late-appeal',
  label: { zh: '未在接到测试报告后十日内提出申诉', en: 'Appeal not filed within ten days of receiving the test report' },
  source: `${S} 1.1`,
};

/**
 * The testing/monitoring station's complaint and appeal rules (seed002-part2 §1).
 * Two kinds of complaint (2.1 一般事务 / 2.2 监测数据) and the urgent appeal of
 * 2.2.5 as a third class; the only time limits are the written re-test result
 * (15 日 after acceptance) and the urgent reply (三个工作日).
 */
/** 1.1.0, before the appeal window showed as a clock from the report's day: kept shipped so a complaint graded by it keeps its rules. */
export const seed002Doc6TestingStationPackV110: RulePackInput = {
  id: 'seed002-doc6-testing-station',
  version: '1.1.0',
  name: { zh: '客户投诉（申诉）处理制度', en: 'Customer complaint and appeal handling' },
  organisation: { zh: '某监测站（本站）', en: 'Testing / monitoring station' },
  source: `${S} 1–7`,
  classes: [
    { code: 'general-matter', label: { zh: '一般事务投诉', en: 'Complaint about general matters' }, source: `${S} 2.1` },
    { code: 'monitoring-data', label: { zh: '监测数据投诉', en: 'Complaint about monitoring data (appeal against a test result)' }, source: `${S} 2.2` },
    {
      code: 'urgent-appeal',
      label: { zh: '紧急申诉', en: 'Urgent appeal' },
      source: `${S} 2.2.5`,
      choice: {
        zh: '原文只有“紧急”这一标记，而不是第三种申诉：“紧急申诉应在三个工作日内答复”写在 2.2.5（监测数据申诉）中，所以紧急申诉就是答复时限更短的监测数据申诉，等级排在它之上。',
        en: 'The source has an urgent flag, not a third kind: “紧急申诉应在三个工作日内答复” stands in 2.2.5 (monitoring-data complaints), so an urgent appeal is a monitoring-data complaint with the shorter reply limit, ranked above it.',
      },
    },
  ],
  defaultClass: 'general-matter',
  criteria: [
    {
      id: 'general-matter.department',
      classCode: 'general-matter',
      source: `${S} 2.1.1`,
      label: { zh: '客户对本部门的投诉', en: 'Customer complaint about a department of the station' },
    },
    {
      id: 'monitoring-data.test-result',
      classCode: 'monitoring-data',
      source: `${S} 1.1, 2.2`,
      label: { zh: '客户对测试结果有异议', en: 'Customer disputes a test result' },
    },
    {
      id: 'urgent-appeal',
      classCode: 'urgent-appeal',
      source: `${S} 2.2.5`,
      label: { zh: '紧急申诉', en: 'Urgent appeal' },
      choice: { zh: '原文没有说明什么样的申诉算紧急；由技术业务室在受理时勾选。', en: 'The source does not say what makes an appeal urgent; the technical business office ticks it on acceptance.' },
    },
  ],
  invalidReasons: [
    {
      ...LATE_APPEAL,
      predicate: { fact: 'appealDaysAfterReport', op: 'gt', value: 10 },
      choice: {
        zh: '“可在接到测试报告后十日内以书面形式提出申诉”：这个数字限定客户提出申诉的期限。（自 1.1.0 版起）自动计算：从受理时录入的客户收到报告之日，到收到申诉之日；“十日”按自然日计算（原文在指工作日时会写“三个工作日”，见 2.2.5），收到报告当天不计入，所以第10天提出的申诉未超期，第11天提出的超期。原文没有说超期申诉不予受理：本程序只显示该理由成立，是否判定申诉无效仍由技术业务室决定。',
        en: '“可在接到测试报告后十日内以书面形式提出申诉”: the number bounds the customer’s window to appeal. Computed (since 1.1.0) from the day the customer received the report, entered at intake, to the day the appeal was received: “十日” is calendar days (the source says 三个工作日 where it means working days, 2.2.5), the report’s day not counted, so an appeal on the 10th day after is in time and on the 11th is not. The source does not say a late appeal is refused: the app shows the reason as met, and ruling the appeal invalid stays the office’s step.',
      },
    },
    {
      code: 'not-in-writing',
      label: { zh: '未以书面形式提出申诉', en: 'Appeal not made in writing' },
      source: `${S} 1.1`,
      choice: { zh: '与超期申诉的理解相同：原文要求书面形式（以及填写《抱怨申述登记表》），但没有规定不这样做的后果。', en: 'Same reading as late-appeal: the source requires the written form (and the 抱怨申述登记表) but names no consequence.' },
    },
  ],
  deadlines: [
    {
      milestone: 'reply',
      label: { zh: '复检结果以书面形式通知申诉人', en: 'Notify the appellant in writing of the re-test result' },
      classes: ['monitoring-data'],
      from: 'received',
      duration: { unit: 'calendarDays', amount: 15 },
      source: `${S} 2.2.5`,
      choice: {
        zh: '“受理后15日内”：从受理起算，本程序把受理记为收到（由技术业务室受理并登记申诉，1.2）。原文没有说“日”是工作日，而紧急时限明确说了工作日，所以按自然日计算，从受理次日起算，到第15天24:00截止。',
        en: '“受理后15日内”: counted from acceptance, which the app records as receipt (the technical business office accepts and registers the appeal, 1.2). “日” is not said to be working days while the urgent limit is, so calendar days, ending 24:00 of the 15th day after the day of acceptance.',
      },
    },
    {
      milestone: 'reply',
      label: { zh: '紧急申诉答复', en: 'Reply to an urgent appeal' },
      classes: ['urgent-appeal'],
      from: 'received',
      duration: { unit: 'workingDays', amount: 3 },
      source: `${S} 2.2.5`,
      choice: { zh: '从受理（记为收到）起算。三个工作日总在15日之前，所以紧急等级只带这一个答复时限。', en: 'Counted from acceptance (recorded as receipt). Three working days always fall before the 15 days, so the urgent class carries only this reply limit.' },
    },
  ],
  escalationTriggers: [
    {
      code: 'beyond-department',
      label: {
        zh: '各部门负责人对本部门难以调查处理的客户投诉，在《客户投诉处理登记表》中记录下来，交办公室',
        en: 'A complaint the department head finds hard to investigate: recorded in the complaint handling register and handed to the office',
      },
      source: `${S} 2.1.2`,
    },
    {
      code: 'customer-not-satisfied',
      label: {
        zh: '客户对处理结果不满意，职责部门应重新对该投诉进行调查处理，直至客户满意为止',
        en: 'Customer not satisfied with the result: the responsible department investigates and handles again until the customer is satisfied',
      },
      source: `${S} 4`,
    },
  ],
  notifications: [
    {
      id: 'quality-manager',
      when: {},
      notify: [{ zh: '质量负责人', en: 'Quality manager' }],
      to: ['station_lead'],
      limit: { term: 'promptly' },
      source: `${S} 1.2`,
      choice: { zh: '“及时报告质量负责人，质量负责人主持处理”：每件受理的投诉都要报告；“及时”按本站设定的“及时”分钟数。本程序没有质量负责人角色：由负责全站工作的站长代替。', en: '“及时报告质量负责人，质量负责人主持处理”: told of every accepted complaint; 及时 → the site’s “promptly”. The app has no quality-manager role: the station lead, who runs the station, stands for it.' },
    },
    {
      id: 'dissatisfied.department',
      when: { event: 'dissatisfied' },
      notify: [{ zh: '职责部门', en: 'Responsible department' }],
      to: ['unit_head'],
      source: `${S} 4`,
      choice: { zh: '职责部门对应“部门负责人”角色；原文没有规定时限。', en: '职责部门 → the unit head role; the source gives no time.' },
    },
  ],
};

/** 1.0.0, where the 10 days to appeal (1.1) were not checked: kept shipped so a complaint graded by it keeps its rules. */
export const seed002Doc6TestingStationPackV100: RulePackInput = {
  ...seed002Doc6TestingStationPackV110,
  version: '1.0.0',
  invalidReasons: seed002Doc6TestingStationPackV110.invalidReasons.map((reason) =>
    reason.code === LATE_APPEAL.code
      ? {
          ...LATE_APPEAL,
          choice: {
            zh: '“可在接到测试报告后十日内以书面形式提出申诉”：原文给出了申诉期限，但没有说超期申诉不予受理；列出此项，便于技术业务室记录。“十日”按自然日理解。本程序没有收到报告的日期，所以不自动计算。',
            en: '“可在接到测试报告后十日内以书面形式提出申诉”: the source grants the window but does not say a late appeal is refused; listed so the office can record it. “十日” read as calendar days. The app has no report-received date, so this is not computed.',
          },
        }
      : reason,
  ),
};

/**
 * 1.2.0 (kept shipped for the complaints graded by it): the customer's ten days to appeal (1.1) shown as a clock that starts on the day the customer received
 * the test report, a date entered on the case (issue 23 item 2), beside the late-appeal reason it already computes.
 */
export const seed002Doc6TestingStationPackV120: RulePackInput = {
  ...seed002Doc6TestingStationPackV110,
  version: '1.2.0',
  deadlines: [
    {
      milestone: 'entry',
      label: { zh: '客户在接到测试报告后十日内提出申诉', en: 'The customer appeals within ten days of receiving the test report' },
      classes: ['monitoring-data', 'urgent-appeal'],
      from: 'received',
      startsAt: 'document:testReportReceivedOn',
      duration: { unit: 'calendarDays', amount: 10 },
      source: `${S} 1.1`,
      choice: {
        zh: '“可在接到测试报告后十日内以书面形式提出申诉”：这是客户的期限，从客户接到测试报告的日期（受理时填写）起算，按自然日计算，报告当天不计入，到第10天24:00截止；申诉登记即算提出。未填写日期时，这一步显示在等待该日期。超期与否同时按“超期申诉”原因显示，是否认定无效仍由技术业务室决定。',
        en: '“可在接到测试报告后十日内以书面形式提出申诉”: the customer\'s window, counted from the day the customer received the test report (entered at intake), in calendar days, the report\'s day not counted, ending 24:00 of the 10th day; the appeal counts as filed when it is registered. Without the date the step shows that it waits for it. The late-appeal reason shows the same; ruling the appeal invalid stays the technical business office\'s step.',
      },
    },
    ...seed002Doc6TestingStationPackV110.deadlines,
  ],
};

/** 1.3.0: who accepts, handles, approves and asks the customer per kind of complaint (1.2, 2, 3; issue 23 item 1). */
export const seed002Doc6TestingStationPackV130: RulePackInput = { ...seed002Doc6TestingStationPackV120, version: '1.3.0', procedure: testingStationProcedure };

/** 1.4.0: the 抱怨申述登记表's report number and grounds (1.1); kept shipped for the complaints graded by it. */
export const seed002Doc6TestingStationPackV140: RulePackInput = { ...seed002Doc6TestingStationPackV130, version: '1.4.0', recordFields: TESTING_STATION_FIELDS };

/** 1.5.0: the re-test on the original sample by two persons and the withdrawal of a wrong report (2.2.2–2.2.5), approved by the authorised signatory. */
export const seed002Doc6TestingStationPack: RulePackInput = { ...seed002Doc6TestingStationPackV140, version: '1.5.0', procedure: testingStationProcedureWithSignatory, paths: testingStationPaths };
