import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../../shared/api/complaints';
import type { Extension } from '../../../../shared/api/workflow';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { formatInstant } from '../../../lib/zoned-time';
import { useSessionStore } from '../../../stores/session-store';
import { pick } from '../../settings/rule-pack-text';
import './extension-form-print.css';
import { useCitation } from '../../../components/SourceCitation';

/**
 * 「投诉处理延期申请表」 on A4 (篇6 第十八条、第二十七条): the case, the limit in force when it was asked for,
 * type, reason and new limit, the customer's consent with its time and way, the call to the call centre and
 * its 3-minute due time, the decision, and signature lines for the applicant and the 分管副总裁. What
 * Branchline did not record is left blank to fill in by hand. Rendered outside the app's root, shown only
 * while printing it (print-extension.ts).
 */
export function ExtensionFormPrint({ complaint, extension }: { complaint: ComplaintDetail; extension: Extension }) {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  const site = useSessionStore((s) => s.status?.site ?? null);
  const when = (iso: string | null) => (iso ? formatInstant(iso, timeZone) : '');
  const cite = useCitation();
  const source = cite(complaint.workflow.extensionPolicy.source ?? complaint.workflow.extensionPolicy.byConsent?.source ?? '');
  const missed = complaint.workflow.overdue.limitMissedAt;
  return createPortal(
    <div className="extension-form-print" data-testid="extension-form-print" data-extension-id={extension.id} aria-hidden="true">
      <h1 className="extension-print-title">{t('extensionPrint.title')}</h1>
      <p className="extension-print-meta">
        <span>
          {t('extensionPrint.serial')}：<strong className="serial">{complaint.serial}</strong>
        </span>
        <span>{site ? `${site.name}（${site.code}）` : ''}</span>
      </p>
      <table className="extension-print-table">
        <colgroup>
          <col className="extension-print-label" />
          <col />
          <col className="extension-print-label" />
          <col />
        </colgroup>
        <tbody>
          <tr>
            <th scope="row">{t('extensionPrint.customer')}</th>
            <td>{complaint.customerName}</td>
            <th scope="row">{t('extensionPrint.receivedAt')}</th>
            <td>{when(complaint.receivedAt)}</td>
          </tr>
          <tr>
            <th scope="row">{t('extensionPrint.klass')}</th>
            <td>{complaint.grade ? pick(complaint.grade.classLabel, i18n.language) : ''}</td>
            <th scope="row">{t('extensionPrint.ruleLimit')}</th>
            <td data-testid="extension-print-limit">
              {when(extension.limitDueAt)}
              {missed && <span className="extension-print-flag">（{t('extensionPrint.limitMissed')}：{when(missed)}）</span>}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('extensionPrint.content')}</th>
            <td colSpan={3} className="extension-print-text">
              {complaint.content}
            </td>
          </tr>
          <ExtensionRows complaint={complaint} extension={extension} />
        </tbody>
      </table>
      <p className="extension-print-source">{t('extensionPrint.formSource', { source })}</p>
    </div>,
    document.body,
  );
}

/** The extension's own rows: type, new limit, reason, applicant, consent and call, how it took effect, the decision, the signatures. */
function ExtensionRows({ complaint, extension }: { complaint: ComplaintDetail; extension: Extension }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const when = (iso: string | null) => (iso ? formatInstant(iso, timeZone) : '');
  const consent = extension.customerConsentAt
    ? [when(extension.customerConsentAt), extension.consentMethod ? t(`replyMethods.${extension.consentMethod}`) : ''].filter(Boolean).join('　')
    : '';
  return (
    <>
      <tr>
        <th scope="row">{t('extensionPrint.extensionType')}</th>
        <td>{t(`extensionTypes.${extension.extensionType}`)}</td>
        <th scope="row">{t('extensionPrint.newDueAt')}</th>
        <td>{when(extension.newDueAt)}</td>
      </tr>
      <tr>
        <th scope="row">{t('extensionPrint.reason')}</th>
        <td colSpan={3} className="extension-print-text tall">
          {extension.reason}
        </td>
      </tr>
      <tr>
        <th scope="row">{t('extensionPrint.requested')}</th>
        <td>
          {extension.requestedByName}　{when(extension.requestedAt)}
        </td>
        <th scope="row">{t('extensionPrint.applicantSign')}</th>
        <td />
      </tr>
      <tr>
        <th scope="row">{t('extensionPrint.consent')}</th>
        <td>{consent}</td>
        <th scope="row">{t('extensionPrint.callCentre')}</th>
        <td>
          {when(extension.callCentreToldAt)}
          {extension.noticeDueAt && <span className="extension-print-note">{t('extensionPrint.noticeDue', { due: when(extension.noticeDueAt) })}</span>}
        </td>
      </tr>
      <tr>
        <th scope="row">{t('extensionPrint.takesEffect')}</th>
        <td>{t(`extensionEffect.${extension.takesEffectBy}`)}</td>
        <th scope="row">{t('workflow.status')}</th>
        <td>{t(`extensionStatuses.${extension.status}`)}</td>
      </tr>
      <DecisionRows complaint={complaint} extension={extension} />
    </>
  );
}

/** The decision and the 分管副总裁's signature line (篇6 第十八条); one that took effect on the customer's consent says so (第二十七条). */
function DecisionRows({ complaint, extension }: { complaint: ComplaintDetail; extension: Extension }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const timeZone = useTimeZone();
  const policy = complaint.workflow.extensionPolicy;
  const decisionText =
    extension.takesEffectBy === 'customer_consent'
      ? t('workflow.byConsentHint', { source: cite(policy.byConsent?.source ?? policy.source ?? '') })
      : extension.status !== 'pending'
        ? [t(`extensionStatuses.${extension.status}`), extension.decisionNote].filter(Boolean).join('：')
        : '';
  return (
    <>
      <tr className="extension-print-sign-row">
        <th scope="row">{t('extensionPrint.decision')}</th>
        <td className="extension-print-text">{decisionText}</td>
        <th scope="row">{t('extensionPrint.decidedBy')}</th>
        <td>{extension.decidedByName && extension.decidedAt ? `${extension.decidedByName}　${formatInstant(extension.decidedAt, timeZone)}` : ''}</td>
      </tr>
      <tr className="extension-print-sign-row">
        <th scope="row">{t('extensionPrint.approverSign')}</th>
        <td />
        <th scope="row">{t('extensionPrint.date')}</th>
        <td />
      </tr>
    </>
  );
}
