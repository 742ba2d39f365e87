import { SHIPPED_PROFILES, findShippedProfile } from '../../shared/profiles';
import { act, render } from '@testing-library/react';
import { createElement } from 'react';
import type { Complaint, ComplaintDetail } from '../../shared/api/complaints';
import type { Grade } from '../../shared/api/grading';
import type { SessionStatus } from '../../shared/api/session';
import type { Site } from '../../shared/api/site';
import type { Colleague, User } from '../../shared/api/users';
import type { WorkflowDetail } from '../../shared/api/workflow';
import { ApiError } from '../../shared/api/errors';
import { rulePackSchema, type RulePack } from '../../shared/rules/pack-schema';
import { App } from '../../renderer/App';
import { useSessionStore } from '../../renderer/stores/session-store';
import * as LazyScreens from '../../renderer/components/lazy-screens';
import { installFakeBridge, type FakeHandlers } from './fake-bridge';

export const TOKEN = 'session-token-1';

export const site: Site = {
  siteId: 'site-1',
  code: 'YY42',
  name: '阳42井站',
  organisation: '四川某实业集团（演示）',
  rulePack: 'sichuan-group-p6',
  profileId: 'well-station',
  timeZone: 'Asia/Shanghai',
  idleSignOutMinutes: 15,
  workingHours: { opens: '08:30', closes: '17:30' },
};

export const limei: User = {
  id: 'u-limei',
  login: 'limei',
  displayName: '李梅',
  roles: ['receiver'],
  unit: '阳42井站',
  secretKind: 'pin',
  active: true,
};

export const wangjg: User = { ...limei, id: 'u-wangjg', login: 'wangjg', displayName: '王建国', roles: ['station_lead'] };
export const admin: User = { ...limei, id: 'u-admin', login: 'admin', displayName: '总部管理员', roles: ['head_office_admin'], secretKind: 'password' };

const users = [wangjg, limei, admin];

export function statusFor(user: User | null, overrides: Partial<SessionStatus> = {}): SessionStatus {
  return {
    initialised: true,
    site,
    user,
    signInChoices: users.map(({ login, displayName, roles, secretKind }) => ({ login, displayName, roles, secretKind })),
    idleSignOutMinutes: 15,
    ...overrides,
  };
}

export const sampleComplaint: Complaint = {
  id: 'c-1',
  serial: 'YY42-20260301-0001',
  kind: 'complaint',
  channel: 'phone',
  status: 'registered',
  customerName: '周桂芳',
  customerPhone: '138 0830 1122',
  customerId: null,
  content: '井站拉运污水的罐车夜间经过村道，噪声大且有异味，影响休息，已连续三晚。',
  remedy: 'criticism_suggestion',
  product: null,
  batchNo: null,
  quantity: null,
  quantityUnit: null,
  firstReceiverId: 'u-limei',
  firstReceiverName: '李梅',
  receivedAt: '2026-03-01T01:30:00.000Z',
  enteredAt: '2026-03-01T01:32:00.000Z',
  updatedAt: '2026-03-01T01:32:00.000Z',
  version: 1,
  directLoss: null,
  groupSize: null,
  affectedShare: null,
  mediaInvolved: false,
  regulatorInvolved: false,
  tickedCriteria: [],
  packFacts: {},
  problemCode: null,
  sameProblemCountThisMonth: null,
  resolvedAt: null,
  closedAt: null,
  classCode: 'ordinary',
  grade: null,
  dueAt: null,
  assigneeId: null,
  assigneeName: null,
  unit: null,
  subjectUserId: null,
  subjectUserName: null,
  proposedSolution: null,
  restatement: null,
  repeatOf: null,
  repeatKinds: [],
  causeCode: null,
  repeatCount: 0,
  escalationCount: 0,
  recordFields: [],
};

/** The demo site's people, as `users.colleagues` lists them for the pickers. */
export const colleagues: Colleague[] = [
  { id: 'u-wangjg', displayName: '王建国', unit: '阳42井站', roles: ['station_lead'] },
  { id: 'u-limei', displayName: '李梅', unit: '阳42井站', roles: ['receiver'] },
  { id: 'u-zhangwei', displayName: '张伟', unit: '维修班', roles: ['handler'] },
  { id: 'u-zhaoli', displayName: '赵丽', unit: '客服中心', roles: ['call_centre'] },
  { id: 'u-chenzm', displayName: '陈志明', unit: null, roles: ['leader_in_charge'] },
];

