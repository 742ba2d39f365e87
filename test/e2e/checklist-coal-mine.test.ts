import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clippedPrintText, pageCount, pageSize, pdfText, printChecklistPdf } from './support/pdf';
import { openTestCore } from '../support/temp-core';
import { pageOf } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';
import { expectAccessible } from './support/axe';

const e2e = useBrowserMode('branchline-e2e-coal-mine-');

/** Fills one answer and leaves the field, which is when the fill screen autosaves it. */
async function answer(page: Page, testId: string, value: string): Promise<void> {
  await page.getByTestId(testId).fill(value);
  await page.getByTestId(testId).blur();
}

const scoreText = async (page: Page) => (await page.getByTestId('checklist-score').innerText()).replace(/\s+/g, '');

// Version 1.1.0 asks the level events with their dates (none here) instead of six "未满…" ticks.
const NO_VETO = ['basic-condition-missing', 'over-headcount', 'blacklisted', 'dispatch-workers'];

describe('煤矿安全生产标准化等级自评 in Chromium (seed004 §A 第五条)', () => {
  it('enters the paper results, grades them with reasons (a part below 80, then an accident in its cool-off), and prints the blank form and the report', async () => {
    // A coal mine's site: its organisation profile fills the grading form (issue 17).
    const core = await openTestCore({ dataDir: e2e.dataDir });
    await core.call('profiles.setSiteProfile', { profileId: 'coal-mine' }, await core.signIn('wangjg'));
    core.close();
    const server = await e2e.server();
    const page = await pageOf(e2e.browser(), server.url, 'wangjg');
    await page.evaluate(() => {
      window.print = () => {}; // headless Chromium has no print dialog; the PDFs below are what paper would get
    });
    await page.getByTestId('nav-checklists').click();
    await page.getByTestId('start-coal-mine-grading').click();
    await expect.poll(() => page.getByTestId('checklist-title').innerText()).toBe('煤矿安全生产标准化管理体系等级自评表');

    await answer(page, 'answer-mine-name', '示范煤矿');
    await page.getByTestId('answer-mine-type').selectOption('underground');
    await answer(page, 'answer-assessed-on', '2026-11-20');
    // The 《管理体系》's parts, weights and scores as the mine's own scoring sheet gives them (the 办法 names none).
    const parts: [string, string, string][] = [['安全管理', '1', '95'], ['通风', '1', '79'], ['采煤', '2', '96']];
    for (const [i, [name, weight, score]] of parts.entries()) {
      await page.getByTestId('add-row-part-scores').click();
      await answer(page, `answer-part-scores-${i + 1}-name`, name);
      await answer(page, `answer-part-scores-${i + 1}-weight`, weight);
      await answer(page, `answer-part-scores-${i + 1}-score`, score);
    }
    for (const id of NO_VETO) await page.getByTestId(`answer-${id}-false`).click();
    await page.getByTestId('answer-had-fatal-accident-false').click();

    // (95×1 + 79×1 + 96×2) / 4 = 91.5, but 通风 at 79 is below 二级's 80 for every part: 三级.
    await expect.poll(() => page.getByTestId('checklist-score-total').innerText()).toBe('91.5');
    await expect.poll(() => page.getByTestId('checklist-score-grade').innerText()).toBe('三级');
    await expect.poll(() => scoreText(page)).toContain('通风79分');

    // 通风 re-scored at 92 after its rectification, and a general fatal accident eight months before the assessment:
    // within 一级's one year (第五条 一级2), past 二级's half year.
    await answer(page, 'answer-part-scores-2-score', '92');
    await page.getByTestId('answer-had-fatal-accident-true').click();
    await page.getByTestId('add-row-fatal-accidents').click();
    await answer(page, 'answer-fatal-accidents-1-date', '2026-03-20');
    await page.getByTestId('answer-fatal-accidents-1-class').selectOption('general');
    await expect.poll(() => page.getByTestId('checklist-score-total').innerText()).toBe('94.75');
    await expect.poll(() => page.getByTestId('checklist-score-grade').innerText()).toBe('二级');
    await expect.poll(() => scoreText(page)).toContain('一般事故');
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('idle');

    await page.getByTestId('checklist-complete').click();
    await expect.poll(() => page.getByRole('dialog').innerText()).toContain('提交后本表不能再修改');
    await page.getByTestId('confirm-dialog-confirm').click();
    await expect.poll(() => page.getByTestId('checklist-record').getAttribute('data-status')).toBe('completed');
    await page.screenshot({ path: e2e.screenshotPath('checklist-coal-mine-screen.png'), fullPage: true });
    await expectAccessible(page, 'coal-mine-grading');

    const blank = await printChecklistPdf(page, 'print-blank', e2e.screenshotPath('checklist-coal-mine-blank.pdf'), false);
    expect(await clippedPrintText(page)).toEqual([]);
    const blankText = pdfText(blank);
    for (const expected of ['煤矿安全生产标准化管理体系等级自评表（空白表）', '煤矿名称', '事故发生日期', '近3年发生生产安全死亡事故', '填表人', '审核人', '情形', '一级检查考核未通过', '《煤矿安全生产标准化管理体系等级自评表》版本1.1.0']) {
      expect(blankText, `blank form should contain ${expected}`).toContain(expected);
    }
    expect(blankText).not.toContain('示范煤矿');
    const blankPages = pageCount(blank);
    expect(blankText).toContain(`第1页共${blankPages}页`);
    const [width, height] = pageSize(blank);
    expect(height).toBeGreaterThan(width!); // an assessment prints portrait

    const filled = await printChecklistPdf(page, 'print-filled', e2e.screenshotPath('checklist-coal-mine-filled.pdf'), true);
    expect(await clippedPrintText(page)).toEqual([]);
    const pages = pageCount(filled);
    expect(pages).toBeLessThanOrEqual(3);
    const filledText = pdfText(filled);
    for (const expected of ['示范煤矿', '安全管理', '通风', '采煤', '2026-03-20', '一般事故', '加权总分', '94.75', '二级', `第${pages}页共${pages}页`]) {
      expect(filledText, `filled report should contain ${expected}`).toContain(expected);
    }
    expect(filledText).not.toContain('空白表');
    expect(filledText).toContain('2026-03-20发生一般事故，至评定日2026-11-20未满1年（一级）');
    expect(filledText).toContain('评为二级：加权得分94.75分，最低部分92分');
  });
});
