import type { ChecklistTemplateInput, TemplateItemInput } from '../template-schema';
import { check, date, option, signer, text } from './template-helpers';

const B = 'seed004 §B'; // 客服中心呼叫中心岗位职责 / 呼叫中心各岗位职责规范及岗位要求 (the text stops after 班长 3.1(4))
const Q = 'seed004 §Q'; // 呼叫中心客服人员的素质要求 (only 1. 心理素质要求 is given in full)

type Post = 'supervisor' | 'deputy' | 'shift-leader';

/** One duty or skill of a post, checked 合格/不合格: whether the post holder meets it is the checker's judgement. */
function duty(post: Post, id: string, section: string, zh: string, en: string): TemplateItemInput {
  return check(`${post}-${id}`, zh, en, `${B} ${section}`, { showIf: { itemId: 'post', equals: post } });
}

/**
 * 呼叫中心岗位职责检查表 (seed004 §B): the post holder's duties and skills as the
 * source lists them for 主管 (1.1, 1.2), 副主管 (2.1, 2.2) and 班长 (3.1, whose
 * text stops after item 4; its skills are not given). Only the chosen post's
 * items are asked. The source sets no cadence, so the check has no schedule.
 */
export const callCentrePostCheck: ChecklistTemplateInput = {
  id: 'call-centre.post-duty-check',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '呼叫中心岗位职责检查表', en: 'Call-centre post duty check' },
  source: `${B} 呼叫中心各岗位职责规范及岗位要求`,
  sections: [
    {
      id: 'holder',
      title: { zh: '被检查人', en: 'Post holder' },
      source: `${B} 1–3`,
      items: [
        text('name', '姓名', 'Name', `${B} 1–3`, { required: true }),
        {
          id: 'post',
          kind: 'choice',
          label: { zh: '岗位', en: 'Post' },
          source: `${B} 1–3`,
          required: true,
          options: [option('supervisor', '主管', 'Supervisor'), option('deputy', '副主管', 'Deputy supervisor'), option('shift-leader', '班长', 'Shift leader')],
        },
        date('checked-on', '检查日期', 'Date checked', `${B} 1–3`),
      ],
    },
    {
      id: 'supervisor',
      title: { zh: '主管：岗位职责与技能要求', en: 'Supervisor: duties and skills' },
      source: `${B} 1`,
      items: [
        duty('supervisor', 'd1', '1.1(1)', '组织制定部门战略目标，并制定具体实施步骤', 'Sets the department’s strategic goals and the steps to reach them'),
        duty('supervisor', 'd2', '1.1(2)', '制定部门各项管理制度（绩效管理、排班、请假和年休、现场管理），并督导制定及执行', 'Writes the department’s rules (performance, shifts, leave, floor management) and supervises them'),
        duty('supervisor', 'd3', '1.1(3)', '结合考核结果，定期调整部门下一阶段优化目标和方案，并微调绩效管理实施细则', 'Adjusts the next period’s goals and the performance rules from the assessment results'),
        duty('supervisor', 'd4', '1.1(4)', '就部门所遇疑难客服问题与其他部门沟通（中国移动客服中心、工程部、数据部、运行维护部、安装维修队等），并协商处理方案', 'Negotiates difficult service problems with the other departments'),
        duty('supervisor', 'd5', '1.1(5)', '掌握部门内外动态，及时向公司高层反映客服近况和存在问题，并提出改进建议', 'Reports the service situation and problems to senior management, with proposals'),
        duty('supervisor', 's1', '1.2(1)', '熟练掌握咨询、报修、投诉、勘察、稽查等流程及其系统操作', 'Masters the enquiry, repair, complaint, survey and audit flows and their system'),
        duty('supervisor', 's2', '1.2(2)', '具有良好的沟通表达能力，能较好地与坐席、其他部门人员或主管沟通', 'Communicates well with agents, other departments and superiors'),
        duty('supervisor', 's3', '1.2(3)', '熟悉现代企业管理制度，具备较强的管理能力，能带领部门完成公司规定的工作', 'Knows modern management and leads the department to its targets'),
      ],
    },
    {
      id: 'deputy',
      title: { zh: '副主管：岗位职责与技能要求', en: 'Deputy supervisor: duties and skills' },
      source: `${B} 2`,
      items: [
        duty('deputy', 'd1', '2.1(1)', '协助主管制定各项管理制度（岗位职责、奖金分配、绩效指标及考核方式、话务量预测和排班方式），并按结果数据动态调整', 'Helps write the rules (posts, bonuses, KPIs, call forecasts and shifts) and adjusts them from the results'),
        duty('deputy', 'd2', '2.1(2)', '协助分管主任制定业务流程，为座席答疑，解决与其他部门的衔接问题，完善业务流程', 'Helps write the business flows, answers agents, fixes hand-over problems'),
        duty('deputy', 'd3', '2.1(3)', '流程变化时提出BOSS系统需求，制定操作手册并指导座席', 'Raises BOSS system requirements when flows change, writes the manual, trains agents'),
        duty('deputy', 'd4', '2.1(4)', '协助处理疑难客服问题，与其他部门沟通并协商处理方案', 'Helps with difficult service problems across departments'),
        duty('deputy', 'd5', '2.1(5)', '负责呼叫中心计算机和运营系统的日常维护、简单维修和管理', 'Maintains the call centre’s computers and systems'),
        duty('deputy', 'd6', '2.1(6)', '完成领导交办的其他事项', 'Does other tasks the leaders give'),
        duty('deputy', 's1', '2.2(1)', '熟练掌握咨询、报修、投诉、勘察、稽查等流程及其系统操作', 'Masters the enquiry, repair, complaint, survey and audit flows and their system'),
        duty('deputy', 's2', '2.2(2)', '具有良好的沟通表达能力', 'Communicates well'),
        duty('deputy', 's3', '2.2(3)', '掌握一定的现代企业管理知识，能较好地协助主管管理部门', 'Has some management knowledge and assists the supervisor well'),
      ],
    },
    {
      id: 'shift-leader',
      title: { zh: '班长：岗位职责（原文至第4条中断）', en: 'Shift leader: duties (the source stops after item 4)' },
      source: `${B} 3`,
      items: [
        duty('shift-leader', 'd1', '3.1(1)', '因相关部门执行问题引发的投诉，及时联系相关部门寻求处理方案，并立即反馈至坐席以回复用户', 'Complaints caused by another department: finds the solution with it and passes it to the agent at once'),
        duty('shift-leader', 'd2', '3.1(2)', '各部门发起的抢修，及时创建抢修单并短信通知相关人员；抢修结束后安排坐席回访，回访确认后完成抢修单', 'Emergency repairs: opens the repair order, texts the people, arranges the call-back, closes the order'),
        duty('shift-leader', 'd3', '3.1(3)', '管理指导坐席，检查监督岗位职责执行，严格执行《呼叫中心现场管理及卫生制度》，认真填写值班日志，违规及时向主管反映', 'Guides agents, checks duties, enforces the floor and hygiene rules, keeps the duty log, reports breaches'),
        duty('shift-leader', 'd4', '3.1(4)', '处理重要事件及突发事件，及时上报呼叫中心主管，同时进行紧急处理', 'Handles important and sudden events: reports to the supervisor and acts at once'),
      ],
    },
  ],
  signers: [signer('被检查人', 'Post holder'), signer('检查人', 'Checked by')],
};

