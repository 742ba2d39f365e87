import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../../shared/api/complaints';
import { ROUTE_STEP_NAMES, type ApprovalStep } from '../../../../shared/rules/procedure-schema';
import { citationText } from '../../../../shared/sources/citation';
import { api } from '../../../api/client';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { errorText } from '../../../lib/error-text';
import { formatInstant } from '../../../lib/zoned-time';
import { useComplaintsStore } from '../../../stores/complaints-store';
import { useSettingsStore } from '../../../stores/settings-store';
import { pick } from '../../settings/rule-pack-text';

/**
 * 本案流程: where the site runs its organisation's route, who takes each step
 * of this case's class, the approvals given and awaited, and the button for
 * the one this person may give now (审核 / 审批 / 签字确认).
 */
export function RoutePanel({ complaint }: { complaint: ComplaintDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const timeZone = useSettingsStore((s) => s.site?.timeZone ?? 'Asia/Shanghai');
  const fetchOne = useComplaintsStore((s) => s.fetchOne);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const route = complaint.workflow.route;
  if (!route) return null;
  const names = (roles: readonly { zh: string; en: string }[]) => roles.map((r) => pick(r, lang)).join(t('procedure.or'));

  const give = async (step: ApprovalStep) => {
    setBusy(true);
    setFailure(null);
    try {
      await api.call('procedure.approveStep', { complaintId: complaint.id, version: complaint.version, step });
      await fetchOne(complaint.id);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" data-testid="route-panel" aria-labelledby="route-panel-title">
      <h3 id="route-panel-title">{t('procedure.routeTitle')}</h3>
      {failure !== null && <ErrorBanner messages={[errorText(failure, t)]} />}
      <dl className="timeline-lines">
        {route.steps.map((s) => (
          <div key={s.step} title={citationText(s.source, lang)}>
            <dt>{pick(ROUTE_STEP_NAMES[s.step], lang)}</dt>
            <dd>{names(s.roles)}</dd>
          </div>
        ))}
      </dl>
      <ul className="route-approvals">
        {route.approvals.map((a) => {
          const step = pick(ROUTE_STEP_NAMES[a.step], lang);
          return (
            <li key={a.step} data-testid={`route-approval-${a.step}`}>
              {a.given
                ? t('procedure.given', { byName: a.given.byName ?? '', at: formatInstant(a.given.at, timeZone), step })
                : t('procedure.waiting', { roles: names(a.roles), step, before: t(`procedure.before.${a.before}`) })}
              {a.mayGive && (
                <button type="button" className="button" data-testid={`route-give-${a.step}`} disabled={busy} onClick={() => void give(a.step)}>
                  {t('procedure.give', { step })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
