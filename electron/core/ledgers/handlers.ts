import { requireUser } from '../context';
import type { HandlersOf } from '../handlers/handler';
import { ledgerSheet, ledgerUnits } from './ledger-sheet';

export const ledgerHandlers: HandlersOf<'ledgers.units' | 'ledgers.sheet'> = {
  'ledgers.units': (ctx) => ledgerUnits(ctx.core.store.read),
  'ledgers.sheet': (ctx, input) => ledgerSheet(ctx.core.store.read, requireUser(ctx), input, ctx.core.now(), ctx.core.calendar),
};
