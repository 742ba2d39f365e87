import type { recordFieldsZhCN } from './record-fields-zh-CN';

/** English texts of the record fields per organisation; the same keys as record-fields-zh-CN.ts. */
export const recordFieldsEn: typeof recordFieldsZhCN = {
  recordFields: {
    title: 'Register items',
    hint: 'Items your organisation’s register (record card) asks for',
    choose: 'Choose',
    platePlaceholder: 'e.g. 川A12345',
    notRecorded: 'Not recorded',
    errors: {
      missing: 'Please fill in “{{field}}”',
      notAsked: 'This item is not asked at this step',
      tooLong: '“{{field}}” is too long',
      notNumber: '“{{field}}” must be a number',
      belowMin: '“{{field}}” is below the lowest value allowed',
      aboveMax: '“{{field}}” is above the highest value allowed',
      notDate: '“{{field}}” is not a valid date (year/month/day)',
      notDatetime: '“{{field}}” is not a valid date and time',
      notOption: 'Choose “{{field}}” from the list',
      notPlate: '“{{field}}” is not a valid licence plate, e.g. 川A12345',
    },
  },
};
