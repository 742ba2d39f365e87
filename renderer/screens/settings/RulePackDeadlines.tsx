import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { RulePack } from '../../../shared/rules/pack-schema';
import { Choice, LabelledList, RuleSection, RuleTable } from './RulePackParts';
import { classLabel, durationText, milestoneText, pick, roleText } from './rule-pack-text';

/** Invalid reasons, deadlines, extension, escalation and notifications. */
export function RulePackDeadlines({ pack }: { pack: RulePack }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const classes = (codes: string[] | undefined) =>
    codes ? codes.map((code) => classLabel(pack, code, lang)).join(t('common.listSeparator')) : t('rulePack.allClasses');
  return (
    <>
      <RuleSection title={t('rulePack.invalidReasons')} testId="rule-pack-invalid">
        <LabelledList items={pack.invalidReasons} lang={lang} testId="rule-pack-invalid-table" />
      </RuleSection>

      <RuleSection title={t('rulePack.deadlines')} testId="rule-pack-deadlines">
        <RuleTable
          head={[t('rulePack.milestone'), t('rulePack.appliesTo'), t('rulePack.from'), t('rulePack.duration'), t('rulePack.source')]}
          testId="rule-pack-deadline-table"
        >
          {pack.deadlines.map((d, i) => (
            <Fragment key={`${d.milestone}-${i}`}>
              <tr data-testid="rule-deadline" className={d.choice ? 'rule-has-choice' : undefined}>
                <td className="rule-nowrap">{milestoneText(d.milestone, t)}</td>
                <td className="rule-nowrap">{classes(d.classes)}</td>
                <td className="rule-nowrap">{t(`rulePack.clockStarts.${d.from}`)}</td>
                <td className="rule-nowrap">
                  <strong>{durationText(d.duration, t)}</strong>
                </td>
                <td className="rule-source-cell">{d.source}</td>
              </tr>
              {d.choice && (
                <tr className="rule-choice-row" data-testid="rule-deadline-choice">
                  <td colSpan={5}>
                    <Choice choice={d.choice} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </RuleTable>
      </RuleSection>

      <RuleSection title={t('rulePack.extension')} testId="rule-pack-extension">
        {pack.extension ? (
          <dl className="details">
            <div className="detail-item">
              <dt>{t('rulePack.approver')}</dt>
              <dd>{roleText(pack.extension.approverRole, t)}</dd>
            </div>
            <div className="detail-item wide">
              <dt>{t('rulePack.rule')}</dt>
              <dd>{pick(pack.extension.rule, lang)}</dd>
            </div>
            <div className="detail-item">
              <dt>{t('rulePack.source')}</dt>
              <dd className="rule-source-cell">{pack.extension.source}</dd>
            </div>
          </dl>
        ) : (
          <p className="muted">{t('rulePack.none')}</p>
        )}
      </RuleSection>

      <RuleSection title={t('rulePack.escalation')} testId="rule-pack-escalation">
        <LabelledList items={pack.escalationTriggers} lang={lang} testId="rule-pack-escalation-table" />
      </RuleSection>

      <RuleSection title={t('rulePack.notifications')} testId="rule-pack-notifications">
        {pack.notifications.length === 0 ? (
          <p className="muted">{t('rulePack.none')}</p>
        ) : (
          <RuleTable head={[t('rulePack.when'), t('rulePack.notify'), t('rulePack.source')]} testId="rule-pack-notification-table">
            {pack.notifications.map((n, i) => (
              <tr key={i} data-testid="rule-notification">
                <td>
                  {[
                    n.when.classCode ? classLabel(pack, n.when.classCode, lang) : null,
                    n.when.fact ? t(`rulePack.facts.${n.when.fact}`) : null,
                  ]
                    .filter(Boolean)
                    .join(t('common.listSeparator')) || t('rulePack.always')}
                </td>
                <td>
                  {n.notify.map((who) => pick(who, lang)).join(t('common.listSeparator'))}
                  {n.confirmByPhone && <span className="rule-tag computed">{t('rulePack.confirmByPhone')}</span>}
                </td>
                <td className="rule-source-cell">{n.source}</td>
              </tr>
            ))}
          </RuleTable>
        )}
      </RuleSection>
    </>
  );
}
