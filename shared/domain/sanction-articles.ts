import { SHIPPED_PACKS } from '../rules/packs';
import type { SanctionArticleData } from '../rules/pack-schema';
import { seed004MAccidentGradesPack } from '../rules/packs/seed004-m-accident-grades';
import { SANCTION_KINDS, SANCTION_MEASURES, type SanctionKind, type SanctionMeasure } from '../rules/sanction-measures';
import type { Bilingual } from './case-records';
import type { ChoiceNote } from '../sources/choice-note';

/**
 * 奖惩记录: every penalty or reward rests on an article chosen from this list,
 * never on free text. The articles, and the money and points they state, are
 * data of the organisations' rule packs (`sanctions` and `deductions`), read
 * from there so that the record and the pack cannot drift apart:
 * - seed003 篇6 第十一章 奖惩措施 (第三十九条–第四十四条), fines in 元 ranges;
 * - seed003 篇5 6. 罚则 (6.1–6.4), 6.2's 诫勉 after three valid complaints a year;
 * - seed002 客户管理制度14 5.4 违规处罚规定, fines per occurrence;
 * - seed001 S10 三.1(6), 三.3(1)(2): internal handling decided by the department,
 *   the unit or the winery leadership (the source names no measure, so the
 *   person describes it);
 * - seed004 §M 扣分标准: points per role.
 */

export { SANCTION_KINDS, SANCTION_MEASURES };
export type { SanctionKind, SanctionMeasure };

export const SANCTION_MEASURE_LABELS: Record<SanctionMeasure, Bilingual> = {
  fine: { zh: '罚款', en: 'Fine' },
  points: { zh: '扣分', en: 'Points deducted' },
  written_self_criticism: { zh: '书面检查', en: 'Written self-criticism' },
  demerit: { zh: '记过', en: 'Demerit' },
  dismissal: { zh: '辞退', en: 'Dismissal' },
  admonishment: { zh: '诫勉', en: 'Formal admonishment' },
  pay_cut: { zh: '减薪/降薪', en: 'Pay cut' },
  demotion: { zh: '降职', en: 'Demotion' },
  contract_termination: { zh: '解除劳动合同', en: 'Termination of the labour contract' },
  reward: { zh: '奖励', en: 'Reward' },
  internal: { zh: '内部处理（写明处理内容）', en: 'Internal handling (describe it)' },
};

/** An article as the sanction record reads it: a pack's article, or one grade of a seed004 §M deduction table. */
export interface SanctionArticle extends Omit<SanctionArticleData, 'choice'> {
  choice?: ChoiceNote | undefined;
  /** Fixed points per role (seed004 §M); the record names the role and the points follow. */
  deduction?: readonly { role: Bilingual; points: number }[];
}

/** seed004 §M: one article per grade of the management table and one per quality table, points per role from the pack. */
function deductionArticles(): SanctionArticle[] {
  const pack = seed004MAccidentGradesPack;
  const classLabel = (code: string) => pack.classes.find((c) => c.code === code)?.label ?? { zh: code, en: code };
  return (pack.deductions ?? []).flatMap((table) => {
    const codes = [...new Set(table.rows.flatMap((row) => Object.keys(row.points)))];
    return codes.map((classCode) => {
      const cls = classLabel(classCode);
      const single = codes.length === 1;
      return {
        code: `seed004-m.${table.code}${single ? '' : `.${classCode}`}`,
        kind: 'penalty' as const,
        label: single ? table.label : { zh: `${table.label.zh}：${cls.zh}`, en: `${table.label.en}: ${cls.en}` },
        source: table.source,
        measures: ['points'] as const,
        deduction: table.rows.map((row) => ({ role: row.role, points: row.points[classCode] ?? 0 })),
      };
    });
  });
}

export const SANCTION_ARTICLES: readonly SanctionArticle[] = [...SHIPPED_PACKS.flatMap((pack) => pack.sanctions), ...deductionArticles()];

export function sanctionArticle(code: string): SanctionArticle | undefined {
  return SANCTION_ARTICLES.find((a) => a.code === code);
}
