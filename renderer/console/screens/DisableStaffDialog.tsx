import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffAccount } from '../../../shared/sync/console-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useStaffStore } from '../stores/staff-store';

/** Asks before disabling: the person is signed out at once and cannot sign in until enabled again. */
export function DisableStaffDialog({ account, onClose }: { account: StaffAccount; onClose(): void }) {
  const { t } = useTranslation();
  const setAccess = useStaffStore((s) => s.setAccess);
  const dialog = useRef<HTMLDialogElement>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const confirm = async () => {
    try {
      await setAccess(account.id, { active: false });
      onClose();
    } catch (error) {
      setFailure((error as Error).message);
    }
  };

  return (
    <dialog ref={dialog} className="card console-dialog" aria-labelledby="disable-staff-title" data-testid="disable-staff-dialog" onCancel={onClose}>
      <h3 id="disable-staff-title">{t('console.staff.disableTitle', { name: account.displayName, login: account.login })}</h3>
      <p>{t('console.staff.disableBody')}</p>
      <ErrorBanner messages={failure ? [failure] : []} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('console.sites.cancel')}
        </button>
        <button type="button" className="button danger" data-testid="confirm-disable-staff" onClick={() => void confirm()}>
          {t('console.staff.disableConfirm')}
        </button>
      </div>
    </dialog>
  );
}
