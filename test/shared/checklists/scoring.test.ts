import { describe, expect, it } from 'vitest';
import { scoreRecord } from '../../../shared/checklists/scoring';
import { templateSchema, type ChecklistTemplateInput } from '../../../shared/checklists/template-schema';

const t = (zh: string) => ({ zh, en: zh });

/** A small made-up assessment exercising each rule of scoring.ts (not a shipped template). */
const input: ChecklistTemplateInput = {
  id: 'scoring-fixture',
  version: '1.0.0',
  kind: 'assessment',
  title: t('测试'),
  source: 'fixture',
  grades: [
    { code: 'good', label: t('良'), source: 'fixture', minTotal: 85, minEachPart: 60 },
    { code: 'pass', label: t('合格'), source: 'fixture', minTotal: 60 },
  ],
  sections: [
    {
      id: 'a',
      title: t('第1部分'),
      source: 'fixture',
      weight: 2,
      items: [
        { id: 'a1', kind: 'passFail', label: t('甲'), source: 'fixture', points: 6, required: true },
        { id: 'a2', kind: 'passFail', label: t('乙'), source: 'fixture', points: 4, required: true },
        { id: 'a3', kind: 'number', label: t('硫化氢'), source: 'fixture', points: 10, unit: 'mg/m³', max: 10, correctiveAction: true },
        { id: 'a4', kind: 'text', label: t('不合格说明'), source: 'fixture', required: true, showIf: { itemId: 'a1', equals: 'fail' } },
      ],
    },
    {
      id: 'b',
      title: t('第2部分'),
      source: 'fixture',
      items: [{ id: 'b1', kind: 'number', label: t('第2部分得分'), source: 'fixture', partScore: true, required: true }],
    },
    {
      id: 'c',
      title: t('台账'),
      source: 'fixture',
      items: [
        {
          id: 'c1',
          kind: 'table',
          label: t('拉运'),
          source: 'fixture',
          columns: [
            { id: 'load', kind: 'number', label: t('方量'), source: 'fixture', max: 20, unit: 'm³' },
            { id: 'photos', kind: 'photo', label: t('照片'), source: 'fixture', evidence: [t('车头'), t('车身侧面')] },
          ],
        },
      ],
    },
  ],
};
const template = templateSchema.parse(input);

describe('scoreRecord on a made-up template', () => {
  it('scores points over the applicable items, NA left out, and weights the parts', () => {
    const result = scoreRecord(template, { a1: 'pass', a2: 'na', a3: 8, b1: 70 });
    expect(result.parts.map((p) => [p.id, p.weight, p.score])).toEqual([
      ['a', 2, 100],
      ['b', 1, 70],
    ]);
    expect(result.total).toBe(90);
    expect(result.grade?.code).toBe('good');
  });

  it('fails a number outside its limits, scores it 0, and offers it for corrective action', () => {
    const result = scoreRecord(template, { a1: 'pass', a2: 'pass', a3: 12.5, b1: 100 });
    expect(result.parts[0]?.score).toBe(50);
    expect(result.failedItems).toEqual([
      { itemId: 'a3', label: t('硫化氢'), source: 'fixture', reason: { zh: '12.5mg/m³ 超过上限 10mg/m³', en: '12.5mg/m³ above the maximum 10mg/m³' }, correctiveAction: true },
    ]);
    expect(result.grade?.code).toBe('pass');
    expect(result.explanation.map((e) => e.zh)).toEqual(['加权得分66.66分，低于良要求85分', '第1部分 50分，低于良要求60分', '评为合格：加权得分66.66分，最低部分50分，不存在合格否决情形']);
  });

  it('asks a conditional item only when its answer calls for it', () => {
    const shown = scoreRecord(template, { a1: 'fail', a2: 'pass', b1: 80 });
    expect(shown.missing.map((m) => m.itemId)).toEqual(['a4']);
    expect(shown.status).toBe('incomplete');
    expect(shown.failedItems.map((f) => [f.itemId, f.correctiveAction])).toEqual([['a1', true]]);
    expect(scoreRecord(template, { a1: 'pass', a2: 'pass', b1: 80 }).items.find((i) => i.itemId === 'a4')?.status).toBe('hidden');
  });

  it('does not score a part with unanswered scored items, nor a part score out of 0–100', () => {
    const unanswered = scoreRecord(template, { a1: 'pass', a2: 'pass', b1: 80 });
    expect(unanswered.parts[0]?.score).toBeNull();
    expect(unanswered.total).toBeNull();
    expect(unanswered.bands[1]?.reasons.map((r) => r.zh)).toEqual(['第1部分尚有未答项']);
    const outOfRange = scoreRecord(template, { a1: 'pass', a2: 'pass', a3: 1, b1: 101 });
    expect(outOfRange.parts[1]).toMatchObject({ score: null, reason: { zh: '101 超过上限 100' } });
  });

  it('fails a register whose row is out of limit and lists missing evidence photos', () => {
    const result = scoreRecord(template, {
      a1: 'pass',
      a2: 'pass',
      a3: 1,
      b1: 90,
      c1: [
        { load: 18, photos: [{ attachmentId: 'p1', evidence: '车头' }, { attachmentId: 'p2', evidence: '车身侧面' }] },
        { load: 25, photos: [{ attachmentId: 'p3', evidence: '车头' }] },
      ],
    });
    expect(result.items.find((i) => i.itemId === 'c1')).toMatchObject({ status: 'fail', reason: { zh: '第2行 方量 25m³ 超过上限 20m³' } });
    expect(result.missing).toEqual([{ itemId: 'c1', label: { zh: '照片：缺少照片 车身侧面', en: '照片: photos missing (车身侧面)' }, row: 1, columnId: 'photos' }]);
  });
});
