import { z } from 'zod';
import { ACCEPTED_IMAGE_TYPES, MAX_ATTACHMENT_BASE64_CHARS } from '../domain/attachments';
import { CHECKLISTS, MEDIA_CATEGORY_CODE, MEDIA_CHANNELS, type ChecklistCode, MEDIA_STATUSES, NOTIFY_PARTY_CODES } from '../domain/media';
import { bilingualSchema } from '../checklists/template-schema';
import { EARLIEST_YEAR, LATEST_YEAR, id, optionalText, pastInstant, str } from './common';
import { method } from './define';

const required = (max: number, message: string) => str().trim().min(1, message).max(max, `不能超过 ${max} 个字`);
const version = z.number().int().min(1);
/** The S1 procedures an incident may tick (`checklistsFor` says which apply). */
const checklistCode = z.enum(Object.keys(CHECKLISTS) as [ChecklistCode, ...ChecklistCode[]]);
const serial = str().trim().max(40).optional().transform((v) => (v === '' ? undefined : v));

export const attachmentInfoSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mimeType: z.enum(ACCEPTED_IMAGE_TYPES),
  size: z.number().int(),
  sha256: z.string(),
  addedAt: z.string(),
  addedByName: z.string(),
});
export type AttachmentInfo = z.infer<typeof attachmentInfoSchema>;

export const mediaIncidentSchema = z.object({
  id: z.string(),
  occurredAt: z.string(),
  channel: z.enum(MEDIA_CHANNELS),
  /** 媒体名称, 栏目, 当事记者姓名 (S1 四(三)1). */
  mediaName: z.string().nullable(),
  programme: z.string().nullable(),
  journalistName: z.string().nullable(),
  /** A journalist came to the site: the on-site checklist applies. */
  journalistOnSite: z.boolean(),
  /** A category code of the site's organisation profile (or, for an older case, of the profile it ran then). */
  contentCategory: z.string().nullable(),
  description: z.string(),
  /** For online items: where it was posted and how to reach the poster (S1 四(五)3(2)). */
  platform: z.string().nullable(),
  posterContact: z.string().nullable(),
  complaint: z.object({ id: z.string(), serial: z.string() }).nullable(),
  status: z.enum(MEDIA_STATUSES),
  statusNote: z.string().nullable(),
  recordedAt: z.string(),
  recordedByName: z.string(),
  attachmentCount: z.number().int(),
  version: z.number().int(),
});
export type MediaIncident = z.infer<typeof mediaIncidentSchema>;

export const mediaIncidentDetailSchema = mediaIncidentSchema.extend({
  notifications: z.array(z.object({ party: z.enum(NOTIFY_PARTY_CODES), notifiedAt: z.string(), byName: z.string(), note: z.string().nullable() })),
  /** Ticked steps of the checklists that apply (see `checklistsFor`). */
  steps: z.array(z.object({ checklist: checklistCode, code: z.string(), doneAt: z.string(), byName: z.string(), note: z.string().nullable() })),
  attachments: z.array(attachmentInfoSchema),
});
export type MediaIncidentDetail = z.infer<typeof mediaIncidentDetailSchema>;

export const newMediaIncidentSchema = z
  .object({
    occurredAt: pastInstant,
    channel: z.enum(MEDIA_CHANNELS, { error: '请选择渠道' }),
    journalistOnSite: z.boolean().default(false),
    mediaName: optionalText(100),
    programme: optionalText(100),
    journalistName: optionalText(50),
    /** One of the site's profile's categories (checked in the core). */
    contentCategory: str().regex(MEDIA_CATEGORY_CODE).optional(),
    description: required(4000, '请填写事件经过'),
    platform: optionalText(100),
    posterContact: optionalText(200),
    /** 关联投诉: the serial of the complaint record, if there is one. */
    complaintSerial: serial,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.channel === 'online' && !v.platform) ctx.addIssue({ code: 'custom', path: ['platform'], message: '网络负面信息请填写发布平台' });
    if (v.channel !== 'online' && !v.mediaName) ctx.addIssue({ code: 'custom', path: ['mediaName'], message: '请填写媒体名称' });
  });
export type NewMediaIncident = z.input<typeof newMediaIncidentSchema>;

export const attachImageSchema = z
  .object({
    id,
    fileName: required(200, '请选择图片文件'),
    mimeType: z.enum(ACCEPTED_IMAGE_TYPES, { error: '只接受 PNG、JPEG、WebP 或 GIF 图片' }),
    dataBase64: str()
      .min(1, '图片是空的')
      .max(MAX_ATTACHMENT_BASE64_CHARS, '图片不能超过 750 KB')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, '图片数据无法读取'),
  })
  .strict();

export const mediaStatisticsSchema = z.object({
  year: z.number().int(),
  total: z.number().int(),
  byChannel: z.record(z.enum(MEDIA_CHANNELS), z.number().int()),
  /** By category code, `uncategorised` for the cases given none. */
  byCategory: z.record(z.string(), z.number().int()),
  /** The categories counted, in order: the site's profile's, then any older code found; a label is null when no profile known here has the code. */
  categories: z.array(z.object({ code: z.string(), label: bilingualSchema.nullable() })),
});
export type MediaStatistics = z.infer<typeof mediaStatisticsSchema>;

const detail = <I extends z.ZodType>(input: I, access: 'media.record' | 'media.manage') => method({ input, output: mediaIncidentDetailSchema, access, writes: true });

export const mediaApi = {
  'media.list': method({
    input: z.object({ year: z.number().int().min(EARLIEST_YEAR).max(LATEST_YEAR).optional() }).strict(),
    output: z.array(mediaIncidentSchema),
    access: 'media.read',
    writes: false,
  }),
  'media.get': method({ input: z.object({ id }).strict(), output: mediaIncidentDetailSchema, access: 'media.read', writes: false }),
  'media.create': detail(newMediaIncidentSchema, 'media.record'),
  'media.linkComplaint': detail(z.object({ id, version, complaintSerial: required(40, '请填写投诉编号') }).strict(), 'media.record'),
  /** Ticks (or, with done: false, unticks) one step of an applicable checklist, with who and when. */
  'media.tickStep': detail(z.object({ id, checklist: checklistCode, code: str().min(1).max(64), done: z.boolean(), note: optionalText(500) }).strict(), 'media.record'),
  'media.notify': detail(z.object({ id, party: z.enum(NOTIFY_PARTY_CODES, { error: '请选择通知对象' }), notifiedAt: pastInstant, note: optionalText(500) }).strict(), 'media.record'),
  'media.attach': detail(attachImageSchema, 'media.record'),
  /** Takes an image attached by mistake off the incident, only while it is still open (not yet handled). */
  'media.removeImage': detail(z.object({ id, version, attachmentId: id }).strict(), 'media.record'),
  'media.setStatus': detail(z.object({ id, version, status: z.enum(MEDIA_STATUSES), note: optionalText(1000) }).strict(), 'media.manage'),
  'media.attachment': method({
    input: z.object({ attachmentId: id }).strict(),
    output: z.object({ id: z.string(), mimeType: z.enum(ACCEPTED_IMAGE_TYPES), dataBase64: z.string() }),
    access: 'media.read',
    writes: false,
  }),
  /** Counts per year by channel and by content category, as S1 二、1 counts 2013. */
  'media.statistics': method({ input: z.object({ year: z.number().int().min(EARLIEST_YEAR).max(LATEST_YEAR) }).strict(), output: mediaStatisticsSchema, access: 'media.read', writes: false }),
};
