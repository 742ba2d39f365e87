import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoRef, TableRow } from '../../../../shared/checklists/answer-values';
import type { ChecklistTemplate, TemplateItem } from '../../../../shared/checklists/template-schema';
import { usePageStyle } from '../../../lib/page-style';
import { formatInstant } from '../../../lib/zoned-time';
import { useChecklistText } from '../checklist-text';
import { withComputedAnswers } from '../../../../shared/checklists/computed-answers';
import { isShown } from '../../../../shared/checklists/item-outcomes';
import { cssString } from './print-values';
import { ScoreBlock } from './ScoreBlock';
import type { RecordScore } from '../../../../shared/checklists/record-score';
import './checklist-print.css';
import { useCitation } from '../../../components/SourceCitation';
import { ItemsTable } from './ItemsTable';
import { PrintSourceContext, type PrintableRecord, type PrintSource } from './print-source';
import { RegisterTable } from './RegisterTable';

/** Lines a blank register offers for handwriting: one page of A4 in each orientation, with two signature rows below. */
const BLANK_ROWS = { landscape: 9, portrait: 16 } as const;
const SIGNERS_IN_BLANK_ROWS = 2;
/** A table among other items (e.g. the accidents under the coal mine's exclusions) needs only a few lines on paper. */
const BLANK_ROWS_BESIDE_ITEMS = 3;

/** Each signer beyond two takes about one register line of the page. */
function blankRowsFor(orientation: 'landscape' | 'portrait', signers: number): number {
  return BLANK_ROWS[orientation] - Math.max(0, signers - SIGNERS_IN_BLANK_ROWS);
}

/** The named @page's footer: the site and the form's title and version on the left, 第 x 页 共 y 页 on the right. */
function usePrintFooter(template: ChecklistTemplate, record: PrintableRecord | null, siteText: string) {
  const { t } = useTranslation();
  const { label } = useChecklistText();
  // The form's own title and version, never its internal id (issue 20 item 5).
  const footer = `${siteText}  ${t('checklists.print.footerTemplate', { title: label(template.title), version: record?.templateVersion ?? template.version })}`;
  const [before, middle, after] = t('checklists.print.page', { page: '\u0001', pages: '\u0002' }).split(/[\u0001\u0002]/);
  const pageCss = `@page checklist-${template.orientation} {
  @bottom-left { content: ${cssString(footer)}; }
  @bottom-right { content: ${cssString(before ?? '')} counter(page) ${cssString(middle ?? '')} counter(pages) ${cssString(after ?? '')}; }
}`;
  // Script-made, not a <style> element: the CSP refuses inline style elements (renderer/lib/page-style.ts).
  usePageStyle(pageCss);
}

/** The title (空白 for a blank form), the site, the template version, who filled it in and when. */
function PrintHead({ template, record, siteText, timeZone }: { template: ChecklistTemplate; record: PrintableRecord | null; siteText: string; timeZone: string }) {
  const { t } = useTranslation();
  const { label } = useChecklistText();
  return (
    <>
      <h1 className="checklist-print-title">
        {label(template.title)}
        {!record && t('checklists.print.blankSuffix')}
      </h1>
      <p className="checklist-print-meta">
        <span>
          {t('checklists.print.site')}：{siteText}
        </span>
        <span>
          {t('checklists.print.templateVersion')}：{record?.templateVersion ?? template.version}
        </span>
        {record && (
          <span>
            {t('checklists.print.filledBy')}：{record.startedByName} {formatInstant(record.startedAt, timeZone)}
            {record.completedAt ? ` · ${t('checklists.status.completed')} ${formatInstant(record.completedAt, timeZone)}` : ` · ${t('checklists.status.draft')}`}
          </span>
        )}
      </p>
    </>
  );
}

type Section = ChecklistTemplate['sections'][number];

/** One section: its plain items in numbered tables, each table item a register where it stands. */
function PrintSection({ section, template, record, answers, images }: { section: Section; template: ChecklistTemplate; record: PrintableRecord | null; answers: Record<string, unknown>; images: Record<string, string> }) {
  const { label } = useChecklistText();
  return (
    <section className="checklist-print-section">
      {template.sections.length > 1 && <h2>{label(section.title)}</h2>}
      {itemRuns(section.items).map((run) =>
        run.table ? (
          <RegisterTable
            key={run.table.id}
            item={run.table}
            caption={section.items.length > 1 || (record !== null && !isShown(run.table, template, answers)) ? label(run.table.label) : null}
            rows={record ? (isShown(run.table, template, answers) ? ((answers[run.table.id] as TableRow[] | undefined) ?? []) : null) : null}
            notAsked={record !== null && !isShown(run.table, template, answers)}
            blankRows={section.items.length > 1 ? BLANK_ROWS_BESIDE_ITEMS : blankRowsFor(template.orientation, template.signers.length)}
            images={images}
          />
        ) : (
          <ItemsTable key={run.items[0]!.id} items={run.items} firstNumber={run.firstNumber} template={template} answers={record ? answers : null} images={images} />
        ),
      )}
    </section>
  );
}

