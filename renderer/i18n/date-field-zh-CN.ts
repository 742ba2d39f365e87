/** Texts of the date fields (components/DateField.tsx), spread into zh-CN.ts. */
export const dateFieldZhCN = {
  dateField: {
    placeholder: { date: '年/月/日', dateTime: '年/月/日 时:分' },
    format: { date: '格式：年/月/日，例如 2026/03/05', dateTime: '格式：年/月/日 时:分，例如 2026/03/05 14:30' },
    problems: {
      format: '无法识别：请按 年/月/日 填写，例如 2026/03/05',
      notADate: '没有这一天或这个时刻，请检查年、月、日和时间',
      timeMissing: '请在日期后填写时间（时:分），例如 2026/03/05 14:30',
      timeNotAllowed: '这里只填日期（年/月/日），不填时间',
      afterMax: '不能晚于 {{limit}}',
      beforeMin: '不能早于 {{limit}}',
    },
  },
};
