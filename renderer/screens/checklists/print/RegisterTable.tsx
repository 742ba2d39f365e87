import { useTranslation } from 'react-i18next';
import type { PhotoRef, TableRow } from '../../../../shared/checklists/answer-values';
import type { TemplateItem } from '../../../../shared/checklists/template-schema';
import { useChecklistText } from '../checklist-text';
import { blankValue, printedValue } from './print-values';
import { usePrintSource } from './print-source';
import { PrintPhotos } from './PrintPhotos';

type Column = NonNullable<TemplateItem['columns']>[number];

/** The register's lines: one per row filled in, or `blankRows` empty lines to write on. */
function RegisterRows({ columns, rows, blankRows, images }: { columns: Column[]; rows: TableRow[] | null; blankRows: number; images: Record<string, string> }) {
  const { t } = useTranslation();
  const { label } = useChecklistText();
  const { timeZone } = usePrintSource();
  if (rows) {
    return rows.map((row, index) => (
      <tr key={row.id} data-testid="print-row">
        <td>{index + 1}</td>
        {columns.map((c) => (
          <td key={c.id}>
            {c.kind === 'photo' ? <PrintPhotos photos={(row[c.id] as PhotoRef[] | undefined) ?? []} evidence={c.evidence ?? []} images={images} /> : printedValue(c, row[c.id], t, timeZone, label)}
          </td>
        ))}
      </tr>
    ));
  }
  return Array.from({ length: blankRows }, (_, index) => (
    <tr key={index} className="blank-row" data-testid="print-row">
      <td>{index + 1}</td>
      {columns.map((c) => (
        <td key={c.id} className="blank-cell">
          {blankValue(c, t, label)}
        </td>
      ))}
    </tr>
  ));
}

/** A register: its columns as the header (repeated on every page), one line per row; a blank form gives empty lines to write on. */
export function RegisterTable({
  item,
  caption,
  rows,
  notAsked = false,
  blankRows,
  images,
}: {
  item: TemplateItem;
  caption: string | null;
  rows: TableRow[] | null;
  notAsked?: boolean;
  blankRows: number;
  images: Record<string, string>;
}) {
  const { t } = useTranslation();
  const { label } = useChecklistText();
  const columns = item.columns ?? [];
  return (
    <table className="checklist-print-table checklist-print-register" data-testid="print-register">
      {caption && (
        <caption>
          {caption}
          {notAsked && `：${t('checklists.print.notAsked')}`}
        </caption>
      )}
      <colgroup>
        <col className="col-no" />
        {columns.map((c) => (
          <col key={c.id} className={`col-${c.kind}`} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th>{t('checklists.print.no')}</th>
          {columns.map((c) => (
            <th key={c.id}>
              {label(c.label)}
              {c.unit ? `（${c.unit}）` : ''}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{notAsked ? null : <RegisterRows columns={columns} rows={rows} blankRows={blankRows} images={images} />}</tbody>
    </table>
  );
}
