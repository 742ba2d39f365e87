import type { Kysely } from 'kysely';
import { newId } from '../../shared/ids';
import { findPack } from '../../shared/rules/packs';
import type { ConsoleUser, RemarkRow, WriteRemarkRequest } from '../../shared/sync/console-api';
import { remarkBodySchema, type RemarkBody } from '../../shared/sync/merge-rules';
import type { ServerDatabase } from '../db/schema';
import { SyncHttpError } from '../http/errors';
import { publishReference } from './reference';
import { heldVersion } from './remark-records';
import { siteRulePack } from './site-rule-pack';

/**
 * A remark (总部批注) and/or a class decision written in the console on one
 * complaint of one site: published to that site alone as a reference item of
 * kind 'remark' (the site merges it by shared/sync/merge-rules.ts), signed
 * with the staff member's name, and kept in head_office_remarks.
 *
 * Refused, with nothing published: a complaint the site does not hold (404);
 * a version other than the one head office holds (409: the site sent a newer
 * one since the page was opened, so the writer has not seen it); a class not
 * in the site's rule pack, or any class while head office does not know the
 * pack (400). A push landing between the version check and the publish only
 * makes `basedOnVersion` older than the site's record: the site then asks a
 * person about any field it changed since, so the race errs on the safe side.
 */
export async function writeComplaintRemark(
  db: Kysely<ServerDatabase>,
  target: { siteId: string; complaintId: string },
  input: WriteRemarkRequest,
  staff: ConsoleUser,
  now: Date,
): Promise<{ remark: RemarkRow; cursor: number }> {
  const held = await heldVersion(db, target.siteId, { entity: 'complaint', entityId: target.complaintId });
  if (input.basedOnVersion !== held) {
    throw new SyncHttpError(409, 'conflict', `网点已上报这条投诉的第 ${held} 版，请刷新后再写批注 / the site has sent version ${held} since: reload and write again`);
  }
  if (input.classCode !== undefined) await checkClass(db, target.siteId, input.classCode);

  const fields: RemarkBody['fields'] = {};
  if (input.remark !== undefined) fields.headOfficeRemark = input.remark;
  if (input.classCode !== undefined) fields.classCode = input.classCode;
  const body = remarkBodySchema.parse({
    entity: 'complaint',
    entityId: target.complaintId,
    basedOnVersion: held,
    fields,
    ...(input.note !== undefined ? { note: input.note } : {}),
    author: staff.displayName,
  });
  const published = await publishReference(db, { kind: 'remark', id: newId(), version: 1, body, siteId: target.siteId }, now, { name: staff.displayName, userId: staff.id });
  return { remark: published.remark!, cursor: published.cursor };
}

async function checkClass(db: Kysely<ServerDatabase>, siteId: string, classCode: string): Promise<void> {
  const packId = await siteRulePack(db, siteId);
  const pack = packId ? findPack(packId) : undefined;
  if (!pack) {
    throw new SyncHttpError(400, 'invalid_body', '总部不知道该网点使用的规则包，无法改定级别（可只写批注）/ head office does not know this site’s rule pack: no class decision possible (a remark is)');
  }
  if (!pack.classes.some((c) => c.code === classCode)) {
    const known = pack.classes.map((c) => c.code).join(', ');
    throw new SyncHttpError(400, 'invalid_body', `级别 ${classCode} 不在该网点的规则包（${pack.id}）中，可选：${known} / class ${classCode} is not in the site’s rule pack (${pack.id}): ${known}`);
  }
}
