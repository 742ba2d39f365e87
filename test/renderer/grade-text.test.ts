import { describe, expect, it } from 'vitest';
import { i18n } from '../../renderer/i18n/i18n';
import { detailText, stepText } from '../../renderer/screens/complaints/grading/grade-text';
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
});
