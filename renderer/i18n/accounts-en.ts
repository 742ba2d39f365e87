import type { accountsZhCN } from './accounts-zh-CN';

/** English texts of account management; typed by the Chinese file. */
export const accountsEn: typeof accountsZhCN = {
  accounts: {
    actions: 'Actions',
    you: ' (you)',
    disable: 'Disable',
    enable: 'Enable',
    confirmDisable: 'Disable {{name}}? They are signed out at once and cannot sign in again.',
    confirm: 'Confirm',
    cancel: 'Cancel',
    disabled: '{{name}} disabled',
    enabled: '{{name}} enabled',
    resetSecret: 'Reset PIN/password',
    resetTitle: 'Reset the PIN or password of {{name}} ({{login}})',
    resetBody: 'After the reset {{name}} signs in with the new PIN or password; sessions signed in now end.',
    newSecret: 'New PIN or password',
    ownSecret: 'Your own PIN or password',
    ownSecretHint: 'Confirms it is you; a wrong one counts as a failed sign-in of yours',
    ownSecretRequired: 'Enter your own PIN or password',
    resetConfirm: 'Reset',
    resetDone: 'The PIN or password of {{name}} was reset',
    close: 'Close',
    aboveOwn: 'This role grants rights you do not hold; only head office or someone holding them can grant it',
    accountAboveOwn: 'This account holds rights you do not; you cannot change it',
    errors: {
      roleAboveOwn: 'You cannot grant a role above your own: a chosen role grants rights you do not hold',
      accountAboveOwn: 'The account of {{name}} holds rights you do not; you cannot disable, enable or reset it',
      lastAdministrator: '{{name}} is the last active account that can manage users and cannot be disabled',
      cannotDisableSelf: 'You cannot disable your own account',
      notFound: 'No such user',
      loginTaken: 'This login is already taken',
      actorInactive: 'Your account was disabled; please sign in again',
      ownSecretWrong: 'Your own PIN or password is wrong (counted as a failed sign-in)',
      ownSecretLocked: 'Too many failed sign-ins; try again after {{until}}',
    },
  },
};
