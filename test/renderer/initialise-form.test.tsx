import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { InitialiseForm } from '../../renderer/screens/setup/InitialiseForm';
import { fakeCore, statusFor } from './fixtures';

/** The first-run form's own checks, before anything is sent to the core. */
describe('InitialiseForm', () => {
  const empty = () => statusFor(null, { initialised: false, site: null, signInChoices: [] });
  const input = (id: string) => document.getElementById(id) as HTMLInputElement;

  it('marks every field left empty and sends nothing', async () => {
    const user = userEvent.setup();
    const bridge = fakeCore(undefined, { 'session.status': empty });
    render(<InitialiseForm onBack={() => undefined} />);
    await user.clear(input('admin-login'));
    await user.click(screen.getByText('完成初始化'));
    for (const id of ['site-code', 'site-name', 'site-organisation', 'admin-login', 'admin-displayName', 'admin-secret']) expect(input(id).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('此项必填').length).toBe(6);
    expect(bridge.callsTo('setup.initialise')).toEqual([]);
  });

  it('asks a PIN of six digits with a number pad, and refuses a shorter one', async () => {
    const user = userEvent.setup();
    const bridge = fakeCore(undefined, { 'session.status': empty });
    render(<InitialiseForm onBack={() => undefined} />);
    expect(input('admin-secret').inputMode).toBe('');
    await user.click(screen.getByLabelText('PIN（6 位数字）'));
    expect(input('admin-secret').inputMode).toBe('numeric');
    await user.type(input('site-code'), 'RW01');
    await user.type(input('site-name'), '某站');
    await user.type(input('site-organisation'), '某单位');
    await user.type(input('admin-displayName'), '赵站长');
    await user.type(input('admin-secret'), '1234');
    await user.click(screen.getByText('完成初始化'));
    expect(input('admin-secret').getAttribute('aria-invalid')).toBe('true');
    expect(input('site-code').getAttribute('aria-invalid')).toBeNull();
    expect(bridge.callsTo('setup.initialise')).toEqual([]);
  });

  it('goes back without sending', async () => {
    const onBack = vi.fn();
    fakeCore(undefined, { 'session.status': empty });
    render(<InitialiseForm onBack={onBack} />);
    await userEvent.click(screen.getByText('返回'));
    expect(onBack).toHaveBeenCalledTimes(1);
  });
});
