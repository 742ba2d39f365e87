import type { DueTime, WorkingCalendar } from '../calendar/working-calendar';
import type { Duration } from './pack-schema';

/** When a milestone falls due, given when its clock started. */
export function dueTime(start: Date, duration: Duration, calendar: WorkingCalendar): DueTime {
  switch (duration.unit) {
    case 'minutes':
      return { due: new Date(start.getTime() + duration.amount * 60_000), provisional: false };
    case 'hours':
      return { due: new Date(start.getTime() + duration.amount * 3_600_000), provisional: false };
    case 'workingHours':
      return calendar.addWorkingMinutes(start, duration.amount * 60);
    case 'calendarDays':
      return calendar.endOfCalendarDays(start, duration.amount);
    case 'workingDays':
      return calendar.addWorkingDays(start, duration.amount);
    case 'halfWorkingDays':
      return calendar.addHalfWorkingDays(start, duration.amount);
    case 'sameWorkingDay':
      return calendar.endOfSameWorkingDay(start);
    case 'nextDay':
      return calendar.endOfCalendarDays(start, 1);
    case 'dayOfNextMonth':
      return calendar.dayOfNextMonth(start, duration.day, duration.inclusive);
  }
}
