import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSOLE_PATHS, referenceBodyIssues, type BodyIssue } from '../../../shared/sync/console-api';
import { publishReferenceResponseSchema, REFERENCE_KINDS, type ReferenceKind } from '../../../shared/sync/protocol';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { localiseCoreMessage } from '../../i18n/i18n';
import { consoleCall } from '../api/console-client';
import { useSitesStore } from '../stores/sites-store';
import { referenceItemName } from './reference-name';

interface FieldErrors {
  id?: string;
  version?: string;
  body?: string;
}

/**
 * Kind, id, version, target and a JSON body. The body is parsed here and, for
 * a template or a rule pack, checked with the project's template or rule pack
 * schema, each error with its path; the server checks again with the same
 * function.
 */
export function PublishForm({ onPublished }: { onPublished(): void }) {
  const { t, i18n } = useTranslation();
  const sites = useSitesStore((s) => s.sites);
  const loadSites = useSitesStore((s) => s.load);
  const [kind, setKind] = useState<ReferenceKind>('template');
  const [itemId, setItemId] = useState('');
  const [version, setVersion] = useState('');
  const [siteId, setSiteId] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [issues, setIssues] = useState<BodyIssue[]>([]);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!sites) void loadSites();
  }, [sites, loadSites]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!itemId.trim()) found.id = t('console.reference.itemIdRequired');
    const number = Number(version);
    if (!Number.isInteger(number) || number < 1) found.version = t('console.reference.versionFormat');
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      found.body = t('console.reference.badJson', { message: (error as Error).message });
    }
    const bodyIssues = found.body || found.id ? [] : referenceBodyIssues(kind, itemId.trim(), parsed);
    setErrors(found);
    setIssues(bodyIssues);
    setOutcome(null);
    if (Object.keys(found).length > 0 || bodyIssues.length > 0) return;
    setBusy(true);
    try {
      const input = { kind, id: itemId.trim(), version: number, body: parsed, siteId: siteId || null };
      const { cursor } = await consoleCall('POST', CONSOLE_PATHS.reference, publishReferenceResponseSchema, input);
      setOutcome({ ok: true, text: t('console.reference.published', { id: referenceItemName(kind, input.id, i18n.language, parsed), version: number, cursor }) });
      onPublished();
    } catch (error) {
      setOutcome({ ok: false, text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} noValidate data-testid="publish-form">
      {outcome?.ok && (
        <p className="banner banner-success" role="status" data-testid="publish-outcome">
          {outcome.text}
        </p>
      )}
      <ErrorBanner messages={outcome && !outcome.ok ? [outcome.text] : []} />
      <div className="field-row">
        <FormField id="ref-kind" label={t('console.reference.kind')} required>
          {(control) => (
            <select {...control} value={kind} onChange={(e) => setKind(e.target.value as ReferenceKind)}>
              {REFERENCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`console.reference.kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="ref-id" label={t('console.reference.itemId')} error={errors.id} required>
          {(control) => <input {...control} type="text" value={itemId} onChange={(e) => setItemId(e.target.value)} />}
        </FormField>
        <FormField id="ref-version" label={t('console.reference.version')} error={errors.version} required>
          {(control) => <input {...control} type="number" min={1} step={1} value={version} onChange={(e) => setVersion(e.target.value)} />}
        </FormField>
        <FormField id="ref-site" label={t('console.reference.target')}>
          {(control) => (
            <select {...control} value={siteId} onChange={(e) => setSiteId(e.target.value)}>
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
      <FormField id="ref-body" label={t('console.reference.body')} hint={t('console.reference.bodyHint')} error={errors.body} required>
        {(control) => <textarea {...control} className="console-json" rows={14} spellCheck={false} value={body} onChange={(e) => setBody(e.target.value)} />}
      </FormField>
      {issues.length > 0 && (
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
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" data-testid="publish" disabled={busy}>
          {busy ? t('console.reference.publishing') : t('console.reference.publish')}
        </button>
      </div>
    </form>
  );
}
