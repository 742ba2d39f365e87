import type { ChecklistTemplateInput } from '../template-schema';
import { check, date, signer, text } from './template-helpers';

const S = 'seed002 客户管理制度2'; // 客服部管理制度 (seed002-part1 §2)
const at = (ref: string, extraction: string) => `${S} ${ref} (seed002-part1 ${extraction})`;
const Q = (n: string) => at(`一、${n}`, '§2.2');
const DUTY = (n: number) => at(`二、${n}`, '§2.3');
const HANDOVER = (n: number) => at(`三、${n}`, '§2.4');
const DISCIPLINE = (n: number) => at(`四、${n}`, '§2.5');
const SITE = (n: number) => at(`五、${n}`, '§2.6');
const HYGIENE = (n: number) => at(`六、${n}`, '§2.7');

/**
 * 客服部现场检查表: a supervisor's check of one customer-service
 * representative on duty against the department's rules: conduct (三要、三不、
 * 四个一样, 三声服务), duty, shift handover, on-site discipline, on-site
 * management and hygiene, every item as the source numbers it. The source gives
 * no points; a failed item can raise an action.
 */
export const csrOnsiteCheck: ChecklistTemplateInput = {
  id: 'service.csr-onsite-check',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '客服部值班、交接班与现场纪律检查表', en: 'Customer-service duty, handover and discipline check' },
  source: `${S} 一–六、八 (seed002-part1 §2, §6.4)`,
  sections: [
    {
      id: 'subject',
      title: { zh: '检查对象', en: 'Who and when' },
      source: at('二', '§2.1, §6.4'),
      items: [
        date('checked-on', '检查日期', 'Checked on', at('二', '§6.4')),
        text('shift', '班次', 'Shift', at('三', '§2.10')),
        text('representative', '客服代表', 'Representative', at('八', '§2.1'), { required: true }),
      ],
    },
    {
      id: 'qualification',
      title: { zh: '一、人员素质', en: 'Staff qualifications' },
      source: Q('1–5'),
      items: [
        check('q1', '职业道德良好，把困难留给自己，把方便让给客户，维护企业形象', 'Professional ethics: keeps the difficulty, gives the customer the convenience; protects the company image', Q('1')),
        check('q2', '精通本岗位业务及流程，熟练掌握预订、反馈、回访服务等处理程序和方法', 'Masters the post and its processes: booking, feedback, follow-up', Q('2')),
        check('q3', '了解本企业已开办的各项业务（系统功能、使用方法、合作处理流程、会员回访流程、服务标准）', "Knows all the company's services (functions, use, cooperation process, member follow-up, service standards)", Q('3')),
        check('q4', '普通话标准、流利，能听懂本地方言', 'Standard, fluent Mandarin; understands the local dialect', Q('4')),
        {
          id: 'q5-typing',
          kind: 'number',
          label: { zh: '打字速度（五笔输入法）', en: 'Typing speed (Wubi input)' },
          source: Q('5: 打字速度达80字/分'),
          unit: '字/分',
          min: 80,
          correctiveAction: true,
        },
      ],
    },
    {
      id: 'conduct',
      title: { zh: '服务用语与态度（三要、三不、四个一样、三声服务）', en: 'Service language and attitude' },
      source: Q('6–7'),
      items: [
        check('q6', '受理咨询、投诉时严格执行规范的服务用语，态度和蔼、亲切', 'Standard service phrases; kind and warm when taking inquiries or complaints', Q('6')),
        check('q7-please', '三要：“请”字当头', 'Three musts: begin with "please"', Q('7 三要')),
        check('q7-you', '三要：“您”字不离口', 'Three musts: always the polite "you"', Q('7 三要')),
        check('q7-goodbye', '三要：“再见”结尾', 'Three musts: end with "goodbye"', Q('7 三要')),
        check('q7-no-harsh', '三不：不使用生硬语言', "Three don'ts: no harsh language", Q('7 三不')),
        check('q7-no-shirking', '三不：不说推卸责任的话', "Three don'ts: no shifting of responsibility", Q('7 三不')),
        check('q7-no-blame', '三不：不责备、埋怨客户', "Three don'ts: no blaming or complaining about the customer", Q('7 三不')),
        check('q7-strangers', '四个一样：生人熟人一个样', 'Four sames: strangers and acquaintances alike', Q('7 四个一样')),
        check('q7-inspection', '四个一样：有无检查一个样', 'Four sames: inspected or not alike', Q('7 四个一样')),
        check('q7-busy', '四个一样：工作忙闲一个样', 'Four sames: busy or idle alike', Q('7 四个一样')),
        check('q7-mood', '四个一样：情绪好坏一个样', 'Four sames: good or bad mood alike', Q('7 四个一样')),
        check('d5-three-voices', '做好“问声、应声、送声”三声服务', 'Three-voice service: greeting, response, farewell', at('八、5', '§2.9')),
      ],
    },
    {
      id: 'duty',
      title: { zh: '二、值班制度', en: 'Duty rules' },
      source: at('二', '§2.3'),
      items: [
        check('duty-1', '值班在岗，坚守岗位、坐姿端正、精神饱满、集中精力', 'At the post, sitting upright, alert and focused', DUTY(1)),
        check('duty-2', '服从指挥调度，按各项业务流程、服务规范及操作规范的要求去做', 'Follows dispatch, business processes, service and operating norms', DUTY(2)),
        check('duty-3', '使用规范服务用语，做到礼貌、亲切、简练、清晰、耐心、周到', 'Standard phrases: polite, warm, concise, clear, patient, thorough', DUTY(3)),
        check('duty-4', '以客户为中心，反应快、应答及时', 'Customer-centred; reacts fast, answers promptly', DUTY(4)),
        check('duty-5', '遵守劳动纪律，不大声喧哗，未经经理批准不擅离职守', 'Labour discipline; no loud noise; does not leave the post without the manager\'s approval', DUTY(5)),
        check('duty-6', '严格交接班手续，遵守交接班制度', 'Strict handover procedure', DUTY(6)),
      ],
    },
    {
      id: 'handover',
      title: { zh: '三、交接班制度', en: 'Shift handover' },
      source: at('三', '§2.4'),
      items: [
        check('handover-1', '做好班前准备，交接简练、快速，不闲谈，迅速进入工作状态', 'Prepared before the shift; handover brief, no chatting, straight to work', HANDOVER(1)),
        check('handover-2', '接班人未到岗，交班人不离台', 'Outgoing person stayed until the incoming person arrived', HANDOVER(2)),
        check('handover-3', '阅读主网站最新业务资讯、后台系统客服公告，了解业务变更及优惠政策', 'Read the latest business news and back-office notices; knows changes and promotions', HANDOVER(3)),
        check('handover-4', '交接日志对设备情况、疑难问题、人员调班记录清楚明了', 'Handover log records equipment, difficult issues and shift changes clearly', HANDOVER(4)),
      ],
    },
    {
      id: 'discipline',
      title: { zh: '四、现场纪律制度', en: 'On-site discipline' },
      source: at('四', '§2.5'),
      items: [
        check('discipline-1', '办公区内不大声喧哗、大笑、嬉戏，不串岗，不做与工作无关的事', 'No noise, laughing or play; no visiting other posts; nothing unrelated to work', DISCIPLINE(1)),
        check('discipline-2', '电脑显示器位于台面右侧，耳机悬挂于机台左侧', 'Monitor on the right of the desk, headset hung on the left', DISCIPLINE(2)),
        check('discipline-3', '工作台面整洁，记事本统一放置同位', 'Desk tidy; notebook in its set place', DISCIPLINE(3)),
        check('discipline-4', '座椅整齐，离座后桌椅、物品及时归位', 'Chairs tidy; desk, chair and items put back on leaving', DISCIPLINE(4)),
        check('discipline-5', '出入办公区不超过规定时限（特殊情况已请示值班经理）', 'Leaves the office area within the time limit (special cases cleared with the duty manager)', DISCIPLINE(5)),
      ],
    },
    {
      id: 'site',
      title: { zh: '五、现场管理制度', en: 'On-site management' },
      source: at('五', '§2.6'),
      items: [
        check('site-1', '听从管理人员的指挥调度', "Follows the supervisors' dispatch", SITE(1)),
        check('site-2', '规范使用服务用语，快速解答客户问题', 'Standard phrases; answers questions quickly', SITE(2)),
        check('site-3', '坐姿端正，台面整洁卫生，桌面上无与工作无关的物品', 'Sits upright; desk clean, nothing unrelated to work on it', SITE(3)),
        check('site-4', '不随意移动椅子、键盘、电脑；离台时键盘推入抽屉，不在设备处乱涂乱画', 'Chair, keyboard, computer not moved; keyboard in the drawer when away; no scribbling', SITE(4)),
        check('site-5', '上班时间不看书、不与临台闲聊（业务交流除外）、不私挂用户电话；手机铃声调为振动', 'No reading, no chatting (work talk allowed), never hangs up on customers; phone on vibrate', SITE(5)),
        check('site-6', '不上与工作无关的QQ、不玩网络游戏或在线看电影；除众品网网页外不上其他无关网站', 'No private chat, games or films; no websites other than the company site', SITE(6)),
        check('site-7', '接打电话时不吃东西，上连班吃饭离开客服部工作范围', 'No eating on calls; meals on a double shift outside the department', SITE(7)),
        check('site-8', '不随便使用客服部固定电话长时间拨打私人电话', 'No long private calls on the department phones', SITE(8)),
      ],
    },
    {
      id: 'hygiene',
      title: { zh: '六、卫生管理制度', en: 'Hygiene' },
      source: at('六', '§2.7'),
      items: [
        check('hygiene-1', '办公区内微机、桌椅、文具等物品摆放整齐无尘土', 'Computers, desks, chairs, stationery tidy and dust-free', HYGIENE(1)),
        check('hygiene-2', '门窗明亮，地面整洁', 'Windows and doors bright, floor clean', HYGIENE(2)),
        check('hygiene-3', '着装整洁、卫生，长发束发，尽量职业化', 'Neat, clean clothing; long hair tied up; professional', HYGIENE(3)),
        check('hygiene-4', '着装不皱巴、不缺残、不挽袖，淡妆上岗', 'Clothes not wrinkled or torn, sleeves down; light make-up', HYGIENE(4)),
        check('hygiene-5', '个人物品妥善保管，不乱拿乱用，及时锁柜', 'Personal items kept safe; nothing taken; locker locked', HYGIENE(5)),
        check('hygiene-6', '公共卫生区域由晚班人员打扫，个人桌面卫生定期由个人负责', 'Late shift cleans the public area; each person cleans their own desk', HYGIENE(6)),
      ],
    },
  ],
  signers: [signer('检查人', 'Checked by'), signer('被检查人', 'Representative'), signer('部门经理', 'Department manager')],
};
