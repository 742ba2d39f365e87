import { z } from 'zod';
import { choiceNoteSchema } from '../../sources/choice-note';
import { CHANNELS, COMPLAINT_KINDS } from '../../domain/complaint-vocabulary';
import { PERMISSIONS } from '../../domain/roles';
import { CALL_BACK_FIELDS, CODE_SETS, COMPLAINT_FIELDS, CREDIT_CUSTOMER_FIELDS, EXPORT_FIELDS, EXTENSION_FIELDS, MEDIA_FIELDS, OPINION_FIELDS, RECORD_FIELDS, type CellFormat } from './fields';

/**
 * A ledger (台帐) as data: a register the sources name, printed as a
 * multi-row A4 landscape sheet for a period and a unit. Each column carries
 * the source's header text (zh), an English label, where it comes from
 * (`source`), whether the source names the column or the column is implied
 * by what the source says the register records (`basis`: the app's choice),
 * its width on paper and what fills it: a field of the data source, or
 * nothing (`hand`: written by hand on paper).
 */
const text = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const id = z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/);
const itemId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const cellFormatSchema: z.ZodType<CellFormat> = z.union([
  z.enum(['text', 'instant', 'date', 'yesNo', 'number', 'bilingual', 'bilingualList']),
  z.object({ codes: z.enum(CODE_SETS) }).strict(),
]);

const valueSchema = z.union([
  /** A field of the data source's catalogue (shared/reports/ledgers/fields.ts). */
  z.object({ field: z.string().min(1) }).strict(),
  /** A column of the register table (checklistRows). */
  z.object({ row: itemId }).strict(),
  /** An item of the record; with several ids, the first one answered (items shown under different conditions). */
  z.object({ item: z.union([itemId, z.array(itemId).min(2)]) }).strict(),
  /** The number of rows a table item of the record holds (e.g. attendees). */
  z.object({ rowCount: itemId }).strict(),
  /** Left empty for a person to write in on paper: the app holds no such value. */
  z.object({ hand: z.literal(true) }).strict(),
]);
export type LedgerValue = z.infer<typeof valueSchema>;

export const ledgerColumnSchema = z
  .object({
    id,
    header: text,
    /** 'named': the source names this field; 'implied': what the source says the register records, made a column (a choice, see the ledger's `choice`). */
    basis: z.enum(['named', 'implied']),
    source: z.string().min(1),
    /** Width on paper in millimetres; a growing column takes at least this and shares what the fixed ones leave. */
    width: z.number().min(8).max(150),
    grow: z.boolean().default(false),
    value: valueSchema,
    format: cellFormatSchema.default('text'),
    /** A column someone signs in: printed tall enough for a handwritten signature, with the name the app holds (if any) in small type. */
    signature: z.boolean().default(false),
    unit: z.string().max(20).optional(),
  })
  .strict();
export type LedgerColumn = z.output<typeof ledgerColumnSchema>;

const dateFrom = z.union([z.object({ row: itemId }).strict(), z.object({ item: itemId }).strict()]);

/** Where the rows come from. `none`: the app holds nothing of this register, so it prints blank for filling by hand. */
export const ledgerDataSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('complaints'),
      kinds: z.array(z.enum(COMPLAINT_KINDS)).min(1),
      excludeChannels: z.array(z.enum(CHANNELS)).default([]),
      /** Which moment places a record in the period: when it was received (default) or when it was closed. */
      by: z.enum(['received', 'closed']).default('received'),
    })
    .strict(),
  z.object({ kind: z.literal('extensions') }).strict(),
  z.object({ kind: z.literal('callBacks') }).strict(),
  z.object({ kind: z.literal('opinionBook') }).strict(),
  z.object({ kind: z.literal('media') }).strict(),
  z.object({ kind: z.literal('transferExports') }).strict(),
  /** The prepayment and credit-sale customers (第二十九条): each customer's credit grading in force on the period's last day; the site's, not a unit's. */
  z.object({ kind: z.literal('creditCustomers') }).strict(),
  /** One ledger row per row of a register table, across the template's records; the row's day comes from a column or an item of its record. */
  z.object({ kind: z.literal('checklistRows'), templateId: id, tableItemId: itemId, dateFrom }).strict(),
  /** One ledger row per completed record of a template, placed by a date item. */
  z.object({ kind: z.literal('checklistRecords'), templateId: id, dateFrom: z.object({ item: itemId }).strict() }).strict(),
  z.object({ kind: z.literal('none'), why: text }).strict(),
]);
export type LedgerData = z.output<typeof ledgerDataSchema>;
export type LedgerDataKind = LedgerData['kind'];

