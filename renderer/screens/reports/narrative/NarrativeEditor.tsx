import { useId, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/api/envelope';
import type { NarrativeVersion } from '../../../../shared/api/narrative-reports';
import type { NarrativeKind } from '../../../../shared/reports/narrative/kind-schema';
import { noteLang, noteText } from '../../../../shared/sources/choice-note';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useCitation } from '../../../components/SourceCitation';
import { currentLanguage } from '../../../i18n/i18n';
import { formatCalendarDate, formatMoment } from '../../../lib/locale-format';
import { useNarrativeReportsStore } from '../../../stores/narrative-reports-store';
import { NarrativeStatistics } from './NarrativeStatistics';
import { CaseFactsView } from './CaseFactsView';
import { inLang, signerText, subjectLabel } from './narrative-text';

/** One version: a draft's sections to write (saved as typed) and 签发 with confirmation; an issued version read-only, printable, correctable by a new version. */
export function NarrativeEditor({ version, kind }: { version: NarrativeVersion; kind: NarrativeKind | undefined }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const close = useNarrativeReportsStore((s) => s.close);
  if (!kind) return null;
  const draft = version.status === 'draft';
  return (
    <article className="narrative-version" data-testid="narrative-version" data-status={version.status} data-version={version.version}>
      <button type="button" className="button" onClick={close} data-testid="narrative-back">
        {t('narrativeReports.back')}
      </button>
      <h4 data-testid="narrative-title">
        {inLang(kind.title, lang)} · {subjectLabel(version, lang, t)} · {t('narrativeReports.version', { version: version.version })}
      </h4>
      <VersionMeta version={version} kind={kind} />
      <p className="muted">{frozenNote(version, lang, t)}</p>
      {version.statistics && <NarrativeStatistics statistics={version.statistics} />}
      {version.caseFacts && <CaseFactsView facts={version.caseFacts} />}
      {draft ? <DraftSections kind={kind} /> : <IssuedSections version={version} kind={kind} />}
      {draft ? <IssueBar kind={kind} /> : <IssuedBar version={version} />}
    </article>
  );
}

/** Whether the numbers (or a case's facts) shown are live or as frozen at 签发. */
export function frozenNote(version: NarrativeVersion, lang: Language, t: TFunction): string {
  const which = version.caseFacts ? 'facts' : 'statistics';
  return version.issued ? t(`narrativeReports.${which}Frozen`, { at: formatMoment(version.issued.at, lang) }) : t(`narrativeReports.${which}Live`);
}

function VersionMeta({ version, kind }: { version: NarrativeVersion; kind: NarrativeKind }) {
  const { t } = useTranslation();
  const cite = useCitation();
  const lang = currentLanguage();
  const openVersion = useNarrativeReportsStore((s) => s.openVersion);
  return (
    <dl className="report-meta">
      <dt>{t('narrativeReports.source')}</dt>
      <dd>{cite(kind.source)}</dd>
      {kind.choice && <dd lang={noteLang(lang)}>{noteText(kind.choice, lang)}</dd>}
      <dt>{t('narrativeReports.due')}</dt>
      <dd>{version.dueDate ? formatCalendarDate(version.dueDate, lang) : t('narrativeReports.dueNotStated')}</dd>
      <dt>{t('narrativeReports.signer')}</dt>
      <dd>{signerText(kind, lang, t)}</dd>
      <dt>{t('narrativeReports.recipients')}</dt>
      <dd>{kind.recipients.map((r) => inLang(r.label, lang)).join('、')}</dd>
      {version.replaces && (
        <dd data-testid="narrative-replaces">
          {t('narrativeReports.replaces', { version: version.replaces.version, reason: version.correctionReason ?? '' })}{' '}
          <button type="button" className="link-button" onClick={() => void openVersion(version.replaces!.id)}>
            {t('narrativeReports.openReplaced')}
          </button>
        </dd>
      )}
      {version.replacedBy && (
        <dd data-testid="narrative-replaced-by">
          {t('narrativeReports.replacedBy', { version: version.replacedBy.version })}{' '}
          <button type="button" className="link-button" onClick={() => void openVersion(version.replacedBy!.id)}>
            {t('narrativeReports.openReplacement')}
          </button>
        </dd>
      )}
    </dl>
  );
}

function DraftSections({ kind }: { kind: NarrativeKind }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const cite = useCitation();
  const { texts, type, saveNow } = useNarrativeReportsStore();
  const baseId = useId();
  return (
    <div className="narrative-sections">
      {kind.sections.map((section) => (
        <div key={section.id} className="form-field">
          <label htmlFor={`${baseId}-${section.id}`}>
            {inLang(section.heading, lang)} <span className="muted">（{section.required ? t('narrativeReports.required') : t('narrativeReports.optional')}）</span>
          </label>
          <p className="muted">{cite(section.source)}</p>
          <textarea id={`${baseId}-${section.id}`} rows={5} value={texts[section.id] ?? ''} onChange={(e) => type(section.id, e.target.value)} onBlur={() => void saveNow()} data-testid={`narrative-section-${section.id}`} />
        </div>
      ))}
    </div>
  );
}

function IssuedSections({ version, kind }: { version: NarrativeVersion; kind: NarrativeKind }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <div className="narrative-sections" data-testid="narrative-issued-text">
      <p className="muted">{t('narrativeReports.frozenNote')}</p>
      {kind.sections.map((section) => (
        <section key={section.id}>
          <h5>{inLang(section.heading, lang)}</h5>
          <p className="narrative-text">{version.sections[section.id] ?? ''}</p>
        </section>
      ))}
      {version.issued && <p data-testid="narrative-signed">{t('narrativeReports.issuedBy', { name: version.issued.byName, at: formatMoment(version.issued.at, lang) })}</p>}
    </div>
  );
}

function IssueBar({ kind }: { kind: NarrativeKind }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { saving, savedAt, issue } = useNarrativeReportsStore();
  const [asking, setAsking] = useState(false);
  return (
    <div className="form-actions">
      <button type="button" className="button primary" onClick={() => setAsking(true)} data-testid="narrative-issue">
        {t('narrativeReports.issue')}
      </button>
      <span className="muted" role="status" data-testid="narrative-saved">
        {saving ? t('narrativeReports.saving') : savedAt ? t('narrativeReports.saved', { at: formatMoment(savedAt, lang) }) : ''}
      </span>
      {asking && (
        <ConfirmDialog
          title={`${t('narrativeReports.issue')} · ${signerText(kind, lang, t)}`}
          consequences={[t('narrativeReports.issueConfirm')]}
          confirmLabel={t('narrativeReports.issue')}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            void issue();
          }}
        />
      )}
    </div>
  );
}

function IssuedBar({ version }: { version: NarrativeVersion }) {
  const { t } = useTranslation();
  const { print, reissue } = useNarrativeReportsStore();
  const [reason, setReason] = useState('');
  const reasonId = useId();
  return (
    <div className="form-actions">
      <button type="button" className="button primary" onClick={print} data-testid="narrative-print-button">
        {t('narrativeReports.print')}
      </button>
      {!version.replacedBy && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) void reissue(reason.trim());
          }}
        >
          <label htmlFor={reasonId}>{t('narrativeReports.reissueReason')} </label>
          <input id={reasonId} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="narrative-reissue-reason" />
          <button type="submit" className="button" disabled={!reason.trim()} data-testid="narrative-reissue">
            {t('narrativeReports.reissue')}
          </button>
        </form>
      )}
    </div>
  );
}
