import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ComplaintDetail } from '../../shared/api/complaints';
import { detailOf, sampleComplaint, wangjg } from './fixtures';
import { actionsSent, openDetail } from './workflow-helpers';

/** Opens `record` with `action` offered; the core answers every step with the record as it was. */
async function openStep(record: ComplaintDetail, action: string) {
  const user = userEvent.setup();
  const { bridge } = await openDetail(record, wangjg, { 'complaints.act': () => record });
  await user.click(screen.getByTestId(`action-${action}`));
  return { user, bridge };
}

const dialogText = () => screen.getByRole('dialog').textContent ?? '';

describe('判定无效 asks first (issue 20 item 2)', () => {
  const record = detailOf(sampleComplaint, { actions: ['markInvalid'] });

  async function filledIn() {
    const opened = await openStep(record, 'markInvalid');
    await opened.user.selectOptions(screen.getByTestId('act-reasonCode'), '客户自身原因');
    await opened.user.type(screen.getByTestId('act-explanation'), '已向客户说明系其自行操作不当所致');
    await opened.user.click(screen.getByTestId('action-submit'));
    return opened;
  }

  it('names the reason chosen and that statistics keep it as 无效投诉; nothing is sent before 确认', async () => {
    const { bridge } = await filledIn();
    expect(screen.getByRole('dialog', { name: '判定为无效投诉？' })).toBeTruthy();
    expect(dialogText()).toContain('无效原因：客户自身原因。');
    expect(dialogText()).toContain('本案状态将变为“无效”，不再办理；统计中计为无效投诉，不计入有效投诉。');
    expect(document.activeElement).toBe(screen.getByTestId('confirm-dialog-cancel'));
    expect(bridge.callsTo('complaints.act')).toHaveLength(0);
  });

  it('取消 sends nothing and leaves the form as typed, with the focus back on its button', async () => {
    const { user, bridge } = await filledIn();
    await user.click(screen.getByTestId('confirm-dialog-cancel'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bridge.callsTo('complaints.act')).toHaveLength(0);
    expect((screen.getByTestId('act-reasonCode') as HTMLSelectElement).value).toBe('customer_own_cause');
    expect((screen.getByTestId('act-explanation') as HTMLTextAreaElement).value).toBe('已向客户说明系其自行操作不当所致');
    expect(document.activeElement).toBe(screen.getByTestId('action-submit'));
  });

  it('Escape cancels the question only: the form stays open as typed', async () => {
    const { user, bridge } = await filledIn();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByTestId('action-form-markInvalid')).toBeTruthy();
    expect((screen.getByTestId('act-explanation') as HTMLTextAreaElement).value).toBe('已向客户说明系其自行操作不当所致');
    expect(bridge.callsTo('complaints.act')).toHaveLength(0);
  });

  it('确认 sends the step once', async () => {
    const { user, bridge } = await filledIn();
    await user.click(screen.getByTestId('confirm-dialog-confirm'));
    await screen.findByTestId('action-done');
    expect(actionsSent(bridge).map((a) => a.action)).toEqual([{ type: 'markInvalid', reasonCode: 'customer_own_cause', explanation: '已向客户说明系其自行操作不当所致' }]);
  });

  it('an incomplete form shows its problems without asking', async () => {
    const { user } = await openStep(record, 'markInvalid');
    await user.click(screen.getByTestId('action-submit'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByTestId('action-form-markInvalid').textContent).toContain('请选择原因');
  });
});

describe('回访 asks first, saying what the answers will do', () => {
  const resolved = detailOf({ ...sampleComplaint, status: 'resolved', assigneeId: 'u-zhangwei', assigneeName: '张伟' }, { validity: 'valid', actions: ['callBack'] });

  async function answered(result: 'satisfied' | 'dissatisfied') {
    const opened = await openStep(resolved, 'callBack');
    const { user } = opened;
    await user.click(screen.getByTestId('act-method-phone'));
    await user.click(screen.getByTestId('act-resolutionAdequate-yes'));
    await user.click(screen.getByTestId('act-timeliness-satisfied'));
    await user.click(screen.getByTestId('act-attitude-satisfied'));
    await user.click(screen.getByTestId(`act-result-${result}`));
    await user.click(screen.getByTestId('action-submit'));
    return opened;
  }

  it('satisfied: the case closes and the customer is not called back again; sent once on 确认', async () => {
    const { user, bridge } = await answered('satisfied');
    expect(screen.getByRole('dialog', { name: '回访满意，结案？' })).toBeTruthy();
    expect(dialogText()).toContain('本案将结案，状态变为“已结案”，从待办中移除。');
    expect(dialogText()).toContain('结案后不再回访客户，本案也不能重新打开。');
    expect(bridge.callsTo('complaints.act')).toHaveLength(0);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: '回访' }));
    await screen.findByTestId('action-done');
    expect(actionsSent(bridge)).toHaveLength(1);
    expect(actionsSent(bridge)[0]!.action).toMatchObject({ type: 'callBack', result: 'satisfied' });
  });

  it('dissatisfied: the case is escalated and goes back to handling; 取消 keeps every answer', async () => {
    const { user, bridge } = await answered('dissatisfied');
    expect(dialogText()).toContain('本案将自动升级，并退回继续处理；升级记录不能撤销。');
    await user.click(screen.getByTestId('confirm-dialog-cancel'));
    expect(bridge.callsTo('complaints.act')).toHaveLength(0);
    expect((screen.getByTestId('act-result-dissatisfied') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('act-method-phone') as HTMLInputElement).checked).toBe(true);
  });
});

describe('结案 of a suggestion asks first', () => {
  const answeredSuggestion = detailOf({ ...sampleComplaint, kind: 'suggestion', status: 'resolved' }, { actions: ['close'] });

  it('says what it becomes and that it ends there; Escape cancels, 确认 sends it once with the note', async () => {
    const { user, bridge } = await openStep(answeredSuggestion, 'close');
    await user.type(screen.getByTestId('act-note'), '已采纳');
    await user.click(screen.getByTestId('action-submit'));
    expect(screen.getByRole('dialog', { name: '结案？' })).toBeTruthy();
    expect(dialogText()).toContain('本建议将结案，状态变为“已结案”，从待办中移除。');
    expect(dialogText()).toContain('结案后不再联系客户，也不能重新打开。');
    expect(document.activeElement).toBe(screen.getByTestId('confirm-dialog-cancel'));
    await user.keyboard('{Escape}');
    expect(bridge.callsTo('complaints.act')).toHaveLength(0);
    expect((screen.getByTestId('act-note') as HTMLTextAreaElement).value).toBe('已采纳');

    await user.click(screen.getByTestId('action-submit'));
    await user.click(screen.getByTestId('confirm-dialog-confirm'));
    await screen.findByTestId('action-done');
    expect(actionsSent(bridge).map((a) => a.action)).toEqual([{ type: 'close', note: '已采纳' }]);
  });
});
