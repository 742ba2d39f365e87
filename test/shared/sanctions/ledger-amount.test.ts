import { describe, expect, it } from 'vitest';
import { sanctionArticle } from '../../../shared/domain/sanction-articles';
import { ledgerAmount, UNSTATED_FINE_MAX, UNSTATED_POINTS_MAX } from '../../../shared/sanctions/ledger-amount';

/**
 * Every fine the sources state, both sides of every number: a fixed amount
 * takes exactly that amount, a range takes its ends and refuses a cent outside
 * them (the decider's choice lies inside), and seed004 §M points follow the role.
 */

const article = (code: string) => {
  const found = sanctionArticle(code);
  if (!found) throw new Error(`no article ${code}`);
  return found;
};
const fine = (code: string, amount: number) => ledgerAmount(article(code), { measure: 'fine', amount });

describe.each([
  // seed003 篇6 第三十九条–第四十二条
  { code: 'p6.39', source: 'seed003 篇6 第三十九条', min: 500, max: 2000 },
  { code: 'p6.40', source: 'seed003 篇6 第四十条', min: 1000, max: 5000 },
  { code: 'p6.41', source: 'seed003 篇6 第四十一条', min: 500, max: 1000 },
  { code: 'p6.42', source: 'seed003 篇6 第四十二条', min: 5000, max: 10000 },
  // seed002 客户管理制度14 5.4.1.2–3: 视情况 30–100元/次, 50–100元/次
  { code: 'doc14.5.4.1.2', source: 'seed002 客户管理制度14 5.4.1.2', min: 30, max: 100 },
  { code: 'doc14.5.4.1.3', source: 'seed002 客户管理制度14 5.4.1.3', min: 50, max: 100 },
])('$source: a fine of $min–$max 元 chosen by the decider', ({ code, source, min, max }) => {
  it('takes both ends and an amount between', () => {
    for (const amount of [min, (min + max) / 2, max]) expect(fine(code, amount)).toEqual({ ok: true, amount, points: 0, deductionRole: null });
  });
  it('refuses a cent below and a cent above, naming the range', () => {
    for (const amount of [min - 0.01, max + 0.01]) {
      expect(fine(code, amount)).toMatchObject({ ok: false, key: 'sanctions.errors.amountOutOfRange', params: { source, min, max, amount }, path: 'amount' });
    }
  });
});

describe.each([
  { code: 'doc14.5.4.1.1', source: 'seed002 客户管理制度14 5.4.1.1 (30元/次)', amount: 30 },
  { code: 'p5.6.2', source: 'seed003 篇5 6.2 (各1000元)', amount: 1000 },
  { code: 'p5.6.3', source: 'seed003 篇5 6.3 (罚款1000元)', amount: 1000 },
])('$source: a fixed fine', ({ code, amount }) => {
  it('takes exactly the amount and refuses a cent either side', () => {
    expect(fine(code, amount)).toMatchObject({ ok: true, amount });
    expect(fine(code, amount - 0.01)).toMatchObject({ ok: false, key: 'sanctions.errors.amountFixed', params: { min: amount, max: amount } });
    expect(fine(code, amount + 0.01)).toMatchObject({ ok: false, key: 'sanctions.errors.amountFixed' });
  });
});

describe('where the source states no amount or number (篇5 6.1 罚款, 6.4 扣分), the decider enters it', () => {
  it('6.1: any positive amount in cents up to the ledger’s ceiling', () => {
    expect(fine('p5.6.1', 0.01)).toMatchObject({ ok: true, amount: 0.01 });
    expect(fine('p5.6.1', UNSTATED_FINE_MAX)).toMatchObject({ ok: true });
    expect(fine('p5.6.1', UNSTATED_FINE_MAX + 0.01)).toMatchObject({ ok: false, key: 'sanctions.errors.amountTooLarge' });
    expect(fine('p5.6.1', 0)).toMatchObject({ ok: false, key: 'sanctions.errors.amountRequired' });
    expect(fine('p5.6.1', 10.005)).toMatchObject({ ok: false, key: 'sanctions.errors.amountCents' });
  });
  it('6.4: whole points from 1 up to the ceiling', () => {
    const points = (n: number) => ledgerAmount(article('p5.6.4'), { measure: 'points', points: n });
    expect(points(1)).toMatchObject({ ok: true, points: 1, amount: 0 });
    expect(points(UNSTATED_POINTS_MAX)).toMatchObject({ ok: true });
    expect(points(0)).toMatchObject({ ok: false, key: 'sanctions.errors.pointsRequired' });
    expect(points(1.5)).toMatchObject({ ok: false, key: 'sanctions.errors.pointsRequired' });
    expect(points(UNSTATED_POINTS_MAX + 1)).toMatchObject({ ok: false, key: 'sanctions.errors.pointsTooLarge' });
  });
  it('an article without the measure refuses it (6.2 fines, it deducts no points; a reward books nothing)', () => {
    expect(ledgerAmount(article('p5.6.2'), { measure: 'points', points: 2 })).toMatchObject({ ok: false, key: 'sanctions.errors.measureNotProvided' });
    expect(ledgerAmount(article('p6.43'), { measure: 'fine', amount: 100 })).toMatchObject({ ok: false, key: 'sanctions.errors.measureNotProvided' });
  });
});

describe('seed004 §M 一.4 and 二.(一): points per role up the chain of superiors', () => {
  const points = (code: string, role: number | undefined) => ledgerAmount(article(code), { measure: 'points', deductionRole: role, points: 99 });
  it.each([
    ['seed004-m.management.grade1', [15, 10, 8, 5]],
    ['seed004-m.management.grade2', [10, 8, 5, 3]],
    ['seed004-m.quality.1', [10, 5, 3, 2]],
  ] as const)('%s: %j, whatever number is typed', (code, expected) => {
    expect(expected.map((_, role) => points(code, role))).toEqual(expected.map((p, role) => ({ ok: true, amount: 0, points: p, deductionRole: role })));
  });
  it('a 0 in the table (grade 3 上上级) is not jointly liable; a role is required and must exist', () => {
    expect(points('seed004-m.management.grade3', 3)).toMatchObject({ ok: false, key: 'sanctions.errors.roleNotLiable', params: { role: '上上级' } });
    expect(points('seed004-m.management.grade3', 2)).toMatchObject({ ok: true, points: 2 });
    expect(points('seed004-m.management.grade1', undefined)).toMatchObject({ ok: false, key: 'sanctions.errors.roleRequired' });
    expect(points('seed004-m.management.grade1', 4)).toMatchObject({ ok: false, key: 'sanctions.errors.roleRequired' });
  });
});
