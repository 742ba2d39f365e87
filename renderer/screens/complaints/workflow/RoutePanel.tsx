import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../../shared/api/complaints';
import type { RouteView } from '../../../../shared/api/procedure';
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
  const fetchOne = useComplaintsStore((s) => s.fetchOne);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const route = complaint.workflow.route;
  if (!route) return null;
  // A joint approval's posts give it together (和), any other step's posts each alone (或).
  const joint = new Set(route.approvals.filter((a) => a.joint).map((a) => a.step as string));
  const names = (step: string, roles: readonly { zh: string; en: string }[]) => roles.map((r) => pick(r, lang)).join(t(joint.has(step) ? 'procedure.and' : 'procedure.or'));

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
            <dd>{names(s.step, s.roles)}</dd>
          </div>
        ))}
      </dl>
      <ul className="route-approvals">
        {route.approvals.map((a) => (
          <ApprovalLine key={a.step} approval={a} busy={busy} onGive={() => void give(a.step)} />
        ))}
      </ul>
    </section>
  );
}

/**
 * One approval of the route: given (by whom, when), or awaited from whom before what. A joint one (会同)
 * names its posts with 「和」 and, while only some parties gave their part, says how many did and who
 * (「已会签 1/2（赵丽）」), so a half-given approval does not read as not given at all.
 */
function ApprovalLine({ approval: a, busy, onGive }: { approval: RouteView['approvals'][number]; busy: boolean; onGive: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const timeZone = useSettingsStore((s) => s.site?.timeZone ?? 'Asia/Shanghai');
  const step = pick(ROUTE_STEP_NAMES[a.step], lang);
  const roles = a.roles.map((r) => pick(r, lang)).join(t(a.joint ? 'procedure.and' : 'procedure.or'));
  const givers = a.joint?.givenBy.map((g) => g.byName ?? '').join(t('procedure.listSeparator')) ?? '';
  const partly = a.joint && !a.given && a.joint.givenBy.length > 0;
  return (
    <li data-testid={`route-approval-${a.step}`}>
      {a.given && t('procedure.given', { byName: a.joint ? givers : (a.given.byName ?? ''), at: formatInstant(a.given.at, timeZone), step })}
      {partly && <span data-testid={`route-partly-${a.step}`}>{t('procedure.partlyGiven', { count: a.joint!.givenBy.length, of: a.joint!.of, byNames: givers })}</span>}
      {!a.given && t('procedure.waiting', { roles, step, before: t(`procedure.before.${a.before}`) })}
      {a.mayGive && (
        <button type="button" className="button" data-testid={`route-give-${a.step}`} disabled={busy} onClick={onGive}>
          {t('procedure.give', { step })}
        </button>
      )}
    </li>
  );
}
