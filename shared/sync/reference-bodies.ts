import { z } from 'zod';
import { calendarReleaseSchema } from '../calendar/calendar-release';
import { ROLES } from '../domain/roles';
import { str } from '../api/common';

/**
 * What the body of each kind of reference item is (shared/sync/protocol's
 * REFERENCE_KINDS), checked before a site applies it. Templates are checked by
 * the checklist template schema; rule packs by the pack schema.
 */

/** A head-office holiday arrangement (the State Council's yearly notice). */
export const calendarBodySchema = calendarReleaseSchema;

/**
 * A person head office keeps on the site's staff list. Head office owns the
 * name, roles, unit and whether the account is active; the secret (a scrypt
 * hash, never the PIN) sets only a new account's first PIN — a PIN changed at
 * the site is never overwritten.
 */
export const userBodySchema = z
  .object({
    login: z.string().regex(/^[a-z0-9._-]{2,32}$/),
    displayName: str().min(1).max(40),
    roles: z.array(z.enum(ROLES)).min(1),
    unit: str().max(60).nullable(),
    active: z.boolean(),
    secretKind: z.enum(['pin', 'password']),
    secretHash: z.string().regex(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/),
  })
  .strict();
export type UserBody = z.infer<typeof userBodySchema>;

/**
 * The site's own record as head office keeps it: its name, organisation, the
 * rule pack it runs and, optionally, its organisation profile (shared/profiles:
 * which templates and media categories apply). Without `profile` the site
 * keeps the one it has.
 */
export const siteBodySchema = z
  .object({
    name: str().min(1).max(60),
    organisation: str().min(1).max(80),
    rulePack: str().min(1).max(80),
    profile: str().min(1).max(64).optional(),
  })
  .strict();
export type SiteBody = z.infer<typeof siteBodySchema>;