/** The corrective actions raised on the record: problem, action, owner, due date and where each stands. */
function ActionsTable({ actions, timeZone }: { actions: PrintableRecord['actions']; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <section className="checklist-print-section">
      <h2>{t('checklists.print.actionsTitle')}</h2>
      <table className="checklist-print-table">
        <thead>
          <tr>
            <th>{t('checklists.actions.problem')}</th>
            <th>{t('checklists.actions.action')}</th>
            <th>{t('checklists.actions.owner')}</th>
            <th>{t('checklists.actions.dueAt')}</th>
            <th>{t('checklists.print.status')}</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={a.id}>
              <td>{a.problem}</td>
              <td>{a.action}</td>
              <td>{a.ownerName}</td>
              <td>{formatInstant(a.dueAt, timeZone)}</td>
              <td>
                {a.status && t(`checklists.actions.status.${a.status}`)}
                {a.closeNote ? `：${a.closeNote}` : a.implementationNote ? `：${a.implementationNote}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A line per signer of the template, with a box to sign and the date. */
function SignatureTable({ signers }: { signers: ChecklistTemplate['signers'] }) {
  const { t } = useTranslation();
  const { label } = useChecklistText();
  return (
    <table className="checklist-print-table checklist-print-signatures">
      <tbody>
        {signers.map((signer) => (
          <tr key={signer.zh}>
            <th scope="row">{label(signer)}</th>
            <td className="signature-box" />
            <th scope="row">{t('checklists.print.date')}</th>
            <td className="signature-date" />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * One print view for every template: the blank A4 form for paper use
 * (`record` null) or the filled report (answers, photos as thumbnails,
 * corrective actions). Always in the page and shown only by the print style
 * sheet, so the browser's own Print command prints it too. Registers print
 * one table row per line, rows never split across pages, the header repeated;
 * every page carries 第 x 页 共 y 页 and the site and template version in its
 * footer (page-margin boxes of the named @page). The site, time zone and
 * photos come from `source` (print-source.ts): the site app's and the
 * head-office console's prints are this one sheet.
 */
export function ChecklistPrintSheet({ template, record, score = null, source }: { template: ChecklistTemplate; record: PrintableRecord | null; score?: RecordScore | null; source: PrintSource }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const { site, timeZone, images, fetchImage } = source;
  // The filled report prints computed answers (a period, a count, a time between two answers) as the fill screen shows them.
  const answers = withComputedAnswers(template, record?.answers ?? {});
  const orientation = template.orientation;

  useEffect(() => {
    for (const id of photoIds(template, answers)) void fetchImage(id);
  }, [template, answers, fetchImage]);

  const siteText = site ? `${site.name}（${site.code}）` : '';
  usePrintFooter(template, record, siteText);

  return (
    <PrintSourceContext.Provider value={source}>
      <div className={`paper-sheet checklist-print checklist-print-${orientation}`} data-testid="checklist-print" data-filled={record ? 'true' : 'false'} aria-hidden="true">
        <PrintHead template={template} record={record} siteText={siteText} timeZone={timeZone} />
        {template.sections.map((section) => (
          <PrintSection key={section.id} section={section} template={template} record={record} answers={answers} images={images} />
        ))}
        {record && <ScoreBlock score={score} />}
        {record && record.actions.length > 0 && <ActionsTable actions={record.actions} timeZone={timeZone} />}
        <SignatureTable signers={template.signers} />
        <p className="checklist-print-source">
          {t('checklists.source', { source: cite(template.source) })}
        </p>
      </div>
    </PrintSourceContext.Provider>
  );
}

/**
 * A section's items in template order as runs to print: consecutive plain
 * items share one numbered table (numbering continues across runs), each
 * table item is a register of its own where it stands.
 */
function itemRuns(items: readonly TemplateItem[]): { table?: TemplateItem; items: TemplateItem[]; firstNumber: number }[] {
  const runs: { table?: TemplateItem; items: TemplateItem[]; firstNumber: number }[] = [];
  let number = 1;
  for (const item of items) {
    if (item.kind === 'table') {
      runs.push({ table: item, items: [], firstNumber: number });
      continue;
    }
    const last = runs.at(-1);
    if (last && !last.table) last.items.push(item);
    else runs.push({ items: [item], firstNumber: number });
    number += 1;
  }
  return runs;
}

function photoIds(template: ChecklistTemplate, answers: Record<string, unknown>): string[] {
  const ids: string[] = [];
  for (const item of template.sections.flatMap((s) => s.items)) {
    const value = answers[item.id];
    if (item.kind === 'photo' && Array.isArray(value)) ids.push(...(value as PhotoRef[]).map((p) => p.attachmentId));
    if (item.kind === 'table' && Array.isArray(value)) {
      for (const column of item.columns ?? []) if (column.kind === 'photo') for (const row of value as TableRow[]) ids.push(...((row[column.id] as PhotoRef[] | undefined) ?? []).map((p) => p.attachmentId));
    }
  }
  return ids;
}
