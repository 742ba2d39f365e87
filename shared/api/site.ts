import { z } from 'zod';
import { SITE_CODE_PATTERN } from '../domain/serial-number';
import { text } from './common';
import { method } from './define';

export const siteSchema = z.object({
  siteId: z.string(),
  code: z.string().regex(SITE_CODE_PATTERN),
  name: z.string(),
  organisation: z.string(),
  rulePack: z.string(),
  timeZone: z.string(),
  idleSignOutMinutes: z.number().int(),
});
export type Site = z.infer<typeof siteSchema>;

export const siteInputSchema = z.object({
  code: z.string().trim().toUpperCase().regex(SITE_CODE_PATTERN, '站点代码须为2–8位大写字母或数字'),
  name: text(100),
  organisation: text(100),
  rulePack: text(64),
});

export const siteApi = {
  'site.get': method({ input: z.object({}).strict(), output: siteSchema, access: 'signed-in', writes: false }),
};
