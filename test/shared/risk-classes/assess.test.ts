import { describe, expect, it } from 'vitest';
import { assessRiskClass, changeRefusal, creditIncreaseAllowed, predicateHolds, reclassificationDue } from '../../../shared/risk-classes/assess';
import { JUDGEMENTS, RISK_CRITERIA, type Judgement, type RiskFacts } from '../../../shared/risk-classes/pack';

/** A customer with nothing recorded against it: no criterion holds. */
const CLEAN: RiskFacts = { fiveLevel: 'normal', warning: 'none', overdueDays: 0, interestArrears: 0, advances: 0 };
const facts = (change: Partial<RiskFacts>): RiskFacts => ({ ...CLEAN, ...change });
const metIds = (f: RiskFacts, judgements: Judgement[] = []) => assessRiskClass(f, judgements).met.map((c) => c.id);

describe('risk criteria computed from the recorded facts (seed000 第二篇 一、客户分类的标准)', () => {
  it('nothing recorded: no criterion is met and the customer is normal', () => {
    expect(assessRiskClass(CLEAN, [])).toEqual({ met: [], indicated: 'normal' });
  });

  it('一(二)1 逾期: 0 days past due is not overdue, 1 day is (class 2)', () => {
    expect(predicateHolds('overdue', facts({ overdueDays: 0 }))).toBe(false);
    expect(predicateHolds('overdue', facts({ overdueDays: 1 }))).toBe(true);
    expect(assessRiskClass(facts({ overdueDays: 1 }), [])).toMatchObject({ indicated: 'class2' });
    expect(metIds(facts({ overdueDays: 1 }))).toEqual(['c2.1a']);
  });

  it('一(二)1 欠息: 0 元 in arrears is none, 0.01 元 is (class 2)', () => {
    expect(predicateHolds('interestInArrears', facts({ interestArrears: 0 }))).toBe(false);
    expect(metIds(facts({ interestArrears: 0.01 }))).toEqual(['c2.1b']);
  });

  it('一(二)1 表外授信出现垫款: 0 元 advanced is none, 0.01 元 is (class 2)', () => {
    expect(predicateHolds('offBalanceAdvance', facts({ advances: 0 }))).toBe(false);
    expect(metIds(facts({ advances: 0.01 }))).toEqual(['c2.1c']);
  });

  it('一(二)4 后三类: 次级, 可疑 and 损失 give class 2; 正常 and 关注 do not', () => {
    for (const level of ['substandard', 'doubtful', 'loss'] as const) expect(assessRiskClass(facts({ fiveLevel: level }), []).indicated).toBe('class2');
    expect(predicateHolds('fiveLevelLastThree', facts({ fiveLevel: 'special_mention' }))).toBe(false);
    expect(predicateHolds('fiveLevelLastThree', facts({ fiveLevel: null }))).toBe(false);
  });

  it('一(二)5 已列入预警管理: an active warning gives class 2; a lifted one does not', () => {
    expect(metIds(facts({ warning: 'active' }))).toEqual(['c2.5']);
    expect(metIds(facts({ warning: 'lifted' }))).toEqual([]);
  });

  it('一(三)3 关注类: special mention gives class 3; 正常 does not', () => {
    expect(assessRiskClass(facts({ fiveLevel: 'special_mention' }), [])).toMatchObject({ indicated: 'class3' });
    expect(metIds(facts({ fiveLevel: 'special_mention' }))).toEqual(['c3.3']);
    expect(metIds(facts({ fiveLevel: 'normal' }))).toEqual([]);
  });
});

describe('criteria that join a fact and a judgement (seed000 第二篇 一(一))', () => {
  it('一(一)1: 后三类 and 需通过清收退出 give class 1; either alone does not', () => {
    expect(assessRiskClass(facts({ fiveLevel: 'doubtful' }), ['exitByCollection']).indicated).toBe('class1');
    expect(assessRiskClass(facts({ fiveLevel: 'doubtful' }), []).indicated).toBe('class2');
    expect(assessRiskClass(facts({ fiveLevel: 'special_mention' }), ['exitByCollection']).indicated).toBe('class3');
    expect(assessRiskClass(CLEAN, ['exitByCollection']).indicated).toBe('normal');
  });

  it('一(一)2: an early-warning customer with a repayment crisis is class 1; a crisis after the warning was lifted is not', () => {
    expect(metIds(facts({ warning: 'active' }), ['solvencyCrisis'])).toEqual(['c1.2', 'c2.5']);
    expect(assessRiskClass(facts({ warning: 'active' }), ['solvencyCrisis']).indicated).toBe('class1');
    expect(assessRiskClass(facts({ warning: 'lifted' }), ['solvencyCrisis']).indicated).toBe('normal');
  });
});

