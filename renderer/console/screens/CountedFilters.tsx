import { useTranslation } from 'react-i18next';

/**
 * The filters the console's customer lists share (风险分类, 信用等级): a select of the values with
 * the list's count of each beside it, and the name search with its button.
 */
export function CountedSelect<V extends string>(props: {
  label: string;
  allLabel: string;
  testId: string;
  values: readonly V[];
  value: V | undefined;
  labelOf: (value: V) => string;
  countOf: ((value: V) => number) | null;
  onChange: (value: V | undefined) => void;
}) {
  return (
    <label>
      {props.label}{' '}
      <select className="toolbar-select" data-testid={props.testId} value={props.value ?? ''} onChange={(e) => props.onChange((e.target.value || undefined) as V | undefined)}>
        <option value="">{props.allLabel}</option>
        {props.values.map((value) => (
          <option key={value} value={value}>
            {props.labelOf(value)}
            {props.countOf ? `（${props.countOf(value)}）` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The search box and its submit button; the form around it runs the search. */
export function SearchBox({ testId, value, onChange }: { testId: string; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <input type="search" data-testid={testId} aria-label={t('consoleRisk.search')} placeholder={t('consoleRisk.search')} value={value} onChange={(e) => onChange(e.target.value)} />
      <button type="submit" className="button" data-testid={`${testId}-submit`}>
        {t('consoleLists.search')}
      </button>
    </>
  );
}
