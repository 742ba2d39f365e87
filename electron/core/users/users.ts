/*
 * Accounts moved to the users feature (electron/core/users/, issue 18 §1.4).
 * Older code still imports them from here until it moves by feature too.
 */
export { findCredentials, findUserById, insertUser, listUsers, loginTaken, type NewUserRecord } from './index';
