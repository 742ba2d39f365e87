import { findPack } from '../../shared/rules/packs';
import { recordFieldsAt } from '../../shared/rules/record-field-value';
import type { RecordFieldStep } from '../../shared/rules/record-fields-schema';
import type { Core } from '../../electron/core/core';

/** A value of each shipped record field, as a person would type it (shared/rules/packs/record-fields.ts). */
const SAMPLES: Record<string, string> = {
  licencePlate: '川A12345',
  groundsSufficient: 'sufficient',
  demandReasonable: 'reasonable',
  eventAt: '2026-11-22T18:30:00+08:00',
  eventPlace: '二楼收银台',
  involvedPersons: '收银员小王',
  departmentOpinion: '同意退货并致歉',
  reportNo: 'JC-2026-0412',
  appealGrounds: '同批样品复测结果不同',
  residence: '四川省成都市武侯区人民南路四段1号3栋2单元501',
  stoppageHours: '9',
};

/** Sample values of the required fields the pack asks at `step`, for tests about something else. */
export function requiredFieldSamples(packId: string | null, step: RecordFieldStep): Record<string, string> {
  const fields = recordFieldsAt(packId ? findPack(packId)?.recordFields : undefined, step).filter((f) => f.required);
  return Object.fromEntries(fields.map((f) => [f.id, SAMPLES[f.id] ?? '']));
}

/** The same for the site's pack as it is now. */
export function siteFieldSamples(core: Pick<Core, 'context'>, step: RecordFieldStep): Record<string, string> {
  const site = core.context.store.read.prepare('SELECT rule_pack FROM site').get() as { rule_pack: string | null } | undefined;
  return requiredFieldSamples(site?.rule_pack ?? null, step);
}
