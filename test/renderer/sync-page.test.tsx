import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SyncConflict, SyncStatus } from '../../shared/api/sync';
import { ApiError } from '../../shared/api/errors';
import { descriptionOf, limei, renderSignedIn, wangjg } from './fixtures';

const idle: SyncStatus = {
  queueLength: 3,
  oldestPendingAt: new Date(Date.now() - 60_000).toISOString(),
  lastSuccessAt: null,
  enrolled: false,
  serverUrl: null,
  lastError: null,
  progress: null,
  nextAttemptAt: null,
  intervalMinutes: 5,
  failures: 0,
  conflicts: 0,
};
const enrolled: SyncStatus = { ...idle, enrolled: true, serverUrl: 'https://ho.example.com/', nextAttemptAt: '2026-11-23T02:05:00.000Z' };

async function openSyncPage(status: () => SyncStatus, overrides: Parameters<typeof renderSignedIn>[1] = {}, user = wangjg) {
  const events = userEvent.setup();
  const rendered = await renderSignedIn(user, { 'sync.status': status, 'sync.conflicts': () => ({ items: [] }), 'sync.remarks': () => ({ items: [] }), ...overrides });
  await events.click(screen.getByTestId('nav-sync'));
  await screen.findByTestId('sync-page');
  return { events, ...rendered };
}

