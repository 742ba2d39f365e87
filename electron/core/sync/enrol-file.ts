import { createDecipheriv, createHash, createHmac, scrypt, timingSafeEqual } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { ENROLMENT_KEY_CHECK_LABEL, enrolmentFileBodySchema, normaliseEnrolCode, type EnrolmentFileBody } from '../../../shared/sync/enrolment-file';
import { signingInput, transferFileSchema, type TransferFile } from '../../../shared/sync/transfer-file';
import type { Store } from '../db/store';
import { storeEnrolment, type Enrolled } from './enrol';
import { readState, writeState } from './sync-state';

/** An enrolment file is a few hundred bytes; anything far bigger is not one. */
const MAX_ENROLMENT_JSON_BYTES = 64 * 1024;

/** A refused enrolment file, pointing at what to correct: the file chosen, or the code typed. */
export class EnrolmentFileError extends Error {
  constructor(
    readonly field: 'file' | 'code',
    message: string,
  ) {
    super(message);
    this.name = 'EnrolmentFileError';
  }
}

export interface EnrolledByFile extends Enrolled {
  /** This computer already held this very enrolment: nothing was changed. */
  alreadyEnrolled: boolean;
}

/**
 * Enrols this computer from head office's enrolment file and the one-time
 * code read over the telephone (shared/sync/enrolment-file.ts), with no
 * network: the file is checked (format, checksum, expiry), the credential
 * opened with the code and the file's signature checked with it, then the
 * enrolment is stored exactly as a network enrolment stores it. Automatic
 * sync starts off (a site enrolled by file has no network; 立即同步 and the
 * interval setting are there when it gets one). Whether head office revoked
 * the device since cannot be known here: the first network sync is answered
 * 403 (revoked) and the first outbox file is refused at head office's import.
 */
export async function enrolFromFile(store: Store, input: { fileBytes: Buffer; code: string; userId: string | null }, now: Date): Promise<EnrolledByFile> {
  const file = readEnrolmentFile(input.fileBytes);
  const { header } = file;
  if (readState(store.read, 'credential') !== null && readState(store.read, 'deviceId') === header.deviceId) {
    return { siteId: header.siteId, siteCode: readState(store.read, 'siteCode') ?? '', deviceId: header.deviceId, alreadyEnrolled: true };
  }
  const body = parseBody(file.body);
  if (body.site.id !== header.siteId || body.deviceId !== header.deviceId) throw altered();
  if (Date.parse(body.expiresAt) <= now.getTime()) {
    throw new EnrolmentFileError('code', `登记码已于 ${body.expiresAt.slice(0, 10)} 过期，这份注册文件不能再用：请总部发新码并重新制作注册文件 / the code expired on ${body.expiresAt.slice(0, 10)}: ask head office for a new code and a new file`);
  }

  const credential = await openCredential(body, file, input.code);
  const dot = credential.indexOf('.');
  if (credential.slice(0, dot) !== header.deviceId) throw altered();
  // Signed by head office with the key only this credential yields: the plain fields (site, expiry, address) are as it wrote them.
  const signingKey = createHash('sha256').update(credential.slice(dot + 1), 'utf8').digest('hex');
  const signature = createHmac('sha256', signingKey).update(signingInput(header, file.body), 'utf8').digest('hex');
  if (signature !== file.signature) throw altered();

  const enrolled = { siteId: body.site.id, siteCode: body.site.code, deviceId: header.deviceId };
  store.transaction((tx) => {
    storeEnrolment(tx, { serverUrl: body.serverUrl, credential, ...enrolled }, { userId: input.userId, at: now, via: 'file', fileId: header.fileId });
    writeState(tx, 'intervalMinutes', '0');
    writeState(tx, 'nextAttemptAt', null);
    writeState(tx, 'failureCount', null);
  });
  return { ...enrolled, alreadyEnrolled: false };
}

const notAFile = () => new EnrolmentFileError('file', '文件已损坏或不是 Branchline 注册文件 / the file is damaged or not a Branchline enrolment file');
const transferNotEnrolment = () =>
  new EnrolmentFileError('file', '这是U盘传送的数据文件，不是注册文件：请选总部制作的注册文件（文件名含“注册”）/ this is a transfer file, not an enrolment file: choose the one whose name contains 注册');
const offFormat = () => new EnrolmentFileError('file', '注册文件内容格式不对 / the enrolment file does not match the format');
const altered = () => new EnrolmentFileError('file', '注册文件已被改动，不是总部制作的原样：请向总部重新索取 / the enrolment file was altered: ask head office for it again');

function readEnrolmentFile(fileBytes: Buffer): TransferFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(gunzipSync(fileBytes, { maxOutputLength: MAX_ENROLMENT_JSON_BYTES }).toString('utf8'));
  } catch (error) {
    // Far too big for an enrolment file: most likely the outbox or reply file of the USB transfer.
    throw (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? transferNotEnrolment() : notAFile();
  }
  const file = transferFileSchema.safeParse(parsed);
  if (!file.success) throw new EnrolmentFileError('file', '不是 Branchline 注册文件，或版本不受支持 / not a Branchline enrolment file, or an unsupported version');
  if (file.data.header.kind !== 'enrolment') throw transferNotEnrolment();
  if (createHash('sha256').update(file.data.body, 'utf8').digest('hex') !== file.data.sha256) {
    throw new EnrolmentFileError('file', '文件校验和不符：复制时已损坏，请从总部重新拷贝 / checksum mismatch: the copy is damaged, copy it from head office again');
  }
  return file.data;
}

function parseBody(body: string): EnrolmentFileBody {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw notAFile();
  }
  const parsed = enrolmentFileBodySchema.safeParse(json);
  if (!parsed.success) throw offFormat();
  return parsed.data;
}

/** The credential, opened with the key the code yields; a wrong code is told from an altered ciphertext by the key check. */
async function openCredential(body: EnrolmentFileBody, file: TransferFile, code: string): Promise<string> {
  const sealed = body.credential;
  // Parameters scrypt refuses (N not a power of two) are a file off the format, not a crash.
  const key = await new Promise<Buffer>((resolve, reject) => {
    try {
      scrypt(normaliseEnrolCode(code), Buffer.from(sealed.salt, 'base64'), 32, { N: sealed.N, r: sealed.r, p: sealed.p, maxmem: 256 * sealed.N * sealed.r }, (error, derived) =>
        error ? reject(offFormat()) : resolve(derived),
      );
    } catch {
      reject(offFormat());
    }
  });
  const check = createHmac('sha256', key).update(ENROLMENT_KEY_CHECK_LABEL, 'utf8').digest();
  if (!timingSafeEqual(check, Buffer.from(sealed.keyCheck, 'hex'))) {
    throw new EnrolmentFileError('code', '登记码与这份注册文件不符：请核对总部电话告知的登记码 / the code does not open this enrolment file: check the code head office told you');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(Buffer.from(JSON.stringify(file.header), 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw altered();
  }
}
