import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import { fakeCore, limei, profileEntry, renderSignedIn, site, statusFor, wangjg } from './fixtures';

describe('organisation profile in Settings (issue 17)', () => {
  it('shows the station lead the site’s profile and lets them choose another: the pack follows, the checklist lists are read again', async () => {
    const user = userEvent.setup();
    const { bridge } = await renderSignedIn(wangjg, {
      'profiles.setSiteProfile': (input: { profileId: string }) => ({ ...site, profileId: input.profileId, rulePack: 'bank-outlet' }),
    });
    await user.click(screen.getByTestId('nav-settings'));
    const panel = await screen.findByTestId('profile-settings');
    await waitFor(() => expect(within(panel).getByTestId('profile-current').getAttribute('data-profile')).toBe('well-station'));
    expect(panel.textContent).toContain('天然气井站');
    // The pack and the forms by their names; no id, no seed number (issue 20 item 5).
    expect(panel.textContent).toContain('规则包四川某实业集团 客户投诉管理办法（试行）');
    expect(panel.textContent).toContain('污水拉运登记台帐、');
    expect(panel.textContent).not.toMatch(/sichuan-group-p6|seed0\d\d/);

    await user.selectOptions(within(panel).getByTestId('profile-choose'), 'bank-outlet');
    await user.click(within(panel).getByTestId('profile-save'));
    expect(bridge.callsTo('profiles.setSiteProfile')[0]?.input).toEqual({ profileId: 'bank-outlet' });
    expect((await within(panel).findByTestId('profile-saved')).textContent).toContain('银行营业网点');
    expect(within(panel).getByTestId('profile-saved').textContent).toContain('按规则包「营业网点客户投诉处理规范」定级');
    expect(within(panel).getByTestId('profile-current').getAttribute('data-profile')).toBe('bank-outlet');
  });

  it('shows the profile’s notes in Chinese on the Chinese page and in English after switching (issue 20 item 5)', async () => {
    const user = userEvent.setup();
    await renderSignedIn(wangjg);
    await user.click(screen.getByTestId('nav-settings'));
    const panel = await screen.findByTestId('profile-settings');
    await waitFor(() => expect(within(panel).getAllByTestId('profile-choice')).toHaveLength(3));
    const notes = () => within(panel).getAllByTestId('profile-choice');
    expect(notes()[0]!.textContent).toContain('没有给本站规定投诉处理程序');
    expect(notes()[1]!.textContent).toContain('合同条款审查');
    expect(notes()[2]!.textContent).toContain('原文没有给这个单位规定投诉内容的分类');
    expect(notes().map((n) => n.getAttribute('lang'))).toEqual(['zh-CN', 'zh-CN', 'zh-CN']);
    // No English sentence, and the seed ids cited as document titles.
    expect(notes().map((n) => n.textContent).join('')).not.toMatch(/[A-Za-z]+ [A-Za-z]+ [A-Za-z]+ [A-Za-z]+|seed0\d\d/);
    expect(notes()[0]!.textContent).toContain('《');

    await user.click(screen.getByTestId('lang-toggle'));
    await waitFor(() => expect(notes()[0]!.getAttribute('lang')).toBe('en'));
    expect(notes()[0]!.textContent).toContain('gives the station no complaint procedure');
    expect(notes()[2]!.textContent).toContain('The source gives this organisation no categories');
  });

  it('shows a receiver the profile but no choice', async () => {
    const user = userEvent.setup();
    await renderSignedIn(limei);
    await user.click(screen.getByTestId('nav-settings'));
    const panel = await screen.findByTestId('profile-settings');
    await within(panel).findByTestId('profile-current');
    expect(within(panel).queryByTestId('profile-choose')).toBeNull();
  });
});

