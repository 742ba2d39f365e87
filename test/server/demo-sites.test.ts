import { afterEach, describe, expect, it } from 'vitest';
import { seedDemoSites } from '../../server/cli/demo-sites';
import { CONSOLE_PATHS, sitesResponseSchema } from '../../shared/sync/console-api';
import { signedInStaff } from './support/console';
import { openTestServer, type TestServer } from './support/test-server';

let server: TestServer;
afterEach(async () => server.close());

describe('head office’s demo (npm run server -- --demo)', () => {
  it('registers the three demo sites, each with its organisation profile, and lists them in the console; a second run adds nothing', async () => {
    server = await openTestServer();
    const created = await seedDemoSites(server.store.db, new Date('2026-11-23T08:00:00.000Z'));
    expect(created.map((s) => [s.code, s.profile])).toEqual([
      ['YY42', 'well-station'],
      ['BK01', 'bank-outlet'],
      ['KF01', 'customer-service-centre'],
    ]);
    expect(created.every((s) => s.enrolCode !== null)).toBe(true);

    const { cookie } = await signedInStaff(server.app);
    const response = await server.app.inject({ method: 'GET', url: CONSOLE_PATHS.sites, headers: { cookie } });
    const { sites } = sitesResponseSchema.parse(response.json());
    expect(sites.map((s) => [s.code, s.profile])).toEqual([
      ['BK01', 'bank-outlet'],
      ['KF01', 'customer-service-centre'],
      ['YY42', 'well-station'],
    ]);

    const again = await seedDemoSites(server.store.db, new Date('2026-11-24T08:00:00.000Z'));
    expect(again.every((s) => s.enrolCode === null)).toBe(true);
    const after = sitesResponseSchema.parse((await server.app.inject({ method: 'GET', url: CONSOLE_PATHS.sites, headers: { cookie } })).json());
    expect(after.sites).toHaveLength(3);
  });
});
