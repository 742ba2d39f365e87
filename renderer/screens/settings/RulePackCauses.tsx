import { useTranslation } from 'react-i18next';
import type { RulePack } from '../../../shared/rules/pack-schema';
import { HeadedTable } from '../../components/HeadedTable';
import { Choice, RuleSection } from './RulePackParts';
import { pick } from './rule-pack-text';
import { useCitation } from '../../components/SourceCitation';

/**
 * The pack's flags (ticks that switch a deadline or a notice on: 篇5 5.1, 5.2.2), causes with their
 * consequence (篇6 第三十二条; 篇5 6.3) and what counts as a repeat (篇6 第三十条); parts a pack lacks are left out.
 */
export function RulePackCauses({ pack }: { pack: RulePack }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const cite = useCitation();
  return (
    <>
      {pack.flags.length > 0 && (
        <RuleSection title={t('packFlags.section')} testId="rule-pack-flags">
          <HeadedTable label={t('packFlags.section')} head={[t('rulePack.item'), t('rulePack.source')]}>
            {pack.flags.map((f) => (
              <tr key={f.id}>
                <td>
                  {pick(f.label, lang)}
                  <Choice choice={f.choice} />
                </td>
                <td className="rule-source-cell">{cite(f.source)}</td>
              </tr>
            ))}
          </HeadedTable>
        </RuleSection>
      )}
      {pack.causes.length > 0 && (
        <RuleSection title={t('repeat.cause')} testId="rule-pack-causes">
          <HeadedTable label={t('repeat.cause')} head={[t('rulePack.item'), t('packFlags.consequence'), t('rulePack.source')]}>
            {pack.causes.map((c) => (
              <tr key={c.code}>
                <td>
                  {pick(c.label, lang)}
                  <Choice choice={c.choice} />
                </td>
                <td>
                  {[c.subjective ? t('packFlags.subjective') : null, c.sanctionArticle ? t('packFlags.sanction', { article: c.sanctionArticle }) : null]
                    .filter(Boolean)
                    .join(t('common.listSeparator')) || t('rulePack.none')}
                </td>
                <td className="rule-source-cell">{cite(c.source)}</td>
              </tr>
            ))}
          </HeadedTable>
        </RuleSection>
      )}
      {pack.repeat && (
        <RuleSection title={t('packFlags.repeat')} testId="rule-pack-repeat">
          <p>
            {t('packFlags.repeatWindow', { days: pack.repeat.windowDays })} <span className="rule-source-cell">{cite(pack.repeat.source)}</span>
          </p>
          <Choice choice={pack.repeat.choice} />
        </RuleSection>
      )}
    </>
  );
}
