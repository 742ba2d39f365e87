import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { siteDayOf } from '../../../shared/domain/opinion-book';
import { DEFAULT_BLANK_ROWS, MAX_BLANK_ROWS } from '../../../shared/reports/ledgers';
import type { LedgerDefinition } from '../../../shared/reports/ledgers/ledger-schema';
import { parsePeriod, type LedgerPeriod } from '../../../shared/reports/ledgers/period';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useTimeZone } from '../../hooks/use-time-zone';
import { reasonText } from '../../lib/error-text';
import type { FieldErrors } from '../../lib/field-errors';
import { useLedgersStore } from '../../stores/ledgers-store';
import { periodText } from './ledger-text';

const FIELDS = ['period', 'unit', 'serial', 'blankRows'] as const;
type Field = (typeof FIELDS)[number];

/** The ledgers that register cases one by one, so one case prints as the one-row variant. */
export const CASE_SOURCES: ReadonlySet<string> = new Set(['complaints', 'extensions', 'callBacks']);

/** The period of a blank ledger, checked as the core checks a filled one's (the core never sees a blank one); empty prints lines to fill in. */
function blankPeriod(code: string, today: string): { period: LedgerPeriod | null; error?: string } {
  if (code.trim() === '') return { period: null };
  const parsed = parsePeriod(code, today);
  if (parsed.ok) return { period: parsed.period };
  return { period: null, error: reasonText({ key: `ledgers.errors.${parsed.problem}`, params: { period: code, today: { date: today } } }, parsed.problem) };
}

/** The ledger form's state and its three prints: the rows of a period and unit, one case, blank lines. */
export function useLedgerPrinting(ledger: LedgerDefinition) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const today = siteDayOf(new Date(), timeZone);
  const [period, setPeriod] = useState(today.slice(0, 7));
  const [unit, setUnit] = useState('');
  const [serial, setSerial] = useState('');
  const [blankRows, setBlankRows] = useState(String(DEFAULT_BLANK_ROWS));
  const [status, setStatus] = useState('');
  const printSheet = useLedgersStore((s) => s.printSheet);
  const printBlank = useLedgersStore((s) => s.printBlank);
  const { errors, other, busy, submit } = useFormSubmit<Field>(FIELDS);

  const printFilled = async (bySerial: boolean) => {
    const local: FieldErrors<Field> = bySerial && serial.trim() === '' ? { serial: t('ledgers.serialRequired') } : {};
    setStatus('');
    await submit(local, async () => {
      const sheet = await printSheet(bySerial ? { ledgerId: ledger.id, serial } : { ledgerId: ledger.id, period, ...(unit ? { unit } : {}) });
      const count = sheet.rows.length;
      const shown = sheet.period ? periodText(sheet.period, t) : '';
      setStatus(sheet.serial ? t('ledgers.readyCase', { serial: sheet.serial, count }) : t('ledgers.ready', { period: shown, unit: sheet.unit ?? t('ledgers.wholeSite'), count }));
    });
  };

  const printBlankSheet = async () => {
    const rows = Number(blankRows);
    const checked = blankPeriod(period, today);
    const local: FieldErrors<Field> = {
      ...(Number.isInteger(rows) && rows >= 1 && rows <= MAX_BLANK_ROWS ? {} : { blankRows: t('ledgers.blankRowsInvalid', { max: MAX_BLANK_ROWS }) }),
      ...(checked.error ? { period: checked.error } : {}),
    };
    setStatus('');
    await submit(local, async () => {
      printBlank({ ledgerId: ledger.id, rows, period: checked.period, unit: unit || null });
      setStatus(t('ledgers.readyBlank', { rows }));
    });
  };

  return { period, setPeriod, unit, setUnit, serial, setSerial, blankRows, setBlankRows, status, errors, other, busy, printFilled, printBlankSheet };
}

export type LedgerPrinting = ReturnType<typeof useLedgerPrinting>;
