/**
 * Chinese texts of organisation profiles (issue 17): the first-run choice of
 * organisation and demo site, Settings → 组织配置, and the notices where no
 * profile is chosen yet. Spread into zh-CN.ts under `profiles`.
 */
export const profilesZhCN = {
  title: '组织配置',
  intro: '本网点所属的组织决定适用的规则包、检查表和台帐、检查周期以及负面新闻的投诉内容分类。各项均引自原始制度文件。',
  current: '当前组织配置',
  none: '尚未选择组织配置',
  choose: '所属组织',
  setupLabel: '所属组织',
  setupHint: '本网点所属组织的制度决定适用的检查表、台帐和规则包；选定后规则包随之选定，仍可改选',
  save: '保存组织配置',
  saving: '正在保存…',
  saved: '已改为「{{name}}」；新登记的投诉按规则包「{{pack}}」定级，已登记的投诉仍按原规则包。',
  rulePack: '规则包',
  templates: '适用的检查表和台帐',
  noTemplates: '该组织的制度没有检查表或台帐。',
  mediaCategories: '负面新闻投诉内容分类',
  noMediaCategories: '该组织的制度未给出分类，不作分类（统计计为“未分类”）。',
  choice: '本程序的解释',
  origin: { shipped: '随程序发布', 'head-office': '总部发布' },
  source: '出处：{{source}}',
  demo: {
    label: '演示网点',
    wellStation: '阳42井站（天然气井站）',
    bankOutlet: '银行营业网点',
    serviceCentre: '客户服务中心（客服部）',
  },
  errors: {
    unknownProfile: '没有名为“{{profile}}”的组织配置。',
    packMissing: '组织配置“{{profile}}”使用的规则包 {{pack}} 本机没有，请先同步总部发布的规则包。',
    noSite: '本机尚未初始化。',
  },
};
