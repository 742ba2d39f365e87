import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LedgerSheet } from '../../../shared/api/ledgers';
import { routeDriver } from '../../core/procedure/routes-support';
import { openTestCore, type TestCore } from '../../support/temp-core';
import { renderSignedIn, wangjg } from '../fixtures';

/**
 * 《抱怨受理登记表》 of the testing station printed from the sheet the real core builds after a re-test proved a
 * report wrong and it was withdrawn: “将结果填写于‘抱怨受理登记表’‘处理结果’栏” (seed002 客户管理制度6 2.2.5).
 */
let core: TestCore | undefined;
afterEach(() => {
  core?.close();
  core = undefined;
  vi.restoreAllMocks();
});

async function sheetWithWithdrawal(): Promise<LedgerSheet> {
  core = await openTestCore();
  const d = routeDriver(core);
  await d.profile('testing-station');
  await d.map('limei', ['tech_office']);
  await d.map('chenzm', ['testing_staff']);
  await d.map('zhaoli', ['testing_staff']);
  await d.map('wangjg', ['authorised_signatory']);
  const c = await d.create('limei', { tickedCriteria: ['monitoring-data.test-result'] });
  const limei = await core.signIn('limei');
  const now = core.clock.now().getTime();
  const retest = {
    complaintId: c.id,
    sampleCode: 'MM-7731',
    sampleBasis: 'original' as const,
    testerIds: [await d.userId('chenzm'), await d.userId('zhaoli')],
    testedAt: new Date(now - 7_200_000).toISOString(),
    result: '复检COD 48 mg/L',
    originalCorrect: false,
  };
  const retestId = (await core.call('testReports.recordRetest', retest, limei)).retests[0]!.id;
  const withdrawal = { retestId, reason: '原报告计算错误', approvedById: await d.userId('wangjg'), withdrawnAt: new Date(now - 3_600_000).toISOString(), correctedReportNumber: 'JC-2026-0412-G' };
  await core.call('testReports.withdraw', withdrawal, limei);
  return core.call('ledgers.sheet', { ledgerId: 'lab.appeal-acceptance', serial: c.serial }, await core.signIn('wangjg'));
}

describe('《抱怨受理登记表》 on the 台帐 page', () => {
  it('prints the re-test’s result and the withdrawn report with its corrected number in the 处理结果 column (2.2.5)', async () => {
    const sheet = await sheetWithWithdrawal();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const user = userEvent.setup();
    await renderSignedIn(wangjg, { 'ledgers.units': () => [], 'ledgers.sheet': () => sheet });
    await user.click(screen.getByTestId('nav-ledgers'));
    await user.click(await screen.findByTestId('ledger-lab.appeal-acceptance'));
    await user.type(screen.getByTestId('ledger-serial'), sheet.serial!);
    await user.click(screen.getByTestId('ledger-print-case'));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const paper = screen.getByTestId('ledger-print');
    const headers = within(paper).getAllByRole('columnheader', { hidden: true }).map((th) => th.textContent);
    const cells = [...within(paper).getAllByTestId('ledger-row')[0]!.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells[headers.indexOf('处理结果')]).toBe('复检：复检COD 48 mg/L，原检验结果有误，经授权签字人王建国批准收回原报告 JC-2026-0412 并作废，出具更正报告 JC-2026-0412-G');
  });
});
