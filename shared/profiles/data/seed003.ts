import type { SiteProfileInput } from '../profile-schema';
import { GENERIC_PACK, NO_MEDIA_CATEGORIES, OWN_COMPLAINT_CATEGORIES, noComplaintRules } from './common';

const label = (zh: string, en: string) => ({ zh, en });
const none = { mediaContentCategories: [], mediaChoice: NO_MEDIA_CATEGORIES };

/** seed003 篇1: a soy-product food manufacturer. */
export const foodMakerProfile: SiteProfileInput = {
  id: 'food-maker',
  version: '1.0.0',
  name: label('食品企业客服部', 'Food manufacturer: customer service'),
  organisation: label('某豆制品食品企业', 'Soy-product food manufacturer'),
  source: 'seed003 篇1',
  rulePack: 'food-maker-p1',
  templates: ['service.handling-principles-self-check'],
  ...none,
};

/** seed003 篇4: a retail chain with stores. */
export const retailChainProfile: SiteProfileInput = {
  id: 'retail-chain',
  version: '1.0.0',
  name: label('连锁零售门店', 'Retail chain store'),
  organisation: label('某连锁零售企业', 'Retail chain with stores'),
  source: 'seed003 篇4',
  rulePack: 'retail-chain-p4',
  templates: [],
  ...none,
};

/** seed003 篇5: an insurance branch company and its customer service centre (分公司客户服务中心). */
export const insuranceBranchProfile: SiteProfileInput = {
  id: 'insurance-branch',
  version: '1.0.0',
  name: label('保险分公司客户服务中心', 'Insurance branch: customer service centre'),
  organisation: label('某保险分公司', 'Insurance branch company'),
  source: 'seed003 篇5',
  rulePack: 'insurance-branch-p5',
  templates: [],
  ...none,
};

/** seed003 篇6: the Sichuan industrial group (四川**实业集团有限公司). */
export const sichuanGroupProfile: SiteProfileInput = {
  id: 'sichuan-group',
  version: '1.0.0',
  name: label('集团客户服务部门', 'Group customer-service unit'),
  organisation: label('四川某实业集团', 'Sichuan industrial group'),
  source: 'seed003 篇6',
  rulePack: 'sichuan-group-p6',
  templates: ['service.basic-principles-review'],
  ...none,
};

/** seed003 篇7 and 篇8: a power supply company (its complaint analysis, and its reception technique). */
export const powerSupplyProfile: SiteProfileInput = {
  id: 'power-supply',
  version: '1.0.0',
  name: label('供电营业厅', 'Power supply business hall'),
  organisation: label('某供电企业', 'Power supply company'),
  source: 'seed003 篇7、篇8',
  rulePack: GENERIC_PACK,
  rulePackChoice: noComplaintRules('seed003 篇7、篇8（一篇分析和一篇文章）', 'seed003 篇7 and 篇8 (an analysis and an essay)'),
  templates: ['service.reception-technique-check'],
  choice: { zh: '篇7（投诉分析）和篇8（接待技巧）是同一汇编中的两篇电力企业文章；二者的规定互不矛盾，所以当作同一个单位。', en: '篇7 (complaint analysis) and 篇8 (reception technique) are two power-enterprise texts of the same compilation; they are taken as one organisation because neither gives rules the other contradicts.' },
  mediaContentCategories: [
    { code: 'power_quality_outage', label: label('电能质量与停电', 'Power quality and outages'), source: 'seed003 篇7 1(1)' },
    { code: 'meter_billing', label: label('抄表计费', 'Meter reading and billing'), source: 'seed003 篇7 1(2)' },
    { code: 'service_attitude', label: label('服务态度', 'Service attitude'), source: 'seed003 篇7 1(3)' },
  ],
  mediaChoice: OWN_COMPLAINT_CATEGORIES,
};

export const SEED003_PROFILES = [foodMakerProfile, retailChainProfile, insuranceBranchProfile, sichuanGroupProfile, powerSupplyProfile];
