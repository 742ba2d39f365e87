import type { SiteProfileInput } from '../profile-schema';
import { NO_MEDIA_CATEGORIES } from './common';

/** seed000 第一篇: 阳42井站 of 蜀南气矿 泸州采气作业区 (seed000-part1 §1.1), the demo station. */
export const wellStationProfile: SiteProfileInput = {
  id: 'well-station',
  version: '1.0.0',
  name: { zh: '天然气井站', en: 'Natural-gas well station' },
  organisation: { zh: '蜀南气矿泸州采气作业区（阳42井站）', en: 'Shunan gas mine, Luzhou gas production area (Yang-42 well station)' },
  source: 'seed000 第一篇 (seed000-part1 §1)',
  rulePack: 'sichuan-group-p6',
  rulePackChoice: {
    zh: 'seed000 没有给本站规定投诉处理程序（它是一套法律风险防控材料）。本站的客户是它供气的燃气公司、工厂和周边村民（§1.1、§1.8）；演示版从第一版起就按四川集团的规定（seed003 篇6）给他们的投诉分级，本配置保留这个规则包，演示和已有的站点分级结果不变。',
    en: "seed000 gives the station no complaint procedure (it is a legal-risk programme). The station's customers are the gas companies, factories and villagers it supplies and borders (§1.1, §1.8); the demo has graded their complaints by the Sichuan group's rules (seed003 篇6) since the first release, and the profile keeps that pack so the demo and existing stations grade as before.",
  },
  templates: [
    'well.sewage-haulage-register',
    'well.desulfurizer-disposal-register',
    'well.desulfurizer-replacement',
    'well.h2s-measurement',
    'well.pipeline-patrol',
    'well.area-check',
    'well.area-check-weekly-circular',
    'well.area-check-monthly-assessment',
    'well.legal-training-record',
    'well.self-study-record',
    'well.training-test',
    'well.legal-risk-sources',
    'legal.contract-clause-review',
    'service.basic-principles-review',
  ],
  choice: {
    zh: '合同条款审查（seed000 第四篇）与同一汇编中石油系统按岗位编写的法律风险报告一脉相承 (seed000-part1 §3: 法律部门和业务部门审查合同)，所以归入本站的表单。基本原则审查（seed003 篇6 第二章）属于本站执行的投诉规定。',
    en: "The contract-clause review (seed000 第四篇) follows the petroleum system's position-based legal-risk report in the same compilation (seed000-part1 §3: the legal department and business departments review contracts), so it is kept with the station's forms. The basic-principles review (seed003 篇6 第二章) belongs to the complaint rules the station runs.",
  },
  mediaContentCategories: [],
  mediaChoice: NO_MEDIA_CATEGORIES,
};
