import { createContext, useContext } from 'react';
import type { TemplateIssue } from '../../../shared/checklists/template-issues';
import { FormField } from '../../components/FormField';
import { useChecklistText } from '../checklists/checklist-text';
import { getIn, pathKey, type Json, type Path } from './template-paths';

/** The template being edited, how to change one value in it, and the issues of the last validation, for every field of the form. */
export interface EditorContextValue {
  template: Json;
  set: (path: Path, value: unknown) => void;
  issues: readonly TemplateIssue[];
}

export const EditorContext = createContext<EditorContextValue>({ template: {}, set: () => undefined, issues: [] });

export const useEditor = () => useContext(EditorContext);

/** The issues located exactly at this path, in the current language. */
export function useIssuesAt(path: Path): string | undefined {
  const { issues } = useEditor();
  const { en } = useChecklistText();
  const key = pathKey(path);
  const here = issues.filter((i) => i.path === key).map((i) => (en ? i.en : i.zh));
  return here.length ? here.join('；') : undefined;
}

export const fieldId = (path: Path) => `tpl-${pathKey(path).replace(/[^A-Za-z0-9_-]/g, '-')}`;

type FieldKind = 'text' | 'number' | 'checkbox';

/**
 * One value of the template, bound by its path: a text field (kept even when
 * empty, so validation names it), a number (emptied, the optional key is
 * removed), or a checkbox. `data-path` lets the issue list jump here.
 */
export function EditorField({ path, label, hint, kind = 'text', required }: { path: Path; label: string; hint?: string; kind?: FieldKind; required?: boolean }) {
  const { template, set } = useEditor();
  const error = useIssuesAt(path);
  const value = getIn(template, path);
  const id = fieldId(path);
  return (
    <FormField id={id} label={label} hint={hint} error={error} required={required}>
      {(control) =>
        kind === 'checkbox' ? (
          <input {...control} type="checkbox" data-path={pathKey(path)} checked={value === true} onChange={(e) => set(path, e.target.checked)} />
        ) : kind === 'number' ? (
          <input
            {...control}
            type="number"
            step="any"
            data-path={pathKey(path)}
            value={typeof value === 'number' ? value : ''}
            onChange={(e) => set(path, e.target.value === '' ? undefined : Number(e.target.value))}
          />
        ) : (
          <input {...control} type="text" data-path={pathKey(path)} value={typeof value === 'string' ? value : ''} onChange={(e) => set(path, e.target.value)} />
        )
      }
    </FormField>
  );
}

/**
 * A choice among fixed values, bound by its path. With a `placeholder`, an
 * unset value shows it (and choosing it removes the key), so a required choice
 * left open is seen, not silently the first option.
 */
export function EditorSelect({
  path,
  label,
  hint,
  options,
  placeholder,
  change,
}: {
  path: Path;
  label: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
  /** Instead of setting the value alone: one change that also adjusts what depends on it (an item's kind and its failsOn). */
  change?: (value: string | undefined) => void;
}) {
  const { template, set } = useEditor();
  const error = useIssuesAt(path);
  const value = getIn(template, path);
  const choose = (next: string) => (change ?? ((v: string | undefined) => set(path, v)))(next === '' ? undefined : next);
  return (
    <FormField id={fieldId(path)} label={label} hint={hint} error={error}>
      {(control) => (
        <select {...control} data-path={pathKey(path)} value={typeof value === 'string' ? value : ''} onChange={(e) => choose(e.target.value)}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** Issues located at a whole section or item (a duplicate id, an unknown grade …), shown at its head. */
export function BlockIssues({ path }: { path: Path }) {
  const error = useIssuesAt(path);
  if (!error) return null;
  return (
    <p className="field-error" role="alert" data-path={pathKey(path)} tabIndex={-1}>
      {error}
    </p>
  );
}
