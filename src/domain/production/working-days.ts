import { differenceInCalendarDays, isAfter, startOfDay } from 'date-fns';

/**
 * The calendar day after/before `day` at midnight. These loops run per order
 * and per day on the dashboards (thousands of orders a request); date-fns'
 * addDays costs ten times the plain Date arithmetic it wraps.
 */
const shift = (day: Date, days: number) => new Date(day.getFullYear(), day.getMonth(), day.getDate() + days);

/**
 * Which days the factory works. Weekly days off are 0–6 (Sunday = 0); the
 * factory calendar of a later release adds holidays through `isHoliday`.
 */
export interface WorkCalendar {
  weeklyDaysOff: readonly number[];
  isHoliday?: (day: Date) => boolean;
}

export const DEFAULT_CALENDAR: WorkCalendar = { weeklyDaysOff: [0] };

export const isWorkingDay = (day: Date, calendar: WorkCalendar) =>
  !calendar.weeklyDaysOff.includes(day.getDay()) && !calendar.isHoliday?.(day);

/** The working day `count` working days after `from` (count 0: `from` itself if it is a working day, else the next one). */
export function addWorkingDays(from: Date, count: number, calendar: WorkCalendar): Date {
  if (calendar.weeklyDaysOff.length >= 7) throw new RangeError('a calendar needs at least one working day a week');
  let day = startOfDay(from);
  while (!isWorkingDay(day, calendar)) day = shift(day, 1);
  for (let left = count; left > 0;) {
    day = shift(day, 1);
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return day;
}

/** Working days from `from` to `to`, both included. */
export function workingDaysBetween(from: Date, to: Date, calendar: WorkCalendar): number {
  const start = startOfDay(from);
  const end = startOfDay(to);
  if (isAfter(start, end)) return 0;
  let count = 0;
  const days = differenceInCalendarDays(end, start);
  for (let i = 0; i <= days; i += 1) {
    if (isWorkingDay(shift(start, i), calendar)) count += 1;
  }
  return count;
}

/** The first day of the window of `count` working days that ends on `end` (included). */
export function workingWindowStart(end: Date, count: number, calendar: WorkCalendar): Date {
  let day = startOfDay(end);
  let seen = isWorkingDay(day, calendar) ? 1 : 0;
  while (seen < count) {
    day = shift(day, -1);
    if (isWorkingDay(day, calendar)) seen += 1;
  }
  return day;
}
