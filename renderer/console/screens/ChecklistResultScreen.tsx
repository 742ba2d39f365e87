import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECKLIST_ACTION_STATUSES } from '../../../shared/api/checklists';
import { withComputedAnswers } from '../../../shared/checklists/computed-answers';
import { recordScore } from '../../../shared/checklists/record-score';
import { findTemplate } from '../../../shared/checklists/templates';
import type { TemplateItem } from '../../../shared/checklists/template-schema';
import { CONSOLE_PATHS, checklistDetailSchema, type ChecklistDetail } from '../../../shared/sync/console-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { currentLanguage } from '../../i18n/i18n';
import { DEFAULT_TIME_ZONE, formatInstant } from '../../lib/zoned-time';
import { ChecklistPrintSheet } from '../../screens/checklists/print/ChecklistPrintSheet';
import type { PrintableRecord, PrintSource } from '../../screens/checklists/print/print-source';
import { printedValue } from '../../screens/checklists/print/print-values';
import { usePrint } from '../../screens/checklists/print/use-print';
import { consoleCall } from '../api/console-client';
import { useConsoleNav } from '../stores/console-nav-store';
import { photosOfItem, ResultPhotos } from './ResultPhotos';

/**
 * One checklist result as head office opens it (issue 20 item 15): score and
 * grade, every answer under its item's label in the template's order (worded
 * as the site prints it), photos as thumbnails that open full size, and the
 * corrective actions raised on it. 打印 A4 prints the site's own A4 report
 * (the one print sheet), with the photos from head office's photo route.
 */
export function ChecklistResultScreen({ siteId, id }: { siteId: string; id: string }) {
  const { t } = useTranslation();
  const go = useConsoleNav((s) => s.go);
  const [detail, setDetail] = useState<ChecklistDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const lang = currentLanguage() === 'en' ? 'en' : 'zh';
  const label = (b: { zh: string; en: string }) => b[lang];
  const { print } = usePrint();
  const photoUrl = (attachmentId: string) => CONSOLE_PATHS.checklistPhoto(siteId, id, attachmentId);

  useEffect(() => {
    consoleCall('GET', CONSOLE_PATHS.checklist(siteId, id), checklistDetailSchema).then(setDetail, (failure: Error) => setError(failure.message));
  }, [siteId, id]);

  const template = detail?.row.templateId && detail.row.templateVersion ? findTemplate(detail.row.templateId, detail.row.templateVersion) : undefined;

  return (
    <section className="page" data-testid="checklist-result">
      <button type="button" className="link-button" onClick={() => go({ page: 'checklists' })}>
        ← {t('console.complaints.back')}
      </button>
      <ErrorBanner messages={error ? [error] : []} />
      {detail && (
        <>
          <header className="page-header">
            <h2 className="page-title">{detail.row.templateTitle ? label(detail.row.templateTitle) : t('consoleLists.result.unknownTemplate')}</h2>
            {template && (
              <button type="button" className="button secondary" onClick={() => print('filled')} data-testid="result-print">
                {t('consoleLists.result.print')}
              </button>
            )}
          </header>
          <ResultSummary detail={detail} />
          {template ? <ResultAnswers template={template} detail={detail} photoUrl={photoUrl} /> : <p className="muted">{t('consoleLists.result.noTemplate')}</p>}
          <ResultActions detail={detail} />
        </>
      )}
      {detail && template && (
        <ChecklistPrintSheet template={template} record={printableRecord(detail, template.version)} score={recordScore(template, detail.answers)} source={printSource(detail, photoUrl)} />
      )}
    </section>
  );
}

/** The record as the print sheet reads it; what head office lacks (a name it never received) prints blank rather than as an id. */
function printableRecord(detail: ChecklistDetail, templateVersion: string): PrintableRecord {
  const statuses: readonly string[] = CHECKLIST_ACTION_STATUSES;
  return {
    answers: detail.answers,
    templateVersion: detail.row.templateVersion ?? templateVersion,
    startedByName: detail.startedByName ?? '',
    startedAt: detail.row.startedAt ?? '',
    completedAt: detail.row.completedAt,
    actions: detail.actions.map((a) => ({
      id: a.id,
      problem: a.problem ?? '',
      action: a.action ?? '',
      ownerName: a.ownerName ?? '',
      dueAt: a.dueAt ?? '',
      status: a.status !== null && statuses.includes(a.status) ? (a.status as PrintableRecord['actions'][number]['status']) : null,
      implementationNote: a.implementationNote,
      closeNote: a.closeNote,
    })),
  };
}

