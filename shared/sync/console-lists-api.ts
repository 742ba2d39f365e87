import { z } from 'zod';
import { str } from '../api/common';
import { CONSOLE_BASE, siteSummarySchema, staffAccountSchema } from './console-api';

/**
 * The sites and staff screens' own paged lists (issue 20 item 16: every list
 * filters, sorts, pages and counts). The site picker keeps the whole list
 * from `CONSOLE_PATHS.sites`; these are for the screens only.
 */
export const CONSOLE_LIST_PATHS = {
  sites: `${CONSOLE_BASE}/site-list`,
  /** Console administrators only, like the rest of 人员/账号. */
  staff: `${CONSOLE_BASE}/staff-list`,
} as const;

const page = { offset: z.coerce.number().int().min(0).max(1_000_000).default(0), limit: z.coerce.number().int().min(1).max(200).default(50) };
const text = { q: str().trim().max(100).optional() };
const direction = { dir: z.enum(['asc', 'desc']).default('asc') };

/** The columns the sites list may be sorted by (an allow-list: anything else is refused as a bad request). */
export const SITE_SORTS = ['code', 'name', 'lastSync', 'created'] as const;
export type SiteSort = (typeof SITE_SORTS)[number];
/** enrolled: at least one device not revoked; unenrolled: none; revoked: at least one revoked device. */
export const SITE_DEVICE_STATES = ['enrolled', 'unenrolled', 'revoked'] as const;
export type SiteDeviceState = (typeof SITE_DEVICE_STATES)[number];

export const siteListQuerySchema = z
  .object({ ...text, devices: z.enum(SITE_DEVICE_STATES).optional(), sort: z.enum(SITE_SORTS).default('code'), ...direction, ...page })
  .strict();
export type SiteListQuery = Partial<Omit<z.output<typeof siteListQuerySchema>, 'limit'>>;
export const siteListResponseSchema = z.object({ rows: z.array(siteSummarySchema), total: z.number().int(), offset: z.number().int(), limit: z.number().int() }).strict();

export const STAFF_SORTS = ['login', 'name', 'created'] as const;
export type StaffSort = (typeof STAFF_SORTS)[number];
export const STAFF_STATES = ['active', 'disabled'] as const;
export type StaffState = (typeof STAFF_STATES)[number];

export const staffListQuerySchema = z
  .object({ ...text, state: z.enum(STAFF_STATES).optional(), sort: z.enum(STAFF_SORTS).default('login'), ...direction, ...page })
  .strict();
export type StaffListQuery = Partial<Omit<z.output<typeof staffListQuerySchema>, 'limit'>>;
export const staffPageResponseSchema = z.object({ rows: z.array(staffAccountSchema), total: z.number().int(), offset: z.number().int(), limit: z.number().int() }).strict();
