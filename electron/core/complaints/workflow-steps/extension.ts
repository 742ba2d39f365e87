import { decideExtension, requestExtension } from '../../extensions/index';
import type { Step } from './step';

/** 延期 (the extensions feature holds the rules and writes). */
export const requestExtensionStep: Step<'requestExtension'> = ({ tx, row, env, user, at, deadlines }, action) => ({
  details: requestExtension(tx, { id: row.id, receivedAt: new Date(row.received_at), deadlines }, action, user, env, at),
});

export const decideExtensionStep: Step<'decideExtension'> = ({ tx, row, user, at, deadlines }, action) => ({
  details: decideExtension(tx, { id: row.id, deadlines }, action, user, at),
});
