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
  const timeZone = useTimeZone();
  const [focusRow, setFocusRow] = useState<string | null>(null);
  const rows = Array.isArray(record.answers[item.id]) ? (record.answers[item.id] as TableRow[]) : [];
  const disabled = !record.may.fill;
  const columns = item.columns ?? [];

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
      {rows.map((row, index) => (
        <TableRowCard key={row.id} item={item} record={record} autosave={autosave} row={row} index={index} autoFocus={focusRow === row.id} />
      ))}
      {!disabled && (
        <button type="button" className="button secondary" onClick={() => void addRow()} data-testid={`add-row-${item.id}`}>
          {t('checklists.addRow')}
        </button>
      )}
    </div>
  );
}

interface RowProps {
  item: TemplateItem;
  record: ChecklistRecord;
  autosave: Autosave;
  row: TableRow;
  index: number;
  /** A row just added takes the focus in its first cell. */
  autoFocus: boolean;
}

/** A cell's value: as typed (not yet saved) or as stored. */
function cellValue(item: TemplateItem, autosave: Autosave, row: TableRow, columnId: string) {
  const key = cellKey(item.id, row.id, columnId);
  return key in autosave.overlay ? autosave.overlay[key] : row[columnId];
}

/** One row as a card of its cells, marked failed when a check in it failed, with its actions. */
function TableRowCard({ item, record, autosave, row, index, autoFocus }: RowProps) {
  const { t } = useTranslation();
  const { label } = useChecklistText();
  const disabled = !record.may.fill;
  const columns = item.columns ?? [];
  const name = `${item.id}-${index + 1}`;
  const failing = columns.filter((c) => offersCorrectiveAction(c) && isFailed(c, cellValue(item, autosave, row, c.id)));
  return (
    <fieldset className={failing.length > 0 ? 'checklist-row failed' : 'checklist-row'} data-testid="checklist-row" data-row-id={row.id}>
      <legend>{t('checklists.row', { n: index + 1 })}</legend>
      <div className="checklist-row-cells">
        {columns.map((column, ci) => (
          <RowCell key={column.id} column={column} name={`${name}-${column.id}`} item={item} record={record} autosave={autosave} row={row} autoFocus={ci === 0 && autoFocus} />
        ))}
      </div>
      <RowActions
        name={name}
        failed={failing.length > 0 && record.may.raiseAction}
        problem={failing.map((c) => `${label(c.label)}：${t('checklists.failed')}`).join('；')}
        onRaise={(input) => autosave.write(() => api.call('checklists.raiseAction', { recordId: record.id, itemId: item.id, rowId: row.id, ...input }))}
        onRemove={disabled ? null : () => void autosave.write((version) => api.call('checklists.saveAnswers', { id: record.id, version, itemId: item.id, rowId: row.id, remove: true }))}
      />
    </fieldset>
  );
}

type Column = NonNullable<TemplateItem['columns']>[number];

/** A cell: photos, or an answer autosaved into its row. */
function RowCell({ column, name, item, record, autosave, row, autoFocus }: Omit<RowProps, 'index'> & { column: Column; name: string }) {
  const disabled = !record.may.fill;
  const value = cellValue(item, autosave, row, column.id);
  const failed = offersCorrectiveAction(column) && isFailed(column, value);
  const target = { id: record.id, itemId: item.id, rowId: row.id, columnId: column.id };
  return (
    <ItemField field={column} name={name} failed={failed} mayRaise={false}>
      {(labelledBy) =>
        column.kind === 'photo' ? (
          <PhotoField
            field={column}
            name={name}
            photos={(value as PhotoRef[] | undefined) ?? []}
            disabled={disabled}
            onUpload={async (upload) => {
              await autosave.write((version) => api.call('checklists.attachPhoto', { ...target, version, ...upload }));
            }}
            onRemove={async (photo) => {
              await autosave.write((version) => api.call('checklists.removePhoto', { ...target, version, attachmentId: photo.attachmentId }));
            }}
          />
        ) : (
          <AnswerInput
            field={column}
            name={name}
            labelledBy={labelledBy}
            value={value}
            onChange={(next) => autosave.setCell(item.id, row.id, column.id, next)}
            onBlur={() => void autosave.flush()}
            disabled={disabled}
            failed={failed}
            {...(autoFocus ? { autoFocus: true } : {})}
          />
        )
      }
    </ItemField>
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
