import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../lib/zoned-time';
import { useSitesStore } from '../stores/sites-store';
import { EnrolFileMaker } from './EnrolFileMaker';

/** The one-time code, large and in groups, to read over the phone; it is shown only until dismissed. A site with no network gets it as an enrolment file too. */
export function EnrolCodeNotice() {
  const { t } = useTranslation();
  const issued = useSitesStore((s) => s.issued);
  const dismiss = useSitesStore((s) => s.dismissCode);
  if (!issued) return null;
  return (
    <section className="card console-enrol-code" role="status" aria-live="polite">
      <h3>{t('console.sites.enrolCodeTitle', { site: issued.siteName })}</h3>
      <p className="console-code mono" data-testid="enrol-code">
        {issued.enrolCode}
      </p>
      <p>{t('console.sites.expires', { at: formatInstant(issued.expiresAt) })}</p>
      <p className="muted">{t('console.sites.enrolCodeHint')}</p>
      <EnrolFileMaker key={issued.enrolCode} siteName={issued.siteName} />
      <button type="button" className="button" data-testid="dismiss-enrol-code" onClick={dismiss}>
        {t('console.sites.dismiss')}
      </button>
    </section>
  );
}
