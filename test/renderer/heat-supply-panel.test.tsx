import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { HeatSupplyRecords, Stoppage } from '../../shared/api/heat-supply';
import { findPack } from '../../shared/rules/packs';
import { citationText } from '../../shared/sources/citation';
import { i18n } from '../../renderer/i18n/i18n';
import { fromDateTimeLocal } from '../../renderer/lib/zoned-time';
import { HeatSupplyPanel } from '../../renderer/screens/complaints/side-paths/HeatSupplyPanel';
import { detailOf, fakeCore, sampleComplaint, wangjg } from './fixtures';
import { openDetail } from './workflow-helpers';

const TZ = 'Asia/Shanghai';
const S = 'seed002 客户管理制度11';
const heatPack = findPack('seed002-doc11-heat-supply')!;

const stoppage = (over: Partial<Stoppage> = {}): Stoppage => ({
  id: 's-1',
  version: 1,
  stoppedAt: '2026-11-22T00:00:00.000Z',
  restoredAt: null,
  faultStopsSupply: false,
  minutes: 600,
  ongoing: true,
  dueBecause: 'hours',
  hoursReachedAt: '2026-11-22T08:00:00.000Z',
  atLeastHours: 8,
  notice: null,
  recordedByName: '张伟',
  source: `${S} 九(三)`,
  ...over,
});
const records = (over: Partial<HeatSupplyRecords> = {}): HeatSupplyRecords => ({ offers: { stoppageNotice: true, roomTemperature: true }, stoppages: [], measurements: [], ...over });

beforeEach(() => void i18n.changeLanguage('zh-CN'));

describe('停热与室温 on a complaint (seed002 客户管理制度11 九(三), 七(一))', () => {
  it('says a notice is due after 8 hours, citing the source, and that none is recorded yet', async () => {
    fakeCore(wangjg, { 'heatSupply.get': () => records({ stoppages: [stoppage()] }) });
    render(<HeatSupplyPanel complaintId="c-1" />);
    const judgement = await screen.findByTestId('heat-stoppage-judgement');
    expect(judgement.textContent).toBe(`停热满 8 小时（2026年11月22日 16:00 已满），应通知用户或进行公告 · ${citationText(`${S} 九(三)`, 'zh-CN')}`);
    expect(judgement.className).toBe('side-path-due');
    expect(screen.getByTestId('heat-stoppage-notice').textContent).toBe('尚未记录通知');
  });

  it('sends the stoppage’s times and the notice (when, how, to whom), and shows what the core answered', async () => {
    const user = userEvent.setup();
    const notice = { at: '2026-11-22T09:00:00.000Z', way: 'announcement' as const, to: '3号楼全体住户', byName: '王建国' };
    const bridge = fakeCore(wangjg, {
      'heatSupply.get': () => records(),
      'heatSupply.saveStoppage': () => records({ stoppages: [stoppage({ restoredAt: '2026-11-22T10:00:00.000Z', ongoing: false, notice })] }),
    });
    render(<HeatSupplyPanel complaintId="c-1" />);
    await user.click(await screen.findByTestId('heat-stoppage-new'));
    await user.click(screen.getByTestId('heat-stoppage-save'));
    expect(screen.getByTestId('heat-stoppage-form').textContent).toContain('请填写带 * 的项目');
    await user.type(screen.getByTestId('act-stoppedAt'), '2026-11-22 08:00');
    await user.type(screen.getByTestId('act-restoredAt'), '2026-11-22 18:00');
    await user.click(screen.getByTestId('heat-notice-given'));
    await user.type(screen.getByTestId('act-noticeAt'), '2026-11-22 17:00');
    await user.selectOptions(screen.getByTestId('act-noticeWay'), 'announcement');
    await user.type(screen.getByTestId('act-noticeTo'), '3号楼全体住户');
    await user.click(screen.getByTestId('heat-stoppage-save'));
    await waitFor(() => expect(bridge.callsTo('heatSupply.saveStoppage')).toHaveLength(1));
    expect(bridge.callsTo('heatSupply.saveStoppage')[0]!.input).toEqual({
      complaintId: 'c-1',
      version: 0,
      stoppedAt: fromDateTimeLocal('2026-11-22T08:00', TZ),
      restoredAt: fromDateTimeLocal('2026-11-22T18:00', TZ),
      faultStopsSupply: false,
      notice: { at: fromDateTimeLocal('2026-11-22T17:00', TZ), way: 'announcement', to: '3号楼全体住户' },
    });
    await waitFor(() => expect(screen.getByTestId('heat-stoppage-notice').textContent).toBe('已通知：公告，对象：3号楼全体住户，2026年11月22日 17:00，王建国'));
  });

  it('shows the band the measuring time chose and whether the reading met it', async () => {
    const measurement = { id: 'm-1', measuredAt: '2026-11-22T13:01:00.000Z', userType: 'building' as const, temperature: 15.5, contractedMin: null, band: 'outside' as const, clock: '21:01', minimum: 16, met: false, recordedByName: '张伟', source: `${S} 七(一)、(二)` };
    fakeCore(wangjg, { 'heatSupply.get': () => records({ measurements: [measurement] }) });
    render(<HeatSupplyPanel complaintId="c-1" />);
    const line = await screen.findByTestId('heat-measurement');
    expect(line.textContent).toBe(`2026年11月22日 21:01 · 楼房用户 · 15.5 ℃ · 其它时间（测温时间 21:01） 不低于 16 ℃ · 未达标 · ${citationText(`${S} 七(一)、(二)`, 'zh-CN')}`);
  });

  it('appears on the complaint’s page only where the pack it is graded by offers the path', async () => {
    const heat = { 'rules.sitePack': () => heatPack, 'rules.pack': () => heatPack, 'heatSupply.get': () => records() };
    const { unmount } = await openDetail(detailOf(sampleComplaint), wangjg, heat);
    expect(await screen.findByTestId('heat-supply-panel')).toBeTruthy();
    unmount();
    const { bridge } = await openDetail(detailOf(sampleComplaint), wangjg);
    expect(screen.queryByTestId('heat-supply-panel')).toBeNull();
    expect(bridge.callsTo('heatSupply.get')).toHaveLength(0);
  });
});
