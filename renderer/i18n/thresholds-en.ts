/** English texts of the thresholds computed from dates and counts (issue 17), spread into en.ts under `thresholds`. */
export const thresholdsEn = {
  thresholds: {
    computedAnswer: 'Computed: {{detail}}',
    computedBlank: '□Yes □No (computed from the dates, counts or times entered)',
    judgement: 'Also judged by a person: {{judgement}}',
    judgementWith: 'and computed from the figures entered: {{rule}}',
    dueSanction: 'Under {{source}}: {{name}} has {{count}} within the period (it applies at {{needed}}); record “{{article}}”',
    errors: {
      rowLimit: '{{person}} already has {{count}} in {{month}}/{{year}}: at most {{max}} per person a month ({{source}})',
      computedItem: 'This answer is computed from the dates, counts or times entered; it cannot be ticked',
      validOnly: '{{source}} applies to valid complaints only; this complaint has not been found valid (that happens on assignment)',
      invalidOnly: '{{source}} applies to invalid complaints only',
      notYet: '{{source}} needs {{needed}}: within {{months}} months back from this complaint’s receipt on {{on}}, this person was charged under {{of}} on only {{count}}',
    },
  },
};
