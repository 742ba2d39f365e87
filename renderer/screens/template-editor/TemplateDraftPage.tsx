import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateIssue } from '../../../shared/checklists/template-issues';
import { templateSchema } from '../../../shared/checklists/template-schema';
import { api } from '../../api/client';
import { isApiCallError } from '../../api/api-call-error';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTimeZone } from '../../hooks/use-time-zone';
import { errorText } from '../../lib/error-text';
import { formatInstant } from '../../lib/zoned-time';
import { useChecklistsStore } from '../../stores/checklists-store';
import { useNavigationStore } from '../../stores/navigation-store';
import { useTemplateEditorStore } from '../../stores/template-editor-store';
import { ChecklistPrint } from '../checklists/print/ChecklistPrint';
import { EditorContext } from './EditorField';
import { elementFor, IssueList } from './IssueList';
import { JsonEditor } from './JsonEditor';
import { TemplateForm } from './TemplateForm';
import { jsonOffsetOf, setIn, type Path } from './template-paths';
import { useTemplateDraft } from './use-template-draft';
import './template-editor.css';

type Tab = 'form' | 'json' | 'preview';
const TABS: readonly Tab[] = ['form', 'json', 'preview'];

/** A refusal's issues ("中文 / English" from the core) as the editor lists them. */
const issuesOfError = (error: unknown): TemplateIssue[] | null =>
  isApiCallError(error) && error.code === 'VALIDATION' && error.issues.length
    ? error.issues.map((i) => {
        const at = i.message.indexOf(' / ');
        return { path: i.path, zh: at < 0 ? i.message : i.message.slice(0, at), en: at < 0 ? i.message : i.message.slice(at + 3) };
      })
    : null;

/** Puts the JSON view's caret at `offset` and scrolls that line into the middle. */
function showInJson(root: HTMLElement, offset: number): void {
  const text = root.querySelector('textarea');
  if (!text) return;
  text.focus();
  text.setSelectionRange(offset, offset);
  const line = text.value.slice(0, offset).split('\n').length;
  const lines = text.value.split('\n').length;
  text.scrollTop = Math.max(0, (line / lines) * text.scrollHeight - text.clientHeight / 2);
}

/**
 * Editing one template draft: the structured form and the JSON view of the
 * same template, autosaved; validation with each problem beside its field;
 * the blank form as it prints (preview and print); publishing.
 */
