import { z } from 'zod';
import { empty, str, text } from './common';
import { method } from './define';
import { DEMO_SITES } from '../profiles';
import { siteSchema } from './site';
import { userSchema, roleSchema, newUserSchema } from './users';
import { siteInputSchema } from './site';

/** What the sign-in screen may show before anyone signs in: names to pick from, nothing secret. */
export const signInChoiceSchema = z.object({
  login: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema),
  secretKind: z.enum(['password', 'pin']),
});

export const sessionStatusSchema = z.object({
  /** False until the store has a site: the renderer then shows first-run setup. */
  initialised: z.boolean(),
  site: siteSchema.nullable(),
  user: userSchema.nullable(),
  signInChoices: z.array(signInChoiceSchema),
  idleSignOutMinutes: z.number().int(),
});
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const signedInSchema = z.object({ session: z.string(), user: userSchema });

export const sessionApi = {
  'session.status': method({ input: empty, output: sessionStatusSchema, access: 'public', writes: false }),
  'session.signIn': method({
    input: z.object({ login: text(32), secret: str().min(1).max(200) }).strict(),
    output: signedInSchema,
    access: 'public',
    writes: false,
  }),
  'session.signOut': method({ input: empty, output: z.object({ signedOut: z.literal(true) }), access: 'public', writes: false }),
  /** First run only: refused once the store has a site. */
  'setup.initialise': method({
    input: z.object({ site: siteInputSchema, admin: newUserSchema }),
    output: signedInSchema,
    access: 'public',
    writes: true,
  }),
  /** First run only: fills an empty store with a realistic Chinese demo site: the well station unless another demo site is chosen. */
  'setup.loadDemo': method({
    input: z.object({ site: z.enum(DEMO_SITES).default('well-station') }).strict(),
    output: z.object({ loaded: z.literal(true) }),
    access: 'public',
    writes: true,
  }),
};
