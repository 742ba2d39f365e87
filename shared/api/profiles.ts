import { z } from 'zod';
import { profileSchema } from '../profiles/profile-schema';
import { empty, text } from './common';
import { method } from './define';
import { siteSchema } from './site';

/**
 * Organisation profiles (issue 17): which rule pack, templates, schedules and
 * media content categories apply at a site. The catalogue is the shipped
 * profiles and the versions head office published, newest version of each.
 */
export const profileEntrySchema = profileSchema.and(z.object({ origin: z.enum(['shipped', 'head-office']) }));
export type ProfileEntry = z.infer<typeof profileEntrySchema>;

export const profilesApi = {
  /** Every profile, for first-run setup (before anyone signs in) and Settings. */
  'profiles.list': method({ input: empty, output: z.array(profileEntrySchema), access: 'public', writes: false }),
  /** The site's profile; null until one is chosen. */
  'profiles.current': method({ input: empty, output: z.object({ profile: profileEntrySchema.nullable() }), access: 'signed-in', writes: false }),
  /** The station lead chooses the site's organisation; its pack grades the complaints filed from now on. */
  'profiles.setSiteProfile': method({ input: z.object({ profileId: text(64) }).strict(), output: siteSchema, access: 'site.manage', writes: true }),
};