describe('checklists of a site without a profile', () => {
  it('say that no form is shown until the station lead chooses the organisation', async () => {
    const user = userEvent.setup();
    await renderSignedIn(limei, { 'profiles.current': () => ({ profile: null }), 'checklists.templates': () => [], 'checklists.due': () => [] });
    await user.click(screen.getByTestId('nav-checklists'));
    expect((await screen.findByTestId('checklists-none')).textContent).toContain('尚未选择所属组织');
  });

  it('say that the organisation’s rules have no form, at a bank outlet', async () => {
    const user = userEvent.setup();
    await renderSignedIn(limei, { 'profiles.current': () => ({ profile: profileEntry('bank-outlet') }), 'checklists.templates': () => [], 'checklists.due': () => [] });
    await user.click(screen.getByTestId('nav-checklists'));
    expect((await screen.findByTestId('checklists-none')).textContent).toContain('没有检查表或台帐');
  });
});

describe('first run', () => {
  const empty = () => statusFor(null, { initialised: false, site: null, signInChoices: [] });

  it('loads the demo site chosen: a bank outlet instead of the well station', async () => {
    const bridge = fakeCore(undefined, { 'session.status': empty, 'setup.loadDemo': () => ({ loaded: true }) });
    render(<App />);
    await userEvent.selectOptions(await screen.findByTestId('demo-site'), 'bank-outlet');
    await userEvent.click(screen.getByTestId('load-demo'));
    await waitFor(() => expect(bridge.callsTo('setup.loadDemo')[0]?.input).toEqual({ site: 'bank-outlet' }));
  });

  it('shows no profile or pack id while the lists are still being read (issue 20 item 5)', async () => {
    const user = userEvent.setup();
    const pending = () => new Promise<never>(() => undefined);
    fakeCore(undefined, { 'session.status': empty, 'rules.shippedPacks': pending, 'profiles.list': pending });
    render(<App />);
    await user.click(await screen.findByTestId('start-initialise'));
    const profile = screen.getByTestId('setup-profile') as HTMLSelectElement;
    const pack = screen.getByTestId('setup-rulePack') as HTMLSelectElement;
    expect([profile.textContent, pack.textContent]).toEqual(['…', '…']);
    expect(profile.value).not.toBe('');
  });

  it('sets the site up for the organisation chosen, with its pack unless another is picked', async () => {
    const user = userEvent.setup();
    const bridge = fakeCore(undefined, {
      'session.status': empty,
      'rules.shippedPacks': () => [
        { id: 'sichuan-group-p6', version: '1.0.0', name: { zh: '篇6', en: 'P6' }, organisation: { zh: '四川某实业集团', en: 'Sichuan' }, source: 'seed003 篇6' },
        { id: 'seed002-doc11-heat-supply', version: '1.0.0', name: { zh: '供热', en: 'Heat' }, organisation: { zh: '某供热单位', en: 'Heat' }, source: 'seed002 客户管理制度11' },
      ],
      'setup.initialise': () => ({ session: 'token', user: wangjg }),
    });
    render(<App />);
    await user.click(await screen.findByTestId('start-initialise'));
    await waitFor(() => expect((screen.getByTestId('setup-profile') as HTMLSelectElement).options.length).toBeGreaterThan(20));
    await user.selectOptions(screen.getByTestId('setup-profile'), 'heat-supply');
    expect((screen.getByTestId('setup-rulePack') as HTMLSelectElement).value).toBe('seed002-doc11-heat-supply');
    expect((document.getElementById('site-organisation') as HTMLInputElement).value).toBe('某供热单位');
    await user.type(document.getElementById('site-code')!, 'RW01');
    await user.type(document.getElementById('site-name')!, '某供热站');
    await user.type(document.getElementById('admin-displayName')!, '赵站长');
    await user.type(document.getElementById('admin-secret')!, 'correct horse');
    await user.click(screen.getByText('完成初始化'));
    await waitFor(() => expect(bridge.callsTo('setup.initialise')[0]?.input).toMatchObject({ site: { profile: 'heat-supply', rulePack: 'seed002-doc11-heat-supply', organisation: '某供热单位' } }));
  });
});
