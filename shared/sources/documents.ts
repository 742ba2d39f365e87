/**
 * The documents the rules, templates, deadlines and notifications cite, by
 * the id the data uses for them (`seed003 篇6`, `seed004 §A`…), with the
 * title a station lead knows them by.
 *
 * Titles are the ones the source text prints for the part (the compilation
 * pages in /work/shared/seeds, read through the extractions in
 * /work/shared/domain). Where a part prints no title of its own, the name is
 * ours: a short description of what the part is, marked `// ours`.
 */
export interface CitedDocument {
  readonly zh: string;
  readonly en: string;
}

type Documents = Readonly<Record<string, CitedDocument>>;

/** seed000: 《客户投诉法律风险防控(精选)》, five articles (第一篇…第五篇). */
const SEED000: Documents = {
  // The speech's own title (the compilation heads it 第一篇:客户投诉法律风险防控, which it is not about).
  第一篇: { zh: '学习法律法规 防控法律风险 持续提升井站管理水平', en: 'Learn the law, control legal risks, keep improving well-station management' },
  第二篇: { zh: '中信银行绍兴分行授信客户风险防控和化解管理办法', en: 'CITIC Bank Shaoxing Branch: measures for credit-customer risk prevention and resolution' },
  第三篇: { zh: '石油系统法律风险岗位防控调研报告', en: 'Research report on post-based legal risk control in the petroleum system' },
  第四篇: { zh: '常用合同条款分析及法律风险防控', en: 'Common contract clauses and their legal risk control' },
  第五篇: { zh: '优质客户服务与客户投诉、抱怨处理技巧提升', en: 'Quality customer service and complaint handling skills' },
};

/** seed001: 预防客户投诉, twenty excerpts numbered S1…S20 in source order. */
const SEED001: Documents = {
  S1: { zh: '关于3.15期间预防客户投诉避免负面新闻发生的通知', en: 'Notice on preventing complaints and negative news around 3.15' },
  S2: { zh: '合同管理与合同法律风险防范管理实务', en: 'Contract management and contract legal risk prevention' },
  S3: { zh: '客户投诉处理流程及原则', en: 'Complaint handling process and principles' },
  S4: { zh: '客户投诉处理程序', en: 'Complaint handling procedure' },
  S5: { zh: '企业法律风险与防范措施——企业合同管理之风险', en: 'Enterprise legal risks: contract management' },
  S6: { zh: '客户投诉及客户意见反馈处理管理制度', en: 'Complaint and opinion-feedback handling rules' },
  S7: { zh: '客户投诉及处理', en: 'Customer complaints and their handling' },
  S8: { zh: '经典：客户投诉处理法则', en: 'Classic complaint handling rules' },
  S9: { zh: '合同管理法律风险防范措施', en: 'Contract management legal risk measures' },
  S10: { zh: '客户投诉界定及处理流程', en: 'Complaint definition and handling process' },
  S11: { zh: '客户投诉处理方式', en: 'How to handle customer complaints' },
  S12: { zh: '有效处理客户投诉的方法和步骤', en: 'Methods and steps for handling complaints' },
  S13: { zh: '客户投诉的应对方法', en: 'Ways of answering complaints' },
  S14: { zh: '客户投诉处理程序', en: 'Complaint handling procedure' },
  S15: { zh: '客户投诉处理管理办法', en: 'Complaint handling management measures' },
  S16: { zh: '企业合同管理法律风险防范实务操作技巧', en: 'Contract management legal risk practice' },
  S17: { zh: '客户投诉处理方案', en: 'Complaint handling scheme' },
  S18: { zh: '客户关系管理 学习情境九课堂教案', en: 'Customer relationship management, lesson 9' },
  S19: { zh: '建筑施工企业合同管理法律风险及防控措施', en: 'Construction contract legal risks and controls' },
  S20: { zh: '客户投诉处理技能', en: 'Complaint handling skills' },
};

/** seed002: 客户管理制度(合集15篇); most parts print no title of their own. */
const SEED002: Documents = {
  客户管理制度1: { zh: '邮政行业寄递服务用户个人信息安全管理规定', en: 'Postal delivery user personal-information security rules' },
  客户管理制度2: { zh: '客服部管理制度', en: 'Customer-service department rules' }, // ours
  客户管理制度3: { zh: '客户信用管理制度', en: 'Customer credit management rules' },
  客户管理制度4: { zh: '营业网点客户投诉处理规范', en: 'Branch outlet complaint handling rules' },
  客户管理制度5: { zh: '店铺顾客忠诚度管理', en: 'Store customer loyalty' }, // ours
  客户管理制度6: { zh: '检测站客户投诉（申诉）处理制度', en: 'Testing station complaint (appeal) handling' }, // ours
  客户管理制度7: { zh: '期货风险管理制度', en: 'Futures risk management rules' },
  客户管理制度8: { zh: '物业公司客户投诉处理制度', en: 'Property company complaint handling rules' }, // ours
  客户管理制度9: { zh: '物业公司客户服务部职责', en: 'Property company customer-service duties' }, // ours
  客户管理制度10: { zh: '销售公司客户授信与发货制度', en: 'Sales company credit and shipment rules' }, // ours
  客户管理制度11: { zh: '供热公司客户服务制度', en: 'Heat-supply company customer service rules' }, // ours
  客户管理制度12: { zh: '汽车销售服务公司客户投诉管理制度', en: 'Car dealer complaint management rules' }, // ours
  客户管理制度13: { zh: '店铺员工行为规范', en: 'Store staff code of conduct' }, // ours
  客户管理制度14: { zh: '综合服务部客户投诉处理制度', en: 'Service department complaint handling rules' }, // ours
  客户管理制度15: { zh: '客户回访控制程序', en: 'Customer revisit procedure' }, // ours
};

