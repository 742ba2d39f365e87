import type { ChecklistRecord } from '../../shared/api/checklists';
import { isShown } from '../../shared/checklists/item-outcomes';
import type { ChecklistTemplate, TemplateItem } from '../../shared/checklists/template-schema';
import { SHIPPED_PROFILES } from '../../shared/profiles';
import { png } from './png';
import type { TestCore } from './temp-core';

type Field = Pick<TemplateItem, 'id' | 'kind' | 'label' | 'min' | 'max' | 'options' | 'failsOn'>;

/**
 * A plausible answer for any item or column, as a person would enter it from
 * paper: checks pass, numbers sit inside their limits, a choice or yes/no that
 * another item depends on takes the value that shows that item (so conditional
 * items are filled and printed too). Photos are attached separately.
 */
export function sampleValue(field: Field, template: ChecklistTemplate, row = 0): unknown {
  const shows = template.sections.flatMap((s) => s.items).find((i) => i.showIf?.itemId === field.id)?.showIf?.equals;
  switch (field.kind) {
    case 'passFail':
      return 'pass';
    case 'yesNo':
      // The answer that passes: "no" where "yes" means a problem (a hazard found, a veto's condition present).
      return typeof shows === 'boolean' ? shows : field.failsOn !== 'yes';
    case 'number': {
      const { min, max } = field;
      if (min !== undefined && max !== undefined) return Math.round(((min + max) / 2) * 10) / 10;
      if (min !== undefined) return min + 1 + row;
      if (max !== undefined) return max - 1;
      return 2 + row;
    }
    case 'text':
      return `示例${row + 1}：${field.label.zh}`.slice(0, 60);
    case 'signature':
      return '王建国';
    case 'date':
      return `2026-11-${String(10 + row).padStart(2, '0')}`;
    case 'dateTime':
      return `2026-11-${String(10 + row).padStart(2, '0')}T09:30:00+08:00`;
    case 'choice':
      return typeof shows === 'string' ? shows : field.options?.[row % (field.options?.length || 1)]?.value;
    default:
      return undefined;
  }
}

/** The shipped organisation profile whose sites fill the template (a template applies only where the site's profile lists it). */
export function profileWith(templateId: string): string {
  const profile = SHIPPED_PROFILES.find((p) => p.templates.includes(templateId));
  if (!profile) throw new Error(`no shipped profile lists ${templateId}`);
  return profile.id;
}

/** Makes the test site one of the organisation that fills the template, as its station lead would in Settings. */
export async function useProfileWith(core: TestCore, leadSession: string, templateId: string): Promise<void> {
  await core.call('profiles.setSiteProfile', { profileId: profileWith(templateId) }, leadSession);
}

/** A different small image each time: a record refuses the same photo twice. */
let photoCount = 0;
const samplePhoto = () => {
  photoCount += 1;
  return png(64, 48, [(photoCount * 37) % 256, (photoCount * 91) % 256, 140]).toString('base64');
};

/**
 * Starts a record of the template as `session`'s user and answers every item it
 * asks (two rows per register, a photo for each required view), then returns
 * the record as the core holds it. Does not complete it.
 */
export async function fillSampleRecord(core: TestCore, session: string, templateId: string): Promise<ChecklistRecord> {
  let record = await core.call('checklists.start', { templateId }, session);
  const template = record.template;
  for (const item of template.sections.flatMap((s) => s.items)) {
    // Computed answers (a period, a count, a time between two answers) and evidence read from the store are never entered.
    if (!isShown(item, template, record.answers) || item.computed || item.fromStore) continue;
    if (item.kind === 'table') {
      for (let row = 0; row < 2; row++) {
        const rowId = `sample-${row + 1}`;
        const cells = Object.fromEntries((item.columns ?? []).filter((c) => c.kind !== 'photo').map((c) => [c.id, sampleValue(c, template, row)]));
        record = await core.call('checklists.saveAnswers', { id: record.id, version: record.version, itemId: item.id, rowId, cells }, session);
        for (const column of (item.columns ?? []).filter((c) => c.kind === 'photo')) {
          record = await attachSamplePhotos(core, session, record, item.id, column.evidence?.length ?? 0, { rowId, columnId: column.id });
        }
      }
    } else if (item.kind === 'photo') {
      record = await attachSamplePhotos(core, session, record, item.id, item.evidence?.length ?? 0);
    } else {
      const value = sampleValue(item, template);
      if (value !== undefined) record = await core.call('checklists.saveAnswers', { id: record.id, version: record.version, itemId: item.id, value }, session);
    }
  }
  return record;
}

async function attachSamplePhotos(
  core: TestCore,
  session: string,
  record: ChecklistRecord,
  itemId: string,
  views: number,
  cell: { rowId?: string; columnId?: string } = {},
): Promise<ChecklistRecord> {
  let current = record;
  for (let view = 0; view < Math.max(1, views); view++) {
    current = await core.call(
      'checklists.attachPhoto',
      { id: current.id, version: current.version, itemId, ...cell, ...(views > 0 ? { evidence: view } : {}), fileName: `sample-${view + 1}.png`, mimeType: 'image/png', dataBase64: samplePhoto() },
      session,
    );
  }
  return current;
}
