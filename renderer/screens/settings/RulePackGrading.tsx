import { useTranslation } from 'react-i18next';
import type { RulePack } from '../../../shared/rules/pack-schema';
import { HeadedTable } from '../../components/HeadedTable';
import { Choice, RuleSection, Source } from './RulePackParts';
import { pick, predicateText } from './rule-pack-text';
import { useCitation } from '../../components/SourceCitation';

/** Classes, then the criteria of each class: who decides (a person or the program) and on what source. */
export function RulePackGrading({ pack }: { pack: RulePack }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const lang = i18n.language;
  return (
    <>
      <RuleSection title={t('rulePack.classes')} testId="rule-pack-classes">
        <HeadedTable label={t('rulePack.classes')} head={[t('rulePack.classCode'), t('rulePack.classLabel'), t('rulePack.source')]} testId="rule-pack-class-table">
          {pack.classes.map((c) => (
            <tr key={c.code} data-testid="rule-class">
              <td>
                <code>{c.code}</code>
              </td>
              <td>
                {pick(c.label, lang)}
                {c.code === pack.defaultClass && <span className="rule-tag">{t('rulePack.defaultClass')}</span>}
                <Choice choice={c.choice} />
              </td>
              <td className="rule-source-cell">{cite(c.source)}</td>
            </tr>
          ))}
        </HeadedTable>
      </RuleSection>

      <RuleSection title={t('rulePack.criteria')} testId="rule-pack-criteria">
        {pack.classes.map((c) => {
          const criteria = pack.criteria.filter((criterion) => criterion.classCode === c.code);
          return (
            <div className="rule-group" key={c.code}>
              <h5>{pick(c.label, lang)}</h5>
              {criteria.length === 0 ? (
                <p className="muted">{t('rulePack.noCriteria')}</p>
              ) : (
                <ol className="rule-criteria">
                  {criteria.map((criterion) => (
                    <li key={criterion.id} className="rule-criterion" data-testid={`rule-criterion-${criterion.id}`}>
                      <div className="rule-criterion-head">
                        <span className="rule-criterion-label">{pick(criterion.label, lang)}</span>
                        <span className={criterion.predicate ? 'rule-tag computed' : 'rule-tag'}>
                          {t(criterion.predicate ? 'rulePack.computed' : 'rulePack.ticked')}
                        </span>
                      </div>
                      {criterion.predicate && <p className="rule-predicate">{predicateText(criterion.predicate, pack, t, lang)}</p>}
                      {criterion.judgement && <p className="rule-predicate">{t('thresholds.judgement', { judgement: pick(criterion.judgement, lang) })}</p>}
                      <Source source={criterion.source} />
                      <Choice choice={criterion.choice} />
                    </li>
                  ))}
                </ol>
              )}
            </div>
          );
        })}
      </RuleSection>
    </>
  );
}