/** The catalogue a `field` column may name, per data source (checklist sources use row/item/rowCount and the record's own fields). */
export const FIELDS_OF: Record<LedgerDataKind, Record<string, CellFormat>> = {
  complaints: COMPLAINT_FIELDS,
  extensions: EXTENSION_FIELDS,
  callBacks: CALL_BACK_FIELDS,
  opinionBook: OPINION_FIELDS,
  media: MEDIA_FIELDS,
  transferExports: EXPORT_FIELDS,
  creditCustomers: CREDIT_CUSTOMER_FIELDS,
  checklistRows: RECORD_FIELDS,
  checklistRecords: RECORD_FIELDS,
  none: {},
};

/** The source documents, for listing the ledgers by where they come from. */
export const LEDGER_GROUPS = ['seed000', 'seed001', 'seed002', 'seed003', 'seed004'] as const;

export const ledgerSchema = z
  .object({
    id,
    title: text,
    group: z.enum(LEDGER_GROUPS),
    /** Where the source names the register. */
    source: z.string().min(1),
    data: ledgerDataSchema,
    columns: z.array(ledgerColumnSchema).min(1),
    /** Signatures under the ledger (the sheet's own, beside the per-row signature columns). */
    signers: z.array(text).default([]),
    /** What the source leaves open and how the ledger settles it (implied columns, which records count). */
    choice: choiceNoteSchema.optional(),
    /** The data the rows show is read with this permission; no one without it prints the filled ledger. */
    permission: z.enum(PERMISSIONS),
  })
  .strict()
  .superRefine((ledger, ctx) => {
    const seen = new Set<string>();
    const fields = FIELDS_OF[ledger.data.kind];
    const checklist = ledger.data.kind === 'checklistRows' || ledger.data.kind === 'checklistRecords';
    ledger.columns.forEach((column, i) => {
      const path = ['columns', i];
      if (seen.has(column.id)) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `duplicate column ${column.id}` });
      seen.add(column.id);
      const value = column.value;
      if ('field' in value) {
        const format = fields[value.field];
        if (!format) ctx.addIssue({ code: 'custom', path: [...path, 'value'], message: `${ledger.data.kind} has no field ${value.field}` });
        else if (JSON.stringify(format) !== JSON.stringify(column.format)) ctx.addIssue({ code: 'custom', path: [...path, 'format'], message: `${value.field} prints as ${JSON.stringify(format)}` });
      }
      if (('row' in value && ledger.data.kind !== 'checklistRows') || (('item' in value || 'rowCount' in value) && !checklist)) {
        ctx.addIssue({ code: 'custom', path: [...path, 'value'], message: 'row, item and rowCount are values of checklist ledgers only' });
      }
      if (ledger.data.kind === 'none' && !('hand' in value)) ctx.addIssue({ code: 'custom', path: [...path, 'value'], message: 'a ledger without data has only hand-written columns' });
    });
  });
export type LedgerDefinitionInput = z.input<typeof ledgerSchema>;
export type LedgerDefinition = z.output<typeof ledgerSchema>;

/** The printable width of A4 landscape at the ledger's 10 mm side margins, less the 序号 column. */
export const PRINTABLE_WIDTH_MM = 277;
export const NUMBER_COLUMN_MM = 10;
/** What a growing column needs at least beside the fixed ones. */
export const MIN_GROW_MM = 20;
