import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaIncidentDetail } from '../../../shared/api/media';
import { checklistsFor } from '../../../shared/domain/media';
import { ErrorBanner } from '../../components/ErrorBanner';
import { RevealPersonal } from '../../components/RevealPersonal';
import { useTimeZone } from '../../hooks/use-time-zone';
import { errorText } from '../../lib/error-text';
import { formatInstant } from '../../lib/zoned-time';
import { useMediaStore } from '../../stores/media-store';
import { useNavigationStore } from '../../stores/navigation-store';
import { useMediaCategories } from './use-media-category';
import { EvidencePanel } from './EvidencePanel';
import { IncidentStatusForms } from './IncidentStatusForms';
import { MediaChecklist } from './MediaChecklist';
import { NotifyPanel } from './NotifyForm';
import './media.css';

/** One piece of negative news: the facts, the S1 procedures that apply, who was told, the evidence. */
export function MediaIncidentPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const go = useNavigationStore((s) => s.go);
  // The profile's categories are asked for as the page opens, before the incident arrives.
  const { labelOf: categoryLabel } = useMediaCategories();
  const incident = useMediaStore((s) => s.byId[id]);
  const error = useMediaStore((s) => s.error);
  const fetchOne = useMediaStore((s) => s.fetchOne);

  useEffect(() => {
    void fetchOne(id);
  }, [fetchOne, id]);

  return (
    <section className="page" data-testid="media-incident">
      <div className="page-header">
        <h2 className="page-title">{t('media.title')}</h2>
        <button type="button" className="button" onClick={() => go({ page: 'media' })}>
          {t('media.backToRegister')}
        </button>
      </div>
      <ErrorBanner messages={error ? [errorText(error, t)] : []} />
      {!incident ? (
        <p className="muted">{t('media.loading')}</p>
      ) : (
        <>
          <IncidentFacts incident={incident} categoryLabel={categoryLabel} />
          <IncidentStatusForms incident={incident} />
          {checklistsFor(incident).map((list) => (
            <MediaChecklist key={list} incident={incident} checklist={list} />
          ))}
          {checklistsFor(incident).length === 0 && <p className="muted">{t('media.noChecklist')}</p>}
          <NotifyPanel incident={incident} />
          <EvidencePanel incident={incident} />
        </>
      )}
    </section>
  );
}

/** A term and its value, left out when there is no value. */
function Fact({ label, value, testId }: { label: string; value: string | null | undefined; testId?: string }) {
  return value ? (
    <div className="media-fact">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  ) : null;
}

/** What happened, where, who posted or reported it, and who recorded it. */
function IncidentFacts({ incident, categoryLabel }: { incident: MediaIncidentDetail; categoryLabel: (code: string) => string }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const fact = (label: string, value: string | null | undefined, testId?: string) => <Fact label={label} value={value} testId={testId} />;
  return (
    <dl className="panel media-facts">
      {fact(t('media.status'), t(`mediaStatuses.${incident.status}`) + (incident.statusNote ? `（${incident.statusNote}）` : ''), 'incident-status')}
      {fact(t('media.occurredAt'), formatInstant(incident.occurredAt, timeZone))}
      {fact(t('media.channel'), t(`mediaChannels.${incident.channel}`), 'incident-channel')}
      {fact(t('media.contentCategory'), incident.contentCategory ? categoryLabel(incident.contentCategory) : null)}
      {fact(t('media.mediaName'), incident.mediaName)}
      {fact(t('media.programme'), incident.programme)}
      {fact(t('media.journalistName'), incident.journalistName)}
      {fact(t('media.platform'), incident.platform)}
      {incident.posterContact && (
        <div className="media-fact">
          <dt>{t('media.posterContact')}</dt>
          <dd>
            <RevealPersonal kind="mediaIncident" id={incident.id} value={incident.posterContact} />
          </dd>
        </div>
      )}
      {fact(t('media.description'), incident.description)}
      {fact(t('media.complaint'), incident.complaint?.serial, 'incident-complaint')}
      {fact(t('media.recordedBy'), `${incident.recordedByName} ${formatInstant(incident.recordedAt, timeZone)}`)}
    </dl>
  );
}
