import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, COMPLAINT_KINDS, REMEDIES } from '../../../shared/domain/complaint-vocabulary';
import { isApiCallError } from '../../api/api-call-error';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { useDraft } from '../../hooks/use-draft';
import { useTimeZone } from '../../hooks/use-time-zone';
import { errorText } from '../../lib/error-text';
import { fromDateTimeLocal } from '../../lib/zoned-time';
import { hasErrors, issuesByField } from '../../lib/field-errors';
import { useComplaintsStore } from '../../stores/complaints-store';
import { useNavigationStore } from '../../stores/navigation-store';
import {
  COMPLAINT_FIELDS,
  emptyComplaintForm,
  fromDraft,
  missingFields,
  toNewComplaint,
  toPreviewInput,
  usualChannel,
  type ComplaintFieldErrors,
  type ComplaintFormValues,
} from './complaint-form-model';
import { customerIntakeProblems } from './customer-intake-model';
import { CustomerPicker } from './customer/CustomerPicker';
import { NewCustomerFields } from './customer/NewCustomerFields';
import { ProductFields } from './customer/ProductFields';
import { DraftNotice } from './DraftNotice';
import { GradePanel } from './grading/GradePanel';
import { GradingFacts } from './grading/GradingFacts';
import { useGradePreview } from './grading/use-grade-preview';
import { useSitePack } from './grading/use-site-pack';
import { IntakeHandlingFields } from './IntakeHandlingFields';
import { SimilarComplaints } from './SimilarComplaints';
import { lookupOf, useSimilarComplaints } from './use-similar-complaints';
import './complaint-form.css';
import { DateField } from '../../components/DateField';
import { recordFieldsAt } from '../../../shared/rules/record-field-value';
import { RecordFieldInputs } from './record-fields/RecordFieldInputs';
import { useRecordFieldErrors } from './record-fields/use-record-field-errors';

/** Registering a complaint, suggestion or inquiry: built to be filled in by keyboard alone. */
export function ComplaintForm() {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const create = useComplaintsStore((s) => s.create);
  const go = useNavigationStore((s) => s.go);
  const channel = usualChannel(useComplaintsStore.getState().items);
  const blankForm = () => emptyComplaintForm(new Date(), timeZone, channel);
  const [values, setValues] = useState<ComplaintFormValues>(blankForm);
  const form = useRef<HTMLFormElement>(null);
  // Bumped by every refused save: the first field marked wrong then takes the focus, in view.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals === 0) return;
    const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
    first?.scrollIntoView?.({ block: 'center' }); // absent where there is no layout (component tests)
  }, [refusals]);
  const [errors, setErrors] = useState<ComplaintFieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
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

  const set = <K extends keyof ComplaintFormValues>(key: K, value: ComplaintFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    // The message goes once the field is touched again; it comes back on the next save if still wrong.
    setErrors((e) => ((e as Record<string, string | undefined>)[key] ? { ...e, [key]: undefined } : e));
  };

  const save = async () => {
    if (busy) return;
    const missing = missingFields(values);
    const found: ComplaintFieldErrors = {};
    for (const [field, key] of Object.entries(missing)) found[field as keyof typeof missing] = t(`complaintForm.${key}`);
    for (const [field, key] of Object.entries(customerIntakeProblems(values))) found[field as keyof ComplaintFieldErrors] = t(`customerIntake.${key}`);
    setErrors(found);
    const refused = !recordErrors.check(values.recordFields) || hasErrors(found);
    setOther(refused ? [t('complaintForm.fixErrors')] : []);
    if (refused) {
      setRefusals((n) => n + 1);
      return;
    }
    setBusy(true);
    // The core deletes the draft in the same transaction as it saves the record; no later save may bring it back.
    await draft.suspend();
    try {
      const complaint = await create(toNewComplaint(values, timeZone, intakeFields));
      go({ page: 'complaint-detail', id: complaint.id });
    } catch (error) {
      draft.resume();
      setBusy(false);
      const issues = isApiCallError(error) ? error.issues : [];
      const rest = recordErrors.fromIssues(issues);
      const split = isApiCallError(error) ? issuesByField(rest, COMPLAINT_FIELDS) : { fields: {}, other: [] };
      setErrors(split.fields);
      setOther([hasErrors(split.fields) || rest.length < issues.length ? t('complaintForm.fixErrors') : errorText(error, t), ...split.other]);
      setRefusals((n) => n + 1);
    }
  };

  const discardDraft = () => {
    const blank = blankForm();
    void draft.discard(blank);
    setValues(blank);
    setErrors({});
    setOther([]);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  // Enter in a one-line field saves, as in any form (issue 20 item 6): what is missing is then marked and the first
  // such field focused. Not the Enter that ends an input-method composition (拼音 → 汉字), nor one a field used itself
  // (a customer picked from the list); in the content box Enter is a new line and Ctrl+Enter (⌘+Enter) saves.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.defaultPrevented || event.nativeEvent.isComposing) return;
    if (event.ctrlKey || event.metaKey || event.target instanceof HTMLInputElement) {
      event.preventDefault();
      void save();
    }
  };

  return (
    <section className="page">
      <h2 className="page-title">{t('complaintForm.title')}</h2>
      <div className="complaint-form-layout">
        <form className="form" ref={form} onSubmit={onSubmit} onKeyDown={onKeyDown} onBlur={draft.flush} noValidate>
          <DraftNotice restoredAt={draft.restoredAt} savedAt={draft.savedAt} onDiscard={discardDraft} />
          <ErrorBanner messages={other} />
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
          {values.newCustomer && !values.customerId && <NewCustomerFields values={values} errors={errors} set={set} onCancel={() => set('newCustomer', false)} />}
          <SimilarComplaints
            items={similar.items}
            repeatOfId={values.repeatOfId}
            problemCode={values.problemCode}
            error={errors.repeatOfId}
            categoryError={errors.problemCode}
            onCategory={(code) => set('problemCode', code)}
            onLink={(id, adopt) => {
              if (adopt !== undefined) set('problemCode', adopt);
              set('repeatOfId', id);
            }}
          />
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
          <RecordFieldInputs fields={intakeFields} values={values.recordFields} errors={recordErrors.errors} onChange={setRecordField} idPrefix="complaint" />
          <ProductFields values={values} errors={errors} set={set} />
          <IntakeHandlingFields values={values} errors={errors} set={set} pack={pack} />
          <GradingFacts values={values} errors={errors} pack={pack} set={set} />
          <div className="form-actions">
            <button type="submit" className="button primary big" data-testid="save-complaint" disabled={busy} aria-keyshortcuts="Control+Enter">
              {busy ? t('complaintForm.saving') : t('complaintForm.save')}
            </button>
            <button type="button" className="button" onClick={() => go({ page: 'complaints' })} disabled={busy}>
              {t('complaintForm.cancel')}
            </button>
            <span className="field-hint">{t('complaintForm.shortcut')}</span>
          </div>
        </form>
        <GradePanel grade={preview.grade} pack={pack} pending={preview.loading} kind={values.kind || 'complaint'} />
      </div>
    </section>
  );
}
