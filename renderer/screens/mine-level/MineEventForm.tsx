import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MineEventInput } from '../../../shared/api/mine-level';
import { MINE_CHANGE_CAUSES, MINE_EVENT_KINDS, type MineEventKind } from '../../../shared/checklists/coal-mine-level';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { isApiCallError } from '../../api/api-call-error';
import { errorText } from '../../lib/error-text';
import { issuesByField } from '../../lib/field-errors';
import { useMineLevelStore } from '../../stores/mine-level-store';
import { DateField } from '../../components/DateField';

const FIELDS = ['kind', 'occurredOn', 'level', 'accidentClass', 'cause', 'note'] as const;
type Field = (typeof FIELDS)[number];
const ACCIDENT_CLASSES = ['general', 'larger', 'major', 'especially-major'] as const;
const LEVELS = ['level1', 'level2', 'level3'] as const;
const DOWNGRADE_LEVELS = ['level2', 'level3'] as const;

/** What each kind of event asks besides its date. */
const ASKS: Partial<Record<MineEventKind, readonly Field[]>> = { graded: ['level'], accident: ['accidentClass'], downgraded: ['level', 'cause'], revoked: ['cause'] };

/** Enters one event with its date; the level and the periods follow from it (the core computes them). */
export function MineEventForm({ today }: { today: string }) {
  const { t } = useTranslation();
  const record = useMineLevelStore((s) => s.record);
  const [values, setValues] = useState<Record<Field, string>>({ kind: 'graded', occurredOn: today, level: 'level1', accidentClass: 'general', cause: 'decline', note: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const asks = ASKS[values.kind as MineEventKind] ?? [];
  // A downgrade goes to Level 2 or 3: switching to it from Level 1 picks Level 2 rather than keep a value the list does not offer.
  const set = (field: Field) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value, ...(field === 'kind' && value === 'downgraded' && v.level === 'level1' ? { level: 'level2' } : {}) }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setOther([]);
    const input = { kind: values.kind, occurredOn: values.occurredOn, note: values.note, ...Object.fromEntries(asks.map((f) => [f, values[f]])) } as MineEventInput;
    try {
      await record(input);
      setValues((v) => ({ ...v, note: '' }));
    } catch (error) {
      const split = isApiCallError(error) ? issuesByField(error.issues, FIELDS) : { fields: {}, other: [] };
      setErrors(split.fields);
      setOther(Object.keys(split.fields).length ? split.other : [errorText(error, t), ...split.other]);
    } finally {
      setBusy(false);
    }
  };

  const select = <O extends string>(field: Field, options: readonly O[], label: (o: O) => string) => (
    <EventSelect field={field} value={values[field]} error={errors[field]} options={options} label={label} onChange={set(field)} />
  );

  return (
    <form className="panel" onSubmit={(e) => void onSubmit(e)} data-testid="mine-event-form" noValidate>
      <h3>{t('mineLevel.add')}</h3>
      <ErrorBanner messages={other} />
      {select('kind', MINE_EVENT_KINDS, (k) => t(`mineLevel.kinds.${k}`))}
      <FormField id="mine-occurredOn" label={t('mineLevel.occurredOn')} error={errors.occurredOn}>
        {(control) => <DateField {...control} data-testid="mine-occurredOn" max={today} value={values.occurredOn} onChange={(v) => set('occurredOn')(v)} />}
      </FormField>
      {asks.includes('level') && select('level', values.kind === 'downgraded' ? DOWNGRADE_LEVELS : LEVELS, (l) => t(`mineLevel.statuses.${l}`))}
      {asks.includes('accidentClass') && select('accidentClass', ACCIDENT_CLASSES, (c) => t(`mineLevel.accidentClasses.${c}`))}
      {asks.includes('cause') && select('cause', MINE_CHANGE_CAUSES, (c) => t(`mineLevel.causes.${c}`))}
      <FormField id="mine-note" label={t('mineLevel.note')} error={errors.note}>
        {(control) => <input {...control} type="text" data-testid="mine-note" value={values.note} onChange={(e) => set('note')(e.target.value)} />}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy} data-testid="mine-event-save">
          {busy ? t('mineLevel.saving') : t('mineLevel.save')}
        </button>
      </div>
    </form>
  );
}

/** One choice of the event form (its kind, level, accident class or cause). */
function EventSelect<O extends string>(props: { field: Field; value: string; error: string | undefined; options: readonly O[]; label: (o: O) => string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const { field, value, error, options, label, onChange } = props;
  return (
    <FormField id={`mine-${field}`} label={t(`mineLevel.${field}`)} error={error}>
      {(control) => (
        <select {...control} data-testid={`mine-${field}`} value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => (
            <option key={o} value={o}>
              {label(o)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
