import { z } from 'zod';
import { APPROVAL_GATES, APPROVAL_STEPS, ROUTE_STEPS } from '../rules/procedure-schema';
import { bilingualNoteSchema } from '../sources/choice-note';
import { empty, id, optionalText, str } from './common';
import { method } from './define';

const bilingual = z.object({ zh: z.string(), en: z.string() });

/** The source roles of the site's pack, and who holds them (the station lead's mapping screen). */
export const procedureRolesSchema = z.object({
  /** The site's pack; null when it names no procedure (the screen then says the app's own roles apply). */
  packId: z.string().nullable(),
  roles: z.array(z.object({ id: z.string(), name: bilingual, source: z.string(), choice: bilingualNoteSchema.nullable() })),
  /** Per user, the source roles held; users holding none are left out. */
  holders: z.array(z.object({ userId: z.string(), roleIds: z.array(z.string()) })),
});
export type ProcedureRoles = z.infer<typeof procedureRolesSchema>;

/** The route a case runs on, as its detail screen shows it: who takes each step, and the approvals given or awaited. */
export const routeViewSchema = z.object({
  classCode: z.string(),
  steps: z.array(z.object({ step: z.enum(ROUTE_STEPS), roles: z.array(bilingual), source: z.string(), choice: bilingualNoteSchema.nullable() })),
  approvals: z.array(
    z.object({
      step: z.enum(APPROVAL_STEPS),
      before: z.enum(APPROVAL_GATES),
      roles: z.array(bilingual),
      source: z.string(),
      given: z.object({ byName: z.string().nullable(), at: z.string() }).nullable(),
      /** The signed-in user holds the role and may give it now. */
      mayGive: z.boolean(),
      /** A joint approval (会同): how many parties give it, and who gave their part so far (「1/2 已会签」 until all did). */
      joint: z
        .object({ of: z.number().int().min(2), givenBy: z.array(z.object({ byName: z.string().nullable(), at: z.string() })) })
        .nullable()
        .default(null),
    }),
  ),
});
export type RouteView = z.infer<typeof routeViewSchema>;

export const procedureApi = {
  'procedure.roles': method({ input: empty, output: procedureRolesSchema, access: 'users.read', writes: false }),
  /** Replaces the source roles one user holds for the site's pack. */
  'procedure.setHolder': method({
    input: z.object({ userId: id, roleIds: z.array(str().min(1).max(64)).max(32) }).strict(),
    output: procedureRolesSchema,
    access: 'users.manage',
    writes: true,
  }),
  /** 审核 / 审批 / 签字确认 on a case, by a holder of the route's role (the route, not an app permission, decides). */
  'procedure.approveStep': method({
    input: z.object({ complaintId: id, version: z.number().int(), step: z.enum(APPROVAL_STEPS), note: optionalText(1000) }).strict(),
    output: z.object({ complaintId: z.string(), version: z.number().int() }),
    access: 'complaint.read',
    writes: true,
  }),
};
