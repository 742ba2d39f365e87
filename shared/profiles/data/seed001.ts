import type { SiteProfileInput } from '../profile-schema';
import { GENERIC_PACK, NO_MEDIA_CATEGORIES, OWN_COMPLAINT_CATEGORIES, noComplaintRules } from './common';

const label = (zh: string, en: string) => ({ zh, en });

/** seed001 S1: the car-dealer group of the 3.15 notice (企划部, 4S stores), whose media register the app's was modelled on. */
export const carDealerGroupProfile: SiteProfileInput = {
  id: 'car-dealer-group',
  version: '1.0.0',
  name: label('汽车4S店（经销商集团）', 'Car 4S store (dealer group)'),
  organisation: label('临沂某汽车经销商集团（一汽-大众等4S店）', 'Car dealer group, Linyi (FAW-Volkswagen and other 4S stores)'),
  source: 'seed001 S1',
  rulePack: GENERIC_PACK,
  rulePackChoice: noComplaintRules('seed001 S1（一份关于负面新闻的通知）', 'seed001 S1 (a notice on negative news)'),
  templates: [],
  mediaContentCategories: [
    { code: 'after_sales_repair', label: label('售后维修纠纷', 'After-sales repair dispute'), source: 'seed001 S1 二、1' },
    { code: 'vehicle_quality', label: label('车辆质量纠纷', 'Vehicle quality dispute'), source: 'seed001 S1 二、1' },
    { code: 'accessories_credit', label: label('精品信贷', 'Accessories and credit'), source: 'seed001 S1 二、1' },
  ],
};

/** seed001 S4: a manufacturer whose sales department leads complaint handling. */
export const manufacturerS4Profile: SiteProfileInput = {
  id: 'manufacturer-s4',
  version: '1.0.0',
  name: label('制造企业销售部', 'Manufacturer: sales department'),
  organisation: label('某制造企业（销售部主管投诉）', 'Manufacturer (complaints led by the sales department)'),
  source: 'seed001 S4',
  rulePack: 'seed001-s4-manufacturer',
  templates: [],
  mediaContentCategories: [
    { code: 'product_quality', label: label('产品质量', 'Product quality'), source: 'seed001 S4 6.2.1 a)' },
    { code: 'transport_packaging', label: label('运输包装', 'Transport and packaging'), source: 'seed001 S4 6.2.1 b)' },
    { code: 'service_quality', label: label('服务质量', 'Service quality'), source: 'seed001 S4 6.2.1 c)' },
    { code: 'other', label: label('其他方面', 'Other'), source: 'seed001 S4 6.2.1 d)' },
  ],
  mediaChoice: OWN_COMPLAINT_CATEGORIES,
};

/** seed001 S10: a winery estate (酒庄). */
export const wineryProfile: SiteProfileInput = {
  id: 'winery',
  version: '1.0.0',
  name: label('酒庄客户服务中心', 'Winery customer service centre'),
  organisation: label('某酒庄', 'Winery estate'),
  source: 'seed001 S10',
  rulePack: 'seed001-s10-winery',
  templates: [],
  mediaContentCategories: [],
  mediaChoice: NO_MEDIA_CATEGORIES,
};

/** seed001 S14: a product company with sales representatives, QC and a management representative. */
export const productCompanyS14Profile: SiteProfileInput = {
  id: 'product-company-s14',
  version: '1.0.0',
  name: label('产品公司售后服务部', 'Product company: after-sales service'),
  organisation: label('某产品公司（销售员、质检部门、管理者代表）', 'Product company (sales representatives, QC department, management representative)'),
  source: 'seed001 S14',
  rulePack: 'seed001-s14-product-company',
  templates: [],
  mediaContentCategories: [
    { code: 'service_behaviour', label: label('客户服务行为', 'Customer-service behaviour'), source: 'seed001 S14 5.1.1' },
    { code: 'sales_work', label: label('营业人员专业工作事务', "Sales staff's professional work"), source: 'seed001 S14 5.1.2' },
    { code: 'product_quality', label: label('产品质量', 'Product quality'), source: 'seed001 S14 5.1.3' },
  ],
  mediaChoice: OWN_COMPLAINT_CATEGORIES,
};

/** seed001 S15: a tax-control device technical service company. */
export const taxDeviceServiceProfile: SiteProfileInput = {
  id: 'tax-device-service',
  version: '1.0.0',
  name: label('税控设备技术服务网点', 'Tax-control device service outlet'),
  organisation: label('某税控设备技术服务单位', 'Tax-control device technical service company'),
  source: 'seed001 S15',
  rulePack: 'seed001-s15-tax-device-service',
  templates: [],
  mediaContentCategories: [],
  mediaChoice: NO_MEDIA_CATEGORIES,
};

/** seed001 S17: a salt distribution centre (配送中心, 客户经理). */
export const saltDistributionProfile: SiteProfileInput = {
  id: 'salt-distribution',
  version: '1.0.0',
  name: label('盐业配送中心', 'Salt distribution centre'),
  organisation: label('某盐业公司配送中心', 'Salt company distribution centre'),
  source: 'seed001 S17',
  rulePack: GENERIC_PACK,
  rulePackChoice: noComplaintRules('seed001 S17（只有24小时受理和一张记录表，没有分类和时限）', 'seed001 S17 (24-hour acceptance and a record sheet, no classes or deadlines)'),
  templates: ['salt.complaint-record'],
  mediaContentCategories: [],
  mediaChoice: NO_MEDIA_CATEGORIES,
};

export const SEED001_PROFILES = [carDealerGroupProfile, manufacturerS4Profile, wineryProfile, productCompanyS14Profile, taxDeviceServiceProfile, saltDistributionProfile];
