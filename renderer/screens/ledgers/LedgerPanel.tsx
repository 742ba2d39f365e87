import { useTranslation } from 'react-i18next';
import { findTemplate } from '../../../shared/checklists/templates';
import { MAX_BLANK_ROWS } from '../../../shared/reports/ledgers';
import type { LedgerDefinition } from '../../../shared/reports/ledgers/ledger-schema';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { CASE_SOURCES, useLedgerPrinting, type LedgerPrinting } from './use-ledger-printing';
import { useCitation } from '../../components/SourceCitation';
import { noteLang, noteText } from '../../../shared/sources/choice-note';

/** Where a ledger's rows come from, in words. */
function DataText({ ledger }: { ledger: LedgerDefinition }) {
  const { t, i18n } = useTranslation();
  const data = ledger.data;
  let text: string;
  if (data.kind === 'none') text = t('ledgers.noData', { why: i18n.language === 'en' ? data.why.en : data.why.zh });
  else {
    const template = data.kind === 'checklistRows' || data.kind === 'checklistRecords' ? (findTemplate(data.templateId)?.title.zh ?? data.templateId) : '';
    const kind = data.kind === 'complaints' && data.by === 'closed' ? 'closedComplaints' : data.kind;
    text = t('ledgers.holdsData', { what: t(`ledgers.dataKinds.${kind}`, { template }) });
  }
  return <p data-testid="ledger-data">{text}</p>;
}

function LedgerInfo({ ledger }: { ledger: LedgerDefinition }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  return (
    <>
      <h3 id="ledger-title" data-testid="ledger-title">
        {ledger.title.zh}
        {i18n.language === 'en' && <span className="muted"> {ledger.title.en}</span>}
      </h3>
      <p className="muted">{t('ledgers.source', { source: cite(ledger.source) })}</p>
      <DataText ledger={ledger} />
      {ledger.choice && (
        <p className="muted ledger-choice" lang={noteLang(i18n.language)} data-testid="ledger-choice">
          {t('ledgers.choice', { choice: cite(noteText(ledger.choice, i18n.language)) })}
        </p>
      )}
    </>
  );
}

/** Period and unit, and the print of the rows the app holds. */
function PeriodFields({ form, units, holdsData }: { form: LedgerPrinting; units: readonly string[]; holdsData: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <FormField id="ledger-period" label={t('ledgers.period')} hint={t('ledgers.periodHint')} error={form.errors.period}>
        {(control) => <input {...control} type="text" value={form.period} onChange={(e) => form.setPeriod(e.target.value)} data-testid="ledger-period" />}
      </FormField>
      <FormField id="ledger-unit" label={t('ledgers.unit')} error={form.errors.unit}>
        {(control) => (
          <select {...control} value={form.unit} onChange={(e) => form.setUnit(e.target.value)} data-testid="ledger-unit">
            <option value="">{t('ledgers.wholeSite')}</option>
            {units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="ledger-actions">
        <button type="button" className="button primary" disabled={!holdsData || form.busy} onClick={() => void form.printFilled(false)} data-testid="ledger-print-rows">
          {t('ledgers.print')}
        </button>
      </div>
    </>
  );
}

function BlankFields({ form }: { form: LedgerPrinting }) {
  const { t } = useTranslation();
  return (
    <>
      <FormField id="ledger-blank-rows" label={t('ledgers.blankRows')} hint={t('ledgers.blankRowsHint', { max: MAX_BLANK_ROWS })} error={form.errors.blankRows}>
        {(control) => <input {...control} type="number" min={1} max={MAX_BLANK_ROWS} value={form.blankRows} onChange={(e) => form.setBlankRows(e.target.value)} data-testid="ledger-blank-rows" />}
      </FormField>
      <div className="ledger-actions">
        <button type="button" className="button" disabled={form.busy} onClick={() => void form.printBlankSheet()} data-testid="ledger-print-blank">
          {t('ledgers.printBlank')}
        </button>
      </div>
    </>
  );
}

function CaseFields({ form }: { form: LedgerPrinting }) {
  const { t } = useTranslation();
  return (
    <>
      <FormField id="ledger-serial" label={t('ledgers.serial')} hint={t('ledgers.serialHint')} error={form.errors.serial}>
        {(control) => <input {...control} type="text" value={form.serial} onChange={(e) => form.setSerial(e.target.value)} data-testid="ledger-serial" />}
      </FormField>
      <div className="ledger-actions">
        <button type="button" className="button" disabled={form.busy} onClick={() => void form.printFilled(true)} data-testid="ledger-print-case">
          {t('ledgers.printCase')}
        </button>
      </div>
    </>
  );
}

/** One ledger: its source, where its rows come from, and the period, unit, single case or blank lines to print. */
export function LedgerPanel({ ledger, units }: { ledger: LedgerDefinition; units: readonly string[] }) {
  const { t } = useTranslation();
  const form = useLedgerPrinting(ledger);
  return (
    <section className="ledger-panel" aria-labelledby="ledger-title" data-testid="ledger-panel">
      <LedgerInfo ledger={ledger} />
      <ErrorBanner messages={form.other} />
      <div className="ledger-form">
        <PeriodFields form={form} units={units} holdsData={ledger.data.kind !== 'none'} />
        <BlankFields form={form} />
        {CASE_SOURCES.has(ledger.data.kind) && <CaseFields form={form} />}
      </div>
      <p role="status" className="ledger-status" data-testid="ledger-status">
        {form.busy ? t('ledgers.loading') : form.status}
      </p>
    </section>
  );
}
