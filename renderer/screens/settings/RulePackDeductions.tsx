import { useTranslation } from 'react-i18next';
import type { RulePack } from '../../../shared/rules/pack-schema';
import { HeadedTable } from '../../components/HeadedTable';
import { Choice, RuleSection } from './RulePackParts';
import { classLabel, pick } from './rule-pack-text';
import { useCitation } from '../../components/SourceCitation';

/** Point-deduction tables (seed004 §M): one row per responsible person, one column per class. */
export function RulePackDeductions({ pack }: { pack: RulePack }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const lang = i18n.language;
  if (pack.deductions.length === 0) return null;
  return (
    <RuleSection title={t('rulePack.deductions')} testId="rule-pack-deductions">
      {pack.deductions.map((table) => (
        <div className="rule-group" key={table.code} data-testid={`rule-deductions-${table.code}`}>
          <h5>{pick(table.label, lang)}</h5>
          <HeadedTable label={pick(table.label, lang)} head={[t('rulePack.role'), ...pack.classes.map((c) => classLabel(pack, c.code, lang))]}>
            {table.rows.map((row) => (
              <tr key={row.role.zh}>
                <td>{pick(row.role, lang)}</td>
                {pack.classes.map((c) => (
                  <td key={c.code} className="rule-nowrap">
                    {row.points[c.code] === undefined ? '—' : t('rulePack.points', { n: row.points[c.code] })}
                  </td>
                ))}
              </tr>
            ))}
          </HeadedTable>
          <p className="rule-source">
            {t('rulePack.source')}：{cite(table.source)}
          </p>
          <Choice choice={table.choice} />
        </div>
      ))}
    </RuleSection>
  );
}
