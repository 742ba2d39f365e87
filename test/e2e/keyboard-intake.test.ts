import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserMode } from './support/use-browser-mode';
import { pageOf } from './support/ui';

const e2e = useBrowserMode('branchline-e2e-keyboard-intake-');

/** A person's pace at the keyboard: each key (and each character committed by the input method) waits this long. */
const KEY_DELAY_MS = 120;
const GOAL_MS = 20_000;

/** The keyboard alone, every key counted by kind. */
function countingKeyboard(page: Page) {
  const counts = { navigation: 0, characters: 0 };
  return {
    counts,
    press: async (key: string) => {
      counts.navigation++;
      await page.keyboard.press(key, { delay: KEY_DELAY_MS });
    },
    type: async (text: string) => {
      counts.characters += [...text].length;
      await page.keyboard.type(text, { delay: KEY_DELAY_MS });
    },
    /** Tab until the field with this test id has the focus. */
    tabTo: async (testId: string) => {
      for (let i = 0; i < 12; i++) {
        if (await page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId)) return;
        counts.navigation++;
        await page.keyboard.press('Tab', { delay: KEY_DELAY_MS });
      }
      throw new Error(`Tab never reached ${testId}`);
    },
  };
}

describe('keyboard intake of the demo complaint (issue 20 item 6)', () => {
  it('takes at most 20 s at a person’s pace: kind, customer picked from the files (its phone taken by the core), content, Enter', async () => {
    const server = await e2e.server();
    const page = await pageOf(e2e.browser(), server.url, 'limei');
    await page.getByTestId('complaint-row').first().waitFor();
    const keys = countingKeyboard(page);
    const started = Date.now();
    await page.getByTestId('new-complaint').click();
    await page.getByTestId('field-kind-complaint').waitFor();
    await keys.press('Space'); // 投诉: the focus starts on the kind
    // The channel starts on the register's usual one (电话 at the demo station): nothing to press.
    await expect.poll(() => page.getByTestId('field-channel').inputValue()).toBe('phone');
    await keys.tabTo('field-customerName');
    await keys.type('周桂');
    await page.getByTestId('customer-options').getByText('周桂芳').waitFor();
    await keys.press('ArrowDown');
    await keys.press('Enter'); // picks the file: the complaint takes its phone
    await page.getByTestId('customer-linked').waitFor();
    await keys.tabTo('field-content');
    await keys.type('井站拉运污水的罐车夜间经过村道，噪声大且有异味，影响休息。');
    await keys.press('Control+Enter');
    await page.getByTestId('complaint-detail').waitFor();
    const took = Date.now() - started;
    const total = keys.counts.navigation + keys.counts.characters;
    console.log(`[keyboard intake] ${total} keys (${keys.counts.navigation} to move and choose, ${keys.counts.characters} characters typed) in ${(took / 1000).toFixed(1)} s at ${KEY_DELAY_MS} ms a key`);
    expect(took).toBeLessThanOrEqual(GOAL_MS);
    // Space, 2 Tabs to the name, ↓ Enter to pick, Tabs past the picked file, the phone and her earlier complaint, Ctrl+Enter:
    // 11 today. More means a new tab stop has come onto the common path.
    expect(keys.counts.navigation).toBeLessThanOrEqual(11);
    await expect.poll(() => page.getByTestId('detail-customer').innerText()).toContain('周桂芳');
  });
});
