import { useTranslation } from 'react-i18next';
import type { MediaIncidentDetail } from '../../../shared/api/media';
import { CHECKLISTS, type ChecklistCode } from '../../../shared/domain/media';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useTimeZone } from '../../hooks/use-time-zone';
import { formatInstant } from '../../lib/zoned-time';
import { useMediaStore } from '../../stores/media-store';
import { pick } from '../settings/rule-pack-text';
import { useCitation } from '../../components/SourceCitation';

const TITLES = { journalistOnSite: 'media.checklistJournalistOnSite', online: 'media.checklistOnline' } as const;

/** One S1 procedure as a checklist: each step with its source, ticked (or unticked) with who and when. */
export function MediaChecklist({ incident, checklist }: { incident: MediaIncidentDetail; checklist: ChecklistCode }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const timeZone = useTimeZone();
  const write = useMediaStore((s) => s.write);
  const { other, busy, submit } = useFormSubmit([] as const);
  const tick = (code: string, done: boolean) => void submit({}, () => write('media.tickStep', { id: incident.id, checklist, code, done }).then(() => undefined));

  return (
    <section className="panel" data-testid={`checklist-${checklist}`}>
      <h3>{t(TITLES[checklist])}</h3>
      <ErrorBanner messages={other} />
      <ol className="media-checklist">
        {CHECKLISTS[checklist].map((step) => {
          const done = incident.steps.find((s) => s.checklist === checklist && s.code === step.code);
          return (
            <li key={step.code} className={done ? 'done' : undefined}>
              <label>
                <input type="checkbox" data-testid={`step-${step.code}`} checked={!!done} disabled={busy} onChange={(e) => tick(step.code, e.target.checked)} />
                <span>{pick(step.label, i18n.language)}</span>
              </label>
              <span className="muted media-step-source">
                {cite(step.source)}
                {step.when && ` · ${t('media.stepWhen', { when: pick(step.when, i18n.language) })}`}
              </span>
              {done && (
                <span className="media-step-done" data-testid={`step-done-${step.code}`}>
                  ✓ {t('media.stepDone', { who: done.byName, when: formatInstant(done.doneAt, timeZone) })}
                  {done.note && `（${done.note}）`}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
