import type { CellFormat } from '../fields';
import type { LedgerDefinitionInput } from '../ledger-schema';

/**
 * Short builders for the ledger definitions: most columns are "a header, the
 * source, a width and a value", and writing each out in full would bury the
 * source's wording. A `field` column takes its print format from the data
 * source's catalogue, so the two cannot disagree.
 */
type ColumnInput = LedgerDefinitionInput['columns'][number];
type Extra = Partial<Pick<ColumnInput, 'grow' | 'signature' | 'unit'>>;
type Basis = ColumnInput['basis'];

/** Column builders for one data source's catalogue: `named` and `implied` columns filled from a field, `hand` ones left blank. */
export function columnsOf<F extends Record<string, CellFormat>>(fields: F) {
  const make =
    (basis: Basis) =>
    (id: string, zh: string, en: string, source: string, width: number, field: keyof F & string, extra: Extra = {}): ColumnInput => ({
      id,
      header: { zh, en },
      basis,
      source,
      width,
      value: { field },
      format: fields[field],
      ...extra,
    });
  return { named: make('named'), implied: make('implied') };
}

/** A column the app holds nothing for: written in by hand on paper. */
export function hand(id: string, zh: string, en: string, basis: Basis, source: string, width: number, extra: Extra = {}): ColumnInput {
  return { id, header: { zh, en }, basis, source, width, value: { hand: true }, ...extra };
}

/** A column of a checklist register (`row`: a column of its table; `item`: an item of its record). */
export function checklistColumn(
  id: string,
  zh: string,
  en: string,
  basis: Basis,
  source: string,
  width: number,
  value: { row: string } | { item: string | string[] } | { rowCount: string },
  format: CellFormat = 'text',
  extra: Extra = {},
): ColumnInput {
  return { id, header: { zh, en }, basis, source, width, value, format, ...extra };
}

export const signer = (zh: string, en: string) => ({ zh, en });
