import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createSiteRequestSchema } from '../../../shared/sync/protocol';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { useSitesStore } from '../stores/sites-store';

/** Code and name of a new site; the server answers with its one-time enrolment code. */
export function CreateSiteForm() {
  const { t } = useTranslation();
  const create = useSitesStore((s) => s.create);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<{ code?: string; name?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The same schema the server parses with, field by field.
    const parsed = createSiteRequestSchema.safeParse({ code, name });
    const fieldErrors = parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.path[0] === 'code' ? t('console.sites.codeFormat') : t('console.sites.nameRequired')]));
    setErrors(fieldErrors);
    if (!parsed.success) return;
    setBusy(true);
    setFailure(null);
    try {
      await create(parsed.data.code, parsed.data.name);
      setCode('');
      setName('');
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card form console-inline-form" onSubmit={(e) => void submit(e)} noValidate>
      <ErrorBanner messages={failure ? [failure] : []} />
      <div className="field-row">
        <FormField id="site-code" label={t('console.sites.code')} hint={t('console.sites.codeHint')} error={errors.code} required>
          {(control) => <input {...control} type="text" value={code} onChange={(e) => setCode(e.target.value)} />}
        </FormField>
        <FormField id="site-name" label={t('console.sites.name')} error={errors.name} required>
          {(control) => <input {...control} type="text" value={name} onChange={(e) => setName(e.target.value)} />}
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" data-testid="create-site" disabled={busy}>
          {busy ? t('console.sites.creating') : t('console.sites.create')}
        </button>
      </div>
    </form>
  );
}
