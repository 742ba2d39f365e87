import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffAccount } from '../../../shared/sync/console-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ActionsHeader } from '../../components/ActionsHeader';
import { formatInstant } from '../../lib/zoned-time';
import { useConsoleSession } from '../stores/console-session-store';
import { STAFF_STATES, type StaffSort, type StaffState } from '../../../shared/sync/console-lists-api';
import { STAFF_PAGE_SIZE, useStaffStore } from '../stores/staff-store';
import { CreateStaffForm } from './CreateStaffForm';
import { DisableStaffDialog } from './DisableStaffDialog';
import { ListCount, ListFilterForm, SortHeader } from './ListControls';
import { Pager } from './Pager';
import { ResetPasswordDialog } from './ResetPasswordDialog';

type StaffDialog = 'password' | 'disable';

/**
 * 人员/账号: every staff account; create one, reset a password, disable or
 * enable, make or unmake an administrator. Found by login or name and by
 * state, sorted by a column (names in pinyin order), counted, a page at a time.
 */
export function StaffScreen() {
  const { t } = useTranslation();
  const { accounts, query, total, error, load } = useStaffStore();
  const [open, setOpen] = useState<{ dialog: StaffDialog; account: StaffAccount } | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  // A function, not a nested component: a component made anew each render would remount its button mid-click.
  const sortable = (column: StaffSort, label: string) => (
    <SortHeader column={column} current={{ sort: query.sort, dir: query.dir ?? 'asc' }} defaultKey="login" onSort={(sorting) => void load({ ...query, ...sorting, offset: 0 })}>
      {label}
    </SortHeader>
  );

  return (
    <section className="page" data-testid="staff-screen">
      <header className="page-header">
        <h2 className="page-title">{t('console.staff.title')}</h2>
      </header>
      <p className="muted">{t('console.staff.lead')}</p>
      <ErrorBanner messages={error ? [error] : []} />
      <CreateStaffForm />
      <ListFilterForm<StaffState>
        name="staff"
        stateName="state"
        searchLabel={t('consoleLists.staffSearch')}
        stateLabel={t('consoleLists.staffState')}
        allStatesLabel={t('consoleLists.allStaffStates')}
        states={STAFF_STATES}
        stateText={(state) => t(`consoleLists.staffStates.${state}`)}
        query={{ q: query.q, state: query.state }}
        onChange={({ q, state }) => void load({ ...query, q, state, offset: 0 })}
      />
      {accounts && <ListCount total={total} />}
      {accounts === null ? (
        <p className="muted">{t('console.loading')}</p>
      ) : (
        <StaffTable accounts={accounts} sortable={sortable} onOpen={(dialog, account) => setOpen({ dialog, account })} />
      )}
      <Pager offset={query.offset ?? 0} pageSize={STAFF_PAGE_SIZE} shown={accounts?.length ?? 0} total={total} onPage={(offset) => void load({ ...query, offset })} />
      {open?.dialog === 'password' && <ResetPasswordDialog account={open.account} onClose={() => setOpen(null)} />}
      {open?.dialog === 'disable' && <DisableStaffDialog account={open.account} onClose={() => setOpen(null)} />}
    </section>
  );
}

/** The accounts of the page, one row each, under headers that sort by login, name and creation. */
function StaffTable({ accounts, sortable, onOpen }: { accounts: StaffAccount[]; sortable(column: StaffSort, label: string): ReactNode; onOpen(dialog: StaffDialog, account: StaffAccount): void }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="staff-table">
        <thead>
          <tr>
            {sortable('login', t('console.staff.login'))}
            {sortable('name', t('console.staff.displayName'))}
            <th>{t('console.staff.role')}</th>
            <th>{t('console.staff.state')}</th>
            {sortable('created', t('console.staff.createdAt'))}
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <StaffRow key={account.id} account={account} onOpen={(dialog) => onOpen(dialog, account)} />
          ))}
        </tbody>
      </table>
      {accounts.length === 0 && <p className="muted">{t('console.empty')}</p>}
    </div>
  );
}

function StaffRow({ account, onOpen }: { account: StaffAccount; onOpen(dialog: StaffDialog): void }) {
  const { t } = useTranslation();
  const me = useConsoleSession((s) => s.user?.id) === account.id;
  const setAccess = useStaffStore((s) => s.setAccess);
  const [failure, setFailure] = useState<string | null>(null);
  const change = (next: { active?: boolean; admin?: boolean; personalReadFull?: boolean }) => {
    setFailure(null);
    setAccess(account.id, next).catch((error: Error) => setFailure(error.message));
  };
  return (
    <tr data-testid={`staff-${account.login}`}>
      <td className="mono">{account.login}</td>
      <td>
        {account.displayName}
        {me && <span className="muted"> {t('console.staff.you')}</span>}
      </td>
      <td data-testid="staff-role">
        {account.admin ? t('console.staff.admin') : t('console.staff.member')}
        {account.personalReadFull && <span className="tag"> {t('consolePrivacy.mayReadFull')}</span>}
      </td>
      <td data-testid="staff-state">
        {account.disabledAt ? <span className="tag console-revoked">{t('console.staff.disabledSince', { at: formatInstant(account.disabledAt) })}</span> : t('console.staff.active')}
      </td>
      <td className="nowrap">{formatInstant(account.createdAt)}</td>
      <td>
        <div className="console-row-actions">
          <button type="button" className="link-button" data-testid="staff-reset-password" onClick={() => onOpen('password')}>
            {t('console.staff.resetPassword')}
          </button>
          {!me &&
            (account.disabledAt ? (
              <button type="button" className="link-button" data-testid="staff-enable" onClick={() => change({ active: true })}>
                {t('console.staff.enable')}
              </button>
            ) : (
              <button type="button" className="link-button" data-testid="staff-disable" onClick={() => onOpen('disable')}>
                {t('console.staff.disable')}
              </button>
            ))}
          {!me && (
            <button type="button" className="link-button" data-testid="staff-toggle-admin" onClick={() => change({ admin: !account.admin })}>
              {account.admin ? t('console.staff.unmakeAdmin') : t('console.staff.makeAdmin')}
            </button>
          )}
          {!me && (
            <button type="button" className="link-button" data-testid="staff-toggle-personal" onClick={() => change({ personalReadFull: !account.personalReadFull })}>
              {account.personalReadFull ? t('consolePrivacy.withdraw') : t('consolePrivacy.grant')}
            </button>
          )}
        </div>
        <ErrorBanner messages={failure ? [failure] : []} />
      </td>
    </tr>
  );
}
