import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProcedureRoles } from '../../shared/api/procedure';
import { ApiError } from '../../shared/api/errors';
import { findPack } from '../../shared/rules/packs';
import { limei, renderSignedIn, wangjg } from './fixtures';

const bank = findPack('bank-outlet')!.procedure!;
const mapping = (holders: ProcedureRoles['holders']): ProcedureRoles => ({
  packId: 'bank-outlet',
  roles: bank.roles.map((r) => ({ id: r.id, name: r.name, source: r.source, choice: r.choice ?? null })),
  holders,
});

describe('posts and routes (设置 › 岗位与流程)', () => {
  it('the station lead assigns the outlet’s posts to users, several to one person, each tick saved at once', async () => {
    const user = userEvent.setup();
    let current = mapping([]);
    const { bridge } = await renderSignedIn(wangjg, {
      'procedure.roles': () => current,
      'procedure.setHolder': (input: { userId: string; roleIds: string[] }) => {
        current = mapping([...current.holders.filter((h) => h.userId !== input.userId), ...(input.roleIds.length ? [{ userId: input.userId, roleIds: input.roleIds }] : [])]);
        return current;
      },
    });
    await user.click(screen.getByTestId('nav-settings'));
    const panel = await screen.findByTestId('procedure-roles');
    // The posts in the source's words, as columns.
    await waitFor(() => expect(panel.textContent).toContain('网点负责人'));
    expect(panel.textContent).toContain('投诉管理人');
    expect(panel.textContent).toContain('首位受理员工');
    expect(within(panel).queryByTestId('procedure-unheld')).toBeNull();

    await user.click(within(panel).getByTestId('procedure-wangjg-outlet_head'));
    await waitFor(() => expect((within(panel).getByTestId('procedure-wangjg-outlet_head') as HTMLInputElement).checked).toBe(true));
    expect(bridge.callsTo('procedure.setHolder')[0]?.input).toEqual({ userId: 'u-wangjg', roleIds: ['outlet_head'] });
    // Once anyone holds a post, the posts no one holds are named: their steps would wait for a holder.
    expect(within(panel).getByTestId('procedure-unheld').textContent).toContain('投诉管理人、首位受理员工');

    await user.click(within(panel).getByTestId('procedure-wangjg-first_employee'));
    await waitFor(() => expect(bridge.callsTo('procedure.setHolder')).toHaveLength(2));
    expect(bridge.callsTo('procedure.setHolder')[1]?.input).toEqual({ userId: 'u-wangjg', roleIds: ['outlet_head', 'first_employee'] });
    await user.click(within(panel).getByTestId('procedure-limei-complaint_manager'));
    await waitFor(() => expect(within(panel).queryByTestId('procedure-unheld')).toBeNull());

    await user.click(within(panel).getByTestId('procedure-wangjg-outlet_head'));
    await waitFor(() => expect(bridge.callsTo('procedure.setHolder')[3]?.input).toEqual({ userId: 'u-wangjg', roleIds: ['first_employee'] }));
  });

  it('says the app’s own roles apply where the pack names no posts', async () => {
    const user = userEvent.setup();
    await renderSignedIn(wangjg);
    await user.click(screen.getByTestId('nav-settings'));
    const panel = await screen.findByTestId('procedure-roles');
    expect(panel.textContent).toContain('本站规则没有规定岗位流程');
    expect(within(panel).queryAllByRole('checkbox')).toHaveLength(0);
  });

  it('shows the core’s refusal in words', async () => {
    const user = userEvent.setup();
    await renderSignedIn(wangjg, {
      'procedure.roles': () => mapping([]),
      'procedure.setHolder': () => {
        throw ApiError.because('VALIDATION', 'procedure.errors.noSuchRole', { role: 'teller' }, 'roleIds');
      },
    });
    await user.click(screen.getByTestId('nav-settings'));
    const panel = await screen.findByTestId('procedure-roles');
    await waitFor(() => expect(within(panel).getAllByRole('checkbox').length).toBeGreaterThan(0));
    await user.click(within(panel).getByTestId('procedure-limei-outlet_head'));
    await waitFor(() => expect(panel.textContent).toContain('本站规则没有岗位 teller'));
  });

  it('is not offered to a receiver', async () => {
    const user = userEvent.setup();
    await renderSignedIn(limei);
    await user.click(screen.getByTestId('nav-settings'));
    await screen.findByTestId('site-info');
    expect(screen.queryByTestId('procedure-roles')).toBeNull();
  });
});
