import type { confirmZhCN } from './confirm-zh-CN';

/** English texts of the confirmations asked before a step that cannot be taken back, spread into en.ts. */
export const confirmEn: typeof confirmZhCN = {
  confirm: {
    cancel: 'Cancel',
    checklist: {
      title: 'Complete and submit this record?',
      locked: 'Once submitted, this record can no longer be changed or withdrawn.',
      noFailures: 'This record has no failed items.',
      failures:
        'This record has {{failed}} failed item(s) and {{raised}} corrective action(s) raised. Corrective actions are not created automatically; you can still raise one beside a failed item after submitting.',
    },
    callBack: {
      satisfiedTitle: 'Customer satisfied: close the case?',
      closes: 'The case will be closed (status “{{status}}”) and leaves the work lists.',
      noMoreCallBack: 'The customer is not called back again, and the case cannot be reopened.',
      dissatisfiedTitle: 'Customer dissatisfied: escalate the case?',
      escalates: 'The case is escalated and goes back to handling; the escalation cannot be undone.',
    },
    close: {
      title: 'Close it?',
      closes: 'This record ({{kind}}) will be closed (status “{{status}}”) and leaves the work lists.',
      final: 'The customer is not contacted again, and it cannot be reopened.',
    },
    markInvalid: {
      title: 'Rule this complaint invalid?',
      reason: 'Invalid reason: {{reason}}.',
      becomes: 'Its status becomes “{{status}}” and it is no longer handled; statistics count it as an invalid complaint, not a valid one.',
      final: 'This cannot be undone.',
    },
  },
};
