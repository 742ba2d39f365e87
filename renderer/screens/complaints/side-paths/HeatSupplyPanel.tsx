import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeatSupplyRecords, Measurement, Stoppage } from '../../../../shared/api/heat-supply';
import { api } from '../../../api/client';
import { useCitation } from '../../../components/SourceCitation';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { currentLanguage } from '../../../i18n/i18n';
import { errorText } from '../../../lib/error-text';
import { formatMoment } from '../../../lib/locale-format';
import { MeasurementForm } from './MeasurementForm';
import { StoppageForm } from './StoppageForm';
import './side-paths.css';

function useMoment() {
  const lang = currentLanguage();
  const timeZone = useTimeZone();
  return (iso: string) => formatMoment(iso, lang, timeZone);
}

function StoppageItem({ stoppage, onEdit }: { stoppage: Stoppage; onEdit: (() => void) | null }) {
  const { t } = useTranslation();
  const moment = useMoment();
  const cite = useCitation();
  const hours = stoppage.atLeastHours;
  const length = t('sidePaths.heat.length', { h: Math.floor(stoppage.minutes / 60), m: stoppage.minutes % 60 });
  const reached = moment(stoppage.hoursReachedAt);
  const judgement =
    stoppage.dueBecause === 'hours'
      ? t('sidePaths.heat.dueHours', { hours, at: reached })
      : stoppage.dueBecause === 'fault'
        ? t('sidePaths.heat.dueFault')
        : t(stoppage.ongoing ? 'sidePaths.heat.notYetDue' : 'sidePaths.heat.notDue', { hours, at: reached });
  const notice = stoppage.notice;
  return (
    <li data-testid="heat-stoppage">
      <div>{t('sidePaths.heat.stoppage', { from: moment(stoppage.stoppedAt), to: stoppage.restoredAt ? moment(stoppage.restoredAt) : t('sidePaths.heat.stillOff'), length })}</div>
      <div className={stoppage.dueBecause && !notice ? 'side-path-due' : undefined} data-testid="heat-stoppage-judgement">
        {judgement} · {cite(stoppage.source)}
      </div>
      <div data-testid="heat-stoppage-notice">
        {notice ? t('sidePaths.heat.noticeGiven', { way: t(`sidePaths.heat.ways.${notice.way}`), to: notice.to, at: moment(notice.at), by: notice.byName }) : t('sidePaths.heat.noticeMissing')}
      </div>
      {onEdit && (
        <button type="button" className="button small" data-testid="heat-stoppage-edit" onClick={onEdit}>
          {t('sidePaths.heat.editStoppage')}
        </button>
      )}
    </li>
  );
}

function MeasurementItem({ m }: { m: Measurement }) {
  const { t } = useTranslation();
  const moment = useMoment();
  const cite = useCitation();
  const band = t(`sidePaths.heat.bands.${m.band}`, { clock: m.clock });
  const verdict = t(m.met ? 'sidePaths.heat.met' : 'sidePaths.heat.notMet');
  const line = t('sidePaths.heat.measurement', { at: moment(m.measuredAt), userType: t(`sidePaths.heat.userTypes.${m.userType}`), temperature: m.temperature, band, minimum: m.minimum, verdict });
  return (
    <li data-testid="heat-measurement" className={m.met ? undefined : 'side-path-due'}>
      {line} · {cite(m.source)}
    </li>
  );
}

/**
 * The heat-supply company's stoppage notice (seed002 客户管理制度11 九(三)) and room temperature (七(一)) on a
 * complaint, where its pack offers them: the length and whether a notice is due, the band chosen from the
 * measuring time, all computed by the core from the times entered.
 */
export function HeatSupplyPanel({ complaintId }: { complaintId: string }) {
  const { t } = useTranslation();
  const [records, setRecords] = useState<HeatSupplyRecords | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<Stoppage | 'new' | null>(null);
  const [measuring, setMeasuring] = useState(false);
  const load = useCallback(() => {
    api.call('heatSupply.get', { complaintId }).then(setRecords, setError);
  }, [complaintId]);
  useEffect(load, [load]);
  const saved = (next: HeatSupplyRecords) => {
    setRecords(next);
    setEditing(null);
    setMeasuring(false);
  };
  if (!records) return error ? <ErrorBanner messages={[errorText(error, t)]} /> : null;
  return (
    <section className="panel" data-testid="heat-supply-panel" aria-label={t('sidePaths.heat.title')}>
      <h3>{t('sidePaths.heat.title')}</h3>
      {records.offers.stoppageNotice && (
        <>
          <h4>{t('sidePaths.heat.stoppages')}</h4>
          {records.stoppages.length === 0 && <p className="muted">{t('sidePaths.heat.noStoppages')}</p>}
          <ul>
            {records.stoppages.map((s) => (
              <StoppageItem key={s.id} stoppage={s} onEdit={editing ? null : () => setEditing(s)} />
            ))}
          </ul>
          {editing ? (
            <StoppageForm complaintId={complaintId} stoppage={editing === 'new' ? null : editing} onSaved={saved} onCancel={() => setEditing(null)} />
          ) : (
            <button type="button" className="button" data-testid="heat-stoppage-new" onClick={() => setEditing('new')}>
              {t('sidePaths.heat.newStoppage')}
            </button>
          )}
        </>
      )}
      {records.offers.roomTemperature && (
        <>
          <h4>{t('sidePaths.heat.measurements')}</h4>
          {records.measurements.length === 0 && <p className="muted">{t('sidePaths.heat.noMeasurements')}</p>}
          <ul>
            {records.measurements.map((m) => (
              <MeasurementItem key={m.id} m={m} />
            ))}
          </ul>
          {measuring ? (
            <MeasurementForm complaintId={complaintId} onSaved={saved} onCancel={() => setMeasuring(false)} />
          ) : (
            <button type="button" className="button" data-testid="heat-measurement-new" onClick={() => setMeasuring(true)}>
              {t('sidePaths.heat.newMeasurement')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
