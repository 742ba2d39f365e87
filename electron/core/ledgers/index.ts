/** Ledgers (台帐): what other features and the dispatcher import. */
export { ledgerHandlers } from './handlers';
export { ledgerSheet, ledgerUnits, type SheetRequest } from './ledger-sheet';
