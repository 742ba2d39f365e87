import { z } from 'zod';
import { cleanJsonCheck, str } from '../api/common';

/**
 * Who may change what, once a record exists at both ends (issue #7 item 5).
 *
 * Every record is owned by the site that created it: head office's copy is
 * what the site sent, and a field not listed here is the site's alone (a
 * head-office remark touching it is ignored). Head office may add remarks and
 * decisions through the fields below; they come down in pulled items of kind
 * 'remark' (shared/sync/protocol.ts) and are merged field by field:
 *
 * - `siteWrites: false` — only head office ever sets it: head office's value
 *   is taken, there is nothing to conflict with.
 * - `siteWrites: true, onChangedSince: 'ask'` — both sides may set it. If the
 *   site's value is still what head office saw (the record version the remark
 *   names), head office's value is taken. If the site changed it since, the
 *   merge does not guess: it records a conflict and a person chooses (keep
 *   the site's value / take head office's), audited.
 */
export interface HeadOfficeFieldRule {
  entity: string;
  field: string;
  siteWrites: boolean;
  onChangedSince: 'headOffice' | 'ask';
  why: string;
}

export const HEAD_OFFICE_FIELDS: readonly HeadOfficeFieldRule[] = [
  {
    entity: 'complaint',
    field: 'headOfficeRemark',
    siteWrites: false,
    onChangedSince: 'headOffice',
    why: '总部批注：只有总部写，站点只读 / head office’s remark: written only by head office',
  },
  {
    entity: 'complaint',
    field: 'classCode',
    siteWrites: true,
    onChangedSince: 'ask',
    why: '总部升级或改定投诉级别；站点也可人工改定（或随时限自动升级），故改过则需人工裁决 / head office escalates or re-grades; the site may have overridden or re-graded since',
  },
  {
    entity: 'notification',
    field: 'headOfficeAcknowledgement',
    siteWrites: false,
    onChangedSince: 'headOffice',
    why: '致总部的通知由总部在控制台确认（{at, by}）；站点不能替总部确认 / a notification addressed to head office is acknowledged in its console; the site cannot acknowledge for it',
  },
];

/** The records a remark may be about. */
export const REMARK_ENTITIES = ['complaint', 'notification'] as const;

export function headOfficeRule(entity: string, field: string): HeadOfficeFieldRule | undefined {
  return HEAD_OFFICE_FIELDS.find((rule) => rule.entity === entity && rule.field === field);
}

/** The body of a pulled item of kind 'remark': head office's remark or decision on one record. */
export const remarkBodySchema = z
  .object({
    entity: z.enum(REMARK_ENTITIES),
    entityId: str().min(1).max(128),
    /** The record version head office saw when it decided (what "changed since" is measured from). */
    basedOnVersion: z.number().int().min(1),
    /** Field → head office's value; only fields listed in HEAD_OFFICE_FIELDS are merged. */
    fields: z.record(str().max(64), z.json()).check(cleanJsonCheck),
    /** Why, in head office's words (shown with a conflict). */
    note: str().max(2000).optional(),
    author: str().max(100).optional(),
  })
  .strict();
export type RemarkBody = z.infer<typeof remarkBodySchema>;
