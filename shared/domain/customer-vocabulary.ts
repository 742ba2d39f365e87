/**
 * Customer files (客户档案): what a customer is, and how the sources group and
 * type customers. The sources are the rules of different organisations and
 * their lists disagree, so each list is kept under its own source as a
 * **customer scheme**; the site's rule pack chooses one (CUSTOMER_SCHEME_BY_PACK),
 * else DEFAULT_CUSTOMER_SCHEME. Nothing here is invented: where a source says
 * "等" (etc.) the list is left open by letting group or type stay empty.
 *
 * Sources read and what they give:
 * - seed003 篇1 4.2: 顾客 = 接收产品的组织及个人 → the two kinds below;
 * - seed003 篇6 第二条: 外部客户 / 合作伙伴客户 with their types;
 * - seed003 篇7 (1): 重要客户和大客户 (绿色服务通道) / 居民客户 (紧急通道、提级处理流程);
 * - seed004 §E 2 (适用范围): 国内与国外客户;
 * - seed002 客户管理制度3 第四条: 上游供应商 / 下游客户;
 * - seed002 客户管理制度5: VIP 顾客 A、B、C、D 四类 (the criteria are not in the source);
 * - seed001 gives no customer grouping (S12's 难缠的客户类型 describes behaviour and is cut off);
 *   it gives the complaint-sign flag below (S1 (二)).
 */

export type Bilingual = { zh: string; en: string };

/** seed003 篇1 4.2: 顾客是指接收产品的组织及个人. Shown as 单位 / 个人. */
export const CUSTOMER_KINDS = ['organisation', 'individual'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];
export const CUSTOMER_KINDS_SOURCE = 'seed003 篇1 4.2';

export interface CustomerGroup {
  code: string;
  label: Bilingual;
  source: string;
  /** What the source says this group gets (e.g. a green channel). */
  note?: Bilingual;
}

export interface CustomerType {
  code: string;
  label: Bilingual;
  source: string;
  /** The group the type belongs to, where the source nests types in groups (篇6 第二条). */
  group?: string;
}

export interface CustomerScheme {
  id: string;
  label: Bilingual;
  source: string;
  groups: readonly CustomerGroup[];
  types: readonly CustomerType[];
  /** Where the source leaves its list open or unexplained, what this program does. */
  choice?: string;
}

const P6 = 'seed003 篇6 第二条';

