import type { profilesZhCN } from './profiles-zh-CN';

/** English texts of organisation profiles (issue 17), spread into en.ts under `profiles`. */
export const profilesEn: typeof profilesZhCN = {
  title: 'Organisation profile',
  intro: 'The organisation this site belongs to decides its rule pack, its checklists and registers, their schedules and the content categories of its negative-news register. Each is cited from the organisation’s own rules.',
  current: 'Current profile',
  none: 'No profile chosen yet',
  choose: 'Organisation',
  setupLabel: 'Organisation',
  setupHint: 'The rules of the organisation this site belongs to decide its checklists, registers and rule pack; choosing it chooses the pack, which may still be changed',
  save: 'Save profile',
  saving: 'Saving…',
  saved: 'Now “{{name}}”: complaints filed from now on are graded by the pack “{{pack}}”; those already filed keep theirs.',
  rulePack: 'Rule pack',
  templates: 'Checklists and registers that apply',
  noTemplates: 'This organisation’s rules have no checklist or register.',
  mediaCategories: 'Negative-news content categories',
  noMediaCategories: 'This organisation’s rules give no categories: none are used (statistics count “uncategorised”).',
  choice: 'This program’s interpretation',
  origin: { shipped: 'Shipped', 'head-office': 'From head office' },
  source: 'Source: {{source}}',
  demo: {
    label: 'Demo site',
    wellStation: 'Yang-42 well station (natural gas)',
    bankOutlet: 'Bank outlet',
    serviceCentre: 'Customer service centre',
  },
  errors: {
    unknownProfile: 'There is no organisation profile “{{profile}}”.',
    packMissing: 'The profile “{{profile}}” uses the rule pack {{pack}}, which this computer does not hold: sync head office’s rule packs first.',
    noSite: 'This computer is not set up yet.',
  },
};