describe('sync page: enrolment', () => {
  it('checks the fields before asking the core', async () => {
    const { events, bridge } = await openSyncPage(() => idle);
    await events.clear(screen.getByTestId('enrol-deviceName'));
    await events.click(screen.getByTestId('enrol-submit'));
    expect(descriptionOf(screen.getByTestId('enrol-serverUrl'))).toContain('请输入 http:// 或 https:// 开头的总部服务器地址');
    expect(descriptionOf(screen.getByTestId('enrol-code'))).toContain('请输入总部给的登记码');
    expect(descriptionOf(screen.getByTestId('enrol-deviceName'))).toContain('请填写本机名称');
    expect(bridge.callsTo('sync.enrol')).toHaveLength(0);
  });

  it('says a wrong code at the code and an unreachable server at the address', async () => {
    let answer: 'code' | 'address' = 'code';
    const { events, bridge } = await openSyncPage(() => idle, {
      'sync.enrol': () => {
        if (answer === 'code') throw new ApiError('FORBIDDEN', '登记码无效、已使用或已过期，请向总部索取新码 / enrolment code unknown, used or expired', [{ path: 'code', message: '登记码无效、已使用或已过期，请向总部索取新码 / enrolment code unknown, used or expired' }]);
        throw new ApiError('CONFLICT', '无法连接该地址的总部服务器：请核对地址，并确认本机已联网 / cannot reach', [{ path: 'serverUrl', message: '无法连接该地址的总部服务器：请核对地址，并确认本机已联网 / cannot reach' }]);
      },
    });
    expect((screen.getByTestId('enrol-deviceName') as HTMLInputElement).value).toBe('阳42井站电脑');
    await events.type(screen.getByTestId('enrol-serverUrl'), 'https://ho.example.com');
    await events.type(screen.getByTestId('enrol-code'), 'AAAA-BBBB-CCCC');
    await events.click(screen.getByTestId('enrol-submit'));
    await waitFor(() => expect(descriptionOf(screen.getByTestId('enrol-code'))).toContain('登记码无效、已使用或已过期'));
    expect(bridge.callsTo('sync.enrol')[0]!.input).toEqual({ serverUrl: 'https://ho.example.com', code: 'AAAA-BBBB-CCCC', deviceName: '阳42井站电脑' });

    answer = 'address';
    await events.click(screen.getByTestId('enrol-submit'));
    await waitFor(() => expect(descriptionOf(screen.getByTestId('enrol-serverUrl'))).toContain('无法连接该地址的总部服务器'));
    expect(descriptionOf(screen.getByTestId('enrol-code'))).not.toContain('登记码无效');
  });

  it('shows the enrolled site after a good code, and the 立即同步 button', async () => {
    let status = idle;
    const { events } = await openSyncPage(() => status, {
      'sync.enrol': () => {
        status = enrolled;
        return { siteId: 's1', siteCode: 'YY42', deviceId: 'd1' };
      },
    });
    await events.type(screen.getByTestId('enrol-serverUrl'), 'https://ho.example.com');
    await events.type(screen.getByTestId('enrol-code'), '7K3Q-9M2X-TR4D');
    await events.click(screen.getByTestId('enrol-submit'));
    expect((await screen.findByTestId('sync-enrolled')).textContent).toContain('https://ho.example.com/');
    expect(screen.getByTestId('sync-enrolled').textContent).toContain('阳42井站（YY42）');
    expect(screen.getByTestId('sync-now').textContent).toBe('立即同步');
    expect(screen.queryByTestId('enrol-form')).toBeNull();
    expect(screen.getByTestId('sync-next-attempt').textContent).toBe('2026-11-23 10:05');
  });

  it('a revoked computer is told so in plain words and offered the enrolment form again', async () => {
    await openSyncPage(() => ({ ...enrolled, lastError: { code: 'device_revoked', status: 403, message: '总部已吊销此设备的凭证，请联系总部 / head office revoked this device', at: '2026-11-23T02:00:00.000Z' } }));
    expect(screen.getByTestId('sync-error-words').textContent).toBe('总部已停用本机的同步权限。请向总部索取新的登记码，然后在本页重新登记。');
    expect(within(screen.getByTestId('enrol-form')).getByText('重新登记本机')).toBeTruthy();
  });

  it('enrols from an enrolment file and the code: checked first, a wrong code said at the code, a damaged file at the file', async () => {
    let status = idle;
    let answer: 'code' | 'file' | 'ok' = 'code';
    const refuse = (path: string, message: string) => {
      throw new ApiError('VALIDATION', message, [{ path, message }]);
    };
    const { events, bridge } = await openSyncPage(() => status, {
      'sync.enrolByFile': () => {
        if (answer === 'code') refuse('code', '登记码与这份注册文件不符：请核对总部电话告知的登记码 / the code does not open this enrolment file');
        if (answer === 'file') refuse('dataBase64', '文件校验和不符：复制时已损坏，请从总部重新拷贝 / checksum mismatch');
        status = { ...enrolled, intervalMinutes: 0, nextAttemptAt: null };
        return { siteId: 's1', siteCode: 'YY42', deviceId: 'd1', alreadyEnrolled: false };
      },
    });
    await events.click(screen.getByTestId('enrol-mode-file'));
    expect(screen.queryByTestId('enrol-serverUrl')).toBeNull();
    await events.click(screen.getByTestId('enrol-file-submit'));
    expect(descriptionOf(screen.getByTestId('enrol-file'))).toContain('请选择总部给的注册文件');
    expect(descriptionOf(screen.getByTestId('enrol-file-code'))).toContain('请输入总部给的登记码');
    expect(bridge.callsTo('sync.enrolByFile')).toHaveLength(0);

    await events.upload(screen.getByTestId('enrol-file'), new File([new Uint8Array([31, 139, 8, 0])], 'YY42-注册-20261204.branchline'));
    await events.type(screen.getByTestId('enrol-file-code'), '7K3Q-9M2X-TR4D');
    await events.click(screen.getByTestId('enrol-file-submit'));
    await waitFor(() => expect(descriptionOf(screen.getByTestId('enrol-file-code'))).toContain('登记码与这份注册文件不符'));
    expect(bridge.callsTo('sync.enrolByFile')[0]!.input).toEqual({ fileName: 'YY42-注册-20261204.branchline', dataBase64: 'H4sIAA==', code: '7K3Q-9M2X-TR4D' });

    answer = 'file';
    await events.click(screen.getByTestId('enrol-file-submit'));
    await waitFor(() => expect(descriptionOf(screen.getByTestId('enrol-file'))).toContain('文件校验和不符'));
    expect(descriptionOf(screen.getByTestId('enrol-file-code'))).not.toContain('登记码与这份注册文件不符');

    answer = 'ok';
    await events.click(screen.getByTestId('enrol-file-submit'));
    expect((await screen.findByTestId('sync-enrolled')).textContent).toContain('阳42井站（YY42）');
    expect(screen.getByTestId('sync-next-attempt').textContent).toBe('自动同步已关闭');
    expect(screen.getByTestId('sync-usb')).toBeTruthy();
  });

  it('says a file already used here is already enrolled', async () => {
    const revoked = { ...enrolled, lastError: { code: 'device_revoked', status: 403, message: '总部已吊销此设备的凭证，请联系总部 / head office revoked this device', at: '2026-11-23T02:00:00.000Z' } };
    const { events } = await openSyncPage(() => revoked, { 'sync.enrolByFile': () => ({ siteId: 's1', siteCode: 'YY42', deviceId: 'd1', alreadyEnrolled: true }) });
    await events.click(screen.getByTestId('enrol-mode-file'));
    await events.upload(screen.getByTestId('enrol-file'), new File(['x'], 'YY42-注册-20261204.branchline'));
    await events.type(screen.getByTestId('enrol-file-code'), '7K3Q-9M2X-TR4D');
    await events.click(screen.getByTestId('enrol-file-submit'));
    expect((await screen.findByTestId('enrol-file-done')).textContent).toBe('本机已用这份注册文件登记（站点 YY42），未作任何改动。如需重新登记，请向总部索取新的注册文件。');
  });

  it('a receiver sees the state but neither the form nor the button', async () => {
    await openSyncPage(() => idle, {}, limei);
    expect(screen.getByText(/请站长在本页输入总部服务器地址和登记码/)).toBeTruthy();
    expect(screen.queryByTestId('enrol-form')).toBeNull();
    expect(screen.queryByTestId('sync-now')).toBeNull();
  });
});

