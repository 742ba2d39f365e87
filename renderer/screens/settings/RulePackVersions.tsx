import { useTranslation } from 'react-i18next';
import type { PackVersion } from '../../../shared/api/rules';
import { HeadedTable } from '../../components/HeadedTable';
import { useTimeZone } from '../../hooks/use-time-zone';
import { formatInstant } from '../../lib/zoned-time';
import { RuleSection } from './RulePackParts';
import { pick } from './rule-pack-text';

/**
 * The pack versions this site holds that matter to it, each with where it came
 * from (随程序发布 / 总部发布), the one new complaints are graded by, and how
 * many open complaints still keep each version.
 */
export function RulePackVersions({ versions }: { versions: PackVersion[] }) {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  return (
    <RuleSection title={t('rulePack.versions')} testId="rule-pack-versions">
      <p className="muted">{t('rulePack.versionsHint')}</p>
      <HeadedTable label={t('rulePack.versions')} head={[t('rulePack.name'), t('rulePack.version'), t('rulePack.origin'), t('rulePack.use')]} testId="rule-pack-version-table">
        {versions.map((v) => (
          <tr key={`${v.id}@${v.version}`} data-testid="rule-pack-version" data-grades-new={v.gradesNewComplaints ? 'true' : 'false'}>
            <td>
              {pick(v.name, i18n.language)}
            </td>
            <td>{v.version}</td>
            <td>
              {t(v.source === 'shipped' ? 'rulePack.fromShipped' : 'rulePack.fromHeadOffice')}
              {v.receivedAt && <span className="muted nowrap rule-received">{t('rulePack.receivedAt', { time: formatInstant(v.receivedAt, timeZone) })}</span>}
            </td>
            <td>
              {v.gradesNewComplaints && <span className="rule-tag computed">{t('rulePack.gradesNew')}</span>}
              {v.openComplaints > 0 && <span className="rule-tag">{t('rulePack.openComplaints', { count: v.openComplaints })}</span>}
            </td>
          </tr>
        ))}
      </HeadedTable>
    </RuleSection>
  );
}
