import type { RecordFieldValue } from '../../../shared/api/complaints';
import { findPack } from '../../../shared/rules/packs';
import { currentLanguage } from '../../i18n/i18n';
import { DEFAULT_TIME_ZONE } from '../../lib/zoned-time';
import { recordFieldText } from '../../screens/complaints/record-fields/record-field-text';

/**
 * The record fields a site sent in a complaint's payload (the car dealer's plate …), labelled as the site's
 * rule pack names them; a personal one arrives masked. Nothing when the pack is unknown here.
 */
export function PayloadRecordFields({ values, rulePackId }: { values: unknown; rulePackId: string | null }) {
  const fields = (rulePackId ? findPack(rulePackId)?.recordFields : undefined) ?? [];
  const held = Array.isArray(values) ? (values as RecordFieldValue[]) : [];
  const lang = currentLanguage();
  return (
    <>
      {fields
        .filter((field) => held.some((v) => v.id === field.id))
        .map((field) => (
          <div key={field.id} className="detail-item">
            <dt>{lang === 'en' ? field.label.en : field.label.zh}</dt>
            <dd data-testid={`payload-record-${field.id}`}>{recordFieldText(field, held.find((v) => v.id === field.id), lang, DEFAULT_TIME_ZONE)}</dd>
          </div>
        ))}
    </>
  );
}
