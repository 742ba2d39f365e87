import { useTranslation } from 'react-i18next';
import type { PersonalRecordKind, Revealed } from '../../shared/api/privacy';
import { hasPermission } from '../../shared/domain/roles';
import { useSessionStore } from '../stores/session-store';
import { InlineForm } from './InlineForm';
import { useRevealPersonal } from './use-reveal-personal';

/**
 * 查看完整号码 beside a value the core masked (issue 19 §4): for a holder of 'personal.readFull' it asks
 * for the reason and shows the record's personal fields in full, once; the core registers the view.
 * Everyone else, and a value that is not masked, sees only the value.
 */
export function RevealPersonal({ kind, id, value }: { kind: PersonalRecordKind; id: string; value: string | null }) {
  const { t } = useTranslation();
  const user = useSessionStore((s) => s.user);
  const reveal = useRevealPersonal(kind, id);
  const mayReveal = !!user && hasPermission(user.roles, 'personal.readFull') && !!value?.includes('*');

  if (reveal.revealed) return <RevealedFields kind={kind} id={id} fields={reveal.revealed} />;
  return (
    <>
      <span>{value}</span>
      {mayReveal && !reveal.open && (
        <button type="button" className="button ghost small" data-testid={`reveal-${kind}-${id}`} onClick={() => reveal.setOpen(true)}>
          {t('privacy.reveal')}
        </button>
      )}
      {reveal.open && (
        <InlineForm
          prefix="reveal"
          name={`${kind}-${id}`}
          title={t('privacy.revealTitle')}
          busy={reveal.busy}
          other={reveal.problem ? [reveal.problem] : []}
          submitLabel={t('privacy.confirm')}
          busyLabel={t('privacy.revealing')}
          cancelLabel={t('privacy.cancel')}
          onSubmit={() => void reveal.submit()}
          onCancel={reveal.cancel}
        >
          <label htmlFor={`reveal-reason-${id}`}>{t('privacy.reason')}</label>
          <input id={`reveal-reason-${id}`} data-testid="reveal-reason" maxLength={200} value={reveal.reason} onChange={(e) => reveal.setReason(e.target.value)} />
          <small className="field-hint">{t('privacy.reasonHint')}</small>
        </InlineForm>
      )}
    </>
  );
}

/** The record's personal fields in full, once, after a registered view. */
function RevealedFields({ kind, id, fields }: { kind: PersonalRecordKind; id: string; fields: Revealed['fields'] }) {
  const { t } = useTranslation();
  return (
    <span className="revealed-personal" data-testid={`revealed-${kind}-${id}`}>
      {fields.map((f) => (
        <span key={f.field} className="revealed-field">
          {t(`privacy.fields.${f.field}`)}：<strong>{f.value}</strong>{' '}
        </span>
      ))}
      <small className="muted">{t('privacy.revealed')}</small>
    </span>
  );
}
