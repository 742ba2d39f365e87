import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { periodKeyOf, type PeriodKind } from '../../../shared/reports/period';

/** The period and site a head-office panel asks about; an empty `siteId` means every site. */
export interface PeriodSiteChoice<K extends PeriodKind = PeriodKind> {
  kind: K;
  key: string;
  siteId: string;
}

export interface ConsoleSite {
  id: string;
  code: string;
  name: string;
}

/**
 * The filter's state, starting from the store's last query when there is one (coming back to the
 * screen shows what was asked), else this month and every site.
 */
export function usePeriodSiteChoice<K extends PeriodKind>(today: string, last?: { kind: K; key: string; siteId?: string | undefined }) {
  return useState<PeriodSiteChoice<K>>(() => ({ kind: last?.kind ?? ('month' as K), key: last?.key ?? periodKeyOf('month', today), siteId: last?.siteId ?? '' }));
}

/** The choice as a query: the key without stray spaces, the site only when one is chosen. */
export function periodSiteQuery<K extends PeriodKind>(choice: PeriodSiteChoice<K>): { kind: K; key: string; siteId?: string } {
  return { kind: choice.kind, key: choice.key.trim(), ...(choice.siteId ? { siteId: choice.siteId } : {}) };
}

/** A panel's own wording, translated (each panel names its period and sites in its own terms). */
export interface PeriodSiteLabels<K extends PeriodKind = PeriodKind> {
  period: string;
  kind(kind: K): string;
  site: string;
  allSites: string;
  run: string;
}

interface PeriodSiteFormProps<K extends PeriodKind> {
  choice: PeriodSiteChoice<K>;
  onChange(choice: PeriodSiteChoice<K>): void;
  onRun(): void;
  kinds: readonly K[];
  sites: readonly ConsoleSite[];
  today: string;
  labels: PeriodSiteLabels<K>;
  /** Prefix of the controls' test ids: `${testId}-kind`, `-key`, `-site`, `-run`. */
  testId: string;
  /** Fields a panel asks before the period (the report to run). */
  leading?: ReactNode;
  /** Fields a panel asks after the site (the analysis report kind). */
  children?: ReactNode;
}

/** Period kind, period key and site, then 查询: a new kind starts at the period holding today. */
export function PeriodSiteForm<K extends PeriodKind>({ choice, onChange, onRun, kinds, sites, today, labels, testId, leading, children }: PeriodSiteFormProps<K>) {
  const { t } = useTranslation();
  return (
    <form
      className="report-controls toolbar"
      onSubmit={(e) => {
        e.preventDefault();
        onRun();
      }}
    >
      {leading}
      <label>
        {labels.period}
        <select value={choice.kind} onChange={(e) => onChange({ ...choice, kind: e.target.value as K, key: periodKeyOf(e.target.value as K, today) })} data-testid={`${testId}-kind`}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {labels.kind(k)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('reports.periodKey')}
        <input value={choice.key} onChange={(e) => onChange({ ...choice, key: e.target.value })} size={9} data-testid={`${testId}-key`} />
      </label>
      <label>
        {labels.site}
        <select value={choice.siteId} onChange={(e) => onChange({ ...choice, siteId: e.target.value })} data-testid={`${testId}-site`}>
          <option value="">{labels.allSites}</option>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>
              {s.code} {s.name}
            </option>
          ))}
        </select>
      </label>
      {children}
      <button type="submit" className="button primary" data-testid={`${testId}-run`}>
        {labels.run}
      </button>
    </form>
  );
}
