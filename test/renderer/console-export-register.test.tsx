import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consoleExportRecorder } from '../../renderer/console/api/register-export';
import { ExportBar } from '../../renderer/reports/ExportBar';
import { assembleReport } from '../../shared/reports/compute';
import { REPORT_DEFINITIONS } from '../../shared/reports/definitions';
import { bucketKeys, parsePeriod } from '../../shared/reports/period';
import { CONSOLE_PRIVACY_PATHS } from '../../shared/sync/console-privacy-api';
import { stubConsoleServer } from './console-server-stub';

const server = stubConsoleServer();
const definition = REPORT_DEFINITIONS.find((d) => d.id === 'sichuan-p6-analysis')!;
const period = parsePeriod('month', '2026-03')!;
const buckets = bucketKeys(period, 'week');
const result = assembleReport(
  { definition: { ...definition, dimensions: ['channel'] }, period, bucket: 'week', buckets, asOf: '2026-03-20T00:00:00.000Z', siteId: null, unit: null },
  { measures: [{ group_key: buckets[1], received__n: 5, complaints__n: 4 }], dimensions: [{ dimension: 'channel', rows: [{ value: 'phone', label: null, bucket: buckets[1], n: 5 }] }] },
  () => undefined,
);

const saved: string[] = [];
const click = HTMLAnchorElement.prototype.click;
beforeEach(() => {
  saved.length = 0;
  URL.createObjectURL = () => 'blob:report';
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    saved.push(this.download);
  };
});
afterEach(() => {
  HTMLAnchorElement.prototype.click = click;
});

describe('console report exports', () => {
  it('saves nothing without a purpose; with one, registers the file, its rows and the purpose at head office before saving', async () => {
    server.routes = {
      [`POST ${CONSOLE_PRIVACY_PATHS.exports}`]: (body) => {
        const sent = body as { subject: string; rowCount: number; purpose: string };
        return {
          status: 201,
          json: { entry: { id: 'h1', source: 'headOffice', at: '2026-03-20T00:00:00.000Z', userName: '张总部', action: 'export', subject: sent.subject, siteId: null, siteCode: null, recordId: null, rowCount: sent.rowCount, reason: sent.purpose, place: '总部控制台' } },
        };
      },
    };
    const user = userEvent.setup();
    render(<ExportBar result={result} fileStem="四川分析-2026-03" fetchCases={async () => ({ cases: [], total: 0, hasMore: false })} recordExport={consoleExportRecorder('请填写导出用途')} />);

    await user.click(screen.getByTestId('export-csv'));
    expect(await screen.findByText('请填写导出用途')).toBeTruthy();
    expect(saved).toEqual([]);
    expect(server.sent).toEqual([]);

    await user.type(screen.getByTestId('export-purpose'), '月度通报');
    await user.click(screen.getByTestId('export-csv'));
    await waitFor(() => expect(saved).toEqual(['四川分析-2026-03.csv']));
    expect(server.sent).toHaveLength(1);
    expect(server.sent[0]).toMatchObject({ method: 'POST', path: CONSOLE_PRIVACY_PATHS.exports, body: { subject: '四川分析-2026-03.csv', purpose: '月度通报' } });
    expect((server.sent[0]!.body as { rowCount: number }).rowCount).toBeGreaterThan(0);
  });

  it('saves nothing when head office refuses to register the export', async () => {
    server.routes = { [`POST ${CONSOLE_PRIVACY_PATHS.exports}`]: () => ({ status: 400, json: { error: { code: 'invalid_body', message: '请填写原因 / give a reason' } } }) };
    const user = userEvent.setup();
    render(<ExportBar result={result} fileStem="r" fetchCases={async () => ({ cases: [], total: 0, hasMore: false })} recordExport={consoleExportRecorder('请填写导出用途')} />);
    await user.type(screen.getByTestId('export-purpose'), '核对');
    await user.click(screen.getByTestId('export-csv'));
    await waitFor(() => expect(server.sent).toHaveLength(1));
    expect(saved).toEqual([]);
  });
});
