import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/api/envelope';
import { citationText } from '../../shared/sources/citation';
import { en } from './en';
import { zhCN } from './zh-CN';

export const LANGUAGE_STORAGE = 'branchline.lang';
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE);
    return LANGUAGES.find((lang) => lang === value) ?? DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

// Named type: the layer's project is composite, and an inferred type from inside i18next cannot be named in a declaration.
export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  // Resources are bundled, so initialise synchronously: the first render already has the texts.
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
  showSupportNotice: false,
});

document.documentElement.lang = i18n.language;

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

export async function setLanguage(lang: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE, lang);
  } catch {
    // Not persisted, but still switched for this run.
  }
  await i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

/**
 * Core messages are written "中文 / English"; show the half matching the
 * current language (messages without the separator are shown whole).
 */
export function localiseCoreMessage(message: string): string {
  const lang = currentLanguage();
  const at = message.indexOf(' / ');
  const localised = at < 0 ? message : lang === 'en' ? message.slice(at + 3) : message.slice(0, at);
  // The core cites rules by the data's seed ids; the reader gets the document's title.
  return citationText(localised, lang);
}
