import { useTranslation } from 'react-i18next';
import type { StaffAccount } from '../../../shared/sync/console-api';
import { useStaffStore } from '../stores/staff-store';
import { ConfirmDialog } from './ConfirmDialog';

/** Asks before disabling: the person is signed out at once and cannot sign in until enabled again. */
export function DisableStaffDialog({ account, onClose }: { account: StaffAccount; onClose(): void }) {
  const { t } = useTranslation();
  const setAccess = useStaffStore((s) => s.setAccess);
  return (
    <ConfirmDialog
      name="disable-staff"
      title={t('console.staff.disableTitle', { name: account.displayName, login: account.login })}
      body={t('console.staff.disableBody')}
      confirmLabel={t('console.staff.disableConfirm')}
      onConfirm={() => setAccess(account.id, { active: false })}
      onClose={onClose}
    />
  );
}
