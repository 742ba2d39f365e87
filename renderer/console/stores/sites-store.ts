import { create } from 'zustand';

import { CONSOLE_PATHS, sitesResponseSchema, type SiteSummary } from '../../../shared/sync/console-api';
import { enrolmentFileResponseSchema, type EnrolmentFileResponse } from '../../../shared/sync/enrolment-file';
import { enrolCodeResponseSchema, revokeResponseSchema, type EnrolCodeResponse } from '../../../shared/sync/protocol';
import { CONSOLE_LIST_PATHS, siteListResponseSchema, type SiteListQuery } from '../../../shared/sync/console-lists-api';
import { consoleCall, queryString } from '../api/console-client';

export const SITE_PAGE_SIZE = 50;

interface SitesState {
  /** Every site, for the site pickers. */
  sites: SiteSummary[] | null;
  /** The sites screen's page, for its filters and sorting (kept between visits). */
  listQuery: SiteListQuery;
  listRows: SiteSummary[] | null;
  listTotal: number;
  loadList(query: SiteListQuery): Promise<void>;
  error: string | null;
  /** The code just issued, shown until dismissed (it is never retrievable again). */
  issued: (EnrolCodeResponse & { siteName: string }) | null;
  load(): Promise<void>;
  create(code: string, name: string): Promise<void>;
  newCode(siteId: string, siteName: string): Promise<void>;
  /** Spends the code on screen on an enrolment file for a site with no network; the device it makes is listed at once. */
  makeEnrolFile(deviceName: string, serverUrl: string): Promise<EnrolmentFileResponse>;
  revoke(deviceId: string): Promise<void>;
  dismissCode(): void;
}

export const useSitesStore = create<SitesState>((set, get) => ({
  sites: null,
  listQuery: { offset: 0 },
  listRows: null,
  listTotal: 0,
  error: null,
  issued: null,
  load: async () => {
    try {
      const { sites } = await consoleCall('GET', CONSOLE_PATHS.sites, sitesResponseSchema);
      set({ sites, error: null });
    } catch (error) {
      set({ error: (error as Error).message });
    }
  },
  loadList: async (query) => {
    set({ listQuery: query });
    try {
      const page = await consoleCall('GET', `${CONSOLE_LIST_PATHS.sites}${queryString({ ...query, limit: SITE_PAGE_SIZE })}`, siteListResponseSchema);
      set({ listRows: page.rows, listTotal: page.total, error: null });
    } catch (error) {
      set({ error: (error as Error).message });
    }
  },
  create: async (code, name) => {
    const issued = await consoleCall('POST', CONSOLE_PATHS.sites, enrolCodeResponseSchema, { code, name });
    set({ issued: { ...issued, siteName: name } });
    await reloadBoth(get());
  },
  newCode: async (siteId, siteName) => {
    const issued = await consoleCall('POST', CONSOLE_PATHS.enrolCode(siteId), enrolCodeResponseSchema);
    set({ issued: { ...issued, siteName } });
  },
  makeEnrolFile: async (deviceName, serverUrl) => {
    const issued = get().issued;
    if (!issued) throw new Error('no code on screen');
    const made = await consoleCall('POST', CONSOLE_PATHS.enrolFile(issued.siteId), enrolmentFileResponseSchema, { enrolCode: issued.enrolCode, deviceName, serverUrl });
    await reloadBoth(get());
    return made;
  },
  revoke: async (deviceId) => {
    await consoleCall('POST', CONSOLE_PATHS.revokeDevice(deviceId), revokeResponseSchema);
    await reloadBoth(get());
  },
  dismissCode: () => set({ issued: null }),
}));

/** After a change, the pickers' list and the screen's page both show what the server now holds. */
async function reloadBoth(state: SitesState): Promise<void> {
  await Promise.all([state.load(), state.loadList(state.listQuery)]);
}
