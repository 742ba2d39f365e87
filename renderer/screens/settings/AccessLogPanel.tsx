import { useCallback, useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ACCESS_ACTIONS, PERSONAL_FIELDS, PERSONAL_RECORD_KINDS, type AccessAction, type AccessEntry } from '../../../shared/api/privacy';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTimeZone } from '../../hooks/use-time-zone';
import { currentLanguage } from '../../i18n/i18n';
import { errorText } from '../../lib/error-text';
import { formatMoment } from '../../lib/locale-format';
import { useSettingsStore } from '../../stores/settings-store';
import { DateField } from '../../components/DateField';

interface Filter {
  action: AccessAction | '';
  userId: string;
  from: string;
  to: string;
}

const NO_FILTER: Filter = { action: '', userId: '', from: '', to: '' };

/** The filter as the core takes it: the empty choices left out. */
function query(filter: Filter) {
  return {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.userId ? { userId: filter.userId } : {}),
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
  };
}

const isRecordKind = (subject: string): subject is (typeof PERSONAL_RECORD_KINDS)[number] => (PERSONAL_RECORD_KINDS as readonly string[]).includes(subject);
const isPersonalField = (field: string): field is (typeof PERSONAL_FIELDS)[number] => (PERSONAL_FIELDS as readonly string[]).includes(field);

/** The filter: action, user, from and to; applied on 查询. */
function AccessLogFilter({ filter, onChange, onApply }: { filter: Filter; onChange: (filter: Filter) => void; onApply: () => void }) {
  const { t } = useTranslation();
  const users = useSettingsStore((s) => s.users);
  const set = <K extends keyof Filter>(key: K, value: Filter[K]) => onChange({ ...filter, [key]: value });
  return (
    <form
      className="toolbar"
      onSubmit={(event) => {
        event.preventDefault();
        onApply();
      }}
    >
      <label>
        {t('privacy.log.action')}{' '}
        <select data-testid="access-log-action" value={filter.action} onChange={(e) => set('action', e.target.value as Filter['action'])}>
          <option value="">{t('privacy.log.anyAction')}</option>
          {ACCESS_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {t(`privacy.log.actions.${action}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('privacy.log.user')}{' '}
        <select data-testid="access-log-user" value={filter.userId} onChange={(e) => set('userId', e.target.value)}>
          <option value="">{t('privacy.log.anyAction')}</option>
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.displayName}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('privacy.log.from')} <DateField data-testid="access-log-from" value={filter.from} onChange={(v) => set('from', v)} />
      </label>
      <label>
        {t('privacy.log.to')} <DateField data-testid="access-log-to" value={filter.to} onChange={(v) => set('to', v)} />
      </label>
      <button type="submit" className="button" data-testid="access-log-apply">
        {t('privacy.log.apply')}
      </button>
    </form>
  );
}

/** A record kind, or a kind with the fields removed ("customer: phone, address"); an export's file name as it is. */
function subjectText(subject: string, t: TFunction): string {
  if (subject === 'destruction' || subject === 'subjectAccess') return t(`privacy.log.subjects.${subject}`);
  const [kind = '', fields = ''] = subject.split(': ');
  if (!isRecordKind(kind)) return subject;
  const named = fields.split(', ').filter(isPersonalField).map((field) => t(`privacy.fields.${field}`));
  return named.length > 0 ? `${t(`privacy.log.subjects.${kind}`)}：${named.join(t('common.listSeparator'))}` : t(`privacy.log.subjects.${kind}`);
}

/** The register's entries: when, who, what was done, to what, how many rows, why, where. */
function AccessLogEntries({ entries }: { entries: AccessEntry[] }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  return (
    <table className="table" data-testid="access-log-entries">
      <thead>
        <tr>
          <th>{t('privacy.log.at')}</th>
          <th>{t('privacy.log.user')}</th>
          <th>{t('privacy.log.action')}</th>
          <th>{t('privacy.log.subject')}</th>
          <th>{t('privacy.log.rows')}</th>
          <th>{t('privacy.log.reasonColumn')}</th>
          <th>{t('privacy.log.place')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-testid="access-log-entry">
            <td>{formatMoment(entry.at, currentLanguage(), timeZone)}</td>
            <td>{entry.userName}</td>
            <td>{t(`privacy.log.actions.${entry.action}`)}</td>
            <td>{subjectText(entry.subject, t)}</td>
            <td>{entry.rowCount ?? ''}</td>
            <td>{entry.reason ?? ''}</td>
            <td>{entry.place}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * 个人信息访问登记 for the station lead: every full view, bulk export and deletion of personal data,
 * with who, when, where, what and why (seed002 客户管理制度1 第三十三条 内部审计、第三十七条).
 */
export function AccessLogPanel() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [entries, setEntries] = useState<AccessEntry[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const load = useCallback(async (wanted: Filter) => {
    setFailure(null);
    try {
      setEntries(await api.call('privacy.accessLog', query(wanted)));
    } catch (error) {
      setFailure(error);
    }
  }, []);
  useEffect(() => void load(NO_FILTER), [load]);

  return (
    <div className="panel" data-testid="access-log">
      <h3>{t('privacy.log.title')}</h3>
      <p className="field-hint">{t('privacy.log.intro')}</p>
      <AccessLogFilter filter={filter} onChange={setFilter} onApply={() => void load(filter)} />
      <ErrorBanner messages={failure ? [errorText(failure, t)] : []} />
      {entries?.length === 0 && <p className="muted">{t('privacy.log.empty')}</p>}
      {entries && entries.length > 0 && <AccessLogEntries entries={entries} />}
    </div>
  );
}
