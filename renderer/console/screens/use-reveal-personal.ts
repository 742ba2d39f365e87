import { useState } from 'react';
import { CONSOLE_PRIVACY_PATHS, revealResponseSchema } from '../../../shared/sync/console-privacy-api';
import { consoleCall } from '../api/console-client';

/** The personal fields a record's payload may carry (as shared/privacy/mask.ts names them). */
const PERSONAL_KEYS = ['customerPhone', 'phone', 'phone2', 'idNumber', 'address', 'contact', 'posterContact'] as const;
export type PersonalKey = (typeof PERSONAL_KEYS)[number];
export type ShownPersonal = { field: PersonalKey; value: string }[];

/** The state of `RevealPersonalButton`: asking for the reason, then the record's personal fields as the server answered them. */
export function useRevealPersonal({ siteId, entity, id }: { siteId: string; entity: string; id: string }) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [shown, setShown] = useState<ShownPersonal | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reveal = () => {
    consoleCall('POST', CONSOLE_PRIVACY_PATHS.reveal, revealResponseSchema, { siteId, entity, id, reason: reason.trim() }).then(
      (answer) => {
        const payload = (answer.payload && typeof answer.payload === 'object' ? answer.payload : {}) as Record<string, unknown>;
        setShown(PERSONAL_KEYS.flatMap((field) => (typeof payload[field] === 'string' && payload[field] ? [{ field, value: payload[field] as string }] : [])));
        setAsking(false);
        setError(null);
      },
      (failure: Error) => setError(failure.message),
    );
  };

  return { asking, setAsking, reason, setReason, shown, error, reveal };
}

export type RevealPersonalState = ReturnType<typeof useRevealPersonal>;
