import type { TFunction } from 'i18next';
import type { NarrativeKind } from '../../../../shared/reports/narrative/kind-schema';
import type { NarrativeVersion } from '../../../../shared/api/narrative-reports';
import type { Period } from '../../../../shared/reports/period';

/** A bilingual label in the reader's language. */
export const inLang = (label: { zh: string; en: string }, lang: string) => (lang.startsWith('en') ? label.en : label.zh);

/** A period as read: 2026年11月 / 2026 Q4 / 2026年 (the key itself in English). */
export function periodLabel(period: Pick<Period, 'kind' | 'key'>, lang: string): string {
  if (lang.startsWith('en')) return period.key;
  if (period.kind === 'month') return `${period.key.slice(0, 4)}年${Number(period.key.slice(5))}月`;
  if (period.kind === 'quarter') return `${period.key.slice(0, 4)}年第${period.key.slice(6)}季度`;
  if (period.kind === 'year') return `${period.key}年`;
  return period.key;
}

export function signerText(kind: NarrativeKind, lang: string, t: TFunction): string {
  return `${inLang(kind.signer.label, lang)}（${t(`roles.${kind.signer.role}`)}）`;
}

/** What a version is about: its period, or for a case report the complaint's serial. */
export function subjectLabel(version: Pick<NarrativeVersion, 'period' | 'complaint'>, lang: string, t: TFunction): string {
  if (version.complaint) return t('narrativeReports.caseSubject', { serial: version.complaint.serial });
  return version.period ? periodLabel(version.period, lang) : '';
}
