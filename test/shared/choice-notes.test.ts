import { describe, expect, it } from 'vitest';
import { CREDIT_CHAIN } from '../../shared/credit/credit-approval';
import { CREDIT_PACK, KEY_DATA_RULE } from '../../shared/credit/credit-pack';
import { SHIPPED_PROFILES } from '../../shared/profiles';
import { REPORT_DEFINITIONS } from '../../shared/reports/definitions';
import { LEDGERS } from '../../shared/reports/ledgers';
import { NARRATIVE_REPORT_KINDS } from '../../shared/reports/narrative';
import { MEASURES } from '../../shared/reports/measures';
import { rulePackSchema } from '../../shared/rules/pack-schema';
import { SHIPPED_PACK_VERSIONS } from '../../shared/rules/packs';
import { citationText } from '../../shared/sources/citation';
import { choiceNoteSchema, noteFromColumn, noteToColumn } from '../../shared/sources/choice-note';

interface FoundNote {
  where: string;
  note: unknown;
}

const NOTE_KEYS = /^(choice|rulePackChoice|mediaChoice)$/;

/** Every value under a note key, anywhere inside the shipped definitions, with a path to find it by. */
function notesIn(root: unknown, name: string): FoundNote[] {
  const found: FoundNote[] = [];
  const walk = (value: unknown, path: string): void => {
    if (value === null || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (NOTE_KEYS.test(key) && inner !== undefined) found.push({ where: `${path}.${key}`, note: inner });
      else walk(inner, `${path}.${key}`);
    }
  };
  walk(root, name);
  return found;
}

const SHIPPED_NOTES: FoundNote[] = [
  ...SHIPPED_PACK_VERSIONS.flatMap((pack) => notesIn(pack, `${pack.id}@${pack.version}`)),
  ...SHIPPED_PROFILES.flatMap((profile) => notesIn(profile, profile.id)),
  ...REPORT_DEFINITIONS.flatMap((report) => notesIn(report, report.id)),
  ...LEDGERS.flatMap((ledger) => notesIn(ledger, ledger.id)),
  ...NARRATIVE_REPORT_KINDS.flatMap((kind) => notesIn(kind, kind.id)),
  ...notesIn(MEASURES, 'measures'),
  ...notesIn({ CREDIT_PACK, KEY_DATA_RULE, CREDIT_CHAIN }, 'credit'),
];

const CJK = /[\u4e00-\u9fff]/;
/** Four Latin words in a row: a sentence of English left in a Chinese note. */
const ENGLISH_RUN = /[A-Za-z]+(?:[\s,'’-]+[A-Za-z]+){3}/;
/** Article numbers (第三十一条) and seed citations (seed003 篇6), which the note must keep as the source prints them. */
const ARTICLE = /第[一二三四五六七八九十百千零]+条/g;
const SEED_CITATION = /seed0\d\d(?:-part[12])?\s*(?:§\w|篇\d|第[一二三四五]篇|S\d+|客户管理制度\d+)?/g;

describe('choice notes of the shipped data', () => {
  it('finds the notes of every pack, profile, report, ledger and measure', () => {
    expect(SHIPPED_NOTES.length).toBeGreaterThan(230);
    for (const kind of ['sichuan-group-p6', 'well-station', 'measures', 'seed001-s10-winery']) {
      expect(SHIPPED_NOTES.some((n) => n.where.startsWith(kind)), kind).toBe(true);
    }
  });

  it('has every note in Chinese and in English', () => {
    const notBilingual = SHIPPED_NOTES.filter(({ note }) => {
      const { zh, en } = (note ?? {}) as { zh?: unknown; en?: unknown };
      return typeof zh !== 'string' || typeof en !== 'string' || !zh.trim() || !en.trim();
    });
    expect(notBilingual.map((n) => n.where)).toEqual([]);
  });

  it('writes the Chinese note in Chinese, not a copy of the English one', () => {
    const english = SHIPPED_NOTES.flatMap(({ where, note }) => {
      const zh = (note as { zh: string }).zh;
      return CJK.test(zh) && !ENGLISH_RUN.test(zh) ? [] : [`${where}: ${zh}`];
    });
    expect(english).toEqual([]);
  });

  it('keeps in the Chinese note the articles and seed sections the English one cites', () => {
    const lost = SHIPPED_NOTES.flatMap(({ where, note }) => {
      const { zh, en } = note as { zh: string; en: string };
      const squash = (s: string) => s.replace(/\s+/g, '');
      const zhCitations = new Set([...(zh.match(ARTICLE) ?? []), ...(zh.match(SEED_CITATION) ?? []).map(squash)]);
      const missing = [...(en.match(ARTICLE) ?? []), ...(en.match(SEED_CITATION) ?? []).map(squash)].filter((c) => !zhCitations.has(c));
      return missing.length ? [`${where}: ${missing.join(', ')}`] : [];
    });
    expect(lost).toEqual([]);
  });

  it('turns every seed id of a Chinese note into a document title', () => {
    const untitled = SHIPPED_NOTES.map(({ note }) => citationText((note as { zh: string }).zh, 'zh-CN')).filter((text) => /seed0/.test(text));
    expect(untitled).toEqual([]);
  });

  it('has the test pattern catch an English copy', () => {
    expect(ENGLISH_RUN.test('The source gives no time.')).toBe(true);
    expect(ENGLISH_RUN.test('原文没有规定时限（seed004 §P 1.1.0 版）。')).toBe(false);
  });
});

describe('choice notes published before they were bilingual', () => {
  it('reads an English-only note of an older published pack as both languages', () => {
    const pack = structuredClone(SHIPPED_PACK_VERSIONS[0]!) as Record<string, unknown>;
    pack.choice = 'An older note.';
    const parsed = rulePackSchema.parse(pack);
    expect(parsed.choice).toEqual({ zh: 'An older note.', en: 'An older note.' });
    expect(choiceNoteSchema.parse({ zh: '说明', en: 'Note' })).toEqual({ zh: '说明', en: 'Note' });
  });

  it('keeps a notification’s note as JSON and reads a row written before as both languages', () => {
    const note = { zh: '从受理起算。', en: 'Counted from receipt.' };
    expect(noteFromColumn(noteToColumn(note))).toEqual(note);
    expect(noteFromColumn('Counted from receipt.')).toEqual({ zh: 'Counted from receipt.', en: 'Counted from receipt.' });
    expect(noteFromColumn(null)).toBeNull();
    expect(noteToColumn(undefined)).toBeNull();
  });
});
