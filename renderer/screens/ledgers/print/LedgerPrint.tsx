import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CellValue } from '../../../../shared/api/ledgers';
import type { LedgerColumn, LedgerDefinition } from '../../../../shared/reports/ledgers/ledger-schema';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { usePageStyle } from '../../../lib/page-style';
import { formatInstant } from '../../../lib/zoned-time';
import type { LedgerPaper } from '../../../stores/ledgers-store';
import { cssString } from '../../checklists/print/print-values';
import { cellText, columnWidths, periodText } from '../ledger-text';
import './ledger-print.css';
import { useCitation } from '../../../components/SourceCitation';

interface LedgerPrintProps {
  ledger: LedgerDefinition;
  paper: LedgerPaper;
  site: { name: string; code: string };
}

/** The sheet's heading as words: title, site, unit, period (or the case), the moment it was printed. */
interface Heading {
  title: string;
  site: string;
  unit: string;
  /** 期间 or 投诉编号, and its value. */
  scopeLabel: string;
  scope: string;
  printedAt: string | null;
}

function headingOf(ledger: LedgerDefinition, paper: LedgerPaper, site: LedgerPrintProps['site'], t: TFunction, timeZone: string): Heading {
  const blank = paper.kind === 'blank';
  const period = blank ? paper.period : paper.sheet.period;
  const unit = blank ? paper.unit : paper.sheet.unit;
  const serial = blank ? null : paper.sheet.serial;
  const blankLine = t('ledgers.sheet.blankLine');
  return {
    title: `${ledger.title.zh}${blank ? t('ledgers.sheet.blankSuffix') : ''}`,
    site: `${site.name}（${site.code}）`,
    unit: unit ?? (blank ? blankLine : t('ledgers.wholeSite')),
    scopeLabel: serial ? t('ledgers.sheet.serial') : t('ledgers.sheet.period'),
    scope: serial ?? (period ? `${periodText(period, t)}（${period.from} — ${period.to}）` : blankLine),
    printedAt: blank ? null : formatInstant(paper.sheet.printedAt, timeZone),
  };
}

/** The page-margin boxes of every page: title and period top left, site and unit top right, 第 x 页 共 y 页 bottom right. */
function pageCss(heading: Heading, t: TFunction): string {
  const [before, middle, after] = t('ledgers.sheet.page', { page: '\u0001', pages: '\u0002' }).split(/[\u0001\u0002]/);
  return `@page ledger {
  @top-left { content: ${cssString(`${heading.title}  ${heading.scopeLabel}：${heading.scope}`)}; }
  @top-right { content: ${cssString(`${t('ledgers.sheet.site')}：${heading.site}  ${t('ledgers.sheet.unit')}：${heading.unit}`)}; }
  @bottom-right { content: ${cssString(before ?? '')} counter(page) ${cssString(middle ?? '')} counter(pages) ${cssString(after ?? '')}; }
}`;
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
  const cite = useCitation();
  const timeZone = useTimeZone();
  const heading = headingOf(ledger, paper, site, t, timeZone);
  const en = i18n.language === 'en';
  // Script-made, not a <style> element: the CSP refuses inline style elements (renderer/lib/page-style.ts).
  usePageStyle(pageCss(heading, t));
  const rows = paper.kind === 'blank' ? Array.from({ length: paper.rows }, (_, i) => ({ key: String(i), cells: null })) : paper.sheet.rows;
  return (
    <div className="paper-sheet ledger-print" data-testid="ledger-print" data-ledger={ledger.id} data-filled={paper.kind === 'blank' ? 'false' : 'true'} aria-hidden="true">
      <h1 className="ledger-print-title">
        {heading.title}
        {en && <span className="ledger-print-en">{ledger.title.en}</span>}
      </h1>
      <p className="ledger-print-meta">
        <span>
          {t('ledgers.sheet.site')}：{heading.site}
        </span>
        <span>
          {t('ledgers.sheet.unit')}：{heading.unit}
        </span>
        <span>
          {heading.scopeLabel}：{heading.scope}
        </span>
        {heading.printedAt && (
          <span>
            {t('ledgers.sheet.printedAt')}：{heading.printedAt}
          </span>
        )}
      </p>
      <LedgerTable ledger={ledger} rows={rows} timeZone={timeZone} />
      <Signers ledger={ledger} en={en} />
      <p className="ledger-print-source">{t('ledgers.sheet.source', { source: cite(ledger.source) })}</p>
    </div>
  );
}

/** The ledger's table: the 序号 column and the source's columns at their widths; a row without cells is a line to write on. */
function LedgerTable({ ledger, rows, timeZone }: { ledger: LedgerDefinition; rows: readonly { key: string; cells: Record<string, CellValue> | null }[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <table className="ledger-print-table">
      <colgroup>
        {columnWidths(ledger.columns).map((mm, index) => (
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
        {rows.map(({ key, cells }, index) => (
          <tr key={key} className={cells ? undefined : 'ledger-blank-row'} data-testid="ledger-row">
            <td>{index + 1}</td>
            {ledger.columns.map((column) => (
              <Cell key={column.id} column={column} value={cells ? (cells[column.id] ?? null) : null} lang={lang} timeZone={timeZone} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Cell({ column, value, lang, timeZone }: { column: LedgerColumn; value: CellValue; lang: string; timeZone: string }) {
  const { t } = useTranslation();
  return <td className={column.signature ? 'ledger-signature' : undefined}>{cellText(column, value, t, lang, timeZone)}</td>;
}

/** The sheet's own signatures under the table (填表人, 站长 …), each with room to sign. */
function Signers({ ledger, en }: { ledger: LedgerDefinition; en: boolean }) {
  if (ledger.signers.length === 0) return null;
  return (
    <table className="ledger-print-signatures">
      <tbody>
        <tr>
          {ledger.signers.map((signer) => (
            <td key={signer.zh}>
              {signer.zh}
              {en && ` ${signer.en}`}：
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
