import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useTimeZone } from '../../hooks/use-time-zone';
import { formatInstant } from '../../lib/zoned-time';
import { useNavigationStore } from '../../stores/navigation-store';
import { useRiskClassesStore } from '../../stores/risk-classes-store';
import { riskClassLabel } from './risk-class-text';

/** 授信客户风险分类 on the customer files page: the customers of each class, and the reclassifications awaiting a step. */
export function RiskClassOverview() {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  const go = useNavigationStore((s) => s.go);
  const overview = useRiskClassesStore((s) => s.overview);
  const loadOverview = useRiskClassesStore((s) => s.loadOverview);
  const lang = i18n.language;

  useEffect(() => {
    void loadOverview();
  }, [loadOverview]);

  if (!overview) return null;
  return (
    <section className="customer-file-section" data-testid="risk-overview">
      <h3>{t('riskClasses.overview.title')}</h3>
      {overview.classes.map(({ riskClass, customers }) => (
        <div key={riskClass} data-testid={`risk-overview-${riskClass}`}>
          <h4>
            {riskClassLabel(riskClass, lang)} ({customers.length})
          </h4>
          {customers.length === 0 ? (
            <p className="muted">{t('riskClasses.overview.empty')}</p>
          ) : (
            <ul className="customer-list">
              {customers.map((c) => (
                <li key={c.id}>
                  <button type="button" className="customer-list-item" onClick={() => go({ page: 'customer-detail', id: c.id })}>
                    {c.name} <small className="customer-meta">{t('riskClasses.since', { at: formatInstant(c.since, timeZone) })}</small>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      <h4>{t('riskClasses.overview.awaiting', { n: overview.awaiting.length })}</h4>
      {overview.awaiting.length === 0 ? (
        <p className="muted">{t('riskClasses.overview.noneAwaiting')}</p>
      ) : (
        <ul className="customer-list" data-testid="risk-awaiting">
          {overview.awaiting.map((p) => (
            <li key={p.id}>
              <button type="button" className="customer-list-item" onClick={() => go({ page: 'customer-detail', id: p.customerId })}>
                {p.customerName}: {t('riskClasses.pending.change', { from: riskClassLabel(p.fromClass, lang), to: riskClassLabel(p.toClass, lang) })} · {t(`riskClasses.status.${p.status}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
