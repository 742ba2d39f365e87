import { useState, type FormEvent } from 'react';
import type { ApiOutput } from '../../../shared/api/contract';
import type { LedgerEntry, SanctionRollup } from '../../../shared/api/sanction-ledger';
import { hasPermission } from '../../../shared/domain/roles';
import { periodKeyOf } from '../../../shared/reports/period';
import { api } from '../../api/client';
import { useSessionStore } from '../../stores/session-store';

export const ROLLUP_KINDS = ['month', 'quarter', 'year'] as const;
export type RollupKind = (typeof ROLLUP_KINDS)[number];

/**
 * 罚款与扣分汇总's state: the period (its kind and key, the key reset to today's when the kind changes),
 * the unit, the rollup fetched, and the entry being reversed (fetched again after a reversal).
 */
export function useSanctionRollup(meta: ApiOutput<'reports.definitions'>) {
  const [kind, setKindOnly] = useState<RollupKind>('month');
  const [key, setKey] = useState(periodKeyOf('month', meta.today));
  const [unit, setUnit] = useState(meta.restrictedUnit ?? '');
  const [rollup, setRollup] = useState<SanctionRollup | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [reversing, setReversing] = useState<LedgerEntry | null>(null);
  const mayReverse = useSessionStore((s) => !!s.user && hasPermission(s.user.roles, 'sanction.record'));
  const fetchRollup = async () => {
    setBusy(true);
    setError(null);
    try {
      setRollup(await api.call('sanctionLedger.rollup', { period: { kind, key: key.trim() }, ...(unit ? { unit } : {}) }));
    } catch (err) {
      setRollup(null);
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const run = (e: FormEvent) => {
    e.preventDefault();
    setReversing(null);
    void fetchRollup();
  };
  const setKind = (next: RollupKind) => {
    setKindOnly(next);
    setKey(periodKeyOf(next, meta.today));
  };
  const reversed = () => {
    setReversing(null);
    void fetchRollup();
  };
  return { kind, setKind, key, setKey, unit, setUnit, rollup, error, busy, reversing, setReversing, mayReverse, run, reversed };
}
