import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TemplateDraft } from '../../shared/api/checklist-templates';
import { validateTemplate } from '../../shared/checklists/template-issues';
import { findTemplate, SHIPPED_TEMPLATES } from '../../shared/checklists/templates';
import { admin, descriptionOf, renderSignedIn, wangjg } from './fixtures';
import type { FakeHandlers } from './fake-bridge';

const sewage = findTemplate('well.sewage-haulage-register')!;

/** A fake core with one draft being edited: saves bump its row version as the real core does. */
function fakeTemplateCore() {
  let draft: TemplateDraft = {
    draftId: 'd-1',
    templateId: sewage.id,
    version: '1.1.0',
    title: sewage.title,
    basedOn: sewage.id,
    createdAt: '2026-11-23T01:00:00.000Z',
    updatedAt: '2026-11-23T01:00:00.000Z',
    updatedByName: '总部管理员',
    rowVersion: 1,
    template: { ...JSON.parse(JSON.stringify(sewage)), version: '1.1.0' },
  };
  const handlers: FakeHandlers = {
    'checklists.templates': () => SHIPPED_TEMPLATES,
    'checklists.due': () => [],
    'checklists.list': () => [],
    'checklistTemplates.list': () => ({
      templates: [{ id: sewage.id, kind: sewage.kind, title: sewage.title, versions: [{ version: '1.0.0', origin: 'shipped', publishedAt: null, publishedByName: null }] }],
      drafts: [],
    }),
    'checklistTemplates.createDraft': () => draft,
    'checklistTemplates.getDraft': () => draft,
    'checklistTemplates.saveDraft': (input: { rowVersion: number; template: Record<string, unknown> }) => {
      draft = { ...draft, template: input.template, rowVersion: draft.rowVersion + 1 };
      return draft;
    },
    'checklistTemplates.validate': (input: { template: unknown }) => ({ issues: validateTemplate(input.template) }),
    'checklistTemplates.publish': () => ({ templateId: sewage.id, version: '1.1.0' }),
  };
  return { handlers, current: () => draft };
}

async function openDraft(handlers: FakeHandlers) {
  const rendered = await renderSignedIn(admin, handlers);
  const user = userEvent.setup();
  await user.click(screen.getByTestId('nav-checklists'));
  await user.click(await screen.findByTestId('open-template-editor'));
  await user.click(await screen.findByTestId(`template-edit-${sewage.id}`));
  await screen.findByTestId('template-form');
  return { user, ...rendered };
}

const jsonText = () => (screen.getByTestId('template-json') as HTMLTextAreaElement).value;

