import { requireUser } from '../context';
import type { HandlersOf } from '../handlers/handler';
import { ledgerRow } from './ledger-repository';
import { toLedgerEntry } from './ledger-entries';
import { recordLedger, reverseLedger } from './ledger-service';
import { personHistory, sanctionRollup } from './rollup';

/** The sanction ledger: writes in one transaction each (entries, audit, outbox, threshold notices), reads computed on each call. */
export const sanctionLedgerHandlers: HandlersOf<'sanctionLedger.record' | 'sanctionLedger.reverse' | 'sanctionLedger.history' | 'sanctionLedger.rollup'> = {
  'sanctionLedger.record': (ctx, input) => {
    const user = requireUser(ctx);
    const at = ctx.core.now();
    const ids = ctx.core.store.transaction((tx) => recordLedger(tx, input, user, at));
    return ids.map((id) => toLedgerEntry(ledgerRow(ctx.core.store.read, id)!));
  },
  'sanctionLedger.reverse': (ctx, input) => {
    const user = requireUser(ctx);
    const at = ctx.core.now();
    return ctx.core.store.transaction((tx) => reverseLedger(tx, input, user, at));
  },
  'sanctionLedger.history': (ctx, input) => personHistory(ctx.core.store.read, input),
  'sanctionLedger.rollup': (ctx, input) => sanctionRollup(ctx.core.store.read, requireUser(ctx), input, ctx.core.now()),
};
