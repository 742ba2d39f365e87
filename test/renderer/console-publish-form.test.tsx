import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PublishForm } from '../../renderer/console/screens/PublishForm';
import { useSitesStore } from '../../renderer/console/stores/sites-store';
import { CONSOLE_PATHS } from '../../shared/sync/console-api';
import { stubConsoleServer } from './console-server-stub';

/** The console's 发布参考数据 form: checked before it is sent, then posted as one reference item. */
const server = stubConsoleServer();
const field = (id: string) => document.getElementById(id) as HTMLInputElement;
const posts = () => server.sent.filter((s) => s.method === 'POST');

beforeEach(() => {
  useSitesStore.setState({ sites: null });
  server.routes[`GET ${CONSOLE_PATHS.sites}`] = () => ({ status: 200, json: { sites: [] } });
});

describe('PublishForm', () => {
  it('refuses an empty form field by field and sends nothing', async () => {
    const user = userEvent.setup();
    render(<PublishForm onPublished={() => undefined} />);
    await user.click(screen.getByTestId('publish'));
    expect(await screen.findByText('请填写编号')).toBeTruthy();
    expect(screen.getByText('版本号须为正整数')).toBeTruthy();
    expect(screen.getByText(/JSON 格式不正确/)).toBeTruthy();
    expect(posts()).toEqual([]);
  });

  it('lists a template body’s problems by path instead of sending it', async () => {
    const user = userEvent.setup();
    render(<PublishForm onPublished={() => undefined} />);
    await user.type(field('ref-id'), 't1');
    await user.type(field('ref-version'), '1');
    await user.click(field('ref-body'));
    await user.paste('{}');
    await user.click(screen.getByTestId('publish'));
    expect((await screen.findByTestId('body-issues')).textContent).toMatch(/内容未通过校验/);
    expect(posts()).toEqual([]);
  });

  it('publishes a calendar to every site and says with which cursor', async () => {
    server.routes[`POST ${CONSOLE_PATHS.reference}`] = () => ({ status: 200, json: { cursor: 7 } });
    const onPublished = vi.fn();
    const user = userEvent.setup();
    render(<PublishForm onPublished={onPublished} />);
    await user.selectOptions(field('ref-kind'), 'calendar');
    await user.type(field('ref-id'), ' cal-2027 ');
    await user.type(field('ref-version'), '2');
    await user.click(field('ref-body'));
    await user.paste('{"holidays":[]}');
    await user.click(screen.getByTestId('publish'));
    expect((await screen.findByTestId('publish-outcome')).textContent).toMatch(/第 2 版，游标 7/);
    expect(posts()[0]?.body).toEqual({ kind: 'calendar', id: 'cal-2027', version: 2, body: { holidays: [] }, siteId: null });
    await waitFor(() => expect(onPublished).toHaveBeenCalledTimes(1));
  });
});
