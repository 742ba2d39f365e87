import { describe, expect, it } from 'vitest';
import { useBrowserMode } from './support/use-browser-mode';
import { signIn } from './support/ui';

const e2e = useBrowserMode('branchline-e2e-grading-');

describe('grading, end to end', () => {
  it('grades the complaint live while it is typed (sichuan-group-p6), and the saved record keeps the class', async () => {
    const server = await e2e.server();
    const page = await e2e.browser().newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
    await signIn(page, 'limei');

    await page.getByTestId('nav-complaints').click();
    await page.getByTestId('new-complaint').click();
    await page.getByTestId('field-kind-complaint').check();
    await page.getByTestId('field-channel').selectOption('phone');
    await page.getByTestId('field-customerName').fill('定级测试客户');
    await page.getByTestId('field-content').fill('端到端测试：罐车夜间经过村道，撞坏了客户的围墙。');

    const badge = page.getByTestId('grade-class');
    const resolution = page.getByTestId('grade-panel').getByTestId('deadline-resolution');
    await page.waitForFunction(() => document.querySelector('[data-testid="grade-class"]')?.textContent === '一般投诉');
    await resolution.waitFor();
    const ordinaryDeadline = await resolution.innerText();
    expect(ordinaryDeadline).toContain('3 个工作日');
    expect(ordinaryDeadline).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(ordinaryDeadline).toMatch(/剩余|已超时/);

    await page.getByTestId('criterion-major.1').check();
    await page.waitForFunction(() => document.querySelector('[data-testid="grade-class"]')?.textContent === '重大投诉');
    const fired = page.getByTestId('grade-criterion-major.1');
    await expect.poll(() => fired.getAttribute('data-fired')).toBe('true');
    await expect.poll(() => fired.innerText()).toContain('第十三条 第二类(一)');
    await expect.poll(() => fired.innerText()).toContain('✓');
    const majorDeadline = await resolution.innerText();
    expect(majorDeadline).toContain('7 个工作日');
    expect(majorDeadline).not.toBe(ordinaryDeadline);

    // The form with its panel, for a person to look at: Chinese text readable, nothing clipped.
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans CJK SC"', '严重程度判定'))).toBe(true);
    await page.locator('#grading-facts-title').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: e2e.screenshotPath('grading-form.png') });
    const panelBox = await page.getByTestId('grade-panel').boundingBox();
    expect(panelBox).not.toBeNull();
    expect(panelBox!.x + panelBox!.width).toBeLessThanOrEqual(1366);
    // The badge stays in view beside the facts being ticked.
    expect(await badge.isVisible()).toBe(true);
    const badgeBox = await badge.boundingBox();
    expect(badgeBox!.y).toBeGreaterThanOrEqual(0);
    expect(badgeBox!.y + badgeBox!.height).toBeLessThanOrEqual(900);

    await page.getByTestId('save-complaint').click();
    const detail = page.getByTestId('complaint-detail');
    await detail.waitFor();
    await expect.poll(() => detail.getByTestId('grade-class').innerText()).toBe('重大投诉');
    await expect.poll(() => detail.getByTestId('grade-criterion-major.1').getAttribute('data-fired')).toBe('true');
    expect(pageErrors).toEqual([]);
  });
});
