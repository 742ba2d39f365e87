import { useTranslation } from 'react-i18next';
import type { ChecklistRecord } from '../../../shared/api/checklists';
import { isApiCallError } from '../../api/api-call-error';
import { useTimeZone } from '../../hooks/use-time-zone';
import { localiseCoreMessage } from '../../i18n/i18n';
import { errorText } from '../../lib/error-text';
import { formatInstant } from '../../lib/zoned-time';
import { useNavigationStore } from '../../stores/navigation-store';
import { useChecklistText } from './checklist-text';
import type { useAutosave } from './use-autosave';

type Autosave = ReturnType<typeof useAutosave>;

/** The record's heading: back, title, version and who started and completed it, how saving goes, and the two prints. */
export function ChecklistRecordHead({ record, autosave, print }: { record: ChecklistRecord; autosave: Autosave; print(mode: 'blank' | 'filled'): void }) {
  const { t } = useTranslation();
  const { label } = useChecklistText();
  const timeZone = useTimeZone();
  const go = useNavigationStore((s) => s.go);
  return (
    <div className="page-head">
      <button type="button" className="button link" onClick={() => go({ page: 'checklists' })} data-testid="checklist-back">
        ← {t('checklists.back')}
      </button>
      <h2 data-testid="checklist-title">{label(record.template.title)}</h2>
      <p className="muted">
        {t('checklists.version', { version: record.templateVersion })} · {t(`checklists.status.${record.status}`)} · {t('checklists.startedBy', { name: record.startedByName, at: formatInstant(record.startedAt, timeZone) })}
        {record.completedAt && ` · ${t('checklists.completedBy', { name: record.completedByName, at: formatInstant(record.completedAt, timeZone) })}`}
      </p>
      <p className="checklist-save-state" role="status" data-testid="save-state" data-state={autosave.state}>
        {autosave.state === 'saving' ? t('checklists.saving') : autosave.state === 'pending' ? t('checklists.unsaved') : autosave.state === 'idle' ? t('checklists.saved') : null}
      </p>
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => print('blank')} data-testid="print-blank">
          {t('checklists.printBlank')}
        </button>
        <button type="button" className="button secondary" onClick={() => print('filled')} data-testid="print-filled">
          {t('checklists.printReport')}
        </button>
      </div>
    </div>
  );
}

/** An answer the autosave could not write; after a conflict (someone else saved first), 重新载入. */
export function SaveErrorBanner({ autosave }: { autosave: Autosave }) {
  const { t } = useTranslation();
  /** A refused answer says why in the item's own words (the core names the item); other failures in general terms. */
  const saveErrorText = (error: unknown) => (isApiCallError(error) && error.issues[0] ? localiseCoreMessage(error.issues[0].message) : errorText(error, t));
  return (
    <div className="banner banner-error" role="alert" data-testid="save-error">
      <p>{t('checklists.saveFailed', { message: saveErrorText(autosave.error) })}</p>
      {isApiCallError(autosave.error) && autosave.error.code === 'CONFLICT' && (
        <button type="button" className="button secondary" onClick={() => void autosave.reload()}>
          {t('checklists.reload')}
        </button>
      )}
    </div>
  );
}