describe('sync page: a run', () => {
  it('shows a progress bar with phase, counts and KB while the run lasts, polling fast, then the result', async () => {
    let status: SyncStatus = enrolled;
    let finish!: () => void;
    const { events, bridge } = await openSyncPage(() => status, {
      'sync.runNow': () =>
        new Promise((resolve) => {
          finish = () => resolve({ pushed: 50, pulled: 2, bytes: 9000 });
        }),
    });
    status = { ...enrolled, progress: { phase: 'push', sent: 20, total: 50, bytes: 4096 } };
    await events.click(screen.getByTestId('sync-now'));
    const bar = await screen.findByTestId('sync-progress');
    await waitFor(() => expect(within(bar).getByTestId('sync-progress-counts').textContent).toBe('20 / 50 条'));
    expect(within(bar).getByTestId('sync-progress-bytes').textContent).toBe('已传输 4.0 KB');
    expect(bar.textContent).toContain('正在上传');
    expect((bar.querySelector('progress') as HTMLProgressElement).value).toBe(20);
    expect(screen.getByTestId('sync-now').hasAttribute('disabled')).toBe(true);
    expect(screen.getByTestId('sync-running').textContent).toBe('同步中');

    // Polled every 500 ms while running.
    const before = bridge.callsTo('sync.status').length;
    await act(() => new Promise((r) => setTimeout(r, 1300)));
    expect(bridge.callsTo('sync.status').length - before).toBeGreaterThanOrEqual(2);

    status = { ...enrolled, progress: null, queueLength: 0, lastSuccessAt: new Date().toISOString() };
    await act(async () => finish());
    expect((await screen.findByTestId('sync-done')).textContent).toBe('本次同步完成：上传 50 条，收到 2 项总部资料。');
    expect(screen.queryByTestId('sync-progress')).toBeNull();
    expect(screen.getByTestId('sync-queue-length').textContent).toBe('0 条');
    expect(screen.getByTestId('last-sync').textContent).toBe('上次同步 刚刚');
    expect(screen.queryByTestId('sync-running')).toBeNull();
  });

  it('changes the interval through the core', async () => {
    let status = enrolled;
    const { events, bridge } = await openSyncPage(() => status, {
      'sync.setInterval': (input: { minutes: number }) => {
        status = { ...enrolled, intervalMinutes: input.minutes };
        return input;
      },
    });
    await events.selectOptions(screen.getByTestId('sync-interval-select'), '15');
    expect(await screen.findByText('已保存：每 15 分钟。')).toBeTruthy();
    expect(bridge.callsTo('sync.setInterval')[0]!.input).toEqual({ minutes: 15 });
  });
});

describe('sync page: the last error in plain words', () => {
  const cases: [SyncStatus['lastError'], string][] = [
    [{ code: 'network', message: '无法连接总部服务器，稍后会重试 / cannot reach head office; will retry', at: '2026-11-23T02:00:00.000Z' }, '无法连接总部服务器。请检查本机网络'],
    [{ code: 'timeout', message: '总部服务器响应超时 / timeout', at: '2026-11-23T02:00:00.000Z' }, '总部服务器长时间没有回应'],
    [{ code: 'unauthorized', status: 401, message: '设备凭证缺失或无效 / bad credential', at: '2026-11-23T02:00:00.000Z' }, '总部不认识本机的登记凭据'],
    [{ code: 'too_large', status: 413, message: '请求过大 / too large', at: '2026-11-23T02:00:00.000Z' }, '一次上传的数据超过了总部允许的大小'],
    [{ code: 'http', status: 502, message: '总部服务器返回错误 502 / head office answered 502', at: '2026-11-23T02:00:00.000Z' }, '总部服务器出现故障'],
    [{ code: 'internal', status: 500, message: 'internal', at: '2026-11-23T02:00:00.000Z' }, '总部服务器出现故障'],
    [{ code: 'overloaded', status: 503, message: '总部正忙 / head office is busy', at: '2026-11-23T02:00:00.000Z' }, '总部服务器正忙（同时同步的网点较多）'],
    [{ code: 'http', status: 503, message: '总部服务器返回错误 503 / head office answered 503', at: '2026-11-23T02:00:00.000Z' }, '本机会按总部要求的时间稍后自动重试'],
  ];
  it.each(cases)('%o', async (lastError, words) => {
    await openSyncPage(() => ({ ...enrolled, lastError, failures: 3 }));
    expect(screen.getByTestId('sync-error-words').textContent).toContain(words);
    expect(screen.getByTestId('sync-error').textContent).toContain('已连续失败 3 次');
    // The engine's own words stay, folded, for whoever helps on the phone.
    const detail = screen.getByTestId('sync-error-detail').textContent!;
    expect(detail).toContain(lastError!.code);
    expect(detail).toContain(lastError!.message);
    if (lastError!.status) expect(detail).toContain(`HTTP ${lastError!.status}`);
  });

  it('in English too', async () => {
    const events = userEvent.setup();
    await openSyncPage(() => ({ ...enrolled, lastError: { code: 'network', message: 'x / y', at: '2026-11-23T02:00:00.000Z' } }));
    await events.click(screen.getByTestId('lang-toggle'));
    await waitFor(() => expect(screen.getByTestId('sync-error-words').textContent).toContain('Cannot reach the head-office server.'));
  });
});

