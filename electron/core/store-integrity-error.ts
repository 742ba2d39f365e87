/**
 * Thrown when the store's integrity check finds damage. A face of the core: the Electron shell
 * names it in its start-up error box without reaching into the store's internals (db/store.ts).
 */
export class StoreIntegrityError extends Error {}
