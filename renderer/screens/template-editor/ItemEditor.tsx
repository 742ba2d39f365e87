import { useTranslation } from 'react-i18next';
import { FAILS_ON, ITEM_KINDS } from '../../../shared/checklists/template-schema';
import { BlockIssues, EditorField, EditorSelect, useEditor } from './EditorField';
import { getIn, moved, type Json } from './template-paths';

/** Settings the form edits; anything else an item has (columns, options, vetoes …) is edited in the JSON view. */
const FORM_KEYS = new Set(['id', 'kind', 'label', 'source', 'points', 'required', 'failsOn']);

/** One item of a section: the common settings, and moving or removing it. */
export function ItemEditor({ sectionIndex, index, count }: { sectionIndex: number; index: number; count: number }) {
  const { t } = useTranslation();
  const { template, set } = useEditor();
  const itemsPath = ['sections', sectionIndex, 'items'] as const;
  const path = [...itemsPath, index] as const;
  const item = (getIn(template, path) ?? {}) as Json;
  const items = (getIn(template, itemsPath) ?? []) as unknown[];
  const move = (to: number | null) => set(itemsPath, moved(items, index, to));
  const more = Object.keys(item).some((key) => !FORM_KEYS.has(key));
  const testId = `item-${sectionIndex + 1}-${index + 1}`;
  return (
    <li className="template-item" data-testid={testId}>
      <div className="template-block-head">
        <h4>{t('templateEditor.item.heading', { n: index + 1 })}</h4>
        <div className="actions">
          <button type="button" className="button link" disabled={index === 0} onClick={() => move(index - 1)} data-testid={`${testId}-up`}>
            {t('templateEditor.item.up')}
          </button>
          <button type="button" className="button link" disabled={index === count - 1} onClick={() => move(index + 1)} data-testid={`${testId}-down`}>
            {t('templateEditor.item.down')}
          </button>
          <button type="button" className="button link danger" onClick={() => move(null)} data-testid={`${testId}-remove`}>
            {t('templateEditor.item.remove')}
          </button>
        </div>
      </div>
      <BlockIssues path={path} />
      <div className="template-fields">
        <EditorField path={[...path, 'label', 'zh']} label={t('templateEditor.item.labelZh')} required />
        <EditorField path={[...path, 'label', 'en']} label={t('templateEditor.item.labelEn')} required />
        <EditorField path={[...path, 'id']} label={t('templateEditor.item.id')} required />
        <EditorSelect
          path={[...path, 'kind']}
          label={t('templateEditor.item.kind')}
          options={ITEM_KINDS.map((kind) => ({ value: kind, label: t(`templateEditor.kinds.${kind}`) }))}
          change={(kind) => {
            // Only a yes/no question says which answer fails: a kind changed away drops it in the same change.
            const { failsOn: _dropped, ...rest } = item;
            set(path, kind === 'yesNo' ? { ...item, kind } : { ...rest, kind });
          }}
        />
        {item.kind === 'yesNo' && (
          <EditorSelect
            path={[...path, 'failsOn']}
            label={t('templateEditor.item.failsOn')}
            hint={t('templateEditor.item.failsOnHint')}
            placeholder={t('templateEditor.item.failsOnUnset')}
            options={FAILS_ON.map((answer) => ({ value: answer, label: t(`templateEditor.failsOn.${answer}`) }))}
          />
        )}
        <EditorField path={[...path, 'points']} label={t('templateEditor.item.points')} kind="number" />
        <EditorField path={[...path, 'source']} label={t('templateEditor.item.source')} required />
        <EditorField path={[...path, 'required']} label={t('templateEditor.item.required')} kind="checkbox" />
      </div>
      {more && <p className="field-hint">{t('templateEditor.item.more')}</p>}
    </li>
  );
}
