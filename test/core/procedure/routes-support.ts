import type { ComplaintDetail } from '../../../shared/api/complaints';
import type { WorkflowActionInput } from '../../../shared/api/workflow';
import type { ApprovalStep } from '../../../shared/rules/procedure-schema';
import type { TestCore } from '../../support/temp-core';
import { siteFieldSamples } from '../../support/record-field-samples';

/** The demo site's users by login (PIN 123456), whatever posts the test maps them to. */
const NAMES: Record<string, string> = { wangjg: '王建国', limei: '李梅', zhangwei: '张伟', zhaoli: '赵丽', liuqiang: '刘强', chenzm: '陈志明', zhouht: '周海涛' };

export const satisfied: WorkflowActionInput = { type: 'callBack', method: 'phone', resolutionAdequate: true, timeliness: 'satisfied', attitude: 'satisfied', result: 'satisfied' };

export function routeDriver(core: TestCore) {
  const sessions = new Map<string, string>();
  const session = async (login: string) => sessions.get(login) ?? (sessions.set(login, await core.signIn(login)), sessions.get(login)!);
  const ids = new Map<string, string>();
  const userId = async (login: string) => {
    if (!ids.has(login)) {
      const users = await core.call('users.colleagues', {}, await session('wangjg'));
      for (const [l, name] of Object.entries(NAMES)) ids.set(l, users.find((u) => u.displayName === name)?.id ?? '');
    }
    return ids.get(login)!;
  };
  const get = async (c: { id: string }, login = 'wangjg') => core.call('complaints.get', { id: c.id }, await session(login));
  return {
    userId,
    get,
    /** The station lead switches the site to an organisation's profile. */
    profile: async (profileId: string) => core.call('profiles.setSiteProfile', { profileId }, await session('wangjg')),
    /** The station lead maps a user onto source roles. */
    map: async (login: string, roleIds: string[]) => core.call('procedure.setHolder', { userId: await userId(login), roleIds }, await session('wangjg')),
    create: async (login: string, input: Record<string, unknown> = {}) => {
      const created = await core.call(
        'complaints.create',
        { kind: 'complaint', channel: 'phone', customerName: '欧阳晓芸', customerPhone: '137 0000 4321', content: '门店服务态度差，要求处理。', recordFields: siteFieldSamples(core, 'intake'), ...input },
        await session(login),
      );
      return get(created, login);
    },
    /** A step, with the values of the record fields the site's pack asks at it (sample values of the required ones when none are given). */
    act: async (login: string, c: ComplaintDetail, action: WorkflowActionInput, recordFields?: Record<string, string>) =>
      core.call('complaints.act', { id: c.id, version: c.version, action, recordFields: recordFields ?? siteFieldSamples(core, action.type) }, await session(login)),
    /** The refusal a step meets (the test fails if it goes through). */
    refused: async (login: string, c: ComplaintDetail, action: WorkflowActionInput, recordFields?: Record<string, string>) => {
      const input = { id: c.id, version: c.version, action, ...(recordFields ? { recordFields } : {}) };
      const response = await core.dispatch({ method: 'complaints.act', session: await session(login), input });
      if (response.ok) throw new Error(`expected ${login}'s ${action.type} to be refused`);
      return response.error;
    },
    approve: async (login: string, c: ComplaintDetail, step: ApprovalStep) => {
      await core.call('procedure.approveStep', { complaintId: c.id, version: c.version, step }, await session(login));
      return get(c, login);
    },
    /**
     * A step's limit through the public API: its due time, not overdue at it, overdue a minute later
     * (the clock is put back afterwards).
     */
    boundary: async (c: ComplaintDetail, step: string) => {
      const was = core.clock.now();
      const due = (await get(c)).grade?.deadlines.find((d) => d.step === step)?.due ?? null;
      if (!due) throw new Error(`no due time for ${step}`);
      const overdueAt = async (ms: number) => {
        core.clock.set(new Date(new Date(due).getTime() + ms));
        // A fresh session: the cached ones lapse when the clock jumps days ahead.
        const later = await core.call('complaints.get', { id: c.id }, await core.signIn('wangjg'));
        return later.grade?.overdue.includes(step) ?? false;
      };
      const result = { due, overdueAtDue: await overdueAt(0), overdueAMinuteLater: await overdueAt(60_000) };
      core.clock.set(was);
      return result;
    },
    approvalRefused: async (login: string, c: ComplaintDetail, step: ApprovalStep) => {
      const response = await core.dispatch({ method: 'procedure.approveStep', session: await session(login), input: { complaintId: c.id, version: c.version, step } });
      if (response.ok) throw new Error(`expected ${login}'s ${step} to be refused`);
      return response.error;
    },
  };
}