describe('template editor (head office)', () => {
  it('is offered to head office only', async () => {
    const { handlers } = fakeTemplateCore();
    await renderSignedIn(wangjg, handlers);
    await userEvent.setup().click(screen.getByTestId('nav-checklists'));
    await screen.findByTestId(`template-${sewage.id}`);
    expect(screen.queryByTestId('open-template-editor')).toBeNull();
  });

  it('names templates and drafts by title and kind, never by their ids (issue 20 item 5)', async () => {
    const { handlers } = fakeTemplateCore();
    handlers['checklistTemplates.list'] = () => ({
      templates: [{ id: sewage.id, kind: sewage.kind, title: sewage.title, versions: [{ version: '1.0.0', origin: 'shipped', publishedAt: null, publishedByName: null }] }],
      drafts: [{ draftId: 'd-1', templateId: sewage.id, version: '1.1.0', title: sewage.title, basedOn: sewage.id, createdAt: '2026-11-23T01:00:00.000Z', updatedAt: '2026-11-23T01:00:00.000Z', updatedByName: '总部管理员', rowVersion: 1 }],
    });
    await openDraft(handlers);
    // The head of the draft (the form's id field and the JSON are the administrator's own editing).
    const head = screen.getByTestId('template-draft-title').parentElement!;
    expect(head.textContent).toContain('已发布模板的新版本');
    expect(head.textContent).not.toContain(sewage.id);
    await userEvent.setup().click(screen.getByTestId('template-back'));
    const list = await screen.findByTestId('template-list');
    await within(list).findByTestId('template-draft-row');
    expect(list.textContent).toContain(sewage.title.zh);
    expect(list.textContent).not.toContain(sewage.id);
  });

  it('heads the template, its sections and items one level at a time below the page title, so a screen reader’s outline skips none (issue 20 item 12)', async () => {
    await openDraft(fakeTemplateCore().handlers);
    const form = screen.getByTestId('template-form');
    const levels = [2, ...within(form).getAllByRole('heading').map((h) => Number(h.tagName.slice(1)))];
    expect(levels.slice(1, 3)).toEqual([3, 3]);
    levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1]!).toBeLessThanOrEqual(1));
  });

  it('keeps the form and the JSON in step both ways, and autosaves the draft', async () => {
    const core = fakeTemplateCore();
    const { user, bridge } = await openDraft(core.handlers);
    const label = within(screen.getByTestId('item-1-1')).getByLabelText(/名称（中文）/);
    await user.clear(label);
    await user.type(label, '拉运日期（核对）');
    expect(JSON.parse(jsonText()).sections[0].items[0].label.zh).toBe('拉运日期（核对）');
    await waitFor(() => expect((core.current().template as typeof sewage).sections[0]!.items[0]!.label.zh).toBe('拉运日期（核对）'), { timeout: 3000 });
    await waitFor(() => expect(screen.getByTestId('template-save-state').dataset.state).toBe('idle'));
    // Every save names the row version the previous one returned.
    const saves = bridge.callsTo('checklistTemplates.saveDraft').map((c) => (c.input as { rowVersion: number }).rowVersion);
    expect(saves).toEqual(saves.map((_, i) => i + 1));

    // The other way: JSON typed in the JSON view shows in the form; broken JSON is marked and not applied.
    await user.click(screen.getByTestId('template-tab-json'));
    const edited = JSON.parse(jsonText());
    edited.title.zh = '污水拉运登记台帐（2027版）';
    fireEvent.change(screen.getByTestId('template-json'), { target: { value: JSON.stringify(edited, null, 2) } });
    await user.click(screen.getByTestId('template-tab-form'));
    expect((screen.getByLabelText(/^标题（中文）/) as HTMLInputElement).value).toBe('污水拉运登记台帐（2027版）');
    fireEvent.change(screen.getByTestId('template-json'), { target: { value: '{ "title": ' } });
    expect(screen.getByTestId('template-json-error').textContent).toContain('JSON 语法错误');
    expect(screen.getByTestId('template-save-state').dataset.state).toBe('jsonInvalid');
    expect((screen.getByLabelText(/^标题（中文）/) as HTMLInputElement).value).toBe('污水拉运登记台帐（2027版）');
  });

  it('adds an item; an invalid template shows each problem beside its field and in a list that jumps there', async () => {
    const core = fakeTemplateCore();
    const { user } = await openDraft(core.handlers);
    await user.click(screen.getByTestId('section-1-add-item'));
    const added = screen.getByTestId('item-1-2');
    await user.type(within(added).getByLabelText(/名称（中文）/), '罐车铅封完好');
    await user.type(within(added).getByLabelText(/名称（英文）/), 'Tank seal intact');
    await user.click(screen.getByTestId('template-validate'));
    const list = await screen.findByTestId('template-issues');
    expect(within(list).getByText(/第1部分 第2项「出处」: 必填/)).toBeTruthy();
    const source = within(added).getByLabelText(/出处/);
    expect(descriptionOf(source)).toContain('第1部分 第2项「出处」: 必填');
    await user.click(within(list).getByRole('button', { name: '定位' }));
    await waitFor(() => expect(document.activeElement).toBe(source));

    await user.type(source, '总部补充（测试）');
    await user.click(screen.getByTestId('template-validate'));
    expect((await screen.findByTestId('template-valid')).textContent).toBe('校验通过，可以发布。');
  });

  it('asks a yes/no item which answer means a problem (failsOn, issue 17): unset it is refused at the field, chosen it is saved, dropped with the kind', async () => {
    const core = fakeTemplateCore();
    const { user } = await openDraft(core.handlers);
    await user.click(screen.getByTestId('section-1-add-item'));
    const added = screen.getByTestId('item-1-2');
    await user.type(within(added).getByLabelText(/名称（中文）/), '罐车铅封完好');
    await user.type(within(added).getByLabelText(/名称（英文）/), 'Tank seal intact');
    await user.type(within(added).getByLabelText(/出处/), '总部补充（测试）');
    expect(within(added).queryByLabelText(/发现问题的答案/)).toBeNull();
    await user.selectOptions(within(added).getByLabelText(/填写方式/), 'yesNo');
    const failsOn = within(added).getByLabelText(/发现问题的答案/) as HTMLSelectElement;
    expect(failsOn.value).toBe('');
    await user.click(screen.getByTestId('template-validate'));
    await waitFor(() => expect(descriptionOf(failsOn)).toContain('请选择答“是”还是答“否”表示发现问题'));

    await user.selectOptions(failsOn, 'no');
    await waitFor(() => expect(JSON.parse(jsonText()).sections[0].items[1]).toMatchObject({ kind: 'yesNo', failsOn: 'no' }));
    await user.click(screen.getByTestId('template-validate'));
    expect((await screen.findByTestId('template-valid')).textContent).toBe('校验通过，可以发布。');

    await user.selectOptions(within(added).getByLabelText(/填写方式/), 'passFail');
    await waitFor(() => expect(JSON.parse(jsonText()).sections[0].items[1].failsOn).toBeUndefined());
  });

  it('jumps to the place in the JSON for a problem the form does not show (a schedule)', async () => {
    const core = fakeTemplateCore();
    const { user } = await openDraft(core.handlers);
    await user.click(screen.getByTestId('template-tab-json'));
    const edited = JSON.parse(jsonText());
    edited.schedule.kind = 'sometimes';
    fireEvent.change(screen.getByTestId('template-json'), { target: { value: JSON.stringify(edited, null, 2) } });
    await user.click(screen.getByTestId('template-tab-form'));
    await user.click(screen.getByTestId('template-validate'));
    const issue = (await screen.findAllByTestId('template-issue')).find((li) => li.dataset.issuePath === 'schedule.kind')!;
    expect(issue.textContent).toContain('「周期·类型」: 应为以下之一：daysOfMonth');
    await user.click(within(issue).getByRole('button', { name: '定位' }));
    const json = screen.getByTestId('template-json') as HTMLTextAreaElement;
    await waitFor(() => expect(document.activeElement).toBe(json));
    expect(screen.getByTestId('template-tab-json').getAttribute('aria-selected')).toBe('true');
    expect(json.selectionStart).toBe(json.value.indexOf('"sometimes"'));
  });

  it('previews the blank form and publishes the saved draft through the API', async () => {
    const core = fakeTemplateCore();
    const { user, bridge } = await openDraft(core.handlers);
    await user.click(screen.getByTestId('template-tab-preview'));
    const sheet = screen.getByTestId('checklist-print');
    expect(sheet.dataset.filled).toBe('false');
    expect(within(sheet).getByRole('heading', { level: 1, hidden: true }).textContent).toContain('污水拉运登记台帐');

    await user.clear(screen.getByLabelText(/^版本/));
    await user.type(screen.getByLabelText(/^版本/), '1.2.0');
    await user.click(screen.getByTestId('template-publish'));
    const announced = (await screen.findByTestId('template-published')).textContent ?? '';
    // Announced by the form's title, never its id (issue 20 item 5).
    expect(announced).toContain('已发布《污水拉运登记台帐》版本 1.1.0');
    expect(announced).not.toContain('well.sewage-haulage-register');
    const [publish] = bridge.callsTo('checklistTemplates.publish');
    // Published after the last keystroke was saved, naming that save's row version.
    expect(publish!.input).toEqual({ draftId: 'd-1', rowVersion: core.current().rowVersion });
    expect((core.current().template as { version: string }).version).toBe('1.2.0');
  });
});
