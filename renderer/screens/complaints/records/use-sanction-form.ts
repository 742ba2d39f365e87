import { sanctionArticle, type SanctionMeasure } from '../../../../shared/domain/sanction-articles';
import { useColleagues } from '../../../hooks/use-colleagues';
import { wholeOf, yuanOf } from './record-values';
import { useRecordForm, type RecordProblems } from './use-record-form';

export type SanctionValues = { personId: string; articleCode: string; measure: string; amount: string; points: string; deductionRole: string; note: string; chargeUnit: string };

function problems(v: SanctionValues): RecordProblems<SanctionValues> {
  const found: RecordProblems<SanctionValues> = {};
  if (!v.personId) found.personId = 'personRequired';
  const article = sanctionArticle(v.articleCode);
  if (!article) {
    found.articleCode = 'articleRequired';
    return found;
  }
  if (!v.measure) found.measure = 'measureRequired';
  if (v.measure === 'fine') {
    if (!v.amount.trim()) found.amount = 'amountRequired';
    else if (yuanOf(v.amount) === null) found.amount = 'amountInvalid';
  }
  if (v.measure === 'reward' && v.amount.trim() && yuanOf(v.amount) === null) found.amount = 'amountInvalid';
  if (v.measure === 'points') {
    if (article.deduction && v.deductionRole === '') found.deductionRole = 'deductionRoleRequired';
    if (!article.deduction && wholeOf(v.points, 1, 100) === null) found.points = 'pointsInvalid';
  }
  if (v.measure === 'internal' && !v.note.trim()) found.note = 'noteRequired';
  return found;
}

/** 登记奖惩's values, the chosen article (its range, the department offered), choosing one, and sending. */
export function useSanctionForm(complaintId: string, onDone: () => void) {
  const form = useRecordForm<SanctionValues>(complaintId, { personId: '', articleCode: '', measure: '', amount: '', points: '', deductionRole: '', note: '', chargeUnit: '' }, onDone);
  const { values, set } = form;
  const article = sanctionArticle(values.articleCode);
  // 篇6 第四十条: the person's department is fined too; offered only where the article says so.
  const personUnit = useColleagues().find((c) => c.id === values.personId)?.unit ?? null;
  const unitOffered = !!article?.unitToo && values.measure === 'fine' && personUnit !== null;
  const chooseArticle = (code: string) => {
    set('articleCode', code);
    const next = sanctionArticle(code);
    // An article with a single measure chooses it; otherwise the person chooses among the article's own.
    set('measure', next && next.measures.length === 1 ? next.measures[0]! : '');
    set('deductionRole', '');
    if (next?.fine && next.fine.min === next.fine.max) set('amount', String(next.fine.min));
  };
  const range = article?.fine ? (article.fine.min === article.fine.max ? `${article.fine.min} 元` : `${article.fine.min}–${article.fine.max} 元`) : null;

  const send = () =>
    void form.submit(problems(values), 'caseRecords.addSanction', () => ({
      complaintId,
      personId: values.personId,
      articleCode: values.articleCode,
      measure: values.measure as SanctionMeasure,
      ...((values.measure === 'fine' || values.measure === 'reward') && values.amount.trim() ? { amount: yuanOf(values.amount)! } : {}),
      ...(values.measure === 'points' && article?.deduction ? { deductionRole: Number(values.deductionRole) } : {}),
      ...(values.measure === 'points' && !article?.deduction ? { points: wholeOf(values.points, 1, 100)! } : {}),
      note: values.note.trim(),
      ...(unitOffered && values.chargeUnit === 'yes' ? { chargeUnit: personUnit } : {}),
    }));

  return { form, article, personUnit, unitOffered, chooseArticle, range, send };
}

export type SanctionFormState = ReturnType<typeof useSanctionForm>;
