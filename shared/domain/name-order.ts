/**
 * People's names in the order a Chinese reader looks for them: by pinyin
 * (张 after 王, 李 before 刘), not by Unicode code point, which scatters
 * names at random. Names in Latin letters come after the Chinese ones.
 */
const PINYIN = new Intl.Collator('zh-CN-u-co-pinyin', { sensitivity: 'base', numeric: true });

export function byPinyin<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => PINYIN.compare(nameOf(a), nameOf(b)));
}
