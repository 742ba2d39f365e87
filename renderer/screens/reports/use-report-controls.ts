import { useState } from 'react';
import type { ApiOutput } from '../../../shared/api/contract';
import { periodKeyOf, type PeriodKind } from '../../../shared/reports/period';

type Meta = ApiOutput<'reports.definitions'>;

/**
 * The report chosen, its period (kind and key, the key reset to the current one when the kind changes,
 * the kind to one the report offers when the report changes), the breakdown and the unit.
 */
export function useReportControls(meta: Meta) {
  const [definitionId, setDefinitionId] = useState(meta.definitions[0]?.id ?? '');
  const definition = meta.definitions.find((d) => d.id === definitionId) ?? meta.definitions[0];
  const [kind, setKind] = useState<PeriodKind>(definition?.periods.includes('month') ? 'month' : (definition?.periods[0] ?? 'month'));
  const [key, setKey] = useState(periodKeyOf(kind, meta.today));
  const [bucket, setBucket] = useState<PeriodKind | ''>('');
  const [unit, setUnit] = useState(meta.restrictedUnit ?? '');
  const chooseKind = (next: PeriodKind) => {
    setKind(next);
    setKey(periodKeyOf(next, meta.today));
    setBucket('');
  };
  const chooseDefinition = (id: string) => {
    setDefinitionId(id);
    const next = meta.definitions.find((d) => d.id === id);
    if (next && !next.periods.includes(kind)) chooseKind(next.periods[0]!);
  };
  return { definition, chooseDefinition, kind, chooseKind, key, setKey, bucket, setBucket, unit, setUnit };
}
