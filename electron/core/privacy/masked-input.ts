import { ApiError } from '../../../shared/api/errors';
import { looksMasked, maskAddress, maskIdNumber, maskPhone } from '../../../shared/privacy/mask';

type PersonalFields = { phone?: string | undefined; phone2?: string | undefined; address?: string | undefined; idNumber?: string | undefined };
type StoredPersonalFields = { phone: string | null; phone2: string | null; address: string | null; idNumber: string | null };

const FIELD_MASKS = { phone: maskPhone, phone2: maskPhone, address: maskAddress, idNumber: maskIdNumber } as const;

/**
 * A customer's personal fields as the file's form sends them back. The form shows them masked
 * (shared/privacy/mask.ts): a value left as shown means "unchanged" and the stored value stays; a masked
 * value edited by hand would store the asterisks, so it is refused and the person types it out.
 */
export function withStoredWhereMasked<T extends PersonalFields>(input: T, stored: StoredPersonalFields): T {
  const resolved: T = { ...input };
  for (const field of Object.keys(FIELD_MASKS) as (keyof typeof FIELD_MASKS)[]) {
    const sent = input[field];
    if (!looksMasked(sent)) continue;
    const current = stored[field];
    if (current !== null && sent === FIELD_MASKS[field](current)) resolved[field] = current;
    else throw ApiError.because('VALIDATION', 'privacy.errors.maskedValueChanged', undefined, field);
  }
  return resolved;
}
