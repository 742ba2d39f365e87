import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { CONSOLE_CREDIT_PATHS, consoleCreditListSchema } from '../../shared/sync/console-risk-api';
import { signedInStaff } from './support/console';
import { enrolledSite, entry, openTestServer, push, type TestServer } from './support/test-server';

/**
 * Issue 19 §2: head office reads the credit gradings (seed002 客户管理制度3) the sites synced, on SQLite and,
 * with BRANCHLINE_TEST_PG_URL, on PostgreSQL: each customer's grading in force is its newest approved one;
 * the review is overdue once head office's day (Asia/Shanghai) is past its review day.
 */
let server: TestServer;
afterEach(async () => server?.close());

// 2026-12-12 10:00 in Shanghai.
const NOW = new Date('2026-12-12T02:00:00.000Z');

/** A grading as the site syncs it (electron/core/credit/credit-service.ts queue: the CreditGrading without the name). */
function grading(customerId: string, over: { grade: 'A' | 'B' | 'C'; status: string; approvedAt: string; reviewDueOn: string | null; creditLimit?: number; reason?: string }) {
  const id = randomUUID();
  const payload = {
    id,
    customerId,
    packId: 'seed002-credit',
    packVersion: '1',
    gradedOn: over.approvedAt.slice(0, 10),
    grade: over.grade,
    creditLimit: over.creditLimit ?? 0,
    creditKind: 'none',
    termDays: 0,
    reviewMonths: 3,
    reason: over.reason ?? '评定',
    proposedByName: '王建国',
    proposedAt: over.approvedAt,
    steps: [{ step: 'approve', decision: 'approved', reason: null, decidedByName: '周海涛', decidedAt: over.approvedAt }],
    status: over.status,
    reviewDueOn: over.reviewDueOn,
  };
  return entry({ entity: 'credit_grading', entityId: id, entityVersion: 3, payload: payload as never, createdAt: over.approvedAt });
}

const customer = (id: string, name: string) => entry({ entity: 'customer', entityId: id, payload: { id, kind: 'organisation', name, phone: '13812345678' } as never });

describe('console: credit gradings of the sites’ customers', () => {
  it('lists the grading in force per customer, counts per grade and overdue reviews, filters and masks', async () => {
    server = await openTestServer({ now: () => NOW });
    const { cookie } = await signedInStaff(server.app);
    const sx = await enrolledSite(server.app, 'SX01');
    const hz = await enrolledSite(server.app, 'HZ01');
    await push(server.app, sx.auth, {
      batchId: 'sx',
      entries: [
        customer('c-1', '绍兴纺织公司'),
        customer('c-2', '绍兴机械厂'),
        grading('c-1', { grade: 'A', status: 'approved', approvedAt: '2026-06-01T02:00:00.000Z', reviewDueOn: '2026-09-01' }),
        // Regraded later: B is in force; its review day, the 11th, has passed.
        grading('c-1', { grade: 'B', status: 'approved', approvedAt: '2026-09-11T02:00:00.000Z', reviewDueOn: '2026-12-11', creditLimit: 50_000, reason: '联系人 13812345678 已确认' }),
        // A newer proposal not approved does not replace it.
        grading('c-1', { grade: 'C', status: 'proposed', approvedAt: '2026-12-01T02:00:00.000Z', reviewDueOn: null }),
        // Due today: not overdue yet.
        grading('c-2', { grade: 'A', status: 'approved', approvedAt: '2026-09-12T02:00:00.000Z', reviewDueOn: '2026-12-12' }),
      ],
    });
    await push(server.app, hz.auth, { batchId: 'hz', entries: [customer('c-3', '杭州建材公司'), grading('c-3', { grade: 'C', status: 'rejected', approvedAt: '2026-11-01T02:00:00.000Z', reviewDueOn: null })] });
    const get = async (query = '') => {
      const response = await server.app.inject({ method: 'GET', url: `${CONSOLE_CREDIT_PATHS.list}?${query}`, headers: { cookie } });
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain('13812345678');
      return consoleCreditListSchema.parse(response.json());
    };

    const all = await get();
    expect(all.today).toBe('2026-12-12');
    expect(all.rows.map((r) => [r.siteCode, r.customerName, r.grade, r.reviewDueOn, r.reviewOverdue])).toEqual([
      ['SX01', '绍兴纺织公司', 'B', '2026-12-11', true],
      ['SX01', '绍兴机械厂', 'A', '2026-12-12', false],
    ]);
    expect(all.counts).toEqual({ A: 1, B: 1, C: 0, overdue: 1 });
    expect(all.rows[0]).toMatchObject({ creditLimit: 50_000, reason: '联系人 138****5678 已确认' });

    expect((await get('overdue=true')).rows.map((r) => r.customerName)).toEqual(['绍兴纺织公司']);
    expect((await get('grade=A')).rows.map((r) => r.customerName)).toEqual(['绍兴机械厂']);
    expect((await get(`siteId=${hz.siteId}`)).total).toBe(0);
    expect((await get(`q=${encodeURIComponent('机械')}`)).rows.map((r) => r.customerName)).toEqual(['绍兴机械厂']);
  });
});
