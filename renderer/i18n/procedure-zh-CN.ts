/**
 * Chinese texts of the organisation's posts and routes (岗位与流程, issue 23
 * item 1): the station lead's mapping, the case's route and its refusals.
 * The posts' own names come from the rule pack, in the source's words.
 */
export const procedureZhCN = {
  procedure: {
    title: '岗位与流程',
    hint: '本站规则按来源规定了各级投诉由谁受理、处理、审核、审批和签字。请把来源中的岗位分配给本站用户（一人可兼多个岗位）。一个也未分配时，按本系统的角色权限办理。',
    none: '本站规则没有规定岗位流程，按本系统的角色权限办理。',
    user: '用户',
    unheld: '尚无人担任：{{roles}}。分配后，这些岗位的步骤只能由担任者办理。',
    routeTitle: '本案流程',
    given: '{{byName}} 已于 {{at}} {{step}}',
    waiting: '待 {{roles}} {{step}}（{{before}}前）',
    before: { handOver: '移交处理部门', reply: '答复客户', close: '结案' },
    give: '{{step}}',
    eventTitle: '{{step}}（本案流程）',
    or: ' 或 ',
    and: ' 和 ',
    listSeparator: '、',
    partlyGiven: '已会签 {{count}}/{{of}}（{{byNames}}），',
    errors: {
      wrongRole: '此步骤（{{step}}）须由 {{roles}} 办理（依据：{{source}}）',
      approvalMissing: '须先由 {{roles}} {{step}}（依据：{{source}}）',
      approvalBeforeHandOver: '移交处理部门之前，须先由 {{roles}} {{step}}（依据：{{source}}）',
      handOver: '按流程须移交给 {{roles}} 处理（依据：{{source}}）',
      noSuchStep: '本案的流程没有「{{step}}」这一步',
      alreadyGiven: '本案已{{step}}',
      noProcedure: '本站规则没有规定岗位流程',
      noSuchUser: '没有这个用户',
      noSuchRole: '本站规则没有岗位 {{role}}',
    },
  },
};
