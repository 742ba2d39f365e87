import type { AddressInfo } from 'node:net';
import { createSite, openTestServer, type TestServer } from '../server/support/test-server';
import { openTestCore, type TestCore } from './temp-core';

export interface EnrolledSite {
  server: TestServer;
  /** The head-office server's address on loopback. */
  url: string;
  core: TestCore;
  /** The station lead's session (wangjg). */
  lead: string;
  siteId: string;
  close(): Promise<void>;
}

/**
 * The sync tests' starting point: an in-process head-office server listening
 * on loopback, a demo site store, the site registered as YY42 at head office
 * and this computer enrolled by its station lead.
 */
export async function openEnrolledSite(): Promise<EnrolledSite> {
  const server = await openTestServer();
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  const core = await openTestCore({ demo: true });
  const lead = await core.signIn('wangjg');
  const { siteId, enrolCode } = await createSite(server.app, 'YY42');
  await core.call('sync.enrol', { serverUrl: url, code: enrolCode, deviceName: '站长电脑' }, lead);
  return {
    server,
    url,
    core,
    lead,
    siteId,
    close: async () => {
      core.close();
      await server.close();
    },
  };
}