/**
 * 呼叫中心客服人员素质要求考评表 (seed004 §Q): the five psychological qualities
 * the source gives in full, each judged 合格/不合格; its “2. 品格素质要求” is a
 * heading without items, so none are offered. The figures in the text (100
 * customers, about 400 complaints a day, 200 calls) are examples, not limits.
 */
export const callCentreStaffQualityCheck: ChecklistTemplateInput = {
  id: 'call-centre.staff-quality-check',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '呼叫中心客服人员素质要求考评表', en: 'Call-centre agent quality check' },
  source: `${Q} 呼叫中心客服人员的素质要求`,
  sections: [
    {
      id: 'agent',
      title: { zh: '被考评人', en: 'Agent' },
      source: `${Q} 1`,
      items: [text('name', '姓名', 'Name', `${Q} 1`, { required: true }), date('checked-on', '考评日期', 'Date', `${Q} 1`)],
    },
    {
      id: 'psychological',
      title: { zh: '心理素质要求（原文“2.品格素质要求”仅有标题，未列条目）', en: 'Psychological qualities (the source’s “2. character” has a heading only)' },
      source: `${Q} 1`,
      items: [
        check('q1', '有“处变不惊”的应变力：对突发事件、恶性投诉有效处理', 'Composure: handles sudden events and malicious complaints', `${Q} 1(1)`),
        check('q2', '有挫折打击的承受能力：能承受客户的误解、辱骂和越级投诉', 'Withstands frustration: misunderstanding, abuse, complaints to superiors', `${Q} 1(2)`),
        check('q3', '有情绪的自我掌控及调节能力：不把前一位客户带来的不愉快转移给下一位', 'Controls emotions: does not carry one caller’s anger to the next', `${Q} 1(3)`),
        check('q4', '有满负荷情感付出的支持能力：对每一位客户保持同样的热情', 'Sustains full emotional effort for every customer', `${Q} 1(4)`),
        check('q5', '有积极进取、永不言败的良好心态', 'A positive, never-give-up attitude', `${Q} 1(5)`),
      ],
    },
  ],
  signers: [signer('被考评人', 'Agent'), signer('考评人', 'Assessed by')],
};
