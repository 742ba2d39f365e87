import { useTranslation } from 'react-i18next';
import { BlockIssues, EditorField, useEditor } from './EditorField';
import { ItemEditor } from './ItemEditor';
import { freeId, getIn, moved, type Json } from './template-paths';

/** Every item id of the template: a new item's id must differ from all of them (ids are unique across sections). */
function itemIds(template: Json): unknown[] {
  const sections = Array.isArray(template.sections) ? (template.sections as Json[]) : [];
  return sections.flatMap((s) => (Array.isArray(s?.items) ? (s.items as Json[]).map((i) => i?.id) : []));
}

export const newItem = (template: Json) => ({ id: freeId('item', itemIds(template)), kind: 'passFail', label: { zh: '', en: '' }, source: '', required: false });

/** One section (part): its title, citation and weight, its items, and moving or removing it. */
export function SectionEditor({ index, count }: { index: number; count: number }) {
  const { t } = useTranslation();
  const { template, set } = useEditor();
  const path = ['sections', index] as const;
  const sections = (getIn(template, ['sections']) ?? []) as unknown[];
  const items = (getIn(template, [...path, 'items']) ?? []) as unknown[];
  const move = (to: number | null) => set(['sections'], moved(sections, index, to));
  const testId = `section-${index + 1}`;
  return (
    <li className="panel template-section" data-testid={testId}>
      <div className="template-block-head">
        <h3>{t('templateEditor.section.heading', { n: index + 1 })}</h3>
        <div className="actions">
          <button type="button" className="button link" disabled={index === 0} onClick={() => move(index - 1)} data-testid={`${testId}-up`}>
            {t('templateEditor.section.up')}
          </button>
          <button type="button" className="button link" disabled={index === count - 1} onClick={() => move(index + 1)} data-testid={`${testId}-down`}>
            {t('templateEditor.section.down')}
          </button>
          <button type="button" className="button link danger" onClick={() => move(null)} data-testid={`${testId}-remove`}>
            {t('templateEditor.section.remove')}
          </button>
        </div>
      </div>
      <BlockIssues path={path} />
      <div className="template-fields">
        <EditorField path={[...path, 'title', 'zh']} label={t('templateEditor.section.titleZh')} required />
        <EditorField path={[...path, 'title', 'en']} label={t('templateEditor.section.titleEn')} required />
        <EditorField path={[...path, 'id']} label={t('templateEditor.section.id')} required />
        <EditorField path={[...path, 'source']} label={t('templateEditor.section.source')} required />
        <EditorField path={[...path, 'weight']} label={t('templateEditor.section.weight')} hint={t('templateEditor.section.weightHint')} kind="number" />
      </div>
      <BlockIssues path={[...path, 'items']} />
      <ol className="template-items">
        {items.map((_, i) => (
          <ItemEditor key={i} sectionIndex={index} index={i} count={items.length} />
        ))}
      </ol>
      <button type="button" className="button secondary" onClick={() => set([...path, 'items'], [...items, newItem(template)])} data-testid={`${testId}-add-item`}>
        {t('templateEditor.item.add')}
      </button>
    </li>
  );
}