/** The record's site, head office's time zone for sites (Asia/Shanghai), and every photo at its console URL (the browser fetches it with the session). */
function printSource(detail: ChecklistDetail, photoUrl: (attachmentId: string) => string): PrintSource {
  const images = new Proxy({} as Record<string, string>, { get: (_target, key) => (typeof key === 'string' ? photoUrl(key) : undefined) });
  return { site: { name: detail.siteName, code: detail.row.siteCode }, timeZone: DEFAULT_TIME_ZONE, images, fetchImage: () => {} };
}

/** One answer; `wide` takes the whole row (an item's photos side by side). */
function Item({ label, value, testId, wide = false, children }: { label: string; value?: string; testId?: string; wide?: boolean; children?: ReactNode }) {
  return (
    <div className={wide ? 'detail-item wide' : 'detail-item'}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children ?? value}</dd>
    </div>
  );
}

type Template = NonNullable<ReturnType<typeof findTemplate>>;
type Labeller = (b: { zh: string; en: string }) => string;
const useLabel = (): Labeller => {
  const lang = currentLanguage() === 'en' ? 'en' : 'zh';
  return (b) => b[lang];
};

/** Where and when the record was made, its score and grade. */
function ResultSummary({ detail }: { detail: ChecklistDetail }) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <dl className="details">
      <Item label={t('console.complaints.site')} value={`${detail.row.siteCode} ${detail.siteName}`} />
      <Item label={t('console.checklists.started')} value={formatInstant(detail.row.startedAt)} />
      <Item label={t('console.checklists.completed')} value={formatInstant(detail.row.completedAt)} />
      <Item label={t('console.checklists.score')} value={detail.row.score === null ? '—' : String(detail.row.score)} testId="result-score" />
      <Item label={t('console.checklists.grade')} value={detail.row.grade ? label(detail.row.grade) : '—'} testId="result-grade" />
    </dl>
  );
}

/** Every answer under its item's label, section by section in the template's order, with its photos. */
function ResultAnswers({ template, detail, photoUrl }: { template: Template; detail: ChecklistDetail; photoUrl: (attachmentId: string) => string }) {
  const { t } = useTranslation();
  const label = useLabel();
  // Items the template computes from others (the period employed, the praise: seed004 §C) read as the site prints them.
  const answers = withComputedAnswers(template, detail.answers as Record<string, unknown>);
  const answerText = (item: TemplateItem, value: unknown): string => {
    if (value === undefined || value === null || value === '') return '—';
    if (item.kind === 'table') return t('consoleLists.result.rows', { count: Array.isArray(value) ? value.length : 0 });
    return printedValue(item, value, t, DEFAULT_TIME_ZONE, label) || '—';
  };
  return (
    <>
      {template.sections.map((section) => (
        <section key={section.id}>
          <h3>{label(section.title)}</h3>
          <dl className="details" data-testid="result-answers">
            {section.items.map((item) => {
              const photos = photosOfItem(item, answers[item.id], label, (n) => t('consoleLists.result.row', { n }));
              return (
                <Item key={item.id} label={label(item.label)} wide={photos.length > 0}>
                  {item.kind === 'photo' && photos.length > 0 ? null : answerText(item, answers[item.id])}
                  <ResultPhotos photos={photos} itemLabel={label(item.label)} photoUrl={photoUrl} />
                </Item>
              );
            })}
          </dl>
        </section>
      ))}
    </>
  );
}

/** The corrective actions raised on the record, with their status. */
function ResultActions({ detail }: { detail: ChecklistDetail }) {
  const { t } = useTranslation();
  return (
    <>
    <h3>{t('consoleLists.result.actions')}</h3>
    {detail.actions.length === 0 ? (
      <p className="muted">{t('consoleLists.result.noActions')}</p>
    ) : (
      <ul data-testid="result-actions">
        {detail.actions.map((a) => (
          <li key={a.id}>
            {t('consoleLists.result.action', { problem: a.problem ?? '—', action: a.action ?? '—', owner: a.ownerName ?? t('consoleTimeline.someone'), due: formatInstant(a.dueAt) })}
            {a.status === 'open' || a.status === 'implemented' || a.status === 'closed' ? ` ${t(`consoleLists.result.statuses.${a.status}`)}` : ''}
          </li>
        ))}
      </ul>
    )}
    </>
  );
}
