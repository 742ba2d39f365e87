import type { ComplaintDetail } from '../../../shared/api/complaints';
import type { WorkflowActionInput } from '../../../shared/api/workflow';
import type { ApprovalStep } from '../../../shared/rules/procedure-schema';
import type { TestCore } from '../../support/temp-core';

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
        { kind: 'complaint', channel: 'phone', customerName: '欧阳晓芸', customerPhone: '137 0000 4321', content: '门店服务态度差，要求处理。', ...input },
        await session(login),
      );
      return get(created, login);
    },
    act: async (login: string, c: ComplaintDetail, action: WorkflowActionInput) => core.call('complaints.act', { id: c.id, version: c.version, action }, await session(login)),
    /** The refusal a step meets (the test fails if it goes through). */
    refused: async (login: string, c: ComplaintDetail, action: WorkflowActionInput) => {
      const response = await core.dispatch({ method: 'complaints.act', session: await session(login), input: { id: c.id, version: c.version, action } });
      if (response.ok) throw new Error(`expected ${login}'s ${action.type} to be refused`);
      return response.error;
    },
    approve: async (login: string, c: ComplaintDetail, step: ApprovalStep) => {
      await core.call('procedure.approveStep', { complaintId: c.id, version: c.version, step }, await session(login));
      return get(c, login);
    },
    approvalRefused: async (login: string, c: ComplaintDetail, step: ApprovalStep) => {
      const response = await core.dispatch({ method: 'procedure.approveStep', session: await session(login), input: { complaintId: c.id, version: c.version, step } });
      if (response.ok) throw new Error(`expected ${login}'s ${step} to be refused`);
      return response.error;
    },
  };
}