/** A workflow with nothing done yet and nothing offered; tests set what they need. */
export function workflowOf(overrides: Partial<WorkflowDetail> = {}): WorkflowDetail {
  return {
    validity: 'pending',
    invalidReason: null,
    solution: null,
    result: null,
    replyMethod: null,
    customerInformedAt: null,
    closedAt: null,
    events: [{ seq: 1, at: '2026-03-01T01:32:00.000Z', byName: '李梅', action: 'create', fromStatus: null, toStatus: 'registered', details: {} }],
    extensions: [],
    callBacks: [],
    escalations: [],
    actions: [],
    escalationReasons: [
      { code: 'repeat_same_matter', label: { zh: '同一客户就同一事项再次投诉', en: 'Same customer, same matter again' }, source: 'seed003 篇6 第三十条' },
      { code: 'other', label: { zh: '其他（请在说明中写明）', en: 'Other (explain)' }, source: 'seed003 篇6 第三十二条' },
    ],
    invalidReasons: [
      { code: 'customer_own_cause', label: { zh: '客户自身原因', en: 'The customer’s own cause' }, source: 'seed003 篇4 第六条' },
      { code: 'not_verifiable', label: { zh: '对象或内容不明确，无法查实', en: 'Unclear, cannot be verified' }, source: 'Branchline' },
    ],
    pauses: [],
    openSteps: [],
    overdue: { limitMissedAt: null, latePlan: null, delayExplained: null },
    extensionPolicy: {
      approverRole: 'leader_in_charge',
      byConsent: { types: ['multi_department'], noticeWithinMinutes: 3, noticeTo: { zh: '呼叫中心', en: 'Call centre' }, source: 'seed003 篇6 第二十七条' },
      source: 'seed003 篇6 第十八条、第二十七条',
    },
    consequences: [],
    ...overrides,
  };
}

/** A record as `complaints.get` answers it: the row plus its workflow. */
export function detailOf(complaint: Complaint = sampleComplaint, workflow: Partial<WorkflowDetail> = {}): ComplaintDetail {
  return { ...complaint, workflow: workflowOf(workflow) };
}

/** A small rule pack covering every kind of item the viewer shows (not a shipped pack, so it does not move under the tests). */
export const samplePack: RulePack = rulePackSchema.parse({
  id: 'test-pack',
  version: '2.1.0',
  name: { zh: '测试集团 投诉管理办法', en: 'Test group complaint rules' },
  organisation: { zh: '测试集团', en: 'Test group' },
  source: 'seed999 第一章–第三章',
  classes: [
    { code: 'ordinary', label: { zh: '一般投诉', en: 'Ordinary' }, source: 'seed999 第三条 第一类' },
    { code: 'major', label: { zh: '重大投诉', en: 'Major' }, source: 'seed999 第三条 第二类' },
  ],
  defaultClass: 'ordinary',
  criteria: [
    { id: 'ordinary.1', classCode: 'ordinary', source: 'seed999 第三条 第一类(一)', label: { zh: '轻微损害的投诉', en: 'Slight harm' } },
    {
      id: 'major.loss',
      classCode: 'major',
      source: 'seed999 第三条 第二类(一)',
      label: { zh: '直接经济损失较大的投诉', en: 'Large direct loss' },
      predicate: { fact: 'directLoss', op: 'gte', value: 30000 },
      choice: { zh: '按元计算，包括本数。', en: 'Counted in yuan, including the amount itself.' },
    },
    { id: 'major.harm', classCode: 'major', source: 'seed999 第三条 第二类(三)', label: { zh: '造成重大人身伤害的投诉', en: 'Major personal harm' } },
    { id: 'major.overdue', classCode: 'major', source: 'seed999 第三条 第二类(二)', label: { zh: '超时限的一般投诉', en: 'Overdue ordinary complaint' }, predicate: { overdue: 'resolution', ofClass: 'ordinary' } },
  ],
  invalidReasons: [{ code: 'unclear', source: 'seed999 第四条(一)', label: { zh: '投诉对象不明确', en: 'Object unclear' } }],
  deadlines: [
    { milestone: 'entry', from: 'received', duration: { unit: 'minutes', amount: 5 }, source: 'seed999 第五条' },
    { milestone: 'resolution', classes: ['ordinary'], from: 'received', duration: { unit: 'workingDays', amount: 3 }, source: 'seed999 第六条' },
    { milestone: 'reply', from: 'received', duration: { unit: 'sameWorkingDay' }, source: 'seed999 第七条' },
    { milestone: 'monthlyReport', from: 'closed', duration: { unit: 'dayOfNextMonth', day: 10, inclusive: false }, source: 'seed999 第八条' },
    {
      milestone: 'escalation',
      step: 'escalation.board',
      label: { zh: '主管领导电话报告董事会', en: 'Supervising leader phones the board' },
      classes: ['major'],
      from: 'received',
      duration: { unit: 'minutes', amount: 10 },
      source: 'seed999 第八条之一',
    },
    { milestone: 'reply', step: 'reply.inquiry', kinds: ['inquiry'], from: 'received', duration: { unit: 'hours', amount: 24 }, pausable: true, source: 'seed999 第八条之二' },
  ],
  extension: { approverRole: 'leader_in_charge', rule: { zh: '延期须经分管领导同意', en: 'An extension needs the leader in charge' }, source: 'seed999 第九条' },
  escalationTriggers: [
    { code: 'repeat', source: 'seed999 第十条', label: { zh: '同一事项再次投诉', en: 'Complains again on the same matter' } },
    { code: 'dissatisfied', source: 'seed999 第十条之一', label: { zh: '回访不满意', en: 'Dissatisfied at call-back' }, predicate: { fact: 'satisfaction', op: 'gte', value: 4 } },
  ],
  notifications: [{ when: { classCode: 'major' }, notify: [{ zh: '分管领导', en: 'Leader in charge' }], confirmByPhone: true, source: 'seed999 第十一条' }],
  deductions: [
    {
      code: 'management',
      label: { zh: '管理事故扣分', en: 'Management accident deductions' },
      source: 'seed999 第十二条',
      rows: [{ role: { zh: '班组长', en: 'Team leader' }, points: { ordinary: 2, major: 5 } }],
    },
  ],
});

