import { templateSchema, type ChecklistTemplate, type ChecklistTemplateInput } from '../template-schema';
import { callCentrePostCheck, callCentreStaffQualityCheck } from './call-centre-checks';
import { contractClauseReview } from './contract-clause-review';
import { csrOnsiteCheck } from './csr-onsite-check';
import { handoverLog, shiftSwapRegister } from './csr-shift-registers';
import { customerRevisitRecord, customerRevisitReport, customerRevisitReportV100 } from './customer-revisit';
import { basicPrinciplesReview, handlingPrinciplesSelfCheck } from './handling-principles';
import { roomTemperatureRecord, roomTemperatureRecordV100 } from './heat-room-temperature';
import { legalRiskSourceRegister } from './legal-risk-sources';
import { personalInfoSecuritySelfCheckV100 } from './personal-info-security';
import { personalInfoSecuritySelfCheck } from './personal-info-security-evidence';
import { receptionTechniqueCheck } from './reception-technique';
import { areaCheck, areaCheckMonthlyAssessment, areaCheckWeeklyCircular } from './well-area-check';
import { desulfurizerDisposalRegister, desulfurizerReplacement, h2sMeasurement } from './well-desulfurization';
import { pipelinePatrol } from './well-pipeline-patrol';
import { sewageHaulageRegister } from './well-sewage-haulage';
import { legalTrainingRecord, selfStudyRecord, trainingTestSheet } from './well-training';
import { GRADING_TEMPLATES, RETIRED_GRADING_VERSIONS } from './grading-templates';
import { saltComplaintRecord } from './seed001-s17-complaint-record';
import { manufacturerHandlingSheet } from './seed004-e-handling-sheet';
import { eightDReport } from './seed004-j-8d-report';

/** The registers and checklists of the source documents, as written (before defaults). */
const CHECKLIST_TEMPLATES: readonly ChecklistTemplateInput[] = [
  // seed000 第一篇: the well station's legal-risk programme
  sewageHaulageRegister,
  desulfurizerDisposalRegister,
  desulfurizerReplacement,
  h2sMeasurement,
  pipelinePatrol,
  areaCheck,
  areaCheckWeeklyCircular,
  areaCheckMonthlyAssessment,
  legalTrainingRecord,
  selfStudyRecord,
  trainingTestSheet,
  legalRiskSourceRegister,
  // seed000 第四篇
  contractClauseReview,
  // seed003 篇1 8, 篇6 第二章 and 篇8
  handlingPrinciplesSelfCheck,
  basicPrinciplesReview,
  receptionTechniqueCheck,
  // seed002 客户管理制度1 and 2
  personalInfoSecuritySelfCheck,
  csrOnsiteCheck,
  handoverLog,
  shiftSwapRegister,
  // seed002 客户管理制度11 and 15
  roomTemperatureRecord,
  customerRevisitRecord,
  customerRevisitReport,
  // seed001 S17; seed004 §E, §J, §B and §Q
  saltComplaintRecord,
  manufacturerHandlingSheet,
  eightDReport,
  callCentrePostCheck,
  callCentreStaffQualityCheck,
];

/** Every shipped template, validated at load: a malformed one fails loudly at start and in tests. */
export const SHIPPED_TEMPLATES: readonly ChecklistTemplate[] = [
  ...CHECKLIST_TEMPLATES.map((template) => templateSchema.parse(template)),
  // The graded assessments (coal-mine self-assessment, waiter levels, accident grading), validated where they are defined.
  ...GRADING_TEMPLATES,
];

/**
 * Every shipped version, the retired ones too: what a record started on an
 * older shipped version is read with (the catalogue looks versions up here).
 */
export const SHIPPED_TEMPLATE_VERSIONS: readonly ChecklistTemplate[] = [
  ...SHIPPED_TEMPLATES,
  ...RETIRED_GRADING_VERSIONS,
  // 客户回访报告表 1.0.0: the day after the visit (客户管理制度15 五、1) not yet checked.
  // 用户室温测温记录 1.0.0: the period (客户管理制度11 七(一)) picked by the measurer.
  // 寄递用户信息安全自查表 1.0.0: every check a tick, no evidence from the store.
  ...[customerRevisitReportV100, roomTemperatureRecordV100, personalInfoSecuritySelfCheckV100].map((template) => templateSchema.parse(template)),
];

/** Semantic versions compared part by part ("1.10.0" after "1.9.0"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** A template by id: the given version, or without one the newest shipped version. */
export function findTemplate(id: string, version?: string): ChecklistTemplate | undefined {
  const matches = SHIPPED_TEMPLATE_VERSIONS.filter((template) => template.id === id);
  if (version !== undefined) return matches.find((template) => template.version === version);
  return [...matches].sort((a, b) => compareVersions(b.version, a.version))[0];
}
