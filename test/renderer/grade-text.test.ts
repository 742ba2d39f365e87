import { describe, expect, it } from 'vitest';
import { i18n } from '../../renderer/i18n/i18n';
import { detailText, stepText } from '../../renderer/screens/complaints/grading/grade-text';
import { findPack } from '../../shared/rules/packs';
import { samplePack } from './fixtures';

const t = i18n.getFixedT('zh-CN');

describe('computed criteria in words', () => {
  it('shows shares in percent and facts by name', () => {
    expect(detailText('defectiveShare 0.05 ≥ 0.3', t, 'Asia/Shanghai', samplePack, 'zh-CN')).toBe('批次不良比例 5% ≥ 30%');
    expect(detailText('affectedShare 0.125 ≥ 0.5', t, 'Asia/Shanghai', samplePack, 'zh-CN')).toBe('反映问题的客户比例 12.5% ≥ 50%');
    expect(detailText('sameProblemCountThisMonth 3 ≥ 3', t, 'Asia/Shanghai', samplePack, 'zh-CN')).toBe('本月同一问题次数 3 ≥ 3');
    expect(detailText('directLoss ? ≥ 30000', t, 'Asia/Shanghai', samplePack, 'zh-CN')).toBe('直接经济损失 未填 ≥ 30000');
  });

  it('names a watched step by its label, with a dotted step code', () => {
    expect(stepText(samplePack, 'escalation.board', t, 'zh-CN')).toBe('主管领导电话报告董事会');
    expect(detailText('escalation.board (major) due 2026-11-23T02:10:00.000Z', t, 'Asia/Shanghai', samplePack, 'zh-CN')).toContain('主管领导电话报告董事会');
    expect(stepText(samplePack, 'resolution', t, 'zh-CN')).toBe('处理完毕');
  });

  it('words 篇6 第三十一条 and an escalated class without codes or ISO moments', () => {
    const p6 = findPack('sichuan-group-p6')!;
    const unagreed = detailText('resolution (ordinary) due 2026-11-26T09:30:00.000Z; customer not told', t, 'Asia/Shanghai', p6, 'zh-CN');
    expect(unagreed).toBe('处理完毕（一般投诉）到期：2026-11-26 17:30；未向客户说明');
    expect(detailText('resolution (major) due 2026-12-02T09:30:00.000Z; customer not agreed', t, 'Asia/Shanghai', p6, 'zh-CN')).toContain('客户未同意延迟');
    const escalated = detailText('escalated: overdue_without_agreement', t, 'Asia/Shanghai', p6, 'zh-CN');
    expect(escalated).toBe('已升级：超过处理时限，未向客户解释沟通或未取得客户谅解');
    expect(detailText('escalated: —', t, 'Asia/Shanghai', p6, 'zh-CN')).toBe('未升级');
    for (const text of [unagreed, escalated]) expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T|overdue_without|ordinary/);
  });
});
