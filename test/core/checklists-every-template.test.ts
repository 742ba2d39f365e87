import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_TEMPLATES } from '../../shared/checklists/templates';
import { fillSampleRecord, useProfileWith } from '../support/sample-checklist';
import { openTestCore, type TestCore } from '../support/temp-core';

/**
 * Every shipped template can be filled in and completed through the API as a
 * station lead would from the paper form: no template asks for something the
 * fill screen cannot give, and no conditional or evidence rule locks a record.
 */
describe('every shipped template, filled and completed', () => {
  let core: TestCore;
  let session: string;
  beforeAll(async () => {
    core = await openTestCore();
    session = await core.signIn('wangjg');
  });
  afterAll(() => core.close());

  it.each(SHIPPED_TEMPLATES.map((t) => [t.id, t] as const))('%s', async (id, template) => {
    await useProfileWith(core, session, id);
    const filled = await fillSampleRecord(core, session, id);
    expect(filled.templateVersion).toBe(template.version);
    const completed = await core.call('checklists.complete', { id: filled.id, version: filled.version }, session);
    expect(completed.status).toBe('completed');
    expect(Object.keys(completed.answers).length).toBeGreaterThan(0);
  });
});
