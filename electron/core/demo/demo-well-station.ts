import { DEMO_SITE_RECORDS } from '../../../shared/profiles';
import { createDemoCustomers } from './demo-customers';
import { createDemoChecklists } from './demo-checklists';
import { createDemoRegisters } from './demo-registers';
import { answer, closeAnswered, demoSteps, type DemoSiteDefinition } from './demo-steps';

const { accept, plan, log, resolve, callBack } = demoSteps({ dispatcher: 'zhaoli', handler: 'zhangwei' });

/**
 * The default demo site: a natural-gas well station (the setting of seed 000)
 * whose organisation follows the Sichuan group's complaint rules (seed 003 篇6),
 * profile `well-station`. Every demo user signs in with the PIN shown on the sign-in screen.
 */
const USERS: DemoSiteDefinition['users'] = [
  { login: 'wangjg', displayName: '王建国', roles: ['station_lead'], unit: '阳42井站' },
  { login: 'limei', displayName: '李梅', roles: ['receiver'], unit: '阳42井站' },
  { login: 'zhangwei', displayName: '张伟', roles: ['handler'], unit: '阳42井站' },
  { login: 'zhaoli', displayName: '赵丽', roles: ['call_centre'], unit: '集团呼叫中心' },
  { login: 'liuqiang', displayName: '刘强', roles: ['unit_head'], unit: '采气作业区' },
  { login: 'chenzm', displayName: '陈志明', roles: ['leader_in_charge'], unit: '公司领导' },
  // The investigation report's reviewers (篇4 第十二条), so the 案件记录 chain can be tried end to end.
  { login: 'sunli', displayName: '孙丽', roles: ['admin_hr'], unit: '行政人事部' },
  { login: 'zhouht', displayName: '周海涛', roles: ['general_manager'], unit: '公司领导' },
];

const COMPLAINTS: DemoSiteDefinition['complaints'] = [
  { kind: 'complaint', channel: 'phone', customerName: '周桂芳', customerPhone: '138 0830 1122', content: '井站拉运污水的罐车夜间经过村道，噪声大且有异味，影响休息，已连续三晚。', remedy: 'criticism_suggestion', hoursAgo: 3, receiver: 'limei', history: [accept(3), plan(40)] },
  { kind: 'complaint', channel: 'in_person', customerName: '黄德明', content: '站外管线巡检时踩坏了我家田埂，要求修复并赔偿青苗损失。', remedy: 'compensation', hoursAgo: 26, receiver: 'limei', history: [accept(4)] },
  { kind: 'inquiry', channel: 'phone', customerName: '吴晓燕', customerPhone: '0830-2561188', content: '询问下月计划停气检修的具体时间和影响范围。', hoursAgo: 5, receiver: 'limei', history: [answer(20, 'limei', '下月12日9:00至17:00检修，影响阳42井站周边三个村组，将提前三天张贴通知。'), closeAnswered(21, 'limei')] },
  { kind: 'suggestion', channel: 'opinion_book', customerName: '匿名客户', content: '建议在站门口设置夜间照明和安全警示牌，方便路过群众。', hoursAgo: 50, receiver: 'wangjg', history: [answer(60, 'wangjg', '已采纳，站门口增设夜间照明和警示牌一处。'), closeAnswered(61, 'wangjg')] },
  { kind: 'complaint', channel: 'regulator', customerName: '泸县环保局（转办）', customerPhone: '0830-8123456', content: '群众反映井站脱硫剂更换后废料堆放在站外，要求核实处置去向。', remedy: 'explanation', hoursAgo: 74, receiver: 'zhaoli', history: [accept(4), plan(30), log(120, '已现场核实：废脱硫剂已由有资质单位回收，提供了转移联单。'), resolve(240, '已向环保局书面说明处置去向并附转移联单复印件。')] },
  { kind: 'complaint', channel: 'media', customerName: '泸州电台《行风热线》', content: '节目热线反映：抢修人员到场慢，电话无人接听，服务态度差。', remedy: 'apology', hoursAgo: 120, receiver: 'zhaoli', history: [accept(2), plan(20), resolve(300, '已向节目组和来电群众说明，抢修值班电话改为双人值守。'), callBack(1500)] },
  { kind: 'complaint', channel: 'letter', customerName: '四川某建材有限公司', content: '合同约定的供气压力连续两周不达标，影响生产，要求书面说明原因并减价结算。', remedy: 'price_reduction', hoursAgo: 200, receiver: 'wangjg' },
  { kind: 'inquiry', channel: 'website', customerName: '刘洋', content: '网站留言：新装用户开户需要准备哪些材料？', hoursAgo: 9, receiver: 'limei' },
  { kind: 'complaint', channel: 'sms', customerName: '钟丽', customerPhone: '139 8100 4455', content: '短信投诉：抄表员估抄，本月气费比上月多出一倍，要求重新核对。', remedy: 'explanation', hoursAgo: 30, receiver: 'limei' },
  { kind: 'suggestion', channel: 'email', customerName: '蒋志强', content: '建议开通微信缴费与故障报修，减少跑腿。', hoursAgo: 300, receiver: 'limei' },
];


export const wellStationDemo: DemoSiteDefinition = {
  site: DEMO_SITE_RECORDS['well-station'],
  users: USERS,
  admin: { unit: '集团CRM战略中心' },
  complaints: COMPLAINTS,
  customers: (tx, ids, at) => createDemoCustomers(tx, { receiverId: ids.get('limei')!, leadId: ids.get('wangjg')!, callCentreId: ids.get('zhaoli')! }, at),
  extras: (tx, ids, site, serials, at) => {
    createDemoRegisters(tx, { receiverId: ids.get('limei')!, leadId: ids.get('wangjg')!, callCentreId: ids.get('zhaoli')! }, site.timeZone, serials.media, at);
    createDemoChecklists(tx, { leadId: ids.get('wangjg')!, receiverId: ids.get('limei')!, handlerId: ids.get('zhangwei')! }, site.timeZone, at);
  },
};
