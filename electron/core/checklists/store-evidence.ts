import { storeEvidenceItems } from '../../../shared/checklists/store-evidence';
import type { ReadDb } from '../db/handles';
import { defaultSecretHolders } from '../privacy/self-check-evidence';
import { findCatalogTemplate } from '../templates';
import { findChecklistRow } from './records-repository';

/**
 * The accounts still on the demo PIN, checked before a record's transaction (each check is a slow hash)
 * and only for a template that shows them: the newest version of the one being started, or the version of
 * the record whose evidence is read again.
 */
export async function evidenceSecretHolders(db: ReadDb, of: { templateId: string } | { recordId: string }): Promise<string[]> {
  const row = 'recordId' in of ? findChecklistRow(db, of.recordId) : undefined;
  const template = 'templateId' in of ? findCatalogTemplate(db, of.templateId) : row ? findCatalogTemplate(db, row.template_id, row.template_version) : undefined;
  const wanted = template ? storeEvidenceItems(template).some((i) => i.fact === 'defaultSecretCount' || i.fact === 'defaultSecretNames') : false;
  return wanted ? defaultSecretHolders(db) : [];
}
