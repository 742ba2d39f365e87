import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSOLE_PATHS, referenceVersionsResponseSchema, type ReferenceVersion } from '../../../shared/sync/console-api';
import { REFERENCE_KINDS } from '../../../shared/sync/protocol';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatInstant } from '../../lib/zoned-time';
import { consoleCall } from '../api/console-client';
import { PublishForm } from './PublishForm';
import { referenceItemName } from './reference-name';

/** Publish a new version of a reference item, and the versions published so far (newest first). */
export function ReferenceScreen() {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<ReferenceVersion[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      setItems((await consoleCall('GET', CONSOLE_PATHS.reference, referenceVersionsResponseSchema)).items);
      setError(null);
    } catch (failure) {
      setError((failure as Error).message);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="page">
      <header className="page-header">
        <h2 className="page-title">{t('console.reference.title')}</h2>
      </header>
      <PublishForm onPublished={() => void load()} />
      <h3>{t('console.reference.history')}</h3>
      <ErrorBanner messages={error ? [error] : []} />
      <div className="table-wrap">
        <table className="table" data-testid="reference-table">
          <thead>
            <tr>
              <th>{t('console.reference.cursor')}</th>
              <th>{t('console.reference.kind')}</th>
              <th>{t('console.reference.itemName')}</th>
              <th>{t('console.reference.version')}</th>
              <th>{t('console.reference.target')}</th>
              <th>{t('console.reference.publishedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {(items ?? []).map((item) => (
              <tr key={item.cursor}>
                <td className="mono">{item.cursor}</td>
                <td>{REFERENCE_KINDS.includes(item.kind) ? t(`console.reference.kinds.${item.kind}`) : item.kind}</td>
                <td>{referenceItemName(item.kind, item.id, i18n.language)}</td>
                <td>{item.version}</td>
                <td>{item.siteCode ?? t('console.reference.allSites')}</td>
                <td>{formatInstant(item.publishedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {items?.length === 0 && <p className="muted">{t('console.empty')}</p>}
      </div>
    </section>
  );
}
