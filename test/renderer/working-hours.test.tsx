import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { yearRanges } from '../../renderer/screens/settings/WorkingHoursForm';
import { limei, renderSignedIn, site, wangjg } from './fixtures';

describe('known calendar years in words', () => {
  it('joins consecutive years into ranges', () => {
    expect(yearRanges([2026, 2004, 2005, 2006, 2028])).toBe('2004–2006、2026、2028');
    expect(yearRanges([])).toBe('');
  });
});

describe('working hours (设置 › 作息时间)', () => {
  it('a station lead sees the hours and the calendar’s known years, changes the closing time and saves', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(wangjg, {
      'site.setWorkingHours': (input: { opens: string; closes: string }) => ({ ...site, workingHours: input }),
    });
    await user.click(screen.getByTestId('nav-settings'));
    const panel = await screen.findByTestId('working-hours');
    await waitFor(() => expect((within(panel).getByTestId('hours-opens') as HTMLInputElement).value).toBe('08:30'));
    expect(within(panel).getByTestId('calendar-coverage').textContent).toContain('2025–2026');
    expect(within(panel).getByTestId('calendar-coverage').textContent).toContain('2026年以后的期限按周一至周五暂定');

    const closes = within(panel).getByTestId('hours-closes');
    await user.clear(closes);
    await user.type(closes, '18:00');
    await user.click(within(panel).getByTestId('hours-save'));
    expect((await within(panel).findByRole('status')).textContent).toContain('作息时间已保存');
    expect(bridge.callsTo('site.setWorkingHours')[0]?.input).toEqual({ opens: '08:30', closes: '18:00' });
    expect(screen.getByTestId('site-info').textContent).toContain('08:30–18:00');
    // The zone as people name it, not its IANA id (issue 20 item 5).
    expect(screen.getByTestId('site-info').textContent).toContain('中国标准时间（GMT+08:00）');
    expect(screen.getByTestId('site-info').textContent).not.toContain('Asia/Shanghai');
  });

  it('shows the core’s field error under the closing time', async () => {
    const user = userEvent.setup();
    await renderSignedIn(wangjg, {
      'site.setWorkingHours': () => {
        throw new ApiError('VALIDATION', '输入有误', [{ path: 'closes', message: '下班时间须晚于上班时间' }]);
      },
    });
    await user.click(screen.getByTestId('nav-settings'));
    const panel = await screen.findByTestId('working-hours');
    await user.click(within(panel).getByTestId('hours-save'));
    await waitFor(() => expect(panel.textContent).toContain('下班时间须晚于上班时间'));
    expect(within(panel).getByTestId('hours-closes').getAttribute('aria-invalid')).toBe('true');
  });

  it('is not offered to a receiver', async () => {
    const user = userEvent.setup();
    await renderSignedIn(limei);
    await user.click(screen.getByTestId('nav-settings'));
    await screen.findByTestId('site-info');
    expect(screen.queryByTestId('working-hours')).toBeNull();
  });
});
