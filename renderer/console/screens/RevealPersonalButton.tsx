import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useConsoleSession } from '../stores/console-session-store';
import { useRevealPersonal, type RevealPersonalState, type ShownPersonal } from './use-reveal-personal';

/**
 * 查看完整号码 beside a record the server answered masked: only for a staff member holding the right
 * (granted by an administrator); asks for the reason, which head office registers with the view.
 * The server checks the right and the reason again.
 */
export function RevealPersonalButton({ siteId, entity, id }: { siteId: string; entity: string; id: string }) {
  const { t } = useTranslation();
  const mayReveal = useConsoleSession((s) => s.user?.personalReadFull === true);
  const state = useRevealPersonal({ siteId, entity, id });
  if (!mayReveal) return null;
  if (state.shown) return <RevealedPersonal shown={state.shown} />;
  return (
    <div className="reveal-personal">
      {!state.asking && (
        <button type="button" className="button" data-testid="reveal-personal" onClick={() => state.setAsking(true)}>
          {t('consolePrivacy.reveal')}
        </button>
      )}
      {state.asking && <RevealReasonForm state={state} />}
      <ErrorBanner messages={state.error ? [state.error] : []} />
    </div>
  );
}

/** The personal fields the server answered, by name; a sentence when the record holds none. */
function RevealedPersonal({ shown }: { shown: ShownPersonal }) {
  const { t } = useTranslation();
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

/** The reason for the view, registered by head office, with confirm and cancel. */
function RevealReasonForm({ state }: { state: RevealPersonalState }) {
  const { t } = useTranslation();
  const { reason, setReason, setAsking, reveal } = state;
  return (
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
  );
}
