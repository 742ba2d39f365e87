import type { ChecklistTemplateInput } from '../template-schema';
import { date, dateTime, signature, signer, text, yesNo } from './template-helpers';

const S = 'seed000 第一篇 三、1'; // 巡管班: 日常巡护, 每次巡护的结果到中心站进行汇报 (seed000-part1 §1.7)
const REPORT = `${S}: 巡管工将每次巡护的结果到中心站进行汇报，让站上清楚管线的存在的静、动态隐患及隐患处置的具体情况`;
const IMPLIED = `${S} (seed000-part1 §1.7: patrol record fields implied)`;

/**
 * 管线巡护记录: one per patrol. The source names what the report carries
 * (static and dynamic hazards and how they were disposed of) and that every
 * patrol is reported to the central station; date, worker and section are
 * implied. The patrols are routine (日常巡护) with no stated frequency, so the
 * record is filled per patrol.
 */
export const pipelinePatrol: ChecklistTemplateInput = {
  id: 'well.pipeline-patrol',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '管线巡护记录', en: 'Pipeline patrol record' },
  source: `${S} (seed000-part1 §1.7)`,
  schedule: { kind: 'perEvent', source: `${S}: 对整个作业区近1000公里管线进行日常巡护…每次巡护的结果到中心站进行汇报` },
  sections: [
    {
      id: 'patrol',
      title: { zh: '巡护', en: 'Patrol' },
      source: IMPLIED,
      items: [
        date('patrol-date', '巡护日期', 'Patrol date', IMPLIED),
        text('patroller', '巡管工', 'Patrol worker', `${S}: 专职巡管工`, { required: true }),
        text('section', '巡护管段（线路）', 'Pipeline section (route)', IMPLIED, { required: true }),
      ],
    },
    {
      id: 'hazards',
      title: { zh: '隐患', en: 'Hazards' },
      source: REPORT,
      items: [
        yesNo('static-hazard', '发现静态隐患', 'Static hazard found', REPORT, { failsOn: 'yes', correctiveAction: true }),
        text('static-hazard-detail', '静态隐患情况', 'Static hazard', REPORT, { required: true, showIf: { itemId: 'static-hazard', equals: true } }),
        text('static-hazard-disposal', '静态隐患处置情况', 'Disposal of the static hazard', REPORT, { required: true, showIf: { itemId: 'static-hazard', equals: true } }),
        yesNo('dynamic-hazard', '发现动态隐患（如管线附近第三方施工）', 'Dynamic hazard found (e.g. third-party construction near the line)', `${REPORT}; 施工方在施工前，没有及时和当地政府、气矿及作业区进行良好的沟通`, {
          failsOn: 'yes',
          correctiveAction: true,
        }),
        text('dynamic-hazard-detail', '动态隐患情况', 'Dynamic hazard', REPORT, { required: true, showIf: { itemId: 'dynamic-hazard', equals: true } }),
        text('dynamic-hazard-disposal', '动态隐患处置情况', 'Disposal of the dynamic hazard', REPORT, { required: true, showIf: { itemId: 'dynamic-hazard', equals: true } }),
        yesNo('pipeline-law-publicity', '利用巡检对管线周边居民、工厂进行管道保护法宣传', 'Pipeline Protection Law explained to residents and factories along the line during the patrol', 'seed000 第一篇 三、2: 我们利用巡检的机会对管线周边居民、工厂等进行管道保护法的宣传', {
          required: false,
          // The source tells how the station uses patrols for outreach, not that every patrol must: a "no" is recorded, not a defect.
          failsOn: 'no',
          correctiveAction: false,
        }),
      ],
    },
    {
      id: 'report',
      title: { zh: '向中心站汇报', en: 'Report to the central station' },
      source: REPORT,
      items: [
        yesNo('reported', '巡护结果已向中心站汇报', 'Result reported to the central station', REPORT, { failsOn: 'no', correctiveAction: true }),
        dateTime('reported-at', '汇报时间', 'Reported at', REPORT, { showIf: { itemId: 'reported', equals: true } }),
        signature('patroller-signature', '巡管工签字', 'Patrol worker', REPORT),
      ],
    },
  ],
  signers: [signer('巡管工', 'Patrol worker'), signer('中心站接报人', 'Received at the central station by')],
};
