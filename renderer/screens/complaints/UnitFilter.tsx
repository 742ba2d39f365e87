import { useTranslation } from 'react-i18next';
import { useColleagues } from '../../hooks/use-colleagues';

/** 按单位: the cases assigned to one unit (a case takes its handler's unit at assignment); the units are the site's people's. */
export function UnitFilter({ unit, onChoose }: { unit: string; onChoose: (unit: string) => void }) {
  const { t } = useTranslation();
  const units = [...new Set(useColleagues().flatMap((c) => (c.unit ? [c.unit] : [])))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  if (units.length === 0 && !unit) return null;
  return (
    <label className="unit-filter">
      <span className="visually-hidden">{t('complaints.unitFilter')}</span>
      <select className="toolbar-select" data-testid="unit-filter" value={unit} onChange={(e) => onChoose(e.target.value)} aria-label={t('complaints.unitFilter')}>
        <option value="">{t('complaints.allUnits')}</option>
        {units.map((u) => (
          <option key={u} value={u}>
            {u}
          </option>
        ))}
      </select>
    </label>
  );
}
