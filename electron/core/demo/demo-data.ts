import type { DemoSite } from '../../../shared/profiles';
import type { CoreContext } from '../context';
import { bankOutletDemo, serviceCentreDemo } from './demo-other-sites';
import { seedDemoSite, type DemoSiteDefinition } from './demo-steps';
import { wellStationDemo } from './demo-well-station';

/**
 * The demo sites, each a differently profiled organisation (issue 17 §1.3):
 * the well station (the default, `npm start`), a bank outlet and a customer
 * service centre (`npm start -- --demo bank-outlet` / `service-centre`, or the
 * choice on the first-run screen). A store holds one site, so each demo is a
 * store of its own.
 */
const DEMOS: Record<DemoSite, DemoSiteDefinition> = {
  'well-station': wellStationDemo,
  'bank-outlet': bankOutletDemo,
  'service-centre': serviceCentreDemo,
};

export async function loadDemoData(core: CoreContext, which: DemoSite = 'well-station'): Promise<void> {
  await seedDemoSite(core, DEMOS[which]);
}
