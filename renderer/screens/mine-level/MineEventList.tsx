import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MineEventRow, MineLevel } from '../../../shared/api/mine-level';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ActionsHeader } from '../../components/ActionsHeader';
import { errorText } from '../../lib/error-text';
import { formatCalendarDate } from '../../lib/locale-format';
import { useMineLevelStore } from '../../stores/mine-level-store';

/** The events as entered, voided ones struck through with who and why. */
export function MineEventList({ level, mayVoid }: { level: MineLevel; mayVoid: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="panel">
      <h3>{t('mineLevel.events')}</h3>
      {level.events.length === 0 ? (
        <p className="muted">{t('mineLevel.noEvents')}</p>
      ) : (
        <table className="table" data-testid="mine-level-events">
          <thead>
            <tr>
              <th>{t('mineLevel.occurredOn')}</th>
              <th>{t('mineLevel.kind')}</th>
              <th>{t('mineLevel.note')}</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {level.events.map((event) => (
              <EventRow key={event.id} event={event} mayVoid={mayVoid} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function EventRow({ event, mayVoid }: { event: MineEventRow; mayVoid: boolean }) {
  const { t, i18n } = useTranslation();
  const voidEvent = useMineLevelStore((s) => s.voidEvent);
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const detail = [
    event.level ? t(`mineLevel.statuses.${event.level}`) : null,
    event.accidentClass ? t(`mineLevel.accidentClasses.${event.accidentClass}`) : null,
    event.cause ? t(`mineLevel.causes.${event.cause}`) : null,
  ].filter(Boolean);
  return (
    <tr data-testid="mine-level-event" data-kind={event.kind} className={event.voided ? 'voided' : undefined}>
      <td>{formatCalendarDate(event.occurredOn, i18n.language === 'en' ? 'en' : 'zh-CN')}</td>
      <td>
        {event.voided ? <s>{t(`mineLevel.kinds.${event.kind}`)}</s> : t(`mineLevel.kinds.${event.kind}`)}
        {detail.length > 0 && <>（{detail.join('，')}）</>}
      </td>
      <td>
        {event.note}
        {event.voided && <div className="muted">{t('mineLevel.voided', { name: event.voided.byName, reason: event.voided.reason })}</div>}
      </td>
      <td>
        {mayVoid && !event.voided && !open && (
          <button type="button" className="button link danger" onClick={() => setOpen(true)} data-testid="mine-level-void">
            {t('mineLevel.void')}
          </button>
        )}
        {open && (
          <span>
            <input aria-label={t('mineLevel.voidReason')} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="mine-level-void-reason" />
            <button
              type="button"
              className="button danger"
              disabled={!reason.trim()}
              onClick={async () => {
                try {
                  await voidEvent({ id: event.id, version: event.version, reason });
                } catch (e) {
                  setError(e);
                }
              }}
            >
              {t('mineLevel.voidConfirm')}
            </button>
            <ErrorBanner messages={error ? [errorText(error, t)] : []} />
          </span>
        )}
      </td>
    </tr>
  );
}
