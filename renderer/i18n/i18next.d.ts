import 'i18next';
import type { Messages } from './zh-CN';

// Typed keys: `t('nav.complaint')` (a typo) fails to compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
