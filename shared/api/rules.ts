import { z } from 'zod';
import { rulePackSchema } from '../rules/pack-schema';
import { empty } from './common';
import { method } from './define';

const localised = z.object({ zh: z.string(), en: z.string() });

export const rulesApi = {
  /** The packs a site can be set up with (before anyone can sign in, hence public): names only. */
  'rules.shippedPacks': method({
    input: empty,
    output: z.array(z.object({ id: z.string(), version: z.string(), name: localised, organisation: localised, source: z.string() })),
    access: 'public',
    writes: false,
  }),
  /** The site's severity rule pack, or null when its `rulePack` id names no shipped pack. Read-only. */
  'rules.sitePack': method({ input: empty, output: rulePackSchema.nullable(), access: 'complaint.read', writes: false }),
  /** The working-day calendar in force: its version and the years whose holidays are known (later deadlines are provisional). */
  'rules.calendar': method({
    input: empty,
    output: z.object({ version: z.string(), coveredYears: z.array(z.number().int()), workingHours: z.object({ opens: z.string(), closes: z.string() }) }),
    access: 'complaint.read',
    writes: false,
  }),
};
