import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChecklistTemplate } from '../../shared/checklists/template-schema';
import { SHIPPED_TEMPLATES, findTemplate } from '../../shared/checklists/templates';
import { SHIPPED_PROFILES } from '../../shared/profiles';
import { comparisonsOf, type RulePack } from '../../shared/rules/pack-schema';
import { SHIPPED_PACKS } from '../../shared/rules/packs';

/**
 * Issue 17 §3: the README's table of every rule pack, template and profile
 * (docs/rule-packs-and-templates.md) must list what the program ships, at the
 * version it ships, and name what it computes: a table that lags the data
 * tells a manager that a threshold is ticked when the app computes it.
 */
const DOC = readFileSync(path.resolve(__dirname, '../../docs/rule-packs-and-templates.md'), 'utf8');

type Row = { id: string; cells: string[] };

/** The table rows of one "## " section, keyed by the first `id` of their first cell. */
function rowsOf(heading: string): Row[] {
  const section = DOC.split(/^## /m).find((s) => s.startsWith(heading));
  if (!section) throw new Error(`docs/rule-packs-and-templates.md has no section "## ${heading}"`);
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const cells = line.split('|').slice(1, -1).map((c) => c.trim());
      return { id: /`([^`]+)`/.exec(cells[0] ?? '')?.[1] ?? '', cells };
    });
}

const profileRows = rowsOf('Organisation profiles');
const packRows = rowsOf('Rule packs');
const templateRows = rowsOf('Checklist, register and assessment templates');

function ids(rows: Row[]): string[] {
  return rows.map((r) => r.id);
}

function expectOneRowEach(rows: Row[], shipped: string[], what: string) {
  const listed = ids(rows);
  expect(shipped.filter((id) => !listed.includes(id)), `${what} shipped but missing from the doc`).toEqual([]);
  expect(listed.filter((id) => !shipped.includes(id)), `${what} in the doc but not shipped`).toEqual([]);
  expect(listed.filter((id, i) => listed.indexOf(id) !== i), `${what} listed twice`).toEqual([]);
}

/** The facts a pack computes from (criteria and escalation triggers with a fact comparison). */
function computedFacts(pack: RulePack): string[] {
  const predicates = [...pack.criteria.map((c) => c.predicate), ...pack.escalationTriggers.map((t) => t.predicate)];
  return [...new Set(predicates.flatMap((p) => (p ? comparisonsOf(p).map((c) => c.fact) : [])))];
}

/** Whether a template decides anything from a quantity or a date: a computed answer, a number's limits, a row limit or count, grade bands, a computed veto or a rule pack. */
function computesSomething(template: ChecklistTemplate): boolean {
  const items = template.sections.flatMap((s) => s.items);
  const fields = items.flatMap((i) => [i, ...(i.columns ?? [])]);
  return (
    items.some((i) => i.computed || i.rowLimit || i.limitsFrom || i.expectedRows) ||
    fields.some((f) => f.min !== undefined || f.max !== undefined) ||
    (template.grades ?? []).length > 0 ||
    (template.computedVetoes ?? []).length > 0 ||
    template.rulePack !== undefined
  );
}

describe('docs/rule-packs-and-templates.md (issue 17 §3)', () => {
  it('has one row for every shipped organisation profile, naming its rule pack and templates', () => {
    expectOneRowEach(profileRows, SHIPPED_PROFILES.map((p) => p.id), 'profiles');
    for (const profile of SHIPPED_PROFILES) {
      const row = profileRows.find((r) => r.id === profile.id);
      const text = row?.cells.join(' | ') ?? '';
      expect(text, `${profile.id}: its rule pack`).toContain(`\`${profile.rulePack}\``);
      for (const id of profile.templates) expect(text, `${profile.id}: template ${id}`).toContain(`\`${id}\``);
    }
  });

  it('has one row for every shipped rule pack, naming every fact it computes from', () => {
    expectOneRowEach(packRows, SHIPPED_PACKS.map((p) => p.id), 'rule packs');
    for (const pack of SHIPPED_PACKS) {
      const computedCell = packRows.find((r) => r.id === pack.id)?.cells[3] ?? '';
      for (const fact of computedFacts(pack)) expect(computedCell, `${pack.id}: computed fact ${fact}`).toContain(fact);
    }
  });

  it('has one row for every shipped template, at its newest shipped version', () => {
    expectOneRowEach(templateRows, SHIPPED_TEMPLATES.map((t) => t.id), 'templates');
    for (const row of templateRows) {
      const listed = /\d+\.\d+\.\d+/.exec(row.cells[1] ?? '')?.[0];
      expect(listed, `${row.id}: version in the doc`).toBe(findTemplate(row.id)?.version);
    }
  });

  it('says what a template computes wherever it computes something', () => {
    for (const template of SHIPPED_TEMPLATES.filter(computesSomething)) {
      const computedCell = templateRows.find((r) => r.id === template.id)?.cells[4] ?? '';
      expect(computedCell.replace(/[—\s-]/g, ''), `${template.id}: its Computed column`).not.toBe('');
    }
  });

  it('no longer defers to "another item of issue 17 §2": those items are shipped', () => {
    expect(DOC.includes('another item of issue 17 §2'), 'a row still defers to issue 17 §2').toBe(false);
  });
});