export interface FakeFacts {
  receivedAt?: string;
  directLoss?: number;
  tickedCriteria?: string[];
}

/**
 * Grades like the core would under `samplePack`, enough for the screens: major
 * when a major criterion is ticked or the loss reaches 30000 元; resolution in
 * 3 days (ordinary) or 7 (major) from receipt.
 */
export function fakeGrade(facts: FakeFacts): Grade {
  const ticked = facts.tickedCriteria ?? [];
  const lossFires = (facts.directLoss ?? 0) >= 30000;
  const criteria = samplePack.criteria.map((c) => {
    const computed = c.id === 'major.loss';
    const fired = computed ? lossFires : ticked.includes(c.id);
    return { id: c.id, classCode: c.classCode, label: c.label, source: c.source, fired, how: computed ? ('computed' as const) : ('ticked' as const), ...(computed ? { detail: `directLoss ${facts.directLoss ?? '?'} ≥ 30000` } : {}) };
  });
  const major = criteria.some((c) => c.fired && c.classCode === 'major');
  const classCode = major ? 'major' : 'ordinary';
  const received = new Date(facts.receivedAt ?? Date.now()).getTime();
  const due = (ms: number) => new Date(received + ms).toISOString();
  return {
    packId: samplePack.id,
    packVersion: samplePack.version,
    classCode,
    classLabel: samplePack.classes.find((c) => c.code === classCode)!.label,
    computedClass: classCode,
    override: null,
    criteria,
    deadlines: [
      { milestone: 'entry', step: 'entry', source: 'seed999 第五条', due: due(5 * 60_000), provisional: false, agreed: false, pausedMinutes: 0, done: true, overdue: false, clockStartedAt: null, clockBasis: { kind: 'from' } },
      {
        milestone: 'resolution',
        step: 'resolution',
        source: 'seed999 第六条',
        due: due((major ? 7 : 3) * 86_400_000),
        provisional: true,
        agreed: false,
        pausedMinutes: 0,
        done: false,
        overdue: false,
        clockStartedAt: null,
        clockBasis: { kind: 'from' },
      },
    ],
    overdue: [],
    escalations: [],
    invalidReasons: [],
    notifications: major ? samplePack.notifications.map((n) => ({ notify: n.notify, confirmByPhone: n.confirmByPhone, source: n.source })) : [],
  };
}

/** A shipped organisation profile as the core lists it. */
export const profileEntry = (id: string) => ({ ...findShippedProfile(id)!, origin: 'shipped' as const });

/**
 * A small stand-in for the core: the token signs `user` in, PIN 123456 is
 * right for every PIN user. Tests override single methods.
 */
