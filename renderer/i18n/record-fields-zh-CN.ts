/** Texts of the record fields per organisation (screens/complaints/record-fields), spread into zh-CN.ts. */
export const recordFieldsZhCN = {
  recordFields: {
    title: '登记簿项目',
    hint: '本单位登记簿（记录卡）要求填写的项目',
    choose: '请选择',
    platePlaceholder: '例如 川A12345',
    notRecorded: '未填写',
    errors: {
      missing: '请填写“{{field}}”',
      notAsked: '这一步不填写该项目',
      tooLong: '“{{field}}”太长',
      notNumber: '“{{field}}”须为数字',
      belowMin: '“{{field}}”小于允许的最小值',
      aboveMax: '“{{field}}”大于允许的最大值',
      notDate: '“{{field}}”不是有效日期（年/月/日）',
      notDatetime: '“{{field}}”不是有效的日期和时间',
      notOption: '请从列表中选择“{{field}}”',
      notPlate: '“{{field}}”不是有效的车牌号，例如 川A12345',
    },
  },
};
