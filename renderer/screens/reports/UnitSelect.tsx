import type { ApiOutput } from '../../../shared/api/contract';

/**
 * The unit a report or roll-up covers: every unit the reader may see, or only
 * their own when their rights stop at one unit (then fixed, and no "all").
 */
export function UnitSelect(props: {
  meta: Pick<ApiOutput<'reports.definitions'>, 'units' | 'restrictedUnit'>;
  value: string;
  onChange(unit: string): void;
  label: string;
  allLabel: string;
  testId: string;
}) {
  const { meta } = props;
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)} disabled={meta.restrictedUnit !== null} data-testid={props.testId}>
        {meta.restrictedUnit === null && <option value="">{props.allLabel}</option>}
        {meta.units.map((u) => (
          <option key={u} value={u}>
            {u}
          </option>
        ))}
      </select>
    </label>
  );
}
