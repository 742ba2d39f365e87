/** The sanction ledger's face (罚款与扣分台帐): what other features may import. */
export { sanctionLedgerHandlers } from './handlers';
export { bookSanction } from './ledger-service';
