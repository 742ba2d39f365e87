import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeatSupplyRecords, Stoppage } from '../../../../shared/api/heat-supply';
import { NOTICE_WAYS, type NoticeWay } from '../../../../shared/side-paths/heat-supply';
import { api } from '../../../api/client';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { errorText } from '../../../lib/error-text';
import { fromDateTimeLocal, toDateTimeLocal } from '../../../lib/zoned-time';
import { DateTimeField, SelectField } from '../workflow/fields';

interface Props {
  complaintId: string;
  /** The stoppage to update (restored, notice given), or null for a new one. */
  stoppage: Stoppage | null;
  onSaved: (records: HeatSupplyRecords) => void;
  onCancel: () => void;
}

/** 九(三): the stoppage's start and end (the core computes its length) and the notice given: when, how, to whom. */
export function StoppageForm({ complaintId, stoppage, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const local = (iso: string | null | undefined) => (iso ? toDateTimeLocal(new Date(iso), timeZone) : '');
  const [stoppedAt, setStoppedAt] = useState(local(stoppage?.stoppedAt));
  const [restoredAt, setRestoredAt] = useState(local(stoppage?.restoredAt));
  const [fault, setFault] = useState(stoppage?.faultStopsSupply ?? false);
  const [noticeGiven, setNoticeGiven] = useState(!!stoppage?.notice);
  const [noticeAt, setNoticeAt] = useState(local(stoppage?.notice?.at));
  const [way, setWay] = useState<string>(stoppage?.notice?.way ?? '');
  const [to, setTo] = useState(stoppage?.notice?.to ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const stopped = fromDateTimeLocal(stoppedAt, timeZone);
    const restored = restoredAt ? fromDateTimeLocal(restoredAt, timeZone) : null;
    const noticeMoment = noticeGiven ? fromDateTimeLocal(noticeAt, timeZone) : null;
    if (!stopped || (restoredAt && !restored) || (noticeGiven && (!noticeMoment || !way || !to.trim()))) {
      setError(t('sidePaths.heat.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const notice = noticeGiven && noticeMoment ? { at: noticeMoment, way: way as NoticeWay, to: to.trim() } : null;
      const input = { complaintId, version: stoppage?.version ?? 0, stoppedAt: stopped, restoredAt: restored, faultStopsSupply: fault, notice };
      onSaved(await api.call('heatSupply.saveStoppage', stoppage ? { ...input, stoppageId: stoppage.id } : input));
    } catch (caught) {
      setError(errorText(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="side-path-form" onSubmit={(e) => void save(e)} noValidate data-testid="heat-stoppage-form">
      <h4>{t(stoppage ? 'sidePaths.heat.editStoppage' : 'sidePaths.heat.newStoppage')}</h4>
      <ErrorBanner messages={error ? [error] : []} />
      <div className="field-row">
        <DateTimeField name="stoppedAt" label={t('sidePaths.heat.stoppedAt')} required value={stoppedAt} onChange={setStoppedAt} />
        <DateTimeField name="restoredAt" label={t('sidePaths.heat.restoredAt')} value={restoredAt} onChange={setRestoredAt} />
      </div>
      <label className="side-path-tick">
        <input type="checkbox" data-testid="heat-fault" checked={fault} onChange={(e) => setFault(e.target.checked)} /> {t('sidePaths.heat.fault')}
      </label>
      <label className="side-path-tick">
        <input type="checkbox" data-testid="heat-notice-given" checked={noticeGiven} onChange={(e) => setNoticeGiven(e.target.checked)} /> {t('sidePaths.heat.noticeGivenBox')}
      </label>
      {noticeGiven && (
        <div className="field-row">
          <DateTimeField name="noticeAt" label={t('sidePaths.heat.noticeAt')} required value={noticeAt} onChange={setNoticeAt} />
          <SelectField
            name="noticeWay"
            label={t('sidePaths.heat.noticeWay')}
            required
            placeholder=""
            options={NOTICE_WAYS.map((w) => ({ value: w, label: t(`sidePaths.heat.ways.${w}`) }))}
            value={way}
            onChange={setWay}
          />
          <NoticeToField label={t('sidePaths.heat.noticeTo')} value={to} onChange={setTo} />
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy} data-testid="heat-stoppage-save">
          {t('sidePaths.heat.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('sidePaths.heat.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A one-line text field in the form's style (the audience of the notice). */
function NoticeToField({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  return (
    <div className="field">
      <label htmlFor="act-noticeTo" className="field-label">
        {label}
        <span className="required-mark" aria-hidden="true"> *</span>
      </label>
      <input id="act-noticeTo" data-testid="act-noticeTo" required maxLength={500} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
