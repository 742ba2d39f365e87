/** The first `length` characters on one line, with an ellipsis if cut. Counts code points, so CJK is not split. */
export function summarise(text: string, length: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= length ? chars.join('') : `${chars.slice(0, length).join('')}…`;
}
