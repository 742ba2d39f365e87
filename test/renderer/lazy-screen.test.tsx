import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ReportsPage } from '../../renderer/components/lazy-screens';
import { lazyScreen } from '../../renderer/lib/lazy-screen';
import { App } from '../../renderer/App';
import { useSessionStore } from '../../renderer/stores/session-store';
import { fakeCore, statusFor, TOKEN, wangjg } from './fixtures';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('screens loaded on first use (issue 21 §3)', () => {
  it('shows the fallback until the chunk arrives, then the screen; preloading and rendering load it once', async () => {
    let loads = 0;
    const chunk = deferred<(props: { name: string }) => ReactElement>();
    const Screen = lazyScreen(() => {
      loads += 1;
      return chunk.promise;
    });
    void Screen.preload();
    render(
      <Suspense fallback={<p data-testid="loading">…</p>}>
        <Screen name="报表" />
      </Suspense>,
    );
    expect(screen.getByTestId('loading')).toBeTruthy();
    await act(async () => chunk.resolve(({ name }) => <h2 data-testid="screen">{name}</h2>));
    expect((await screen.findByTestId('screen')).textContent).toBe('报表');
    expect(screen.queryByTestId('loading')).toBeNull();
    expect(loads).toBe(1);
  });

  it('renders a screen whose chunk is already here in the same pass, without the fallback', async () => {
    const Screen = lazyScreen(async () => ({ name }: { name: string }) => <h2 data-testid="screen">{name}</h2>);
    await Screen.preload();
    render(
      <Suspense fallback={<p data-testid="loading">…</p>}>
        <Screen name="设置" />
      </Suspense>,
    );
    expect(screen.getByTestId('screen').textContent).toBe('设置');
    expect(screen.queryByTestId('loading')).toBeNull();
  });

  it('opens a screen of its own chunk from the navigation in the signed-in app', async () => {
    const user = userEvent.setup();
    // Not renderSignedIn, which loads every screen first.
    fakeCore(wangjg);
    useSessionStore.setState({ token: TOKEN, user: wangjg, status: statusFor(wangjg) });
    render(<App />);
    await screen.findByTestId('complaint-row');
    await user.click(screen.getByTestId('nav-settings'));
    expect(await screen.findByTestId('profile-settings', {}, { timeout: 15_000 })).toBeTruthy();
    await user.click(screen.getByTestId('nav-complaints'));
    await waitFor(() => expect(screen.getAllByTestId('complaint-row').length).toBeGreaterThan(0));
    // The settings screen's modules are compiled on first import here, slow on a loaded machine.
  }, 40_000);

  it('mounts the list again, and reads it again, when the person comes back before another screen’s chunk arrived', async () => {
    const user = userEvent.setup();
    const bridge = fakeCore(wangjg);
    useSessionStore.setState({ token: TOKEN, user: wangjg, status: statusFor(wangjg) });
    render(<App />);
    await screen.findByTestId('complaint-row');
    const reads = bridge.callsTo('complaints.list').length;
    // 报表's chunk is not loaded yet in this file: its screen suspends, and the person goes straight back.
    await user.click(screen.getByTestId('nav-reports'));
    await user.click(screen.getByTestId('nav-complaints'));
    await waitFor(() => expect(bridge.callsTo('complaints.list').length).toBeGreaterThan(reads));
    expect((await screen.findAllByTestId('complaint-row')).length).toBeGreaterThan(0);
    // Its chunk still arrives; the test ends after it, not while the module is loading.
    await ReportsPage.preload();
  }, 40_000);
});
