import type { z } from 'zod';
import type { Permission } from '../domain/roles';

/**
 * Who may call a method:
 * - a permission: a signed-in user whose roles grant it;
 * - 'signed-in': any signed-in user;
 * - 'public': anyone who reached the transport (sign-in screen, first-run setup).
 */
export type Access = Permission | 'signed-in' | 'public';

export interface MethodDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** True when the method writes business data (and therefore an outbox and audit row). */
  writes: boolean;
}

export function method<I extends z.ZodType, O extends z.ZodType>(def: MethodDefinition<I, O>): MethodDefinition<I, O> {
  return def;
}
