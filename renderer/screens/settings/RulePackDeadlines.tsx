import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { RulePack } from '../../../shared/rules/pack-schema';
import { HeadedTable } from '../../components/HeadedTable';
import { Choice, LabelledList, RuleSection } from './RulePackParts';
import { classLabel, clockStartText, durationText, milestoneText, pick, predicateText, roleText } from './rule-pack-text';
import { useCitation } from '../../components/SourceCitation';

function flagLabel(pack: RulePack, id: string, lang: string): string {
  const flag = pack.flags.find((f) => f.id === id);
  return flag ? pick(flag.label, lang) : id;
}

/** Each deadline: its milestone, the classes and kinds it applies to, when its clock starts, how long it runs. */
function DeadlinesTable({ pack }: { pack: RulePack }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const lang = i18n.language;
  const classes = (codes: string[] | undefined) =>
    codes ? codes.map((code) => classLabel(pack, code, lang)).join(t('common.listSeparator')) : t('rulePack.allClasses');
  const kinds = (list: string[] | undefined) => (list ? list.map((kind) => t(`kinds.${kind as 'complaint'}`)).join(t('common.listSeparator')) : null);
  return (
    <HeadedTable
      label={t('rulePack.deadlines')}
      head={[t('rulePack.milestone'), t('rulePack.appliesTo'), t('rulePack.from'), t('rulePack.duration'), t('rulePack.source')]}
      testId="rule-pack-deadline-table"
      className="rule-deadline-table"
    >
      {pack.deadlines.map((d, i) => (
        <Fragment key={`${d.milestone}-${i}`}>
          <tr data-testid="rule-deadline" className={d.choice ? 'rule-has-choice' : undefined}>
            <td>
              <span className="rule-nowrap">{milestoneText(d.milestone, t)}</span>
              {d.label && <span className="rule-step-label">{pick(d.label, lang)}</span>}
            </td>
            <td className="rule-nowrap">
              {classes(d.classes)}
              {d.kinds && <span className="rule-step-label">{kinds(d.kinds)}</span>}
              {d.onlyIfFlag && <span className="rule-step-label">{t('packFlags.onlyIf', { flag: flagLabel(pack, d.onlyIfFlag, lang) })}</span>}
            </td>
            <td className="rule-nowrap">{clockStartText(d, pack, t, lang)}</td>
            <td className="rule-nowrap">
              <strong>{durationText(d.duration, t)}</strong>
              {d.pausable && <span className="rule-tag">{t('rulePack.pausable')}</span>}
            </td>
            <td className="rule-source-cell">{cite(d.source)}</td>
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
    </HeadedTable>
  );
}

type Extension = NonNullable<RulePack['extension']>;

/** An extension agreed with the customer (by consent): the types it covers and whom to tell, within how long. */
function ByConsent({ byConsent }: { byConsent: NonNullable<Extension['byConsent']> }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const lang = i18n.language;
  return (
    <div className="detail-item wide" data-testid="rule-pack-by-consent">
      <dt>{t('packFlags.byConsent')}</dt>
      <dd>
        {t('packFlags.byConsentRule', {
          types: byConsent.types.map((type) => t(`extensionTypes.${type as 'multi_department'}`)).join(t('common.listSeparator')),
        })}
        {byConsent.noticeWithinMinutes !== undefined &&
          t('packFlags.byConsentNotice', {
            minutes: byConsent.noticeWithinMinutes,
            to: byConsent.noticeTo ? pick(byConsent.noticeTo, lang) : '',
          })}
        <span className="rule-source-cell"> {cite(byConsent.source)}</span>
        <Choice choice={byConsent.choice} />
      </dd>
    </div>
  );
}

/** Who approves an extension, its rule, how early it is asked for, its source. */
function ExtensionDetails({ extension }: { extension: Extension }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  return (
    <dl className="details">
      <div className="detail-item">
        <dt>{t('rulePack.approver')}</dt>
        <dd>{roleText(extension.approverRole, t)}</dd>
      </div>
      <div className="detail-item wide">
        <dt>{t('rulePack.rule')}</dt>
        <dd>{pick(extension.rule, i18n.language)}</dd>
      </div>
      {extension.requestLeadWorkingDays !== undefined && (
        <div className="detail-item">
          <dt>{t('rulePack.requestLead')}</dt>
          <dd>{t('rulePack.requestLeadDays', { n: extension.requestLeadWorkingDays })}</dd>
        </div>
      )}
      <div className="detail-item">
        <dt>{t('rulePack.source')}</dt>
        <dd className="rule-source-cell">{cite(extension.source)}</dd>
      </div>
      {extension.byConsent && <ByConsent byConsent={extension.byConsent} />}
    </dl>
  );
}

/** Each notification obligation: when it applies, whom to notify, its source. */
function NotificationsTable({ pack }: { pack: RulePack }) {
  const { t, i18n } = useTranslation();
  const cite = useCitation();
  const lang = i18n.language;
  return (
    <HeadedTable label={t('rulePack.notifications')} head={[t('rulePack.when'), t('rulePack.notify'), t('rulePack.source')]} testId="rule-pack-notification-table">
      {pack.notifications.map((n, i) => (
        <tr key={i} data-testid="rule-notification">
          <td>
            {[
              n.when.classCode ? classLabel(pack, n.when.classCode, lang) : null,
              n.when.fact ? t(`rulePack.facts.${n.when.fact}`) : null,
              n.when.event ? t(`rulePack.events.${n.when.event}`) : null,
              n.when.flag ? flagLabel(pack, n.when.flag, lang) : null,
            ]
              .filter(Boolean)
              .join(t('common.listSeparator')) || t('rulePack.always')}
          </td>
          <td>
            {n.notify.map((who) => pick(who, lang)).join(t('common.listSeparator'))}
            {n.confirmByPhone && <span className="rule-tag computed">{t('rulePack.confirmByPhone')}</span>}
          </td>
          <td className="rule-source-cell">
            {cite(n.source)}
            <Choice choice={n.choice} />
          </td>
        </tr>
      ))}
    </HeadedTable>
  );
}

/** Invalid reasons, deadlines, extension, escalation and notifications. */
export function RulePackDeadlines({ pack }: { pack: RulePack }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <>
      <RuleSection title={t('rulePack.invalidReasons')} testId="rule-pack-invalid">
        <LabelledList
          label={t('rulePack.invalidReasons')}
          items={pack.invalidReasons}
          lang={lang}
          testId="rule-pack-invalid-table"
          rule={(reason) => (reason.predicate ? predicateText(reason.predicate, pack, t, lang) : null)}
        />
      </RuleSection>

      <RuleSection title={t('rulePack.deadlines')} testId="rule-pack-deadlines">
        <DeadlinesTable pack={pack} />
      </RuleSection>

      <RuleSection title={t('rulePack.extension')} testId="rule-pack-extension">
        {pack.extension ? <ExtensionDetails extension={pack.extension} /> : <p className="muted">{t('rulePack.none')}</p>}
      </RuleSection>

      <RuleSection title={t('rulePack.escalation')} testId="rule-pack-escalation">
        <LabelledList
          label={t('rulePack.escalation')}
          items={pack.escalationTriggers}
          lang={lang}
          testId="rule-pack-escalation-table"
          rule={(trigger) => (trigger.predicate ? predicateText(trigger.predicate, pack, t, lang) : null)}
        />
      </RuleSection>

      <RuleSection title={t('rulePack.notifications')} testId="rule-pack-notifications">
        {pack.notifications.length === 0 ? <p className="muted">{t('rulePack.none')}</p> : <NotificationsTable pack={pack} />}
      </RuleSection>
    </>
  );
}
