import { RECORD_FIELDS } from '../fields';
import type { LedgerDefinitionInput } from '../ledger-schema';
import { checklistColumn as c, columnsOf, signer } from './columns';

/**
 * The well station's registers (seed000 第一篇, 阳42井). Their rows are the
 * rows and records of the station's checklist templates
 * (shared/checklists/templates/well-*.ts), so the headers are those
 * templates' column labels, which cite the same clauses.
 */
const S1 = 'seed000 第一篇 二、1 (seed000-part1 §1.5)';
const S1_IMPLIED = `${S1}: field implied by a per-truckload register, not named`;
const S2 = 'seed000 第一篇 二、2 (seed000-part1 §1.6)';
const S2_LEDGER = `${S2}: 台帐上明确了运输单位车辆号牌、转运时间、转运物品的数量、转运目的地及包装完整情况等`;
const S2_SIGN = `${S2}: 以上每项内容，运输司机和当班员工确认后在台帐上签字`;
const T = 'seed000 第一篇 一 (seed000-part1 §1.3)';
const TRAINING = `${T}: 井站每月开展两次法律法规的培训`;
const SELF_STUDY = `${T}: 井站每月开展…两次法律风险防控知识的自学`;
const TEST = `${T}: 每次集中培训后进行培训效果测试，并将测试结果纳入业绩考核内进行绩效考核`;
const TRAINING_IMPLIED = `${T} (seed000-part1 §4.1 TrainingSession: field implied)`;
const record = columnsOf(RECORD_FIELDS);

const ROWS_CHOICE = {
  zh: '登记表中每一行保存后即计入，记录尚未填完的行也计入（拉运一车，保存该行即算登记）；每行按本行的日期归入期间。',
  en: 'Every saved row of the register counts, also rows of a record still being filled (a truckload is registered when its row is saved); a row is placed in the period by its own date.',
};

/** 污水拉运登记台帐: every truckload, with the checks before loading and the waybill (the photos stay in the record). */
export const sewageHaulageLedger: LedgerDefinitionInput = {
  id: 'well.sewage-haulage',
  title: { zh: '污水拉运登记台帐', en: 'Sewage haulage register' },
  group: 'seed000',
  source: `${S1}: 每一车水拉运的离站时间、到达回注站的时间和以及井站气田水运输签运单都进行了相应的登记`,
  data: { kind: 'checklistRows', templateId: 'well.sewage-haulage-register', tableItemId: 'truckloads', dateFrom: { row: 'date' } },
  columns: [
    c('date', '日期', 'Date', 'implied', S1_IMPLIED, 20, { row: 'date' }, 'date'),
    c('transport-unit', '转运单位', 'Transport unit', 'named', `${S1}: 指定有资质的污水转运单位`, 24, { row: 'transport-unit' }),
    c('plate', '车牌号', 'Vehicle plate', 'implied', S1_IMPLIED, 20, { row: 'plate' }),
    c('driver', '司机', 'Driver', 'implied', S1_IMPLIED, 16, { row: 'driver' }),
    c('vehicle-qualified', '车辆资质已核对', 'Vehicle qualification checked', 'named', `${S1}: 在进站前核对转运车辆和人员的资质`, 15, { row: 'vehicle-qualified' }, 'yesNo'),
    c('personnel-qualified', '人员资质已核对', 'Personnel qualification checked', 'named', `${S1}: 在进站前核对转运车辆和人员的资质`, 15, { row: 'personnel-qualified' }, 'yesNo'),
    c('volume', '罐装水方数', 'Volume loaded', 'named', `${S1}: 装水前核对罐装水的方数`, 14, { row: 'volume' }, 'number', { unit: 'm³' }),
    c('pipe-intact', '连接管道完好', 'Connecting pipe intact', 'named', `${S1}: 检查确认连接管道完好情况`, 15, { row: 'pipe-intact' }, 'yesNo'),
    c('departed-at', '离站时间', 'Left the station', 'named', `${S1}: 离站时间`, 20, { row: 'departed-at' }, 'instant'),
    c('arrived-at', '到达回注站时间', 'Arrived at the reinjection station', 'named', `${S1}: 到达回注站的时间`, 20, { row: 'arrived-at' }, 'instant'),
    c('reinjection-station', '回注站', 'Reinjection station', 'named', `${S1}: 拉运至指定站进行回注`, 22, { row: 'reinjection-station' }, 'text', { grow: true }),
    c('waybill', '气田水运输签运单号', 'Gas-field water waybill no.', 'named', `${S1}: 井站气田水运输签运单`, 24, { row: 'waybill' }),
    c('recorded-by', '当班员工', 'Employee on duty', 'implied', S1_IMPLIED, 18, { row: 'recorded-by' }, 'text', { signature: true }),
  ],
  signers: [signer('填表人', 'Filled in by'), signer('站长', 'Station head'), signer('审核人', 'Reviewed by')],
  choice: {
    zh: `${ROWS_CHOICE.zh}车辆照片（对车身正面和侧面进行拍照留档）随记录保存，不打印在台账上。`,
    en: `${ROWS_CHOICE.en} The vehicle photos (对车身正面和侧面进行拍照留档) are kept with the record, not printed in the ledger.`,
  },
  permission: 'checklist.read',
};

