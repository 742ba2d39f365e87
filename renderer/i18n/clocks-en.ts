/** English texts of clock starts and notifications (issue 23 item 2), spread into en.ts under `clocks`. */
export const clocksEn = {
  clocks: {
    startedFrom: 'counted from {{at}}',
    startedReceived: 'counted from receipt at {{at}}',
    startedRestarted: 'counted anew from the escalation to the next level at {{at}}',
    startedNotified: 'counted from {{at}}, when {{whom}} was told ({{way}})',
    startedDocument: 'counted from {{date}} ({{fact}})',
    waitsNotified: 'starts once it is recorded when {{party}} was told',
    startedApproval: 'counted from {{at}}, the {{step}} by {{byName}} ({{roles}})',
    waitsApproval: 'not started yet — waits for the {{step}} by {{roles}}',
    waitsDocument: 'starts once the {{fact}} is entered',
    approvals: { review: 'review', approve: 'approval', sign: 'signature' },
    ways: { phone: 'by phone', in_person: 'in person', written: 'in writing' },
    documents: { testReportReceivedOn: 'day the customer received the test report' },
    form: { title: 'Record who was told (clock start)', party: 'Told', whom: 'Person told', way: 'How', at: 'When', save: 'Record', required: 'Enter who was told and when' },
    errors: {
      closed: 'The case is closed: no notification can be recorded',
      unknownParty: 'No limit of this site’s rule pack counts from telling this person; you may record: {{parties}}',
      beforeReceived: 'The notification cannot be earlier than the receipt ({{received}})',
      consentRequired: 'An extension needs the customer’s agreement first ({{source}}): enter when and how they agreed',
    },
  },
};
