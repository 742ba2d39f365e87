import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationItem } from '../../../shared/api/notifications';
import { FormField } from '../../components/FormField';
import { InlineForm } from '../../components/InlineForm';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useTimeZone } from '../../hooks/use-time-zone';
import type { FieldErrors } from '../../lib/field-errors';
import { fromDateTimeLocal, toDateTimeLocal } from '../../lib/zoned-time';
import { useNotificationsStore } from '../../stores/notifications-store';
import { DateField } from '../../components/DateField';

const PHONE_FIELDS = ['calledAt', 'reached', 'note'] as const;
type PhoneField = (typeof PHONE_FIELDS)[number];

/** 电话核实收到情况: when the call was made and whom it reached (篇5 5.1). */
export function PhoneConfirmForm({ item, onDone }: { item: NotificationItem; onDone: () => void }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const confirmPhone = useNotificationsStore((s) => s.confirmPhone);
  const [calledAt, setCalledAt] = useState(() => toDateTimeLocal(new Date(), timeZone));
  const [reached, setReached] = useState('');
  const [note, setNote] = useState('');
  const { errors, other, busy, submit } = useFormSubmit(PHONE_FIELDS);
  const id = (field: PhoneField) => `phone-${item.id}-${field}`;

  const onSubmit = async () => {
    const local: FieldErrors<PhoneField> = {};
    const at = fromDateTimeLocal(calledAt, timeZone);
    if (!at) local.calledAt = t('notifications.enterCalledAt');
    if (!reached.trim()) local.reached = t('notifications.enterReached');
    const ok = await submit(local, () => confirmPhone({ id: item.id, version: item.version, calledAt: at!, reached, ...(note.trim() ? { note } : {}) }));
    if (ok) onDone();
  };

  return (
    <InlineForm prefix="notification" name="phone" title={t('notifications.phone')} busy={busy} other={other} submitLabel={t('notifications.confirmPhone')} busyLabel={t('notifications.confirmPhone')} cancelLabel={t('notifications.cancel')} onSubmit={() => void onSubmit()} onCancel={onDone}>
      <FormField id={id('calledAt')} label={t('notifications.calledAt')} error={errors.calledAt} required>
        {(control) => <DateField {...control} withTime data-testid="phone-calledAt" value={calledAt} onChange={(v) => setCalledAt(v)} />}
      </FormField>
      <FormField id={id('reached')} label={t('notifications.reached')} error={errors.reached} required>
        {(control) => <input {...control} data-testid="phone-reached" maxLength={100} value={reached} onChange={(e) => setReached(e.target.value)} />}
      </FormField>
      <FormField id={id('note')} label={t('notifications.note')} error={errors.note}>
        {(control) => <input {...control} data-testid="phone-note" maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
    </InlineForm>
  );
}

const WRITTEN_FIELDS = ['text', 'writtenAt'] as const;
type WrittenField = (typeof WRITTEN_FIELDS)[number];

/** The written report the obligation asks for (seed002 客户管理制度8 具体内容6–7: 24 h, 48 h). */
export function WrittenReportForm({ item, onDone }: { item: NotificationItem; onDone: () => void }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const recordWritten = useNotificationsStore((s) => s.recordWritten);
  const [text, setText] = useState('');
  const [writtenAt, setWrittenAt] = useState(() => toDateTimeLocal(new Date(), timeZone));
  const { errors, other, busy, submit } = useFormSubmit(WRITTEN_FIELDS);
  const id = (field: WrittenField) => `written-${item.id}-${field}`;

  const onSubmit = async () => {
    const local: FieldErrors<WrittenField> = {};
    const at = fromDateTimeLocal(writtenAt, timeZone);
    if (!text.trim()) local.text = t('notifications.enterWritten');
    if (!at) local.writtenAt = t('notifications.enterWrittenAt');
    const ok = await submit(local, () => recordWritten({ id: item.id, version: item.version, text, writtenAt: at! }));
    if (ok) onDone();
  };

  return (
    <InlineForm prefix="notification" name="written" title={t('notifications.written')} busy={busy} other={other} submitLabel={t('notifications.recordWritten')} busyLabel={t('notifications.recordWritten')} cancelLabel={t('notifications.cancel')} onSubmit={() => void onSubmit()} onCancel={onDone}>
      <FormField id={id('text')} label={t('notifications.writtenText')} error={errors.text} required>
        {(control) => <textarea {...control} data-testid="written-text" rows={4} maxLength={4000} value={text} onChange={(e) => setText(e.target.value)} />}
      </FormField>
      <FormField id={id('writtenAt')} label={t('notifications.writtenAt')} error={errors.writtenAt} required>
        {(control) => <DateField {...control} withTime data-testid="written-at" value={writtenAt} onChange={(v) => setWrittenAt(v)} />}
      </FormField>
    </InlineForm>
  );
}
