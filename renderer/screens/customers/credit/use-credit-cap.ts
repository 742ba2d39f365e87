import { useEffect, useState, type FormEvent } from 'react';
import type { CreditCap } from '../../../../shared/api/credit';
import { api } from '../../../api/client';

/** CreditCapPanel's state: the cap as the core reads it (credit.cap), the form's two fields, and saving (credit.setCap). */
export function useCreditCap() {
  const [cap, setCap] = useState<CreditCap | null>(null);
  const [amount, setAmount] = useState('');
  const [year, setYear] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const show = (value: CreditCap) => {
    setCap(value);
    setAmount(value.totalCap === null ? '' : String(value.totalCap));
    setYear(value.baseDay ? value.baseDay.slice(0, 4) : '');
  };
  useEffect(() => {
    api.call('credit.cap', {}).then(show, setFailure);
  }, []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setSaved(false);
    const totalCap = amount.trim() === '' ? null : Number(amount);
    const baseDay = totalCap === null || year.trim() === '' ? null : `${year.trim().padStart(4, '0')}-01-01`;
    try {
      show(await api.call('credit.setCap', { totalCap, baseDay }));
      setSaved(true);
    } catch (error) {
      setFailure(error);
    }
  };
  return { cap, amount, setAmount, year, setYear, failure, saved, submit };
}