/** seed002's bank outlet rules, cited by what they govern rather than by number. */
const SEED002_ALIASES: Readonly<Record<string, string>> = { 银行营业网点投诉管理: '客户管理制度4' };

/** seed003: 客户投诉处理办法(精选8篇); 篇2 and 篇3 are unrelated and never cited. */
const SEED003: Documents = {
  篇1: { zh: '客诉处理管理办法', en: 'Complaint handling management measures (food maker)' },
  篇4: { zh: '客户投诉处理管理办法', en: 'Complaint handling management measures (retail chain)' },
  篇5: { zh: '客户投诉管理办法', en: 'Complaint management measures (insurance branch)' },
  篇6: { zh: '四川**实业集团有限公司客户投诉管理办法(试行)', en: 'Sichuan industrial group complaint management measures (trial)' },
  篇7: { zh: '电力客户投诉分析与管理探讨', en: 'Analysis and management of electricity customer complaints' },
  篇8: { zh: '客户投诉处理办法', en: 'Complaint handling measures (power enterprise)' },
};

/** seed004: a compilation of parts §A…§Q; §G, §K and §O are unrelated and never cited. */
const SEED004: Documents = {
  '§A': { zh: '煤矿安全生产标准化管理体系考核定级办法(试行)', en: 'Coal-mine safety standardisation grading measures (trial)' },
  '§B': { zh: '客服中心呼叫中心岗位职责', en: 'Call-centre post responsibilities' },
  '§C': { zh: '餐饮服务员等级划分标准', en: 'Restaurant waiter grading standard' },
  '§D': { zh: '客户投诉处理机制', en: 'Complaint handling mechanism' },
  '§E': { zh: '客户投诉处理作业流程及管理办法', en: 'Complaint handling procedure and measures' },
  '§F': { zh: '客诉处理管理规范', en: 'Complaint handling specification (home-furnishing mall)' },
  '§H': { zh: '用户抱怨处理制度', en: 'User complaint handling rules (car dealer)' },
  '§I': { zh: '客诉程度判定标准预案', en: 'Complaint severity standard (proposal)' },
  '§J': { zh: '顾客抱怨处理办法', en: 'Customer complaint handling method' },
  // The source prints "XXXX用户抱怨处理制度"; the dealer it names stands in for the XXXX.
  '§L': { zh: '上海大众SKODA特许销售商用户抱怨处理制度', en: 'SKODA dealer user complaint handling rules' },
  '§M': { zh: '事故等级划分及扣分标准', en: 'Accident grades and point deductions' },
  '§N': { zh: '客户抱怨投诉处理技巧和方法', en: 'Complaint handling skills and methods' },
  '§P': { zh: '客户投诉处理制度', en: 'Complaint handling rules' },
  '§Q': { zh: '呼叫中心客服人员的素质要求', en: 'Call-centre staff requirements' },
};

/** Each seed as a whole, for prose that names the compilation rather than a part (`seed000 gives the station no …`). */
export const COMPILATIONS: Readonly<Record<string, CitedDocument>> = {
  seed000: { zh: '客户投诉法律风险防控(精选)', en: 'Customer complaint legal risk control (selected)' },
  seed001: { zh: '预防客户投诉', en: 'Preventing customer complaints' },
  seed002: { zh: '客户管理制度(合集15篇)', en: 'Customer management rules (15 collected)' },
  seed003: { zh: '客户投诉处理办法(精选8篇)', en: 'Complaint handling measures (8 selected)' },
  // ours: the page prints no title of its own above its parts §A…§Q.
  seed004: { zh: '客户投诉处理制度汇编', en: 'Collected complaint handling rules' },
};

export const CITED_DOCUMENTS: Readonly<Record<string, Documents>> = {
  seed000: SEED000,
  seed001: SEED001,
  seed002: SEED002,
  seed003: SEED003,
  seed004: SEED004,
};

/**
 * The document a part id names in one seed, or undefined. `part` is the id
 * as cited: 第一篇, S15 (or §S15), 客户管理制度4 (or 4 after 、), 篇6, §A.
 */
export function citedDocument(seed: string, part: string): CitedDocument | undefined {
  const documents = CITED_DOCUMENTS[seed];
  if (!documents) return undefined;
  if (seed === 'seed001') return documents[part.replace(/^§/, '')];
  if (seed === 'seed002') return documents[SEED002_ALIASES[part] ?? (/^\d+$/.test(part) ? `客户管理制度${part}` : part)];
  return documents[part];
}

/**
 * Our extraction notes (/work/shared/domain/seedNNN-partN.md) number their
 * sections by the source's parts; the document a note section is about.
 */
export const EXTRACTION_PARTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'seed000-part1': { '1': '第一篇', '2': '第二篇', '3': '第三篇' },
  'seed000-part2': { A: '第四篇', B: '第五篇' },
  'seed002-part1': { '1': '客户管理制度1', '2': '客户管理制度2', '3': '客户管理制度3', '4': '客户管理制度4', '5': '客户管理制度5' },
  'seed002-part2': Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), `客户管理制度${i + 6}`])),
  'seed003-part1': { '1': '篇1', '4': '篇4', '5': '篇5' },
  'seed003-part2': { '1': '篇6', '2': '篇7', '3': '篇8' },
};
