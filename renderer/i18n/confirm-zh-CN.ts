/**
 * Chinese texts of the confirmations asked before a step that cannot be taken back (issue 20 item 2),
 * spread into zh-CN.ts. Each says what will happen, in the words the screens use.
 */
export const confirmZhCN = {
  confirm: {
    cancel: '取消',
    checklist: {
      title: '完成并提交本表？',
      locked: '提交后本表不能再修改，也不能撤回。',
      noFailures: '本表没有不合格项。',
      failures: '本表有不合格项 {{failed}} 项，已登记整改措施 {{raised}} 项。整改措施不会自动生成，提交后仍可在不合格项旁“提出整改”。',
    },
    callBack: {
      satisfiedTitle: '回访满意，结案？',
      closes: '本案将结案，状态变为“{{status}}”，从待办中移除。',
      noMoreCallBack: '结案后不再回访客户，本案也不能重新打开。',
      dissatisfiedTitle: '回访不满意，升级本案？',
      escalates: '本案将自动升级，并退回继续处理；升级记录不能撤销。',
    },
    close: {
      title: '结案？',
      closes: '本{{kind}}将结案，状态变为“{{status}}”，从待办中移除。',
      final: '结案后不再联系客户，也不能重新打开。',
    },
    markInvalid: {
      title: '判定为无效投诉？',
      reason: '无效原因：{{reason}}。',
      becomes: '本案状态将变为“{{status}}”，不再办理；统计中计为无效投诉，不计入有效投诉。',
      final: '判定后不能撤销。',
    },
  },
};