export const CUSTOMER_SCHEMES: readonly CustomerScheme[] = [
  {
    id: 'seed003-p6',
    label: { zh: '四川某实业集团 客户投诉管理办法', en: 'Sichuan group complaint rules' },
    source: P6,
    groups: [
      { code: 'external', label: { zh: '外部客户', en: 'External customer' }, source: `${P6}(一)` },
      { code: 'partner', label: { zh: '合作伙伴客户', en: 'Partner customer' }, source: `${P6}(二)` },
    ],
    types: [
      { code: 'prospective', group: 'external', label: { zh: '潜在客户', en: 'Prospective customer' }, source: `${P6}(一)` },
      { code: 'intending', group: 'external', label: { zh: '意向客户', en: 'Intending customer' }, source: `${P6}(一)` },
      { code: 'quasi', group: 'external', label: { zh: '准客户', en: 'Quasi-customer' }, source: `${P6}(一)` },
      { code: 'contracted', group: 'external', label: { zh: '签约客户', en: 'Contracted customer' }, source: `${P6}(一)` },
      { code: 'quasi_owner', group: 'external', label: { zh: '准业主', en: 'Quasi-owner (before handover)' }, source: `${P6}(一)` },
      { code: 'owner', group: 'external', label: { zh: '业主', en: 'Owner' }, source: `${P6}(一)` },
      { code: 'tenant', group: 'external', label: { zh: '租户', en: 'Tenant' }, source: `${P6}(一)` },
      // The club's name is masked in the source ("**俱乐部会员").
      { code: 'club_member', group: 'external', label: { zh: '俱乐部会员', en: 'Club member' }, source: `${P6}(一)` },
      { code: 'strategic_partner', group: 'partner', label: { zh: '战略合作伙伴', en: 'Strategic partner' }, source: `${P6}(二)` },
      { code: 'material_supplier', group: 'partner', label: { zh: '材料供应商', en: 'Material supplier' }, source: `${P6}(二)` },
      { code: 'cooperating_unit', group: 'partner', label: { zh: '合作单位', en: 'Cooperating unit' }, source: `${P6}(二)` },
    ],
    choice: '第二条(二)以“等”结尾，名单不全：类型可以不选，只选客户群。',
  },
  {
    id: 'seed003-p7',
    label: { zh: '电力客户投诉分析与管理（供电局）', en: 'Electricity customer complaints (power-supply bureau)' },
    source: 'seed003 篇7 3(1)',
    groups: [
      {
        code: 'key_large',
        label: { zh: '重要客户和大客户', en: 'Important and large customers' },
        source: 'seed003 篇7 3(1)',
        note: { zh: '绿色服务通道', en: 'Green service channel' },
      },
      {
        code: 'residential',
        label: { zh: '居民客户', en: 'Residential customers' },
        source: 'seed003 篇7 3(1)',
        note: { zh: '紧急通道和提级处理流程', en: 'Emergency channel and escalated handling' },
      },
    ],
    types: [],
  },
  {
    id: 'seed004-e',
    label: { zh: '客户投诉处理作业流程及管理办法（制造企业）', en: 'Manufacturer complaint procedure' },
    source: 'seed004 §E 2 适用范围',
    groups: [
      { code: 'domestic', label: { zh: '国内客户', en: 'Domestic customer' }, source: 'seed004 §E 2 适用范围' },
      { code: 'foreign', label: { zh: '国外客户', en: 'Foreign customer' }, source: 'seed004 §E 2 适用范围' },
    ],
    types: [],
  },
  {
    id: 'seed002-doc3',
    label: { zh: '客户信用管理制度', en: 'Customer credit management' },
    source: 'seed002 客户管理制度3 第四条',
    groups: [],
    types: [
      { code: 'upstream_supplier', label: { zh: '上游供应商', en: 'Upstream supplier' }, source: 'seed002 客户管理制度3 第四条' },
      { code: 'downstream_customer', label: { zh: '下游客户', en: 'Downstream customer' }, source: 'seed002 客户管理制度3 第四条' },
    ],
  },
  {
    id: 'seed002-doc5',
    label: { zh: '顾客忠诚度（门店 VIP 管理）', en: 'Store customer loyalty (VIP)' },
    source: 'seed002 客户管理制度5 第2点',
    groups: ['A', 'B', 'C', 'D'].map((grade) => ({
      code: `vip_${grade.toLowerCase()}`,
      label: { zh: `VIP ${grade}类`, en: `VIP class ${grade}` },
      source: 'seed002 客户管理制度5 第2点',
    })),
    types: [],
    choice: '原文只说对每个 VIP 顾客筛选出 A、B、C、D 类别，未给出分类标准：由站点人员判断。',
  },
];

/**
 * Which scheme a site's rule pack uses: the pack's own source where that source
 * lists customers (篇6 → 第二条; seed004 §E → 国内/国外).
 */
export const CUSTOMER_SCHEME_BY_PACK: Readonly<Record<string, string>> = {
  'sichuan-group-p6': 'seed003-p6',
  'seed004-e-manufacturer': 'seed004-e',
};

/**
 * Packs whose source lists no customers use 篇7's grouping: it is the only list
 * the sources give for complaint handling in general (different channels for
 * different customer groups), rather than for one trade.
 */
export const DEFAULT_CUSTOMER_SCHEME = 'seed003-p7';

export function findCustomerScheme(id: string): CustomerScheme | undefined {
  return CUSTOMER_SCHEMES.find((scheme) => scheme.id === id);
}

export function customerSchemeFor(packId: string | null | undefined): CustomerScheme {
  const id = (packId && CUSTOMER_SCHEME_BY_PACK[packId]) || DEFAULT_CUSTOMER_SCHEME;
  return findCustomerScheme(id)!;
}

/** Why a group and type do not fit the scheme, or null when they do (both may be empty). */
export function classificationProblem(scheme: CustomerScheme, group: string | null | undefined, type: string | null | undefined): 'group' | 'type' | null {
  if (group && !scheme.groups.some((g) => g.code === group)) return 'group';
  if (!type) return null;
  const found = scheme.types.find((t) => t.code === type);
  if (!found) return 'type';
  if (found.group && group && found.group !== group) return 'type';
  return null;
}

/**
 * 投诉苗头 (seed001 S1 (二)): 对于已出现明显投诉苗头的客户，要实行重点跟踪安抚政策，
 * 客服等部门重点跟进，适时予以电话或物质慰问: the two ways of consoling. 'visit' is the
 * on-site visit (实地走访) the risk-class cadences of seed000 第二篇 三、 count.
 */
export const FOLLOW_UP_METHODS = ['phone', 'material', 'visit'] as const;
export type FollowUpMethod = (typeof FOLLOW_UP_METHODS)[number];
export const COMPLAINT_SIGN_SOURCE = 'seed001 S1 (二)';
