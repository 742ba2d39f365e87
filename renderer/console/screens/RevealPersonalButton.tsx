import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSOLE_PRIVACY_PATHS, revealResponseSchema } from '../../../shared/sync/console-privacy-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { consoleCall } from '../api/console-client';
import { useConsoleSession } from '../stores/console-session-store';

/** The personal fields a record's payload may carry (as shared/privacy/mask.ts names them). */
const PERSONAL_KEYS = ['customerPhone', 'phone', 'phone2', 'idNumber', 'address', 'contact', 'posterContact'] as const;
type PersonalKey = (typeof PERSONAL_KEYS)[number];

/**
 * 查看完整号码 beside a record the server answered masked: only for a staff member holding the right
 * (granted by an administrator); asks for the reason, which head office registers with the view.
 * The server checks the right and the reason again.
 */
export function RevealPersonalButton({ siteId, entity, id }: { siteId: string; entity: string; id: string }) {
  const { t } = useTranslation();
  const mayReveal = useConsoleSession((s) => s.user?.personalReadFull === true);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [shown, setShown] = useState<{ field: PersonalKey; value: string }[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!mayReveal) return null;

  const reveal = () => {
    consoleCall('POST', CONSOLE_PRIVACY_PATHS.reveal, revealResponseSchema, { siteId, entity, id, reason: reason.trim() }).then(
      (answer) => {
        const payload = (answer.payload && typeof answer.payload === 'object' ? answer.payload : {}) as Record<string, unknown>;
        setShown(PERSONAL_KEYS.flatMap((field) => (typeof payload[field] === 'string' && payload[field] ? [{ field, value: payload[field] as string }] : [])));
        setAsking(false);
        setError(null);
      },
      (failure: Error) => setError(failure.message),
    );
  };

  if (shown) {
    return (
      <dl className="details" data-testid="revealed-personal">
        {shown.length === 0 && <p>{t('consolePrivacy.nothingHeld')}</p>}
        {shown.map(({ field, value }) => (
          <div className="detail-item" key={field}>
            <dt>{t(`consolePrivacy.fields.${field}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <div className="reveal-personal">
      {!asking && (
        <button type="button" className="button" data-testid="reveal-personal" onClick={() => setAsking(true)}>
          {t('consolePrivacy.reveal')}
        </button>
      )}
      {asking && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            reveal();
          }}
        >
          <label>
            {t('consolePrivacy.reason')}{' '}
            <input data-testid="reveal-reason" value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />
          </label>{' '}
          <button type="submit" className="button primary" data-testid="reveal-confirm" disabled={reason.trim() === ''}>
            {t('consolePrivacy.confirm')}
          </button>{' '}
          <button type="button" className="button" onClick={() => setAsking(false)}>
            {t('consolePrivacy.cancel')}
          </button>
          <p className="hint">{t('consolePrivacy.registeredHint')}</p>
        </form>
      )}
      <ErrorBanner messages={error ? [error] : []} />
    </div>
  );
}
