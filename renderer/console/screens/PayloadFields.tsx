import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../lib/zoned-time';
import { PayloadRecordFields } from './PayloadRecordFields';

const NAMED = ['customerName', 'customerPhone', 'channel', 'content', 'firstReceiverName', 'assigneeName', 'unit', 'classCode', 'closedAt'] as const;
type Named = (typeof NAMED)[number];
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d/;

/**
 * A payload as readable fields: the ones staff look for first, with labels
 * (the class by its name in the site's rule pack, a channel by its name),
 * then, folded under 全部字段, every other field the site sent by its name
 * (nothing is lost, even fields this console does not know, but ids and
 * internal counters do not crowd what a person reads).
 */
export function PayloadFields({ payload, classLabel, rulePackId = null }: { payload: unknown; classLabel(code: string): string; rulePackId?: string | null }) {
  const { t } = useTranslation();
  const labelOf = (key: Named): ((v: string) => string) | undefined =>
    key === 'channel' ? (v) => t(`channels.${v}` as 'channels.phone', { defaultValue: v }) : key === 'classCode' ? classLabel : undefined;
  const fields = payload && typeof payload === 'object' && !Array.isArray(payload) ? (payload as Record<string, unknown>) : {};
  // The pack's record fields read by their labels when the pack is known here; else among all fields.
  const readable = rulePackId !== null && Array.isArray(fields.recordFields) && fields.recordFields.length > 0;
  const rest = Object.keys(fields).filter((k) => !NAMED.includes(k as Named) && !(readable && k === 'recordFields'));
  return (
    <>
      <dl className="details console-payload" data-testid="complaint-payload">
        {NAMED.filter((k) => fields[k] !== undefined && fields[k] !== null).map((key) => (
          <div key={key} className="detail-item">
            <dt>{t(`console.complaints.fields.${key}`)}</dt>
            <dd className={key === 'content' ? 'content-text' : undefined} data-testid={`payload-${key}`}>
              {show(fields[key], labelOf(key))}
            </dd>
          </div>
        ))}
        {readable && <PayloadRecordFields values={fields.recordFields} rulePackId={rulePackId} />}
      </dl>
      {rest.length > 0 && (
        <details className="console-payload-raw" data-testid="complaint-payload-raw">
          <summary>{t('console.complaints.allFields', { n: rest.length })}</summary>
          <dl className="details">
            {rest.map((key) => (
              <div key={key} className="detail-item">
                <dt className="mono">{key}</dt>
                <dd>{show(fields[key])}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </>
  );
}

function show(value: unknown, label?: (v: string) => string): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return INSTANT.test(value) ? formatInstant(value) : label ? label(value) : value;
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
