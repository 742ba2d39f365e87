import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MineLevel } from '../../../shared/api/mine-level';
import { hasPermission } from '../../../shared/domain/roles';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { formatCalendarDate } from '../../lib/locale-format';
import { useMineLevelStore } from '../../stores/mine-level-store';
import { useNavigationStore } from '../../stores/navigation-store';
import { useSessionStore } from '../../stores/session-store';
import { pick } from '../settings/rule-pack-text';
import { MineEventForm } from './MineEventForm';
import { MineEventList } from './MineEventList';
import { useCitation } from '../../components/SourceCitation';

/**
 * 煤矿等级记录 (seed004 §A; issue 17): the level, the dates that follow from
 * the events (re-application, review, bars ending, the 6-month stop) and the
 * events themselves; the station lead enters and voids events.
 */
export function MineLevelPage() {
  const { t } = useTranslation();
  const level = useMineLevelStore((s) => s.level);
  const error = useMineLevelStore((s) => s.error);
  const load = useMineLevelStore((s) => s.load);
  const go = useNavigationStore((s) => s.go);
  const mayRecord = useSessionStore((s) => !!s.user && hasPermission(s.user.roles, 'site.manage'));

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="page" data-testid="mine-level-page">
      <div className="page-header">
        <h2 className="page-title">{t('mineLevel.title')}</h2>
        <button type="button" className="button" onClick={() => go({ page: 'checklists' })}>
          {t('checklists.templates')}
        </button>
      </div>
      <p className="muted">{t('mineLevel.intro')}</p>
      <ErrorBanner messages={error ? [errorText(error, t)] : []} />
      {level && <LevelSummary level={level} />}
      {level && <MineEventList level={level} mayVoid={mayRecord} />}
      {mayRecord && level && <MineEventForm today={level.today} />}
    </section>
  );
}

function LevelSummary({ level }: { level: MineLevel }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const lang = i18n.language;
  const day = (d: string) => formatCalendarDate(d, lang === 'en' ? 'en' : 'zh-CN');
  const { state } = level;
  return (
    <div className="panel" data-testid="mine-level-summary">
      <p>
        {t('mineLevel.status')}：<strong data-testid="mine-level-status" data-status={state.status}>{t(`mineLevel.statuses.${state.status}`)}</strong>
        {state.since && <> {t('mineLevel.since', { date: day(state.since) })}</>}
      </p>
      <h3>{t('mineLevel.dues')}</h3>
      {state.dues.length === 0 ? (
        <p className="muted">{t('mineLevel.noDues')}</p>
      ) : (
        <ul data-testid="mine-level-dues">
          {state.dues.map((due) => (
            <li key={`${due.kind}-${due.on}-${due.label.zh}`} data-kind={due.kind} data-on={due.on}>
              <strong>{day(due.on)}</strong>
              {due.on < level.today && <span className="badge"> {t('mineLevel.passed')}</span>} {pick(due.label, lang)} <span className="muted">（{cite(due.source)}）</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('mineLevel.history')}</h3>
      <ol data-testid="mine-level-changes">
        {state.changes.map((change) => (
          <li key={`${change.on}-${change.to}-${change.eventId ?? 'computed'}`}>
            {day(change.on)}：{t(`mineLevel.statuses.${change.from}`)} → {t(`mineLevel.statuses.${change.to}`)}，{pick(change.reason, lang)} <span className="muted">（{cite(change.source)}）</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
