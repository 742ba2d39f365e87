import type { TFunction } from 'i18next';
import { isApiCallError } from '../api/api-call-error';
import { localiseCoreMessage } from '../i18n/i18n';

/** A human sentence for any failure, in the current language. */
export function errorText(error: unknown, t: TFunction): string {
  if (isApiCallError(error)) {
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
