import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { retentionRuleSchema } from '../../../shared/api/privacy-destruction';
import { noteText } from '../../../shared/sources/choice-note';
import { citationText } from '../../../shared/sources/citation';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { currentLanguage } from '../../i18n/i18n';
import { errorText } from '../../lib/error-text';

type RetentionRule = z.infer<typeof retentionRuleSchema>;

/**
 * 保存期限 per record type: the source (seed002 客户管理制度1 第二十六条) names no number of years, so each
 * period shows the app's choice and the station lead may set the site's own; changing one changes which
 * customers the destruction job proposes next (`onChanged`).
 */
export function RetentionRules({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [rules, setRules] = useState<RetentionRule[]>([]);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    api.call('privacy.retention', {}).then(setRules, setFailure);
  }, []);

  const save = async (rule: RetentionRule) => {
    setFailure(null);
    try {
      setRules(await api.call('privacy.setRetention', { recordType: rule.recordType, years: Number(typed[rule.recordType] ?? rule.years) }));
      onChanged();
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <div data-testid="retention-rules">
      <h4>{t('privacy.destruction.retention')}</h4>
      <ErrorBanner messages={failure ? [errorText(failure, t)] : []} />
      <table className="table">
        <tbody>
          {rules.map((rule) => (
            <tr key={rule.recordType} data-testid="retention-rule">
              <td>{noteText(rule.activity, lang)}</td>
              <td>
                <input
                  type="number"
                  min={1}
                  max={100}
                  aria-label={t('privacy.destruction.years')}
                  data-testid="retention-years"
                  value={typed[rule.recordType] ?? String(rule.years)}
                  onChange={(e) => setTyped((all) => ({ ...all, [rule.recordType]: e.target.value }))}
                />{' '}
                {t('privacy.destruction.yearsUnit')}{' '}
                <button type="button" className="button" data-testid="retention-save" onClick={() => void save(rule)}>
                  {t('privacy.destruction.saveYears')}
                </button>
              </td>
              <td className="field-hint">
                {citationText(rule.source, lang)}
                <br />
                <span lang={lang.startsWith('en') ? 'en' : 'zh-CN'}>{noteText(rule.choice, lang)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
