import { useTranslation } from 'react-i18next';
import { CHANNELS, COMPLAINT_KINDS, REMEDIES } from '../../../shared/domain/complaint-vocabulary';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { DateField } from '../../components/DateField';
import { FormField } from '../../components/FormField';
import type { ComplaintFieldErrors, ComplaintFormValues } from './complaint-form-model';
import { CustomerPicker } from './customer/CustomerPicker';
import type { SetComplaintField } from './use-complaint-form';

interface FieldsProps {
  values: ComplaintFormValues;
  errors: ComplaintFieldErrors;
  set: SetComplaintField;
}

/** 类别 (complaint, suggestion, inquiry) and the channel it came by. */
export function KindChannelFields({ values, errors, set }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <ChoiceGroup
        name="complaint-kind"
        legend={t('complaintForm.kind')}
        type="radio"
        required
        autoFocus
        choices={COMPLAINT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`), testId: `field-kind-${kind}` }))}
        selected={values.kind ? [values.kind] : []}
        onToggle={(kind) => set('kind', kind)}
        error={errors.kind}
      />
      <FormField id="complaint-channel" label={t('complaintForm.channel')} error={errors.channel} required>
        {(control) => (
          <select {...control} data-testid="field-channel" value={values.channel} onChange={(e) => set('channel', e.target.value as ComplaintFormValues['channel'])}>
            <option value="">{t('complaintForm.channelPlaceholder')}</option>
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(`channels.${channel}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </>
  );
}

/** The customer (picked from the files, or named) and the phone number. */
export function CustomerRow({ values, errors, set }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="field-row">
      <CustomerPicker
        name={values.customerName}
        customerId={values.customerId}
        newCustomer={values.newCustomer}
        error={errors.customerName ?? errors.customerId}
        onName={(name) => {
          set('customerName', name);
          // The name no longer names the file picked.
          if (values.customerId) set('customerId', '');
        }}
        onPick={(customer) => {
          set('customerId', customer.id);
          set('customerName', customer.name);
          // A masked number (138****5678) is not copied: the core gives the complaint the file's own number.
          if (!values.customerPhone.trim() && customer.phone && !customer.phone.includes('*')) set('customerPhone', customer.phone);
        }}
        onNew={() => set('newCustomer', true)}
        onUnlink={() => set('customerId', '')}
      />
      <FormField id="complaint-customerPhone" label={t('complaintForm.customerPhone')} hint={t('complaintForm.customerPhoneHint')} error={errors.customerPhone}>
        {(control) => (
          <input {...control} type="tel" data-testid="field-customerPhone" maxLength={30} value={values.customerPhone} onChange={(e) => set('customerPhone', e.target.value)} />
        )}
      </FormField>
    </div>
  );
}

/** What the customer said, and the staff member's restatement of it. */
export function ContentFields({ values, errors, set }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <FormField id="complaint-content" label={t('complaintForm.content')} hint={t('complaintForm.contentHint')} error={errors.content} required>
        {(control) => (
          <textarea {...control} data-testid="field-content" rows={6} maxLength={4000} value={values.content} onChange={(e) => set('content', e.target.value)} />
        )}
      </FormField>
      <FormField id="complaint-restatement" label={t('complaintForm.restatement')} hint={t('complaintForm.restatementHint')} error={errors.restatement}>
        {(control) => (
          <textarea {...control} data-testid="field-restatement" rows={2} maxLength={2000} value={values.restatement} onChange={(e) => set('restatement', e.target.value)} />
        )}
      </FormField>
    </>
  );
}

/** The remedy asked for and when the complaint was received. */
export function RemedyReceivedRow({ values, errors, set }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="field-row">
      <FormField id="complaint-remedy" label={t('complaintForm.remedy')} error={errors.remedy}>
        {(control) => (
          <select {...control} data-testid="field-remedy" value={values.remedy} onChange={(e) => set('remedy', e.target.value as ComplaintFormValues['remedy'])}>
            <option value="">{t('complaintForm.remedyNone')}</option>
            {REMEDIES.map((remedy) => (
              <option key={remedy} value={remedy}>
                {t(`remedies.${remedy}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="complaint-receivedAt" label={t('complaintForm.receivedAt')} hint={t('complaintForm.receivedAtHint')} error={errors.receivedAt} required>
        {(control) => (
          <DateField {...control} withTime data-testid="field-receivedAt" value={values.receivedAt} onChange={(v) => set('receivedAt', v)} />
        )}
      </FormField>
    </div>
  );
}

/** 保存 (Ctrl+Enter too) and 取消. */
export function ComplaintFormActions({ busy, onCancel }: { busy: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button primary big" data-testid="save-complaint" disabled={busy} aria-keyshortcuts="Control+Enter">
        {busy ? t('complaintForm.saving') : t('complaintForm.save')}
      </button>
      <button type="button" className="button" onClick={onCancel} disabled={busy}>
        {t('complaintForm.cancel')}
      </button>
      <span className="field-hint">{t('complaintForm.shortcut')}</span>
    </div>
  );
}
