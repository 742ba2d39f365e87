import type { TFunction } from 'i18next';
import type { Capa, Compensation, Sanction } from '../../../../shared/api/case-records';
import { COMPENSATION_TYPE_INFO, HARM_LABELS } from '../../../../shared/domain/case-records';
import { SANCTION_MEASURE_LABELS, sanctionArticle } from '../../../../shared/domain/sanction-articles';
import { pick } from '../../settings/rule-pack-text';

/** A compensation in words, part by part: type, harm, gift quantity, amount (the panel and the printed register). */
export function compensationParts(c: Compensation, t: TFunction, lang: string): string[] {
  const parts = [pick(COMPENSATION_TYPE_INFO[c.type].label, lang)];
  if (c.harm) parts.push(pick(HARM_LABELS[c.harm], lang));
  if (c.giftQty !== null) parts.push(`${t('caseRecords.compensation.defectiveQty')} ${c.defectiveQty} × ${c.giftRatio} = ${t('caseRecords.compensation.giftQty')} ${c.giftQty}`);
  if (c.amount !== null) parts.push(`${c.amount.toFixed(2)} 元`);
  return parts;
}

/** A penalty or reward's measure in words: 罚款 200.00 元, 扣分 … */
export function sanctionMeasureText(s: Sanction, lang: string): string {
  const parts = [pick(SANCTION_MEASURE_LABELS[s.measure], lang)];
  if (s.amount !== null) parts.push(`${s.amount.toFixed(2)} 元`);
  if (s.points !== null) parts.push(s.deductionRole ? `${pick(s.deductionRole, lang)} ${s.points} 分` : `${s.points} 分`);
  return parts.join(' ');
}

/** One line of the printed register per record. */
export function compensationLine(c: Compensation, t: TFunction, lang: string): string {
  return `${compensationParts(c, t, lang).join('，')}（${t(`caseRecords.compensation.statuses.${c.status}`)}${c.decidedByName ? `，${c.decidedByName}` : ''}）`;
}

export function capaLine(c: Capa, t: TFunction): string {
  return `${c.action}（${t('caseRecords.capa.owner')}：${c.ownerName}；${t(`caseRecords.capa.statuses.${c.status}`)}）`;
}

export function sanctionLine(s: Sanction, t: TFunction, lang: string): string {
  const article = sanctionArticle(s.articleCode);
  return `${s.personName} ${t(`caseRecords.sanction.kinds.${s.kind}`)}：${sanctionMeasureText(s, lang)}（${article ? pick(article.label, lang) : s.articleCode}）`;
}
