import { useEffect, useState, type FormEvent } from 'react';
import type { CircularDefinitionView, MonthlyAssessment, WeeklyCircular } from '../../../shared/api/circulars';
import { periodKeyOf } from '../../../shared/reports/period';
import { api } from '../../api/client';

export type CircularMode = 'week' | 'month';
export type CircularShown = { mode: 'week'; data: WeeklyCircular } | { mode: 'month'; data: MonthlyAssessment };

/**
 * 每周通报与每月考核's state: the circulars defined (read once), the one chosen, week or month and each
 * one's key (the current ones offered), and the result the core computed.
 */
export function useCircularPanel(today: string) {
  const [definitions, setDefinitions] = useState<CircularDefinitionView[]>([]);
  const [definitionId, setDefinitionId] = useState('area-checks');
  const [mode, setMode] = useState<CircularMode>('week');
  const [keys, setKeys] = useState({ week: periodKeyOf('week', today), month: periodKeyOf('month', today) });
  const [shown, setShown] = useState<CircularShown | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void api.call('circulars.definitions', {}).then(setDefinitions, setError);
  }, []);
  const run = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const period = { key: keys[mode].trim() };
      setShown(
        mode === 'week'
          ? { mode, data: await api.call('circulars.weekly', { definitionId, period: { kind: 'week', ...period } }) }
          : { mode, data: await api.call('circulars.monthly', { definitionId, period: { kind: 'month', ...period } }) },
      );
    } catch (err) {
      setShown(null);
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const setKey = (value: string) => setKeys({ ...keys, [mode]: value });
  const saved = (d: CircularDefinitionView) => setDefinitions(definitions.map((x) => (x.id === d.id ? d : x)));
  return { definitions, definitionId, setDefinitionId, mode, setMode, key: keys[mode], setKey, shown, error, busy, run, saved };
}
