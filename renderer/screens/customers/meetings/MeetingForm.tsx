import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingMonth } from '../../../../shared/api/risk-meetings';
import { MEETING_KINDS, type MeetingKind } from '../../../../shared/risk-classes/meetings';
import { api } from '../../../api/client';
import { isApiCallError } from '../../../api/api-call-error';
import { DateField } from '../../../components/DateField';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormField } from '../../../components/FormField';
import { errorText } from '../../../lib/error-text';
import { issuesByField } from '../../../lib/field-errors';
import { readMeetingForm, toggled, type MeetingField, type MeetingFormState } from './meeting-form-model';

const FIELDS: readonly MeetingField[] = ['kinds', 'heldOn', 'attendees', 'customerIds', 'conclusions'];
const REQUIRED_KEY: Record<MeetingField, 'kinds' | 'heldOn' | 'attendees' | 'customers' | 'conclusions'> = { kinds: 'kinds', heldOn: 'heldOn', attendees: 'attendees', customerIds: 'customers', conclusions: 'conclusions' };

/**
 * 登记会议 (seed000 第二篇 三、, MEETING_CHOICES.record): the kinds it counts
 * as, the day, the attendees, the class 1 and 2 customers discussed and the
 * conclusions. The core checks each again and refuses with its reason.
 */
export function MeetingForm({ view, onDone }: { view: MeetingMonth; onDone: (recorded: boolean) => void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<MeetingFormState>({ kinds: [], heldOn: view.today, attendees: '', customerIds: [], conclusions: '' });
  const [shown, setShown] = useState<Partial<Record<MeetingField, string>>>({});
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof MeetingFormState>(key: K, value: MeetingFormState[K]) => setState((s) => ({ ...s, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const read = readMeetingForm(state);
    setShown(Object.fromEntries(read.missing.map((field) => [field, t(`riskMeetings.required.${REQUIRED_KEY[field]}`)])));
    if (!read.input) return;
    setBusy(true);
    try {
      await api.call('riskMeetings.record', read.input);
      onDone(true);
    } catch (error) {
      const split = isApiCallError(error) ? issuesByField(error.issues, FIELDS) : { fields: {}, other: [] };
      setShown(split.fields);
      setOther(Object.keys(split.fields).length > 0 ? split.other : [errorText(error, t), ...split.other]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate data-testid="meeting-form">
      <h3>{t('riskMeetings.record')}</h3>
      <ErrorBanner messages={other} />
      <KindChoice chosen={state.kinds} error={shown.kinds} onChange={(kinds) => set('kinds', kinds)} />
      <FormField id="meeting-heldOn" label={t('riskMeetings.heldOn')} error={shown.heldOn} required>
        {(control) => <DateField {...control} data-testid="meeting-heldOn" max={view.today} value={state.heldOn} onChange={(value) => set('heldOn', value)} />}
      </FormField>
      <FormField id="meeting-attendees" label={t('riskMeetings.attendees')} hint={t('riskMeetings.attendeesHint')} error={shown.attendees} required>
        {(control) => <textarea {...control} rows={3} data-testid="meeting-attendees" value={state.attendees} onChange={(e) => set('attendees', e.target.value)} />}
      </FormField>
      <CustomerChoice view={view} chosen={state.customerIds} error={shown.customerIds} onChange={(ids) => set('customerIds', ids)} />
      <FormField id="meeting-conclusions" label={t('riskMeetings.conclusions')} error={shown.conclusions} required>
        {(control) => <textarea {...control} rows={4} maxLength={5000} data-testid="meeting-conclusions" value={state.conclusions} onChange={(e) => set('conclusions', e.target.value)} />}
      </FormField>
      <div className="toolbar">
        <button type="submit" className="button primary" data-testid="meeting-save" disabled={busy}>
          {t('riskMeetings.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone(false)}>
          {t('riskMeetings.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The kinds a meeting counts as, to tick (one meeting may be both monthly kinds). */
function KindChoice({ chosen, error, onChange }: { chosen: MeetingKind[]; error?: string; onChange: (kinds: MeetingKind[]) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset data-testid="meeting-kinds">
      <legend>{t('riskMeetings.kindsLabel')}</legend>
      {MEETING_KINDS.map((kind) => (
        <label key={kind} className="credit-tick">
          <input type="checkbox" data-testid={`meeting-kind-${kind}`} checked={chosen.includes(kind)} onChange={(e) => onChange(toggled(chosen, kind, e.target.checked))} />
          {t(`riskMeetings.kinds.${kind}`)}
        </label>
      ))}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}

/** The class 1 and 2 customers a meeting may discuss, to tick. */
function CustomerChoice({ view, chosen, error, onChange }: { view: MeetingMonth; chosen: string[]; error?: string; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset data-testid="meeting-customers">
      <legend>{t('riskMeetings.customers')}</legend>
      <p className="field-hint">{t('riskMeetings.customersHint')}</p>
      {view.discussable.length === 0 && <p className="muted">{t('riskMeetings.noDiscussable')}</p>}
      {view.discussable.map((c) => (
        <label key={c.customerId} className="credit-tick">
          <input type="checkbox" data-testid={`meeting-customer-${c.customerId}`} checked={chosen.includes(c.customerId)} onChange={(e) => onChange(toggled(chosen, c.customerId, e.target.checked))} />
          {c.customerName}
        </label>
      ))}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
