/**
 * Chinese texts of overdue cases, automatic escalation, repeats and the extension form (issue 17), spread
 * into zh-CN.ts. Wording follows 篇6 第十八条、第二十七条、第三十条–第三十二条 and 篇5 5.3、6.3.
 */
export const escalationZhCN = {
  complaintErrors: {
    receivedInFuture: '受理时间不能晚于当前时间',
    unknownCriteria: '有 {{count}} 项判定条件不属于本站规则包，请刷新后重新勾选',
    noSuchCustomer: '所选客户档案不存在',
    siteNotSetUp: '本机尚未初始化',
    noRulePack: '本站没有可用的规则包，无法调整等级',
    unknownClass: '本站规则包中没有此等级',
    unknownCause: '请选择本站规则包中的投诉起因',
    notARepeat: '所选投诉不是同一客户 {{days}} 天内同一事项（或针对其处理人员）的投诉，不能关联',
  },
};
