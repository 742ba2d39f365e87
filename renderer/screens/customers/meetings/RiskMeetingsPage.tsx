import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { MeetingMonth, RiskMeeting } from '../../../../shared/api/risk-meetings';
import { siteDayOf } from '../../../../shared/domain/opinion-book';
import { hasPermission } from '../../../../shared/domain/roles';
import { MEETING_CHOICES, MEETING_KINDS, RISK_MEETINGS } from '../../../../shared/risk-classes/meetings';
import { noteText } from '../../../../shared/sources/choice-note';
import { api } from '../../../api/client';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { MonthPicker } from '../../../components/MonthPicker';
import { useCitation } from '../../../components/SourceCitation';
import { useLoaded } from '../../../hooks/use-loaded';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { currentLanguage } from '../../../i18n/i18n';
import { errorText } from '../../../lib/error-text';
import { formatCalendarDate } from '../../../lib/locale-format';
import { formatInstant } from '../../../lib/zoned-time';
import { useNavigationStore } from '../../../stores/navigation-store';
import { useSessionStore } from '../../../stores/session-store';
import { MeetingForm } from './MeetingForm';
import { MeetingPrint } from './MeetingPrint';

/**
 * 风险分析会议 (seed000 第二篇 三、): a month's meetings as recorded, what
 * 三(二) owes in it (the monthly meetings, where a class 2 customer stood on
 * its first day), the form to record one and each record printed on A4.
 */
export function RiskMeetingsPage() {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const user = useSessionStore((s) => s.user);
  const go = useNavigationStore((s) => s.go);
  const mayRecord = !!user && hasPermission(user.roles, 'riskClass.propose');
  const [month, setMonth] = useState(() => siteDayOf(new Date(), timeZone).slice(0, 7));
  const { value: view, failure, load } = useLoaded(useCallback(() => api.call('riskMeetings.month', { month }), [month]));
  const [recording, setRecording] = useState(false);
  const [printed, setPrinted] = useState<{ meeting: RiskMeeting; n: number } | null>(null);
  const page = useRef<HTMLElement>(null);
  useEffect(() => {
    if (printed) window.print();
  }, [printed]);

  return (
    <section className="page" data-testid="risk-meetings" ref={page}>
      <div className="page-header">
        <h2 className="page-title">{t('riskMeetings.title')}</h2>
        <div className="page-header-actions">
          {mayRecord && !recording && (
            <button type="button" className="button" data-testid="meeting-new" onClick={() => setRecording(true)}>
              {t('riskMeetings.record')}
            </button>
          )}
          <button type="button" className="button" onClick={() => go({ page: 'customers' })}>
            {t('riskMeetings.back')}
          </button>
        </div>
      </div>
      <MeetingRules />
      <MonthPicker prefix="meeting-month" initial={month} onShow={setMonth} />
      <ErrorBanner messages={failure ? [errorText(failure, t)] : []} />
      {view && <MeetingPlan view={view} />}
      {view && recording && (
        <MeetingForm
          view={view}
          onDone={(recorded) => {
            setRecording(false);
            if (recorded) void load();
          }}
        />
      )}
      {view && <MeetingList meetings={view.meetings} onPrint={(meeting) => setPrinted({ meeting, n: (printed?.n ?? 0) + 1 })} />}
      {printed && createPortal(<MeetingPrint key={printed.n} meeting={printed.meeting} />, page.current ?? document.body)}
    </section>
  );
}

/** Each kind's words and citation, and the choices the app made where the source is silent. */
function MeetingRules() {
  const { i18n } = useTranslation();
  const cite = useCitation();
  return (
    <div className="field-hint" data-testid="meeting-rules">
      <ul>
        {MEETING_KINDS.map((kind) => (
          <li key={kind}>
            {RISK_MEETINGS[kind].text}（{cite(RISK_MEETINGS[kind].source)}）
          </li>
        ))}
      </ul>
      {(['due', 'record', 'unscheduled'] as const).map((key) => (
        <p key={key}>{noteText(MEETING_CHOICES[key], i18n.language)}</p>
      ))}
    </div>
  );
}

/** The month's monthly meetings: owed or not, held or not (overdue after the due day). */
function MeetingPlan({ view }: { view: MeetingMonth }) {
  const { t } = useTranslation();
  const state = (p: MeetingMonth['plan'][number]) => (!p.required ? 'planNotOwed' : p.held ? 'planHeld' : view.today > view.dueOn ? 'planOverdue' : 'planMissing');
  return (
    <div data-testid="meeting-plan">
      <p>{view.warningCustomers.length > 0 ? t('riskMeetings.warningCustomers', { names: view.warningCustomers.map((c) => c.customerName).join('、') }) : t('riskMeetings.noWarningCustomers')}</p>
      <p>{t('riskMeetings.dueOn', { day: formatCalendarDate(view.dueOn, currentLanguage()) })}</p>
      <ul>
        {view.plan.map((p) => (
          <li key={p.kind} data-testid={`meeting-plan-${p.kind}`} data-state={state(p)} className={state(p) === 'planOverdue' ? 'credit-due-overdue' : undefined}>
            {t(`riskMeetings.kinds.${p.kind}`)}：{t(`riskMeetings.${state(p)}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The month's meetings as recorded, each printable. */
function MeetingList({ meetings, onPrint }: { meetings: RiskMeeting[]; onPrint: (meeting: RiskMeeting) => void }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  return (
    <>
      <h3>{t('riskMeetings.meetings', { n: meetings.length })}</h3>
      {meetings.length === 0 && <p className="muted">{t('riskMeetings.none')}</p>}
      <ul className="credit-history" data-testid="meeting-list">
        {meetings.map((m) => (
          <li key={m.id} data-testid={`meeting-${m.id}`}>
            <strong>{formatCalendarDate(m.heldOn, currentLanguage())}</strong> {m.kinds.map((k) => t(`riskMeetings.kinds.${k}`)).join('、')}
            <p>
              {t('riskMeetings.attendees')}：{m.attendees.join('、')} · {t('riskMeetings.customers')}：{m.customers.map((c) => c.customerName).join('、')}
            </p>
            <p className="credit-report-body">{m.conclusions}</p>
            <small className="muted">{t('riskMeetings.recordedBy', { name: m.recordedByName, time: formatInstant(m.recordedAt, timeZone) })}</small>{' '}
            <button type="button" className="button" data-testid={`meeting-print-${m.id}`} onClick={() => onPrint(m)}>
              {t('riskMeetings.print')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