/** 《干法脱硫富剂处理台帐》: the source's five fields and both signatures, one line per transfer. */
export const desulfurizerLedger: LedgerDefinitionInput = {
  id: 'well.desulfurizer-disposal',
  title: { zh: '干法脱硫富剂处理台帐', en: 'Spent dry-desulfurizer disposal register' },
  group: 'seed000',
  source: `${S2}: 对废弃脱硫剂的运输和处置，站上建立了《干法脱硫富剂处理台帐》`,
  data: { kind: 'checklistRows', templateId: 'well.desulfurizer-disposal-register', tableItemId: 'transfers', dateFrom: { row: 'transferred-at' } },
  columns: [
    c('plate', '运输单位车辆号牌', 'Transport unit vehicle plate', 'named', S2_LEDGER, 30, { row: 'plate' }),
    c('transferred-at', '转运时间', 'Transfer time', 'named', S2_LEDGER, 22, { row: 'transferred-at' }, 'instant'),
    c('quantity', '转运物品的数量', 'Quantity transferred', 'named', S2_LEDGER, 26, { row: 'quantity' }),
    c('destination', '转运目的地', 'Destination', 'named', S2_LEDGER, 40, { row: 'destination' }, 'text', { grow: true }),
    c('packaging-intact', '包装完整情况（完整）', 'Packaging intact', 'named', S2_LEDGER, 22, { row: 'packaging-intact' }, 'yesNo'),
    c('driver-signature', '运输司机签字', 'Transport driver', 'named', S2_SIGN, 26, { row: 'driver-signature' }, 'text', { signature: true }),
    c('duty-signature', '当班员工签字', 'Employee on duty', 'named', S2_SIGN, 26, { row: 'duty-signature' }, 'text', { signature: true }),
  ],
  signers: [signer('填表人', 'Filled in by'), signer('站长', 'Station head')],
  choice: ROWS_CHOICE,
  permission: 'checklist.read',
};

const RECORDS_CHOICE = { zh: '每份填写完成的记录一行，按记录日期归入期间；尚未填完的记录不打印。', en: 'One line per completed record, placed in the period by its date; a record still being filled is not printed.' };

