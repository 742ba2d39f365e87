/**
 * Masking of customers' personal fields (寄递用户信息: 地址、身份证件号码、电话号码, seed002 客户管理制度1
 * 第三条) in what the core and head office's console answer. Every answer is masked for everyone (第三十四条: the minimum data
 * scope the job needs); a holder of 'personal.readFull' sees one record in full through privacy.reveal.
 *
 * The masks keep enough to recognise the person on the telephone or at the counter (the first 3 and
 * last 4 digits; the district of an address) and nothing that would let one call or find them.
 */

const HIDDEN = '****';

/** Masks the digits of a phone number but the first 3 and the last 4 (a short number keeps its last 2); the spacing stays. */
export function maskPhone(phone: string): string {
  const digitCount = phone.replace(/\D/g, '').length;
  const [keepFirst, keepLast] = digitCount >= 8 ? [3, 4] : [0, Math.min(2, Math.max(digitCount - 3, 0))];
  let seen = 0;
  return phone.replace(/\d/g, (digit) => {
    seen += 1;
    return seen <= keepFirst || seen > digitCount - keepLast ? digit : '*';
  });
}

/** An ID number keeps its first 3 and last 4 characters (the region's first digits and the check part). */
export function maskIdNumber(idNumber: string): string {
  const text = idNumber.trim();
  if (text.length <= 7) return '*'.repeat(text.length);
  return `${text.slice(0, 3)}${'*'.repeat(text.length - 7)}${text.slice(-4)}`;
}

/** An address keeps its administrative part up to the district or county (区/县/旗, else the city); the rest is hidden. */
export function maskAddress(address: string): string {
  const district = /^[^\d\s]{0,20}?(?:区|县|旗)/.exec(address) ?? /^[^\d\s]{0,12}?市/.exec(address);
  return district ? `${district[0]}${HIDDEN}` : HIDDEN;
}

/** Free text a person typed as contact details (客户意见簿 联系方式, a poster's contact): ID numbers and phone numbers in it are masked. */
export function maskContactText(text: string): string {
  return text
    .replace(/\d{17}[\dXx]|\d{15}/g, (idNumber) => maskIdNumber(idNumber))
    .replace(/\+?\d[\d\- ]{5,}\d/g, (run) => (run.replace(/\D/g, '').length >= 7 ? maskPhone(run) : run));
}

/** Not a letter or digit: a number in free text stands alone (not inside an id, a hash or a batch code). */
const ALONE_BEFORE = '(?<![0-9A-Za-z])';
const ALONE_AFTER = '(?![0-9A-Za-z])';
const NUMBERS_IN_TEXT = new RegExp(
  [
    `${ALONE_BEFORE}(?:\\d{17}[\\dXx]|\\d{15})${ALONE_AFTER}`, // a resident ID number, 18 or 15 characters
    `${ALONE_BEFORE}(?:\\+?86[ -]?)?1[3-9]\\d(?:[ -]?\\d{4}){2}${ALONE_AFTER}`, // a mainland mobile, 3-4-4 with or without spaces
    `${ALONE_BEFORE}(?:\\(0\\d{2,3}\\)|0\\d{2,3}[ -]?)\\d{7,8}${ALONE_AFTER}`, // a landline with its area code
  ].join('|'),
  'g',
);

/**
 * Phone and ID numbers a person wrote into free text (a complaint's content, a reply, a note): what
 * looks like a mainland mobile, a landline with its area code or an ID number is masked. Stricter than
 * maskContactText, because free text also holds dates, amounts, serials and batch numbers, which stay.
 * Masking a masked text changes nothing.
 */
export function maskNumbersInText(text: string): string {
  return text.replace(NUMBERS_IN_TEXT, (found) => (/^\d{15}(?:\d{2}[\dXx])?$/.test(found) ? maskIdNumber(found) : maskPhone(found)));
}

/**
 * The keys under which an answer carries free text a person typed about a case (content, measures,
 * replies, notes, reasons, an event's details): numbers in it are masked with maskNumbersInText.
 */
export const FREE_TEXT_KEYS = [
  'content',
  'description',
  'restatement',
  'proposedSolution',
  'measures',
  'solutionMeasures',
  'explanation',
  'text',
  'result',
  'otherOpinions',
  'note',
  'decisionNote',
  'reason',
  'opinion',
  'handlingOpinion',
  // A risk meeting's conclusions (seed000 第二篇 三、): the site's meeting month, a customer's history, the console's list.
  'conclusions',
] as const;

/** The keys under which an answer carries a personal field, wherever they sit (a record, a list, a ledger's cells). */
const MASKERS: Readonly<Record<string, (value: string) => string>> = {
  phone: maskPhone,
  phone2: maskPhone,
  customerPhone: maskPhone,
  idNumber: maskIdNumber,
  address: maskAddress,
  contact: maskContactText,
  posterContact: maskContactText,
  ...Object.fromEntries(FREE_TEXT_KEYS.map((key) => [key, maskNumbersInText])),
};

/** The answer with every personal field masked; the rest is unchanged (a new object, the handler's is left alone). */
export function maskPersonalFields<T>(value: T): T {
  return maskValue(value) as T;
}

function maskValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskValue);
  if (value === null || typeof value !== 'object') return value;
  const masked: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const masker = Object.hasOwn(MASKERS, key) ? MASKERS[key] : undefined;
    masked[key] = masker && typeof field === 'string' ? masker(field) : maskValue(field);
  }
  return masked;
}

/** A value as the core shows it to everyone: it carries the mask's asterisks. */
export function looksMasked(value: string | null | undefined): boolean {
  return typeof value === 'string' && value.includes('*');
}
