import type { TFunction } from 'i18next';
import type { ErrorReason } from '../../shared/api/errors';
import { isApiCallError } from '../api/api-call-error';
import { currentLanguage, i18n, localiseCoreMessage } from '../i18n/i18n';
import { citationText } from '../../shared/sources/citation';
import { formatCalendarDate, formatMoment } from './locale-format';

/**
 * The sentence for a reason the core gave as a key with parameters; moments
 * and dates formatted for the reader. Falls back to the core's own message
 * when this build has no text for the key (a newer core, say).
 */
export function reasonText(reason: ErrorReason, fallback: string): string {
  const lang = currentLanguage();
  if (!i18n.exists(reason.key)) return localiseCoreMessage(fallback);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason.params ?? {})) {
    if (typeof value === 'object') params[name] = 'at' in value ? formatMoment(value.at, lang) : formatCalendarDate(value.date, lang);
    // A rule's source the core passes along reads as its document's title here, as everywhere.
    else params[name] = typeof value === 'string' ? citationText(value, lang) : value;
  }
  // A name the core gives in both languages (a rule's post, 一级受理人 / Level-1 handler) comes as `xZh` and `xEn`: the text reads `x`.
  for (const name of Object.keys(params)) {
    const base = name.endsWith('Zh') ? name.slice(0, -2) : null;
    if (base && `${base}En` in params) params[base] = lang === 'en' ? params[`${base}En`]! : params[name]!;
  }
  // The key comes from the core at run time, so it cannot be one of i18next's typed keys.
  const translate = i18n.t as unknown as (key: string, values: Record<string, string | number>) => string;
  return translate(reason.key, params);
}

/** A human sentence for any failure, in the current language. */
export function errorText(error: unknown, t: TFunction): string {
  if (isApiCallError(error)) {
    if (error.reason) return reasonText(error.reason, error.message);
    switch (error.code) {
      case 'TRANSPORT':
        return t('errors.transport');
      case 'INTERNAL':
        return t('errors.internal');
      case 'FORBIDDEN':
        return t('errors.forbidden');
      case 'VALIDATION':
        return error.issues.length > 0 ? t('errors.validation') : localiseCoreMessage(error.message);
      default:
        return localiseCoreMessage(error.message);
    }
  }
  return error instanceof Error ? error.message : String(error);
}
