import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { NarrativeListItem } from '../../../../shared/api/narrative-reports';
import { CaseReportList } from './CaseReportList';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { currentLanguage } from '../../../i18n/i18n';
import { errorText } from '../../../lib/error-text';
import { formatCalendarDate, formatMoment } from '../../../lib/locale-format';
import { useNarrativeReportsStore } from '../../../stores/narrative-reports-store';
import { useSessionStore } from '../../../stores/session-store';
import { NarrativeEditor } from './NarrativeEditor';
import { NarrativePrint } from './NarrativePrint';
import { inLang, periodLabel } from './narrative-text';

/** 分析报告 on the 报表 page: every period of the year per kind, due, overdue, drafted or issued; opens the draft editor or the issued version. */
export function NarrativeReportsPanel({ today }: { today: string }) {
  const { t } = useTranslation();
  const { year, listing, open, error, load } = useNarrativeReportsStore();
  const yearId = useId();
  const thisYear = today.slice(0, 4);
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    void load(year ?? thisYear);
  }, [load, year, thisYear]);
  // A report opened from elsewhere (a complaint's 专项报告) is below the page's other panels: bring it into view.
  const openId = open?.id;
  useEffect(() => {
    if (openId) sectionRef.current?.scrollIntoView?.({ block: 'start' });
  }, [openId]);
  if (!listing) return null;
  const years = [thisYear, String(Number(thisYear) - 1), String(Number(thisYear) - 2)];
  return (
    <section ref={sectionRef} className="narrative-reports" data-testid="narrative-reports" aria-labelledby={`${yearId}-title`}>
      <h3 id={`${yearId}-title`}>{t('narrativeReports.title')}</h3>
      <p className="muted">{t('narrativeReports.hint')}</p>
      {error !== null && <ErrorBanner messages={[errorText(error, t)]} />}
      {open ? (
        <NarrativeEditor version={open} kind={listing.kinds.find((k) => k.id === open.kindId)} />
      ) : (
        <>
          <label htmlFor={yearId}>{t('narrativeReports.year')} </label>
          <select id={yearId} value={year ?? thisYear} onChange={(e) => void load(e.target.value)} data-testid="narrative-year">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
          <NarrativeList items={listing.items} kinds={listing.kinds} />
          {listing.kinds.some((k) => k.scope === 'case') && <CaseReportList cases={listing.cases} />}
        </>
      )}
    </section>
  );
}

function NarrativeList({ items, kinds }: { items: readonly NarrativeListItem[]; kinds: NonNullable<ReturnType<typeof useNarrativeReportsStore.getState>['listing']>['kinds'] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const openItem = useNarrativeReportsStore((s) => s.openItem);
  if (items.length === 0) return <p className="muted">{t('narrativeReports.none')}</p>;
  const title = (kindId: string) => {
    const kind = kinds.find((k) => k.id === kindId);
    return kind ? inLang(kind.title, lang) : kindId;
  };
  return (
    <table className="report-table narrative-list" data-testid="narrative-list">
      <thead>
        <tr>
          <th scope="col">{t('narrativeReports.kind')}</th>
          <th scope="col">{t('narrativeReports.period')}</th>
          <th scope="col">{t('narrativeReports.due')}</th>
          <th scope="col">{t('narrativeReports.state')}</th>
          <th scope="col">{t('narrativeReports.view')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={`${item.kindId}-${item.period.kind}-${item.period.key}`} data-testid={`narrative-item-${item.period.key}`} data-state={item.state}>
            <th scope="row">{title(item.kindId)}</th>
            <td>{periodLabel(item.period, lang)}</td>
            <td>{item.dueDate ? formatCalendarDate(item.dueDate, lang) : t('narrativeReports.dueNotStated')}</td>
            <td className={item.state === 'overdue' || item.state === 'issuedLate' ? 'missed' : ''}>
              {t(`narrativeReports.states.${item.state}`)}
              {item.issued && ` · ${t('narrativeReports.version', { version: item.issued.version })} · ${t('narrativeReports.issuedBy', { name: item.issued.issuedByName, at: formatMoment(item.issued.issuedAt, lang) })}`}
              {item.draftId && ` · ${t('narrativeReports.draftSaved')}`}
            </td>
            <td>
              <button type="button" className="button" onClick={() => void openItem(item)} data-testid={`narrative-open-${item.period.key}`}>
                {item.draftId ? t('narrativeReports.continueDraft') : item.issued ? t('narrativeReports.view') : t('narrativeReports.write')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The issued version on paper, a direct child of the page so the paper style sheet prints it alone; printing starts once React has drawn it. */
export function NarrativePaper() {
  const { printing, printCount, listing } = useNarrativeReportsStore();
  const site = useSessionStore((s) => s.status?.site ?? null);
  useEffect(() => {
    if (printCount > 0) window.print();
  }, [printCount]);
  const kind = printing ? listing?.kinds.find((k) => k.id === printing.kindId) : undefined;
  if (!printing || !kind || !site) return null;
  return <NarrativePrint version={printing} kind={kind} site={site} />;
}
