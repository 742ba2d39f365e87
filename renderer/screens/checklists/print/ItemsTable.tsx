import { useTranslation } from 'react-i18next';
import type { PhotoRef } from '../../../../shared/checklists/answer-values';
import type { ChecklistTemplate, TemplateItem } from '../../../../shared/checklists/template-schema';
import { computedDetail } from '../../../../shared/checklists/computed-answers';
import { isShown } from '../../../../shared/checklists/item-outcomes';
import { useCitation } from '../../../components/SourceCitation';
import { useChecklistText } from '../checklist-text';
import { blankValue, printedValue } from './print-values';
import { usePrintSource } from './print-source';
import { PrintPhotos } from './PrintPhotos';

/** A checklist's items: number, item with its source, and the answer (or the boxes to tick on paper). */
export function ItemsTable({
  items,
  firstNumber,
  template,
  answers,
  images,
}: {
  items: TemplateItem[];
  firstNumber: number;
  template: ChecklistTemplate;
  answers: Record<string, unknown> | null;
  images: Record<string, string>;
}) {
  const { t } = useTranslation();
  const cite = useCitation();
  const { label } = useChecklistText();
  const { timeZone } = usePrintSource();
  if (items.length === 0) return null;
  return (
    <table className="checklist-print-table checklist-print-items">
      <colgroup>
        <col className="col-no" />
        <col />
        <col className="col-result" />
      </colgroup>
      <thead>
        <tr>
          <th>{t('checklists.print.no')}</th>
          <th>{t('checklists.print.item')}</th>
          <th>{t('checklists.print.result')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, index) => (
          <tr key={item.id} data-testid="print-row">
            <td>{firstNumber + index}</td>
            <td>
              {label(item.label)}
              {item.hint && <span className="print-hint">{label(item.hint)}</span>}
              <span className="print-source">{t('checklists.source', { source: cite(item.source) })}</span>
            </td>
            <td className={answers ? '' : 'blank-cell'}>
              {answers
                ? !isShown(item, template, answers)
                  ? <span className="print-not-asked">{t('checklists.print.notAsked')}</span>
                  : item.kind === 'photo'
                  ? <PrintPhotos photos={(answers[item.id] as PhotoRef[] | undefined) ?? []} evidence={item.evidence ?? []} images={images} />
                  : printedValue(item, answers[item.id], t, timeZone, label)
                : item.computed
                ? t('thresholds.computedBlank')
                : blankValue(item, t, label)}
              {answers && item.computed && isShown(item, template, answers) && <ComputedDetail item={item} template={template} answers={answers} />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** How a computed answer came about, under it on the report. */
function ComputedDetail({ item, template, answers }: { item: TemplateItem; template: ChecklistTemplate; answers: Record<string, unknown> }) {
  const { label } = useChecklistText();
  const items = template.sections.flatMap((s) => s.items);
  const detail = computedDetail(item, answers, (id) => items.find((i) => i.id === id)?.label ?? { zh: id, en: id });
  return detail ? <span className="print-hint">{label(detail)}</span> : null;
}
