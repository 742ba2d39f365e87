import type { ChecklistTemplateInput } from '../template-schema';
import { column, date, signer, text, yesNo } from './template-helpers';

const S = 'seed000 第一篇 一'; // 学习法律法规，提高法律风险意识 (seed000-part1 §1.3)
const TRAINING = `${S}: 井站每月开展两次法律法规的培训`;
const SELF_STUDY = `${S}: 井站每月开展…两次法律风险防控知识的自学`;
const TEST = `${S}: 每次集中培训后进行培训效果测试，并将测试结果纳入业绩考核内进行绩效考核`;
const GOAL = `${S}: 逐渐让大家掌握了我站在生产运行、经营管理和安全环保等66项法律风险源，逐条掌握了对应的防控措施`;

const attendance = (source: string) => ({
  id: 'attendees',
  kind: 'table' as const,
  label: { zh: '参加人员', en: 'Attendees' },
  source,
  required: true,
  columns: [
    column('name', 'text', '姓名', 'Name', source, { required: true }),
    column('post', 'text', '岗位', 'Post', `${source} (seed000-part1 §4.1 TrainingSession)`),
    column('signature', 'signature', '签到', 'Signature', source, { required: true }),
  ],
});

/** 法律法规集中培训记录: twice a month, each followed by a test. */
export const legalTrainingRecord: ChecklistTemplateInput = {
  id: 'well.legal-training-record',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '法律法规培训记录', en: 'Laws and regulations training record' },
  source: `${S} (seed000-part1 §1.3, §4.4)`,
  schedule: { kind: 'timesPerMonth', times: 2, source: TRAINING },
  sections: [
    {
      id: 'session',
      title: { zh: '培训', en: 'Session' },
      source: TRAINING,
      items: [
        date('held-on', '培训日期', 'Held on', TRAINING),
        text('topic', '培训内容（法律法规、法律风险源）', 'Content (laws, legal-risk sources)', `${TRAINING}; ${GOAL}`, { required: true }),
        text('trainer', '授课人', 'Trainer', `${TRAINING} (seed000-part1 §4.1 TrainingSession)`, { required: true }),
        attendance(TRAINING),
        yesNo('test-held', '培训后已进行培训效果测试', 'Training-effect test held after the session', TEST, { failsOn: 'no', correctiveAction: true }),
      ],
    },
  ],
  signers: [signer('记录人', 'Recorded by'), signer('站长', 'Station head')],
};

/** 法律风险防控知识自学记录: twice a month. */
export const selfStudyRecord: ChecklistTemplateInput = {
  id: 'well.self-study-record',
  version: '1.0.0',
  kind: 'checklist',
  title: { zh: '法律风险防控知识自学记录', en: 'Legal-risk control self-study record' },
  source: `${S} (seed000-part1 §1.3)`,
  schedule: { kind: 'timesPerMonth', times: 2, source: SELF_STUDY },
  sections: [
    {
      id: 'study',
      title: { zh: '自学', en: 'Self-study' },
      source: SELF_STUDY,
      items: [
        date('studied-on', '自学日期', 'Studied on', SELF_STUDY),
        text('content', '自学内容', 'Content studied', `${SELF_STUDY}; ${GOAL}`, { required: true }),
        attendance(SELF_STUDY),
      ],
    },
  ],
  signers: [signer('记录人', 'Recorded by'), signer('站长', 'Station head')],
};

/**
 * 培训效果测试表: after each centralised training. The source gives neither
 * the questions nor a pass mark, so the sheet records each employee's score on
 * the station's own paper; the scores count in the performance assessment.
 */
export const trainingTestSheet: ChecklistTemplateInput = {
  id: 'well.training-test',
  version: '1.0.0',
  kind: 'register',
  title: { zh: '培训效果测试成绩表', en: 'Training-effect test results' },
  source: `${S} (seed000-part1 §1.3, §4.4)`,
  schedule: { kind: 'perEvent', source: TEST },
  sections: [
    {
      id: 'test',
      title: { zh: '测试', en: 'Test' },
      source: TEST,
      items: [
        date('training-on', '对应集中培训日期', 'Training session of', TEST),
        text('training-topic', '培训内容', 'Training content', TEST, { required: true }),
        date('tested-on', '测试日期', 'Tested on', TEST),
        {
          id: 'results',
          kind: 'table',
          label: { zh: '测试成绩', en: 'Results' },
          hint: { zh: '测试结果纳入业绩考核（班组法律风险防控考核，作业区考核中占5%）。', en: "Results count in the performance assessment (5% of the operation area's assessment)." },
          source: TEST,
          required: true,
          columns: [
            column('name', 'text', '姓名', 'Name', TEST, { required: true }),
            column('post', 'text', '岗位', 'Post', `${TEST} (seed000-part1 §4.1 TestResult)`),
            column('score', 'number', '成绩', 'Score', TEST, { required: true, unit: '分', min: 0 }),
            column('signature', 'signature', '本人签字', 'Signature', TEST, { required: true }),
          ],
        },
      ],
    },
  ],
  signers: [signer('阅卷人', 'Marked by'), signer('站长', 'Station head')],
};
