import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpinionBookOverview } from '../../../shared/api/opinion-book';
import { DAILY_CHECK_RULE } from '../../../shared/domain/opinion-book';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useTimeZone } from '../../hooks/use-time-zone';
import { formatInstant } from '../../lib/zoned-time';
import { useOpinionBookStore } from '../../stores/opinion-book-store';
import { pick } from '../settings/rule-pack-text';
import { useCitation } from '../../components/SourceCitation';

/** Today's 每日查阅 (第九条(一)): a warning until someone checked the book today, site time. */
export function DailyCheckPanel({ overview, mayCheck }: { overview: OpinionBookOverview; mayCheck: boolean }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const timeZone = useTimeZone();
  const check = useOpinionBookStore((s) => s.check);
  const [note, setNote] = useState('');
  const { other, busy, submit } = useFormSubmit([] as const);
  const last = overview.lastCheck;
  const who = overview.todayChecks.map((c) => `${c.byName} ${formatInstant(c.at, timeZone).slice(11)}`).join('、');

  return (
    <div className="panel" data-testid="daily-check">
      {overview.checkedToday ? (
        <p className="banner banner-success" data-testid="daily-check-state" data-checked="true">
          {t('opinionBook.checkedToday', { day: overview.today, who })}
        </p>
      ) : (
        <div className="banner banner-error" role="alert" data-testid="daily-check-state" data-checked="false">
          <p>{t('opinionBook.notCheckedToday', { day: overview.today })}</p>
          <p>
            {pick(DAILY_CHECK_RULE, i18n.language)}（{cite(DAILY_CHECK_RULE.source)}）
          </p>
        </div>
      )}
      <p className="muted">{last ? t('opinionBook.lastCheck', { when: formatInstant(last.at, timeZone), who: last.byName }) : t('opinionBook.neverChecked')}</p>
      {mayCheck && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit({}, async () => {
              await check(note.trim());
              setNote('');
            });
          }}
        >
          <ErrorBanner messages={other} />
          <label htmlFor="check-note" className="field-label">
            {t('opinionBook.checkNote')}
          </label>
          <input id="check-note" type="text" data-testid="check-note" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
          <button type="submit" className="button primary" data-testid="record-check" disabled={busy}>
            {t('opinionBook.recordCheck')}
          </button>
        </form>
      )}
    </div>
  );
}
