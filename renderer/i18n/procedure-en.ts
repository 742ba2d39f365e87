/** English texts of the organisation's posts and routes (see procedure-zh-CN.ts). */
export const procedureEn = {
  procedure: {
    title: 'Posts and routes',
    hint: 'This site’s rules name, per class, who receives, handles, reviews, approves and signs. Assign the posts of the source to this site’s users (one person may hold several). While no one is assigned, the app’s own roles apply.',
    none: 'This site’s rules name no posts or routes: the app’s own roles apply.',
    user: 'User',
    unheld: 'Held by no one: {{roles}}. Once posts are assigned, their steps can be taken only by their holders.',
    routeTitle: 'Route of this case',
    given: '{{byName}}: {{step}} given {{at}}',
    waiting: 'Awaiting {{step}} by {{roles}} (before {{before}})',
    before: { reply: 'the reply', close: 'closing' },
    give: '{{step}}',
    eventTitle: '{{step}} (route of this case)',
    or: ' or ',
    errors: {
      wrongRole: 'This step ({{step}}) must be taken by {{roles}} (under {{source}})',
      approvalMissing: 'First {{roles}} must {{step}} (under {{source}})',
      handOver: 'The route hands this case to {{roles}} (under {{source}})',
      noSuchStep: 'This case’s route has no “{{step}}” step',
      alreadyGiven: 'Already given: {{step}}',
      noProcedure: 'This site’s rules name no posts or routes',
      noSuchUser: 'No such user',
      noSuchRole: 'This site’s rules have no post {{role}}',
    },
  },
};
