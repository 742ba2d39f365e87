import type { SiteProfileInput } from '../profile-schema';
import { GENERIC_PACK, NO_MEDIA_CATEGORIES, noComplaintRules } from './common';

const label = (zh: string, en: string) => ({ zh, en });
const none = { mediaContentCategories: [], mediaChoice: NO_MEDIA_CATEGORIES };

/** seed004 §A: a coal mine under the standardisation grading (煤矿安全生产标准化管理体系). */
export const coalMineProfile: SiteProfileInput = {
  id: 'coal-mine',
  version: '1.0.0',
  name: label('煤矿（标准化管理）', 'Coal mine (standardisation)'),
  organisation: label('某煤矿（安全生产标准化管理体系）', 'Coal mine under the safety-production standardisation system'),
  source: 'seed004 §A',
  rulePack: GENERIC_PACK,
  rulePackChoice: noComplaintRules('seed004 §A（一份评级办法）', 'seed004 §A (a grading measure)'),
  templates: ['coal-mine-grading'],
  ...none,
};

/** seed004 §B and §Q: a call centre (客服中心呼叫中心). */
export const callCentreProfile: SiteProfileInput = {
  id: 'call-centre',
  version: '1.0.0',
  name: label('呼叫中心', 'Call centre'),
  organisation: label('某客服中心呼叫中心', 'Customer-service call centre'),
  source: 'seed004 §B、§Q',
  rulePack: GENERIC_PACK,
  rulePackChoice: noComplaintRules('seed004 §B、§Q（岗位职责和员工素质）', 'seed004 §B and §Q (post duties and staff qualities)'),
  templates: ['call-centre.post-duty-check', 'call-centre.staff-quality-check'],
  ...none,
};

/** seed004 §C: a restaurant grading its waiters. */
export const restaurantProfile: SiteProfileInput = {
  id: 'restaurant',
  version: '1.0.0',
  name: label('餐厅', 'Restaurant'),
  organisation: label('某餐饮企业', 'Restaurant business'),
  source: 'seed004 §C',
  rulePack: GENERIC_PACK,
  rulePackChoice: noComplaintRules('seed004 §C（服务员等级标准）', 'seed004 §C (a waiter grading standard)'),
  templates: ['waiter-level'],
  ...none,
};

/** seed004 §D: a service company with operating departments. */
export const serviceCompanyProfile: SiteProfileInput = {
  id: 'service-company',
  version: '1.0.0',
  name: label('服务公司经营部门', 'Service company: operating department'),
  organisation: label('某服务公司（设经营部门）', 'Service company with operating departments'),
  source: 'seed004 §D',
  rulePack: 'seed004-d-service-company',
  templates: [],
  ...none,
};

/** seed004 §E: a manufacturer with domestic and foreign customers. */
export const manufacturerEProfile: SiteProfileInput = {
  id: 'manufacturer-e',
  version: '1.0.0',
  name: label('制造企业客诉窗口', 'Manufacturer: complaint desk'),
  organisation: label('某制造企业', 'Manufacturer (domestic and foreign customers)'),
  source: 'seed004 §E',
  rulePack: 'seed004-e-manufacturer',
  templates: ['manufacturer.complaint-handling-sheet'],
  ...none,
};

/** seed004 §F: a national home-furnishing / building-materials chain mall. */
export const homeFurnishingMallProfile: SiteProfileInput = {
  id: 'home-furnishing-mall',
  version: '1.0.0',
  name: label('家居连锁商场', 'Home-furnishing chain mall'),
  organisation: label('某家居连锁商场', 'Home-furnishing / building-materials chain mall'),
  source: 'seed004 §F',
  rulePack: 'seed004-f-home-mall',
  templates: [],
  ...none,
};

/** seed004 §H: a car dealer (sales and after-sales repair). */
export const carDealerHProfile: SiteProfileInput = {
  id: 'car-dealer-h',
  version: '1.0.0',
  name: label('汽车销售服务商', 'Car dealer (sales and service)'),
  organisation: label('某汽车销售服务商（销售、售后维修）', 'Car dealer (sales and after-sales repair)'),
  source: 'seed004 §H',
  rulePack: 'seed004-h-car-dealer',
  templates: [],
  ...none,
};

/** seed004 §I: a bicycle pedal and bottom-bracket parts maker. */
export const partsMakerProfile: SiteProfileInput = {
  id: 'parts-maker',
  version: '1.0.0',
  name: label('零部件厂质量部', 'Parts maker: quality department'),
  organisation: label('某自行车脚踏、碗件中轴制造企业', 'Bicycle pedal and bottom-bracket parts maker'),
  source: 'seed004 §I',
  rulePack: 'seed004-i-parts-maker',
  templates: [],
  ...none,
};

/** seed004 §J: a manufacturer's domestic sales, 8D reports. */
export const domesticSalesProfile: SiteProfileInput = {
  id: 'domestic-sales-8d',
  version: '1.0.0',
  name: label('制造企业内销部', 'Manufacturer: domestic sales'),
  organisation: label('某制造企业（内销）', 'Manufacturer, domestic sales'),
  source: 'seed004 §J',
  rulePack: 'seed004-j-domestic-sales-8d',
  templates: ['manufacturer.8d-report'],
  ...none,
};

/** seed004 §L: a Skoda dealer (上海大众SKODA特许销售商). */
export const skodaDealerProfile: SiteProfileInput = {
  id: 'skoda-dealer',
  version: '1.0.0',
  name: label('特许汽车销售商', 'Franchised car dealer'),
  organisation: label('上海大众SKODA特许销售商', 'Shanghai-Volkswagen Skoda franchised dealer'),
  source: 'seed004 §L',
  rulePack: 'seed004-l-skoda-dealer',
  templates: [],
  ...none,
};

/** The accident grading form names its own pack, beside the generic one that grades the mill's complaints. */
const withAccidentPack = (note: { zh: string; en: string }) => ({
  zh: `${note.zh}事故分级表本身按表上注明的事故等级规则包分级。`,
  en: `${note.en} The accident grading form itself is graded by the §M accident-grades pack, which the form names.`,
});

/** seed004 §M: a flour mill (accident grades and point deductions). */
export const flourMillProfile: SiteProfileInput = {
  id: 'flour-mill',
  version: '1.0.0',
  name: label('面粉厂', 'Flour mill'),
  organisation: label('某面粉厂', 'Flour mill'),
  source: 'seed004 §M',
  rulePack: GENERIC_PACK,
  rulePackChoice: withAccidentPack(noComplaintRules('seed004 §M（事故等级和扣分）', 'seed004 §M (accident grades and deductions)')),
  templates: ['accident-deduction'],
  ...none,
};

/** seed004 §P: the generic customer complaint handling system, for an organisation that adopts it as written. */
export const genericProfile: SiteProfileInput = {
  id: 'generic',
  version: '1.0.0',
  name: label('通用投诉受理点', 'Generic complaint desk'),
  organisation: label('通用（客户投诉处理制度）', 'Generic (customer complaint handling system)'),
  source: 'seed004 §P',
  rulePack: GENERIC_PACK,
  templates: [],
  ...none,
};

export const SEED004_PROFILES = [
  coalMineProfile,
  callCentreProfile,
  restaurantProfile,
  serviceCompanyProfile,
  manufacturerEProfile,
  homeFurnishingMallProfile,
  carDealerHProfile,
  partsMakerProfile,
  domesticSalesProfile,
  skodaDealerProfile,
  flourMillProfile,
  genericProfile,
];
