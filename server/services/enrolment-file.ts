import { createCipheriv, createHash, createHmac, randomBytes, scrypt } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import { newId } from '../../shared/ids';
import {
  ENROLMENT_KEY_CHECK_LABEL,
  ENROLMENT_SCRYPT,
  enrolmentFileName,
  normaliseEnrolCode,
  type EnrolmentFileBody,
  type EnrolmentFileRequest,
  type EnrolmentFileResponse,
  type SealedCredential,
} from '../../shared/sync/enrolment-file';
import { TRANSFER_FORMAT, signingInput, type TransferHeader } from '../../shared/sync/transfer-file';
import { hashSecret, splitCredential } from '../auth/secrets';
import type { ServerDatabase } from '../db/schema';
import { SyncHttpError } from '../http/errors';
import { spendCode } from './enrolment';

/**
 * The enrolment file for a site without any network
 * (shared/sync/enrolment-file.ts): the code head office was just shown is
 * spent here, as a network enrolment would spend it, and the device is
 * created now — so it is listed, and can be revoked, before the site ever
 * reads the file. The credential goes into the file sealed with a key
 * derived from that code, which reaches the site by telephone.
 *
 * Why spend the code now rather than at the device's first sync: the file
 * must carry a credential head office already holds the hash of (the site's
 * outbox files are signed with it, and checked against it on import), and
 * keeping the code unspent would mean keeping the credential or the code in
 * clear until then. A code spent here no longer enrols over the network.
 */
export async function makeEnrolmentFile(db: Kysely<ServerDatabase>, siteId: string, input: EnrolmentFileRequest, now: Date): Promise<EnrolmentFileResponse> {
  // The slow key derivation happens before the transaction, which then only writes two rows.
  const salt = randomBytes(16);
  const key = await deriveKey(input.enrolCode, salt);
  const spent = await db.transaction().execute(async (trx) => {
    const site = await trx.selectFrom('sites').select('id').where('id', '=', siteId).executeTakeFirst();
    if (!site) throw new SyncHttpError(404, 'not_found', '没有这个网点 / no such site');
    return spendCode(trx, { code: input.enrolCode, deviceName: input.deviceName, siteId }, now);
  });
  // 422, not 401: in the console a 401 means the staff member's session ended.
  if (!spent) throw new SyncHttpError(422, 'enrol_code_invalid', '该网点的登记码无效、已使用或已过期，请发新码后再制作注册文件 / this site’s enrolment code is unknown, used or expired: issue a new code, then make the file');

  const header: TransferHeader = { format: TRANSFER_FORMAT, version: 1, kind: 'enrolment', fileId: newId(), siteId: spent.site.id, deviceId: spent.deviceId, createdAt: now.toISOString() };
  const body: EnrolmentFileBody = {
    site: spent.site,
    deviceId: spent.deviceId,
    deviceName: input.deviceName,
    serverUrl: new URL(input.serverUrl).toString(),
    expiresAt: spent.codeExpiresAt,
    credential: seal(spent.credential, key, salt, header),
  };
  const bodyText = JSON.stringify(body);
  const secret = splitCredential(spent.credential)!.secret;
  const signature = createHmac('sha256', hashSecret(secret)).update(signingInput(header, bodyText), 'utf8').digest('hex');
  const file = { header, body: bodyText, sha256: createHash('sha256').update(bodyText, 'utf8').digest('hex'), signature };
  return {
    siteId: spent.site.id,
    deviceId: spent.deviceId,
    fileName: enrolmentFileName(spent.site.code, now),
    dataBase64: gzipSync(JSON.stringify(file)).toString('base64'),
    expiresAt: spent.codeExpiresAt,
  };
}

function deriveKey(code: string, salt: Buffer): Promise<Buffer> {
  const { N, r, p } = ENROLMENT_SCRYPT;
  return new Promise((resolve, reject) => scrypt(normaliseEnrolCode(code), salt, 32, { N, r, p, maxmem: 256 * N * r }, (error, key) => (error ? reject(error) : resolve(key))));
}

function seal(credential: string, key: Buffer, salt: Buffer, header: TransferHeader): SealedCredential {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(JSON.stringify(header), 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(credential, 'utf8'), cipher.final()]);
  return {
    kdf: 'scrypt',
    ...ENROLMENT_SCRYPT,
    salt: salt.toString('base64'),
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    keyCheck: createHmac('sha256', key).update(ENROLMENT_KEY_CHECK_LABEL, 'utf8').digest('hex'),
  };
}
