import { useTranslation } from 'react-i18next';
import type { CellValue } from '../../../../shared/api/ledgers';
import type { LedgerColumn, LedgerDefinition } from '../../../../shared/reports/ledgers/ledger-schema';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { formatInstant } from '../../../lib/zoned-time';
import type { LedgerPaper } from '../../../stores/ledgers-store';
import { cssString } from '../../checklists/print/print-values';
import { cellText, columnWidths, periodText } from '../ledger-text';
import './ledger-print.css';

interface LedgerPrintProps {
  ledger: LedgerDefinition;
  paper: LedgerPaper;
  site: { name: string; code: string };
}

/**
 * One print view for every ledger (台帐): A4 landscape, the source's column
 * headers (repeated on every page), one line per row (never split across
 * pages), signature columns tall enough to sign in, the sheet's own
 * signatures below. Title, period, site and unit stand in the page margins of
 * every page, with 第 x 页 共 y 页. A blank ledger is the same sheet with
 * empty lines. Kept in the page and shown only by the print style sheet.
 */
export function LedgerPrint({ ledger, paper, site }: LedgerPrintProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const timeZone = useTimeZone();
  const blank = paper.kind === 'blank';
  const period = blank ? paper.period : paper.sheet.period;
  const unit = blank ? paper.unit : paper.sheet.unit;
  const serial = blank ? null : paper.sheet.serial;
  const title = `${ledger.title.zh}${blank ? t('ledgers.sheet.blankSuffix') : ''}`;
  const blankLine = t('ledgers.sheet.blankLine');
  const periodValue = period ? `${periodText(period, t)}（${period.from} — ${period.to}）` : blankLine;
  const periodShown = serial ? `${t('ledgers.sheet.serial')} ${serial}` : periodValue;
  const siteShown = `${site.name}（${site.code}）`;
  const unitShown = unit ?? (blank ? blankLine : t('ledgers.wholeSite'));
  const widths = columnWidths(ledger.columns);
  const [before, middle, after] = t('ledgers.sheet.page', { page: '\u0001', pages: '\u0002' }).split(/[\u0001\u0002]/);
  const pageCss = `@page ledger {
  @top-left { content: ${cssString(`${title}  ${periodShown}`)}; }
  @top-right { content: ${cssString(`${t('ledgers.sheet.site')}：${siteShown}  ${t('ledgers.sheet.unit')}：${unitShown}`)}; }
  @bottom-right { content: ${cssString(before ?? '')} counter(page) ${cssString(middle ?? '')} counter(pages) ${cssString(after ?? '')}; }
}`;
  const rows: (Record<string, CellValue> | null)[] = blank ? Array.from({ length: paper.rows }, () => null) : paper.sheet.rows.map((r) => r.cells);

  return (
    <div className="paper-sheet ledger-print" data-testid="ledger-print" data-ledger={ledger.id} data-filled={blank ? 'false' : 'true'} aria-hidden="true">
      <style>{pageCss}</style>
      <h1 className="ledger-print-title">
        {title}
        {lang === 'en' && <span className="ledger-print-en">{ledger.title.en}</span>}
      </h1>
      <p className="ledger-print-meta">
        <span>
          {t('ledgers.sheet.site')}：{siteShown}
        </span>
        <span>
          {t('ledgers.sheet.unit')}：{unitShown}
        </span>
        <span>
          {serial ? t('ledgers.sheet.serial') : t('ledgers.sheet.period')}：{serial ?? periodValue}
        </span>
        {!blank && (
          <span>
            {t('ledgers.sheet.printedAt')}：{formatInstant(paper.sheet.printedAt, timeZone)}
          </span>
        )}
      </p>
      <table className="ledger-print-table">
        <colgroup>
          {widths.map((mm, index) => (
            <col key={index} style={{ width: `${mm}mm` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th>{t('ledgers.sheet.no')}</th>
            {ledger.columns.map((column) => (
              <th key={column.id}>
                {column.header.zh}
                {column.unit ? `（${column.unit}）` : ''}
                {lang === 'en' && <span className="ledger-print-en">{column.header.en}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, index) => (
            <tr key={blank ? index : paper.sheet.rows[index]!.key} className={cells ? undefined : 'ledger-blank-row'} data-testid="ledger-row">
              <td>{index + 1}</td>
              {ledger.columns.map((column) => (
                <Cell key={column.id} column={column} value={cells ? (cells[column.id] ?? null) : null} lang={lang} timeZone={timeZone} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {ledger.signers.length > 0 && (
        <table className="ledger-print-signatures">
          <tbody>
            <tr>
              {ledger.signers.map((signer) => (
                <td key={signer.zh}>
                  {signer.zh}
                  {lang === 'en' && ` ${signer.en}`}：
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      )}
      <p className="ledger-print-source">{t('ledgers.sheet.source', { source: ledger.source })}</p>
    </div>
  );
}

function Cell({ column, value, lang, timeZone }: { column: LedgerColumn; value: CellValue; lang: string; timeZone: string }) {
  const { t } = useTranslation();
  const text = cellText(column, value, t, lang, timeZone);
  return <td className={column.signature ? 'ledger-signature' : undefined}>{text}</td>;
}
