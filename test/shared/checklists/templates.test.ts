import { describe, expect, it } from 'vitest';
import { computedAnswer, computedDetail } from '../../../shared/checklists/computed-answers';
import { scoreRecord } from '../../../shared/checklists/scoring';
import { templateSchema, type ChecklistTemplate, type TemplateItem } from '../../../shared/checklists/template-schema';
import { SHIPPED_TEMPLATES, findTemplate } from '../../../shared/checklists/templates';
import { legalRiskSourceRegister } from '../../../shared/checklists/templates/legal-risk-sources';

/** A citation must name the seed document it comes from ("seed000 第一篇 二、1 …"). */
const CITES_A_SEED = /seed00[0-4]/;

const template = (id: string): ChecklistTemplate => {
  const found = findTemplate(id);
  if (!found) throw new Error(`no shipped template ${id}`);
  return found;
};
const items = (t: ChecklistTemplate): TemplateItem[] => t.sections.flatMap((s) => s.items);
const item = (t: ChecklistTemplate, id: string): TemplateItem => {
  const found = items(t).find((i) => i.id === id);
  if (!found) throw new Error(`${t.id} has no item ${id}`);
  return found;
};

/** Every citation of a template, labelled with where it sits, so a failure names the culprit. */
function citations(t: ChecklistTemplate): Array<[string, string]> {
  const out: Array<[string, string]> = [[t.id, t.source]];
  if (t.schedule) out.push([`${t.id} schedule`, t.schedule.source]);
  for (const g of t.grades ?? []) out.push([`${t.id} grade ${g.code}`, g.source]);
  for (const s of t.sections) {
    out.push([`${t.id}/${s.id}`, s.source]);
    for (const i of s.items) {
      out.push([`${t.id}/${s.id}/${i.id}`, i.source]);
      for (const c of i.columns ?? []) out.push([`${t.id}/${i.id}/${c.id}`, c.source]);
      for (const e of i.expectedRows?.counts ?? []) out.push([`${t.id}/${i.id} expected ${e.value}`, e.source]);
    }
  }
  return out;
}

