import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistRecord } from '../../../shared/api/checklists';
import { isFailed, offersCorrectiveAction, type PhotoRef, type TableRow } from '../../../shared/checklists/answer-values';
import type { TemplateItem } from '../../../shared/checklists/template-schema';
import { siteDayOf } from '../../../shared/domain/opinion-book';
import { api } from '../../api/client';
import { useTimeZone } from '../../hooks/use-time-zone';
import { AnswerInput } from './AnswerInput';
import { useChecklistText } from './checklist-text';
import { ItemField } from './ItemField';
import { PhotoField } from './PhotoField';
import { RaiseActionForm } from './RaiseActionForm';
import { cellKey, type useAutosave } from './use-autosave';

type Autosave = ReturnType<typeof useAutosave>;

const newRowId = () => `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * A register's lines (one per truckload …): each row a card of its columns,
 * filled cell by cell (each cell autosaved into its row), with its photos and,
 * when a check in it failed, 提出整改. A new row starts dated today.
 */
export function TableItem({ item, record, autosave }: { item: TemplateItem; record: ChecklistRecord; autosave: Autosave }) {
  const { t } = useTranslation();
  const { label } = useChecklistText();
  const timeZone = useTimeZone();
  const [focusRow, setFocusRow] = useState<string | null>(null);
  const rows = Array.isArray(record.answers[item.id]) ? (record.answers[item.id] as TableRow[]) : [];
  const disabled = !record.may.fill;
  const columns = item.columns ?? [];

  const cell = (row: TableRow, columnId: string) => {
    const key = cellKey(item.id, row.id, columnId);
    return key in autosave.overlay ? autosave.overlay[key] : row[columnId];
  };

  const addRow = async () => {
    const rowId = newRowId();
    const today = siteDayOf(new Date(), timeZone);
    const cells = Object.fromEntries(columns.filter((c) => c.kind === 'date').map((c) => [c.id, today]));
    await autosave.write((version) => api.call('checklists.saveAnswers', { id: record.id, version, itemId: item.id, rowId, cells }));
    setFocusRow(rowId);
  };

  return (
    <div className="checklist-table" data-testid={`table-${item.id}`}>
      {rows.length === 0 && <p className="muted">{t('checklists.noRows')}</p>}
      {rows.map((row, index) => {
        const name = `${item.id}-${index + 1}`;
        const failed = columns.some((c) => offersCorrectiveAction(c) && isFailed(c, cell(row, c.id)));
        return (
          <fieldset key={row.id} className={failed ? 'checklist-row failed' : 'checklist-row'} data-testid="checklist-row" data-row-id={row.id}>
            <legend>{t('checklists.row', { n: index + 1 })}</legend>
            <div className="checklist-row-cells">
              {columns.map((column, ci) => (
                <ItemField key={column.id} field={column} name={`${name}-${column.id}`} failed={offersCorrectiveAction(column) && isFailed(column, cell(row, column.id))} mayRaise={false}>
                  {(labelledBy) =>
                    column.kind === 'photo' ? (
                      <PhotoField
                        field={column}
                        name={`${name}-${column.id}`}
                        photos={(cell(row, column.id) as PhotoRef[] | undefined) ?? []}
                        disabled={disabled}
                        onUpload={async (upload) => {
                          await autosave.write((version) => api.call('checklists.attachPhoto', { id: record.id, version, itemId: item.id, rowId: row.id, columnId: column.id, ...upload }));
                        }}
                        onRemove={async (photo) => {
                          await autosave.write((version) =>
                            api.call('checklists.removePhoto', { id: record.id, version, itemId: item.id, rowId: row.id, columnId: column.id, attachmentId: photo.attachmentId }),
                          );
                        }}
                      />
                    ) : (
                      <AnswerInput
                        field={column}
                        name={`${name}-${column.id}`}
                        labelledBy={labelledBy}
                        value={cell(row, column.id)}
                        onChange={(value) => autosave.setCell(item.id, row.id, column.id, value)}
                        onBlur={() => void autosave.flush()}
                        disabled={disabled}
                        failed={offersCorrectiveAction(column) && isFailed(column, cell(row, column.id))}
                        {...(ci === 0 && focusRow === row.id ? { autoFocus: true } : {})}
                      />
                    )
                  }
                </ItemField>
              ))}
            </div>
            <RowActions
              name={name}
              failed={failed && record.may.raiseAction}
              problem={columns
                .filter((c) => offersCorrectiveAction(c) && isFailed(c, cell(row, c.id)))
                .map((c) => `${label(c.label)}：${t('checklists.failed')}`)
                .join('；')}
              onRaise={(input) => autosave.write(() => api.call('checklists.raiseAction', { recordId: record.id, itemId: item.id, rowId: row.id, ...input }))}
              onRemove={disabled ? null : () => void autosave.write((version) => api.call('checklists.saveAnswers', { id: record.id, version, itemId: item.id, rowId: row.id, remove: true }))}
            />
          </fieldset>
        );
      })}
      {!disabled && (
        <button type="button" className="button secondary" onClick={() => void addRow()} data-testid={`add-row-${item.id}`}>
          {t('checklists.addRow')}
        </button>
      )}
    </div>
  );
}

function RowActions({
  name,
  failed,
  problem,
  onRaise,
  onRemove,
}: {
  name: string;
  failed: boolean;
  problem: string;
  onRaise: (input: { problem: string; action: string; ownerId: string; dueAt: string }) => Promise<ChecklistRecord>;
  onRemove: (() => void) | null;
}) {
  const { t } = useTranslation();
  const [raising, setRaising] = useState(false);
  return (
    <div className="checklist-row-actions">
      {failed && !raising && (
        <button type="button" className="button secondary" onClick={() => setRaising(true)} data-testid={`raise-action-${name}`}>
          {t('checklists.actions.raise')}
        </button>
      )}
      {raising && <RaiseActionForm name={name} problem={problem} send={onRaise} onClose={() => setRaising(false)} />}
      {onRemove && (
        <button type="button" className="button link" onClick={onRemove} data-testid={`remove-row-${name}`}>
          {t('checklists.removeRow')}
        </button>
      )}
    </div>
  );
}
