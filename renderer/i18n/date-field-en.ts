import type { dateFieldZhCN } from './date-field-zh-CN';

/** English texts of the date fields (components/DateField.tsx), spread into en.ts. */
export const dateFieldEn: typeof dateFieldZhCN = {
  dateField: {
    placeholder: { date: 'yyyy/mm/dd', dateTime: 'yyyy/mm/dd hh:mm' },
    format: { date: 'Format: year/month/day, e.g. 2026/03/05', dateTime: 'Format: year/month/day hour:minute, e.g. 2026/03/05 14:30' },
    problems: {
      format: 'Not recognised: write year/month/day, e.g. 2026/03/05',
      notADate: 'There is no such day or time: check the year, month, day and time',
      timeMissing: 'Add the time (hour:minute) after the date, e.g. 2026/03/05 14:30',
      timeNotAllowed: 'Only a date (year/month/day) here, no time',
      afterMax: 'Not later than {{limit}}',
      beforeMin: 'Not earlier than {{limit}}',
    },
  },
};
