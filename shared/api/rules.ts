import { z } from 'zod';
import { rulePackSchema } from '../rules/pack-schema';
import { empty, str } from './common';
import { method } from './define';

const localised = z.object({ zh: z.string(), en: z.string() });

export const PACK_SOURCES = ['shipped', 'head-office'] as const;

export const packVersionSchema = z.object({
  id: z.string(),
  version: z.string(),
  name: localised,
  source: z.enum(PACK_SOURCES),
  /** When head office's version arrived; null for a shipped one. */
  receivedAt: z.string().nullable(),
  /** The version a complaint filed now is graded by (the newest of the site's pack). */
  gradesNewComplaints: z.boolean(),
  /** Open complaints graded by this version: they keep it until they close. */
  openComplaints: z.number().int().nonnegative(),
});
export type PackVersion = z.infer<typeof packVersionSchema>;

export const rulesApi = {
  /** The packs a site can be set up with (before anyone can sign in, hence public): names only. */
  'rules.shippedPacks': method({
    input: empty,
    output: z.array(z.object({ id: z.string(), version: z.string(), name: localised, organisation: localised, source: z.string() })),
    access: 'public',
    writes: false,
  }),
  /**
   * The site's severity rule pack as new complaints are graded by it: the
   * newest version held (shipped, or published by head office), or null when
   * its `rulePack` id names no pack this site holds. Read-only.
   */
  'rules.sitePack': method({ input: empty, output: rulePackSchema.nullable(), access: 'complaint.read', writes: false }),
  /** One version of a pack the site holds (the one a complaint's grade names), or null. */
  'rules.pack': method({
    input: z.object({ id: str().min(1).max(80), version: str().min(1).max(40) }).strict(),
    output: rulePackSchema.nullable(),
    access: 'complaint.read',
    writes: false,
  }),
  /**
   * The pack versions that matter to this site, each with where it came from
   * (随程序发布 / 总部发布): every version of its pack, every version head office
   * published, and any version an open complaint is still graded by.
   */
  'rules.packVersions': method({ input: empty, output: z.array(packVersionSchema), access: 'complaint.read', writes: false }),
  /** The working-day calendar in force: its version and the years whose holidays are known (later deadlines are provisional). */
  'rules.calendar': method({
    input: empty,
    output: z.object({ version: z.string(), coveredYears: z.array(z.number().int()), workingHours: z.object({ opens: z.string(), closes: z.string() }) }),
    access: 'complaint.read',
    writes: false,
  }),
};
