import { afterEach, describe, expect, it } from 'vitest';
import type { TemplateDraft } from '../../shared/api/checklist-templates';
import type { ChecklistTemplate } from '../../shared/checklists/template-schema';
import { findTemplate } from '../../shared/checklists/templates';
import { openTestCore, type TestCore } from '../support/temp-core';

let core: TestCore;
afterEach(() => core?.close());

const SEWAGE = 'well.sewage-haulage-register';
const shippedSewage = findTemplate(SEWAGE)!;

async function refused(method: string, input: unknown, login = 'admin') {
  const response = await core.dispatch({ method, input, session: await core.signIn(login) } as never);
  if (response.ok) throw new Error(`expected ${method} to be refused`);
  return response.error;
}

const templateCount = () => (core.context.store.read.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'checklist_template'").get() as { n: number }).n;
const auditCount = () => (core.context.store.read.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'checklist_template'").get() as { n: number }).n;
const outboxCount = () => (core.context.store.read.prepare("SELECT count(*) AS n FROM outbox WHERE entity = 'checklist_template'").get() as { n: number }).n;

/** The draft's template with one more check item in its first section (the sewage register: a 罐车铅封完好 check, for the test). */
function withExtraItem(draft: TemplateDraft, edit: (t: ChecklistTemplate) => void = () => {}): Record<string, unknown> {
  const template = structuredClone(draft.template) as unknown as ChecklistTemplate;
  template.sections[0]!.items.push({ id: 'seal-intact', kind: 'passFail', label: { zh: '罐车铅封完好', en: 'Tank seal intact' }, source: 'test: head-office edit', required: false });
  edit(template);
  return template as unknown as Record<string, unknown>;
}

async function publishNewSewageVersion(admin: string, edit?: (t: ChecklistTemplate) => void) {
  const draft = await core.call('checklistTemplates.createDraft', { fromTemplateId: SEWAGE }, admin);
  const saved = await core.call('checklistTemplates.saveDraft', { draftId: draft.draftId, rowVersion: draft.rowVersion, template: withExtraItem(draft, edit) }, admin);
  return core.call('checklistTemplates.publish', { draftId: saved.draftId, rowVersion: saved.rowVersion }, admin);
}

describe('checklist template editor (head office)', () => {
  it('is head office’s alone: a station lead may not list, draft or publish templates', async () => {
    core = await openTestCore();
    for (const [method, input] of [
      ['checklistTemplates.list', {}],
      ['checklistTemplates.createDraft', { fromTemplateId: SEWAGE }],
      ['checklistTemplates.validate', { template: {}, basedOn: null }],
      ['checklistTemplates.publish', { draftId: 'x', rowVersion: 1 }],
    ] as const) {
      expect((await refused(method, input, 'wangjg')).code).toBe('FORBIDDEN');
    }
    expect(templateCount()).toBe(0);
    expect((await core.call('checklistTemplates.list', {}, await core.signIn('admin'))).templates.length).toBeGreaterThan(20);
  });

  it('drafts the next version of a template, saves it as typed (audited each time, never queued for head office), and keeps it across a restart', async () => {
    core = await openTestCore();
    const admin = await core.signIn('admin');
    const draft = await core.call('checklistTemplates.createDraft', { fromTemplateId: SEWAGE }, admin);
    expect(draft).toMatchObject({ templateId: SEWAGE, version: '1.1.0', basedOn: SEWAGE, rowVersion: 1, title: shippedSewage.title });
    // Saved even when invalid: nothing typed is lost.
    const half = { ...draft.template, title: { zh: '', en: 'Sewage haulage' } };
    const saved = await core.call('checklistTemplates.saveDraft', { draftId: draft.draftId, rowVersion: 1, template: half }, admin);
    expect(saved).toMatchObject({ rowVersion: 2, title: { zh: '', en: 'Sewage haulage' }, updatedByName: '总部管理员' });
    expect(templateCount()).toBe(2);
    expect(auditCount()).toBe(2);
    expect(outboxCount()).toBe(0); // a draft stays on this computer; only a published version is synced
    // A stale save (another window) is refused rather than overwriting.
    const stale = await refused('checklistTemplates.saveDraft', { draftId: draft.draftId, rowVersion: 1, template: draft.template });
    expect(stale.code).toBe('CONFLICT');

    const dataDir = core.dataDir;
    core.close();
    core = await openTestCore({ dataDir, demo: false });
    const reopened = await core.call('checklistTemplates.getDraft', { draftId: draft.draftId }, await core.signIn('admin'));
    expect(reopened.template).toEqual(half);
    expect((await core.call('checklistTemplates.list', {}, await core.signIn('admin'))).drafts.map((d) => d.draftId)).toEqual([draft.draftId]);
  });

  it('publishes a new version: listed, new records start on it, a record in progress keeps its version', async () => {
    core = await openTestCore();
    const lead = await core.signIn('wangjg');
    const inProgress = await core.call('checklists.start', { templateId: SEWAGE }, lead);
    expect(inProgress.templateVersion).toBe('1.0.0');

    const admin = await core.signIn('admin');
    expect(await publishNewSewageVersion(admin)).toEqual({ templateId: SEWAGE, version: '1.1.0' });
    expect(outboxCount()).toBe(1); // the published version only
    const outboxRow = core.context.store.read.prepare("SELECT payload FROM outbox WHERE entity = 'checklist_template' ORDER BY seq DESC LIMIT 1").get() as { payload: string };
    expect(JSON.parse(outboxRow.payload)).toMatchObject({ template_id: SEWAGE, version: '1.1.0', status: 'published', source: 'local' });

    const listed = (await core.call('checklists.templates', {}, lead)).find((t) => t.id === SEWAGE)!;
    expect(listed.version).toBe('1.1.0');
    expect(listed.sections[0]!.items.map((i) => i.id)).toContain('seal-intact');
    const entry = (await core.call('checklistTemplates.list', {}, admin)).templates.find((t) => t.id === SEWAGE)!;
    expect(entry.versions).toEqual([
      { version: '1.1.0', origin: 'local', publishedAt: expect.any(String), publishedByName: '总部管理员' },
      { version: '1.0.0', origin: 'shipped', publishedAt: null, publishedByName: null },
    ]);

    const fresh = await core.call('checklists.start', { templateId: SEWAGE }, lead);
    expect(fresh.templateVersion).toBe('1.1.0');
    expect(fresh.template.sections[0]!.items.map((i) => i.id)).toContain('seal-intact');
    const seal = await core.call('checklists.saveAnswers', { id: fresh.id, version: fresh.version, itemId: 'seal-intact', value: 'pass' }, lead);
    expect(seal.answers['seal-intact']).toBe('pass');

    const kept = await core.call('checklists.get', { id: inProgress.id }, lead);
    expect(kept.templateVersion).toBe('1.0.0');
    expect(kept.template.sections[0]!.items.map((i) => i.id)).not.toContain('seal-intact');
    const row = await core.call('checklists.saveAnswers', { id: kept.id, version: kept.version, itemId: 'truckloads', rowId: 'r1', cells: { plate: '川E·12345' } }, lead);
    expect(row.templateVersion).toBe('1.0.0');
    const list = await core.call('checklists.list', { templateId: SEWAGE }, lead);
    // The demo's own draft register (1.0.0), the record in progress (1.0.0) and the new one (1.1.0).
    expect(list.map((r) => r.templateVersion).sort()).toEqual(['1.0.0', '1.0.0', '1.1.0']);
    expect(list.find((r) => r.id === inProgress.id)?.templateVersion).toBe('1.0.0');
  });

  it('is due by the published version’s schedule', async () => {
    core = await openTestCore(); // the demo site starts on 2026-11-23
    const lead = await core.signIn('wangjg');
    expect((await core.call('checklists.due', {}, lead)).find((d) => d.templateId === SEWAGE)!.status).toBe('perEvent');
    await publishNewSewageVersion(await core.signIn('admin'), (t) => {
      t.schedule = { kind: 'monthly', source: 'test: head-office schedule' };
    });
    expect((await core.call('checklists.due', {}, lead)).find((d) => d.templateId === SEWAGE)).toMatchObject({ status: 'due', current: { dueBy: '2026-11-30' } });
  });

  it('refuses a version not above the newest, an invalid template (located issues), and a new template taking another’s id', async () => {
    core = await openTestCore();
    const admin = await core.signIn('admin');
    const draft = await core.call('checklistTemplates.createDraft', { fromTemplateId: SEWAGE }, admin);

    const same = await core.call('checklistTemplates.saveDraft', { draftId: draft.draftId, rowVersion: 1, template: { ...draft.template, version: '1.0.0' } }, admin);
    const notHigher = await refused('checklistTemplates.publish', { draftId: same.draftId, rowVersion: same.rowVersion });
    expect(notHigher.code).toBe('VALIDATION');
    expect(notHigher.issues).toEqual([
      { path: 'version', message: '「版本」: 版本 1.0.0 不高于该模板现有的最新版本 1.0.0，请改为更高的版本（如 1.1.0） / “Version”: version 1.0.0 is not above the newest existing version 1.0.0; use a higher one (e.g. 1.1.0)' },
    ]);
    const validated = await core.call('checklistTemplates.validate', { template: same.template, basedOn: SEWAGE }, admin);
    expect(validated.issues.map((i) => i.path)).toEqual(['version']);

    const broken = withExtraItem(draft, (t) => {
      t.sections[0]!.items[1]!.source = '';
    });
    const invalid = await core.call('checklistTemplates.saveDraft', { draftId: draft.draftId, rowVersion: same.rowVersion, template: broken }, admin);
    const refusedInvalid = await refused('checklistTemplates.publish', { draftId: invalid.draftId, rowVersion: invalid.rowVersion });
    expect(refusedInvalid.issues).toEqual([{ path: 'sections.0.items.1.source', message: '第1部分 第2项「出处」: 必填 / Section 1, item 2 “Source”: required' }]);
    expect((await core.call('checklists.templates', {}, admin)).find((t) => t.id === SEWAGE)!.version).toBe('1.0.0');

    // Published once; the same draft cannot be published again, nor the same version from another draft.
    const fixed = await core.call('checklistTemplates.saveDraft', { draftId: draft.draftId, rowVersion: invalid.rowVersion, template: withExtraItem(draft) }, admin);
    await core.call('checklistTemplates.publish', { draftId: fixed.draftId, rowVersion: fixed.rowVersion }, admin);
    expect((await refused('checklistTemplates.publish', { draftId: fixed.draftId, rowVersion: fixed.rowVersion + 1 })).code).toBe('CONFLICT');
    const again = await core.call('checklistTemplates.createDraft', { fromTemplateId: SEWAGE }, admin);
    expect(again.version).toBe('1.2.0');
    const older = await core.call('checklistTemplates.saveDraft', { draftId: again.draftId, rowVersion: 1, template: { ...again.template, version: '1.1.0' } }, admin);
    expect((await refused('checklistTemplates.publish', { draftId: older.draftId, rowVersion: older.rowVersion })).issues![0]!.message).toContain('不高于该模板现有的最新版本 1.1.0');

    // A new template may not take an existing template's id (it would replace that form).
    const fresh = await core.call('checklistTemplates.createDraft', {}, admin);
    expect(fresh).toMatchObject({ templateId: 'new-template', version: '1.0.0', basedOn: null });
    const clash = await core.call('checklistTemplates.validate', { template: { ...fresh.template, id: SEWAGE, version: '9.0.0' }, basedOn: null }, admin);
    expect(clash.issues).toContainEqual(expect.objectContaining({ path: 'id', zh: expect.stringContaining(`编号 ${SEWAGE} 已被模板「污水拉运登记台帐」使用`) }));
  });

  it('publishes a new template with a schedule: listed, due, startable; a discarded draft leaves the list', async () => {
    core = await openTestCore();
    const admin = await core.signIn('admin');
    const fresh = await core.call('checklistTemplates.createDraft', {}, admin);
    const template = structuredClone(fresh.template) as unknown as ChecklistTemplate;
    template.id = 'test.monthly-walk';
    template.title = { zh: '月度巡查（测试）', en: 'Monthly walk (test)' };
    template.source = 'test: head-office template';
    template.sections[0]!.source = 'test: part';
    template.sections[0]!.items[0]!.source = 'test: item';
    template.schedule = { kind: 'monthly', source: 'test: monthly' };
    const saved = await core.call('checklistTemplates.saveDraft', { draftId: fresh.draftId, rowVersion: 1, template: template as unknown as Record<string, unknown> }, admin);
    expect((await core.call('checklistTemplates.validate', { template: saved.template, basedOn: null }, admin)).issues).toEqual([]);
    await core.call('checklistTemplates.publish', { draftId: saved.draftId, rowVersion: saved.rowVersion }, admin);

    const lead = await core.signIn('wangjg');
    // Published here, so it applies here; due this month, so it is listed before the forms filled per event.
    const listed = (await core.call('checklists.templates', {}, lead)).map((t) => t.id);
    expect(listed).toContain('test.monthly-walk');
    expect(listed.indexOf('test.monthly-walk')).toBeLessThan(listed.indexOf('well.sewage-haulage-register'));
    expect((await core.call('checklists.due', {}, lead)).find((d) => d.templateId === 'test.monthly-walk')!.status).toBe('due');
    expect((await core.call('checklists.start', { templateId: 'test.monthly-walk' }, lead)).template.title.zh).toBe('月度巡查（测试）');

    const other = await core.call('checklistTemplates.createDraft', {}, admin);
    expect(other.templateId).toBe('new-template');
    await core.call('checklistTemplates.discardDraft', { draftId: other.draftId, rowVersion: other.rowVersion }, admin);
    expect((await core.call('checklistTemplates.list', {}, admin)).drafts).toEqual([]);
    expect((await refused('checklistTemplates.getDraft', { draftId: other.draftId })).code).toBe('NOT_FOUND');
  });
});
