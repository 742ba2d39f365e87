import { useTranslation } from 'react-i18next';
import type { CaseFacts } from '../../../../shared/reports/narrative/case-facts';
import { citationText } from '../../../../shared/sources/citation';
import { currentLanguage } from '../../../i18n/i18n';
import { formatMoment } from '../../../lib/locale-format';
import { milestoneText } from '../../settings/rule-pack-text';
import { inLang } from './narrative-text';

/**
 * A case report's facts (专项报告): the complaint, its class and why, each
 * step of the closed loop with its time and who took it, and each deadline
 * met or missed. Screen and paper alike; an issued report shows them as
 * frozen at 签发.
 */
export function CaseFactsView({ facts }: { facts: CaseFacts }) {
  return (
    <div className="narrative-statistics case-facts" data-testid="case-facts">
      <FactsRecord facts={facts} />
      <FactsDeadlines facts={facts} />
      <FactsSteps facts={facts} />
    </div>
  );
}

/** The complaint itself: serial, times, people, content, class and closing. */
function FactsRecord({ facts }: { facts: CaseFacts }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const moment = (iso: string | null) => (iso ? formatMoment(iso, lang) : '—');
  return (
    <table className="report-table" data-testid="case-facts-record">
      <caption>{t('narrativeReports.facts.title')}</caption>
      <tbody>
        <tr>
          <th scope="row">{t('narrativeReports.facts.serial')}</th>
          <td data-testid="case-facts-serial">{facts.serial}</td>
          <th scope="row">{t('narrativeReports.facts.received')}</th>
          <td>{moment(facts.receivedAt)}</td>
        </tr>
        <tr>
          <th scope="row">{t('narrativeReports.facts.channel')}</th>
          <td>{t(`channels.${facts.channel}`)}</td>
          <th scope="row">{t('narrativeReports.facts.status')}</th>
          <td>{t(`complaintStatuses.${facts.status}`)}</td>
        </tr>
        <tr>
          <th scope="row">{t('narrativeReports.facts.customer')}</th>
          <td>{facts.customerName}</td>
          <th scope="row">{t('narrativeReports.facts.firstReceiver')}</th>
          <td>{facts.firstReceiverName}</td>
        </tr>
        <tr>
          <th scope="row">{t('narrativeReports.facts.handler')}</th>
          <td>{facts.handlerName ?? '—'}</td>
          <th scope="row">{t('narrativeReports.facts.unit')}</th>
          <td>{facts.unit ?? '—'}</td>
        </tr>
        <tr>
          <th scope="row">{t('narrativeReports.facts.content')}</th>
          <td colSpan={3} className="narrative-text">
            {facts.content}
          </td>
        </tr>
        <ClassRow facts={facts} />
        <tr>
          <th scope="row">{t('narrativeReports.facts.escalations')}</th>
          <td>{facts.escalations}</td>
          <th scope="row">{t('narrativeReports.facts.resolvedClosed')}</th>
          <td>
            {moment(facts.resolvedAt)} / {moment(facts.closedAt)}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** The class given, any override, and each reason with its source. */
function ClassRow({ facts }: { facts: CaseFacts }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <tr>
      <th scope="row">{t('narrativeReports.facts.class')}</th>
      <td colSpan={3} data-testid="case-facts-class">
        {inLang(facts.grade.classLabel, lang)}
        {facts.grade.override && ` · ${t('narrativeReports.facts.override', { name: facts.grade.override.byName, reason: facts.grade.override.reason })}`}
        <ul className="case-facts-reasons">
          {facts.grade.reasons.map((r) => (
            <li key={r.source + inLang(r.label, lang)}>
              {inLang(r.label, lang)}（{citationText(r.source, lang)}；{t(`narrativeReports.facts.how.${r.how}`)}）
            </li>
          ))}
        </ul>
      </td>
    </tr>
  );
}

/** Each deadline with its source and whether it was met. */
function FactsDeadlines({ facts }: { facts: CaseFacts }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const moment = (iso: string | null) => (iso ? formatMoment(iso, lang) : '—');
  return (
    <table className="report-table" data-testid="case-facts-deadlines">
      <caption>{t('narrativeReports.facts.deadlines')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('narrativeReports.facts.step')}</th>
          <th scope="col">{t('narrativeReports.facts.due')}</th>
          <th scope="col">{t('narrativeReports.facts.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {facts.deadlines.map((d, i) => (
          <tr key={`${d.step}-${i}`} data-outcome={d.outcome}>
            <th scope="row">
              {d.label ? inLang(d.label, lang) : milestoneText(d.milestone, t)}
              <small className="grade-source"> {citationText(d.source, lang)}</small>
            </th>
            <td>{moment(d.due)}</td>
            <td className={d.outcome === 'missed' || d.outcome === 'openLate' ? 'missed' : ''}>{t(`narrativeReports.facts.outcomes.${d.outcome}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each step of the closed loop, when and by whom. */
function FactsSteps({ facts }: { facts: CaseFacts }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const moment = (iso: string | null) => (iso ? formatMoment(iso, lang) : '—');
  return (
    <table className="report-table" data-testid="case-facts-steps">
      <caption>{t('narrativeReports.facts.steps')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('narrativeReports.facts.at')}</th>
          <th scope="col">{t('narrativeReports.facts.step')}</th>
          <th scope="col">{t('narrativeReports.facts.by')}</th>
        </tr>
      </thead>
      <tbody>
        {facts.steps.map((s, i) => (
          <tr key={`${s.at}-${i}`}>
            <td className="nowrap">{moment(s.at)}</td>
            <td>{s.action === 'create' ? t('workflow.created') : t(`workflow.actions.${s.action}`)}</td>
            <td>{s.byName ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
