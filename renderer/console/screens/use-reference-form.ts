import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { periodKeyOf, type PeriodKind } from '../../../shared/reports/period';
import { CONSOLE_REPORT_PATHS, referenceEntrySchema } from '../../../shared/sync/console-reports-api';
import { consoleCall } from '../api/console-client';

/** The state of `ReferenceForm`: site, period, premium and policies, checked with the server's schema, then saved. */
export function useReferenceForm(sites: { id: string }[], today: string) {
  const { t } = useTranslation();
  const [siteId, setSiteId] = useState(sites[0]?.id ?? '');
  const [kind, setKind] = useState<PeriodKind>('month');
  const [key, setKey] = useState(periodKeyOf('month', today));
  const [premium, setPremium] = useState('');
  const [policies, setPolicies] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const number = (v: string) => (v.trim() === '' ? undefined : Number(v));
    const parsed = referenceEntrySchema.safeParse({ siteId, period: { kind, key: key.trim() }, premium: number(premium), policies: number(policies) });
    if (!parsed.success) {
      setMessage({ ok: false, text: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      return;
    }
    try {
      await consoleCall('POST', CONSOLE_REPORT_PATHS.reference, z.unknown(), parsed.data);
      setMessage({ ok: true, text: t('reports.console.saved') });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };
  return { siteId, setSiteId, kind, setKind, key, setKey, premium, setPremium, policies, setPolicies, message, save };
}
