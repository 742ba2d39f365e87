import type { SiteProfileInput } from '../profile-schema';
import { GENERIC_PACK, NO_MEDIA_CATEGORIES, OWN_COMPLAINT_CATEGORIES, noComplaintRules } from './common';

const label = (zh: string, en: string) => ({ zh, en });
const none = { mediaContentCategories: [], mediaChoice: NO_MEDIA_CATEGORIES };

/** seed002 客户管理制度1: a postal / courier delivery outlet (邮政行业寄递服务). */
export const postalOutletProfile: SiteProfileInput = {
  id: 'postal-outlet',
  version: '1.0.0',
  name: label('邮政快递网点', 'Postal / courier outlet'),
  organisation: label('邮政行业寄递服务企业', 'Postal-industry delivery-service enterprise'),
  source: 'seed002 客户管理制度1',
  rulePack: GENERIC_PACK,
  rulePackChoice: noComplaintRules('seed002 客户管理制度1（个人信息安全制度）', 'seed002 客户管理制度1 (a personal-information security rule)'),
  templates: ['privacy.personal-info-self-check'],
  ...none,
};

/** seed002 客户管理制度2: a customer-service department answering inquiries and complaints by phone (客服部). */
export const customerServiceCentreProfile: SiteProfileInput = {
  id: 'customer-service-centre',
  version: '1.0.0',
  name: label('客户服务中心（客服部）', 'Customer service centre (customer-service department)'),
  organisation: label('某公司客服部（众品网）', 'A company’s customer-service department (众品网)'),
  source: 'seed002 客户管理制度2',
  rulePack: GENERIC_PACK,
  rulePackChoice: noComplaintRules('seed002 客户管理制度2（人员、值班、交接班和换班制度）', 'seed002 客户管理制度2 (staff, duty, handover and shift-swap rules)'),
  templates: ['service.csr-onsite-check', 'service.handover-log', 'service.shift-swap-register'],
  ...none,
};

/** seed002 客户管理制度4: a bank's branch outlets (营业网点). */
export const bankOutletProfile: SiteProfileInput = {
  id: 'bank-outlet',
  version: '1.0.0',
  name: label('银行营业网点', 'Bank outlet'),
  organisation: label('某银行（各分行营业网点及XX直属支行）', 'Bank: branch outlets and the XX directly-affiliated sub-branch'),
  source: 'seed002 客户管理制度4',
  rulePack: 'bank-outlet',
  templates: [],
  choice: { zh: '该规范提到了登记簿（客户意见簿、意见登记簿：即本程序的“客户意见簿”），但没有检查表，所以该网点没有检查表模板。', en: 'The specification names registers (the customer opinion book, the opinion register: the app’s 客户意见簿) but no checklist, so the outlet has no checklist templates.' },
  ...none,
};

/** seed002 客户管理制度6: a testing / monitoring station (本站). */
export const testingStationProfile: SiteProfileInput = {
  id: 'testing-station',
  version: '1.0.0',
  name: label('监测站', 'Testing / monitoring station'),
  organisation: label('某监测站', 'Testing / monitoring station'),
  source: 'seed002 客户管理制度6',
  rulePack: 'seed002-doc6-testing-station',
  templates: [],
  ...none,
};

/** seed002 客户管理制度8 and 9: a property-management company's customer centre (客户中心). */
export const propertyServiceCentreProfile: SiteProfileInput = {
  id: 'property-service-centre',
  version: '1.0.0',
  name: label('物业服务中心', 'Property service centre'),
  organisation: label('xx物业管理服务有限公司', 'xx Property Management Services Co., Ltd.'),
  source: 'seed002 客户管理制度8、9',
  rulePack: 'seed002-doc8-property',
  templates: [],
  ...none,
};

/** seed002 客户管理制度11: a heat-supply company (供热单位, its stations and dispatch room). */
export const heatSupplyProfile: SiteProfileInput = {
  id: 'heat-supply',
  version: '1.0.0',
  name: label('供热站', 'Heating station'),
  organisation: label('某供热单位', 'Heat-supply company'),
  source: 'seed002 客户管理制度11',
  rulePack: 'seed002-doc11-heat-supply',
  templates: ['heat.room-temperature-record'],
  ...none,
};

/** seed002 客户管理制度12: a car dealership (new-car sales and repair). */
export const carDealershipProfile: SiteProfileInput = {
  id: 'car-dealership',
  version: '1.0.0',
  name: label('汽车经销商', 'Car dealership'),
  organisation: label('某汽车经销商（新车销售及维修）', 'Car dealership (new-car sales and repair)'),
  source: 'seed002 客户管理制度12',
  rulePack: 'seed002-doc12-car-dealer',
  templates: [],
  mediaContentCategories: [
    { code: 'product_quality', label: label('产品质量', 'Product quality'), source: 'seed002 客户管理制度12 第一条 1' },
    { code: 'sales_contract', label: label('新车销售购销合同', 'New-car sales contract'), source: 'seed002 客户管理制度12 第一条 2' },
    { code: 'repair_quality', label: label('维修质量', 'Repair quality'), source: 'seed002 客户管理制度12 第一条 3' },
    { code: 'service_quality', label: label('服务质量', 'Service quality'), source: 'seed002 客户管理制度12 第一条 4' },
    { code: 'suggestions', label: label('提案、建议、批评与意见', 'Proposals, suggestions, criticism'), source: 'seed002 客户管理制度12 第一条 5' },
  ],
  mediaChoice: OWN_COMPLAINT_CATEGORIES,
};

/** seed002 客户管理制度14: a franchise brand's sales centre, its integrated service department (综合服务部). */
export const franchiseSalesCentreProfile: SiteProfileInput = {
  id: 'franchise-sales-centre',
  version: '1.0.0',
  name: label('销售中心综合服务部', 'Sales centre: integrated service department'),
  organisation: label('某加盟品牌销售中心', 'Franchise brand sales centre'),
  source: 'seed002 客户管理制度14',
  rulePack: 'seed002-doc14-franchise-sales',
  templates: [],
  ...none,
};

/** seed002 客户管理制度15: a company's customer-service department doing revisits (客户服务专员, 客户服务主管). */
export const customerRevisitProfile: SiteProfileInput = {
  id: 'customer-revisit',
  version: '1.0.0',
  name: label('客户服务部（回访）', 'Customer-service department (revisits)'),
  organisation: label('某公司客户服务部', 'A company’s customer-service department'),
  source: 'seed002 客户管理制度15',
  rulePack: GENERIC_PACK,
  rulePackChoice: noComplaintRules('seed002 客户管理制度15（回访程序）', 'seed002 客户管理制度15 (a revisit procedure)'),
  templates: ['service.customer-revisit-record', 'service.customer-revisit-report'],
  ...none,
};

export const SEED002_PROFILES = [
  postalOutletProfile,
  customerServiceCentreProfile,
  bankOutletProfile,
  testingStationProfile,
  propertyServiceCentreProfile,
  heatSupplyProfile,
  carDealershipProfile,
  franchiseSalesCentreProfile,
  customerRevisitProfile,
];
