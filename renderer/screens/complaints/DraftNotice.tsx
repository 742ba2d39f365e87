import { useTranslation } from 'react-i18next';
import { useTimeZone } from '../../hooks/use-time-zone';
import { formatInstant } from '../../lib/zoned-time';

/** "HH:mm" for today, the date too for an older draft. */
function shortTime(iso: string, timeZone: string): string {
  const full = formatInstant(iso, timeZone);
  const today = formatInstant(new Date().toISOString(), timeZone).slice(0, 10);
  return full.startsWith(today) ? full.slice(11) : full;
}

interface DraftNoticeProps {
  restoredAt: string | null;
  savedAt: string | null;
  onDiscard: () => void;
  /** Whose words: the new-complaint form's (已恢复 … 草稿 · 放弃草稿) or an action form's (已恢复未提交的内容 · 丢弃). */
  texts?: 'complaintForm' | 'workflow';
}

/** 已恢复 HH:mm 未保存的草稿, with 放弃草稿; or, quietly, when the draft was last saved. */
export function DraftNotice({ restoredAt, savedAt, onDiscard, texts = 'complaintForm' }: DraftNoticeProps) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  if (restoredAt) {
    return (
      <div className="banner banner-info draft-notice" data-testid="draft-restored" role="status">
        <span>{t(`${texts}.draftRestored`, { time: shortTime(restoredAt, timeZone) })}</span>
        <button type="button" className="button" data-testid="discard-draft" onClick={onDiscard}>
          {t(`${texts}.discardDraft`)}
        </button>
      </div>
    );
  }
  if (!savedAt) return null;
  return (
    <p className="field-hint" data-testid="draft-saved">
      {t(`${texts}.draftSaved`, { time: shortTime(savedAt, timeZone) })}
    </p>
  );
}
