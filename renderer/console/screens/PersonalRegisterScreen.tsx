import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTER_ACTIONS } from '../../../shared/sync/console-privacy-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatInstant } from '../../lib/zoned-time';
import { usePersonalRegister, type RegisterFilters } from '../stores/personal-register-store';
import { useSitesStore } from '../stores/sites-store';
import { SiteSelect } from './SiteSelect';

const isAction = (value: string): value is (typeof REGISTER_ACTIONS)[number] => (REGISTER_ACTIONS as readonly string[]).includes(value);

/**
 * 个人信息访问登记 (seed002 客户管理制度1 第二十五条, 第三十七条): head office's full views and exports with the
 * sites' registers as they arrived by sync, on one screen, filtered by site, action, person and days.
 */
export function PersonalRegisterScreen() {
  const { t } = useTranslation();
  const { filters, entries, error, load } = usePersonalRegister();
  const sites = useSitesStore((s) => s.sites);
  const loadSites = useSitesStore((s) => s.load);

  useEffect(() => {
    void load(filters);
    if (!sites) void loadSites();
  }, []);

  return (
    <section className="page" data-testid="personal-register">
      <header className="page-header">
        <h2 className="page-title">{t('consolePrivacy.register.title')}</h2>
      </header>
      <RegisterFilterBar filters={filters} load={load} />
      <ErrorBanner messages={error ? [error] : []} />
      {entries && entries.length === 0 && <p>{t('consolePrivacy.register.empty')}</p>}
      {entries && entries.length > 0 && <RegisterTable entries={entries} />}
    </section>
  );
}

type Register = ReturnType<typeof usePersonalRegister.getState>;

/** Site, action, person (sent on Enter) and days; each change reloads. */
function RegisterFilterBar({ filters, load }: Pick<Register, 'filters' | 'load'>) {
  const { t } = useTranslation();
  const [person, setPerson] = useState(filters.person ?? '');
  const change = (next: Partial<RegisterFilters>) => void load({ ...filters, ...next });
  return (
    <div className="toolbar">
      <SiteSelect value={filters.siteId} label={t('consolePrivacy.register.site')} onChange={(siteId) => change({ siteId })} />
      <label>
        {t('consolePrivacy.register.action')}{' '}
        <select className="toolbar-select" data-testid="register-action" value={filters.action ?? ''} onChange={(e) => change({ action: isAction(e.target.value) ? e.target.value : undefined })}>
          <option value="">{t('consolePrivacy.register.allActions')}</option>
          {REGISTER_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {t(`consolePrivacy.register.actions.${action}`)}
            </option>
          ))}
        </select>
      </label>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          change({ person: person.trim() || undefined });
        }}
      >
        <label>
          {t('consolePrivacy.register.person')} <input data-testid="register-person" value={person} maxLength={50} onChange={(e) => setPerson(e.target.value)} />
        </label>
      </form>
      <label>
        {t('consolePrivacy.register.days')}{' '}
        <select className="toolbar-select" data-testid="register-days" value={filters.days} onChange={(e) => change({ days: Number(e.target.value) })}>
          {[7, 30, 90, 365].map((days) => (
            <option key={days} value={days}>
              {days}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** One row per view or export: when, from where, who, what, about whom, why. */
function RegisterTable({ entries }: { entries: NonNullable<Register['entries']> }) {
  const { t } = useTranslation();
  return (
    <table className="table" data-testid="register-table">
        <thead>
          <tr>
            <th>{t('consolePrivacy.register.at')}</th>
            <th>{t('consolePrivacy.register.source')}</th>
            <th>{t('consolePrivacy.register.site')}</th>
            <th>{t('consolePrivacy.register.person')}</th>
            <th>{t('consolePrivacy.register.action')}</th>
            <th>{t('consolePrivacy.register.subject')}</th>
            <th>{t('consolePrivacy.register.rows')}</th>
            <th>{t('consolePrivacy.register.reason')}</th>
            <th>{t('consolePrivacy.register.place')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={`${entry.source}-${entry.id}`} data-testid={`register-${entry.id}`}>
              <td>{formatInstant(entry.at)}</td>
              <td>{t(`consolePrivacy.register.sources.${entry.source}`)}</td>
              <td>{entry.siteCode ?? ''}</td>
              <td>{entry.userName}</td>
              <td>{isAction(entry.action) ? t(`consolePrivacy.register.actions.${entry.action}`) : entry.action}</td>
              <td>{entry.subject}</td>
              <td>{entry.rowCount ?? ''}</td>
              <td>{entry.reason ?? ''}</td>
              <td>{entry.place}</td>
            </tr>
          ))}
        </tbody>
      </table>
  );
}
