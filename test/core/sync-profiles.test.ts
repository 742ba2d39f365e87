import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pullOnce } from '../../electron/core/sync/pull';
import { findTemplate } from '../../shared/checklists/templates';
import { findShippedProfile } from '../../shared/profiles';
import { PATHS } from '../../shared/sync/protocol';
import { admin, type TestServer } from '../server/support/test-server';
import { openEnrolledSite, type EnrolledSite } from '../support/enrolled-site';
import type { TestCore } from '../support/temp-core';

let site: EnrolledSite;
let server: TestServer;
let core: TestCore;
let lead: string;

beforeEach(async () => {
  site = await openEnrolledSite();
  ({ server, core, lead } = site);
});
afterEach(() => site.close());

const options = () => ({ store: core.context.store, now: core.context.now });

async function publish(kind: string, id: string, version: number, body: unknown): Promise<number> {
  const response = await server.app.inject({ method: 'POST', url: PATHS.adminReference, headers: admin, payload: { kind, id, version, body } });
  return response.statusCode;
}

const wellStation = findShippedProfile('well-station')!;

describe('organisation profiles from head office (issue 17 §1.3)', () => {
  it('a site record naming a profile moves the site to it; one the site does not know is refused and reported', async () => {
    expect(await publish('site', 'site', 1, { name: '某支行营业网点', organisation: '某银行', rulePack: 'bank-outlet', profile: 'bank-outlet' })).toBe(201);
    expect(await pullOnce(options())).toMatchObject({ unreadable: [] });
    expect(core.context.store.read.prepare('SELECT profile_id, rule_pack FROM site').get()).toEqual({ profile_id: 'bank-outlet', rule_pack: 'bank-outlet' });
    expect(await core.call('checklists.templates', {}, lead)).toEqual([]);

    expect(await publish('site', 'site', 2, { name: '某支行营业网点', organisation: '某银行', rulePack: 'bank-outlet', profile: 'no-such-organisation' })).toBe(201);
    expect((await pullOnce(options())).unreadable).toEqual([expect.stringContaining('no-such-organisation')]);
    expect(core.context.store.read.prepare('SELECT profile_id FROM site').get()).toEqual({ profile_id: 'bank-outlet' });
  });

  it('a site record without a profile keeps the site’s own', async () => {
    expect(await publish('site', 'site', 1, { name: '阳42井站（磨溪）', organisation: '四川某实业集团', rulePack: 'sichuan-group-p6' })).toBe(201);
    await pullOnce(options());
    expect(core.context.store.read.prepare('SELECT name, profile_id FROM site').get()).toEqual({ name: '阳42井站（磨溪）', profile_id: 'well-station' });
  });

  it('a new version of a profile adds a form to the organisation’s sites: one line of its template list', async () => {
    const next = { ...wellStation, version: '1.1.0', templates: [...wellStation.templates, 'service.reception-technique-check'] };
    expect(await publish('profile', 'well-station', 1, next)).toBe(201);
    expect(await pullOnce(options())).toMatchObject({ applied: 1, unreadable: [] });
    expect((await core.call('checklists.templates', {}, lead)).map((t) => t.id)).toContain('service.reception-technique-check');
    expect((await core.call('profiles.current', {}, lead)).profile).toMatchObject({ version: '1.1.0', origin: 'head-office' });
    expect((await core.call('checklists.start', { templateId: 'service.reception-technique-check' }, lead)).status).toBe('draft');
  });

  it('never replaces a profile version the site holds; other content under it is reported', async () => {
    const next = { ...wellStation, version: '1.1.0', templates: [...wellStation.templates, 'service.reception-technique-check'] };
    await publish('profile', 'well-station', 1, next);
    await pullOnce(options());
    await publish('profile', 'well-station', 2, { ...next, templates: wellStation.templates });
    expect((await pullOnce(options())).unreadable).toEqual([expect.stringContaining('well-station 1.1.0')]);
    expect((await core.call('checklists.templates', {}, lead)).map((t) => t.id)).toContain('service.reception-technique-check');
  });

  it('a profile may schedule a form for its organisation: the due list follows it', async () => {
    const sewage = 'well.sewage-haulage-register';
    const next = { ...wellStation, version: '1.2.0', schedules: [{ templateId: sewage, schedule: { kind: 'weekly', source: 'test: head office schedules the register weekly' } }] };
    expect(await publish('profile', 'well-station', 1, next)).toBe(201);
    await pullOnce(options());
    expect((await core.call('checklists.due', {}, lead)).find((d) => d.templateId === sewage)).toMatchObject({ status: 'due', current: { required: 1 } });
    expect((await core.call('checklists.templates', {}, lead)).find((t) => t.id === sewage)?.schedule).toEqual(next.schedules[0]!.schedule);
  });

  it('a template published without saying which answer of a yes/no question fails is refused at head office, at that field', async () => {
    const h2s = findTemplate('well.h2s-measurement')!;
    const { failsOn: _dropped, ...nearStandard } = h2s.sections[0]!.items.find((i) => i.id === 'near-standard')!;
    const body = { ...h2s, version: '1.1.0', sections: [{ ...h2s.sections[0]!, items: h2s.sections[0]!.items.map((i) => (i.id === 'near-standard' ? nearStandard : i)) }, ...h2s.sections.slice(1)] };
    const response = await server.app.inject({ method: 'POST', url: PATHS.adminReference, headers: admin, payload: { kind: 'template', id: h2s.id, version: 1, body } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('sections.0.items.4.failsOn');
  });

  it('is checked at head office: a profile body that fails the schema or names another id is refused before any site sees it', async () => {
    expect(await publish('profile', 'well-station', 1, { ...wellStation, templates: ['a', 'a'] })).toBe(400);
    expect(await publish('profile', 'bank-outlet', 1, wellStation)).toBe(400);
    expect(await pullOnce(options())).toMatchObject({ applied: 0 });
  });
});
