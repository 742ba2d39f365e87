/** Chinese texts of the thresholds computed from dates and counts (issue 17), spread into zh-CN.ts under `thresholds`. */
export const thresholdsZhCN = {
  thresholds: {
    computedAnswer: '自动计算：{{detail}}',
    computedBlank: '□是 □否（按所填日期、数量或时间计算）',
    judgement: '另需人员判断：{{judgement}}',
    judgementWith: '同时按填写的数量计算：{{rule}}',
    dueSanction: '依据{{source}}：{{name}} 在规定期间内已累计 {{count}} 次（满 {{needed}} 次即适用），应登记「{{article}}」',
    errors: {
      rowLimit: '{{person}} 在 {{year}}年{{month}}月 已登记 {{count}} 次：每人每月不得超过 {{max}} 次（{{source}}）',
      computedItem: '此项由填写的日期、数量或时间计算得出，不能直接勾选',
      validOnly: '{{source}}只适用于有效投诉；本投诉尚未认定为有效（分派处理时认定）',
      invalidOnly: '{{source}}只适用于无效投诉',
      notYet: '{{source}}须累计满 {{needed}} 次：自本投诉受理日 {{on}} 往前 {{months}} 个月内，此人依据{{of}}被处罚的投诉只有 {{count}} 次',
    },
  },
};
