export { LOCK_MS, MAX_FAILURES, reserveSignInAttempt, signInSucceeded } from './sign-in-lockout';
