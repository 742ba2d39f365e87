import type { escalationZhCN } from './escalation-zh-CN';

/** English texts of overdue cases, automatic escalation, repeats and the extension form (issue 17); typed by the Chinese file. */
export const escalationEn: typeof escalationZhCN = {
  complaintErrors: {
    receivedInFuture: 'The time received cannot be in the future',
    unknownCriteria: '{{count}} ticked criteria are not in the site’s rule pack; reload and tick again',
    noSuchCustomer: 'The chosen customer file does not exist',
    siteNotSetUp: 'This computer is not set up yet',
    noRulePack: 'The site has no rule pack, so the class cannot be changed',
    unknownClass: 'The site’s rule pack has no such class',
    unknownCause: 'Choose a cause of the site’s rule pack',
    notARepeat: 'The chosen complaint is not one of the same customer within {{days}} days on the same matter (or against a person who handled it); it cannot be linked',
  },
};
