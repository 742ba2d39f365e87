import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../../../shared/api/complaints';
import type { NotifiedWay } from '../../../../shared/rules/clock-start';
import { api } from '../../../api/client';
import { useTimeZone } from '../../../hooks/use-time-zone';
import { errorText } from '../../../lib/error-text';
import { fromDateTimeLocal, toDateTimeLocal } from '../../../lib/zoned-time';
import { useComplaintsStore } from '../../../stores/complaints-store';

/** The parties a step of this case counts from (接报后), those still awaited first. */
export function partiesOf(complaint: Complaint): string[] {
  const steps = (complaint.grade?.deadlines ?? []).flatMap((d) => (d.clockBasis.kind === 'notified' ? [{ party: d.clockBasis.party, waiting: !d.clockStartedAt }] : []));
  return [...new Set([...steps.filter((s) => s.waiting), ...steps].map((s) => s.party))];
}

/** 记录通知's fields, its check (whom and when required) and its saving; the case reloads after. */
export function useRecordNotified(complaint: Complaint, parties: readonly string[]) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const fetchOne = useComplaintsStore((s) => s.fetchOne);
  const [party, setParty] = useState(parties[0] ?? '');
  const [whom, setWhom] = useState('');
  const [way, setWay] = useState<NotifiedWay>('phone');
  const [when, setWhen] = useState(() => toDateTimeLocal(new Date(), timeZone));
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const notifiedAt = fromDateTimeLocal(when, timeZone);
    if (busy || !whom.trim() || !notifiedAt) {
      setErrors([t('clocks.form.required')]);
      return;
    }
    setBusy(true);
    setErrors([]);
    try {
      await api.call('complaints.recordNotified', { id: complaint.id, party: party || parties[0]!, whom: whom.trim(), way, notifiedAt });
      setWhom('');
      await fetchOne(complaint.id);
    } catch (error) {
      setErrors([errorText(error, t)]);
    } finally {
      setBusy(false);
    }
  };

  return { party, setParty, whom, setWhom, way, setWay, when, setWhen, errors, busy, save };
}
