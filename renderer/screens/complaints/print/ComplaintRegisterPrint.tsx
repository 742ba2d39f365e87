import type { ReactNode } from 'react';
import type { ComplaintDetail } from '../../../../shared/api/complaints';
import type { RulePack } from '../../../../shared/rules/pack-schema';
import { formatInstant } from '../../../lib/zoned-time';
import { useSessionStore } from '../../../stores/session-store';
import { classLabel, pick } from '../../settings/rule-pack-text';
import { useTextContext } from '../workflow/use-text-context';
import { reasonText } from '../workflow/workflow-text';
import { RegisterRecords } from './RegisterRecords';
import { RegisterSignatures } from './RegisterSignatures';
import './register-print.css';

/**
 * 客户投诉登记表: the record as a paper form, for filing and signatures. It is
 * always in the page but shown only by the print style sheet (so the browser's
 * own Print command prints it too); on screen and to screen readers the
 * detail view says the same. Empty cells are left blank to fill in by hand.
 */
export function ComplaintRegisterPrint({ complaint: c, pack }: { complaint: ComplaintDetail; pack: RulePack | null | undefined }) {
  const ctx = useTextContext(c);
  const { t, lang, timeZone } = ctx;
  const site = useSessionStore((s) => s.status?.site ?? null);
  const w = c.workflow;
  const when = (iso: string | null | undefined) => formatInstant(iso, timeZone);
  // Only complaints have a class (seed004 §D); a suggestion or inquiry prints its kind in that box.
  const classText = c.kind !== 'complaint' ? t(`kinds.${c.kind}`) : c.grade ? pick(c.grade.classLabel, lang) : c.classCode && pack ? classLabel(pack, c.classCode, lang) : (c.classCode ?? '');
  const validity = t(`validity.${w.validity}`) + (w.invalidReason ? `（${reasonText(w.invalidReasons, w.invalidReason, lang)}）` : '');

  return (
    <div className="complaint-register-print" data-testid="complaint-register-print" aria-hidden="true">
      <h1 className="register-title">{t('register.title')}</h1>
      <p className="register-meta">
        <span>
          {t('complaints.serial')}：<strong className="serial">{c.serial}</strong>
        </span>
        <span>
          {t('register.site')}：{site ? `${site.name}（${site.code}）` : ''}
        </span>
        <span>
          {t('register.printedAt')}：{when(new Date().toISOString())}
        </span>
      </p>
      <table className="register-table">
        <colgroup>
          <col className="register-label" />
          <col />
          <col className="register-label" />
          <col />
        </colgroup>
        <tbody>
          <Pair a={[t('complaintForm.kind'), t(`kinds.${c.kind}`)]} b={[t('complaintForm.channel'), t(`channels.${c.channel}`)]} />
          <Pair a={[t('register.customer'), c.customerName]} b={[t('complaintForm.customerPhone'), c.customerPhone ?? '']} />
          <Pair a={[t('complaintForm.receivedAt'), when(c.receivedAt)]} b={[t('complaintDetail.enteredAt'), when(c.enteredAt)]} />
          <Wide label={t('register.content')} tall>
            {c.content}
          </Wide>
          <Pair a={[t('complaintForm.remedy'), c.remedy ? t(`remedies.${c.remedy}`) : '']} b={[t('complaints.firstReceiver'), c.firstReceiverName]} />
          <Pair a={[t('register.classCode'), classText]} b={[t('complaintDetail.validity'), validity]} />
          <Pair a={[t('complaintDetail.subjectUser'), c.subjectUserName ?? '']} b={[t('complaintDetail.status'), t(`complaintStatuses.${c.status}`)]} />
          {c.proposedSolution && <Wide label={t('complaintDetail.proposedSolution')}>{c.proposedSolution}</Wide>}
          <Pair a={[t('complaintDetail.unit'), c.unit ?? '']} b={[t('complaintDetail.assignee'), c.assigneeName ?? '']} />
          <Pair a={[t('complaintDetail.resolver'), w.solution?.resolverName ?? '']} b={[t('complaintDetail.solutionDue'), when(w.solution?.dueAt)]} />
          <Wide label={t('complaintDetail.measures')} tall>
            {w.solution?.measures ?? ''}
          </Wide>
          <Wide label={t('register.result')} tall>
            {w.result ?? ''}
          </Wide>
          <Pair a={[t('complaintDetail.replyMethod'), w.replyMethod ? t(`replyMethods.${w.replyMethod}`) : '']} b={[t('complaintDetail.customerInformedAt'), when(w.customerInformedAt)]} />
        </tbody>
      </table>
      <RegisterRecords complaint={c} ctx={ctx} />
      <RegisterSignatures />
    </div>
  );
}

/** Two labelled cells side by side. */
function Pair({ a, b }: { a: [string, string]; b: [string, string] }) {
  return (
    <tr>
      <th scope="row">{a[0]}</th>
      <td>{a[1]}</td>
      <th scope="row">{b[0]}</th>
      <td>{b[1]}</td>
    </tr>
  );
}

/** A labelled cell across the form; `tall` leaves room to write when it is empty. */
function Wide({ label, tall, children }: { label: string; tall?: boolean; children: ReactNode }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td colSpan={3} className={tall ? 'register-text tall' : 'register-text'}>
        {children}
      </td>
    </tr>
  );
}
