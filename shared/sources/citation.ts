import { citedDocument, COMPILATIONS, EXTRACTION_PARTS, type CitedDocument } from './documents';

/**
 * Where a rule comes from, as a station lead reads it: the data's
 * `seed003 篇6 第十三条 第一类` becomes `《四川**实业集团有限公司客户投诉管理办法(试行)》第十三条 第一类`
 * (zh) or `“Sichuan industrial group …” 第十三条 第一类` (en). Only the
 * document part is replaced; the section words stay as the source prints
 * them, in both languages, so they can be found in the document.
 *
 * Every cited part is converted (`seed003 篇4 第二十七条; seed002 客户管理制度14 3.2`,
 * `seed004 §B、§Q`). Parenthesised pointers to our own extraction notes
 * (`(seed000-part1 §1.5)`) are dropped: they cite our notes, not the
 * document. A string naming no known seed (`Branchline`, `test`) comes back
 * as it is; so does a part this table does not know, which the shipped-data
 * test catches.
 */
export function citationText(source: string, lang: string): string {
  if (!SEED_MENTION.test(source)) return source;
  const english = lang.startsWith('en');
  const text = source.replace(EXTRACTION_NOTE, '');
  let out = '';
  let from = 0;
  for (const match of text.matchAll(SEED_ID)) {
    const start = match.index ?? 0;
    if (start < from) continue;
    const cited = citedParts(text, start + match[0].length, match[1]!, match[2]) ?? wholeCompilation(text, start + match[0].length, start + match[0].trimEnd().length, match[1]!, match[2]);
    if (!cited) continue;
    const titles = cited.documents.map((d) => (english ? `“${d.en}”` : `《${d.zh}》`)).join(english ? ', ' : '、');
    out += text.slice(from, start) + titles;
    from = english ? cited.end : skipOneSpace(text, cited.end);
  }
  return out + text.slice(from);
}

/** Whether a string cites a seed document at all. */
const SEED_MENTION = /seed0\d\d/;
/** `(seed000-part1 §1.5)`, `(seed000-part1 §1.5: field implied)`: a pointer into our extraction notes. */
const EXTRACTION_NOTE = /\s*\(seed0\d\d-part[12]\b[^()]*\)/g;
/** A seed id, not a pack or profile id such as `seed004-p-generic`. */
const SEED_ID = /(seed0\d\d)(-part[12])?(?![\w-])[ \t]*/g;
/** What reads as a part id, known or not: an unknown one stays as it is, for the shipped-data test to catch. */
const PART_LIKE = /第.{1,2}篇|§?S\d+|客户管理制度\d+|篇\d+|§[A-Za-z0-9]/y;
const PART = /第[一二三四五]篇|§?S\d+|客户管理制度\d+|银行营业网点投诉管理|篇\d|§[A-Z](?![A-Za-z])/y;
const MORE_PART = /、(第[一二三四五]篇|§?S\d+|客户管理制度\d+|\d+|篇\d|§[A-Z](?![A-Za-z]))/y;
/** An extraction note's section: its number (or letter) names the part; the rest is our numbering, dropped. */
const EXTRACTION_SECTION = /§(\d+|[A-Z])(?:\.\d+)*/y;

interface CitedParts {
  readonly documents: CitedDocument[];
  /** Where the part ids end in the text. */
  readonly end: number;
}

function citedParts(text: string, at: number, seed: string, extraction: string | undefined): CitedParts | undefined {
  if (extraction) {
    EXTRACTION_SECTION.lastIndex = at;
    const section = EXTRACTION_SECTION.exec(text);
    const part = section ? EXTRACTION_PARTS[seed + extraction]?.[section[1]!] : undefined;
    const document = part ? citedDocument(seed, part) : undefined;
    return document && section ? { documents: [document], end: at + section[0].length } : undefined;
  }
  PART.lastIndex = at;
  const first = PART.exec(text);
  const firstDocument = first ? citedDocument(seed, first[0]) : undefined;
  if (!first || !firstDocument) return undefined;
  const documents = [firstDocument];
  let end = at + first[0].length;
  for (;;) {
    MORE_PART.lastIndex = end;
    const more = MORE_PART.exec(text);
    const document = more ? citedDocument(seed, more[1]!) : undefined;
    if (!more || !document) break;
    documents.push(document);
    end += more[0].length;
  }
  return { documents, end };
}

/** Prose naming the seed as a whole (`seed000 gives the station …`): the compilation's title. */
function wholeCompilation(text: string, at: number, idEnd: number, seed: string, extraction: string | undefined): CitedParts | undefined {
  PART_LIKE.lastIndex = at;
  const compilation = COMPILATIONS[seed];
  if (extraction || !compilation || PART_LIKE.test(text)) return undefined;
  return { documents: [compilation], end: idEnd };
}

/** In Chinese the section follows the title mark directly: 《…》第十三条. */
function skipOneSpace(text: string, at: number): number {
  return text[at] === ' ' ? at + 1 : at;
}
