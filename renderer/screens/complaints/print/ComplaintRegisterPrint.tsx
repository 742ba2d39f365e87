import type { ReactNode } from 'react';
import type { ComplaintDetail } from '../../../../shared/api/complaints';
import { formatInstant } from '../../../lib/zoned-time';
import { useSessionStore } from '../../../stores/session-store';
import { useCaseRecords } from '../records/case-records-store';
import { useTextContext } from '../workflow/use-text-context';
import { LAYOUTS, type RegisterField, type RegisterLayoutId } from './register-layouts';
import { registerValue } from './register-values';
import { RegisterRecords } from './RegisterRecords';
import { RegisterSignatures } from './RegisterSignatures';
import './register-print.css';
import { useCitation } from '../../../components/SourceCitation';
import { RecordFieldRows } from '../record-fields/RecordFieldItems';

/**
 * The register as a paper form, in the layout the site's organisation uses
 * (客户投诉登记表, 《客户投诉记录表》 or 「客户抱怨、投诉记录单」), for filing and signatures. It is
 * always in the page but shown only by the print style sheet (so the browser's
 * own Print command prints it too); on screen and to screen readers the
 * detail view says the same. Empty cells are left blank to fill in by hand.
 */
export function ComplaintRegisterPrint({ complaint: c, layout }: { complaint: ComplaintDetail; layout: RegisterLayoutId }) {
  const ctx = useTextContext(c);
  const { t, timeZone } = ctx;
  const site = useSessionStore((s) => s.status?.site ?? null);
  const form = LAYOUTS[layout];
  const cite = useCitation();
  // The case records (compensation, corrective actions, penalties) fill their boxes once the panel has read them.
  const records = useCaseRecords(c.id);
  const value = (field: RegisterField) => registerValue(field, c, ctx, records);
  const label = (field: RegisterField) => t(`register.fields.${field}`);

  return (
    <div className="paper-sheet complaint-register-print" data-testid="complaint-register-print" data-layout={layout} aria-hidden="true">
      <h1 className="register-title">{t(`register.layouts.${layout}`)}</h1>
      <p className="register-meta">
        <span>
          {t('complaints.serial')}：<strong className="serial">{c.serial}</strong>
        </span>
        <span>
          {t('register.site')}：{site ? `${site.name}（${site.code}）` : ''}
        </span>
        <span>
          {t('register.printedAt')}：{formatInstant(new Date().toISOString(), timeZone)}
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
          {form.rows.map((row) =>
            'pair' in row ? (
              <Pair key={row.pair.join('-')} a={[label(row.pair[0]), value(row.pair[0])]} b={[label(row.pair[1]), value(row.pair[1])]} />
            ) : (
              <Wide key={row.wide} label={label(row.wide)} tall={row.tall}>
                {value(row.wide)}
              </Wide>
            ),
          )}
          {/* The fields the organisation's own register or record card asks (the car dealer's plate …). */}
          <RecordFieldRows complaint={c} />
        </tbody>
      </table>
      <RegisterRecords complaint={c} ctx={ctx} />
      <RegisterSignatures signers={form.signers} />
      <p className="register-source">
        {t('register.formSource')}：{cite(form.source)}
      </p>
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
