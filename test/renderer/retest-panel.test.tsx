import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Retest, TestReportRecords } from '../../shared/api/test-reports';
import { findPack } from '../../shared/rules/packs';
import { citationText } from '../../shared/sources/citation';
import { i18n } from '../../renderer/i18n/i18n';
import { fromDateTimeLocal } from '../../renderer/lib/zoned-time';
import { RetestPanel } from '../../renderer/screens/complaints/side-paths/RetestPanel';
import { detailOf, fakeCore, sampleComplaint, wangjg } from './fixtures';
import { openDetail } from './workflow-helpers';

const TZ = 'Asia/Shanghai';
const S = 'seed002 客户管理制度6';

const retest = (over: Partial<Retest> = {}): Retest => ({
  id: 'r-1',
  reportNumber: 'JC-2026-0412',
  sampleCode: 'MM-7731',
  sampleBasis: 'original',
  resampleReason: null,
  testerNames: ['陈志明', '赵丽'],
  testedAt: '2026-11-22T02:00:00.000Z',
  result: '复检COD 48 mg/L',
  originalCorrect: false,
  recordedByName: '李梅',
  withdrawal: null,
  source: `${S} 2.2.2–2.2.4`,
  ...over,
});
const records = (retests: Retest[] = []): TestReportRecords => ({ offered: true, retests });

beforeEach(() => void i18n.changeLanguage('zh-CN'));

describe('复检与报告收回作废 on a data appeal (seed002 客户管理制度6 2.2.2–2.2.5)', () => {
  it('sends the sample’s code, both testers and the verdict, refusing to send without them', async () => {
    const user = userEvent.setup();
    const bridge = fakeCore(wangjg, { 'testReports.get': () => records(), 'testReports.recordRetest': () => records([retest()]) });
    render(<RetestPanel complaintId="c-1" />);
    await user.click(await screen.findByTestId('retest-new'));
    await user.click(screen.getByTestId('retest-save'));
    expect(screen.getByTestId('retest-form').textContent).toContain('请填写带 * 的项目');
    expect(bridge.callsTo('testReports.recordRetest')).toHaveLength(0);
    await user.type(screen.getByTestId('act-sampleCode'), 'MM-7731');
    await waitFor(() => expect(screen.getByTestId('act-testerOne').querySelectorAll('option').length).toBeGreaterThan(1));
    await user.selectOptions(screen.getByTestId('act-testerOne'), 'u-chenzm');
    await user.selectOptions(screen.getByTestId('act-testerTwo'), 'u-zhaoli');
    await user.type(screen.getByTestId('act-testedAt'), '2026-11-22 10:00');
    await user.type(screen.getByTestId('act-result'), '复检COD 48 mg/L');
    await user.click(screen.getByTestId('act-originalCorrect'));
    await user.click(screen.getByTestId('retest-save'));
    await waitFor(() => expect(bridge.callsTo('testReports.recordRetest')).toHaveLength(1));
    expect(bridge.callsTo('testReports.recordRetest')[0]!.input).toEqual({
      complaintId: 'c-1',
      sampleCode: 'MM-7731',
      sampleBasis: 'original',
      resampleReason: '',
      testerIds: ['u-chenzm', 'u-zhaoli'],
      testedAt: fromDateTimeLocal('2026-11-22T10:00', TZ),
      result: '复检COD 48 mg/L',
      originalCorrect: false,
    });
    expect((await screen.findByTestId('retest-verdict')).textContent).toBe('原检验结果有误');
    expect(screen.getByTestId('retest-withdrawal').textContent).toBe('原报告尚未收回作废');
  });

  it('withdraws a wrong report with the reason, the signatory, when and the corrected number, and shows it cited', async () => {
    const user = userEvent.setup();
    const withdrawal = { reason: '原报告计算错误', approvedByName: '王建国', withdrawnAt: '2026-11-22T06:00:00.000Z', correctedReportNumber: 'JC-2026-0412-G', recordedByName: '李梅', source: `${S} 2.2.5` };
    const bridge = fakeCore(wangjg, { 'testReports.get': () => records([retest()]), 'testReports.withdraw': () => records([retest({ withdrawal })]) });
    render(<RetestPanel complaintId="c-1" />);
    await user.click(await screen.findByTestId('retest-withdraw'));
    await user.type(screen.getByTestId('act-reason'), '原报告计算错误');
    await waitFor(() => expect(screen.getByTestId('act-approvedById').querySelectorAll('option').length).toBeGreaterThan(1));
    await user.selectOptions(screen.getByTestId('act-approvedById'), 'u-wangjg');
    await user.type(screen.getByTestId('act-withdrawnAt'), '2026-11-22 14:00');
    await user.type(screen.getByTestId('act-correctedReportNumber'), 'JC-2026-0412-G');
    await user.click(screen.getByTestId('withdraw-save'));
    await waitFor(() => expect(bridge.callsTo('testReports.withdraw')).toHaveLength(1));
    expect(bridge.callsTo('testReports.withdraw')[0]!.input).toEqual({ retestId: 'r-1', reason: '原报告计算错误', approvedById: 'u-wangjg', withdrawnAt: fromDateTimeLocal('2026-11-22T14:00', TZ), correctedReportNumber: 'JC-2026-0412-G' });
    await waitFor(() =>
      expect(screen.getByTestId('retest-withdrawal').textContent).toBe(
        `原报告已收回并加盖作废章：原报告计算错误；批准：王建国（授权签字人），2026年11月22日 14:00；更正报告编号 JC-2026-0412-G（加盖更改标识） · ${citationText(`${S} 2.2.5`, 'zh-CN')}`,
      ),
    );
    expect(screen.queryByTestId('retest-withdraw')).toBeNull();
  });

  it('offers no withdrawal of a report the re-test confirmed', async () => {
    fakeCore(wangjg, { 'testReports.get': () => records([retest({ originalCorrect: true })]) });
    render(<RetestPanel complaintId="c-1" />);
    expect((await screen.findByTestId('retest-verdict')).textContent).toBe('原检验结果正确，维持原报告');
    expect(screen.queryByTestId('retest-withdraw')).toBeNull();
  });

  it('appears on the complaint’s page where the pack offers it, and not for another pack', async () => {
    const pack = findPack('seed002-doc6-testing-station')!;
    const { unmount } = await openDetail(detailOf(sampleComplaint), wangjg, { 'rules.sitePack': () => pack, 'rules.pack': () => pack, 'testReports.get': () => records() });
    expect(await screen.findByTestId('retest-panel')).toBeTruthy();
    unmount();
    const { bridge } = await openDetail(detailOf(sampleComplaint), wangjg);
    expect(screen.queryByTestId('retest-panel')).toBeNull();
    expect(bridge.callsTo('testReports.get')).toHaveLength(0);
  });
});
