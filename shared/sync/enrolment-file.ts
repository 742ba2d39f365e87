import { z } from 'zod';
import { sha256Hex } from './protocol';
import { TRANSFER_EXTENSION } from './transfer-file';

/**
 * Offline enrolment (issue #7 item 8): a site with no network at all cannot
 * spend its one-time code at head office, so head office spends it for the
 * site. The console creates the device (exactly as a network enrolment would)
 * and saves an enrolment file that travels by USB stick; the code travels
 * separately, by telephone, and is what opens the file.
 *
 * The file is a transfer file (shared/sync/transfer-file.ts: gzip'd JSON
 * `{header, body, sha256, signature}`) whose header has kind 'enrolment' and
 * whose body is `EnrolmentFileBody`. The body says which site and device it
 * enrols and carries the device credential sealed:
 *
 * - key = scrypt(normaliseEnrolCode(code), salt, 32 bytes, N, r, p);
 * - the credential is AES-256-GCM encrypted with that key, a random 12-byte
 *   iv, and the header as written (`JSON.stringify(header)`) as additional
 *   data, so a sealed credential moved into another file does not open;
 * - `keyCheck` = HMAC-SHA256(key, ENROLMENT_KEY_CHECK_LABEL): a wrong code
 *   is told from an altered ciphertext. It adds nothing to guessing: the
 *   code has 60 random bits and each guess costs an scrypt.
 *
 * The sha256 names a damaged copy, as in every transfer file. The signature
 * is the usual one (HMAC-SHA256 keyed by the sha256 of the credential's
 * secret, over `signingInput(header, body)`): the site checks it once it has
 * opened the credential, so a file whose plain fields (site, expiry, server
 * address) were edited is refused. Computed by each side's crypto (server
 * seals, core opens): this file is pure data.
 */
export const ENROLMENT_KEY_CHECK_LABEL = 'branchline-enrolment-key-check';
/** scrypt cost for sealing: as for console passwords (32 MiB, about 0.1 s); the file names it, so it can rise later. */
export const ENROLMENT_SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/).max(2000);
const id = z.string().min(1).max(128);

export const sealedCredentialSchema = z
  .object({
    kdf: z.literal('scrypt'),
    N: z.number().int().min(2 ** 10).max(2 ** 20),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: base64,
    cipher: z.literal('aes-256-gcm'),
    iv: base64,
    tag: base64,
    ciphertext: base64,
    keyCheck: sha256Hex,
  })
  .strict();
export type SealedCredential = z.infer<typeof sealedCredentialSchema>;

export const enrolmentFileBodySchema = z
  .object({
    site: z.object({ id, code: z.string().min(1).max(16), name: z.string().min(1).max(100) }).strict(),
    deviceId: id,
    deviceName: z.string().min(1).max(100),
    /** Head office's address, used if the site ever gets a network (its automatic sync starts off). */
    serverUrl: z.string().max(500).regex(/^https?:\/\/[^\s/]+/i),
    /** When the code that opens the file expires: after it the file is refused, and head office makes a new one. */
    expiresAt: z.iso.datetime({ offset: true }),
    credential: sealedCredentialSchema,
  })
  .strict();
export type EnrolmentFileBody = z.infer<typeof enrolmentFileBodySchema>;

/**
 * The code as hashed at head office and as key material for the file: case,
 * spaces and dashes do not matter, and O/I/L typed for 0/1 are forgiven
 * (Crockford's base32, read over a telephone).
 */
export function normaliseEnrolCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** What a person sees on the stick: `YY42-注册-20261204.branchline`. */
export function enrolmentFileName(siteCode: string, createdAt: Date): string {
  return `${siteCode}-注册-${createdAt.toISOString().slice(0, 10).replace(/-/g, '')}${TRANSFER_EXTENSION}`;
}

const serverUrl = z
  .string()
  .trim()
  .max(500)
  .refine((value) => /^https?:\/\/[^\s/]+/i.test(value), { message: '请输入 http:// 或 https:// 开头的总部服务器地址 / enter the head-office server address (http:// or https://)' });

/** Head office asks for a site's enrolment file with the code it was just shown (the code is spent by it). */
export const enrolmentFileRequestSchema = z
  .object({
    enrolCode: z.string().trim().min(6).max(64),
    deviceName: z.string().trim().min(1, '请填写设备名称 / enter the device name').max(100),
    /** The address sites reach head office at; the console sends the one it was opened at. */
    serverUrl,
  })
  .strict();
export type EnrolmentFileRequest = z.infer<typeof enrolmentFileRequestSchema>;

export const enrolmentFileResponseSchema = z
  .object({
    siteId: id,
    deviceId: id,
    fileName: z.string(),
    dataBase64: z.string(),
    expiresAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type EnrolmentFileResponse = z.infer<typeof enrolmentFileResponseSchema>;
