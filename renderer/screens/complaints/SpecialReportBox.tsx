import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../shared/api/contract';
import type { ComplaintDetail } from '../../../shared/api/complaints';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { currentLanguage } from '../../i18n/i18n';
import { formatMoment } from '../../lib/locale-format';
import { useNavigationStore } from '../../stores/navigation-store';
import { useNarrativeReportsStore } from '../../stores/narrative-reports-store';
import { inLang } from '../reports/narrative/narrative-text';

type Offer = ApiOutput<'narrativeReports.forComplaint'>;

/**
 * 专项报告 on a complaint's page: shown only when the core offers one — the
 * complaint's class in its rule pack names the report (篇6: 重大投诉) and the
 * user may write it. Opens the report on the 报表 page.
 */
export function SpecialReportBox({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [offer, setOffer] = useState<Offer | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const openCase = useNarrativeReportsStore((s) => s.openCase);
  const go = useNavigationStore((s) => s.go);
  useEffect(() => {
    let live = true;
    api
      .call('narrativeReports.forComplaint', { complaintId: complaint.id })
      .then((answer) => live && setOffer(answer))
      .catch(() => live && setOffer(null));
    return () => {
      live = false;
    };
  }, [complaint.id, complaint.version]);
  const item = offer?.item;
  if (!offer?.kind || !item) return null;
  // The report opens on the 报表 page; a refusal is said here, where it was asked for.
  const open = async () => {
    await openCase(item);
    const { open: opened, error } = useNarrativeReportsStore.getState();
    if (opened) go({ page: 'reports' });
    else setRefusal(error);
  };
  return (
    <section className="panel special-report" data-testid="special-report" aria-labelledby="special-report-title">
      <h3 id="special-report-title">{inLang(offer.kind.title, lang)}</h3>
      <p className="muted">{t('narrativeReports.specialReportHint', { class: inLang(item.complaint.classLabel, lang) })}</p>
      <p data-testid="special-report-state" data-state={item.state}>
        {t(`narrativeReports.caseStates.${item.state}`)}
        {item.issued && ` · ${t('narrativeReports.version', { version: item.issued.version })} · ${t('narrativeReports.issuedBy', { name: item.issued.issuedByName, at: formatMoment(item.issued.issuedAt, lang) })}`}
        {item.draftId && ` · ${t('narrativeReports.draftSaved')}`}
      </p>
      {refusal !== null && <ErrorBanner messages={[errorText(refusal, t)]} />}
      <button type="button" className="button" onClick={() => void open()} data-testid="special-report-open">
        {item.draftId ? t('narrativeReports.continueSpecialReport') : item.issued ? t('narrativeReports.viewSpecialReport') : t('narrativeReports.openSpecialReport')}
      </button>
    </section>
  );
}
