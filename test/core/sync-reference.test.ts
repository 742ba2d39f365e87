import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashSecret } from '../../electron/core/users/passwords';
import { loadCalendar } from '../../electron/core/calendar/calendar';
import { pullOnce } from '../../electron/core/sync/pull';
import { findTemplate, SHIPPED_TEMPLATES } from '../../shared/checklists/templates';
import { PATHS } from '../../shared/sync/protocol';
import { admin, type TestServer } from '../server/support/test-server';
import { openEnrolledSite, type EnrolledSite } from '../support/enrolled-site';
import { publishUnchecked } from '../support/unchecked-publish';
import { TEST_SCRYPT_COST, type TestCore } from '../support/temp-core';

let site: EnrolledSite;
let server: TestServer;
let core: TestCore;
let lead: string;

beforeEach(async () => {
  site = await openEnrolledSite();
  ({ server, core, lead } = site);
});
afterEach(() => site.close());

const SEWAGE = 'well.sewage-haulage-register';
const options = () => ({ store: core.context.store, now: core.context.now });

async function publish(id: string, version: number, body: unknown, kind = 'template'): Promise<void> {
  const response = await server.app.inject({ method: 'POST', url: PATHS.adminReference, headers: admin, payload: { kind, id, version, body } });
  expect(response.statusCode).toBe(201);
}

describe('checklist templates pulled from head office', () => {
  it('become the version new records start on, while a record in progress keeps its own', async () => {
    const inProgress = await core.call('checklists.start', { templateId: SEWAGE }, lead);
    const shipped = findTemplate(SEWAGE)!;
    const next = { ...shipped, version: '1.1.0', sections: [{ ...shipped.sections[0]!, items: [...shipped.sections[0]!.items, { id: 'seal-intact', kind: 'yesNo', failsOn: 'no', label: { zh: '罐车铅封完好', en: 'Tank seal intact' }, source: 'seed000 第一篇 二、1', required: false }] }] };
    await publish(SEWAGE, 1, next);

    expect(await pullOnce(options())).toMatchObject({ applied: 1, unreadable: [] });
    const row = core.context.store.read.prepare("SELECT version, status, source FROM checklist_templates WHERE template_id = ?").get(SEWAGE);
    expect(row).toEqual({ version: '1.1.0', status: 'published', source: 'head-office' });

    const started = await core.call('checklists.start', { templateId: SEWAGE }, lead);
    expect(started.templateVersion).toBe('1.1.0');
    expect(started.template.sections[0]!.items.map((i) => i.id)).toContain('seal-intact');
    expect((await core.call('checklists.get', { id: inProgress.id }, lead)).templateVersion).toBe('1.0.0');
  });

  it('keep an unreadable publication in the raw log only, report it, and still apply the rest of the page', async () => {
    // This server refuses such a body (server/services/reference.ts); another head-office version might not.
    await publishUnchecked(server, { kind: 'template', id: 'broken-form', version: 1, body: { title: '缺少部分' } });
    await publish(SEWAGE, 2, { ...findTemplate(SEWAGE)!, version: '1.2.0' });
    const result = await pullOnce(options());
    expect(result.applied).toBe(2);
    expect(result.unreadable).toEqual([expect.stringContaining('broken-form')]);
    const held = core.context.store.read.prepare('SELECT template_id, version FROM checklist_templates ORDER BY template_id').all();
    expect(held).toEqual([{ template_id: SEWAGE, version: '1.2.0' }]);
    expect(core.context.store.read.prepare("SELECT count(*) AS n FROM reference_items WHERE id = 'broken-form'").get()).toEqual({ n: 1 });
  });

  it('never replace a version the site already holds', async () => {
    const body = { ...findTemplate(SEWAGE)!, version: '1.1.0' };
    await publish(SEWAGE, 1, body);
    await pullOnce(options());
    await publish(SEWAGE, 2, { ...body, title: { zh: '改过的标题', en: 'Changed' } });
    await pullOnce(options());
    const rows = core.context.store.read.prepare('SELECT title_zh FROM checklist_templates WHERE template_id = ?').all(SEWAGE);
    expect(rows).toEqual([{ title_zh: '污水拉运登记台帐' }]);
  });
});

