import { SEED000_LEDGERS } from './definitions/seed000';
import { SEED001_LEDGERS } from './definitions/seed001';
import { SEED002_CREDIT_LEDGERS } from './definitions/seed002-credit';
import { SEED002_POSTAL_LAB_LEDGERS } from './definitions/seed002-postal-lab';
import { SEED002_SERVICE_LEDGERS } from './definitions/seed002-service';
import { SEED003_004_LEDGERS } from './definitions/seed003-004';
import { ledgerSchema, type LedgerDefinition } from './ledger-schema';

/** Every register the sources name, in source order, validated at load: a malformed one fails loudly at start and in tests. */
export const LEDGERS: readonly LedgerDefinition[] = [...SEED000_LEDGERS, ...SEED001_LEDGERS, ...SEED002_SERVICE_LEDGERS, ...SEED002_CREDIT_LEDGERS, ...SEED002_POSTAL_LAB_LEDGERS, ...SEED003_004_LEDGERS].map(
  (ledger) => ledgerSchema.parse(ledger),
);

export function findLedger(id: string): LedgerDefinition | undefined {
  return LEDGERS.find((ledger) => ledger.id === id);
}

/** How many empty lines a ledger adds for writing by hand when none is asked for (a blank ledger) and the most it prints. */
export const DEFAULT_BLANK_ROWS = 20;
export const MAX_BLANK_ROWS = 200;
/** A filled ledger prints at most this many rows; a longer one is refused with its count, to be narrowed by period or unit. */
export const MAX_LEDGER_ROWS = 3000;
