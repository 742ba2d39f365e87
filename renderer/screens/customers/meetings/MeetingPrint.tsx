import { useTranslation } from 'react-i18next';
import type { RiskMeeting } from '../../../../shared/api/risk-meetings';
import { RISK_MEETINGS } from '../../../../shared/risk-classes/meetings';
import { useCitation } from '../../../components/SourceCitation';
import { currentLanguage } from '../../../i18n/i18n';
import { formatCalendarDate } from '../../../lib/locale-format';
import { useSessionStore } from '../../../stores/session-store';
import { SignatureRow } from '../credit/print/CreditGradingPrint';
import '../credit/print/credit-print.css';

/**
 * 风险分析会议记录 on A4 (seed000 第二篇 三、): the kinds with their citations,
 * the day, the attendees, the customers discussed and the conclusions as
 * recorded, signed by the recorder and the institution head. Shown only on paper.
 */
export function MeetingPrint({ meeting }: { meeting: RiskMeeting }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const siteInfo = useSessionStore((s) => s.status?.site ?? null);
  const site = siteInfo ? `${siteInfo.name}（${siteInfo.code}）` : '';
  const rows: [string, string][] = [
    [t('riskMeetings.kindsLabel'), meeting.kinds.map((k) => `${t(`riskMeetings.kinds.${k}`)}（${cite(RISK_MEETINGS[k].source)}）`).join('；')],
    [t('riskMeetings.heldOn'), formatCalendarDate(meeting.heldOn, currentLanguage())],
    [t('riskMeetings.attendees'), meeting.attendees.join('、')],
    [t('riskMeetings.customers'), meeting.customers.map((c) => c.customerName).join('、')],
    [t('riskMeetings.conclusions'), meeting.conclusions],
  ];
  return (
    <div className="paper-sheet credit-print" data-testid="meeting-print-sheet" aria-hidden="true">
      <section className="credit-print-page">
        <h1>{t('riskMeetings.sheet.title')}</h1>
        <p className="credit-print-head">
          {t('credit.sheet.site')}：{site}
        </p>
        <table>
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label}>
                <th>{label}</th>
                <td className="credit-report-body">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="credit-print-signatures">
          <tbody>
            <SignatureRow post={t('riskMeetings.sheet.recorder')} signed={meeting.recordedByName} />
            <SignatureRow post={t('riskMeetings.sheet.host')} />
          </tbody>
        </table>
      </section>
    </div>
  );
}
