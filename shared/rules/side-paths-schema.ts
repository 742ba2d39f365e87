import { z } from 'zod';
import { COMPLAINT_KINDS } from '../domain/complaint-vocabulary';
import { choiceNoteSchema } from '../sources/choice-note';

const source = z.string().min(3);

/**
 * 当场答复: the source lets the person who receives a complaint answer it
 * there and then (e.g. the bank outlet's 第七条(二)、第八条、第十一条(一)), and
 * then no reply clock runs for it. The record of what was explained, by whom
 * and when is the case's reply, and the case closes at once.
 */
export const onTheSpotSchema = z
  .object({
    /**
     * Deadline steps the on-the-spot answer meets (the bank's 3-day reply, seed004 §D's 24-hour enquiry reply):
     * done at the answer, never overdue. Empty where the pack sets no deadline (seed001 S4).
     */
    meets: z.array(z.string()),
    /** Classes it is open to; absent = every class (seed001 S4 6.2.2 a): only 轻微投诉 is resolved on the spot). */
    classes: z.array(z.string()).min(1).optional(),
    /** Kinds of record it is open to; absent = complaints only (seed004 §D 第五条 三: an enquiry 当即解答). */
    kinds: z.array(z.enum(COMPLAINT_KINDS)).min(1).optional(),
    /**
     * A case involving compensation may not take it (seed001 S4 6.2.2 a): 轻微 is 当场可以解决、不涉及赔偿): the remedy
     * asked is 赔偿, a compensation record is on file, or one of `criteria` (the pack's own 涉及赔偿 tick) is ticked.
     */
    noCompensation: z.object({ criteria: z.array(z.string()).min(1).optional(), source, choice: choiceNoteSchema.optional() }).strict().optional(),
    source,
    choice: choiceNoteSchema.optional(),
  })
  .strict();

/**
 * 约定回复时限: a case not answered on the spot gets a reply deadline agreed
 * with the customer (bank 第八条(三)、第十一条(一)3); it replaces the pack's
 * own due time of `step`.
 */
export const agreedReplySchema = z
  .object({
    step: z.string(),
    /** Source roles that agree it, where the site runs the organisation's route (the bank's 投诉管理人). */
    roles: z.array(z.string()).min(1).optional(),
    /** True: the agreed time may not lie beyond the pack's own limit for the step. */
    withinLimit: z.boolean(),
    source,
    choice: choiceNoteSchema.optional(),
  })
  .strict();

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const celsius = z.number().min(-50).max(60);

/**
 * 停热通知 (seed002 客户管理制度11 九(三)): a stoppage of `atLeastHours` or more (本数 included), or a fault
 * the station judges to stop normal supply, is announced to the users in one of the source's `ways`. The app
 * computes the length from the stoppage's start and end; the fault is the station's own judgement.
 */
export const stoppageNoticeSchema = z
  .object({
    atLeastHours: z.number().positive(),
    ways: z.array(z.enum(['notifyUsers', 'announcement'])).min(1),
    /** Source roles that give the notice, where the site runs the organisation's route (the heating station). */
    roles: z.array(z.string()).min(1).optional(),
    source,
    choice: choiceNoteSchema.optional(),
  })
  .strict();

/**
 * 室温标准 (客户管理制度11 七(一)): an apartment building's minimum is chosen from the measuring time —
 * `minWithin` from `from` to `to` (both ends included), `minOutside` at other times, read at `utcOffsetMinutes`;
 * other kinds of user are held to the temperature their contract names.
 */
export const roomTemperatureSchema = z
  .object({
    from: hhmm,
    to: hhmm,
    minWithin: celsius,
    minOutside: celsius,
    utcOffsetMinutes: z.number().int().min(-720).max(840),
    source,
    choice: choiceNoteSchema.optional(),
  })
  .strict();

/**
 * 复检与报告作废 (seed002 客户管理制度6 2.2.2–2.2.5): a re-test on the coded original sample (or a new sample
 * where sampling or transport was wrong) by `testers` persons at once; where it proves the original result
 * wrong, the report is withdrawn and voided with the approval of the `approverRoles`.
 */
export const reportRetestSchema = z
  .object({
    testers: z.number().int().min(2),
    /** The record field holding the appealed report's number (the re-test is of that report). */
    reportField: z.string().min(1),
    /** Source roles that record a re-test and a withdrawal, test, and approve a withdrawal, where the site runs the route. */
    roles: z.array(z.string()).min(1).optional(),
    testerRoles: z.array(z.string()).min(1).optional(),
    approverRoles: z.array(z.string()).min(1).optional(),
    classes: z.array(z.string()).min(1).optional(),
    source,
    withdrawalSource: source,
    choice: choiceNoteSchema.optional(),
  })
  .strict();

export const sidePathsSchema = z
  .object({
    onTheSpot: onTheSpotSchema.optional(),
    agreedReply: agreedReplySchema.optional(),
    stoppageNotice: stoppageNoticeSchema.optional(),
    roomTemperature: roomTemperatureSchema.optional(),
    reportRetest: reportRetestSchema.optional(),
  })
  .strict();
export type SidePaths = z.infer<typeof sidePathsSchema>;

/** Steps, classes and roles the paths name that the pack does not have. */
export function sidePathIssues(
  paths: SidePaths,
  known: { steps: ReadonlySet<string>; classes: ReadonlySet<string>; roles: readonly string[] | undefined; fields?: readonly string[]; criteria?: readonly string[] },
) {
  const issues: { path: (string | number)[]; message: string }[] = [];
  paths.onTheSpot?.meets.forEach((step, i) => known.steps.has(step) || issues.push({ path: ['paths', 'onTheSpot', 'meets', i], message: `unknown step ${step}` }));
  paths.onTheSpot?.classes?.forEach((code, i) => known.classes.has(code) || issues.push({ path: ['paths', 'onTheSpot', 'classes', i], message: `unknown class ${code}` }));
  paths.onTheSpot?.noCompensation?.criteria?.forEach(
    (id, i) => known.criteria?.includes(id) || issues.push({ path: ['paths', 'onTheSpot', 'noCompensation', 'criteria', i], message: `unknown criterion ${id}` }),
  );
  const agreed = paths.agreedReply;
  if (agreed && !known.steps.has(agreed.step)) issues.push({ path: ['paths', 'agreedReply', 'step'], message: `unknown step ${agreed.step}` });
  agreed?.roles?.forEach((role, i) => known.roles?.includes(role) || issues.push({ path: ['paths', 'agreedReply', 'roles', i], message: `unknown role ${role}` }));
  const retest = paths.reportRetest;
  const named: [string[], string[] | undefined][] = [
    [['paths', 'stoppageNotice', 'roles'], paths.stoppageNotice?.roles],
    [['paths', 'reportRetest', 'roles'], retest?.roles],
    [['paths', 'reportRetest', 'testerRoles'], retest?.testerRoles],
    [['paths', 'reportRetest', 'approverRoles'], retest?.approverRoles],
  ];
  for (const [at, roles] of named) roles?.forEach((role, i) => known.roles?.includes(role) || issues.push({ path: [...at, i], message: `unknown role ${role}` }));
  if (retest && !known.fields?.includes(retest.reportField)) issues.push({ path: ['paths', 'reportRetest', 'reportField'], message: `unknown record field ${retest.reportField}` });
  paths.reportRetest?.classes?.forEach((code, i) => known.classes.has(code) || issues.push({ path: ['paths', 'reportRetest', 'classes', i], message: `unknown class ${code}` }));
  return issues;
}
