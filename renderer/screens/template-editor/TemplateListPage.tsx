import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateEntry } from '../../../shared/api/checklist-templates';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTimeZone } from '../../hooks/use-time-zone';
import { errorText } from '../../lib/error-text';
import { formatInstant } from '../../lib/zoned-time';
import { useNavigationStore } from '../../stores/navigation-store';
import { useTemplateEditorStore } from '../../stores/template-editor-store';
import { useChecklistText } from '../checklists/checklist-text';
import './template-editor.css';

/** Head office's list: every template with its versions, the drafts in progress, and starting a new version or a new template. */
export function TemplateListPage() {
  const { t } = useTranslation();
  const { label } = useChecklistText();
  const templates = useTemplateEditorStore((s) => s.templates);
  const published = useTemplateEditorStore((s) => s.published);
  const storeError = useTemplateEditorStore((s) => s.error);
  const load = useTemplateEditorStore((s) => s.load);
  const createDraft = useTemplateEditorStore((s) => s.createDraft);
  const go = useNavigationStore((s) => s.go);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const open = async (fromTemplateId?: string) => {
    try {
      const draft = await createDraft(fromTemplateId);
      go({ page: 'template-draft', id: draft.draftId });
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="page template-list-page" data-testid="template-list">
      <button type="button" className="button link" onClick={() => go({ page: 'checklists' })}>
        ← {t('templateEditor.back')}
      </button>
      <h2>{t('templateEditor.title')}</h2>
      <p className="muted">{t('templateEditor.intro')}</p>
      {published && (
        <p className="banner banner-ok" role="status" data-testid="template-published">
          {t('templateEditor.published', { title: label(published.title), version: published.version })}
        </p>
      )}
      {storeError || error ? <ErrorBanner messages={[errorText(error ?? storeError, t)]} /> : null}
      <DraftsPanel onResume={(id) => go({ page: 'template-draft', id })} onNew={() => void open()} />
      <section className="panel">
        <h3>{t('templateEditor.templates')}</h3>
        <ul className="template-rows">
          {templates.map((entry) => (
            <TemplateRow key={entry.id} entry={entry} onEdit={() => void open(entry.id)} />
          ))}
        </ul>
      </section>
    </section>
  );
}

/** The drafts in progress, each with 继续编辑, and starting a new template. */
function DraftsPanel({ onResume, onNew }: { onResume: (draftId: string) => void; onNew: () => void }) {
  const { t } = useTranslation();
  const { label } = useChecklistText();
  const timeZone = useTimeZone();
  const drafts = useTemplateEditorStore((s) => s.drafts);
  return (
    <section className="panel" data-testid="template-drafts">
      <h3>{t('templateEditor.drafts')}</h3>
      {drafts.length === 0 ? (
        <p className="muted">{t('templateEditor.noDrafts')}</p>
      ) : (
        <ul className="template-rows">
          {drafts.map((d) => (
            <li key={d.draftId} data-testid="template-draft-row">
              <strong>{label({ zh: d.title.zh || d.templateId, en: d.title.en || d.templateId })}</strong>
              <span className="muted">
                {t('checklists.version', { version: d.version })} · {d.basedOn ? t('templateEditor.basedOn') : t('templateEditor.isNew')}
                {d.updatedByName && ` · ${t('templateEditor.savedBy', { name: d.updatedByName, at: formatInstant(d.updatedAt, timeZone) })}`}
              </span>
              <button type="button" className="button secondary" onClick={() => onResume(d.draftId)} data-testid="template-draft-open">
                {t('templateEditor.resume')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={onNew} data-testid="template-new">
        {t('templateEditor.newTemplate')}
      </button>
    </section>
  );
}

function TemplateRow({ entry, onEdit }: { entry: TemplateEntry; onEdit: () => void }) {
  const { t } = useTranslation();
  const { label } = useChecklistText();
  const timeZone = useTimeZone();
  return (
    <li data-testid={`template-entry-${entry.id}`}>
      <strong>{label(entry.title)}</strong>
      <span className="muted">{t(`checklists.kinds.${entry.kind}`)}</span>
      <span className="template-versions" data-testid="template-versions">
        {entry.versions.map((v) => (
          <span key={v.version} className="badge" title={v.publishedByName && v.publishedAt ? t('templateEditor.publishedBy', { name: v.publishedByName, at: formatInstant(v.publishedAt, timeZone) }) : undefined}>
            {v.version} {t(`templateEditor.origin.${v.origin}`)}
          </span>
        ))}
      </span>
      <button type="button" className="button secondary" onClick={onEdit} data-testid={`template-edit-${entry.id}`}>
        {t('templateEditor.editAsNew')}
      </button>
    </li>
  );
}
