import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { hasPermission } from '../../../shared/domain/roles';
import { narrativeKindsForPack } from '../../../shared/reports/narrative';
import type { NarrativeKind } from '../../../shared/reports/narrative/kind-schema';
import type { ReadDb } from '../db/handles';
import { readSite } from '../site/site';

/**
 * Who may read and write a narrative report: whoever reads the whole site's
 * statistics (statistics.read), and the role its source names as signer
 * (a unit head signs the dealer's summaries without seeing every report).
 * Only the signer role issues it.
 */
export const refuse = (code: 'VALIDATION' | 'FORBIDDEN' | 'CONFLICT' | 'NOT_FOUND', key: string, params?: Record<string, string | number | { date: string } | { at: string }>, path?: string) =>
  ApiError.because(code, `narrativeReports.errors.${key}`, params, path);

export function mayWrite(user: User, kind: NarrativeKind): boolean {
  return hasPermission(user.roles, 'statistics.read') || user.roles.includes(kind.signer.role);
}

/** The kinds this site offers (its rule pack's and the general ones) that this user may see. */
export function visibleKinds(db: ReadDb, user: User): NarrativeKind[] {
  const kinds = narrativeKindsForPack(readSite(db)?.rulePack ?? null).filter((k) => mayWrite(user, k));
  if (kinds.length === 0 && !hasPermission(user.roles, 'statistics.read')) throw refuse('FORBIDDEN', 'notAllowed');
  return kinds;
}

/** The kind named, if the site offers it and the user may see it. */
export function kindOrRefuse(db: ReadDb, user: User, kindId: string): NarrativeKind {
  const kind = narrativeKindsForPack(readSite(db)?.rulePack ?? null).find((k) => k.id === kindId);
  if (!kind) throw refuse('NOT_FOUND', 'unknownKind', { id: kindId }, 'kindId');
  if (!mayWrite(user, kind)) throw refuse('FORBIDDEN', 'notAllowed');
  return kind;
}

export function requireSigner(user: User, kind: NarrativeKind): void {
  if (!user.roles.includes(kind.signer.role)) throw refuse('FORBIDDEN', 'wrongSigner');
}
