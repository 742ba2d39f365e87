/** Chinese texts of clock starts and notifications (issue 23 item 2), spread into zh-CN.ts under `clocks`. */
export const clocksZhCN = {
  clocks: {
    startedFrom: '自 {{at}} 起算',
    startedReceived: '自 {{at}} 受理起算',
    startedRestarted: '自 {{at}} 升级到下一级别后重新起算',
    startedNotified: '自 {{at}} 接报（通知 {{whom}}，{{way}}）起算',
    startedDocument: '自 {{date}}（{{fact}}）起算',
    waitsNotified: '待记录通知{{party}}的时间后起算',
    startedApproval: '自 {{at}} {{byName}}（{{roles}}）{{step}}起算',
    waitsApproval: '尚未起算——待 {{roles}} {{step}}',
    waitsDocument: '待填写{{fact}}后起算',
    approvals: { review: '审核', approve: '审批', sign: '签字确认' },
    ways: { phone: '电话', in_person: '当面', written: '书面' },
    documents: { testReportReceivedOn: '客户接到测试报告日期' },
    form: { title: '记录通知（接报时间）', party: '通知对象', whom: '被通知人', way: '方式', at: '通知时间', save: '记录通知', required: '请填写被通知人和通知时间' },
    errors: {
      closed: '本案已结案，不能再记录通知',
      unknownParty: '本站规则包的时限不从通知此人起算；可记录的对象：{{parties}}',
      beforeReceived: '通知时间不能早于受理时间（{{received}}）',
      consentRequired: '延期须先取得客户同意（{{source}}）：请填写客户同意的时间和方式',
    },
  },
};
