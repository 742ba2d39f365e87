import type { privacyZhCN } from './privacy-zh-CN';

/** English texts of personal-information protection (issue 19 §4); typed by the Chinese file. */
export const privacyEn: typeof privacyZhCN = {
  privacy: {
    reveal: 'Show full number',
    revealTitle: 'Show in full (registered)',
    reason: 'Reason',
    reasonHint: 'E.g. calling the customer back, checking identity. Every view is entered in the personal-information access register.',
    confirm: 'Show',
    cancel: 'Cancel',
    revealing: 'Showing…',
    revealed: 'In full (registered)',
    fields: {
      phone: 'Phone',
      phone2: 'Second phone',
      address: 'Address',
      idNumber: 'ID number',
      customerPhone: 'Phone',
      contact: 'Contact',
      posterContact: 'Poster’s contact',
    },
    errors: {
      reasonRequired: 'Please give the reason',
      noSuchRecord: 'No such record',
      maskedValueChanged: 'This shows a partly hidden number or address; to change it, type it out in full',
    },
    exportReason: 'Purpose of the export',
    exportReasonHint: 'Exports are entered in the personal-information access register',
    log: {
      title: 'Personal-information access register',
      intro: 'Every full view, bulk export and deletion of personal information is registered with who, when, where and what; entries cannot be changed or removed.',
      action: 'Action',
      anyAction: 'All',
      from: 'From',
      to: 'To',
      apply: 'Search',
      empty: 'No entries match',
      at: 'Time',
      user: 'Person',
      subject: 'Of',
      rows: 'Rows',
      reasonColumn: 'Reason / purpose',
      place: 'Place',
      actions: { reveal: 'Full view', export: 'Bulk export', delete: 'Deletion' },
      subjects: { customer: 'Customer file', complaint: 'Complaint', opinionEntry: 'Opinion-book entry', mediaIncident: 'Media incident' },
    },
  },
};
