import { customerSchemeFor, type Bilingual, type CustomerScheme } from '../../shared/domain/customer-vocabulary';
import { useSessionStore } from '../stores/session-store';

/** The customer groups and types of the site's rule pack (shared/domain/customer-vocabulary.ts). */
export function useCustomerScheme(): CustomerScheme {
  const packId = useSessionStore((s) => s.status?.site?.rulePack);
  return customerSchemeFor(packId);
}

const pick = (text: Bilingual, lang: string) => (lang === 'en' ? text.en : text.zh);

/** "外部客户 · 签约客户": the group and type of a customer, in the current language; '' when unclassified. */
export function classificationText(scheme: CustomerScheme, customer: { group: string | null; type: string | null }, lang: string): string {
  const group = scheme.groups.find((g) => g.code === customer.group);
  const type = scheme.types.find((t) => t.code === customer.type);
  return [group && pick(group.label, lang), type && pick(type.label, lang)].filter(Boolean).join(' · ');
}

export function groupLabel(scheme: CustomerScheme, code: string, lang: string): string {
  const group = scheme.groups.find((g) => g.code === code);
  return group ? pick(group.label, lang) + (group.note ? `（${pick(group.note, lang)}）` : '') : code;
}

export function typeLabel(scheme: CustomerScheme, code: string, lang: string): string {
  const type = scheme.types.find((t) => t.code === code);
  return type ? pick(type.label, lang) : code;
}
