import type { ChecklistTemplateInput } from '../template-schema';
import type { StoreEvidenceFact } from '../store-evidence';
import { art, personalInfoSecuritySelfCheckV100 } from './personal-info-security';
import { text, type ItemInput } from './template-helpers';

const E = (n: string) => art(n, '§1.6');
const FROM_STORE = { zh: '本机数据：开始填写时由系统统计，可点“重新统计本机数据”更新；不能手填。', en: 'From this computer: counted by the app when the record starts, and again with “Count again from this computer”; not typed.' };

/** A count read from the store into a number item. */
const count = (id: string, fact: StoreEvidenceFact, zh: string, en: string, source: string): ItemInput => ({ id, kind: 'number', label: { zh, en }, source, fromStore: fact, hint: FROM_STORE });
/** Names or figures read from the store into a text item. */
const evidence = (id: string, fact: StoreEvidenceFact, zh: string, en: string, source: string): ItemInput => ({ ...text(id, zh, en, source), fromStore: fact, hint: FROM_STORE });
/** A pass the app computes where the source states a clear condition: the count of breaches is 0. */
const noneFound = (id: string, countId: string, zh: string, en: string, source: string): ItemInput => ({
  id,
  kind: 'yesNo',
  label: { zh, en },
  source,
  failsOn: 'no',
  correctiveAction: true,
  computed: { kind: 'count', itemId: countId, op: 'lte', value: 0 },
});

/**
 * What each check gets beside it, after the check's own item. Computed (a clear condition of the source):
 * 第三十一条 no vendor default password (the app's own shipped demo PIN is one), 第三十七条 every bulk export
 * and destruction registered with operator, time, place and matter. The rest are the source's judgements
 * (least privilege, 定期 password change, 及时 disabling of leavers, destruction when the period ends: no
 * number given), so they stay ticks with the evidence printed under them.
 */
const EVIDENCE: Record<string, ItemInput[]> = {
  a26: [evidence('a26-destruction', 'destructionSummary', '本机销毁记录与到期未销毁的客户', 'Destruction records here, and customers past retention not yet destroyed', art('二十六', '§1.5'))],
  a31: [
    count('a31-default-count', 'defaultSecretCount', '仍使用软件演示密码的启用账户数', 'Active accounts still on the software’s demo PIN', E('三十一')),
    evidence('a31-default-names', 'defaultSecretNames', '仍使用演示密码的账户', 'Accounts on the demo PIN', E('三十一')),
    noneFound('a31-default', 'a31-default-count', '本系统没有账户使用软件自带的默认（演示）密码', 'No account of this app uses the software’s default (demo) PIN', art('三十一', '§1.6: 不得使用供应商默认密码')),
  ],
  a34: [
    count('a34-readers-count', 'fullReaderCount', '可查看完整个人信息的启用账户数', 'Active accounts that may see personal data in full', E('三十四')),
    evidence('a34-readers-names', 'fullReaderNames', '可查看完整个人信息的账户（角色）', 'Those accounts (roles)', E('三十四')),
  ],
  a35: [evidence('a35-secret-ages', 'secretAges', '各启用账户上次设置密码的日期', 'When each active account’s PIN was last set', E('三十五'))],
  a37: [
    evidence('a37-register', 'registerSummary', '个人信息访问登记（自上次自查以来）', 'The access register since the last self-check', E('三十七')),
    count('a37-incomplete-count', 'registerIncompleteCount', '缺少人员、时间、地点或事项的导出、销毁登记数', 'Export and destruction entries missing operator, time, place or matter', E('三十七')),
    noneFound('a37-logged', 'a37-incomplete-count', '本系统的批量导出、销毁均已登记人员、时间、地点和事项', 'Every bulk export and destruction in this app is registered with operator, time, place and matter', art('三十七', '§1.6: 记录操作人员、时间、地点和事项')),
  ],
  a38: [
    evidence('a38-disabled', 'disabledNames', '已禁用的账户（禁用日期）', 'Disabled accounts (day disabled)', E('三十八')),
    evidence('a38-never-signed-in', 'neverSignedInNames', '从未登录过的启用账户', 'Active accounts never signed in', E('三十八')),
    evidence('a38-last-sign-ins', 'lastSignIns', '各启用账户最近一次登录', 'Each active account’s last sign-in', E('三十八')),
  ],
};

/** 寄递用户信息安全自查表 1.1.0: 1.0.0 with the store's evidence beside the checks it bears on. */
export const personalInfoSecuritySelfCheck: ChecklistTemplateInput = {
  ...personalInfoSecuritySelfCheckV100,
  version: '1.1.0',
  sections: personalInfoSecuritySelfCheckV100.sections.map((section) => ({
    ...section,
    items: section.items.flatMap((item) => [item, ...(EVIDENCE[item.id] ?? [])]),
  })),
};
