import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fromDateTimeLocal, toDateTimeLocal } from '../../lib/zoned-time';
import { DateField } from '../../components/DateField';

/**
 * What every console list shares (issue 20 item 16): a period picked as days
 * in the site's zone and sent as instants (from inclusive, to exclusive: the
 * whole of the last day counts), sortable column headers, and the count.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

function dayOf(instant: string | undefined, before = false): string {
  if (!instant) return '';
  return toDateTimeLocal(new Date(new Date(instant).getTime() - (before ? 1 : 0))).slice(0, 10);
}

export interface Period {
  from?: string | undefined;
  to?: string | undefined;
}

export function PeriodFilter({ value, onChange }: { value: Period; onChange(period: Period): void }) {
  const { t } = useTranslation();
  const startOf = (day: string) => (day ? (fromDateTimeLocal(`${day}T00:00`) ?? undefined) : undefined);
  const endOf = (day: string) => {
    const start = startOf(day);
    return start ? new Date(new Date(start).getTime() + DAY_MS).toISOString() : undefined;
  };
  return (
    <>
      <label>
        {t('consoleLists.from')} <DateField data-testid="period-from" value={dayOf(value.from)} onChange={(v) => onChange({ ...value, from: startOf(v) })} />
      </label>
      <label>
        {t('consoleLists.to')} <DateField data-testid="period-to" value={dayOf(value.to, true)} onChange={(v) => onChange({ ...value, to: endOf(v) })} />
      </label>
    </>
  );
}

export interface Sorting<Key extends string> {
  sort?: Key | undefined;
  dir?: 'asc' | 'desc' | undefined;
}

/** A column header that sorts by its column: first newest/largest first, then the other way. */
export function SortHeader<Key extends string>({ column, current, defaultKey, onSort, children }: { column: Key; current: Sorting<Key>; defaultKey: Key; onSort(sorting: Required<Sorting<Key>>): void; children: ReactNode }) {
  const active = (current.sort ?? defaultKey) === column;
  const dir = current.dir ?? 'desc';
  return (
    <th aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="link-button" data-testid={`sort-${column}`} onClick={() => onSort({ sort: column, dir: active && dir === 'desc' ? 'asc' : 'desc' })}>
        {children}
        {active && <span aria-hidden="true">{dir === 'asc' ? ' ▲' : ' ▼'}</span>}
      </button>
    </th>
  );
}

export function ListCount({ total }: { total: number }) {
  const { t } = useTranslation();
  return (
    <p className="muted" data-testid="list-count" aria-live="polite">
      {t('consoleLists.count', { total })}
    </p>
  );
}

/**
 * A list's search box with one state select beside it (sites by their
 * devices, staff by their state): the text is sent on submit, the state at
 * once; both start the list again at its first page.
 */
export function ListFilterForm<State extends string>(props: {
  /** Test ids: `${name}-search`, `${name}-search-submit`, `${name}-${stateName}-filter`. */
  name: string;
  stateName: string;
  searchLabel: string;
  stateLabel: string;
  allStatesLabel: string;
  states: readonly State[];
  stateText(state: State): string;
  query: { q?: string | undefined; state?: State | undefined };
  onChange(next: { q?: string | undefined; state?: State | undefined }): void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(props.query.q ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onChange({ q: text.trim() || undefined, state: props.query.state });
  };
  return (
    <form className="console-filters" onSubmit={submit} role="search">
      <input type="search" data-testid={`${props.name}-search`} aria-label={props.searchLabel} placeholder={props.searchLabel} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit" className="button" data-testid={`${props.name}-search-submit`}>
        {t('consoleLists.search')}
      </button>
      <label>
        {props.stateLabel}{' '}
        <select className="toolbar-select" data-testid={`${props.name}-${props.stateName}-filter`} value={props.query.state ?? ''} onChange={(e) => props.onChange({ q: props.query.q, state: (e.target.value || undefined) as State | undefined })}>
          <option value="">{props.allStatesLabel}</option>
          {props.states.map((state) => (
            <option key={state} value={state}>
              {props.stateText(state)}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