export function fakeCore(user: User = limei, overrides: FakeHandlers = {}) {
  const handlers: FakeHandlers = {
    'session.status': (_input, envelope) => statusFor(envelope.session === TOKEN ? user : null),
    'session.signIn': (input: { login: string; secret: string }) => {
      const found = users.find((u) => u.login === input.login);
      if (!found || input.secret !== '123456') throw new ApiError('UNAUTHENTICATED', '登录名或密码/PIN 不正确 / wrong login or secret');
      return { session: TOKEN, user: found };
    },
    'session.signOut': () => ({ signedOut: true }),
    'sync.status': () => ({ queueLength: 3, oldestPendingAt: '2026-03-01T01:32:00.000Z', lastSuccessAt: null }),
    'complaints.list': () => ({ items: [sampleComplaint], total: 1, totalCapped: false, nextCursor: null }),
    'complaints.get': (input: { id: string }) => {
      if (input.id !== sampleComplaint.id) throw new ApiError('NOT_FOUND', `找不到该记录 / no complaint ${input.id}`);
      return detailOf(sampleComplaint);
    },
    'complaints.similar': () => [],
    'complaints.headOfficeRemarks': () => ({ items: [] }),
    'users.colleagues': () => colleagues,
    'drafts.get': () => null,
    'drafts.save': (input: { data: Record<string, unknown> }) => ({ data: input.data, savedAt: new Date().toISOString() }),
    'drafts.discard': () => null,
    'drafts.actionsOf': () => [],
    'site.get': () => site,
    'users.list': () => users,
    'rules.sitePack': () => samplePack,
    'rules.shippedPacks': () => [{ id: samplePack.id, version: samplePack.version, name: samplePack.name, organisation: samplePack.organisation, source: samplePack.source }],
    'rules.packVersions': () => [{ id: samplePack.id, version: samplePack.version, name: samplePack.name, source: 'shipped', receivedAt: null, gradesNewComplaints: true, openComplaints: 1 }],
    'rules.pack': (input: { id: string; version: string }) => (input.id === samplePack.id && input.version === samplePack.version ? samplePack : null),
    'rules.calendar': () => ({ version: 'chinese-days-1.5.7', coveredYears: [2025, 2026], workingHours: site.workingHours }),
    'complaints.gradePreview': (input: FakeFacts) => fakeGrade(input),
    'notifications.summary': () => ({ unread: 0, overdue: 0 }),
    'notifications.settings': () => ({
      immediatelyMinutes: 10,
      promptlyMinutes: 60,
      unstatedMinutes: 1440,
      escalationChain: ['station_lead', 'unit_head', 'leader_in_charge', 'general_manager'],
      reportReminderWorkingDays: 3,
      version: 1,
    }),
    'notifications.reportReminders': () => ({ items: [] }),
    'profiles.current': () => ({ profile: profileEntry('well-station') }),
    // The well station's pack names no posts: the settings show that the app's own roles apply.
    'procedure.roles': () => ({ packId: 'sichuan-group-p6', roles: [], holders: [] }),
    'profiles.list': () => SHIPPED_PROFILES.map((p) => ({ ...p, origin: 'shipped' })),
    'privacy.expiredCustomers': () => [],
    'privacy.destructionBatches': () => [],
    'privacy.retention': () => [],
    'privacy.accessLog': () => [],
    'circulars.definitions': () => [],
    'riskClasses.get': (input: { customerId: string }) => ({ customerId: input.customerId, current: 'normal', since: null, creditIncreaseAllowed: true, history: [], pending: null, rejected: [], cadence: null, screening: null, screenings: [] }),
    'riskClasses.cadence': () => [],
    'riskClasses.overview': () => ({ classes: [], awaiting: [] }),
    'customers.history': (input: { page: number }) => ({ entries: [], page: input.page, total: 0, hasMore: false }),
    'credit.file': (input: { customerId: string }) => ({ customerId: input.customerId, current: null, limitInForce: null, adjustments: [], gradings: [] }),
    'credit.reviewDue': () => [],
    'credit.cap': () => ({ totalCap: null, baseDay: null, setByName: null, setAt: null, totalInForce: 0 }),
    // Only a complaint whose class names a special report is offered one (the special-report tests override this).
    'narrativeReports.forComplaint': () => ({ kind: null, item: null }),
    ...overrides,
  };
  return installFakeBridge(handlers);
}

/**
 * Every screen the app loads on first use (renderer/components/lazy-screens.ts), loaded now: a
 * component test clicks to a screen and reads it, as before the split; lazy-screen.test.tsx
 * checks the loading itself.
 */
export async function preloadScreens(): Promise<void> {
  await Promise.all(Object.values(LazyScreens).map((screen) => screen.preload()));
}

/** Renders the app already signed in as `user` (as if the PIN had been entered). */
export async function renderSignedIn(user: User = limei, overrides: FakeHandlers = {}) {
  await preloadScreens();
  const bridge = fakeCore(user, overrides);
  useSessionStore.setState({ token: TOKEN, user, status: statusFor(user) });
  const result = render(createElement(App));
  // Let the first status and sync calls settle.
  await act(async () => {});
  return { bridge, ...result };
}

/** The text of the hint and error elements a control is described by. */
export function descriptionOf(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') ?? element.closest('fieldset')?.getAttribute('aria-describedby') ?? '').split(' ');
  return ids
    .map((id) => (id ? document.getElementById(id)?.textContent ?? '' : ''))
    .join(' ')
    .trim();
}
