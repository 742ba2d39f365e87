import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../shared/checklists/template-schema';

/** A template's bilingual text in the current language. */
export function useChecklistText() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  return { label: (text: Bilingual) => (en ? text.en : text.zh), en };
}

/** "0–20 mg/m³", "≥ 0 m³", "≤ 20" for an item's limits; null when it has none. */
export function rangeText(field: { min?: number | undefined; max?: number | undefined; unit?: string | undefined }): string | null {
  const unit = field.unit ? ` ${field.unit}` : '';
  if (field.min !== undefined && field.max !== undefined) return `${field.min}–${field.max}${unit}`;
  if (field.min !== undefined) return `≥ ${field.min}${unit}`;
  if (field.max !== undefined) return `≤ ${field.max}${unit}`;
  return null;
}
