import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderSignedIn, sampleComplaint, wangjg } from './fixtures';
import { measureHeads } from '../../shared/reports/compute';
import { REPORT_DEFINITIONS } from '../../shared/reports/definitions';

describe('status bar and navigation', () => {
  it('shows site, user with roles, queue length and last sync', async () => {
    await renderSignedIn(wangjg);
    const bar = screen.getByTestId('status-bar');
    await waitFor(() => expect(within(bar).getByTestId('queue-length').textContent).toBe('3'));
    expect(bar.textContent).toContain('阳42井站');
    expect(bar.textContent).toContain('YY42');
    expect(bar.textContent).toContain('王建国');
    expect(bar.textContent).toContain('站长/网点负责人');
    expect(bar.textContent).toContain('同步队列');
    expect(bar.textContent).toContain('从未同步');
  });

  it('refreshes the queue length right after a write', async () => {
    const user = userEvent.setup();
    let queue = 3;
    const { bridge } = await renderSignedIn(undefined, {
      'sync.status': () => ({ queueLength: queue, oldestPendingAt: null, lastSuccessAt: '2026-03-01T02:00:00.000Z' }),
      'complaints.create': () => {
        queue = 4;
        return sampleComplaint;
      },
    });
    await waitFor(() => expect(screen.getByTestId('queue-length').textContent).toBe('3'));
    // Months ago: the day and time as people say them (the year is added once it is another year).
    expect(screen.getByTestId('status-bar').textContent).toMatch(/上次同步 (2026年)?3月1日 10:00/);
    const before = bridge.callsTo('sync.status').length;

    await user.click(screen.getByTestId('new-complaint'));
    await user.click(screen.getByTestId('field-kind-inquiry'));
    await user.selectOptions(screen.getByTestId('field-channel'), 'phone');
    await user.type(screen.getByTestId('field-customerName'), '吴晓燕');
    await user.type(screen.getByTestId('field-content'), '询问停气检修时间。');
    await user.click(screen.getByTestId('save-complaint'));

    await waitFor(() => expect(screen.getByTestId('queue-length').textContent).toBe('4'));
    expect(bridge.callsTo('sync.status').length).toBeGreaterThan(before);
  });

  it('navigates to the checklists, reports, sync and settings screens', async () => {
    const user = userEvent.setup();
    const general = REPORT_DEFINITIONS.find((d) => d.id === 'general-statistics')!;
    await renderSignedIn(wangjg, { 'reports.definitions': () => ({ definitions: [{ ...general, heads: measureHeads(general) }], units: ['一班'], restrictedUnit: null, today: '2026-03-05' }) });
    await user.click(screen.getByTestId('nav-checklists'));
    expect((await screen.findByTestId('checklists-page')).textContent).toContain('检查表与台帐');
    expect(screen.getByTestId('nav-checklists').getAttribute('aria-current')).toBe('page');
    await user.click(screen.getByTestId('nav-reports'));
    const controls = await screen.findByTestId('report-controls');
    expect(controls.textContent).toContain('投诉综合统计');
    expect((screen.getByTestId('report-period-key') as HTMLInputElement).value).toBe('2026-03');
    await user.click(screen.getByTestId('nav-sync'));
    expect(screen.getByText(/本机尚未在总部登记/)).toBeTruthy();
    expect(screen.getByTestId('nav-sync').getAttribute('aria-current')).toBe('page');
    await user.click(screen.getByTestId('nav-settings'));
    expect((await screen.findByTestId('site-info')).textContent).toContain('四川某实业集团 客户投诉管理办法（试行）');
    // A station lead manages users: list and add form.
    expect((await screen.findByTestId('user-list')).textContent).toContain('总部管理员');
    expect(screen.getByTestId('add-user')).toBeTruthy();
  });

  it('hides user management from roles without users.manage', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn();
    await user.click(screen.getByTestId('nav-settings'));
    await within(await screen.findByTestId('site-info')).findByText('四川某实业集团 客户投诉管理办法（试行）');
    expect(screen.queryByTestId('add-user')).toBeNull();
    expect(screen.queryByTestId('user-list')).toBeNull();
    expect(bridge.callsTo('users.list')).toHaveLength(0);
  });
});
