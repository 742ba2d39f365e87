import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeatSupplyRecords } from '../../../../shared/api/heat-supply';
import { HEAT_USER_TYPES, type HeatUserType } from '../../../../shared/side-paths/heat-supply';
import { api } from '../../../api/client';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormField } from '../../../components/FormField';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { errorText } from '../../../lib/error-text';
import { fromDateTimeLocal } from '../../../lib/zoned-time';
import { DateTimeField, SelectField } from '../workflow/fields';

const numberOf = (text: string): number | null => (text.trim() === '' || Number.isNaN(Number(text)) ? null : Number(text));

function NumberInput({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (v: string) => void }) {
  return (
    <FormField id={id} label={label} required>
      {(control) => <input {...control} data-testid={id} inputMode="decimal" value={value} onChange={(e) => onChange(e.target.value)} />}
    </FormField>
  );
}

/** 七(一): the room temperature, when it was measured and the kind of user; the core picks the band from the time. */
export function MeasurementForm({ complaintId, onSaved, onCancel }: { complaintId: string; onSaved: (records: HeatSupplyRecords) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const [measuredAt, setMeasuredAt] = useState('');
  const [userType, setUserType] = useState<string>('building');
  const [temperature, setTemperature] = useState('');
  const [contracted, setContracted] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const building = userType === 'building';

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const at = fromDateTimeLocal(measuredAt, timeZone);
    const reading = numberOf(temperature);
    const contractedMin = building ? null : numberOf(contracted);
    if (!at || reading === null || (!building && contractedMin === null)) {
      setError(t('sidePaths.heat.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onSaved(await api.call('heatSupply.recordMeasurement', { complaintId, measuredAt: at, userType: userType as HeatUserType, temperature: reading, contractedMin }));
    } catch (caught) {
      setError(errorText(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="side-path-form" onSubmit={(e) => void save(e)} noValidate data-testid="heat-measurement-form">
      <h4>{t('sidePaths.heat.newMeasurement')}</h4>
      <ErrorBanner messages={error ? [error] : []} />
      <div className="field-row">
        <DateTimeField name="measuredAt" label={t('sidePaths.heat.measuredAt')} required value={measuredAt} onChange={setMeasuredAt} />
        <SelectField
          name="userType"
          label={t('sidePaths.heat.userType')}
          required
          options={HEAT_USER_TYPES.map((u) => ({ value: u, label: t(`sidePaths.heat.userTypes.${u}`) }))}
          value={userType}
          onChange={setUserType}
        />
        <NumberInput id="heat-temperature" label={t('sidePaths.heat.temperature')} value={temperature} onChange={setTemperature} />
        {!building && <NumberInput id="heat-contracted" label={t('sidePaths.heat.contractedMin')} value={contracted} onChange={setContracted} />}
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy} data-testid="heat-measurement-save">
          {t('sidePaths.heat.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('sidePaths.heat.cancel')}
        </button>
      </div>
    </form>
  );
}
