import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonalRecordKind, Revealed } from '../../shared/api/privacy';
import { api } from '../api/client';
import { errorText } from '../lib/error-text';

/** RevealPersonal's state: the reason asked for, and the fields the core returned in full (privacy.reveal registers the view). */
export function useRevealPersonal(kind: PersonalRecordKind, id: string) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<Revealed['fields'] | null>(null);

  const submit = async () => {
    if (!reason.trim()) {
      setProblem(t('privacy.errors.reasonRequired'));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      setRevealed((await api.call('privacy.reveal', { kind, id, reason })).fields);
      setOpen(false);
    } catch (error) {
      setProblem(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };
  const cancel = () => {
    setOpen(false);
    setProblem(null);
  };
  return { open, setOpen, reason, setReason, busy, problem, revealed, submit, cancel };
}
