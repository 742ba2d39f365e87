import { ApiError } from '../../../shared/api/errors';
import type { User } from '../../../shared/api/users';
import { hasPermission } from '../../../shared/domain/roles';
import type { ReadDb } from '../db/handles';
import { knownUnits } from './report-repository';

/**
 * Which rows of the site a user may count: the whole site (statistics.read),
 * or only their own unit (statistics.readUnit, 部门负责人). Checked before
 * anything is computed; a unit the user may not see, or one the site does
 * not know, is refused with its reason.
 */
export interface Visibility {
  /** Set when the user may only see this unit. */
  restrictedUnit: string | null;
}

export function visibilityOf(user: User): Visibility {
  if (hasPermission(user.roles, 'statistics.read')) return { restrictedUnit: null };
  if (hasPermission(user.roles, 'statistics.readUnit')) {
    if (!user.unit) throw ApiError.because('FORBIDDEN', 'reports.errors.noUnit');
    return { restrictedUnit: user.unit };
  }
  throw ApiError.because('FORBIDDEN', 'reports.errors.notAllowed');
}

/** The unit a request counts (undefined: the whole site), after checking the user may see it. */
export function unitInScope(db: ReadDb, visibility: Visibility, requested: string | undefined): string | undefined {
  if (visibility.restrictedUnit !== null) {
    if (requested !== undefined && requested !== visibility.restrictedUnit) throw ApiError.because('FORBIDDEN', 'reports.errors.unitNotVisible', { unit: requested }, 'unit');
    return visibility.restrictedUnit;
  }
  if (requested !== undefined && !knownUnits(db).includes(requested)) throw ApiError.because('VALIDATION', 'reports.errors.unknownUnit', { unit: requested }, 'unit');
  return requested;
}

export function visibleUnits(db: ReadDb, visibility: Visibility): string[] {
  return visibility.restrictedUnit !== null ? [visibility.restrictedUnit] : knownUnits(db);
}
