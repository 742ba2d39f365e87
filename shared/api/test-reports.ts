import { z } from 'zod';
import { id, optionalText, pastInstant, text } from './common';
import { method } from './define';

/**
 * The testing station's re-test and report withdrawal on a data appeal (seed002 客户管理制度6 2.2.2–2.2.5;
 * paths.reportRetest): the re-test on the coded sample by two different testers, and — only where it proved
 * the original result wrong — the original report withdrawn and voided, approved by the authorised signatory.
 * Who may, the two testers, the sample's code and the order are checked in the core, so refusals say why.
 */

export const SAMPLE_BASES = ['original', 'resampled'] as const;

export const recordRetestSchema = z
  .object({
    complaintId: id,
    /** 密码编号 (2.2.2): the code of the sample re-tested. */
    sampleCode: text(200),
    /** 以原样为准 (2.2.3); a new sample only where sampling or transport was wrong, with the reason. */
    sampleBasis: z.enum(SAMPLE_BASES),
    resampleReason: optionalText(2000),
    /** 两人同时测试 (2.2.4). */
    testerIds: z.array(id).length(2),
    testedAt: pastInstant,
    result: text(2000),
    /** 证实原检验结果正确无误 → 维持原报告 (2.2.5). */
    originalCorrect: z.boolean(),
  })
  .strict();

export const withdrawReportSchema = z
  .object({
    retestId: id,
    reason: text(2000),
    /** 报授权签字人批准 (2.2.5). */
    approvedById: id,
    withdrawnAt: pastInstant,
    /** 出具正确的检验报告并加盖更改标识: the corrected report's number. */
    correctedReportNumber: text(200),
  })
  .strict();

export const withdrawalSchema = z.object({
  reason: z.string(),
  approvedByName: z.string(),
  withdrawnAt: z.string(),
  correctedReportNumber: z.string(),
  recordedByName: z.string(),
  source: z.string(),
});

export const retestSchema = z.object({
  id: z.string(),
  reportNumber: z.string(),
  sampleCode: z.string(),
  sampleBasis: z.enum(SAMPLE_BASES),
  resampleReason: z.string().nullable(),
  testerNames: z.array(z.string()),
  testedAt: z.string(),
  result: z.string(),
  originalCorrect: z.boolean(),
  recordedByName: z.string(),
  withdrawal: withdrawalSchema.nullable(),
  source: z.string(),
});
export type Retest = z.infer<typeof retestSchema>;

export const testReportRecordsSchema = z.object({
  /** Whether the pack the complaint is graded by offers the path for its class. */
  offered: z.boolean(),
  retests: z.array(retestSchema),
});
export type TestReportRecords = z.infer<typeof testReportRecordsSchema>;

export const testReportsApi = {
  'testReports.get': method({ input: z.object({ complaintId: id }).strict(), output: testReportRecordsSchema, access: 'complaint.read', writes: false }),
  'testReports.recordRetest': method({ input: recordRetestSchema, output: testReportRecordsSchema, access: 'complaint.read', writes: true }),
  'testReports.withdraw': method({ input: withdrawReportSchema, output: testReportRecordsSchema, access: 'complaint.read', writes: true }),
};
