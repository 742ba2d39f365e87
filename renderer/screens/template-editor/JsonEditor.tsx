import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Json } from './template-paths';

const format = (template: Json) => JSON.stringify(template, null, 2);

/**
 * The whole template as JSON, for everything the form does not show. Kept in
 * step with the form both ways: a form change rewrites the text; text that
 * parses to an object replaces the template (and so the form); text that
 * does not parse stays here, marked, and is neither applied nor saved.
 */
export function JsonEditor({ template, onChange, onInvalid }: { template: Json; onChange: (next: Json) => void; onInvalid: (invalid: boolean) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => format(template));
  const [error, setError] = useState<string | null>(null);
  const applied = useRef(template);

  // A change made elsewhere (the form) replaces the text; our own change is already in it.
  useEffect(() => {
    if (template === applied.current) return;
    applied.current = template;
    setText(format(template));
    setError(null);
    onInvalid(false);
  }, [template, onInvalid]);

  const edit = (next: string) => {
    setText(next);
    try {
      const parsed: unknown = JSON.parse(next);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('{ … }');
      applied.current = parsed as Json;
      setError(null);
      onInvalid(false);
      onChange(parsed as Json);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      onInvalid(true);
    }
  };

  return (
    <div className="template-json">
      <p className="field-hint">{t('templateEditor.jsonHint')}</p>
      <textarea
        className={error ? 'template-json-text has-error' : 'template-json-text'}
        aria-label="JSON"
        aria-invalid={error ? true : undefined}
        spellCheck={false}
        value={text}
        onChange={(e) => edit(e.target.value)}
        data-testid="template-json"
      />
      {error && (
        <p className="field-error" role="alert" data-testid="template-json-error">
          {t('templateEditor.jsonError', { message: error })}
        </p>
      )}
    </div>
  );
}
