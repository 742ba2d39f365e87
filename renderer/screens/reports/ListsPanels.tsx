import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../shared/api/contract';
import { formatCalendarDate, formatMoment } from '../../lib/locale-format';
import { currentLanguage } from '../../i18n/i18n';
import { useCitation } from '../../components/SourceCitation';

/** 逾期事项: overdue complaints by owner and unit, then corrective actions, checklist actions and extensions waiting past their limit. */
export function OverduePanel({ overdue }: { overdue: ApiOutput<'reports.overdue'> }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const empty = overdue.complaints.summary.length === 0 && overdue.items.length === 0;
  return (
    <section className="card" data-testid="report-overdue" aria-label={t('reports.overdue')}>
      <h3>{t('reports.overdue')}</h3>
      {empty && <p className="muted">{t('reports.overdueNone')}</p>}
      {overdue.complaints.summary.length > 0 && (
        <table className="report-table">
          <caption>{t('reports.overdueComplaints')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.unit')}</th>
              <th scope="col">{t('reports.owner')}</th>
              <th scope="col">{t('reports.count')}</th>
              <th scope="col">{t('reports.oldestDue')}</th>
            </tr>
          </thead>
          <tbody>
            {overdue.complaints.summary.map((s) => (
              <tr key={`${s.unit}|${s.handlerId}`}>
                <td>{s.unit ?? t('reports.unstated')}</td>
                <td>{s.handlerName ?? t('reports.unstated')}</td>
                <td className="num">{s.count}</td>
                <td>{formatMoment(s.oldestDue, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {overdue.items.length > 0 && (
        <table className="report-table">
          <caption>{t('reports.overdueItems')}</caption>
          <tbody>
            {overdue.items.map((item) => (
              <tr key={`${item.kind}-${item.id}`}>
                <td>{t(`reports.itemKinds.${item.kind}`)}</td>
                <td>{item.ref}</td>
                <td>{item.title}</td>
                <td>{item.ownerName ?? ''}</td>
                <td>{item.unit ?? ''}</td>
                <td>{formatMoment(item.dueAt, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** 计划与完成: per schedule, what was due in the period and what was done. */
export function CadencePanel({ cadence }: { cadence: ApiOutput<'reports.cadence'> }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const lang = currentLanguage();
  return (
    <section className="card" data-testid="report-cadence" aria-label={t('reports.cadence')}>
      <h3>{t('reports.cadence')}</h3>
      <p className="muted">{t('reports.cadenceHint')}</p>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t('reports.report')}</th>
            <th scope="col">{t('reports.periodKind')}</th>
            <th scope="col">{t('reports.planned')}</th>
            <th scope="col">{t('reports.done')}</th>
            <th scope="col">{t('reports.missed')}</th>
            <th scope="col">{t('reports.open')}</th>
            <th scope="col">{t('reports.source')}</th>
          </tr>
        </thead>
        <tbody>
          {cadence.schedules.map((s) => (
            <tr key={s.id} data-schedule={s.id}>
              <th scope="row" title={s.occurrences.map((o) => `${formatCalendarDate(o.dueBy, lang)} ${o.done}/${o.required}`).join('\n')}>
                {lang === 'en' ? s.title.en : s.title.zh}
              </th>
              <td>{t(`reports.scheduleKinds.${s.kind as 'daily'}`)}</td>
              <td className="num">{s.planned}</td>
              <td className="num">{s.done}</td>
              <td className={s.missed > 0 ? 'num missed' : 'num'}>{s.missed}</td>
              <td className="num">{s.open}</td>
              <td className="muted">{cite(s.source)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
