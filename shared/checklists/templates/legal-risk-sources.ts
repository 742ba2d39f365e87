import type { ChecklistTemplateInput } from '../template-schema';
import { column, option, signer } from './template-helpers';

const S = 'seed000 第一篇 一'; // 阳42井 (seed000-part1 §1.2)
const COUNTS = `${S}: 其中目视化管理的内容25项，生产现场操作和管理的41项`;
const SOURCES = `${S}: 我站在生产运行、经营管理和安全环保等66项法律风险源，逐条掌握了对应的防控措施`;
const IDENTIFY = `${S}: 对我们管道、井口、日常的设备维护保养以及用户的供气、计量等多方面工作进行了法律风险辨识…进一步细化应对措施`;
const MODEL = `${S} (seed000-part1 §4.1 LegalRiskSource)`;

/**
 * 法律风险源清单: the station's own list of legal-risk sources, each with its
 * control measures. The source gives only the counts (25 目视化管理 + 41
 * 生产现场操作和管理 = 66), never the items, so the register ships empty and
 * carries the counts as expected rows: the app shows what the station has
 * entered against 25 and 41.
 */
export const legalRiskSourceRegister: ChecklistTemplateInput = {
  id: 'well.legal-risk-sources',
  version: '1.0.0',
  kind: 'register',
  title: { zh: '井站法律风险源清单', en: 'Well-station legal-risk source register' },
  source: `${S} (seed000-part1 §1.2, §4.1, §4.4)`,
  orientation: 'landscape',
  sections: [
    {
      id: 'sources',
      title: { zh: '法律风险源及防控措施', en: 'Legal-risk sources and control measures' },
      source: SOURCES,
      items: [
        {
          id: 'sources',
          kind: 'table',
          label: { zh: '法律风险源', en: 'Legal-risk sources' },
          hint: {
            zh: '由本站辨识后逐条录入；原文只给出数量（目视化管理25项、生产现场操作和管理41项，共66项），未给出条目内容。',
            en: 'Entered by the station from its own identification; the source gives only the counts (25 visual-management, 41 on-site, 66 in all), not the items.',
          },
          source: SOURCES,
          required: true,
          expectedRows: {
            columnId: 'category',
            counts: [
              { value: 'visual', count: 25, source: COUNTS },
              { value: 'on-site', count: 41, source: COUNTS },
            ],
          },
          columns: [
            column('code', 'text', '编号', 'No.', MODEL, { required: true }),
            column('category', 'choice', '类别', 'Category', COUNTS, {
              required: true,
              options: [option('visual', '目视化管理', 'Visual management'), option('on-site', '生产现场操作和管理', 'On-site operation and management')],
            }),
            column('domain', 'choice', '方面', 'Domain', SOURCES, {
              options: [option('production', '生产运行', 'Production operation'), option('business', '经营管理', 'Business management'), option('hse', '安全环保', 'Safety and environment')],
            }),
            column('object', 'text', '涉及工作（管道、井口、设备维护保养、供气、计量等）', 'Work concerned (pipelines, wellheads, maintenance, gas supply, metering …)', IDENTIFY),
            column('risk', 'text', '法律风险源', 'Legal-risk source', SOURCES, { required: true }),
            column('law', 'text', '涉及法律法规', 'Law concerned', `${MODEL}; ${S}: 《安全法》和《环保法》`),
            column('measures', 'text', '防控措施', 'Control measures', SOURCES, { required: true }),
            column('post', 'text', '责任岗位', 'Responsible post', `${MODEL}; seed000 第一篇 五: 划分了责任区域并落实到人头`),
          ],
        },
      ],
    },
  ],
  signers: [signer('填表人', 'Filled in by'), signer('站长', 'Station head'), signer('审核人', 'Reviewed by')],
};
