import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/api/users';

interface UserActionsProps {
  user: User;
  /** The signed-in person. */
  me: User;
  /** Every role of `user` is within the person's rights (shared/domain/roles.ts); the core checks again. */
  mayChange: boolean;
  busy: boolean;
  onSetActive: (active: boolean) => void;
  onReset: () => void;
}

/**
 * One account's actions in the user list: disable (after a confirmation) or
 * enable, and reset the PIN or password. Nothing for an account above one's
 * own rights; one's own account may not be disabled here.
 */
export function UserActions({ user, me, mayChange, busy, onSetActive, onReset }: UserActionsProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);

  if (!mayChange) {
    return (
      <span className="muted" data-testid={`user-above-${user.login}`}>
        {t('accounts.accountAboveOwn')}
      </span>
    );
  }
  if (confirming) {
    return (
      <span className="row-actions" role="group" aria-label={t('accounts.confirmDisable', { name: user.displayName })}>
        <span>{t('accounts.confirmDisable', { name: user.displayName })}</span>
        <button
          type="button"
          className="button danger"
          disabled={busy}
          data-testid={`user-confirm-disable-${user.login}`}
          onClick={() => {
            setConfirming(false);
            onSetActive(false);
          }}
        >
          {t('accounts.confirm')}
        </button>
        <button type="button" className="button" onClick={() => setConfirming(false)}>
          {t('accounts.cancel')}
        </button>
      </span>
    );
  }
  return (
    <span className="row-actions">
      {user.id !== me.id &&
        (user.active ? (
          <button type="button" className="button" disabled={busy} data-testid={`user-disable-${user.login}`} onClick={() => setConfirming(true)}>
            {t('accounts.disable')}
          </button>
        ) : (
          <button type="button" className="button" disabled={busy} data-testid={`user-enable-${user.login}`} onClick={() => onSetActive(true)}>
            {t('accounts.enable')}
          </button>
        ))}
      <button type="button" className="button" disabled={busy} data-testid={`user-reset-${user.login}`} onClick={onReset}>
        {t('accounts.resetSecret')}
      </button>
    </span>
  );
}
