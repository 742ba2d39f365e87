import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { RulePack } from '../../../shared/rules/pack-schema';
import { ErrorBanner } from '../../components/ErrorBanner';
import { errorText } from '../../lib/error-text';
import { useSettingsStore } from '../../stores/settings-store';
import { RulePackCauses } from './RulePackCauses';
import { RulePackDeadlines } from './RulePackDeadlines';
import { RulePackDeductions } from './RulePackDeductions';
import { RulePackGrading } from './RulePackGrading';
import { RulePackVersions } from './RulePackVersions';
import { Choice } from './RulePackParts';
import { pick } from './rule-pack-text';
import './rule-pack.css';
import { useCitation } from '../../components/SourceCitation';

/**
 * The site's severity rule pack, read-only, for a station lead to read and
 * print: the version new complaints are graded by, every item with its
 * source, this program's readings marked, and the versions the site holds
 * with where each came from.
 */
export function RulePackView() {
  const { t } = useTranslation();
  const pack = useSettingsStore((s) => s.rulePack);
  const error = useSettingsStore((s) => s.rulePackError);
  const loadRulePack = useSettingsStore((s) => s.loadRulePack);
  const siteRulePack = useSettingsStore((s) => s.site?.rulePack ?? '');
  const versions = useSettingsStore((s) => s.packVersions);
  const loadPackVersions = useSettingsStore((s) => s.loadPackVersions);

  useEffect(() => {
    void loadRulePack();
    void loadPackVersions();
  }, [loadRulePack, loadPackVersions]);

  return (
    <div className="panel rule-pack paper-view" data-testid="rule-pack-view">
      <div className="rule-pack-head">
        <h3>{t('rulePack.title')}</h3>
        {pack && (
          <button type="button" className="button rule-pack-print" data-testid="rule-pack-print" onClick={() => window.print()}>
            {t('rulePack.print')}
          </button>
        )}
      </div>
      <ErrorBanner messages={error ? [errorText(error, t)] : []} />
      {pack === undefined && !error && (
        <p className="muted" role="status">
          {t('rulePack.loading')}
        </p>
      )}
      {pack === null && <p className="banner banner-hint">{t('rulePack.missing', { id: siteRulePack })}</p>}
      {pack && (
        <>
          <p className="muted rule-pack-intro">{t('rulePack.intro')}</p>
          <PackMeta pack={pack} />
          <Choice choice={pack.choice} />
          {versions && <RulePackVersions versions={versions} />}
          <RulePackGrading pack={pack} />
          <RulePackDeadlines pack={pack} />
          <RulePackCauses pack={pack} />
          <RulePackDeductions pack={pack} />
        </>
      )}
    </div>
  );
}

/** The pack's name, organisation, version and source. */
function PackMeta({ pack }: { pack: RulePack }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const cite = useCitation();
  return (
    <dl className="details rule-pack-meta" data-testid="rule-pack-meta">
      <div className="detail-item wide">
        <dt>{t('rulePack.name')}</dt>
        <dd className="rule-pack-name">{pick(pack.name, lang)}</dd>
      </div>
      <div className="detail-item">
        <dt>{t('rulePack.organisation')}</dt>
        <dd>{pick(pack.organisation, lang)}</dd>
      </div>
      <div className="detail-item">
        <dt>{t('rulePack.version')}</dt>
        <dd>{pack.version}</dd>
      </div>
      <div className="detail-item">
        <dt>{t('rulePack.source')}</dt>
        <dd>{cite(pack.source)}</dd>
      </div>
    </dl>
  );
}