/** 法律法规培训记录: twice a month; one line per session. */
export const legalTrainingLedger: LedgerDefinitionInput = {
  id: 'well.legal-training',
  title: { zh: '法律法规培训记录', en: 'Laws and regulations training record' },
  group: 'seed000',
  source: TRAINING,
  data: { kind: 'checklistRecords', templateId: 'well.legal-training-record', dateFrom: { item: 'held-on' } },
  columns: [
    c('held-on', '培训日期', 'Held on', 'implied', TRAINING, 22, { item: 'held-on' }, 'date'),
    c('topic', '培训内容（法律法规、法律风险源）', 'Content (laws, legal-risk sources)', 'implied', TRAINING, 80, { item: 'topic' }, 'text', { grow: true }),
    c('trainer', '授课人', 'Trainer', 'implied', TRAINING_IMPLIED, 22, { item: 'trainer' }),
    c('attendees', '参加人数', 'Attendees', 'implied', TRAINING, 18, { rowCount: 'attendees' }, 'number'),
    c('test-held', '培训后已进行培训效果测试', 'Training-effect test held', 'named', TEST, 30, { item: 'test-held' }, 'yesNo'),
    record.implied('recorded-by', '记录人', 'Recorded by', TRAINING_IMPLIED, 22, 'completedByName'),
  ],
  signers: [signer('站长', 'Station head')],
  choice: RECORDS_CHOICE,
  permission: 'checklist.read',
};

/** 法律风险防控知识自学记录: twice a month; one line per self-study. */
export const selfStudyLedger: LedgerDefinitionInput = {
  id: 'well.self-study',
  title: { zh: '法律风险防控知识自学记录', en: 'Legal-risk control self-study record' },
  group: 'seed000',
  source: SELF_STUDY,
  data: { kind: 'checklistRecords', templateId: 'well.self-study-record', dateFrom: { item: 'studied-on' } },
  columns: [
    c('studied-on', '自学日期', 'Studied on', 'implied', SELF_STUDY, 22, { item: 'studied-on' }, 'date'),
    c('content', '自学内容', 'Content studied', 'implied', SELF_STUDY, 100, { item: 'content' }, 'text', { grow: true }),
    c('attendees', '参加人数', 'Participants', 'implied', SELF_STUDY, 18, { rowCount: 'attendees' }, 'number'),
    record.implied('recorded-by', '记录人', 'Recorded by', TRAINING_IMPLIED, 22, 'completedByName'),
  ],
  signers: [signer('站长', 'Station head')],
  choice: RECORDS_CHOICE,
  permission: 'checklist.read',
};

/** 培训效果测试成绩表: one line per person tested, across the tests of the period. */
export const trainingTestLedger: LedgerDefinitionInput = {
  id: 'well.training-test',
  title: { zh: '培训效果测试成绩表', en: 'Training-effect test results' },
  group: 'seed000',
  source: TEST,
  data: { kind: 'checklistRows', templateId: 'well.training-test', tableItemId: 'results', dateFrom: { item: 'tested-on' } },
  columns: [
    c('tested-on', '测试日期', 'Tested on', 'implied', TEST, 22, { item: 'tested-on' }, 'date'),
    c('training-on', '对应集中培训日期', 'Training session of', 'implied', TEST, 24, { item: 'training-on' }, 'date'),
    c('training-topic', '培训内容', 'Training content', 'implied', TEST, 50, { item: 'training-topic' }, 'text', { grow: true }),
    c('name', '姓名', 'Name', 'implied', TEST, 22, { row: 'name' }),
    c('post', '岗位', 'Post', 'implied', `${TEST} (seed000-part1 §4.1 TestResult)`, 22, { row: 'post' }),
    c('score', '成绩', 'Score', 'named', TEST, 16, { row: 'score' }, 'number', { unit: '分' }),
    c('signature', '本人签字', 'Signature', 'implied', TEST, 24, { row: 'signature' }, 'text', { signature: true }),
  ],
  signers: [signer('阅卷人', 'Marked by'), signer('站长', 'Station head')],
  choice: ROWS_CHOICE,
  permission: 'checklist.read',
};

export const SEED000_LEDGERS: readonly LedgerDefinitionInput[] = [sewageHaulageLedger, desulfurizerLedger, legalTrainingLedger, selfStudyLedger, trainingTestLedger];