export function TemplateDraftPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const go = useNavigationStore((s) => s.go);
  const draft = useTemplateDraft(id);
  const [tab, setTab] = useState<Tab>('form');
  const [issues, setIssues] = useState<TemplateIssue[] | null>(null);
  const [jsonInvalid, setJsonInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const formRoot = useRef<HTMLDivElement>(null);
  const jsonRoot = useRef<HTMLDivElement>(null);
  const template = draft.template;
  const parsed = useMemo(() => (template ? templateSchema.safeParse(template) : null), [template]);

  if (!template || !draft.draft) {
    return <section className="page">{draft.error ? <ErrorBanner messages={[errorText(draft.error, t)]} /> : <p className="muted">…</p>}</section>;
  }
  const { basedOn } = draft.draft;
  const set = (path: Path, value: unknown) => draft.change(setIn(template, path, value));

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      const located = issuesOfError(error);
      if (located) setIssues(located);
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const validate = () =>
    run(async () => {
      void draft.flush().catch(() => undefined);
      setIssues((await api.call('checklistTemplates.validate', { template, basedOn })).issues);
    });

  const publish = () =>
    run(async () => {
      await draft.flush();
      const published = await api.call('checklistTemplates.publish', { draftId: id, rowVersion: draft.rowVersion() });
      const title = (template.title ?? {}) as { zh?: unknown; en?: unknown };
      const text = (value: unknown) => (typeof value === 'string' && value ? value : published.templateId);
      useTemplateEditorStore.getState().setPublished({ ...published, title: { zh: text(title.zh), en: text(title.en) } });
      void useChecklistsStore.getState().load();
      go({ page: 'templates' });
    });

  const discard = () =>
    run(async () => {
      if (!window.confirm(t('templateEditor.discardConfirm'))) return;
      await draft.flush();
      await api.call('checklistTemplates.discardDraft', { draftId: id, rowVersion: draft.rowVersion() });
      go({ page: 'templates' });
    });

  /** To the field in the form, or, for what the form does not show, to the place in the JSON. */
  const goTo = (issue: TemplateIssue) => {
    const element = formRoot.current ? elementFor(formRoot.current, issue.path) : null;
    setTab(element ? 'form' : 'json');
    setTimeout(() => {
      if (element) {
        element.focus();
        element.scrollIntoView?.({ block: 'center' });
      } else if (jsonRoot.current) {
        const path = issue.path ? issue.path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key)) : [];
        showInJson(jsonRoot.current, jsonOffsetOf(template, path));
      }
    });
  };

  const title = typeof (template.title as { zh?: unknown } | undefined)?.zh === 'string' ? (template.title as { zh: string }).zh : '';
  const saveText = jsonInvalid
    ? t('templateEditor.save.jsonInvalid')
    : draft.state === 'error'
      ? t('templateEditor.save.error', { message: errorText(draft.error, t) })
      : t(`templateEditor.save.${draft.state}`);

  return (
    <section className={tab === 'preview' ? 'page template-draft-page previewing' : 'page template-draft-page'} data-testid="template-draft">
      <div className="page-head">
        <button type="button" className="button link" onClick={() => go({ page: 'templates' })} data-testid="template-back">
          ← {t('templateEditor.backToList')}
        </button>
        <h2 data-testid="template-draft-title">{title || draft.draft.templateId}</h2>
        <p className="muted">
          {basedOn ? t('templateEditor.basedOn') : t('templateEditor.isNew')} · {t('checklists.version', { version: String(template.version ?? '') })}
          {draft.draft.updatedByName && ` · ${t('templateEditor.savedBy', { name: draft.draft.updatedByName, at: formatInstant(draft.draft.updatedAt, timeZone) })}`}
        </p>
        <p className={jsonInvalid || draft.state === 'error' ? 'template-save-state has-error' : 'template-save-state'} role="status" data-testid="template-save-state" data-state={jsonInvalid ? 'jsonInvalid' : draft.state}>
          {saveText}
          {draft.state === 'error' && isApiCallError(draft.error) && draft.error.code === 'CONFLICT' && (
            <button type="button" className="button link" onClick={() => void draft.reload()}>
              {t('templateEditor.reopen')}
            </button>
          )}
        </p>
        <div className="actions">
          <button type="button" className="button secondary" disabled={busy} onClick={() => void validate()} data-testid="template-validate">
            {t('templateEditor.validate')}
          </button>
          <button type="button" className="button secondary" disabled={!parsed?.success} onClick={() => window.print()} data-testid="template-print">
            {t('templateEditor.print')}
          </button>
          <button type="button" className="button" disabled={busy || jsonInvalid} onClick={() => void publish()} data-testid="template-publish">
            {t('templateEditor.publish')}
          </button>
          <button type="button" className="button link danger" disabled={busy} onClick={() => void discard()} data-testid="template-discard">
            {t('templateEditor.discard')}
          </button>
        </div>
      </div>
      {failure ? <ErrorBanner messages={[errorText(failure, t)]} /> : null}
      {issues && issues.length > 0 && <IssueList issues={issues} onGoTo={goTo} />}
      {issues && issues.length === 0 && (
        <p className="banner banner-ok" role="status" data-testid="template-valid">
          {t('templateEditor.valid')}
        </p>
      )}
      <div className="template-tabs" role="tablist">
        {TABS.map((name) => (
          <button key={name} type="button" role="tab" aria-selected={tab === name} className={tab === name ? 'tab active' : 'tab'} onClick={() => setTab(name)} data-testid={`template-tab-${name}`}>
            {t(`templateEditor.tabs.${name}`)}
          </button>
        ))}
      </div>
      <EditorContext.Provider value={{ template, set, issues: issues ?? [] }}>
        <div ref={formRoot} hidden={tab !== 'form'} role="tabpanel">
          <TemplateForm />
        </div>
      </EditorContext.Provider>
      <div ref={jsonRoot} hidden={tab !== 'json'} role="tabpanel">
        <JsonEditor template={template} onChange={draft.change} onInvalid={setJsonInvalid} />
      </div>
      {tab === 'preview' && (
        <p className={parsed?.success ? 'muted' : 'banner'} data-testid="template-preview-note">
          {parsed?.success ? t('templateEditor.previewNote') : t('templateEditor.previewInvalid')}
        </p>
      )}
      {parsed?.success && <ChecklistPrint template={parsed.data} record={null} />}
    </section>
  );
}
