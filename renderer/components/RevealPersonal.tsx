import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonalRecordKind, Revealed } from '../../shared/api/privacy';
import { hasPermission } from '../../shared/domain/roles';
import { api } from '../api/client';
import { errorText } from '../lib/error-text';
import { useSessionStore } from '../stores/session-store';
import { InlineForm } from './InlineForm';

/**
 * 查看完整号码 beside a value the core masked (issue 19 §4): for a holder of 'personal.readFull' it asks
 * for the reason and shows the record's personal fields in full, once; the core registers the view.
 * Everyone else, and a value that is not masked, sees only the value.
 */
export function RevealPersonal({ kind, id, value }: { kind: PersonalRecordKind; id: string; value: string | null }) {
  const { t } = useTranslation();
  const user = useSessionStore((s) => s.user);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<Revealed['fields'] | null>(null);
  const mayReveal = !!user && hasPermission(user.roles, 'personal.readFull') && !!value?.includes('*');

  const submit = async () => {
    if (!reason.trim()) {
      setProblem(t('privacy.errors.reasonRequired'));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      setRevealed((await api.call('privacy.reveal', { kind, id, reason })).fields);
      setOpen(false);
    } catch (error) {
      setProblem(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };

  if (revealed) {
    return (
      <span className="revealed-personal" data-testid={`revealed-${kind}-${id}`}>
        {revealed.map((f) => (
          <span key={f.field} className="revealed-field">
            {t(`privacy.fields.${f.field}`)}：<strong>{f.value}</strong>{' '}
          </span>
        ))}
        <small className="muted">{t('privacy.revealed')}</small>
      </span>
    );
  }
  return (
    <>
      <span>{value}</span>
      {mayReveal && !open && (
        <button type="button" className="button ghost small" data-testid={`reveal-${kind}-${id}`} onClick={() => setOpen(true)}>
          {t('privacy.reveal')}
        </button>
      )}
      {open && (
        <InlineForm
          prefix="reveal"
          name={`${kind}-${id}`}
          title={t('privacy.revealTitle')}
          busy={busy}
          other={problem ? [problem] : []}
          submitLabel={t('privacy.confirm')}
          busyLabel={t('privacy.revealing')}
          cancelLabel={t('privacy.cancel')}
          onSubmit={() => void submit()}
          onCancel={() => {
            setOpen(false);
            setProblem(null);
          }}
        >
          <label htmlFor={`reveal-reason-${id}`}>{t('privacy.reason')}</label>
          <input id={`reveal-reason-${id}`} data-testid="reveal-reason" maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />
          <small className="field-hint">{t('privacy.reasonHint')}</small>
        </InlineForm>
      )}
    </>
  );
}
