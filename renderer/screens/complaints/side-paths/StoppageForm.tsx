import { useTranslation } from 'react-i18next';
import type { HeatSupplyRecords, Stoppage } from '../../../../shared/api/heat-supply';
import { NOTICE_WAYS } from '../../../../shared/side-paths/heat-supply';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { DateTimeField, SelectField } from '../workflow/fields';
import { useStoppageForm } from './use-stoppage-form';

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
  const { fields: f, notice, error, busy, save } = useStoppageForm(complaintId, stoppage, onSaved);
  return (
    <form className="side-path-form" onSubmit={(e) => void save(e)} noValidate data-testid="heat-stoppage-form">
      <h4>{t(stoppage ? 'sidePaths.heat.editStoppage' : 'sidePaths.heat.newStoppage')}</h4>
      <ErrorBanner messages={error ? [error] : []} />
      <div className="field-row">
        <DateTimeField name="stoppedAt" label={t('sidePaths.heat.stoppedAt')} required value={f.stoppedAt} onChange={f.setStoppedAt} />
        <DateTimeField name="restoredAt" label={t('sidePaths.heat.restoredAt')} value={f.restoredAt} onChange={f.setRestoredAt} />
      </div>
      <label className="side-path-tick">
        <input type="checkbox" data-testid="heat-fault" checked={f.fault} onChange={(e) => f.setFault(e.target.checked)} /> {t('sidePaths.heat.fault')}
      </label>
      <label className="side-path-tick">
        <input type="checkbox" data-testid="heat-notice-given" checked={f.noticeGiven} onChange={(e) => f.setNoticeGiven(e.target.checked)} /> {t('sidePaths.heat.noticeGivenBox')}
      </label>
      {f.noticeGiven && <NoticeFields {...notice} />}
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

/** The notice given: when, how, to whom. */
function NoticeFields(n: ReturnType<typeof useStoppageForm>['notice']) {
  const { t } = useTranslation();
  return (
    <div className="field-row">
      <DateTimeField name="noticeAt" label={t('sidePaths.heat.noticeAt')} required value={n.noticeAt} onChange={n.setNoticeAt} />
      <SelectField
        name="noticeWay"
        label={t('sidePaths.heat.noticeWay')}
        required
        placeholder=""
        options={NOTICE_WAYS.map((w) => ({ value: w, label: t(`sidePaths.heat.ways.${w}`) }))}
        value={n.way}
        onChange={n.setWay}
      />
      <NoticeToField label={t('sidePaths.heat.noticeTo')} value={n.to} onChange={n.setTo} />
    </div>
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
