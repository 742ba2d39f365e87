import type { Kysely } from 'kysely';
import { DEMO_SITE_RECORDS, DEMO_SITES } from '../../shared/profiles';
import type { ServerDatabase } from '../db/schema';
import { createSite } from '../services/enrolment';
import { publishReference } from '../services/reference';

export interface DemoSiteCreated {
  code: string;
  name: string;
  profile: string;
  /** The one-time code to enrol the site app with; null when the site was registered before (a code is shown once). */
  enrolCode: string | null;
}

/**
 * Head office's demo (`npm run server -- --demo`): registers the three demo
 * sites (the well station, the bank outlet, the service centre; shared/profiles/demo-sites.ts)
 * and publishes each its site record naming its organisation profile and rule
 * pack, so the console lists all three. A site already registered is left as it is.
 */
export async function seedDemoSites(db: Kysely<ServerDatabase>, now: Date): Promise<DemoSiteCreated[]> {
  const out: DemoSiteCreated[] = [];
  for (const demo of DEMO_SITES) {
    const record = DEMO_SITE_RECORDS[demo];
    const held = await db.selectFrom('sites').select('id').where('code', '=', record.code).executeTakeFirst();
    if (held) {
      out.push({ code: record.code, name: record.name, profile: record.profileId, enrolCode: null });
      continue;
    }
    const { siteId, enrolCode } = await createSite(db, { code: record.code, name: record.name }, now);
    const body = { name: record.name, organisation: record.organisation, rulePack: record.rulePack, profile: record.profileId };
    await publishReference(db, { kind: 'site', id: `site-${record.code}`, version: 1, body, siteId }, now);
    out.push({ code: record.code, name: record.name, profile: record.profileId, enrolCode });
  }
  return out;
}
