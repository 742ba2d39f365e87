import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { siteDayOf, type OpinionEntryType } from '../../../shared/domain/opinion-book';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useTimeZone } from '../../hooks/use-time-zone';
import type { FieldErrors } from '../../lib/field-errors';
import { useOpinionBookStore } from '../../stores/opinion-book-store';

const FIELDS = ['entryDate', 'entryType', 'content', 'customerName', 'contact'] as const;
export type OpinionEntryField = (typeof FIELDS)[number];

/** One entry's fields (dated today at the site), the checks (date, type and content required) and recording; the form empties after. */
export function useOpinionEntryForm() {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const record = useOpinionBookStore((s) => s.record);
  const blank = () => ({ entryDate: siteDayOf(new Date(), timeZone), entryType: '' as OpinionEntryType | '', content: '', customerName: '', contact: '' });
  const [values, setValues] = useState(blank);
  const [saved, setSaved] = useState<number | null>(null);
  const { errors, other, busy, submit } = useFormSubmit(FIELDS);
  const set = (field: OpinionEntryField, value: string) => setValues((v) => ({ ...v, [field]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const local: FieldErrors<OpinionEntryField> = {};
    if (!values.entryDate) local.entryDate = t('opinionBook.enterDate');
    if (!values.entryType) local.entryType = t('opinionBook.chooseType');
    if (!values.content.trim()) local.content = t('opinionBook.enterContent');
    await submit(local, async () => {
      const entry = await record({ ...values, entryType: values.entryType as OpinionEntryType });
      setSaved(entry.entryNo);
      setValues(blank());
    });
  };

  return { values, set, saved, errors, other, busy, onSubmit };
}
