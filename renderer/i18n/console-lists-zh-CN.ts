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
    open: '打开',
    result: {
      unknownTemplate: '检查记录',
      noTemplate: '总部没有这份检查表的这个版本，无法按检查项列出答案。',
      photos: '照片 {{count}} 张',
      rows: '{{count}} 行',
      actions: '整改措施',
      noActions: '这份检查没有整改措施。',
      action: '{{problem}}：{{action}}（责任人 {{owner}}，期限 {{due}}）',
      statuses: { open: '待整改', implemented: '已整改待验证', closed: '已关闭' },
    },
  },
};
