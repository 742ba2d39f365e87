/** Why the contract refused a typed value (shared/api/common.ts), zh-CN first; English in input-en.ts. */
export const inputZhCN = {
  input: {
    errors: {
      badText: '含有控制字符或无法识别的字符，请删除后重新输入',
      dateOutOfRange: '日期须在 {{from}} 年至 {{to}} 年之间',
      inFuture: '不能晚于现在',
    },
  },
};
