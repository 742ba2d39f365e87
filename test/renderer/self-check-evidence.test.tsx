import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ChecklistRecord } from '../../shared/api/checklists';
import { SHIPPED_TEMPLATES, findTemplate } from '../../shared/checklists/templates';
import { renderSignedIn, wangjg } from './fixtures';

/*
 * Issue 19 §4: the personal-information self-check shows the evidence the core read from the store under
 * the check it bears on, never as an input; a computed pass (第三十一条 no account on the demo PIN) is shown
 * failed with how it came about; 重新统计本机数据 asks the core again and shows what it answers.
 */

const TEMPLATE = 'privacy.personal-info-self-check';

function evidenceRecord(answers: Record<string, unknown>, version = 1): ChecklistRecord {
  return {
    id: 'c-1',
    templateId: TEMPLATE,
    templateVersion: '1.1.0',
    status: 'draft',
    startedAt: '2026-12-07T01:00:00.000Z',
    startedByName: '王建国',
    updatedAt: '2026-12-07T01:00:00.000Z',
    completedAt: null,
    completedByName: null,
    answered: 0,
    openActions: 0,
    version,
    answers,
    template: findTemplate(TEMPLATE)!,
    actions: [],
    may: { fill: true, raiseAction: true },
  };
}

const FIRST = {
  'a34-readers-count': 3,
  'a34-readers-names': '王建国、赵丽、刘强',
  'a31-default-count': 2,
  'a31-default-names': '王建国、李梅',
  'a38-disabled': '张伟（2026-11-30 禁用）',
  'a37-incomplete-count': 0,
  'a37-register': '首次自查，全部登记：查看完整个人信息 1 次（王建国 1）；导出 2 次（未写用途 1 次）；删除、销毁 0 次',
};

async function openSelfCheck(refreshed: ChecklistRecord) {
  let record = evidenceRecord(FIRST);
  const refreshes: unknown[] = [];
  await renderSignedIn(wangjg, {
    'checklists.templates': () => SHIPPED_TEMPLATES.filter((t) => t.id === TEMPLATE),
    'checklists.due': () => [],
    'checklists.list': () => [],
    'checklists.start': () => record,
    'checklists.get': () => record,
    'users.colleagues': () => [],
    'checklists.refreshEvidence': (input: unknown) => {
      refreshes.push(input);
      record = refreshed;
      return record;
    },
  });
  const user = userEvent.setup();
  await user.click(screen.getByTestId('nav-checklists'));
  await user.click(await screen.findByTestId(`start-${TEMPLATE}`));
  await screen.findByTestId('checklist-record');
  return { user, refreshes };
}

describe('the self-check’s evidence from this computer', () => {
  it('shows counts and names under their checks, read-only, and the computed 第三十一条 failed with its count', async () => {
    await openSelfCheck(evidenceRecord(FIRST));
    expect(screen.getByTestId('store-evidence').textContent).toContain('本机数据');
    const readers = screen.getByTestId('field-a34-readers-names');
    expect(within(readers).getByTestId('evidence-a34-readers-names').textContent).toContain('王建国、赵丽、刘强');
    expect(within(readers).queryByRole('textbox')).toBeNull();
    expect(screen.getByTestId('evidence-a34-readers-count').textContent).toContain('3');
    expect(screen.getByTestId('evidence-a38-disabled').textContent).toContain('张伟（2026-11-30 禁用）');
    expect(screen.getByTestId('evidence-a37-register').textContent).toContain('未写用途 1 次');
    // Beside the check it bears on: the evidence follows 第三十四条's tick in the page's order.
    const fields = [...screen.getAllByTestId(/^field-a3[4-5]/)].map((f) => f.dataset['testid']);
    expect(fields.slice(0, 3)).toEqual(['field-a34', 'field-a34-readers-count', 'field-a34-readers-names']);
    const computed = screen.getByTestId('field-a31-default');
    expect(computed.textContent).toContain('自动计算：仍使用软件演示密码的启用账户数 2 ≤ 0');
    const no = within(computed).getByTestId('answer-a31-default-false') as HTMLInputElement;
    expect(no.checked).toBe(true);
    expect(no.disabled).toBe(true);
    expect(computed.className).toContain('failed');
    expect((within(screen.getByTestId('field-a37-logged')).getByTestId('answer-a37-logged-true') as HTMLInputElement).checked).toBe(true);
    // The judgement stays a tick the inspector answers.
    expect(within(screen.getByTestId('field-a34')).getAllByRole('radio').every((r) => !(r as HTMLInputElement).disabled)).toBe(true);
  });

  it('重新统计本机数据 asks the core with the record’s version and shows the new evidence and result', async () => {
    const { user, refreshes } = await openSelfCheck(evidenceRecord({ ...FIRST, 'a31-default-count': 0, 'a31-default-names': '无' }, 2));
    await user.click(screen.getByTestId('refresh-evidence'));
    expect(refreshes).toEqual([{ id: 'c-1', version: 1 }]);
    expect(await screen.findByText('自动计算：仍使用软件演示密码的启用账户数 0 ≤ 0', { exact: false })).toBeTruthy();
    expect(screen.getByTestId('evidence-a31-default-names').textContent).toContain('无');
    expect((within(screen.getByTestId('field-a31-default')).getByTestId('answer-a31-default-true') as HTMLInputElement).checked).toBe(true);
  });
});
