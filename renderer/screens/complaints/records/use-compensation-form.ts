import type { CaseRecords } from '../../../../shared/api/case-records';
import { COMPENSATION_TYPE_INFO, COMPENSATION_TYPES, HARM_LEVELS, type GiftRatio } from '../../../../shared/domain/case-records';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { instantOf, timeProblem, wholeOf, yuanOf } from './record-values';
import { useRecordForm, type RecordProblems } from './use-record-form';

export type CompensationValues = {
  type: string;
  harm: string;
  giftRatio: string;
  defectiveQty: string;
  amount: string;
  description: string;
  specialCaseNote: string;
  requestApproval: string;
  deliverBy: string;
};

export type Standard = CaseRecords['compensationStandard'];

/** The standard row that applies (篇1 9.2): by harm for class A, the only row otherwise. */
export function standardRowOf(standard: Standard, harm: string) {
  if (!standard) return undefined;
  const byHarm = standard.rows.some((r) => r.harm !== 'notStated');
  return byHarm ? standard.rows.find((r) => r.harm === harm) : standard.rows[0];
}

function problems(v: CompensationValues, standard: Standard, timeZone: string, now: Date): RecordProblems<CompensationValues> {
  const found: RecordProblems<CompensationValues> = {};
  if (!v.type) {
    found.type = 'typeRequired';
    return found;
  }
  const info = COMPENSATION_TYPE_INFO[v.type as keyof typeof COMPENSATION_TYPE_INFO];
  const byHarm = standard?.rows.some((r) => r.harm !== 'notStated');
  if (byHarm && !v.harm) found.harm = 'harmRequired';
  if (info.quantities) {
    if (wholeOf(v.defectiveQty, 1, 1_000_000) === null) found.defectiveQty = 'defectiveQtyInvalid';
    const standardRatio = standardRowOf(standard, v.harm)?.ratio ?? null;
    const ratio = v.giftRatio ? Number(v.giftRatio) : standardRatio;
    if (!ratio) found.giftRatio = 'ratioRequired';
    else if (standardRatio !== null && ratio !== standardRatio && !v.specialCaseNote.trim()) found.specialCaseNote = 'specialCaseRequired';
  }
  if (info.amount === 'required' && !v.amount.trim()) found.amount = 'amountRequired';
  else if (info.amount !== 'none' && v.amount.trim() && yuanOf(v.amount) === null) found.amount = 'amountInvalid';
  if (v.deliverBy) {
    const due = timeProblem(v.deliverBy, timeZone, 'any', now);
    if (due) found.deliverBy = due;
  }
  return found;
}

/** 登记补偿's values, what the standard gives (row, ratio, gift quantity) and sending it. */
export function useCompensationForm(complaintId: string, records: CaseRecords, onDone: () => void) {
  const timeZone = useTimeZone();
  const standard = records.compensationStandard;
  const form = useRecordForm<CompensationValues>(
    complaintId,
    { type: '', harm: '', giftRatio: '', defectiveQty: '', amount: '', description: '', specialCaseNote: '', requestApproval: '', deliverBy: '' },
    onDone,
  );
  const { values } = form;
  const info = values.type ? COMPENSATION_TYPE_INFO[values.type as keyof typeof COMPENSATION_TYPE_INFO] : null;
  const byHarm = !!standard?.rows.some((r) => r.harm !== 'notStated');
  const row = standardRowOf(standard, values.harm);
  const ratio = (values.giftRatio ? Number(values.giftRatio) : (row?.ratio ?? null)) as GiftRatio | null;
  const defective = wholeOf(values.defectiveQty, 1, 1_000_000);

  const send = () =>
    void form.submit(problems(values, standard, timeZone, new Date()), 'caseRecords.addCompensation', () => ({
      complaintId,
      type: values.type as (typeof COMPENSATION_TYPES)[number],
      ...(byHarm && values.harm ? { harm: values.harm as (typeof HARM_LEVELS)[number] } : {}),
      ...(info?.quantities ? { defectiveQty: defective!, ...(ratio ? { giftRatio: ratio } : {}) } : {}),
      ...(info && info.amount !== 'none' && values.amount.trim() ? { amount: yuanOf(values.amount)! } : {}),
      description: values.description.trim(),
      specialCaseNote: values.specialCaseNote.trim(),
      ...(row?.approvalRequired ? {} : { requestApproval: values.requestApproval === 'yes' }),
      ...(values.deliverBy ? { deliverBy: instantOf(values.deliverBy, timeZone) } : {}),
    }));

  return { form, standard, info, byHarm, row, ratio, defective, send };
}

export type CompensationFormState = ReturnType<typeof useCompensationForm>;
