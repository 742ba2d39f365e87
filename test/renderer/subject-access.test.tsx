import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { useNavigationStore } from '../../renderer/stores/navigation-store';
import { fileOf, zhou } from './customer-fixtures';
import { limei, renderSignedIn, wangjg } from './fixtures';

/* Issue 19 §4: the subject-access export from the customer file, registered with its purpose before it is saved. */

const click = HTMLAnchorElement.prototype.click;
afterEach(() => {
  HTMLAnchorElement.prototype.click = click;
});

let lastBlob: Blob | null = null;

function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

function captureDownloads(): string[] {
  const saved: string[] = [];
  URL.createObjectURL = (blob: Blob) => {
    lastBlob = blob;
    return 'blob:subject';
  };
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    saved.push(this.download);
  };
  return saved;
}

describe('客户本人信息查阅导出', () => {
  it('sends the purpose, saves the JSON the core gives, and saves nothing when the core refuses', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const saved = captureDownloads();
    let refuse = true;
    const { bridge } = await renderSignedIn(wangjg, {
      'customers.get': () => fileOf(zhou),
      'privacy.subjectAccess': () => {
        if (refuse) throw ApiError.because('VALIDATION', 'privacy.errors.reasonRequired', undefined, 'reason');
        return { document: '{"customer":{"id":"k","phone":"13800001111"},"complaints":[]}', rowCount: 5 };
      },
    });
    useNavigationStore.getState().go({ page: 'customer-detail', id: zhou.id });
    const section = await screen.findByTestId('subject-access');
    await user.click(within(section).getByTestId('subject-access-export'));
    expect((await within(section).findByRole('alert')).textContent).toContain('请填写查看原因');
    expect(saved).toEqual([]);

    refuse = false;
    await user.type(within(section).getByTestId('subject-access-purpose'), '客户本人申请');
    await user.click(within(section).getByTestId('subject-access-export'));
    await waitFor(() => expect(saved).toEqual([`customer-${zhou.id}.json`]));
    expect(bridge.callsTo('privacy.subjectAccess').at(-1)?.input).toEqual({ customerId: zhou.id, purpose: '客户本人申请' });
    expect(within(section).getByRole('status').textContent).toContain('已导出 5 条记录并登记');

    await user.click(within(section).getByTestId('subject-access-xlsx'));
    await waitFor(() => expect(saved).toEqual([`customer-${zhou.id}.json`, `customer-${zhou.id}.xlsx`]));
    expect(bridge.callsTo('privacy.subjectAccess')).toHaveLength(3);
    // The workbook is in the screen's language: its cover, its sheets, its headers, 无记录 under an empty one.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await bytesOf(lastBlob!));
    expect(book.worksheets.map((sheet) => sheet.name).slice(0, 3)).toEqual(['导出说明', '客户档案', '投诉']);
    expect(book.getWorksheet('客户档案')!.getRow(2).getCell(3).value).toBe('13800001111');
    expect(book.getWorksheet('投诉')!.getRow(2).getCell(1).value).toBe('无记录');
  });

  it('is not offered to a receiver', { timeout: 20_000 }, async () => {
    await renderSignedIn(limei, { 'customers.get': () => fileOf(zhou) });
    useNavigationStore.getState().go({ page: 'customer-detail', id: zhou.id });
    await screen.findByTestId('customer-file');
    await waitFor(() => expect(screen.queryByText(zhou.name, { exact: false })).not.toBeNull());
    expect(screen.queryByTestId('subject-access')).toBeNull();
  });
});
