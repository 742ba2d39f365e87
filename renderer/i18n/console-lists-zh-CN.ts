/** The console lists' filters, sorting and count (issue 20 item 16). Spread into zh-CN.ts. */
export const consoleListsZhCN = {
  consoleLists: {
    from: '起始日期',
    to: '截止日期',
    kind: '类别',
    allKinds: '全部类别',
    template: '检查表',
    allTemplates: '全部检查表',
    count: '共 {{total}} 条',
  },
};
