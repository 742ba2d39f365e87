/**
 * Mainland resident ID numbers (居民身份证号码) as the customer file holds and searches them: 18
 * characters (17 digits and a check digit or X) or the older 15 digits. Spaces people type between
 * groups are dropped and x is written X, so the same number is found however it was typed.
 */
const ID_NUMBER = /^(?:\d{17}[\dX]|\d{15})$/;

export function normalisedIdNumber(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

export function isIdNumber(text: string): boolean {
  return ID_NUMBER.test(normalisedIdNumber(text));
}

/** The full ID number a search query is, or null when the query is not one (then name and phone search apply). */
export function idNumberQuery(query: string): string | null {
  const normalised = normalisedIdNumber(query);
  return ID_NUMBER.test(normalised) ? normalised : null;
}
