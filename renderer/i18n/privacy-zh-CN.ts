/**
 * Chinese texts of personal-information protection (issue 19 §4): masked values, 查看完整号码 with a
 * reason, and the register of views, exports and deletions (seed002 客户管理制度1 第二十五条、第三十四条、第三十七条).
 */
export const privacyZhCN = {
  privacy: {
    reveal: '查看完整号码',
    revealTitle: '查看完整信息（将登记）',
    reason: '查看原因',
    reasonHint: '如：回访客户、核实身份。每次查看都记入个人信息访问登记。',
    confirm: '查看',
    cancel: '取消',
    revealing: '正在查看…',
    revealed: '完整信息（已登记）',
    fields: {
      phone: '电话',
      phone2: '备用电话',
      address: '地址',
      idNumber: '身份证件号码',
      customerPhone: '联系电话',
      contact: '联系方式',
      posterContact: '发帖人联系方式',
    },
    errors: {
      notExpired: '{{count}} 位客户的保存期限尚未届满，不能提议销毁',
      noSuchBatch: '找不到该销毁批次',
      batchDone: '该批次已销毁',
      reasonRequired: '请填写查看原因',
      noSuchRecord: '找不到该记录',
      maskedValueChanged: '此项显示的是部分隐藏的号码或地址；如需修改，请完整填写',
    },
    exportReason: '导出用途',
    exportReasonHint: '导出将记入个人信息访问登记',
    log: {
      title: '个人信息访问登记',
      intro: '查看完整个人信息、批量导出和删除个人信息，均按人员、时间、地点和事项登记，不可修改或删除。',
      action: '事项',
      anyAction: '全部',
      from: '自',
      to: '至',
      apply: '查询',
      empty: '没有符合条件的登记',
      at: '时间',
      user: '人员',
      subject: '对象',
      rows: '行数',
      reasonColumn: '原因/用途',
      place: '地点',
      actions: { reveal: '查看完整信息', export: '批量导出', delete: '删除个人信息' },
      subjects: { customer: '客户档案', complaint: '投诉记录', opinionEntry: '意见簿条目', mediaIncident: '负面新闻事件' },
    },
  },
};
