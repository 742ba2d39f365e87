import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** sha256 hex: credentials and codes are random and long, so a fast hash is enough (nothing to brute-force from a dictionary). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A device credential: `<deviceId>.<secret>`, so the server finds the device without scanning hashes. */
export function newCredential(deviceId: string): { credential: string; secretHash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { credential: `${deviceId}.${secret}`, secretHash: hashSecret(secret) };
}

export function splitCredential(credential: string): { deviceId: string; secret: string } | null {
  const dot = credential.indexOf('.');
  if (dot <= 0 || dot === credential.length - 1) return null;
  return { deviceId: credential.slice(0, dot), secret: credential.slice(dot + 1) };
}

// Crockford's base32 without I, L, O, U: read aloud over a telephone, typed at a counter.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A one-time enrolment code, 12 symbols (60 bits) in groups of four: `7K3Q-9M2X-TR4D`. */
export function newEnrolCode(): string {
  const symbols = Array.from({ length: 12 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  return `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8)}`;
}
