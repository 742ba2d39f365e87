import { useTranslation } from 'react-i18next';
import { useSitesStore } from '../stores/sites-store';

/** All sites, or one. */
export function SiteSelect({ value, label, onChange }: { value: string | undefined; label: string; onChange(siteId: string | undefined): void }) {
  const { t } = useTranslation();
  const sites = useSitesStore((s) => s.sites);
  return (
    <label>
      {label}{' '}
      <select className="toolbar-select" data-testid="site-filter" value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{t('console.complaints.allSites')}</option>
        {(sites ?? []).map((s) => (
          <option key={s.id} value={s.id}>
            {s.code} {s.name}
          </option>
        ))}
      </select>
    </label>
  );
}
