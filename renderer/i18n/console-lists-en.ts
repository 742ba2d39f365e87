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
  },
};
