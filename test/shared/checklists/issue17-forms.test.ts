import { describe, expect, it } from 'vitest';
import { computedAnswer, computedDetail } from '../../../shared/checklists/computed-answers';
import { isShown } from '../../../shared/checklists/item-outcomes';
import { scoreRecord } from '../../../shared/checklists/scoring';
import { templateSchema, type ChecklistTemplate, type TemplateItem } from '../../../shared/checklists/template-schema';
import { findTemplate } from '../../../shared/checklists/templates';

const NEW_FORMS = ['salt.complaint-record', 'manufacturer.complaint-handling-sheet', 'manufacturer.8d-report', 'call-centre.post-duty-check', 'call-centre.staff-quality-check'];
const template = (id: string): ChecklistTemplate => findTemplate(id)!;
const items = (t: ChecklistTemplate): TemplateItem[] => t.sections.flatMap((s) => s.items);
const item = (t: ChecklistTemplate, id: string): TemplateItem => items(t).find((i) => i.id === id)!;
const sh = (local: string) => `${local}+08:00`;

describe('the forms issue 17 adds', () => {
  it.each(NEW_FORMS)('%s is shipped, cites its seed section on every item, and says what a yes/no answer that fails means', (id) => {
    const t = template(id);
    expect(t).toBeDefined();
    expect(templateSchema.safeParse(t).success).toBe(true);
    const seed = id.startsWith('salt.') ? /^seed001 S17 \S/ : /^seed004 §[BEJQ] \S/;
    for (const i of items(t)) {
      expect(i.source, `${id}/${i.id}`).toMatch(seed);
      if (i.kind === 'yesNo') expect(i.failsOn, `${id}/${i.id}`).toMatch(/^(yes|no)$/);
    }
  });

  it('seed001 S17: the record sheet has the source’s nine fields in its order', () => {
    const t = template('salt.complaint-record');
    expect(t.sections[0]?.items.map((i) => i.label.zh)).toEqual(['投诉客户名称', '营业地址', '受理日期', '受理编号', '投诉方式', '客户联系方式', '投诉理由（事件经过）', '投诉要求', '受理人员（签字）']);
    expect(item(t, 'channel').options?.map((o) => o.label.zh)).toEqual(['电话投诉', '电邮投诉', '现场投诉', '其他投诉']);
    // 四: quality → explain and exchange or recall; the customer manager → a resolution deadline told to the customer.
    expect(isShown(item(t, 'salt-remedy'), t, { responsibility: 'salt-quality' })).toBe(true);
    expect(isShown(item(t, 'resolution-deadline'), t, { responsibility: 'salt-quality' })).toBe(false);
  });

  it('seed004 §E 5.2.2: the handling sheet issued 60 minutes after receipt is in time, 61 is not, and offers a corrective action', () => {
    const t = template('manufacturer.complaint-handling-sheet');
    const within = (issuedAt: string) => computedAnswer(item(t, 'issued-within-hour'), { 'received-at': sh('2026-11-23T09:00:00'), 'issued-at': sh(issuedAt) });
    expect(within('2026-11-23T10:00:00')).toBe(true);
    expect(within('2026-11-23T10:01:00')).toBe(false);
    const late = scoreRecord(t, { 'received-at': sh('2026-11-23T09:00:00'), 'issued-at': sh('2026-11-23T10:01:00') });
    expect(late.failedItems).toContainEqual(expect.objectContaining({ itemId: 'issued-within-hour', correctiveAction: true }));
    expect(isShown(item(t, 'vp-approval'), t, { class: 'major' })).toBe(true);
    expect(isShown(item(t, 'vp-approval'), t, { class: 'general' })).toBe(false);
  });

  it('seed004 §J 4.3.1/4.3.4: the serious complaint’s 24-hour containment leaves test and sample time out', () => {
    const t = template('manufacturer.8d-report');
    const contained = item(t, 'containment-in-24h');
    const base = { grade: 'serious', 'received-at': sh('2026-11-23T10:00:00') };
    const at = (doneAt: string, timeline: { at: string; event: string }[] = []) =>
      computedAnswer(contained, { ...base, 'containment-done-at': sh(doneAt), 'd2-timeline': timeline.map((r, i) => ({ id: `r${i}`, at: sh(r.at), event: r.event })) });
    expect(at('2026-11-24T10:00:00')).toBe(true); // 24 hours
    expect(at('2026-11-24T10:01:00')).toBe(false); // 24 hours and a minute
    const test = [
      { at: '2026-11-23T12:00:00', event: 'test-start' },
      { at: '2026-11-23T20:00:00', event: 'test-end' },
      { at: '2026-11-23T21:00:00', event: 'feedback' }, // Sales' feedback stops no clock
    ];
    expect(at('2026-11-24T18:00:00', test)).toBe(true); // 32 hours less 8 of testing
    expect(at('2026-11-24T18:01:00', test)).toBe(false);
    // A sample still being made when the containment is done: paused up to then.
    expect(at('2026-11-25T10:00:00', [{ at: '2026-11-24T09:00:00', event: 'sample-start' }])).toBe(true);
    const detail = computedDetail(contained, { ...base, 'containment-done-at': sh('2026-11-24T18:00:00'), 'd2-timeline': test.map((r, i) => ({ id: `r${i}`, at: sh(r.at), event: r.event })) }, (id) => item(t, id).label);
    expect(detail?.zh).toBe('相隔 1440 分钟，已扣除暂停 480 分钟（不超过 1440 分钟）');
    expect(isShown(contained, t, { grade: 'general' })).toBe(false);
  });

  it('seed004 §J 5.1.1: the 8D report asks the five intake items without which QA may refuse the complaint', () => {
    const t = template('manufacturer.8d-report');
    expect(t.sections[0]?.items.filter((i) => i.source.startsWith('seed004 §J 5.1.1')).map((i) => i.id)).toEqual([
      'form-no',
      'customer',
      'product-no',
      'defect',
      'shipped-on',
      'shipped-qty',
      'lot-size',
      'defect-count',
      'found-at',
    ]);
  });

  it('seed004 §B: the post’s own duties and skills, 8 / 9 / 4, only the chosen post’s asked; §Q: the five psychological qualities', () => {
    const t = template('call-centre.post-duty-check');
    const of = (post: string) => items(t).filter((i) => i.showIf?.equals === post).length;
    expect([of('supervisor'), of('deputy'), of('shift-leader')]).toEqual([8, 9, 4]);
    expect(isShown(item(t, 'deputy-d5'), t, { post: 'supervisor' })).toBe(false);
    expect(template('call-centre.staff-quality-check').sections[1]?.items.map((i) => i.source)).toEqual(['seed004 §Q 1(1)', 'seed004 §Q 1(2)', 'seed004 §Q 1(3)', 'seed004 §Q 1(4)', 'seed004 §Q 1(5)']);
  });
});
