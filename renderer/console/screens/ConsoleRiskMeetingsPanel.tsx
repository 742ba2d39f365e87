import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { RISK_MEETING_PERIOD_KINDS, CONSOLE_RISK_MEETING_PATHS, consoleRiskMeetingListSchema, type ConsoleRiskMeeting, type ConsoleRiskMeetingList } from '../../../shared/sync/console-risk-meetings-api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { currentLanguage } from '../../i18n/i18n';
import { formatCalendarDate } from '../../lib/locale-format';
import { formatInstant } from '../../lib/zoned-time';
import { consoleCall, queryString } from '../api/console-client';
import { PeriodSiteForm, periodSiteQuery, usePeriodSiteChoice, type ConsoleSite, type PeriodSiteLabels } from './PeriodSiteFilter';
import { useConsoleResult } from './use-console-result';

type Kind = (typeof RISK_MEETING_PERIOD_KINDS)[number];

/** Head office's day, Asia/Shanghai, as the sites keep their records. */
const headOfficeToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());

function meetingFilterLabels(t: TFunction): PeriodSiteLabels<Kind> {
  return { period: t('reports.periodKind'), kind: (k) => t(`reports.periodKinds.${k}`), site: t('reports.site'), allSites: t('reports.allSites'), run: t('consoleRisk.meetings.run') };
}

/**
 * 风险分析会议 at head office (seed000 第二篇 三、, issue 19 §3): the meetings the sites recorded and synced,
 * held within a month, quarter or year, every site or one. Read-only: meetings are recorded at the site.
 */
export function ConsoleRiskMeetingsPanel({ sites }: { sites: readonly ConsoleSite[] }) {
  const { t } = useTranslation();
  const today = headOfficeToday();
  const [choice, setChoice] = usePeriodSiteChoice<Kind>(today);
  const { result, error, load } = useConsoleResult<ConsoleRiskMeetingList>();
  const run = () => load(() => consoleCall('GET', `${CONSOLE_RISK_MEETING_PATHS.list}${queryString(periodSiteQuery(choice))}`, consoleRiskMeetingListSchema));
  return (
    <section aria-labelledby="console-risk-meetings-title" data-testid="console-risk-meetings">
      <h3 id="console-risk-meetings-title">{t('consoleRisk.meetings.title')}</h3>
      <p className="muted">{t('consoleRisk.meetings.hint')}</p>
      <PeriodSiteForm choice={choice} onChange={setChoice} onRun={() => void run()} kinds={RISK_MEETING_PERIOD_KINDS} sites={sites} today={today} labels={meetingFilterLabels(t)} testId="console-risk-meetings" />
      {error && <ErrorBanner messages={[error]} />}
      {result && result.meetings.length === 0 && <p className="muted">{t('consoleRisk.meetings.none')}</p>}
      {result && result.meetings.length > 0 && <MeetingsTable meetings={result.meetings} />}
    </section>
  );
}

function MeetingsTable({ meetings }: { meetings: readonly ConsoleRiskMeeting[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="console-risk-meetings-table">
        <thead>
          <tr>
            <th>{t('console.complaints.site')}</th>
            <th>{t('consoleRisk.meetings.heldOn')}</th>
            <th>{t('consoleRisk.meetings.kinds')}</th>
            <th>{t('consoleRisk.meetings.customers')}</th>
            <th>{t('consoleRisk.meetings.attendees')}</th>
            <th>{t('consoleRisk.meetings.conclusions')}</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((m) => (
            <tr key={`${m.siteId}/${m.id}`} data-testid="console-risk-meeting-row">
              <td className="mono">{m.siteCode}</td>
              <td className="nowrap">{formatCalendarDate(m.heldOn, lang)}</td>
              <td>{m.kinds.map((kind) => t(`riskMeetings.kinds.${kind}`)).join(t('customerHistory.listSeparator'))}</td>
              <td>{m.customers.map((c) => c.customerName ?? t('consoleRisk.unknownCustomer')).join(t('customerHistory.listSeparator'))}</td>
              <td>{m.attendees.join(t('customerHistory.listSeparator'))}</td>
              <td>
                {m.conclusions}
                <div className="muted">{t('consoleRisk.meetings.recorded', { name: m.recordedByName, time: formatInstant(m.recordedAt) })}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
