import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { recordFieldsAt } from '../../../shared/rules/record-field-value';
import { useDraft } from '../../hooks/use-draft';
import { useTimeZone } from '../../hooks/use-time-zone';
import { fromDateTimeLocal } from '../../lib/zoned-time';
import { useComplaintsStore } from '../../stores/complaints-store';
import { emptyComplaintForm, fromDraft, toPreviewInput, usualChannel, type ComplaintFieldErrors, type ComplaintFormValues } from './complaint-form-model';
import { useGradePreview } from './grading/use-grade-preview';
import { useSitePack } from './grading/use-site-pack';
import { useRecordFieldErrors } from './record-fields/use-record-field-errors';
import { useSaveComplaint } from './use-save-complaint';
import { lookupOf, useSimilarComplaints } from './use-similar-complaints';

export type SetComplaintField = <K extends keyof ComplaintFormValues>(key: K, value: ComplaintFormValues[K]) => void;

/** Bumped by every refused save: the first field marked wrong then takes the focus, in view. */
function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>) {
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals === 0) return;
    const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
    first?.scrollIntoView?.({ block: 'center' }); // absent where there is no layout (component tests)
  }, [refusals, form]);
  return () => setRefusals((n) => n + 1);
}

/**
 * Enter in a one-line field saves, as in any form (issue 20 item 6): what is missing is then marked and the first
 * such field focused. Not the Enter that ends an input-method composition (拼音 → 汉字), nor one a field used itself
 * (a customer picked from the list); in the content box Enter is a new line and Ctrl+Enter (⌘+Enter) saves.
 */
function submitHandlers(save: () => Promise<void>) {
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.defaultPrevented || event.nativeEvent.isComposing) return;
    if (event.ctrlKey || event.metaKey || event.target instanceof HTMLInputElement) {
      event.preventDefault();
      void save();
    }
  };
  return { onSubmit, onKeyDown };
}

/** The intake form's state: its values and errors, the draft kept of them, the grade preview, the similar complaints and saving. */
export function useComplaintForm() {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const channel = usualChannel(useComplaintsStore.getState().items);
  const blankForm = () => emptyComplaintForm(new Date(), timeZone, channel);
  const [values, setValues] = useState<ComplaintFormValues>(blankForm);
  const form = useRef<HTMLFormElement>(null);
  const refuse = useFocusFirstInvalid(form);
  const [errors, setErrors] = useState<ComplaintFieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const pack = useSitePack();
  // The fields the organisation's register asks at intake (the car dealer's plate …), from the site's pack.
  const intakeFields = recordFieldsAt(pack?.recordFields, 'intake');
  const recordErrors = useRecordFieldErrors(intakeFields, timeZone);
  const setRecordField = (id: string, value: string) => {
    setValues((v) => ({ ...v, recordFields: { ...v.recordFields, [id]: value } }));
    recordErrors.clear(id);
  };
  const preview = useGradePreview(toPreviewInput(values, timeZone));
  const draft = useDraft({ form: 'complaint-new' }, values, (data) => {
    const restored = fromDraft(data, blankForm());
    setValues(restored);
    return restored;
  });
  const similar = useSimilarComplaints(lookupOf({ ...values, receivedAt: fromDateTimeLocal(values.receivedAt, timeZone) }));

  // A link the match no longer offers (the phone or the category was corrected) is dropped.
  const linkGone = values.repeatOfId !== '' && similar.settled && !similar.items.some((c) => c.id === values.repeatOfId && c.kinds.length > 0);
  useEffect(() => {
    if (linkGone) setValues((v) => ({ ...v, repeatOfId: '' }));
  }, [linkGone]);

  const set: SetComplaintField = (key, value) => {
    setValues((v) => ({ ...v, [key]: value }));
    // The message goes once the field is touched again; it comes back on the next save if still wrong.
    setErrors((e) => ((e as Record<string, string | undefined>)[key] ? { ...e, [key]: undefined } : e));
  };
  const { save, busy } = useSaveComplaint({ values, timeZone, intakeFields, recordErrors, draft, setErrors, setOther, refuse, t });
  const discardDraft = () => {
    const blank = blankForm();
    void draft.discard(blank);
    setValues(blank);
    setErrors({});
    setOther([]);
  };
  return { values, errors, other, busy, form, pack, intakeFields, recordErrors, setRecordField, preview, draft, similar, set, discardDraft, ...submitHandlers(save) };
}