describe('sync page: conflicts', () => {
  it('lists head-office decisions that met a site change and sends the person’s choice', async () => {
    const conflict: SyncConflict = { id: 'c1', entity: 'complaint', entityId: 'x', label: 'YY42-20261123-001', field: 'classCode', siteValue: 'major', headOfficeValue: 'ordinary', note: '总部复核维持原级别', detectedAt: '2026-11-23T02:00:00.000Z' };
    let items = [conflict];
    const { events, bridge } = await openSyncPage(() => ({ ...enrolled, conflicts: items.length }), {
      'sync.conflicts': () => ({ items }),
      'sync.resolveConflict': () => {
        items = [];
        return { id: 'c1' };
      },
    });
    const row = await screen.findByTestId('sync-conflict');
    expect(row.textContent).toContain('YY42-20261123-001');
    expect(row.textContent).toContain('投诉级别');
    expect(row.textContent).toContain('总部复核维持原级别');
    expect(screen.getByTestId('sync-warning').textContent).toContain('1 个冲突待处理');
    await events.click(within(row).getByTestId('conflict-take-head-office'));
    await waitFor(() => expect(screen.queryByTestId('sync-conflict')).toBeNull());
    expect(bridge.callsTo('sync.resolveConflict')[0]!.input).toEqual({ id: 'c1', keep: 'headOffice' });
    expect(screen.getByText('没有待处理的冲突。')).toBeTruthy();
  });
});

describe('sync page: head-office remarks', () => {
  it('lists what head office said and what the merge did with each field', async () => {
    await openSyncPage(() => enrolled, {
      'sync.remarks': () => ({
        items: [{ remarkId: 'r1', entity: 'complaint', entityId: 'x', label: 'YY42-20261123-001', remark: '请三日内回访', note: '影响面大', author: '总部客服部', outcome: { headOfficeRemark: 'taken', classCode: 'conflict' }, mergedAt: '2026-11-23T02:00:00.000Z' }],
      }),
    });
    const row = await screen.findByTestId('sync-remark');
    expect(row.textContent).toContain('请三日内回访');
    expect(row.textContent).toContain('影响面大 — 总部客服部');
    expect(row.textContent).toContain('总部批注：已采用、投诉级别：冲突，待处理');
    expect(row.textContent).toContain('2026-11-23 10:00');
  });
});

describe('status bar: sync', () => {
  it('the last success as people say it, a warning look after a failure or an old pending change', async () => {
    const today = new Date(Date.now() - 5 * 60_000);
    let status: SyncStatus = { ...enrolled, lastSuccessAt: today.toISOString() };
    const { events } = await openSyncPage(() => status);
    const look = screen.getByTestId('sync-look');
    expect(screen.getByTestId('last-sync').textContent).toBe('上次同步 5分钟前');
    expect(look.dataset.look).toBe('idle');
    expect(screen.queryByTestId('sync-warning')).toBeNull();

    status = { ...status, lastError: { code: 'network', message: 'x', at: today.toISOString() } };
    await events.click(screen.getByText('刷新'));
    await waitFor(() => expect(screen.getByTestId('sync-look').dataset.look).toBe('warning'));
    expect(screen.getByTestId('sync-warning').textContent).toContain('上次同步失败');

    status = { ...status, lastError: null, oldestPendingAt: new Date(Date.now() - 30 * 3_600_000).toISOString() };
    await events.click(screen.getByText('刷新'));
    // Past a day, the date and time it has waited since, never "30 小时前".
    await waitFor(() => expect(screen.getByTestId('sync-warning').textContent).toMatch(/^自 (\d{4}年)?\d{1,2}月\d{1,2}日 \d\d:\d\d 起的变更尚未上传$/));
  });
});
