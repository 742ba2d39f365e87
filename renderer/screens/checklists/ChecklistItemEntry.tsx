import { useTranslation } from 'react-i18next';
import type { ChecklistRecord } from '../../../shared/api/checklists';
import { isFailed, offersCorrectiveAction, type PhotoRef } from '../../../shared/checklists/answer-values';
import type { TemplateItem } from '../../../shared/checklists/template-schema';
import { api } from '../../api/client';
import { AnswerInput } from './AnswerInput';
import { useChecklistText } from './checklist-text';
import { ItemField } from './ItemField';
import { PhotoField } from './PhotoField';
import { RaiseActionForm } from './RaiseActionForm';
import { EvidenceValue } from './StoreEvidence';
import { TableItem } from './TableItem';
import { itemKey, type useAutosave } from './use-autosave';

type Autosave = ReturnType<typeof useAutosave>;

interface ChecklistItemEntryProps {
  item: TemplateItem;
  record: ChecklistRecord;
  /** The answer as entered or computed (the autosave's pending edits over the stored one). */
  value: unknown;
  hint: string | undefined;
  autosave: Autosave;
}

/** One item of a record: a register's rows, or one labelled answer with 提出整改 when it failed. */
export function ChecklistItemEntry({ item, record, value, hint, autosave }: ChecklistItemEntryProps) {
  const { t } = useTranslation();
  const { label } = useChecklistText();
  if (item.kind === 'table') {
    return (
      <div className="checklist-field">
        <div className="checklist-field-label">{label(item.label)}</div>
        {item.hint && <p className="field-hint">{label(item.hint)}</p>}
        <TableItem item={item} record={record} autosave={autosave} />
      </div>
    );
  }
  const failed = offersCorrectiveAction(item) && isFailed(item, value);
  return (
    <ItemField
      field={item}
      name={item.id}
      hint={hint}
      source={item.source}
      failed={failed}
      mayRaise={record.may.raiseAction}
      raiseForm={(onClose) => (
        <RaiseActionForm
          name={item.id}
          problem={`${label(item.label)}：${t('checklists.failed')}`}
          send={(input) => autosave.write(() => api.call('checklists.raiseAction', { recordId: record.id, itemId: item.id, ...input }))}
          onClose={onClose}
        />
      )}
    >
      {(labelledBy) => <ItemInput item={item} record={record} value={value} failed={failed} labelledBy={labelledBy} autosave={autosave} />}
    </ItemField>
  );
}

/** The input of one answer: a value read from the store (never typed), photos, or the answer itself (read-only when computed). */
function ItemInput({ item, record, value, failed, labelledBy, autosave }: Omit<ChecklistItemEntryProps, 'hint'> & { failed: boolean; labelledBy: string }) {
  const disabled = !record.may.fill;
  const id = record.id;
  if (item.fromStore) return <EvidenceValue name={item.id} labelledBy={labelledBy} value={value} />;
  if (item.kind === 'photo') {
    return (
      <PhotoField
        field={item}
        name={item.id}
        photos={(value as PhotoRef[] | undefined) ?? []}
        disabled={disabled}
        onUpload={async (upload) => {
          await autosave.write((version) => api.call('checklists.attachPhoto', { id, version, itemId: item.id, ...upload }));
        }}
        onRemove={async (photo) => {
          await autosave.write((version) => api.call('checklists.removePhoto', { id, version, itemId: item.id, attachmentId: photo.attachmentId }));
        }}
      />
    );
  }
  return (
    <AnswerInput
      field={item}
      name={itemKey(item.id)}
      labelledBy={labelledBy}
      value={value}
      onChange={(v) => autosave.setItem(item.id, v)}
      onBlur={() => void autosave.flush()}
      disabled={disabled || Boolean(item.computed)}
      failed={failed}
    />
  );
}
