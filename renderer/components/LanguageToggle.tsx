import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../i18n/i18n';

/** One button that switches between 中文 and English; its text names the other language. */
export function LanguageToggle() {
  const { t } = useTranslation();
  const next = currentLanguage() === 'en' ? 'zh-CN' : 'en';
  return (
    <button type="button" className="button ghost" data-testid="lang-toggle" title={t('header.langToggleTitle')} lang={next} onClick={() => void setLanguage(next)}>
      {t('header.langToggle')}
    </button>
  );
}
