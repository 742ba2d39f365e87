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
  rulePackChoice:
    "seed000 gives the station no complaint procedure (it is a legal-risk programme). The station's customers are the gas companies, factories and villagers it supplies and borders (§1.1, §1.8); the demo has graded their complaints by the Sichuan group's rules (seed003 篇6) since the first release, and the profile keeps that pack so the demo and existing stations grade as before.",
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
  choice:
    "The contract-clause review (seed000 第四篇) follows the petroleum system's position-based legal-risk report in the same compilation (seed000-part1 §3: the legal department and business departments review contracts), so it is kept with the station's forms. The basic-principles review (seed003 篇6 第二章) belongs to the complaint rules the station runs.",
  mediaContentCategories: [],
  mediaChoice: NO_MEDIA_CATEGORIES,
};
