import { z } from 'zod';
import { HEAT_USER_TYPES, NOTICE_WAYS } from '../side-paths/heat-supply';
import { id, pastInstant, text } from './common';
import { method } from './define';

/**
 * The heat-supply company's side paths on a complaint (seed002 客户管理制度11; shared/side-paths/heat-supply.ts):
 * a stoppage with its notice (九(三)) and a room temperature measured (七(一)). Whether the pack offers them,
 * whether a notice is due and which band applies are computed in the core from the times entered.
 */

const celsius = z.number().min(-50, '温度过低 / temperature too low').max(60, '温度过高 / temperature too high');

export const stoppageNoticeInputSchema = z
  .object({
    at: pastInstant,
    way: z.enum(NOTICE_WAYS),
    /** 通知用户: the users told (a building, a street …). */
    to: text(500),
  })
  .strict();

export const saveStoppageSchema = z
  .object({
    complaintId: id,
    /** Absent for a new stoppage; with its version to update one (restored, notice given). */
    stoppageId: id.optional(),
    version: z.number().int().min(0),
    stoppedAt: pastInstant,
    /** Null while the heat is still off. */
    restoredAt: pastInstant.nullable(),
    /** 发生故障不能正常供热: the station's own judgement. */
    faultStopsSupply: z.boolean(),
    notice: stoppageNoticeInputSchema.nullable(),
  })
  .strict();

export const recordMeasurementSchema = z
  .object({
    complaintId: id,
    measuredAt: pastInstant,
    userType: z.enum(HEAT_USER_TYPES),
    temperature: celsius.multipleOf(0.1, '最多保留一位小数 / at most one decimal'),
    /** 平房 and 非居民: the contracted minimum (required for them, absent for a building; the core checks). */
    contractedMin: celsius.nullable(),
  })
  .strict();

export const stoppageSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  stoppedAt: z.string(),
  restoredAt: z.string().nullable(),
  faultStopsSupply: z.boolean(),
  minutes: z.number().int(),
  ongoing: z.boolean(),
  dueBecause: z.enum(['hours', 'fault']).nullable(),
  hoursReachedAt: z.string(),
  atLeastHours: z.number(),
  notice: z.object({ at: z.string(), way: z.enum(NOTICE_WAYS), to: z.string(), byName: z.string() }).nullable(),
  recordedByName: z.string(),
  source: z.string(),
});
export type Stoppage = z.infer<typeof stoppageSchema>;

export const measurementSchema = z.object({
  id: z.string(),
  measuredAt: z.string(),
  userType: z.enum(HEAT_USER_TYPES),
  temperature: z.number(),
  contractedMin: z.number().nullable(),
  band: z.enum(['within', 'outside', 'contract']),
  clock: z.string(),
  minimum: z.number(),
  met: z.boolean(),
  recordedByName: z.string(),
  source: z.string(),
});
export type Measurement = z.infer<typeof measurementSchema>;

export const heatSupplyRecordsSchema = z.object({
  /** Which paths the pack the complaint is graded by offers. */
  offers: z.object({ stoppageNotice: z.boolean(), roomTemperature: z.boolean() }),
  stoppages: z.array(stoppageSchema),
  measurements: z.array(measurementSchema),
});
export type HeatSupplyRecords = z.infer<typeof heatSupplyRecordsSchema>;

const byComplaint = z.object({ complaintId: id }).strict();

export const heatSupplyApi = {
  'heatSupply.get': method({ input: byComplaint, output: heatSupplyRecordsSchema, access: 'complaint.read', writes: false }),
  'heatSupply.saveStoppage': method({ input: saveStoppageSchema, output: heatSupplyRecordsSchema, access: 'complaint.read', writes: true }),
  'heatSupply.recordMeasurement': method({ input: recordMeasurementSchema, output: heatSupplyRecordsSchema, access: 'complaint.read', writes: true }),
};