describe('shipped checklist templates', () => {
  it('all validate against the template schema', () => {
    expect(SHIPPED_TEMPLATES.length).toBeGreaterThanOrEqual(23);
    for (const t of SHIPPED_TEMPLATES) {
      const parsed = templateSchema.safeParse(t);
      expect(parsed.success, `${t.id}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
    }
  });

  it('have unique ids, each at version 1.0.0 but those issue 17 made compute (coal-mine level events, the revisit report’s day after, the heat record’s period; the personal-information self-check, evidence from the store) at 1.1.0, whose 1.0.0 is still held for its records', () => {
    const ids = SHIPPED_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const bumped = ['coal-mine-grading', 'service.customer-revisit-report', 'heat.room-temperature-record', 'privacy.personal-info-self-check'];
    for (const t of SHIPPED_TEMPLATES) expect(t.version, t.id).toBe(bumped.includes(t.id) ? '1.1.0' : '1.0.0');
    for (const id of bumped) {
      expect(findTemplate(id, '1.0.0')?.version).toBe('1.0.0');
      expect(findTemplate(id)?.version).toBe('1.1.0');
    }
  });

  it('cite a seed document for the template, its schedule, every section, item, column and expected count', () => {
    for (const t of SHIPPED_TEMPLATES) {
      for (const [where, source] of citations(t)) {
        expect(source.trim(), where).not.toBe('');
        expect(source, where).toMatch(CITES_A_SEED);
      }
    }
  });

  it('give every register a table with columns, and print the wide ones landscape', () => {
    const registers = SHIPPED_TEMPLATES.filter((t) => t.kind === 'register');
    expect(registers.length).toBeGreaterThanOrEqual(7);
    for (const t of registers) {
      const tables = items(t).filter((i) => i.kind === 'table');
      expect(tables.length, t.id).toBeGreaterThan(0);
      for (const table of tables) expect(table.columns?.length, `${t.id}/${table.id}`).toBeGreaterThan(0);
      const widest = Math.max(...tables.map((table) => table.columns?.length ?? 0));
      if (widest >= 6) expect(t.orientation, t.id).toBe('landscape');
    }
  });

  it('carry the cadences the source gives', () => {
    expect(template('well.h2s-measurement').schedule).toMatchObject({ kind: 'daysOfMonth', days: [10, 25] });
    expect(template('well.legal-training-record').schedule).toMatchObject({ kind: 'timesPerMonth', times: 2 });
    expect(template('well.self-study-record').schedule).toMatchObject({ kind: 'timesPerMonth', times: 2 });
    expect(template('well.training-test').schedule?.kind).toBe('perEvent'); // 每次集中培训后
    // 每次记录，每周通报，每月考核
    expect(template('well.area-check').schedule?.kind).toBe('perEvent');
    expect(template('well.area-check-weekly-circular').schedule?.kind).toBe('weekly');
    expect(template('well.area-check-monthly-assessment').schedule?.kind).toBe('monthly');
    expect(template('well.sewage-haulage-register').schedule?.kind).toBe('perEvent'); // 每一车水
  });

  it('find a template by id, by exact version, and not by an unknown one', () => {
    expect(findTemplate('well.h2s-measurement')?.id).toBe('well.h2s-measurement');
    expect(findTemplate('well.h2s-measurement', '1.0.0')?.version).toBe('1.0.0');
    expect(findTemplate('well.h2s-measurement', '9.9.9')).toBeUndefined();
    expect(findTemplate('no.such-template')).toBeUndefined();
  });
});

describe('the well-station registers', () => {
  it('sewage haulage: one row per truckload, with vehicle photos front and side, departure, arrival and waybill required', () => {
    const t = template('well.sewage-haulage-register');
    const table = item(t, 'truckloads');
    const col = (id: string) => table.columns?.find((c) => c.id === id);
    expect(t.orientation).toBe('landscape');
    expect(col('photos')).toMatchObject({ kind: 'photo', required: true });
    expect(col('photos')?.evidence?.map((e) => e.zh)).toEqual(['车身正面', '车身侧面']);
    for (const id of ['vehicle-qualified', 'personnel-qualified', 'volume', 'pipe-intact', 'departed-at', 'arrived-at', 'waybill']) {
      expect(col(id)?.required, id).toBe(true);
    }
    expect(col('volume')?.unit).toBe('m³');
  });

  it('desulfurizer disposal: exactly the five fields of the source, then driver and duty-employee signatures', () => {
    const table = item(template('well.desulfurizer-disposal-register'), 'transfers');
    expect(table.columns?.map((c) => c.label.zh)).toEqual([
      '运输单位车辆号牌',
      '转运时间',
      '转运物品的数量',
      '转运目的地',
      '包装完整情况（完整）',
      '运输司机签字',
      '当班员工签字',
    ]);
    expect(table.columns?.slice(5).every((c) => c.kind === 'signature' && c.required)).toBe(true);
  });

  it('H2S: the measured value is limited by the station standard value, and near the standard asks for a report', () => {
    const t = template('well.h2s-measurement');
    expect(item(t, 'h2s-value').limitsFrom).toEqual({ max: 'standard-value' });
    expect(item(t, 'reported').showIf).toEqual({ itemId: 'near-standard', equals: true });
    expect(item(t, 'reported').required).toBe(true);
  });
});

describe('the legal-risk source register', () => {
  const t = template('well.legal-risk-sources');
  const table = item(t, 'sources');

  it('expects 25 visual-management and 41 on-site sources, 66 in all', () => {
    expect(table.expectedRows?.columnId).toBe('category');
    expect(table.expectedRows?.counts.map(({ value, count }) => [value, count])).toEqual([
      ['visual', 25],
      ['on-site', 41],
    ]);
    expect(table.expectedRows?.counts.reduce((sum, c) => sum + c.count, 0)).toBe(66);
    const category = table.columns?.find((c) => c.id === 'category');
    expect(category?.options?.map((o) => o.label.zh)).toEqual(['目视化管理', '生产现场操作和管理']);
  });

  it('ships no rows: the source gives counts, not items, so the station enters its own', () => {
    // The register is the table alone; nothing beyond the schema's keys (no rows, no defaults) rides along.
    expect(items(t).map((i) => i.id)).toEqual(['sources']);
    const raw = legalRiskSourceRegister.sections[0]?.items[0] ?? {};
    expect(Object.keys(raw).sort()).toEqual(['columns', 'expectedRows', 'hint', 'id', 'kind', 'label', 'required', 'source']);
    expect(JSON.stringify(legalRiskSourceRegister)).not.toMatch(/"rows"|"defaultRows"|"value":"(?!visual|on-site|production|business|hse)/);
  });

  it('the schema refuses expected counts on a value that is not an option of a choice column', () => {
    const broken = structuredClone(legalRiskSourceRegister);
    const first = broken.sections[0]?.items[0];
    if (!first?.expectedRows) throw new Error('fixture lost its expected rows');
    first.expectedRows.counts.push({ value: 'invented', count: 1, source: 'seed999' });
    expect(templateSchema.safeParse(broken).success).toBe(false);
    first.expectedRows = { columnId: 'risk', counts: [{ value: 'visual', count: 25, source: 'seed999' }] };
    expect(templateSchema.safeParse(broken).success).toBe(false);
  });
});

describe('the other shipped checklists keep the source lists exactly', () => {
  it('contract-clause review: the 13 clause types with their numbered risk points', () => {
    const t = template('legal.contract-clause-review');
    const clauses = t.sections.filter((s) => s.id.startsWith('clause-'));
    expect(clauses.map((s) => s.id)).toEqual(Array.from({ length: 13 }, (_, i) => `clause-${i + 1}`));
    expect(clauses.map((s) => s.items.length)).toEqual([4, 2, 3, 3, 3, 2, 4, 7, 5, 4, 1, 1, 1]);
    expect(item(t, 'c11-jurisdiction').options?.map((o) => o.value)).toEqual(['own-location', 'unclear', 'counterparty-location', 'abroad']);
  });

  it('handling principles: 8.1, 8.2 a–h, 8.3 a–e, 8.4 a–g, 8.5 a–h, 8.6 a–i', () => {
    const t = template('service.handling-principles-self-check');
    expect(t.sections.slice(1).map((s) => s.items.length)).toEqual([1, 8, 5, 7, 8, 9]);
  });

  it('basic principles (篇6): 第五–十二条, one check each', () => {
    expect(template('service.basic-principles-review').sections[1]?.items.map((i) => i.id)).toEqual(['a5', 'a6', 'a7', 'a8', 'a9', 'a10', 'a11', 'a12']);
  });

  it('reception technique: 19 items under 看 4, 听 5, 说 5, 动 5', () => {
    const t = template('service.reception-technique-check');
    expect(t.sections.slice(1).map((s) => [s.title.zh, s.items.length])).toEqual([
      ['看', 4],
      ['听', 5],
      ['说', 5],
      ['动', 5],
    ]);
  });

  it('staff rules: duty 1–6, handover 1–4, discipline 1–5, on-site management 1–8, hygiene 1–6, and the typing speed of 80 a minute', () => {
    const t = template('service.csr-onsite-check');
    const count = (id: string) => t.sections.find((s) => s.id === id)?.items.length;
    expect([count('duty'), count('handover'), count('discipline'), count('site'), count('hygiene')]).toEqual([6, 4, 5, 8, 6]);
    expect(item(t, 'q5-typing')).toMatchObject({ kind: 'number', min: 80, unit: '字/分' });
  });

  it('personal-information security: 第八–十七条, 第十八–二十七条, 第二十八–三十九条 with 第三十六条 in three', () => {
    const checks = (t: ChecklistTemplate | undefined, id: string) => t?.sections.find((s) => s.id === id)?.items.filter((i) => i.kind === 'passFail').length;
    for (const t of [findTemplate('privacy.personal-info-self-check', '1.0.0'), template('privacy.personal-info-self-check')]) {
      expect([checks(t, 'general'), checks(t, 'physical'), checks(t, 'electronic')]).toEqual([10, 10, 14]);
    }
    expect(findTemplate('privacy.personal-info-self-check', '1.0.0')?.sections.flatMap((s) => s.items).some((i) => i.fromStore || i.computed)).toBe(false);
  });
});

describe('the heat-supply room-temperature record', () => {
  const t = template('heat.room-temperature-record');

  it("requires the user's signature, always: the record is invalid without it", () => {
    const userSignature = item(t, 'user-signature');
    expect(userSignature.kind).toBe('signature');
    expect(userSignature.required).toBe(true);
    expect(userSignature.showIf).toBeUndefined();
    expect(userSignature.source).toContain('测温记录无用户签字无效');
  });

  it('holds each reading to the limit of its case: for apartment buildings by the measuring time (below), the contract for the rest', () => {
    expect(t.version).toBe('1.1.0');
    expect(item(t, 'user-period').options?.map((o) => o.value)).toEqual(['building', 'bungalow', 'non-resident']);
    expect(item(t, 'temp-building')).toMatchObject({ unit: '℃', showIf: { itemId: 'user-period', equals: 'building' } });
    expect(item(t, 'temp-building-met')).toMatchObject({ failsOn: 'no', correctiveAction: true, showIf: { itemId: 'user-period', equals: 'building' } });
    expect(item(t, 'temp-bungalow').limitsFrom).toEqual({ min: 'contract-temp-bungalow' });
    expect(item(t, 'temp-non-resident').limitsFrom).toEqual({ min: 'contract-temp-non-resident' });
  });

  describe('七(一) 早六时至二十一时 ≥ 18℃, 其它时间 ≥ 16℃: the period from the measuring time (China Standard Time), not picked', () => {
    const met = (local: string, temperature: number) => computedAnswer(item(t, 'temp-building-met'), { 'measured-at': new Date(`${local}+08:00`).toISOString(), 'temp-building': temperature });

    it.each([
      ['2026-12-01T05:59:00', 16, true], // before 6:00 the night minimum
      ['2026-12-01T05:59:00', 15.9, false],
      ['2026-12-01T06:00:00', 18, true], // from 6:00 the day minimum
      ['2026-12-01T06:00:00', 17.9, false],
      ['2026-12-01T21:00:00', 17.9, false], // 至二十一时: 21:00 is still day
      ['2026-12-01T21:01:00', 17.9, true], // 21:01 is “其它时间”
      ['2026-12-01T21:01:00', 15.9, false],
      ['2026-12-01T00:00:00', 16, true],
    ])('measured %s at %s ℃: met %s', (local, temperature, expected) => {
      expect(met(local, temperature)).toBe(expected);
    });

    it('fails below the limit with a corrective action, and says which period the time fell in', () => {
      const answers = { 'user-period': 'building', 'measured-at': new Date('2026-12-01T06:00:00+08:00').toISOString(), 'temp-building': 17.9 };
      expect(scoreRecord(t, answers).failedItems).toContainEqual(expect.objectContaining({ itemId: 'temp-building-met', correctiveAction: true }));
      const labelOf = (id: string) => item(t, id).label;
      expect(computedDetail(item(t, 'temp-building-met'), answers, labelOf)).toEqual({
        zh: '测温时间 06:00（06:00–21:00）：实测室温 17.9，不低于 18',
        en: 'Measured at 06:00 (within 06:00–21:00): Room temperature 17.9, at least 18',
      });
    });

    it('keeps 1.0.0, where the measurer picked the period, to read its records', () => {
      const old = findTemplate('heat.room-temperature-record', '1.0.0')!;
      expect(old.sections.flatMap((s) => s.items).find((i) => i.id === 'temp-building-day')).toMatchObject({ min: 18 });
    });
  });

  it('the schema refuses a limit taken from an item that is not a number', () => {
    const broken = structuredClone(t);
    const reading = broken.sections.flatMap((s) => s.items).find((i) => i.id === 'temp-bungalow');
    if (!reading) throw new Error('fixture lost its reading');
    reading.limitsFrom = { min: 'point' };
    expect(templateSchema.safeParse(broken).success).toBe(false);
  });
});
