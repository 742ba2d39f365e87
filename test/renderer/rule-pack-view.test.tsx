import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { rulePackSchema } from '../../shared/rules/pack-schema';
import { findPack } from '../../shared/rules/packs/index';
import { renderSignedIn, samplePack, wangjg } from './fixtures';

async function openViewer() {
  const user = userEvent.setup();
  const rendered = await renderSignedIn(wangjg);
  await user.click(screen.getByTestId('nav-settings'));
  const view = await screen.findByTestId('rule-pack-view');
  await within(view).findByTestId('rule-pack-meta');
  return { user, view, ...rendered };
}

describe('rule-pack viewer (设置 › 规则包)', () => {
  it('shows the pack, its classes and criteria with sources, and deadlines in words', async () => {
    const { view, bridge } = await openViewer();
    // Once for the register's class names on the first screen, once more by the viewer (always current).
    expect(bridge.callsTo('rules.sitePack')).toHaveLength(2);
    expect(within(view).getByTestId('rule-pack-meta').textContent).toContain('测试集团 投诉管理办法');
    expect(within(view).getByTestId('rule-pack-meta').textContent).toContain('2.1.0');

    const classes = within(view).getAllByTestId('rule-class').map((row) => row.textContent);
    expect(classes).toHaveLength(2);
    expect(classes[0]).toContain('一般投诉');
    expect(classes[0]).toContain('默认级别');
    expect(classes[1]).toContain('重大投诉');

    const ticked = within(view).getByTestId('rule-criterion-ordinary.1');
    expect(ticked.textContent).toContain('人工勾选');
    expect(ticked.textContent).toContain('出处：seed999 第三条 第一类(一)');

    const loss = within(view).getByTestId('rule-criterion-major.loss');
    expect(loss.textContent).toContain('自动判定');
    expect(loss.textContent).toContain('直接经济损失 ≥ 30000 元');
    expect(within(loss).getByTestId('rule-choice').textContent).toBe('「本程序的解释」 按元计算，包括本数。');
    expect(within(view).getByTestId('rule-criterion-major.overdue').textContent).toContain('按“一般投诉”的“处理完毕”时限已超时未完成');

    const deadlines = within(view).getAllByTestId('rule-deadline').map((row) => row.textContent);
    expect(deadlines[0]).toContain('录入');
    expect(deadlines[0]).toContain('5 分钟');
    expect(deadlines[1]).toContain('3 个工作日');
    expect(deadlines[1]).toContain('一般投诉');
    expect(deadlines[2]).toContain('当日（工作日）');
    expect(deadlines[2]).toContain('全部级别');
    expect(deadlines[3]).toContain('次月10日前');
    expect(deadlines[4]).toContain('逐级上报');
    expect(deadlines[4]).toContain('主管领导电话报告董事会');
    expect(deadlines[5]).toContain('咨询');
    expect(deadlines[5]).toContain('检测/送样期间暂停计时');

    expect(within(view).getByTestId('rule-pack-extension').textContent).toContain('分管领导');
    expect(within(view).getByTestId('rule-pack-invalid').textContent).toContain('投诉对象不明确');
    expect(within(view).getByTestId('rule-pack-escalation').textContent).toContain('同一事项再次投诉');
    expect(within(view).getByTestId('rule-notification').textContent).toContain('需电话确认');
    expect(within(view).getByTestId('rule-item-repeat').textContent).not.toContain('自动判定');
    expect(within(view).getByTestId('rule-item-dissatisfied').textContent).toContain('回访满意度（1非常满意–5很不满意） ≥ 4');
    const deductions = within(view).getByTestId('rule-deductions-management');
    expect(deductions.textContent).toContain('班组长');
    expect(deductions.textContent).toContain('5 分');
    expect(deductions.textContent).toContain('出处：seed999 第十二条');
  });

  it('cites a shipped pack’s criteria by the document’s title and section, not by the data’s seed id', async () => {
    const user = userEvent.setup();
    await renderSignedIn(wangjg, { 'rules.sitePack': () => findPack('sichuan-group-p6') ?? null });
    await user.click(screen.getByTestId('nav-settings'));
    const view = await screen.findByTestId('rule-pack-view');
    const criterion = await within(view).findByTestId('rule-criterion-ordinary.1');
    expect(criterion.textContent).toContain('出处：《四川**实业集团有限公司客户投诉管理办法(试行)》第十三条 第一类(一)');
    expect(view.textContent).not.toMatch(/seed0\d\d/);
  });

  it('shows each deadline’s interpretation in the language shown, never the English one on the Chinese page (issue 20 item 5)', async () => {
    const [first, ...rest] = samplePack.deadlines;
    const choice = { zh: '“5分钟”从受理起算（seed003 篇6 第三十一条）。', en: '“5分钟” counted from receipt (seed003 篇6 第三十一条).' };
    const pack = rulePackSchema.parse({ ...samplePack, deadlines: [{ ...first!, choice }, ...rest] });
    const user = userEvent.setup();
    await renderSignedIn(wangjg, { 'rules.sitePack': () => pack });
    await user.click(screen.getByTestId('nav-settings'));
    const view = await screen.findByTestId('rule-pack-view');
    const note = within(await within(view).findByTestId('rule-deadline-choice')).getByTestId('rule-choice');
    expect(note.textContent).toBe('「本程序的解释」 “5分钟”从受理起算（《四川**实业集团有限公司客户投诉管理办法(试行)》第三十一条）。');
    expect(note.querySelector('[lang]')?.getAttribute('lang')).toBe('zh-CN');
    expect(view.textContent).not.toContain('counted from receipt');

    await user.click(screen.getByTestId('lang-toggle'));
    const english = within(within(view).getByTestId('rule-deadline-choice')).getByTestId('rule-choice');
    expect(english.textContent).toContain('“5分钟” counted from receipt');
    expect(english.querySelector('[lang]')?.getAttribute('lang')).toBe('en');
  });

  it('lists the versions the site holds with their source, marking the one that grades new complaints', async () => {
    const user = userEvent.setup();
    const name = { zh: '测试集团 投诉管理办法', en: 'Test group complaint rules' };
    const versions = [
      { id: 'test-pack', version: '2.2.0', name, source: 'head-office', receivedAt: '2026-11-23T01:30:00.000Z', gradesNewComplaints: true, openComplaints: 0 },
      { id: 'test-pack', version: '2.1.0', name, source: 'shipped', receivedAt: null, gradesNewComplaints: false, openComplaints: 4 },
    ];
    await renderSignedIn(wangjg, { 'rules.packVersions': () => versions });
    await user.click(screen.getByTestId('nav-settings'));
    const table = await screen.findByTestId('rule-pack-version-table');
    const rows = within(table).getAllByTestId('rule-pack-version');
    expect(rows.map((r) => r.getAttribute('data-grades-new'))).toEqual(['true', 'false']);
    expect(rows[0]!.textContent).toContain('2.2.0');
    expect(rows[0]!.textContent).toContain('总部发布（2026-11-23 09:30 收到）');
    expect(rows[0]!.textContent).toContain('评定新投诉');
    expect(rows[1]!.textContent).toContain('随程序发布');
    expect(rows[1]!.textContent).toContain('在办投诉 4 件');
    expect(rows[1]!.textContent).not.toContain('评定新投诉');
    await user.click(screen.getByTestId('lang-toggle'));
    expect(within(table).getAllByTestId('rule-pack-version')[0]!.textContent).toContain('Published by head office');
  });

  it('shows English labels after switching language', async () => {
    const { user, view } = await openViewer();
    await user.click(screen.getByTestId('lang-toggle'));
    expect(within(view).getByRole('heading', { name: 'Rule pack' })).toBeTruthy();
    expect(within(view).getAllByTestId('rule-class')[1]?.textContent).toContain('Major');
    const loss = within(view).getByTestId('rule-criterion-major.loss');
    expect(loss.textContent).toContain('Large direct loss');
    expect(loss.textContent).toContain('Computed');
    expect(loss.textContent).toContain('Direct economic loss ≥ 30000 yuan');
    expect(loss.textContent).toContain('[Our interpretation]');
    const deadlines = within(view).getAllByTestId('rule-deadline').map((row) => row.textContent);
    expect(deadlines[0]).toContain('Entry');
    expect(deadlines[1]).toContain('3 working days');
    expect(deadlines[3]).toContain('Before day 10 of the next month');
    expect(within(view).getByTestId('rule-notification').textContent).toContain('Confirm by phone');
  });

  it('puts each wide table in a named box the keyboard can reach, so it scrolls on a narrow window too (issue 20 item 12)', async () => {
    const { view } = await openViewer();
    const box = within(view).getByRole('region', { name: '时限表' });
    expect(within(box).getByTestId('rule-pack-deadline-table')).toBeTruthy();
    // In the tab order: the arrow keys then scroll the box.
    expect(box.tabIndex).toBe(0);
    expect(within(view).getByRole('region', { name: '版本与来源表' }).tabIndex).toBe(0);
  });

  it('prints with the print button', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user, view } = await openViewer();
    await user.click(within(view).getByTestId('rule-pack-print'));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });

  it('says so when the site holds no pack of that id', async () => {
    const user = userEvent.setup();
    await renderSignedIn(wangjg, { 'rules.sitePack': () => null });
    await user.click(screen.getByTestId('nav-settings'));
    const view = await screen.findByTestId('rule-pack-view');
    await waitFor(() => expect(view.textContent).toContain('规则包“sichuan-group-p6”未随本程序提供，也未由总部发布'));
    expect(within(view).queryByTestId('rule-pack-print')).toBeNull();
  });

  it('words a computed invalid reason and a computed repeat criterion (客户管理制度6 1.1; 客户管理制度14 4.3.2)', async () => {
    const pack = rulePackSchema.parse({
      ...samplePack,
      criteria: [...samplePack.criteria, { id: 'major.second', classCode: 'major', source: 'seed999 4.3.2', label: { zh: '二次投诉', en: 'Second complaint' }, predicate: { repeatOf: ['same_matter'] } }],
      invalidReasons: [{ code: 'late-appeal', source: 'seed999 1.1', label: { zh: '逾期申诉', en: 'Late appeal' }, predicate: { fact: 'appealDaysAfterReport', op: 'gt', value: 10 } }],
    });
    const user = userEvent.setup();
    await renderSignedIn(wangjg, { 'rules.sitePack': () => pack });
    await user.click(screen.getByTestId('nav-settings'));
    const view = await screen.findByTestId('rule-pack-view');
    expect((await within(view).findByTestId('rule-item-late-appeal')).textContent).toContain('接到测试报告至申诉受理的天数 > 10 天');
    expect(within(view).getByTestId('rule-criterion-major.second').textContent).toContain('受理时已确认关联为同一客户的再次投诉：同一事项再次投诉');
  });
});
