import { localIsoDay } from '../../../shared/domain/local-day';
import { DEMO_SITE_RECORDS } from '../../../shared/profiles';
import { checklistRow, saveAnswers } from '../checklists';
import { fill } from './demo-checklists';
import { answer, closeAnswered, demoSteps, type DemoSiteDefinition } from './demo-steps';
import { recordEntry } from '../opinion-book';
import { findUserById } from '../users/users';

const HOUR_MS = 3_600_000;
const dayIn = (timeZone: string, date: Date) => localIsoDay(date, timeZone);

const bank = demoSteps({ dispatcher: 'zhoumin', handler: 'wuxia' });

/**
 * The bank outlet demo (`--demo bank-outlet`): a branch outlet under the
 * bank's outlet complaint specification (seed002 客户管理制度4, pack
 * `bank-outlet`: one class, a reply within 3 days), profile `bank-outlet` — no
 * checklists, the customer opinion book in the banking hall checked daily.
 */
export const bankOutletDemo: DemoSiteDefinition = {
  site: DEMO_SITE_RECORDS['bank-outlet'],
  users: [
    { login: 'zhoumin', displayName: '周敏', roles: ['station_lead'], unit: '营业网点（网点负责人）' },
    { login: 'wuxia', displayName: '吴霞', roles: ['handler'], unit: '营业网点（投诉管理人）' },
    { login: 'qianjun', displayName: '钱军', roles: ['receiver'], unit: '营业网点（柜员）' },
  ],
  admin: { unit: '总行规范服务管理部门' },
  complaints: [
    { kind: 'complaint', channel: 'in_person', customerName: '孙建华', content: '周一上午只开两个对公窗口，排队一个多小时，大堂无人引导。', remedy: 'apology', hoursAgo: 5, receiver: 'qianjun', history: [bank.accept(10)] },
    { kind: 'complaint', channel: 'phone', customerName: '陈女士', customerPhone: '0379-6592 0000', content: '来电反映自助取款机吞卡，网点称需三个工作日后领取，要求尽快处理。', remedy: 'explanation', hoursAgo: 30, receiver: 'wuxia', history: [bank.accept(5), bank.plan(30)] },
    { kind: 'complaint', channel: 'letter', customerName: '李国庆', content: '来信反映柜员办理挂失时态度生硬，未解释收费标准。', remedy: 'apology', hoursAgo: 80, receiver: 'zhoumin', history: [bank.accept(20), bank.plan(60), bank.resolve(600, '已向客户当面道歉，说明挂失收费标准；该柜员已作服务规范培训。'), bank.callBack(1500)] },
    { kind: 'inquiry', channel: 'in_person', customerName: '王先生', content: '询问个人跨行转账手续费标准。', hoursAgo: 2, receiver: 'qianjun', history: [answer(3, 'qianjun', '当场说明：手机银行跨行转账免费，柜台按公示标准收取。'), closeAnswered(4, 'qianjun')] },
  ],
  extras: (tx, ids, site, _serials, at) => {
    const ago = (hours: number) => new Date(at.getTime() - hours * HOUR_MS);
    recordEntry(
      tx,
      { entryDate: dayIn(site.timeZone, ago(20)), entryType: 'complaint', content: '叫号机出号后等了五十分钟，建议高峰时段增开窗口。', customerName: '赵女士', contact: '138 3790 5566' },
      { userId: ids.get('qianjun')!, at: ago(19), timeZone: site.timeZone },
    );
  },
};

const centre = demoSteps({ dispatcher: 'hanxue', handler: 'fengyu' });

/**
 * The service centre demo (`--demo service-centre`): a customer-service
 * department taking inquiries and complaints by phone (seed002 客户管理制度2),
 * profile `customer-service-centre`: its duty, handover and shift-swap forms;
 * its source gives no complaint procedure, so complaints run on the generic
 * system of seed004 §P (the profile says why).
 */
export const serviceCentreDemo: DemoSiteDefinition = {
  site: DEMO_SITE_RECORDS['service-centre'],
  users: [
    { login: 'hanxue', displayName: '韩雪', roles: ['station_lead'], unit: '客服部（部门经理）' },
    { login: 'fengyu', displayName: '冯宇', roles: ['handler'], unit: '客服部（值班经理）' },
    { login: 'yangfan', displayName: '杨帆', roles: ['receiver'], unit: '客服部（客服代表）' },
  ],
  admin: { unit: '总部客户服务管理部' },
  complaints: [
    { kind: 'complaint', channel: 'phone', customerName: '郑女士', customerPhone: '137 1234 8899', content: '来电反映网购订单已付款五天未发货，多次致电无人回复。', remedy: 'explanation', hoursAgo: 4, receiver: 'yangfan', history: [centre.accept(5)] },
    { kind: 'complaint', channel: 'phone', customerName: '胡先生', customerPhone: '135 6677 1020', content: '投诉客服代表通话中不耐烦、中途挂断电话。', remedy: 'apology', hoursAgo: 28, receiver: 'yangfan', history: [centre.accept(10), centre.plan(40)] },
    { kind: 'inquiry', channel: 'website', customerName: '林晓', content: '网站留言询问退货运费由谁承担。', hoursAgo: 6, receiver: 'yangfan', history: [answer(15, 'yangfan', '已回复：质量问题退货运费由公司承担。'), closeAnswered(16, 'yangfan')] },
  ],
  extras: (tx, ids, _site, _serials, at) => {
    // Last night's handover, as the duty manager would find it in the morning (seed002 客户管理制度2 三).
    const handedOverAt = new Date(at.getTime() - 10 * HOUR_MS);
    const manager = findUserById(tx, ids.get('fengyu')!)!;
    const log = fill(tx, 'service.handover-log', manager, handedOverAt, {}, { complete: false });
    saveAnswers(
      tx,
      {
        id: log,
        version: checklistRow(tx, log).version,
        itemId: 'handovers',
        rowId: 'demo-1',
        cells: {
          'handed-over-at': handedOverAt.toISOString(),
          shift: '夜班',
          equipment: '3号坐席耳麦有杂音，已报修。',
          'open-issues': '胡先生投诉通话被挂断，待回访。',
          'staff-changes': '无',
          outgoing: '冯宇',
          incoming: '杨帆',
        },
      },
      manager,
      new Date(handedOverAt.getTime() + 60_000),
    );
  },
};
