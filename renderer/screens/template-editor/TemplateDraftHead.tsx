import { useTranslation } from 'react-i18next';
import { isApiCallError } from '../../api/api-call-error';
import { useTimeZone } from '../../hooks/use-time-zone';
import { errorText } from '../../lib/error-text';
import { formatInstant } from '../../lib/zoned-time';
import { useNavigationStore } from '../../stores/navigation-store';
import type { useTemplateActions } from './use-template-actions';
import type { useTemplateDraft } from './use-template-draft';
import type { Json } from './template-paths';

type Draft = ReturnType<typeof useTemplateDraft>;

/** Whether what is typed is saved (or why not), with 重新打开 when another window saved first. */
function SaveState({ draft, jsonInvalid }: { draft: Draft; jsonInvalid: boolean }) {
  const { t } = useTranslation();
  const saveText = jsonInvalid
    ? t('templateEditor.save.jsonInvalid')
    : draft.state === 'error'
      ? t('templateEditor.save.error', { message: errorText(draft.error, t) })
      : t(`templateEditor.save.${draft.state}`);
  return (
    <p className={jsonInvalid || draft.state === 'error' ? 'template-save-state has-error' : 'template-save-state'} role="status" data-testid="template-save-state" data-state={jsonInvalid ? 'jsonInvalid' : draft.state}>
      {saveText}
      {draft.state === 'error' && isApiCallError(draft.error) && draft.error.code === 'CONFLICT' && (
        <button type="button" className="button link" onClick={() => void draft.reload()}>
          {t('templateEditor.reopen')}
        </button>
      )}
    </p>
  );
}

interface TemplateDraftHeadProps {
  draft: Draft;
  template: Json;
  actions: ReturnType<typeof useTemplateActions>;
  jsonInvalid: boolean;
  /** The template parses: it can be printed. */
  printable: boolean;
}

/** The draft's title, what it is based on, who saved it last, its save state and the page's buttons. */
export function TemplateDraftHead({ draft, template, actions, jsonInvalid, printable }: TemplateDraftHeadProps) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const go = useNavigationStore((s) => s.go);
  const { busy } = actions;
  const title = typeof (template.title as { zh?: unknown } | undefined)?.zh === 'string' ? (template.title as { zh: string }).zh : '';
  return (
    <div className="page-head">
      <button type="button" className="button link" onClick={() => go({ page: 'templates' })} data-testid="template-back">
        ← {t('templateEditor.backToList')}
      </button>
      <h2 data-testid="template-draft-title">{title || draft.draft?.templateId}</h2>
      <p className="muted">
        {draft.draft?.basedOn ? t('templateEditor.basedOn') : t('templateEditor.isNew')} · {t('checklists.version', { version: String(template.version ?? '') })}
        {draft.draft?.updatedByName && ` · ${t('templateEditor.savedBy', { name: draft.draft.updatedByName, at: formatInstant(draft.draft.updatedAt, timeZone) })}`}
      </p>
      <SaveState draft={draft} jsonInvalid={jsonInvalid} />
      <div className="actions">
        <button type="button" className="button secondary" disabled={busy} onClick={() => void actions.validate()} data-testid="template-validate">
          {t('templateEditor.validate')}
        </button>
        <button type="button" className="button secondary" disabled={!printable} onClick={() => window.print()} data-testid="template-print">
          {t('templateEditor.print')}
        </button>
        <button type="button" className="button" disabled={busy || jsonInvalid} onClick={() => void actions.publish()} data-testid="template-publish">
          {t('templateEditor.publish')}
        </button>
        <button type="button" className="button link danger" disabled={busy} onClick={() => void actions.discard()} data-testid="template-discard">
          {t('templateEditor.discard')}
        </button>
      </div>
    </div>
  );
}
