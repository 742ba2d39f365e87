import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withComputedAnswers } from '../../../shared/checklists/computed-answers';
import { findTemplate } from '../../../shared/checklists/templates';
import type { TemplateItem } from '../../../shared/checklists/template-schema';
import { CONSOLE_PATHS, checklistDetailSchema, type ChecklistDetail } from '../../../shared/sync/console-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { currentLanguage } from '../../i18n/i18n';
import { DEFAULT_TIME_ZONE, formatInstant } from '../../lib/zoned-time';
import { printedValue } from '../../screens/checklists/print/print-values';
import { consoleCall } from '../api/console-client';
import { useConsoleNav } from '../stores/console-nav-store';

/**
 * One checklist result as head office opens it (issue 20 item 15): score and
 * grade, every answer under its item's label in the template's order (worded
 * as the site prints it), and the corrective actions raised on it.
 */
export function ChecklistResultScreen({ siteId, id }: { siteId: string; id: string }) {
  const { t } = useTranslation();
  const go = useConsoleNav((s) => s.go);
  const [detail, setDetail] = useState<ChecklistDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const lang = currentLanguage() === 'en' ? 'en' : 'zh';
  const label = (b: { zh: string; en: string }) => b[lang];

  useEffect(() => {
    consoleCall('GET', CONSOLE_PATHS.checklist(siteId, id), checklistDetailSchema).then(setDetail, (failure: Error) => setError(failure.message));
  }, [siteId, id]);

  const template = detail?.row.templateId && detail.row.templateVersion ? findTemplate(detail.row.templateId, detail.row.templateVersion) : undefined;
  // Items the template computes from others (the period employed, the praise: seed004 §C) read as the site prints them.
  const answers: Record<string, unknown> = template && detail ? withComputedAnswers(template, detail.answers as Record<string, unknown>) : (detail?.answers ?? {});
  const answerText = (item: TemplateItem, value: unknown): string => {
    if (value === undefined || value === null || value === '') return '—';
    if (item.kind === 'photo') return t('consoleLists.result.photos', { count: Array.isArray(value) ? value.length : 0 });
    if (item.kind === 'table') return t('consoleLists.result.rows', { count: Array.isArray(value) ? value.length : 0 });
    return printedValue(item, value, t, DEFAULT_TIME_ZONE, label) || '—';
  };

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
          </header>
          <dl className="details">
            <Item label={t('console.complaints.site')} value={`${detail.row.siteCode} ${detail.siteName}`} />
            <Item label={t('console.checklists.started')} value={formatInstant(detail.row.startedAt)} />
            <Item label={t('console.checklists.completed')} value={formatInstant(detail.row.completedAt)} />
            <Item label={t('console.checklists.score')} value={detail.row.score === null ? '—' : String(detail.row.score)} testId="result-score" />
            <Item label={t('console.checklists.grade')} value={detail.row.grade ? label(detail.row.grade) : '—'} testId="result-grade" />
          </dl>
          {template ? (
            template.sections.map((section) => (
              <section key={section.id}>
                <h3>{label(section.title)}</h3>
                <dl className="details" data-testid="result-answers">
                  {section.items.map((item) => (
                    <Item key={item.id} label={label(item.label)} value={answerText(item, answers[item.id])} />
                  ))}
                </dl>
              </section>
            ))
          ) : (
            <p className="muted">{t('consoleLists.result.noTemplate')}</p>
          )}
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
      )}
    </section>
  );
}

function Item({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="detail-item">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}
