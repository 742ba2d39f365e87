import { useTranslation } from 'react-i18next';
import { TEMPLATE_KINDS } from '../../../shared/checklists/template-schema';
import { BlockIssues, EditorField, EditorSelect, useEditor } from './EditorField';
import { newItem, SectionEditor } from './SectionEditor';
import { freeId, getIn, type Json } from './template-paths';

/** The structured form: the template's common settings and its sections and items; the rest is in the JSON view. */
export function TemplateForm() {
  const { t } = useTranslation();
  const { template, set } = useEditor();
  const sections = (getIn(template, ['sections']) ?? []) as Json[];
  const addSection = () =>
    set(['sections'], [...sections, { id: freeId('part', sections.map((s) => s?.id)), title: { zh: '', en: '' }, source: '', items: [newItem(template)] }]);
  return (
    <div className="template-form" data-testid="template-form">
      <section className="panel">
        <h3>{t('templateEditor.template.heading')}</h3>
        <BlockIssues path={[]} />
        <div className="template-fields">
          <EditorField path={['title', 'zh']} label={t('templateEditor.template.titleZh')} required />
          <EditorField path={['title', 'en']} label={t('templateEditor.template.titleEn')} required />
          <EditorField path={['id']} label={t('templateEditor.template.id')} hint={t('templateEditor.template.idHint')} required />
          <EditorField path={['version']} label={t('templateEditor.template.version')} hint={t('templateEditor.template.versionHint')} required />
          <EditorSelect path={['kind']} label={t('templateEditor.template.kind')} options={TEMPLATE_KINDS.map((kind) => ({ value: kind, label: t(`checklists.kinds.${kind}`) }))} />
          <EditorSelect
            path={['orientation']}
            label={t('templateEditor.template.orientation')}
            options={(['portrait', 'landscape'] as const).map((o) => ({ value: o, label: t(`templateEditor.orientation.${o}`) }))}
          />
          <EditorField path={['source']} label={t('templateEditor.template.source')} hint={t('templateEditor.template.sourceHint')} required />
        </div>
      </section>
      <BlockIssues path={['sections']} />
      <ol className="template-sections">
        {sections.map((_, i) => (
          <SectionEditor key={i} index={i} count={sections.length} />
        ))}
      </ol>
      <button type="button" className="button secondary" onClick={addSection} data-testid="add-section">
        {t('templateEditor.section.add')}
      </button>
    </div>
  );
}
