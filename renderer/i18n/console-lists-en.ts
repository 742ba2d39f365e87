/** English texts of the console lists' filters, sorting and count (see console-lists-zh-CN.ts). Spread into en.ts. */
export const consoleListsEn = {
  consoleLists: {
    from: 'From',
    to: 'To',
    kind: 'Kind',
    allKinds: 'All kinds',
    template: 'Checklist',
    allTemplates: 'All checklists',
    count: '{{total}} in all',
    open: 'Open',
    result: {
      unknownTemplate: 'Checklist record',
      noTemplate: 'Head office does not have this version of the checklist, so the answers cannot be listed by item.',
      photos: '{{count}} photo(s)',
      rows: '{{count}} row(s)',
      actions: 'Corrective actions',
      noActions: 'No corrective actions on this checklist.',
      action: '{{problem}}: {{action}} (owner {{owner}}, due {{due}})',
      statuses: { open: 'open', implemented: 'done, awaiting verification', closed: 'closed' },
    },
  },
};
