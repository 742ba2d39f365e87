import { describe, expect, it } from 'vitest';
import { SHIPPED_PACKS } from '../../../shared/rules/packs';
import { findReportDefinition } from '../../../shared/reports/definitions';
import { NARRATIVE_REPORT_KINDS, narrativeKindsForPack } from '../../../shared/reports/narrative';
import { isCaseKind, isPeriodKind, narrativeKindSchema } from '../../../shared/reports/narrative/kind-schema';
import { NARRATIVE_KINDS } from '../../../shared/reports/narrative/kinds';

/** The narrative report kinds are cited data that fit the report definitions they embed. */
describe('narrative report kinds', () => {
  it('each kind validates, cites its source, and embeds only what its definition computes', () => {
    expect(NARRATIVE_REPORT_KINDS.length).toBe(NARRATIVE_KINDS.length);
    for (const kind of NARRATIVE_REPORT_KINDS.filter(isPeriodKind)) {
      const definition = findReportDefinition(kind.statistics.definitionId);
      expect(definition, kind.id).toBeDefined();
      // A kind for some organisations uses a definition offered to them (theirs, or one for every site).
      if (definition!.packs) expect(kind.packs?.every((p) => definition!.packs!.includes(p)), kind.id).toBe(true);
      for (const m of kind.statistics.measures) expect(definition!.measures.map((x) => x.measure), `${kind.id} ${m}`).toContain(m);
      for (const d of kind.statistics.dimensions) expect(definition!.dimensions, `${kind.id} ${d}`).toContain(d);
      for (const p of kind.periods) expect(definition!.periods, `${kind.id} ${p}`).toContain(p);
      for (const s of kind.sections) expect(s.source, `${kind.id} ${s.id}`).toMatch(/^seed\d{3} /);
      expect(kind.source).toMatch(/^seed\d{3} /);
    }
  });

  it('names the packs that exist, and a site sees only its own organisation’s kinds', () => {
    const packIds = new Set(SHIPPED_PACKS.map((p) => p.id));
    for (const kind of NARRATIVE_REPORT_KINDS) for (const p of kind.packs ?? []) expect(packIds, `${kind.id} ${p}`).toContain(p);
    expect(narrativeKindsForPack('sichuan-group-p6').map((k) => k.id)).toEqual(['sichuan-p6-analysis-report', 'sichuan-p6-major-complaint-report']);
    expect(narrativeKindsForPack('insurance-branch-p5').map((k) => k.id)).toEqual(['insurance-p5-monthly-analysis-report']);
    expect(narrativeKindsForPack(null)).toEqual([]);
  });

  it('the 篇5 and 篇4 filings are due by the 10th of the next month (seed003 篇5 4.5.6, 篇4 第二十七条)', () => {
    const byId = new Map(NARRATIVE_REPORT_KINDS.map((k) => [k.id, k]));
    expect(byId.get('insurance-p5-monthly-analysis-report')!.due).toMatchObject({ kind: 'dayOfNextMonth', day: 10 });
    expect(byId.get('retail-p4-monthly-statistics-report')!.due).toMatchObject({ kind: 'dayOfNextMonth', day: 10 });
    expect(byId.get('retail-p4-monthly-statistics-report')!.signer.role).toBe('admin_hr');
  });

  it('refuses a kind whose section ids repeat', () => {
    const kind = NARRATIVE_KINDS[0]!;
    const twice = { ...kind, sections: [...kind.sections, kind.sections[0]!] };
    expect(narrativeKindSchema.safeParse(twice).success).toBe(false);
  });

  it('the special report per major complaint: named by the pack’s major class, signed by the call centre, due at no stated time (seed003 篇6 第三十八条(一)7)', () => {
    const kind = NARRATIVE_REPORT_KINDS.find((k) => k.id === 'sichuan-p6-major-complaint-report')!;
    expect(isCaseKind(kind)).toBe(true);
    expect(kind.source).toMatch(/^seed003 篇6 第三十八条\(一\)7 .*客户重大投诉专项报告/);
    expect(kind.signer.role).toBe('call_centre');
    expect(kind.due.kind).toBe('notStated');
    for (const s of kind.sections) expect(s.source, s.id).toMatch(/^seed003 篇6 第/);
    // Which classes demand it is the pack's data: exactly the Sichuan pack's 重大 class.
    const demanding = SHIPPED_PACKS.flatMap((p) => p.classes.filter((c) => c.specialReport).map((c) => ({ pack: p.id, code: c.code, label: c.label.zh, kindId: c.specialReport!.kindId })));
    expect(demanding).toEqual([{ pack: 'sichuan-group-p6', code: 'major', label: '重大投诉', kindId: kind.id }]);
  });

  it('every class that demands a case report names a case kind its own pack is offered', () => {
    for (const pack of SHIPPED_PACKS) {
      for (const c of pack.classes.filter((x) => x.specialReport)) {
        const kind = narrativeKindsForPack(pack.id).find((k) => k.id === c.specialReport!.kindId);
        expect(kind && isCaseKind(kind), `${pack.id} ${c.code}`).toBe(true);
      }
    }
  });
});
