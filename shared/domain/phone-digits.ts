/**
 * A phone number as bare digits ("137 0000 4321" and "137-0000-4321" are one
 * customer), or null when fewer than 5 digits remain (not a number yet).
 */
export function phoneDigits(phone: string | null | undefined): string | null {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length >= 5 ? digits : null;
}
