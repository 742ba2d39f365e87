import type { ChecklistTemplate } from '../template-schema';
import { sewageHaulageTemplate } from './sewage-haulage';

/**
 * The templates this program ships. Temporary: the full list (every template
 * of issue #6) replaces this file at merge; code reads templates only through
 * `SHIPPED_TEMPLATES` and `findTemplate`.
 */
export const SHIPPED_TEMPLATES: readonly ChecklistTemplate[] = [sewageHaulageTemplate];

/** A template by id: the given version, or the newest shipped one. */
export function findTemplate(id: string, version?: string): ChecklistTemplate | undefined {
  const candidates = SHIPPED_TEMPLATES.filter((t) => t.id === id && (version === undefined || t.version === version));
  return candidates.sort((a, b) => compareVersions(b.version, a.version))[0];
}

/** Semantic versions compared part by part ("1.10.0" after "1.9.0"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
