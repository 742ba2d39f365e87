import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PersonalRegisterScreen } from '../../renderer/console/screens/PersonalRegisterScreen';
import { usePersonalRegister } from '../../renderer/console/stores/personal-register-store';
import { useSitesStore } from '../../renderer/console/stores/sites-store';
import { CONSOLE_PRIVACY_PATHS, type RegisterEntry } from '../../shared/sync/console-privacy-api';
import { stubConsoleServer } from './console-server-stub';

const server = stubConsoleServer();
afterEach(() => {
  usePersonalRegister.setState({ filters: { days: 30 }, entries: null, error: null });
  useSitesStore.setState({ sites: null });
});

const headOffice: RegisterEntry = {
  id: 'h1', source: 'headOffice', at: '2026-11-23T08:00:00.000Z', userName: '李总部', action: 'reveal', subject: 'complaint',
  siteId: 's1', siteCode: 'PM01', recordId: 'c1', rowCount: null, reason: '客户来电核对', place: '总部控制台',
};
const fromSite: RegisterEntry = {
  id: 'e1', source: 'site', at: '2026-11-22T08:00:00.000Z', userName: '赵站长', action: 'export', subject: '意见登记簿.xlsx',
  siteId: 's2', siteCode: 'QQ02', recordId: null, rowCount: 40, reason: '季度检查', place: '青青网点（QQ02） PC-1',
};

describe('console 个人信息访问登记', () => {
  it("lists head office's entries with the sites' and asks the server again for each filter: site, action, person, days", async () => {
    useSitesStore.setState({ sites: [{ id: 's2', code: 'QQ02', name: '青青网点' }] as never });
    server.routes = {
      [`GET ${CONSOLE_PRIVACY_PATHS.register}?days=30`]: () => ({ status: 200, json: { entries: [headOffice, fromSite] } }),
      [`GET ${CONSOLE_PRIVACY_PATHS.register}?days=30&siteId=s2`]: () => ({ status: 200, json: { entries: [fromSite] } }),
      [`GET ${CONSOLE_PRIVACY_PATHS.register}?days=30&siteId=s2&action=export`]: () => ({ status: 200, json: { entries: [fromSite] } }),
      [`GET ${CONSOLE_PRIVACY_PATHS.register}?days=30&siteId=s2&action=export&person=${encodeURIComponent('赵')}`]: () => ({ status: 200, json: { entries: [fromSite] } }),
      [`GET ${CONSOLE_PRIVACY_PATHS.register}?days=90&siteId=s2&action=export&person=${encodeURIComponent('赵')}`]: () => ({ status: 200, json: { entries: [] } }),
    };
    const user = userEvent.setup();
    render(<PersonalRegisterScreen />);
    const ho = await screen.findByTestId('register-h1');
    expect(ho.textContent).toContain('总部');
    expect(ho.textContent).toContain('查看完整信息');
    expect(ho.textContent).toContain('客户来电核对');
    const site = screen.getByTestId('register-e1');
    expect(within(site).getByText('导出')).toBeTruthy();
    expect(site.textContent).toContain('40');
    expect(site.textContent).toContain('季度检查');

    await user.selectOptions(screen.getByTestId('site-filter'), 's2');
    await waitFor(() => expect(screen.queryByTestId('register-h1')).toBeNull());
    await user.selectOptions(screen.getByTestId('register-action'), 'export');
    await user.type(screen.getByTestId('register-person'), '赵{Enter}');
    await user.selectOptions(screen.getByTestId('register-days'), '90');
    expect(await screen.findByText('没有符合条件的登记。')).toBeTruthy();
    expect(server.sent.map((s) => s.path)).toContain(`${CONSOLE_PRIVACY_PATHS.register}?days=90&siteId=s2&action=export&person=${encodeURIComponent('赵')}`);
  });
});
