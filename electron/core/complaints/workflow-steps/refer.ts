import type { Step } from './step';

/** 转办: the state moves by the transition table; only the reason is kept. */
export const refer: Step<'refer'> = (_c, action) => ({ details: { reason: action.reason } });
