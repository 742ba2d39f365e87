import { create } from 'zustand';

import { CONSOLE_PATHS, sitesResponseSchema, type SiteSummary } from '../../../shared/sync/console-api';
import { enrolmentFileResponseSchema, type EnrolmentFileResponse } from '../../../shared/sync/enrolment-file';
import { enrolCodeResponseSchema, revokeResponseSchema, type EnrolCodeResponse } from '../../../shared/sync/protocol';
import { consoleCall } from '../api/console-client';

interface SitesState {
  sites: SiteSummary[] | null;
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
  create: async (code, name) => {
    const issued = await consoleCall('POST', CONSOLE_PATHS.sites, enrolCodeResponseSchema, { code, name });
    set({ issued: { ...issued, siteName: name } });
    await get().load();
  },
  newCode: async (siteId, siteName) => {
    const issued = await consoleCall('POST', CONSOLE_PATHS.enrolCode(siteId), enrolCodeResponseSchema);
    set({ issued: { ...issued, siteName } });
  },
  makeEnrolFile: async (deviceName, serverUrl) => {
    const issued = get().issued;
    if (!issued) throw new Error('no code on screen');
    const made = await consoleCall('POST', CONSOLE_PATHS.enrolFile(issued.siteId), enrolmentFileResponseSchema, { enrolCode: issued.enrolCode, deviceName, serverUrl });
    await get().load();
    return made;
  },
  revoke: async (deviceId) => {
    await consoleCall('POST', CONSOLE_PATHS.revokeDevice(deviceId), revokeResponseSchema);
    await get().load();
  },
  dismissCode: () => set({ issued: null }),
}));

