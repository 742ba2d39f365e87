import type { WorkflowActionInput } from '../../../shared/api/workflow';
import { workflowActionSchema } from '../../../shared/api/workflow';
import type { Channel, ComplaintKind, Remedy } from '../../../shared/domain/complaint-vocabulary';
import type { Role } from '../../../shared/domain/roles';
import type { CoreContext } from '../context';
import type { WriteDb } from '../db/handles';
import { DEMO_ADMIN_PASSWORD, DEMO_PIN } from './demo-credentials';
import { toComplaint } from '../complaints/complaint-rows';
import { getRow } from '../complaints/complaints-repository';
import { createComplaint } from '../complaints/complaints';
import { gradingEnv, recordGradingEnv } from '../complaints/grading';
import { hashSecret } from '../users/passwords';
import { createSite } from '../site/site';
import { findUserById, insertUser } from '../users/users';
import { performAction } from '../complaints/workflow';

/**
 * How a demo site is made (demo-data.ts picks one): its site record
 * and profile, its people (all with the demo PIN), complaints taken round the
 * loop with the real workflow, and whatever else it shows (customer files,
 * registers, checklists). Everything goes through the same services as the
 * screens, in one transaction.
 */

/**
 * A step a demo record has already been through, `minutes` after it was
 * entered, by `by`. A planned solution's time limit is the rule's own
 * resolution deadline (`dueAt: 'ruleLimit'`), so it is always allowed.
 */
export type DemoStep = { minutes: number; by: string; action: WorkflowActionInput | 'planSolution' };

export interface DemoComplaint {
  kind: ComplaintKind;
  channel: Channel;
  customerName: string;
  customerPhone?: string;
  content: string;
  remedy?: Remedy;
  hoursAgo: number;
  receiver: string;
  /** How far it has come round the loop, so the register shows every state, not ten overdue registrations. */
  history?: DemoStep[];
}

type Ids = Map<string, string>;
type DemoSiteRecord = { code: string; timeZone: string };

export interface DemoSiteDefinition {
  site: { code: string; name: string; organisation: string; rulePack: string; profileId: string };
  users: { login: string; displayName: string; roles: Role[]; unit: string }[];
  admin: { unit: string };
  complaints: DemoComplaint[];
  /** Customer files, by name, for the complaints to refer to. */
  customers?: (tx: WriteDb, ids: Ids, at: Date) => Map<string, string>;
  /** After the complaints: registers, checklists … `serials.media` is the serial of the complaint that came by the media. */
  extras?: (tx: WriteDb, ids: Ids, site: DemoSiteRecord, serials: { media?: string | undefined }, at: Date) => void;
}

/** The workflow steps of a site's people: who dispatches (accepts and assigns) and who handles. */
export function demoSteps(people: { dispatcher: string; handler: string }) {
  return {
    accept: (minutes: number): DemoStep => ({ minutes, by: people.dispatcher, action: { type: 'accept', assigneeId: people.handler } }),
    plan: (minutes: number): DemoStep => ({ minutes, by: people.handler, action: 'planSolution' }),
    log: (minutes: number, text: string): DemoStep => ({ minutes, by: people.handler, action: { type: 'log', entryType: 'progress', text } }),
    resolve: (minutes: number, result: string): DemoStep => ({ minutes, by: people.handler, action: { type: 'resolve', result, replyMethod: 'phone' } }),
    callBack: (minutes: number): DemoStep => ({
      minutes,
      by: people.dispatcher,
      action: { type: 'callBack', method: 'phone', resolutionAdequate: true, timeliness: 'satisfied', attitude: 'satisfied', result: 'satisfied' },
    }),
  };
}

export function answer(minutes: number, by: string, result: string): DemoStep {
  return { minutes, by, action: { type: 'resolve', result, replyMethod: 'phone' } };
}
export function closeAnswered(minutes: number, by: string): DemoStep {
  return { minutes, by, action: { type: 'close' } };
}

/** Takes a demo record through its history with the real workflow, each step at its own time. */
function replayHistory(tx: WriteDb, core: CoreContext, id: string, enteredAt: Date, history: DemoStep[], ids: Ids): void {
  for (const step of history) {
    const at = new Date(enteredAt.getTime() + step.minutes * 60_000);
    const env = gradingEnv(tx, at, core.calendar);
    const row = getRow(tx, id)!;
    let input: WorkflowActionInput;
    if (step.action === 'planSolution') {
      const limit = toComplaint(row, recordGradingEnv(tx, row, env)).grade?.deadlines.find((d) => d.step === 'resolution')?.due;
      const dueAt = limit ?? new Date(at.getTime() + 24 * 3_600_000).toISOString();
      const handler = ids.get(step.by)!;
      input = { type: 'planSolution', resolverId: handler, measures: '按规定时限处理并向客户反馈结果。', dueAt };
    } else if (step.action.type === 'accept') {
      input = { ...step.action, assigneeId: ids.get(step.action.assigneeId)! };
    } else {
      input = step.action;
    }
    const user = findUserById(tx, ids.get(step.by)!)!;
    performAction(tx, { id, version: row.version, action: workflowActionSchema.parse(input) }, user, env, at);
  }
}

/** Fills an empty store with one demo site. */
export async function seedDemoSite(core: CoreContext, demo: DemoSiteDefinition): Promise<void> {
  // Hash outside the transaction: scrypt is slow and the transaction must stay short.
  const pinHash = await hashSecret(DEMO_PIN, core.scryptCost);
  const adminHash = await hashSecret(DEMO_ADMIN_PASSWORD, core.scryptCost);
  const at = core.now();
  core.store.transaction((tx) => {
    const site = createSite(tx, { ...demo.site, demo: true }, at);
    const ids: Ids = new Map();
    for (const user of demo.users) ids.set(user.login, insertUser(tx, { ...user, secretKind: 'pin', secretHash: pinHash }, null, at).id);
    insertUser(tx, { login: 'admin', displayName: '总部管理员', roles: ['head_office_admin'], unit: demo.admin.unit, secretKind: 'password', secretHash: adminHash }, null, at);
    const customerIds = demo.customers?.(tx, ids, at) ?? new Map<string, string>();
    const oldestFirst = [...demo.complaints].sort((a, b) => b.hoursAgo - a.hoursAgo);
    let mediaSerial: string | undefined;
    for (const { hoursAgo, receiver, history, ...complaint } of oldestFirst) {
      const receivedAt = new Date(at.getTime() - hoursAgo * 3_600_000);
      const receiverId = ids.get(receiver)!;
      // Serial numbers follow the day the record is entered; demo records are entered at their receipt time.
      const enteredAt = new Date(receivedAt.getTime() + 120_000);
      const env = gradingEnv(tx, enteredAt, core.calendar);
      const involvement = { mediaInvolved: complaint.channel === 'media', regulatorInvolved: complaint.channel === 'regulator', tickedCriteria: [] };
      const customerId = customerIds.get(complaint.customerName);
      const created = createComplaint(tx, { ...complaint, ...involvement, customerId, receivedAt, firstReceiverId: receiverId }, site, env, receiverId, enteredAt);
      if (history) replayHistory(tx, core, created.id, enteredAt, history, ids);
      if (complaint.channel === 'media') mediaSerial = created.serial;
    }
    demo.extras?.(tx, ids, site, { media: mediaSerial }, at);
  });
}
