import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ComplaintTimeline } from '../../renderer/console/screens/ComplaintTimeline';
import { setLanguage } from '../../renderer/i18n/i18n';
import type { ComplaintDetail } from '../../shared/sync/console-api';

/** Payloads as the site writes them (electron/core/complaints/workflow-records.ts addEvent, workflow-steps.ts, escalation-service.ts). */
const AT = '2026-03-05T06:30:00.000Z'; // 14:30 in the site's zone
const people = { u1: '张三', u2: '李四' };

type Entry = ComplaintDetail['history'][number];
type Json = Entry['payload'];

function event(action: string, details: Record<string, Json>, userId: string | null = 'u1', at = AT): Entry {
  return { entity: 'complaint_event', id: `c1#${action}`, at, payload: { complaintId: 'c1', at, userId, action, from: 'assigned', to: 'in_progress', details } };
}

function sentences(history: ComplaintDetail['history'], rulePackId: string | null = 'sichuan-group-p6'): string[] {
  render(<ComplaintTimeline detail={{ history, people, rulePackId }} />);
  return screen.getAllByTestId('history-sentence').map((li) => li.textContent ?? '');
}

afterEach(() => setLanguage('zh-CN'));

const CASES: [string, Entry, string][] = [
  ['create', event('create', {}), '2026年3月5日 14:30 张三 登记了这条投诉。'],
  ['accept', event('accept', { assigneeId: 'u2', assigneeName: '李四', unit: '营业部', note: '请尽快联系' }), '2026年3月5日 14:30 张三 受理并指派给 李四（营业部），备注：请尽快联系。'],
  ['markInvalid', event('markInvalid', { reasonCode: 'not_verifiable', explanation: '电话无法接通' }, 'u1'), '2026年3月5日 14:30 张三 判定为无效投诉，原因：对象或内容不明确，无法查实，备注：电话无法接通。'],
  [
    'planSolution',
    event('planSolution', { resolverId: 'u2', resolverName: '李四', measures: '更换水泵', dueAt: '2026-03-08T09:00:00.000Z', late: false, limit: null }),
    '2026年3月5日 14:30 张三 登记解决方案：解决人 李四，措施：更换水泵，时限 2026年3月8日 17:00。',
  ],
  ['log', event('log', { entryType: 'delay_explained', text: '已电话说明', customerAgreed: true }), '2026年3月5日 14:30 张三 登记处理过程（向客户说明延迟），已电话说明，客户同意延期。'],
  [
    'requestExtension',
    event('requestExtension', { extensionId: 'x1', extensionType: 'multi_department', reason: '需供水公司配合', newDueAt: '2026-03-12T09:00:00.000Z', takesEffectBy: 'approval' }),
    '2026年3月5日 14:30 张三 申请延期（涉及多部门），延至 2026年3月12日 17:00，原因：需供水公司配合。',
  ],
  ['decideExtension', event('decideExtension', { extensionId: 'x1', approve: true, newDueAt: '2026-03-12T09:00:00.000Z' }, 'u2'), '2026年3月5日 14:30 李四 批准延期，延至 2026年3月12日 17:00。'],
  ['refer', event('refer', { reason: '超出网点权限' }), '2026年3月5日 14:30 张三 上报总行处理，原因：超出网点权限。'],
  ['resolve', event('resolve', { result: '已更换水泵，水压恢复', replyMethod: 'phone', customerInformedAt: AT }), '2026年3月5日 14:30 张三 处理完毕并答复客户，答复方式：电话，答复：已更换水泵，水压恢复。'],
  ['callBack', event('callBack', { callBackId: 'b1', method: 'phone', satisfied: false }), '2026年3月5日 14:30 张三 回访客户，回访方式：电话，客户不满意，退回处理。'],
  [
    'complaint_call_back',
    {
      entity: 'complaint_call_back',
      id: 'b1',
      at: AT,
      payload: { id: 'b1', complaintId: 'c1', at: AT, byUser: 'u1', method: 'on_site', resolutionAdequate: true, timeliness: 'satisfied', attitude: 'basically_satisfied', result: 'satisfied', otherOpinions: '希望再快些', satisfied: true },
    },
    '2026年3月5日 14:30 张三 回访客户，回访方式：上门，处理结果到位，时效满意、态度基本满意、结果满意，客户意见：希望再快些，客户满意，结案。',
  ],
  ['close', event('close', { note: '客户确认' }), '2026年3月5日 14:30 张三 结案，备注：客户确认。'],
  ['escalate', event('escalate', { reasonCode: 'repeat_same_matter', note: '第二次来电' }), '2026年3月5日 14:30 张三 升级了这条投诉，原因：同一客户就同一事项再次投诉，备注：第二次来电。'],
  [
    'complaint_escalation',
    { entity: 'complaint_escalation', id: 'e1', at: AT, payload: { id: 'e1', complaintId: 'c1', at: AT, byUser: null, reasonCode: 'callback_dissatisfied', note: '回访客户不满意', source: 'seed003 篇6 第三十条', notify: [] } },
    '2026年3月5日 14:30 系统 按规则自动升级，原因：回访客户不满意。',
  ],
  ['pause', event('pause', { reason: 'waiting_for_test', note: '送检' }), '2026年3月5日 14:30 张三 暂停计时（等待检测），备注：送检。'],
  ['resume', event('resume', { pausedFrom: '2026-03-04T01:00:00.000Z' }), '2026年3月5日 14:30 张三 恢复计时，自 2026年3月4日 09:00 起暂停。'],
  // The case records word their own steps as the site does (records/event-text.ts).
  ['capa.add', event('capa.add', { action: '培训前台', ownerName: '李四', dueAt: '2026-03-20T09:00:00.000Z' }), '2026年3月5日 14:30 张三 制定纠正预防措施，纠正预防措施：培训前台，责任人：李四，完成期限：2026-03-20 17:00。'],
  [
    'notification',
    { entity: 'notification', id: 'n1', at: AT, payload: { id: 'n1', complaintId: 'c1', obligation: 'assigned', event: 'accept', recipients: ['u2'], createdAt: AT, acknowledgedByName: '李四' } },
    '2026年3月5日 14:30 系统 按规定发出通知，李四 已确认收到。',
  ],
  // The organisation's route: an approval by its step (issue 23 item 1).
  ['procedure.sign', event('procedure.sign', { step: 'sign', classCode: 'complaint', note: '已核对登记簿' }), '2026年3月5日 14:30 张三 签字确认（本案流程），备注：已核对登记簿。'],
  ['a future event type', event('inspection.schedule', { plannedFor: '2026-04-01' }), '2026年3月5日 14:30 张三 记录了一项处理。'],
  ['an unknown person', event('close', {}, 'u-unknown'), '2026年3月5日 14:30 网点人员 结案。'],
];

