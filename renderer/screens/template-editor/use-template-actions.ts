import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateIssue } from '../../../shared/checklists/template-issues';
import { api } from '../../api/client';
import { isApiCallError } from '../../api/api-call-error';
import { useChecklistsStore } from '../../stores/checklists-store';
import { useNavigationStore } from '../../stores/navigation-store';
import { useTemplateEditorStore } from '../../stores/template-editor-store';
import type { useTemplateDraft } from './use-template-draft';

/** A refusal's issues ("中文 / English" from the core) as the editor lists them. */
const issuesOfError = (error: unknown): TemplateIssue[] | null =>
  isApiCallError(error) && error.code === 'VALIDATION' && error.issues.length
    ? error.issues.map((i) => {
        const at = i.message.indexOf(' / ');
        return { path: i.path, zh: at < 0 ? i.message : i.message.slice(0, at), en: at < 0 ? i.message : i.message.slice(at + 3) };
      })
    : null;

/**
 * 检查, 发布 and 放弃草稿 of the draft being edited: each saves what is typed first; a refusal's issues are listed
 * beside their fields, any other failure shown above them.
 */
export function useTemplateActions(id: string, draft: ReturnType<typeof useTemplateDraft>) {
  const { t } = useTranslation();
  const go = useNavigationStore((s) => s.go);
  const [issues, setIssues] = useState<TemplateIssue[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const { template } = draft;
  const basedOn = draft.draft?.basedOn ?? null;

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
      if (template) setIssues((await api.call('checklistTemplates.validate', { template, basedOn })).issues);
    });
  const publish = () =>
    run(async () => {
      await draft.flush();
      const published = await api.call('checklistTemplates.publish', { draftId: id, rowVersion: draft.rowVersion() });
      const title = (template?.title ?? {}) as { zh?: unknown; en?: unknown };
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
  return { issues, busy, failure, validate, publish, discard };
}
