/** The users feature: what other features may use of it. */
export { userHandlers } from './handlers';
export { insertUser, type NewUserRecord } from './accounts';
export { findCredentials, findUserById, findUserIdByLogin, listUsers, loginTaken, updateUserFromHeadOffice } from './users-repository';