describe('other reference data pulled from head office', () => {
  it('a user: created with head office’s first PIN, later updated (roles, active) without touching a PIN', async () => {
    const body = { login: 'wanghb', displayName: '王海波', roles: ['receiver'], unit: '阳42井站', active: true, secretKind: 'pin', secretHash: await hashSecret('654321', TEST_SCRYPT_COST) };
    await publish('wanghb', 1, body, 'user');
    expect(await pullOnce(options())).toMatchObject({ applied: 1, unreadable: [] });
    const session = await core.call('session.signIn', { login: 'wanghb', secret: '654321' });
    expect(session.user).toMatchObject({ displayName: '王海波', roles: ['receiver'] });

    await publish('wanghb', 2, { ...body, roles: ['receiver', 'handler'], active: false, secretHash: await hashSecret('000000', TEST_SCRYPT_COST) }, 'user');
    await pullOnce(options());
    const row = core.context.store.read.prepare("SELECT roles, active FROM users WHERE login = 'wanghb'").get();
    expect(row).toEqual({ roles: JSON.stringify(['receiver', 'handler']), active: 0 });
    expect((await core.dispatch({ method: 'session.signIn', input: { login: 'wanghb', secret: '654321' } })).ok).toBe(false); // inactive now
  });

  it('the site record: name, organisation and rule pack; a pack this program lacks is refused and reported', async () => {
    await publish('site', 1, { name: '阳42井站（磨溪）', organisation: '四川某实业集团', rulePack: 'insurance-branch-p5' }, 'site');
    await pullOnce(options());
    expect(core.context.store.read.prepare('SELECT name, rule_pack FROM site').get()).toEqual({ name: '阳42井站（磨溪）', rule_pack: 'insurance-branch-p5' });
    await publish('site', 2, { name: '阳42井站', organisation: '四川某实业集团', rulePack: 'no-such-pack' }, 'site');
    expect((await pullOnce(options())).unreadable).toEqual([expect.stringContaining('no-such-pack')]);
    expect(core.context.store.read.prepare('SELECT rule_pack FROM site').get()).toEqual({ rule_pack: 'insurance-branch-p5' });
  });

  it('a calendar release: the days it names change, and the core is told to reload its deadline calendar', async () => {
    expect(loadCalendar(core.context.store.read).isWorkingDay('2027-02-01')).toBe(true);
    await publish('cn-2027', 1, { version: '2027.1', years: [{ year: 2027, holidays: [{ day: '2027-02-01', name: '春节' }], makeUpWorkdays: [] }] }, 'calendar');
    let reloads = 0;
    await pullOnce({ ...options(), onCalendarChanged: () => (reloads += 1) });
    expect(reloads).toBe(1);
    expect(loadCalendar(core.context.store.read).isWorkingDay('2027-02-01')).toBe(false);
  });
});

describe('the pull on the wire', () => {
  it('offers brotli and gzip, and applies the compressed answer fetch decodes', async () => {
    for (const template of SHIPPED_TEMPLATES) await publish(template.id, 1, template);
    const seen: { acceptEncoding: string | null; contentEncoding: string | null; wireBytes: number }[] = [];
    const recording: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      seen.push({ acceptEncoding: new Headers(init?.headers).get('accept-encoding'), contentEncoding: response.headers.get('content-encoding'), wireBytes: Number(response.headers.get('content-length')) });
      return response;
    };
    const result = await pullOnce({ ...options(), fetch: recording });

    expect(result).toMatchObject({ applied: SHIPPED_TEMPLATES.length, unreadable: [], more: false });
    expect(seen).toEqual([{ acceptEncoding: 'br, gzip', contentEncoding: 'br', wireBytes: expect.any(Number) }]);
    // ~200 KB of template JSON arrived as ~40 KB.
    expect(seen[0]!.wireBytes).toBeLessThan(60_000);
    const held = core.context.store.read.prepare("SELECT count(*) AS n FROM checklist_templates WHERE source = 'head-office'").get();
    expect(held).toEqual({ n: SHIPPED_TEMPLATES.length });
  });
});
