import type { inputZhCN } from './input-zh-CN';

/** English texts of the contract's input refusals; typed by the Chinese file. */
export const inputEn: typeof inputZhCN = {
  input: {
    errors: {
      badText: 'Contains control or unreadable characters; remove them and type it again',
      dateOutOfRange: 'The date must lie between {{from}} and {{to}}',
      inFuture: 'Cannot be later than now',
    },
  },
};
