import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHIPPED_TEMPLATES } from '../../shared/checklists/templates';
import type { ChecklistTemplate } from '../../shared/checklists/template-schema';
import { fillSampleRecord, profileWith } from '../support/sample-checklist';
import { openTestCore } from '../support/temp-core';
import { clippedPrintText, pageCount, pageSize, pdfText, printChecklistPdf } from './support/pdf';
import { pageOf } from './support/ui';
import { useBrowserMode } from './support/use-browser-mode';

const e2e = useBrowserMode('branchline-e2e-every-form-');

/** Generous bounds: the longest form (the contract review, 13 clause types) is a few pages; more means rows or boxes ran away. */
const MAX_BLANK_PAGES = 5;
const MAX_FILLED_PAGES = 7;

function expectOrientation(file: string, template: ChecklistTemplate): void {
  const [width, height] = pageSize(file);
  if (template.orientation === 'landscape') expect(width, `${template.id} prints landscape`).toBeGreaterThan(height!);
  else expect(height, `${template.id} prints portrait`).toBeGreaterThan(width!);
}

/** The shipped templates grouped by the organisation profile that fills them, in shipped order. */
function byProfile(): [string, ChecklistTemplate[]][] {
  const groups = new Map<string, ChecklistTemplate[]>();
  for (const template of SHIPPED_TEMPLATES) {
    const profile = profileWith(template.id);
    groups.set(profile, [...(groups.get(profile) ?? []), template]);
  }
  return [...groups];
}

/** The station lead changes the site's organisation in Settings, as they would for another organisation's forms. */
async function chooseProfile(page: Page, profileId: string): Promise<void> {
  await page.getByTestId('nav-settings').click();
  const panel = page.getByTestId('profile-settings');
  await panel.getByTestId('profile-current').waitFor();
  if ((await panel.getByTestId('profile-current').getAttribute('data-profile')) === profileId) return;
  await panel.getByTestId('profile-choose').selectOption(profileId);
  await panel.getByTestId('profile-save').click();
  await expect.poll(() => panel.getByTestId('profile-current').getAttribute('data-profile')).toBe(profileId);
}

async function checkBlank(page: Page, template: ChecklistTemplate): Promise<void> {
  await page.getByTestId('nav-checklists').click();
  const file = await printChecklistPdf(page, `print-blank-${template.id}`, e2e.screenshotPath(`every-form-${template.id}-blank.pdf`), false);
  expect(await clippedPrintText(page), `${template.id}: no clipped text on the blank form`).toEqual([]);
  const pages = pageCount(file);
  expect(pages, `${template.id} blank pages`).toBeLessThanOrEqual(MAX_BLANK_PAGES);
  const text = pdfText(file);
  for (const expected of [`${template.title.zh.replace(/\s+/g, '')}（空白表）`, `《${template.title.zh.replace(/\s+/g, '')}》版本${template.version}`, `第${pages}页共${pages}页`, '阳42井站']) {
    expect(text, `${template.id} blank form should contain ${expected}`).toContain(expected);
  }
  expect(text, `${template.id}: the footer names the form, not its id (issue 20 item 5)`).not.toContain(template.id);
  expectOrientation(file, template);
}

async function checkFilled(page: Page, template: ChecklistTemplate): Promise<void> {
  await page.getByTestId('nav-checklists').click();
  await page.getByTestId(`select-${template.id}`).click();
  await page.getByTestId('checklist-record-row').filter({ hasText: '已完成' }).first().getByTestId('open-record').click();
  await expect.poll(() => page.getByTestId('checklist-title').innerText()).toBe(template.title.zh);
  const file = await printChecklistPdf(page, 'print-filled', e2e.screenshotPath(`every-form-${template.id}-filled.pdf`), true);
  expect(await clippedPrintText(page), `${template.id}: no clipped text on the report`).toEqual([]);
  const pages = pageCount(file);
  expect(pages, `${template.id} report pages`).toBeLessThanOrEqual(MAX_FILLED_PAGES);
  const text = pdfText(file);
  expect(text).not.toContain('空白表');
  for (const expected of [template.title.zh.replace(/\s+/g, ''), '已完成', `第${pages}页共${pages}页`, `《${template.title.zh.replace(/\s+/g, '')}》版本${template.version}`]) {
    expect(text, `${template.id} report should contain ${expected}`).toContain(expected);
  }
  expectOrientation(file, template);
}

describe('every shipped checklist prints as a blank A4 form and as a filled report', () => {
  it(`prints all ${SHIPPED_TEMPLATES.length} templates`, async () => {
    // A station lead's completed record of every template, entered through the core before the app starts,
    // each while the site runs the profile of the organisation that fills it (a form applies only there).
    const core = await openTestCore({ dataDir: e2e.dataDir });
    const session = await core.signIn('wangjg');
    for (const [profileId, templates] of byProfile()) {
      await core.call('profiles.setSiteProfile', { profileId }, session);
      for (const template of templates) {
        const record = await fillSampleRecord(core, session, template.id);
        await core.call('checklists.complete', { id: record.id, version: record.version }, session);
      }
    }
    await core.call('profiles.setSiteProfile', { profileId: 'well-station' }, session);
    core.close();

    const server = await e2e.server();
    const page = await pageOf(e2e.browser(), server.url, 'wangjg');
    await page.evaluate(() => {
      window.print = () => {}; // headless Chromium has no print dialog; the PDFs are what paper would get
    });
    for (const [profileId, templates] of byProfile()) {
      await chooseProfile(page, profileId);
      for (const template of templates) {
        await checkBlank(page, template);
        await checkFilled(page, template);
      }
    }
  }, 300_000);
});
