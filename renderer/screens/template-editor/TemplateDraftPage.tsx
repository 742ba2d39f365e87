import { useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateIssue } from '../../../shared/checklists/template-issues';
import { templateSchema } from '../../../shared/checklists/template-schema';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { ChecklistPrint } from '../checklists/print/ChecklistPrint';
import { EditorContext } from './EditorField';
import { elementFor, IssueList } from './IssueList';
import { JsonEditor } from './JsonEditor';
import { TemplateDraftHead } from './TemplateDraftHead';
import { TemplateForm } from './TemplateForm';
import { jsonOffsetOf, setIn, type Json, type Path } from './template-paths';
import { useTemplateActions } from './use-template-actions';
import { useTemplateDraft } from './use-template-draft';
import './template-editor.css';

type Tab = 'form' | 'json' | 'preview';
const TABS: readonly Tab[] = ['form', 'json', 'preview'];

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

/** To the field in the form, or, for what the form does not show, to the place in the JSON. */
function goToIssue(issue: TemplateIssue, template: Json, roots: { form: RefObject<HTMLDivElement | null>; json: RefObject<HTMLDivElement | null> }, setTab: (tab: Tab) => void) {
  const element = roots.form.current ? elementFor(roots.form.current, issue.path) : null;
  setTab(element ? 'form' : 'json');
  setTimeout(() => {
    if (element) {
      element.focus();
      element.scrollIntoView?.({ block: 'center' });
    } else if (roots.json.current) {
      const path = issue.path ? issue.path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key)) : [];
      showInJson(roots.json.current, jsonOffsetOf(template, path));
    }
  });
}

/** The issues found (each a link to its place), or 检查通过 when there are none. */
function ValidationResult({ issues, onGoTo }: { issues: TemplateIssue[] | null; onGoTo: (issue: TemplateIssue) => void }) {
  const { t } = useTranslation();
  if (!issues) return null;
  if (issues.length > 0) return <IssueList issues={issues} onGoTo={onGoTo} />;
  return (
    <p className="banner banner-ok" role="status" data-testid="template-valid">
      {t('templateEditor.valid')}
    </p>
  );
}

function TemplateTabs({ tab, onTab }: { tab: Tab; onTab: (tab: Tab) => void }) {
  const { t } = useTranslation();
  return (
    <div className="template-tabs" role="tablist">
      {TABS.map((name) => (
        <button key={name} type="button" role="tab" aria-selected={tab === name} className={tab === name ? 'tab active' : 'tab'} onClick={() => onTab(name)} data-testid={`template-tab-${name}`}>
          {t(`templateEditor.tabs.${name}`)}
        </button>
      ))}
    </div>
  );
}

/**
 * Editing one template draft: the structured form and the JSON view of the
 * same template, autosaved; validation with each problem beside its field;
 * the blank form as it prints (preview and print); publishing.
 */
export function TemplateDraftPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const draft = useTemplateDraft(id);
  const actions = useTemplateActions(id, draft);
  const [tab, setTab] = useState<Tab>('form');
  const [jsonInvalid, setJsonInvalid] = useState(false);
  const formRoot = useRef<HTMLDivElement>(null);
  const jsonRoot = useRef<HTMLDivElement>(null);
  const template = draft.template;
  const parsed = useMemo(() => (template ? templateSchema.safeParse(template) : null), [template]);

  if (!template || !draft.draft) {
    return <section className="page">{draft.error ? <ErrorBanner messages={[errorText(draft.error, t)]} /> : <p className="muted">…</p>}</section>;
  }
  const set = (path: Path, value: unknown) => draft.change(setIn(template, path, value));
  const { issues, failure } = actions;
  return (
    <section className={tab === 'preview' ? 'page template-draft-page previewing' : 'page template-draft-page'} data-testid="template-draft">
      <TemplateDraftHead draft={draft} template={template} actions={actions} jsonInvalid={jsonInvalid} printable={!!parsed?.success} />
      {failure ? <ErrorBanner messages={[errorText(failure, t)]} /> : null}
      <ValidationResult issues={issues} onGoTo={(issue) => goToIssue(issue, template, { form: formRoot, json: jsonRoot }, setTab)} />
      <TemplateTabs tab={tab} onTab={setTab} />
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
