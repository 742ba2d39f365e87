import { z } from 'zod';
import { empty, str } from './common';
import { method } from './define';

/** A reply file travels base64 in the request; the browser-mode bridge takes 1 MiB bodies, so up to 750 KB (ids and reference data fit easily). */
const MAX_REPLY_BASE64_CHARS = Math.ceil((750 * 1024) / 3) * 4;

export const exportTransferResultSchema = z.object({
  fileName: z.string(),
  dataBase64: z.string(),
  entries: z.number().int().nonnegative(),
  /** Pending entries beyond this file; export again for the next file. */
  remaining: z.number().int().nonnegative(),
});
export type ExportTransferResult = z.infer<typeof exportTransferResultSchema>;

export const importTransferSchema = z
  .object({
    fileName: str().min(1).max(200),
    dataBase64: str().min(1, '文件是空的 / the file is empty').max(MAX_REPLY_BASE64_CHARS, '回执文件不能超过 750 KB / the reply file may not exceed 750 KB').regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件数据无法读取 / unreadable file data'),
  })
  .strict();

export const importTransferResultSchema = z.object({
  acknowledged: z.number().int().nonnegative(),
  applied: z.number().int().nonnegative(),
  unreadable: z.array(z.string()),
});
export type ImportTransferResult = z.infer<typeof importTransferResultSchema>;

/** An enrolment file is a few hundred bytes (shared/sync/enrolment-file.ts); 64 KB is far beyond any. */
const MAX_ENROLMENT_BASE64_CHARS = Math.ceil((64 * 1024) / 3) * 4;

export const enrolByFileSchema = z
  .object({
    fileName: str().min(1).max(200),
    dataBase64: str().min(1, '文件是空的 / the file is empty').max(MAX_ENROLMENT_BASE64_CHARS, '这不是注册文件：注册文件不超过 64 KB / not an enrolment file: those are under 64 KB').regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件数据无法读取 / unreadable file data'),
    /** The one-time code head office read over the telephone: it opens the file. */
    code: str().trim().min(6, '请输入总部给的登记码 / enter the code head office gave you').max(64),
  })
  .strict();

export const enrolByFileResultSchema = z.object({
  siteId: z.string(),
  siteCode: z.string(),
  deviceId: z.string(),
  /** This computer already held this file's enrolment: nothing was changed. */
  alreadyEnrolled: z.boolean(),
});

/** Offline transfer by USB stick (shared/sync/transfer-file.ts): enrolment by file, the outbox out as a signed file, head office's reply file in. */
export const syncTransferApi = {
  'sync.exportTransfer': method({ input: empty, output: exportTransferResultSchema, access: 'sync.manage', writes: true }),
  'sync.importTransfer': method({ input: importTransferSchema, output: importTransferResultSchema, access: 'sync.manage', writes: true }),
  /** Enrols a computer that never reached head office, from head office's enrolment file and the code told by telephone. */
  'sync.enrolByFile': method({ input: enrolByFileSchema, output: enrolByFileResultSchema, access: 'sync.manage', writes: false }),
};