describe('criteria the source leaves to judgement (seed000 第二篇 一(二)1–3, 一(三)1–2)', () => {
  const judged: [Judgement, string, string][] = [
    ['otherBanksOnlyCollect', 'c2.1d', 'class2'],
    ['managersArrestedOrMissing', 'c2.2a', 'class2'],
    ['litigation', 'c2.2b', 'class2'],
    ['accountsFrozen', 'c2.2c', 'class2'],
    ['poorMainBusiness', 'c2.3', 'class2'],
    ['riskSignsShown', 'c3.1', 'class3'],
    ['weakGuarantee', 'c3.2', 'class3'],
  ];
  for (const [judgement, criterion, riskClass] of judged) {
    it(`${criterion}: the recorded judgement ${judgement} gives ${riskClass}, and nothing without it`, () => {
      expect(metIds(CLEAN, [judgement])).toEqual([criterion]);
      expect(assessRiskClass(CLEAN, [judgement]).indicated).toBe(riskClass);
    });
  }

  it('every judgement of the pack is used by a criterion, and every criterion cites 第二篇 一、', () => {
    expect(new Set(RISK_CRITERIA.flatMap((c) => (c.judgement ? [c.judgement] : [])))).toEqual(new Set(JUDGEMENTS));
    for (const criterion of RISK_CRITERIA) expect(criterion.source).toMatch(/^seed000 第二篇 一\([一二三]\)\d$/);
  });

  it('一(二)4、5 “除列入第一类的客户外”: the most severe class met wins', () => {
    expect(assessRiskClass(facts({ fiveLevel: 'loss', overdueDays: 30 }), ['exitByCollection', 'weakGuarantee']).indicated).toBe('class1');
    expect(assessRiskClass(facts({ fiveLevel: 'special_mention', overdueDays: 1 }), []).indicated).toBe('class2');
  });
});

describe('dynamic reclassification (seed000 第二篇 四、客户分类的动态管理要求)', () => {
  it('四(1): a class 1 customer is never moved to another class', () => {
    for (const to of ['class2', 'class3', 'normal'] as const) expect(changeRefusal('class1', to, facts({ warning: 'lifted' }))).toBe('classOneFinal');
  });

  it('四(2): class 2 moves to class 3 or normal only once the warning is lifted', () => {
    expect(changeRefusal('class2', 'class3', facts({ warning: 'active' }))).toBe('warningNotLifted');
    expect(changeRefusal('class2', 'normal', facts({ warning: 'none' }))).toBe('warningNotLifted');
    expect(changeRefusal('class2', 'normal', facts({ warning: 'lifted' }))).toBeNull();
  });

  it('四(2) with 一(一)2: class 2 may move to class 1 while the warning stands', () => {
    expect(changeRefusal('class2', 'class1', facts({ warning: 'active' }))).toBeNull();
  });

  it('a change to the same class is refused; other moves are open', () => {
    expect(changeRefusal('class3', 'class3', CLEAN)).toBe('sameClass');
    expect(changeRefusal('class3', 'class2', CLEAN)).toBeNull();
    expect(changeRefusal('normal', 'class1', CLEAN)).toBeNull();
  });

  it('四(3): more credit only in the normal class', () => {
    expect(creditIncreaseAllowed('normal')).toBe(true);
    for (const cls of ['class1', 'class2', 'class3'] as const) expect(creditIncreaseAllowed(cls)).toBe(false);
  });

  it('the trigger: facts pointing to another class make a reclassification due, except from class 1', () => {
    expect(reclassificationDue('normal', assessRiskClass(facts({ overdueDays: 1 }), []))).toBe(true);
    expect(reclassificationDue('class2', assessRiskClass(facts({ overdueDays: 1 }), []))).toBe(false);
    expect(reclassificationDue('class1', assessRiskClass(CLEAN, []))).toBe(false);
  });
});
