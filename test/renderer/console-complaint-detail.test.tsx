import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ComplaintDetailScreen } from '../../renderer/console/screens/ComplaintDetailScreen';
import { CONSOLE_PATHS, type ComplaintDetail } from '../../shared/sync/console-api';
import { stubConsoleServer } from './console-server-stub';
import { descriptionOf } from './fixtures';

const server = stubConsoleServer();

const detail: ComplaintDetail = {
  row: { siteId: 's1', siteCode: 'YY42', id: 'c1', serial: 'YY42-20261123-0001', kind: 'complaint', classCode: 'ordinary', status: 'accepted', receivedAt: '2026-11-23T01:00:00.000Z', dueAt: null, overdue: false, summary: '水压低', updatedAt: '2026-11-23T01:00:00.000Z' },
  siteName: '阳42井站',
  version: 3,
  payload: { customerName: '周桂芳', content: '水压低', classCode: 'ordinary' },
  history: [],
  people: {},
  rulePackId: 'sichuan-group-p6',
  remarks: [],
};
const written = { id: 'r1', author: '张总部', at: '2026-11-23T08:00:00.000Z', basedOnVersion: 3, remark: '请三日内回访', classCode: 'major', note: '影响面大' };

describe('console complaint detail: remarks and decisions', () => {
  it('shows the class by its name, offers the site pack’s classes, refuses an empty remark, then sends one based on the version shown and lists it', async () => {
    let remarks: (typeof written)[] = [];
    server.routes = {
      [`GET ${CONSOLE_PATHS.complaint('s1', 'c1')}`]: () => ({ status: 200, json: { ...detail, remarks } }),
      [`POST ${CONSOLE_PATHS.complaintRemarks('s1', 'c1')}`]: () => {
        remarks = [written];
        return { status: 201, json: { remark: written, cursor: 7 } };
      },
    };
    const user = userEvent.setup();
    render(<ComplaintDetailScreen siteId="s1" id="c1" />);
    expect((await screen.findByTestId('payload-classCode')).textContent).toBe('一般投诉');
    expect(screen.getByText('总部尚未对这条投诉写批注。')).toBeTruthy();
    const classes = within(screen.getByLabelText('升级/改定级别')).getAllByRole('option');
    expect(classes.map((o) => [o.textContent, (o as HTMLOptionElement).disabled])).toEqual([
      ['不改级别', false],
      ['一般投诉（当前）', true],
      ['重大投诉', false],
    ]);

    await user.click(screen.getByTestId('send-remark'));
    expect(descriptionOf(screen.getByLabelText('总部批注'))).toContain('请填写批注或选择新的级别');
    expect(server.sent.filter((s) => s.method === 'POST')).toEqual([]);

    await user.type(screen.getByLabelText('总部批注'), '  请三日内回访 ');
    await user.selectOptions(screen.getByLabelText('升级/改定级别'), 'major');
    await user.type(screen.getByLabelText('说明（可选）'), '影响面大');
    await user.click(screen.getByTestId('send-remark'));
    expect((await screen.findByTestId('remark-sent')).textContent).toBe('已发送给网点 YY42，网点下次同步时收到。');
    expect(server.sent.find((s) => s.method === 'POST')!.body).toEqual({ basedOnVersion: 3, remark: '请三日内回访', classCode: 'major', note: '影响面大' });
    const item = await screen.findByTestId('remark-item');
    expect(item.textContent).toContain('张总部');
    expect(item.textContent).toContain('改定级别为：重大投诉');
    expect(item.textContent).toContain('（依据第 3 版）');
  });

  it('says the server’s refusal (a newer version sent since) and, with no known pack, offers a remark only', async () => {
    server.routes = {
      [`GET ${CONSOLE_PATHS.complaint('s1', 'c1')}`]: () => ({ status: 200, json: { ...detail, rulePackId: null } }),
      [`POST ${CONSOLE_PATHS.complaintRemarks('s1', 'c1')}`]: () => ({ status: 409, json: { error: { code: 'conflict', message: '网点已上报这条投诉的第 4 版，请刷新后再写批注 / the site has sent version 4 since' } } }),
    };
    const user = userEvent.setup();
    render(<ComplaintDetailScreen siteId="s1" id="c1" />);
    expect((await screen.findByTestId('payload-classCode')).textContent).toBe('ordinary');
    expect((screen.getByLabelText('升级/改定级别') as HTMLSelectElement).disabled).toBe(true);
    expect(descriptionOf(screen.getByLabelText('升级/改定级别'))).toContain('只能写批注');
    await user.type(screen.getByLabelText('总部批注'), '请核实');
    await user.click(screen.getByTestId('send-remark'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('网点已上报这条投诉的第 4 版，请刷新后再写批注'));
  });
});


describe('console complaint detail: the record fields the site sent', () => {
  it('reads them by the labels of the site’s pack, a choice by its option; a field not sent is not listed', async () => {
    const recordFields = [
      { id: 'licencePlate', value: '川A12345', address: null },
      { id: 'demandReasonable', value: 'unreasonable', address: null },
    ];
    const dealer = { ...detail, rulePackId: 'seed002-doc12-car-dealer', payload: { customerName: '周桂芳', content: '水压低', classCode: 'ordinary', recordFields } };
    server.routes = { [`GET ${CONSOLE_PATHS.complaint('s1', 'c1')}`]: () => ({ status: 200, json: dealer }) };
    render(<ComplaintDetailScreen siteId="s1" id="c1" />);
    expect((await screen.findByTestId('payload-record-licencePlate')).textContent).toBe('川A12345');
    expect(screen.getByTestId('payload-record-demandReasonable').textContent).toBe('不合理');
    expect(screen.getByText('投诉人车牌号')).toBeTruthy();
    expect(screen.queryByTestId('payload-record-groundsSufficient')).toBeNull();
  });
});
