import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerField } from '../../../shared/checklists/answer-values';
import { rangeText, useChecklistText } from './checklist-text';
import { useCitation } from '../../components/SourceCitation';

/** One labelled answer of a checklist (or one cell of a register row): label, guidance, limits, the input, and 提出整改 when it failed. */
export function ItemField({
  field,
  name,
  hint,
  source,
  failed,
  mayRaise,
  children,
  raiseForm,
}: {
  field: AnswerField;
  name: string;
  hint?: string | undefined;
  source?: string | undefined;
  failed: boolean;
  mayRaise: boolean;
  children: (labelledBy: string) => ReactNode;
  raiseForm?: ((onClose: () => void) => ReactNode) | undefined;
}) {
  const { t } = useTranslation();
  const cite = useCitation();
  const { label } = useChecklistText();
  const [raising, setRaising] = useState(false);
  const range = rangeText(field);
  const labelId = `${name}-label`;
  return (
    <div className={failed ? 'checklist-field failed' : 'checklist-field'} data-testid={`field-${name}`}>
      <div className="checklist-field-label" id={labelId}>
        {label(field.label)}
        {field.required && <span className="required-mark" aria-label={t('checklists.required')}> *</span>}
        {failed && <span className="badge badge-overdue">{t('checklists.failed')}</span>}
      </div>
      {hint && <p className="field-hint">{hint}</p>}
      {range && field.kind === 'number' && <p className="field-hint">{t('checklists.limits', { range })}</p>}
      {children(labelId)}
      {source && <p className="checklist-source">{t('checklists.source', { source: cite(source) })}</p>}
      {failed && mayRaise && raiseForm && !raising && (
        <button type="button" className="button secondary" onClick={() => setRaising(true)} data-testid={`raise-action-${name}`}>
          {t('checklists.actions.raise')}
        </button>
      )}
      {raising && raiseForm?.(() => setRaising(false))}
    </div>
  );
}
