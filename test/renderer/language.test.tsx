import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import { LANGUAGE_STORAGE } from '../../renderer/i18n/i18n';
import { fakeCore, renderSignedIn } from './fixtures';

describe('language toggle', () => {
  it('switches the visible texts to English, remembers it, and tells the core', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn();
    expect(screen.getByTestId('nav-complaints').textContent).toBe('投诉登记');
    expect(screen.getByTestId('lang-toggle').textContent).toBe('English');

    await user.click(screen.getByTestId('lang-toggle'));

    expect(screen.getByTestId('nav-complaints').textContent).toBe('Complaints');
    expect(screen.getByTestId('nav-settings').textContent).toBe('Settings');
    expect(screen.getByTestId('sign-out').textContent).toBe('Sign out');
    expect(screen.getByTestId('status-bar').textContent).toContain('Sync queue');
    expect((await screen.findByTestId('complaint-row')).textContent).toContain('Phone');
    expect(screen.getByTestId('lang-toggle').textContent).toBe('中文');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    // Requests now ask the core for English messages.
    await user.click(screen.getByTestId('nav-sync'));
    await waitFor(() => expect(bridge.callsTo('sync.status').at(-1)?.lang).toBe('en'));

    await user.click(screen.getByTestId('lang-toggle'));
    expect(screen.getByTestId('nav-complaints').textContent).toBe('投诉登记');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE)).toBe('zh-CN');
  });

  it('is available on the sign-in screen too', async () => {
    const user = userEvent.setup();
    fakeCore();
    render(<App />);
    expect(await screen.findByText('请选择您的账号')).toBeTruthy();
    await user.click(screen.getByTestId('lang-toggle'));
    expect(screen.getByText('Choose your account')).toBeTruthy();
    expect(screen.getByTestId('signin-user-limei').textContent).toContain('Receiver / agent');
  });
});