describe('console complaint timeline: every step a site sends reads as a sentence', () => {
  it.each(CASES)('%s', (_name, entry, expected) => {
    expect(sentences([entry])).toEqual([expected]);
  });

  it('tells a call-back and a person’s escalation once, though the site sends both an event and a record for each', () => {
    const escalationRecord = { entity: 'complaint_escalation', id: 'e2', at: AT, payload: { id: 'e2', complaintId: 'c1', at: AT, byUser: 'u1', reasonCode: 'repeat_same_matter', note: '第二次来电' } };
    const callBackRecord = { entity: 'complaint_call_back', id: 'b1', at: AT, payload: { id: 'b1', complaintId: 'c1', at: AT, byUser: 'u1', method: 'phone', satisfied: true } };
    const told = sentences([event('callBack', { method: 'phone', satisfied: true }), callBackRecord, event('escalate', { reasonCode: 'repeat_same_matter', note: '第二次来电' }), escalationRecord]);
    expect(told).toEqual(['2026年3月5日 14:30 张三 回访客户，回访方式：电话，客户满意，结案。', '2026年3月5日 14:30 张三 升级了这条投诉，原因：同一客户就同一事项再次投诉，备注：第二次来电。']);
  });

  it('never shows a brace, a quote, an id or an internal action name, in either language', async () => {
    const history = CASES.map(([, entry]) => entry);
    for (const lang of ['zh-CN', 'en'] as const) {
      await setLanguage(lang);
      const { unmount } = render(<ComplaintTimeline detail={{ history, people, rulePackId: null }} />);
      const text = screen.getByTestId('complaint-history').textContent ?? '';
      expect(text).not.toMatch(/[{}"]/);
      for (const id of ['c1#', 'u1', 'u2', 'u-unknown', 'b1', 'e1', 'x1', 'n1', 'inspection.schedule', 'planSolution', 'markInvalid', 'callBack', 'capa.add', 'complaint_event', 'procedure.sign']) expect(text).not.toContain(id);
      unmount();
    }
  });

  it('writes the date and the sentence in English when the user reads English', async () => {
    await setLanguage('en');
    const [text] = sentences([event('accept', { assigneeName: '李四' })]);
    expect(text).toBe('5 Mar 2026, 14:30 张三 accepted it and assigned it to 李四.');
  });
});
