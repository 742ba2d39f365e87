import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyIssue } from '../../../shared/sync/console-api';
import { REFERENCE_KINDS, type ReferenceKind } from '../../../shared/sync/protocol';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { localiseCoreMessage } from '../../i18n/i18n';
import { useSitesStore } from '../stores/sites-store';
import { usePublishReference, type PublishFieldErrors, type PublishValues } from './use-publish-reference';

interface TargetFieldsProps {
  values: PublishValues;
  errors: PublishFieldErrors;
  set: <K extends keyof PublishValues>(key: K, value: PublishValues[K]) => void;
}

/** What is published: its kind, id and version, and the site it goes to (every site by default). */
function TargetFields({ values, errors, set }: TargetFieldsProps) {
  const { t } = useTranslation();
  const sites = useSitesStore((s) => s.sites);
  const loadSites = useSitesStore((s) => s.load);
  useEffect(() => {
    if (!sites) void loadSites();
  }, [sites, loadSites]);
  return (
    <div className="field-row">
      <FormField id="ref-kind" label={t('console.reference.kind')} required>
        {(control) => (
          <select {...control} value={values.kind} onChange={(e) => set('kind', e.target.value as ReferenceKind)}>
            {REFERENCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`console.reference.kinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="ref-id" label={t('console.reference.itemId')} error={errors.id} required>
        {(control) => <input {...control} type="text" value={values.itemId} onChange={(e) => set('itemId', e.target.value)} />}
      </FormField>
      <FormField id="ref-version" label={t('console.reference.version')} error={errors.version} required>
        {(control) => <input {...control} type="number" min={1} step={1} value={values.version} onChange={(e) => set('version', e.target.value)} />}
      </FormField>
      <FormField id="ref-site" label={t('console.reference.target')}>
        {(control) => (
          <select {...control} value={values.siteId} onChange={(e) => set('siteId', e.target.value)}>
            <option value="">{t('console.reference.allSites')}</option>
            {(sites ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.code} {s.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </div>
  );
}

/** The body's problems by path, the first twenty. */
function BodyIssues({ issues }: { issues: BodyIssue[] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <div className="banner banner-error" role="alert" data-testid="body-issues">
      <p>{t('console.reference.issuesTitle', { count: issues.length })}</p>
      <ul>
        {issues.slice(0, 20).map((issue, i) => (
          <li key={i}>
            <code>{issue.path || '(body)'}</code>: {localiseCoreMessage(issue.message)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Kind, id, version, target and a JSON body. The body is parsed here and, for
 * a template or a rule pack, checked with the project's template or rule pack
 * schema, each error with its path; the server checks again with the same
 * function.
 */
export function PublishForm({ onPublished }: { onPublished(): void }) {
  const { t } = useTranslation();
  const { values, set, errors, issues, outcome, busy, submit } = usePublishReference(onPublished);
  return (
    <form className="card form" onSubmit={(e) => void submit(e)} noValidate data-testid="publish-form">
      {outcome?.ok && (
        <p className="banner banner-success" role="status" data-testid="publish-outcome">
          {outcome.text}
        </p>
      )}
      <ErrorBanner messages={outcome && !outcome.ok ? [outcome.text] : []} />
      <TargetFields values={values} errors={errors} set={set} />
      <FormField id="ref-body" label={t('console.reference.body')} hint={t('console.reference.bodyHint')} error={errors.body} required>
        {(control) => <textarea {...control} className="console-json" rows={14} spellCheck={false} value={values.body} onChange={(e) => set('body', e.target.value)} />}
      </FormField>
      <BodyIssues issues={issues} />
      <div className="form-actions">
        <button type="submit" className="button primary" data-testid="publish" disabled={busy}>
          {busy ? t('console.reference.publishing') : t('console.reference.publish')}
        </button>
      </div>
    </form>
  );
}
