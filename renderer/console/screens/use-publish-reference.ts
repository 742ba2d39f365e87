import { useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CONSOLE_PATHS, referenceBodyIssues, type BodyIssue } from '../../../shared/sync/console-api';
import { publishReferenceResponseSchema, type ReferenceKind } from '../../../shared/sync/protocol';
import { consoleCall } from '../api/console-client';
import { referenceItemName } from './reference-name';

export interface PublishFieldErrors {
  id?: string;
  version?: string;
  body?: string;
}

export interface PublishValues {
  kind: ReferenceKind;
  itemId: string;
  version: string;
  siteId: string;
  body: string;
}

/** What the form checks before sending: an id, a whole version from 1, a body that parses and, for a template or a rule pack, meets its schema. */
function checkPublish(values: PublishValues, t: TFunction) {
  const found: PublishFieldErrors = {};
  if (!values.itemId.trim()) found.id = t('console.reference.itemIdRequired');
  const number = Number(values.version);
  if (!Number.isInteger(number) || number < 1) found.version = t('console.reference.versionFormat');
  let parsed: unknown;
  try {
    parsed = JSON.parse(values.body);
  } catch (error) {
    found.body = t('console.reference.badJson', { message: (error as Error).message });
  }
  const bodyIssues = found.body || found.id ? [] : referenceBodyIssues(values.kind, values.itemId.trim(), parsed);
  return { found, bodyIssues, parsed, number };
}

/** The publish form's values, its errors and the outcome of publishing. */
export function usePublishReference(onPublished: () => void) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<PublishValues>({ kind: 'template', itemId: '', version: '', siteId: '', body: '' });
  const [errors, setErrors] = useState<PublishFieldErrors>({});
  const [issues, setIssues] = useState<BodyIssue[]>([]);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof PublishValues>(key: K, value: PublishValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { found, bodyIssues, parsed, number } = checkPublish(values, t);
    setErrors(found);
    setIssues(bodyIssues);
    setOutcome(null);
    if (Object.keys(found).length > 0 || bodyIssues.length > 0) return;
    setBusy(true);
    try {
      const { kind } = values;
      const input = { kind, id: values.itemId.trim(), version: number, body: parsed, siteId: values.siteId || null };
      const { cursor } = await consoleCall('POST', CONSOLE_PATHS.reference, publishReferenceResponseSchema, input);
      setOutcome({ ok: true, text: t('console.reference.published', { id: referenceItemName(kind, input.id, i18n.language, parsed), version: number, cursor }) });
      onPublished();
    } catch (error) {
      setOutcome({ ok: false, text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return { values, set, errors, issues, outcome, busy, submit };
}
